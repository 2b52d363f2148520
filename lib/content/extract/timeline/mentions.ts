import type { DateMention } from '../dates';

/** What the timeline modules share about a date mention. */

/** A mention that became an event, before ids and sorting. */
export interface DatedMention { mention: DateMention; date: string }

/** Whether a mention is a whole year named relative to publication (`去年`, `今年`), with no month or quarter. */
export function isBareRelativeYear(mention: DateMention): boolean {
  return mention.kind === 'calendar' && mention.year.kind === 'published' && mention.period.unit === 'year';
}

/** Whether a calendar mention writes its year (`2019年半年報`), not takes it from context (`三季報`). */
export function writesYear(mention: DateMention): boolean {
  return mention.kind === 'calendar' && mention.year.kind !== 'context';
}

/**
 * Whether a mention names a period rather than a day: a year, half, quarter or month (`下半年`, `3月`), or a month counted
 * from publication (`下月`, `上個月`), which forecasts and outlooks speak of as they do of `11月`.
 */
export function namesPeriod(mention: DateMention): boolean {
  if (mention.kind === 'month-offset') return mention.day === null;
  if (mention.kind === 'quarter-offset') return true;
  return mention.kind === 'calendar' && mention.period.unit !== 'day';
}
