import type { Article } from '../content/model';
import { eventsOfArticles, mergeTimelines, spanPageCount, timelineSpans, TIMELINE_PAGE_LIMIT, type ArchiveEvent } from './archive-timeline';
import { collectOutlets, collectTags } from './facets';
import { FACET_ARTICLES_PER_PAGE, pageCount } from './paging';
import { collectPeople, personPageCount } from './people';
import type { Script } from './script';
import { shareableSectionIds } from './share';

/**
 * Every URL of the site and the list of its pages, decided here once: the routes' static params,
 * the sitemap, feeds, share links and open data all take their paths from this module. A page is
 * the same page in every script; only the `/<script>/` segment differs, so ids and keys work in both.
 */

// ─── Origin ─────────────────────────────────────────────────────────────────────────────────

/** The public origin, from `SITE_URL` at build time (no trailing slash). */
// Marked pure so the browser code, which bundles path builders from here, drops the `process` read.
export const SITE_URL = /* @__PURE__ */ originOfEnvironment();

function originOfEnvironment(): string {
  return (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}

/** Absolute URL of a site path. */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path}`;
}

// ─── Pages, one function per kind ───────────────────────────────────────────────────────────

/** Path of a script's archive index (its first page). */
export function indexPath(script: Script): string {
  return `/${script}/`;
}

/** Path of an index page: page 1 is the script's index, later pages `/<script>/page/<n>/`. */
export function indexPagePath(script: Script, page: number): string {
  return page <= 1 ? indexPath(script) : `/${script}/page/${page}/`;
}

/**
 * Path in a script of a page served without one (`/`, `/articles/<slug>/`): the same path below
 * the script's segment. Those pages show the Traditional page and send others on before paint.
 */
export function pathInScript(script: Script, scriptlessPath: string): string {
  return `/${script}${scriptlessPath}`;
}

/** Path of an article without a script (`/articles/<slug>/`): it sends each reader on to their script's page. */
export function scriptlessArticlePath(slug: string): string {
  return `/articles/${slug}/`;
}

/** Path of an article page in a script. */
export function articlePath(script: Script, slug: string): string {
  return `/${script}/articles/${slug}/`;
}

/** Path of a place in an article: a section, paragraph, quote or event id as the fragment. */
export function articleFragmentPath(script: Script, slug: string, id: string): string {
  return `${articlePath(script, slug)}#${id}`;
}

/**
 * Path of a section's share page (`/zh-hant/articles/<slug>/s/<share-id>/`): fragments never
 * reach servers or link unfurlers, so each section also has a static URL whose `<head>` previews it.
 */
export function sectionSharePath(script: Script, slug: string, shareId: string): string {
  return sectionSharePathUnder(articlePath(script, slug), shareId);
}

/** The share page of a section under its article page's path: what enhance.js, knowing only the page it runs on, hands out. */
export function sectionSharePathUnder(articlePagePath: string, shareId: string): string {
  return `${articlePagePath}s/${shareId}/`;
}

/** Path of a script's search page (the form submits here: `?q=` is the query). */
export function searchPath(script: Script): string {
  return `/${script}/search/`;
}

/** Path of the list of every tag. */
export function tagsPath(script: Script): string {
  return `/${script}/tags/`;
}

/** `page/<n>/` after a paged list's first page, nothing on the first. */
function pageSuffix(page: number): string {
  return page <= 1 ? '' : `page/${page}/`;
}

/** Path of one tag's articles (past the first page, `page/<n>/` after it); the key is percent-encoded, the same in both scripts. */
export function tagPath(script: Script, key: string, page = 1): string {
  return `/${script}/tags/${encodeURIComponent(key)}/${pageSuffix(page)}`;
}

/** Path of the list of every outlet. */
export function outletsPath(script: Script): string {
  return `/${script}/outlets/`;
}

/** Path of one outlet's articles (past the first page, `page/<n>/` after it). */
export function outletPath(script: Script, key: string, page = 1): string {
  return `/${script}/outlets/${encodeURIComponent(key)}/${pageSuffix(page)}`;
}

/** Path of the archive timeline, or of one tag's timeline. */
export function timelinePath(script: Script, tagKey?: string): string {
  return tagKey === undefined ? `/${script}/timeline/` : `/${script}/timeline/${encodeURIComponent(tagKey)}/`;
}

/**
 * Path of a page of a timeline too long for one page, named by the first year it shows (the
 * archive's timeline, or one tag's; past a long year's first page, `page/<n>/` after it).
 */
export function timelineYearPath(script: Script, year: string, tagKey?: string, page = 1): string {
  return `${timelinePath(script, tagKey)}year/${year}/${pageSuffix(page)}`;
}

/** Path of the list of every named speaker. */
export function peoplePath(script: Script): string {
  return `/${script}/people/`;
}

