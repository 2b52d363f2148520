import { createTextConverter } from '../content/convert';
import { compareEventDates } from '../content/extract/dates';
import type { Article, Language, TimelineEvent } from '../content/model';
import type { Script } from './script';

/**
 * Ways through the archive besides the newest-first list: index pages grouped by month, tags,
 * outlets and one timeline of every article's dated events. Pure: articles in, groups and keys
 * out; pages only render what this decides.
 */

// ─── Paging ─────────────────────────────────────────────────────────────────────────────────

/** How many article cards one index page shows. */
export const ARTICLES_PER_PAGE = 20;

/** How many pages `total` items fill: at least one, so an empty archive still has its index. */
export function pageCount(total: number, perPage: number = ARTICLES_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The items on page `page` (1-based); empty past the last page. */
export function itemsOnPage<T>(items: readonly T[], page: number, perPage: number = ARTICLES_PER_PAGE): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}

/** Every page number after the first, for the `/page/<n>/` routes (page 1 is the index itself). */
export function laterPageNumbers(total: number, perPage: number = ARTICLES_PER_PAGE): number[] {
  return Array.from({ length: pageCount(total, perPage) - 1 }, (_, index) => index + 2);
}

/** Reads a `/page/<n>/` segment: a page after the first written without leading zeros, else null. */
export function parsePageNumber(segment: string, total: number, perPage: number = ARTICLES_PER_PAGE): number | null {
  if (!/^[1-9][0-9]*$/.test(segment)) return null;
  const page = Number(segment);
  return page >= 2 && page <= pageCount(total, perPage) ? page : null;
}

/**
 * The page numbers a pager shows: all of them up to seven pages, else the first, the last and the
 * current one with its neighbours, with `null` where numbers are left out.
 */
export function pagerItems(current: number, total: number): (number | null)[] {
  if (total <= 7) return Array.from({ length: total }, (_, index) => index + 1);
  const shown = [...new Set([1, current - 1, current, current + 1, total])].filter((page) => page >= 1 && page <= total).sort((a, b) => a - b);
  return shown.flatMap((page, index) => (index > 0 && page - shown[index - 1]! > 1 ? [null, page] : [page]));
}

// ─── Paths ──────────────────────────────────────────────────────────────────────────────────

/** Path of an index page: page 1 is the script's index, later pages `/<script>/page/<n>/`. */
export function indexPagePath(script: Script, page: number): string {
  return page <= 1 ? `/${script}/` : `/${script}/page/${page}/`;
}

/** Path of the list of every tag. */
export function tagsPath(script: Script): string {
  return `/${script}/tags/`;
}

/** Path of one tag's articles; the key is percent-encoded, the same in both scripts. */
export function tagPath(script: Script, key: string): string {
  return `/${script}/tags/${encodeURIComponent(key)}/`;
}

/** Path of the list of every outlet. */
export function outletsPath(script: Script): string {
  return `/${script}/outlets/`;
}

/** Path of one outlet's articles. */
export function outletPath(script: Script, key: string): string {
  return `/${script}/outlets/${encodeURIComponent(key)}/`;
}

/** Path of the archive timeline, or of one tag's timeline. */
export function timelinePath(script: Script, tagKey?: string): string {
  return tagKey === undefined ? `/${script}/timeline/` : `/${script}/timeline/${encodeURIComponent(tagKey)}/`;
}

/** Path of one year of a timeline too long for one page: the archive's, or one tag's. */
export function timelineYearPath(script: Script, year: string, tagKey?: string): string {
  return `${timelinePath(script, tagKey)}year/${year}/`;
}

// ─── Month groups ───────────────────────────────────────────────────────────────────────────

/** Items under one heading: `period` is `YYYY-MM`, or `YYYY` for dates known only to the year. */
export interface PeriodGroup<T> {
  period: string;
  items: T[];
}

/**
 * Groups articles under the month they were published (`2024-01`), or the year for year-only
 * dates (`2024`), keeping the given order within and between groups (first appearance).
 */
export function groupByMonth<T extends Pick<Article, 'published'>>(articles: readonly T[]): PeriodGroup<T>[] {
  return groupInOrder(articles, (article) => article.published.slice(0, 7));
}

/** Groups items by a key in order of first appearance, keeping the items' order. */
function groupInOrder<T>(items: readonly T[], keyOf: (item: T) => string): PeriodGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].map(([period, grouped]) => ({ period, items: grouped }));
}

// ─── Tag and outlet keys ────────────────────────────────────────────────────────────────────

/**
 * The key of a tag or outlet name: the same for one name in either script, and safe as one URL
 * path segment and file name. The name is folded to Simplified script (Traditional sources through
 * OpenCC's tw→cn, Simplified ones as written), NFKC-normalized (full-width letters and digits
 * become ASCII) and lowercased; every run of other characters than letters, digits, marks, `+`,
 * `_` and `·` becomes one `-`. Names with nothing left get `x` and a hash of the folded name.
 * Distinct names that fold alike (`A.B`, `A B`) share a key and so a page.
 */
export function facetKey(name: string, language: Language): string {
  const folded = createTextConverter(language, 'zh-Hans')(name.normalize('NFKC').trim()).toLowerCase();
  const key = folded.replace(/[^\p{L}\p{N}\p{M}+_·]+/gu, '-').replace(/^-+|-+$/g, '');
  return key === '' ? `x${hashText(folded)}` : key;
}

