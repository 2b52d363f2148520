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

/**
 * Past this many events a timeline is split into a page per year, and a year past this many into
 * pages of this many, so no page grows with the archive: at 250 a page of 2021 at 1,000 synthetic articles
 * was 142 kB (about 470 bytes an event plus 25 kB of stylesheet, filter and year list), too near 150 kB.
 */
export const TIMELINE_PAGE_LIMIT = 200;

/** One year of a split timeline and how many events it holds. */
export interface TimelineYear {
  year: string;
  count: number;
}

/** How many pages a year of `count` events fills. */
export function yearPageCount(count: number, limit = TIMELINE_PAGE_LIMIT): number {
  return Math.max(1, Math.ceil(count / limit));
}

/** The events on page `page` (1-based) of one year. */
export function eventsOnYearPage(events: readonly ArchiveEvent[], year: string, page: number, limit = TIMELINE_PAGE_LIMIT): ArchiveEvent[] {
  return eventsInYear(events, year).slice((page - 1) * limit, page * limit);
}

/** The years of a timeline too long for one page, oldest first; empty when its events fit on one page. */
export function timelineYears(events: readonly ArchiveEvent[], limit = TIMELINE_PAGE_LIMIT): TimelineYear[] {
  if (events.length <= limit) return [];
  return groupByYear(events).map((group) => ({ year: group.period, count: group.items.length }));
}

/** The events of one year (`2015`: its dates, months, quarters and halves), in the same order. */
export function eventsInYear(events: readonly ArchiveEvent[], year: string): ArchiveEvent[] {
  return events.filter((entry) => entry.event.date.slice(0, 4) === year);
}
