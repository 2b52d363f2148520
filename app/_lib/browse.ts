import type { Metadata } from 'next';
import { loadArticles } from '@/lib/content/load-articles';
import { collectOutlets, collectTags, facetKey, outletKeyOf, type Facet } from '@/lib/site/facets';
import { eventsOfArticles, mergeTimelines, type ArchiveEvent } from '@/lib/site/archive-timeline';
import type { Article } from '@/lib/content/model';
import { languageOfScript, type Script } from '@/lib/site/script';
import { SITE_NAME } from '@/lib/site/ui-text';
import { absoluteUrl } from '@/lib/site/routes';
import { alternateLanguages } from './alternates';
import { articlesIn, originalArticle } from './archive';

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

/** A tag by key, or undefined. */
export function findTag(key: string): Facet | undefined {
  return archiveTags().find((tag) => tag.key === key);
}

/** An outlet by key, or undefined. */
export function findOutlet(key: string): Facet | undefined {
  return archiveOutlets().find((outlet) => outlet.key === key);
}

/** The articles filed under a tag or outlet, in a script, newest first. */
export function articlesOf(facet: Facet, script: Script): Article[] {
  const slugs = new Set(facet.slugs);
  return articlesIn(script).filter((article) => slugs.has(article.slug));
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

const tagTimelines = new Map<string, ArchiveEvent[]>();

/**
 * The events of one tag's articles, in a script, computed once per build: every timeline page
 * counts every tag's events in its filter, which made timelines cost events × tags × pages.
 */
export function tagTimeline(script: Script, tag: Facet): ArchiveEvent[] {
  const key = `${script}\n${tag.key}`;
  let events = tagTimelines.get(key);
  if (!events) {
    events = eventsOfArticles(archiveTimeline(script), tag.slugs);
    tagTimelines.set(key, events);
  }
  return events;
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

/** Fills `{name}` placeholders of an interface text. */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
