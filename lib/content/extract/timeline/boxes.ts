import { parseNumber } from '../date-text';
import type { PublishedDate } from '../date-types';

/**
 * A timeline box (大事記) set under the story: a line that is only a month (`2007年7月：`), then items opening on a bare
 * day (`◎3日，大毅因…`). Each item's day is of the month heading it, not of the month the story was published in;
 * and the heading is no happening of its own when the items under it carry their days.
 */

const MONTH_HEADING = /^\s*(?:(?<year>(?:19|20)[0-9]{2})\s?年)?\s*(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|(?<=年\s?)元)\s?月份?\s*[：:]?\s*$/u;

/** An item of a box: a bullet, perhaps, then a bare day (`◎22日`, `● 3日`, `12日，`). */
const DAY_ITEM = /^\s*[◎●○■□◆◇▲△▶►•·＊*－\-]?\s*(?:3[01]|[12][0-9]|0?[1-9])\s?[日號号]/u;

/** The month a heading line names, its year from the heading or else the year the text is in (`anchorYear`). */
export function monthHeading(text: string, anchorYear: number): { year: number; month: number } | null {
  const groups = MONTH_HEADING.exec(text)?.groups;
  const month = groups?.month === undefined ? null : parseNumber(groups.month);
  if (groups === undefined || month === null) return null;
  return { year: groups.year === undefined ? anchorYear : Number(groups.year), month };
}

/** Whether a paragraph is an item of a box, opening on a bare day. */
export function isDayItem(text: string): boolean {
  return DAY_ITEM.test(text);
}

/** The date a box's items count their bare days in: the heading month's last day, so that every day of it is past. */
export function boxMonthDate({ year, month }: { year: number; month: number }): PublishedDate {
  return { year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() };
}