/** Path of a person's quotes; past the first hundred, `page/<n>/` after it. */
export function personPath(script: Script, key: string, page = 1): string {
  const path = `/${script}/people/${encodeURIComponent(key)}/`;
  return page <= 1 ? path : `${path}page/${page}/`;
}

// ─── Files ──────────────────────────────────────────────────────────────────────────────────

/** Path of a script's RSS feed. */
export function rssPath(script: Script): string {
  return `/${script}/feed.xml`;
}

/** Path of a script's Atom feed. */
export function atomPath(script: Script): string {
  return `/${script}/atom.xml`;
}

/**
 * Path of a script's search folder (meta file, key shards, snippet chunks), written by the build
 * and fetched file by file by the search script on the search page only.
 */
export function searchDataPath(script: Script): string {
  return `/search/${script}/`;
}

/** The site path of an article's Open Graph card in a script (`/og/zh-hant/<slug>.png`). */
export function ogImagePath(script: Script, slug: string): string {
  return `/og/${script}/${slug}.png`;
}

/** Path of an article's contract JSON (open data, in its original script). */
export function articleDataPath(slug: string): string {
  return `/data/articles/${slug}.json`;
}

/** Path of the open-data index of every named speaker. */
export const PEOPLE_DATA_INDEX_PATH = '/data/people/index.json';

/** Path of a person's quotes as open data (the key percent-encoded, as on the pages). */
export function personDataPath(key: string): string {
  return `/data/people/${encodeURIComponent(key)}.json`;
}

/** Path of the sitemap. */
export const SITEMAP_PATH = '/sitemap.xml';

/** Path of the progressive-enhancement script every page loads lazily. */
export const ENHANCE_SCRIPT_PATH = '/enhance.js';

/** Path of the search script, loaded by the search page only. */
export const SEARCH_SCRIPT_PATH = '/search.js';

// ─── The list of pages ──────────────────────────────────────────────────────────────────────

/** A page of the site, the same in every script: its kind and what names it. */
export type SitePage =
  | { kind: 'index-page'; page: number }
  | { kind: 'article'; slug: string }
  | { kind: 'section-share'; slug: string; shareId: string }
  | { kind: 'search' }
  | { kind: 'tags' }
  | { kind: 'tag'; key: string; page: number }
  | { kind: 'outlets' }
  | { kind: 'outlet'; key: string; page: number }
  | { kind: 'timeline' }
  // A page of years of a long timeline, named by its first year (`timelineSpans`).
  | { kind: 'timeline-year'; year: string; page: number }
  | { kind: 'tag-timeline'; tagKey: string }
  | { kind: 'tag-timeline-year'; tagKey: string; year: string; page: number }
  | { kind: 'people' }
  | { kind: 'person'; key: string; page: number };

/** A page of a given kind. */
export type SitePageOf<Kind extends SitePage['kind']> = Extract<SitePage, { kind: Kind }>;

/** Where a page is in a script. */
export function pagePath(script: Script, page: SitePage): string {
  switch (page.kind) {
    case 'index-page':
      return indexPagePath(script, page.page);
    case 'article':
      return articlePath(script, page.slug);
    case 'section-share':
      return sectionSharePath(script, page.slug, page.shareId);
    case 'search':
      return searchPath(script);
    case 'tags':
      return tagsPath(script);
    case 'tag':
      return tagPath(script, page.key, page.page);
    case 'outlets':
      return outletsPath(script);
    case 'outlet':
      return outletPath(script, page.key, page.page);
    case 'timeline':
      return timelinePath(script);
    case 'timeline-year':
      return timelineYearPath(script, page.year, undefined, page.page);
    case 'tag-timeline':
      return timelinePath(script, page.tagKey);
    case 'tag-timeline-year':
      return timelineYearPath(script, page.year, page.tagKey, page.page);
    case 'people':
      return peoplePath(script);
    case 'person':
      return personPath(script, page.key, page.page);
    default:
      return page satisfies never;
  }
}

/** Every page of the archive index, the first (the index itself) included. */
export function listIndexPages(articles: readonly Article[]): SitePageOf<'index-page'>[] {
  return Array.from({ length: pageCount(articles.length) }, (_, index) => ({ kind: 'index-page', page: index + 1 }));
}

/** Every article's page. */
export function listArticlePages(articles: readonly Article[]): SitePageOf<'article'>[] {
  return articles.map((article) => ({ kind: 'article', slug: article.slug }));
}

/** The pages at former slugs: each only redirects to the article that moved. */
export function listMovedArticlePages(articles: readonly Article[]): SitePageOf<'article'>[] {
  return articles.flatMap((article) => article.formerSlugs.map((slug) => ({ kind: 'article' as const, slug })));
}

/** A share page for every section (and section alias) of every article. */
export function listSectionSharePages(articles: readonly Article[]): SitePageOf<'section-share'>[] {
  return articles.flatMap((article) => shareableSectionIds(article).map(({ id }) => ({ kind: 'section-share' as const, slug: article.slug, shareId: id })));
}

