import { loadArticles } from '@/lib/content/load-articles';
import { convertArticle } from '@/lib/content/convert';
import type { Article } from '@/lib/content/model';
import { languageOfScript, type Script } from '@/lib/site/script';

/**
 * What pages read: every article from the one memoised load, in the page's script.
 * Conversion is memoised in lib, so each text is converted once per build.
 */

const inScript = new WeakMap<readonly Article[], Map<Script, Article[]>>();

/**
 * All articles in a script, newest first, converted once per process: a page that maps the whole
 * archive costs a pass over every article, so a listing page must not call this to show a few
 * (see `articlesInRange`, `articleIn`).
 */
export function articlesIn(script: Script): Article[] {
  const articles = loadArticles();
  const byScript = inScript.get(articles) ?? new Map<Script, Article[]>();
  let converted = byScript.get(script);
  if (!converted) {
    converted = articles.map((article) => convertArticle(article, languageOfScript(script)));
    byScript.set(script, converted);
    inScript.set(articles, byScript);
  }
  return converted;
}

/** The archive's articles from position `start` (0 newest) up to `end`, in a script: only those are converted. */
export function articlesInRange(script: Script, start: number, end: number): Article[] {
  return loadArticles().slice(start, end).map((article) => convertArticle(article, languageOfScript(script)));
}

/** How many articles the archive holds. */
export function articleCount(): number {
  return loadArticles().length;
}

/** Slug lookups, built once per load: a scan per page made page generation grow with N². */
interface ArchiveIndex {
  bySlug: Map<string, Article>;
}

const indexes = new WeakMap<readonly Article[], ArchiveIndex>();

function indexOf(articles: readonly Article[]): ArchiveIndex {
  let index = indexes.get(articles);
  if (!index) {
    index = {
      bySlug: new Map(articles.map((article) => [article.slug, article])),
    };
    indexes.set(articles, index);
  }
  return index;
}

/** One article in a script, or undefined for an unknown slug. */
export function articleIn(script: Script, slug: string): Article | undefined {
  const original = indexOf(loadArticles()).bySlug.get(slug);
  return original && convertArticle(original, languageOfScript(script));
}

/** The archived original of an article, in its own script (what a converted page offers beside its text). */
export function originalArticle(slug: string): Article | undefined {
  return indexOf(loadArticles()).bySlug.get(slug);
}

/** Every slug, for static params. */
export function allSlugs(): string[] {
  return loadArticles().map((article) => article.slug);
}
