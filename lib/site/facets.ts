import { createTextConverter } from '../content/convert';
import type { Article, Language } from '../content/model';

/**
 * Tags and outlets as facets: one key per name in either script, the articles filed under it, and
 * its name in each script. Keys come from the archived originals, so they never depend on a page's script.
 */

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