/** Page numbers 1 to `pageCount(total, perPage)`. */
function pageNumbers(total: number, perPage: number): number[] {
  return Array.from({ length: pageCount(total, perPage) }, (_, index) => index + 1);
}

/** The list of tags, then each tag's pages (most articles first; a page per FACET_ARTICLES_PER_PAGE articles). */
export function listTagPages(articles: readonly Article[]): SitePageOf<'tags' | 'tag'>[] {
  return [{ kind: 'tags' }, ...collectTags(articles).flatMap((tag) => pageNumbers(tag.slugs.length, FACET_ARTICLES_PER_PAGE).map((page) => ({ kind: 'tag' as const, key: tag.key, page })))];
}

/** The list of outlets, then each outlet's pages. */
export function listOutletPages(articles: readonly Article[]): SitePageOf<'outlets' | 'outlet'>[] {
  return [{ kind: 'outlets' }, ...collectOutlets(articles).flatMap((outlet) => pageNumbers(outlet.slugs.length, FACET_ARTICLES_PER_PAGE).map((page) => ({ kind: 'outlet' as const, key: outlet.key, page })))];
}

/**
 * The archive timeline and each tag's (tags with at least one dated event), each followed by its
 * pages of years when it is too long for one page (and more pages for a year too long for one).
 */
export function listTimelinePages(articles: readonly Article[], timelineLimit = TIMELINE_PAGE_LIMIT): SitePageOf<'timeline' | 'timeline-year' | 'tag-timeline' | 'tag-timeline-year'>[] {
  const dated = new Set(articles.filter((article) => article.timeline.length > 0).map((article) => article.slug));
  const events = mergeTimelines(articles);
  const yearsOf = (of: readonly ArchiveEvent[]) =>
    timelineSpans(of, timelineLimit).flatMap(({ first, count }) => Array.from({ length: spanPageCount(count, timelineLimit) }, (_, index) => ({ year: first, page: index + 1 })));
  const datedTags = collectTags(articles).filter((tag) => tag.slugs.some((slug) => dated.has(slug)));
  return [
    { kind: 'timeline' },
    ...yearsOf(events).map(({ year, page }) => ({ kind: 'timeline-year' as const, year, page })),
    ...datedTags.flatMap((tag) => [
      { kind: 'tag-timeline' as const, tagKey: tag.key },
      ...yearsOf(eventsOfArticles(events, tag.slugs)).map(({ year, page }) => ({ kind: 'tag-timeline-year' as const, tagKey: tag.key, year, page })),
    ]),
  ];
}

/** The list of named speakers, then each person's pages (a page per hundred quotes). */
export function listPeoplePages(articles: readonly Article[]): SitePageOf<'people' | 'person'>[] {
  return [
    { kind: 'people' },
    ...collectPeople(articles).flatMap((person) => Array.from({ length: personPageCount(person) }, (_, index) => ({ kind: 'person' as const, key: person.key, page: index + 1 }))),
  ];
}

/**
 * Every browsing page the archived originals call for, each its own canonical page in both
 * scripts: index pages 2 on, the tag and outlet lists and pages, the timelines and their years,
 * the people and each person's pages.
 * `/<script>/page/1/` only redirects, so it is not listed.
 */
export function listBrowsePages(articles: readonly Article[], timelineLimit = TIMELINE_PAGE_LIMIT): SitePage[] {
  return [
    ...listIndexPages(articles).slice(1),
    ...listTagPages(articles),
    ...listOutletPages(articles),
    ...listTimelinePages(articles, timelineLimit),
    ...listPeoplePages(articles),
  ];
}

/**
 * Every page of record, in the sitemap's order: the index, the articles, then the browsing pages.
 * Redirects, share pages (their canonical is the article) and the search page are left out.
 */
export function listPagesOfRecord(articles: readonly Article[]): SitePage[] {
  return [{ kind: 'index-page', page: 1 }, ...listArticlePages(articles), ...listBrowsePages(articles)];
}

// ─── Pages an incremental build renders ─────────────────────────────────────────────────────

/**
 * A page's key: its path without the script segment (`/articles/<slug>/`, `/tags/<key>/page/2/`),
 * the same for the page in every script. The build manifest and the render selection name pages by it.
 */
export function pageKey(page: SitePage): string {
  return pagePath('zh-hant', page).slice('/zh-hant'.length);
}

/**
 * The items a route renders: every one, or, in an incremental build, those whose key the build
 * selected. Never none: static export refuses a dynamic route without a single page, so an empty
 * selection keeps the route's first item (rendering an unchanged page again is harmless, since
 * the build only copies what differs).
 */
export function keepSelected<Item>(items: readonly Item[], keyOf: (item: Item) => string, selected: ReadonlySet<string> | null): Item[] {
  if (selected === null) return [...items];
  const kept = items.filter((item) => selected.has(keyOf(item)));
  return kept.length > 0 || items.length === 0 ? kept : items.slice(0, 1);
}
