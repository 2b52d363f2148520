import { TIMELINE_PAGE_LIMIT, timelineSpans, type ArchiveEvent, type TimelineSpan } from './archive-timeline';

/**
 * A timeline indexed once for all its pages: the pages of years and each one's events, and each
 * tag's events. The timeline pages asked for these per page, by scanning every event of the
 * timeline, so the work per page grew with the archive.
 */

/** A timeline's pages of years (empty when it fits on one page), each by its first year, with its events. */
export interface TimelineIndex {
  spans: TimelineSpan[];
  spanByFirst: ReadonlyMap<string, TimelineSpan>;
  /** The events of each span (keyed by its first year), in timeline order: as `eventsInSpan` takes them. */
  eventsOfSpan: ReadonlyMap<string, ArchiveEvent[]>;
}

/** Splits a timeline into its pages of years (`timelineSpans`) and gathers each one's events in one pass. */
export function indexTimeline(events: readonly ArchiveEvent[], limit = TIMELINE_PAGE_LIMIT): TimelineIndex {
  const spans = timelineSpans(events, limit);
  const eventsOfSpan = new Map(spans.map((span) => [span.first, [] as ArchiveEvent[]]));
  const listOfYear = new Map<string, ArchiveEvent[] | undefined>();
  for (const entry of events) {
    const year = entry.event.date.slice(0, 4);
    if (!listOfYear.has(year)) listOfYear.set(year, eventsOfSpan.get(spans.find((span) => year >= span.first && year <= span.last)?.first ?? ''));
    listOfYear.get(year)?.push(entry);
  }
  return { spans, spanByFirst: new Map(spans.map((span) => [span.first, span])), eventsOfSpan };
}

/** The events on page `page` (1-based) of a span of an indexed timeline (`eventsOnSpanPage` without the scan). */
export function eventsOnIndexedPage(index: TimelineIndex, span: TimelineSpan, page: number, limit = TIMELINE_PAGE_LIMIT): ArchiveEvent[] {
  return (index.eventsOfSpan.get(span.first) ?? []).slice((page - 1) * limit, page * limit);
}

/**
 * Every tag's events from one pass over a timeline, in its order (what `eventsOfArticles` keeps of
 * it for the tag's articles); `tagKeysOf` gives an article's tag keys by slug.
 */
export function eventsByTag(events: readonly ArchiveEvent[], tagKeysOf: (slug: string) => readonly string[]): Map<string, ArchiveEvent[]> {
  const byTag = new Map<string, ArchiveEvent[]>();
  const keysOfSlug = new Map<string, ReadonlySet<string>>();
  for (const entry of events) {
    let keys = keysOfSlug.get(entry.slug);
    if (!keys) {
      keys = new Set(tagKeysOf(entry.slug));
      keysOfSlug.set(entry.slug, keys);
    }
    for (const key of keys) {
      const list = byTag.get(key);
      if (list) list.push(entry);
      else byTag.set(key, [entry]);
    }
  }
  return byTag;
}
