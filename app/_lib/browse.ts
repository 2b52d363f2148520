import type { Metadata } from 'next';
import { loadArticles } from '@/lib/content/load-articles';
import { collectOutlets, collectTags, outletKeyOf, tagKeysOf, type Facet } from '@/lib/site/facets';
import { mergeTimelines, type ArchiveEvent } from '@/lib/site/archive-timeline';
import { eventsByTag, indexTimeline, type TimelineIndex } from '@/lib/site/timeline-index';
import type { Article } from '@/lib/content/model';
import { languageOfScript, type Script } from '@/lib/site/script';
import { SITE_NAME } from '@/lib/site/ui-text';
import { absoluteUrl } from '@/lib/site/routes';
import { alternateLanguages } from './alternates';
import { articleIn, articlesIn, originalArticle } from './archive';

/**
 * What the browsing pages read: tags and outlets keyed from the archived originals (keys never
 * depend on the page's script), articles and events in the page's script. Memoised per build.
 */

let tags: Facet[] | undefined;
let outlets: Facet[] | undefined;

/** Every tag, most articles first. */
export function archiveTags(): Facet[] {
  tags ??= collectTags(loadArticles());
  return tags;
}

/** Every outlet, most articles first. */
export function archiveOutlets(): Facet[] {
  outlets ??= collectOutlets(loadArticles());
  return outlets;
}

const byKey = new WeakMap<readonly Facet[], Map<string, Facet>>();

/** A facet of a memoised list by key, through a map built once (a scan per page grew with the archive). */
function facetByKey(facets: readonly Facet[], key: string): Facet | undefined {
  let map = byKey.get(facets);
  if (!map) {
    map = new Map(facets.map((facet) => [facet.key, facet]));
    byKey.set(facets, map);
  }
  return map.get(key);
}

/** A tag by key, or undefined. */
export function findTag(key: string): Facet | undefined {
  return facetByKey(archiveTags(), key);
}

/** An outlet by key, or undefined. */
export function findOutlet(key: string): Facet | undefined {
  return facetByKey(archiveOutlets(), key);
}

/**
 * The articles of one page of a tag or outlet, in a script, newest first: looked up by slug and
 * converted, only those (a facet's slugs keep the archive's order, newest first).
 */
export function facetArticlesOnPage(facet: Facet, script: Script, page: number, perPage: number): Article[] {
  return facet.slugs.slice((page - 1) * perPage, page * perPage).map((slug) => {
    const article = articleIn(script, slug);
    if (!article) throw new Error(`no article "${slug}" in the archive`);
    return article;
  });
}

/** An archived original by slug; every page's article comes from the same load, so it is there. */
function originalOf(slug: string): Article {
  const original = originalArticle(slug);
  if (!original) throw new Error(`no article "${slug}" in the archive`);
  return original;
}

/** The outlet key of an article. */
export function outletKeyOfSlug(slug: string): string {
  return outletKeyOf(originalOf(slug));
}

const timelines = new Map<Script, ArchiveEvent[]>();

/** Every article's events in one date order, in a script. */
export function archiveTimeline(script: Script): ArchiveEvent[] {
  let events = timelines.get(script);
  if (!events) {
    events = mergeTimelines(articlesIn(script));
    timelines.set(script, events);
  }
  return events;
}

const tagTimelines = new Map<Script, Map<string, ArchiveEvent[]>>();

/**
 * The events of one tag's articles, in a script. Every tag's are gathered in one pass over the
 * archive's timeline, once per process: filtering the whole timeline for each tag made the work
 * grow with tags × events.
 */
export function tagTimeline(script: Script, tag: Facet): ArchiveEvent[] {
  let byTag = tagTimelines.get(script);
  if (!byTag) {
    byTag = eventsByTag(archiveTimeline(script), (slug) => tagKeysOf(originalOf(slug)));
    tagTimelines.set(script, byTag);
  }
  return byTag.get(tag.key) ?? [];
}

const datedTags = new WeakMap<readonly Article[], Facet[]>();

/** Tags with at least one dated event among their articles: the timeline's filters. */
export function timelineTags(): Facet[] {
  const articles = loadArticles();
  let tags = datedTags.get(articles);
  if (!tags) {
    const dated = new Set(articles.filter((article) => article.timeline.length > 0).map((article) => article.slug));
    tags = archiveTags().filter((tag) => tag.slugs.some((slug) => dated.has(slug)));
    datedTags.set(articles, tags);
  }
  return tags;
}

/** Whether a tag has a timeline (a dated event among its articles). */
export function hasTimeline(key: string): boolean {
  return facetByKey(timelineTags(), key) !== undefined;
}

/** A tag with a timeline, by key, or undefined. */
export function findTimelineTag(key: string): Facet | undefined {
  return facetByKey(timelineTags(), key);
}

const timelineIndexes = new Map<string, TimelineIndex>();

/**
 * The pages of years of a timeline (the archive's, or a tag's) and each one's events, computed
 * once per process: each page of years recomputed them from every event of its timeline.
 */
export function indexedTimeline(script: Script, tag: Facet | null): TimelineIndex {
  const key = `${script}\n${tag?.key ?? ''}`;
  let index = timelineIndexes.get(key);
  if (!index) {
    index = indexTimeline(tag ? tagTimeline(script, tag) : archiveTimeline(script));
    timelineIndexes.set(key, index);
  }
  return index;
}

/** Metadata of a browsing page: title with the site name, description, canonical, alternates, Open Graph. */
export function browseMetadata(script: Script, heading: string, description: string, pathIn: (script: Script) => string): Metadata {
  const title = `${heading} · ${SITE_NAME[script]}`;
  return {
    title,
    description,
    alternates: { canonical: pathIn(script), languages: alternateLanguages(pathIn) },
    openGraph: { type: 'website', title, description, url: absoluteUrl(pathIn(script)), siteName: SITE_NAME[script], locale: languageOfScript(script) === 'zh-Hant' ? 'zh_TW' : 'zh_CN' },
    // X reads the title and description from Open Graph when twitter: ones are left out (as on share pages).
    twitter: { card: 'summary' },
  };
}

/** Interface texts' `{name}` placeholders, filled as the lib-rendered pages fill them. */
export { fillText } from '@/lib/site/fill-text';