/** FNV-1a over UTF-16 code units, in base 36: a short stable name for a text. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** A tag or outlet with the articles filed under it. */
export interface Facet {
  key: string;
  /** The name as first written by an archived original in each script (at least one is set). */
  names: Partial<Record<Language, string>>;
  /** Slugs of its articles, in the order the articles were given (newest first), each once. */
  slugs: string[];
}

/** The keys of an archived original's tags, without repeats, in the order written. */
export function tagKeysOf(article: Pick<Article, 'tags' | 'language'>): string[] {
  return [...new Set(article.tags.map((tag) => facetKey(tag, article.language)))];
}

/** The key of an archived original's outlet. */
export function outletKeyOf(article: Pick<Article, 'source' | 'language'>): string {
  return facetKey(article.source.outlet, article.language);
}

/** Every tag of the archived originals, most articles first, then by key (code point order). */
export function collectTags(articles: readonly Article[]): Facet[] {
  return collectFacets(articles, (article) => article.tags);
}

/** Every outlet of the archived originals, most articles first, then by key. */
export function collectOutlets(articles: readonly Article[]): Facet[] {
  return collectFacets(articles, (article) => [article.source.outlet]);
}

/** Files each article under the keys of its names; keys must come from originals (`language` is the script of their text). */
function collectFacets(articles: readonly Article[], namesOf: (article: Article) => readonly string[]): Facet[] {
  const facets = new Map<string, Facet>();
  for (const article of articles) {
    for (const name of namesOf(article)) {
      const key = facetKey(name, article.language);
      let facet = facets.get(key);
      if (!facet) {
        facet = { key, names: {}, slugs: [] };
        facets.set(key, facet);
      }
      facet.names[article.language] ??= name;
      // Articles come one at a time, so a repeated name can only repeat the last slug.
      if (facet.slugs.at(-1) !== article.slug) facet.slugs.push(article.slug);
    }
  }
  return [...facets.values()].sort((a, b) => b.slugs.length - a.slugs.length || compareCodePoints(a.key, b.key));
}

/** The facet's name in a script: as an original wrote it in that script, else converted from the other. */
export function facetName(facet: Pick<Facet, 'names'>, language: Language): string {
  const own = facet.names[language];
  if (own !== undefined) return own;
  const from: Language = language === 'zh-Hant' ? 'zh-Hans' : 'zh-Hant';
  const other = facet.names[from];
  if (other === undefined) throw new Error('a facet has a name in at least one script');
  return createTextConverter(from, language)(other);
}

/** Orders strings by code point, independent of any locale. */
function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ─── The archive timeline ───────────────────────────────────────────────────────────────────

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

/** Past this many events a timeline is split into a page per year, so no page grows with the archive. */
export const TIMELINE_PAGE_LIMIT = 300;

/** One year of a split timeline and how many events it holds. */
export interface TimelineYear {
  year: string;
  count: number;
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

// ─── Every browsing page ────────────────────────────────────────────────────────────────────

/** A browsing page of record: its path in each script and what kind of page it is. */
export interface BrowsePage {
  kind: 'index-page' | 'tags' | 'tag' | 'outlets' | 'outlet' | 'timeline' | 'timeline-year' | 'tag-timeline' | 'tag-timeline-year';
  pathIn: (script: Script) => string;
}

/**
 * Every browsing page the archived originals call for, each its own canonical page in both
 * scripts: index pages 2 on, the tag and outlet lists and pages, the timeline and each tag's
 * timeline (tags with at least one dated event), and a page per year of any timeline too long
 * for one. `/<script>/page/1/` only redirects, so it is not listed.
 */
export function browsePages(articles: readonly Article[], timelineLimit = TIMELINE_PAGE_LIMIT): BrowsePage[] {
  const tags = collectTags(articles);
  const dated = new Set(articles.filter((article) => article.timeline.length > 0).map((article) => article.slug));
  const events = mergeTimelines(articles);
  const yearPages = (kind: 'timeline-year' | 'tag-timeline-year', of: readonly ArchiveEvent[], tagKey?: string): BrowsePage[] =>
    timelineYears(of, timelineLimit).map(({ year }) => ({ kind, pathIn: (script) => timelineYearPath(script, year, tagKey) }));
  const datedTags = tags.filter((tag) => tag.slugs.some((slug) => dated.has(slug)));
  return [
    ...laterPageNumbers(articles.length).map((page): BrowsePage => ({ kind: 'index-page', pathIn: (script) => indexPagePath(script, page) })),
    { kind: 'tags', pathIn: tagsPath },
    ...tags.map((tag): BrowsePage => ({ kind: 'tag', pathIn: (script) => tagPath(script, tag.key) })),
    { kind: 'outlets', pathIn: outletsPath },
    ...collectOutlets(articles).map((outlet): BrowsePage => ({ kind: 'outlet', pathIn: (script) => outletPath(script, outlet.key) })),
    { kind: 'timeline', pathIn: (script) => timelinePath(script) },
    ...yearPages('timeline-year', events),
    ...datedTags.flatMap((tag): BrowsePage[] => [
      { kind: 'tag-timeline', pathIn: (script) => timelinePath(script, tag.key) },
      ...yearPages('tag-timeline-year', eventsOfArticles(events, tag.slugs), tag.key),
    ]),
  ];
}
