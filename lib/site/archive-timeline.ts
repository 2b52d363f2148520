import { compareEventDates } from '../content/extract/dates';
import type { Article, TimelineEvent } from '../content/model';
import { groupInOrder, type PeriodGroup } from './period-groups';

/**
 * One timeline of every article's dated events, and how a timeline too long for one page is split
 * into a page per year.
 */

/** One dated event and the article that states it. */
export interface ArchiveEvent {
  slug: string;
  title: string;
  event: TimelineEvent;
}

/**
 * Every article's dated events in one list, ordered by `compareEventDates` (a period before the
 * dates inside it); equal dates keep the articles' order as given, then their order in the text.
 */
export function mergeTimelines(articles: readonly Article[]): ArchiveEvent[] {
  const ranked = articles.flatMap((article, articleRank) => {
    const paragraphRank = new Map(article.sections.flatMap((section) => section.paragraphs).map((paragraph, index) => [paragraph.id, index]));
    return article.timeline.map((event, eventRank) => ({
      entry: { slug: article.slug, title: article.title, event },
      articleRank,
      paragraphRank: paragraphRank.get(event.paragraphId) ?? Number.MAX_SAFE_INTEGER,
      eventRank,
    }));
  });
  ranked.sort(
    (a, b) =>
      compareEventDates(a.entry.event.date, b.entry.event.date) ||
      a.articleRank - b.articleRank ||
      a.paragraphRank - b.paragraphRank ||
      a.eventRank - b.eventRank,
  );
  return ranked.map(({ entry }) => entry);
}

/** The events of the given articles only, in the same order. */
export function eventsOfArticles(events: readonly ArchiveEvent[], slugs: readonly string[]): ArchiveEvent[] {
  const wanted = new Set(slugs);
  return events.filter((entry) => wanted.has(entry.slug));
}

/** Groups ordered events under their year (`2015`), keeping their order. */
export function groupByYear(events: readonly ArchiveEvent[]): PeriodGroup<ArchiveEvent>[] {
  return groupInOrder(events, (entry) => entry.event.date.slice(0, 4));
}

/** Consecutive events of one article: a timeline names the article once for each such run. */
export interface SourceRun {
  slug: string;
  title: string;
  items: ArchiveEvent[];
}

/**
 * Splits ordered events into runs of the same article, keeping their order: a timeline names the
 * article at the head of each run instead of under every event (its title was 77 of the 330
 * bytes of an entry at 300 synthetic articles, where a quarter of the entries continue a run).
 */
export function groupRunsBySource(events: readonly ArchiveEvent[]): SourceRun[] {
  const runs: SourceRun[] = [];
  for (const entry of events) {
    const open = runs.at(-1);
    if (open && open.slug === entry.slug) open.items.push(entry);
    else runs.push({ slug: entry.slug, title: entry.title, items: [entry] });
  }
  return runs;
}

/**
 * Past this many events a timeline is split into pages of whole years, and a year past this many
 * into pages of this many, so no page grows with the archive. An entry is now about 330 bytes (the
 * article named once per run, no wrapper per part; 470 when 250 made a 142 kB page): at 200 the
 * largest page of 1,000 synthetic articles was 72.4 kB, 7 kB of it header, year list and footer,
 * so 300 keeps a page near 105 kB, under the 150 kB a listing page may weigh. Each page of years
 * repeats that 7 kB and lists every other page: at 200 a timeline of 1,000 articles had 506 pages
 * in each script, at 300 it has 328.
 */
export const TIMELINE_PAGE_LIMIT = 300;

/**
 * One page (or, for a year past the limit, run of pages) of a split timeline: the years from
 * `first` to `last` and how many events they hold. Its URL names its first year.
 */
export interface TimelineSpan {
  first: string;
  last: string;
  count: number;
}

/** How many pages a span of `count` events fills (only a single year can hold more than the limit). */
export function spanPageCount(count: number, limit = TIMELINE_PAGE_LIMIT): number {
  return Math.max(1, Math.ceil(count / limit));
}

/**
 * The pages of a timeline too long for one page, oldest first; empty when its events fit on one
 * page. Consecutive years share a page while their events fit on it (a page of one event per year
 * was mostly header, filter and year list: at 200 synthetic articles, 21.6 kB for 0.7 kB of
 * events); a year past the limit has pages of its own. Packed oldest first, so adding events moves
 * only the boundaries from their year on.
 */
export function timelineSpans(events: readonly ArchiveEvent[], limit = TIMELINE_PAGE_LIMIT): TimelineSpan[] {
  if (events.length <= limit) return [];
  const spans: TimelineSpan[] = [];
  for (const { period: year, items } of groupByYear(events)) {
    const open = spans.at(-1);
    if (open && open.count + items.length <= limit) spans[spans.length - 1] = { first: open.first, last: year, count: open.count + items.length };
    else spans.push({ first: year, last: year, count: items.length });
  }
  return spans;
}

/** The events of one span (its years' dates, months, quarters and halves), in the same order. */
export function eventsInSpan(events: readonly ArchiveEvent[], span: TimelineSpan): ArchiveEvent[] {
  return events.filter((entry) => {
    const year = entry.event.date.slice(0, 4);
    return year >= span.first && year <= span.last;
  });
}

/** The events on page `page` (1-based) of one span. */
export function eventsOnSpanPage(events: readonly ArchiveEvent[], span: TimelineSpan, page: number, limit = TIMELINE_PAGE_LIMIT): ArchiveEvent[] {
  return eventsInSpan(events, span).slice((page - 1) * limit, page * limit);
}
