import type { DiagnosticSink, Point } from './diagnostics';
import type { EventOverride, QuoteOverride } from './frontmatter';
import type { Article, Quote, TimelineEvent } from './model';
import { sortEvents } from './extract/timeline';

/**
 * Editors' corrections from the frontmatter, applied after extraction: what the machine got wrong
 * about a quote (kind, speaker, role) or an event (date), or one it should not have found at all.
 * A corrected item says so (`checked: true`); an id that no longer exists is an error at its line.
 */

export interface Overrides {
  quotes: Readonly<Record<string, QuoteOverride>>;
  timeline: Readonly<Record<string, EventOverride>>;
}

/** Applies the corrections, reporting each id that names no quote or event of the article. */
export function applyOverrides(article: Article, overrides: Overrides, pointOf: (path: readonly PropertyKey[]) => Point, sink: DiagnosticSink): Article {
  const quoteIds = new Set(article.quotes.map((quote) => quote.id));
  for (const id of Object.keys(overrides.quotes)) {
    if (!quoteIds.has(id)) sink.error(pointOf(['quotes', id]), 'override-unknown-quote', `quotes: "${id}" is not a quote of this article (its quotes are ${describeIds([...quoteIds])})`);
  }
  const eventIds = new Set(article.timeline.map((event) => event.id));
  for (const id of Object.keys(overrides.timeline)) {
    if (!eventIds.has(id)) sink.error(pointOf(['timeline', id]), 'override-unknown-event', `timeline: "${id}" is not an event of this article (its events are ${describeIds([...eventIds])})`);
  }
  return { ...article, quotes: correctQuotes(article.quotes, overrides.quotes), timeline: correctEvents(article.timeline, overrides.timeline) };
}

/** A short list of the ids there are, for the error message. */
function describeIds(ids: readonly string[]): string {
  if (ids.length === 0) return 'none';
  return ids.length <= 5 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} … (${ids.length})`;
}

/** Drops and corrects quotes; a piece continuing a dropped quote starts a quote of its own. */
function correctQuotes(quotes: readonly Quote[], overrides: Readonly<Record<string, QuoteOverride>>): Quote[] {
  const droppedIds = new Set(Object.entries(overrides).flatMap(([id, override]) => (override === 'false' ? [id] : [])));
  return quotes.flatMap((quote): Quote[] => {
    if (droppedIds.has(quote.id)) return [];
    const continues = quote.continues !== null && droppedIds.has(quote.continues) ? null : quote.continues;
    const override = overrides[quote.id];
    if (override === undefined || override === 'false') return [{ ...quote, continues }];
    const kind = override.kind ?? quote.kind;
    // A term has no speaker: turning speech into a term drops who was said to say it.
    const speaker = kind === 'term' ? null : override.speaker !== undefined ? override.speaker : quote.speaker;
    const role = kind === 'term' || speaker === null ? null : override.role !== undefined ? override.role : quote.role;
    return [{ ...quote, continues, kind, speaker, role, checked: true }];
  });
}

/** Drops and redates events, keeping the timeline in date order. */
function correctEvents(events: readonly TimelineEvent[], overrides: Readonly<Record<string, EventOverride>>): TimelineEvent[] {
  const corrected = events.flatMap((event): TimelineEvent[] => {
    const override = overrides[event.id];
    if (override === undefined) return [event];
    if (override === 'false') return [];
    return [{ ...event, date: override.date, checked: true }];
  });
  return sortEvents(corrected);
}
