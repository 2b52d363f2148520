import { convertArticle, createCharacterConverter } from '../../content/convert';
import { compareArticlesNewestFirst } from '../../content/load-articles';
import { formatDate } from '../format';
import { LANGUAGES, type Article } from '../../content/model';
import { languageOfScript, type Script } from '../script';
import { articlePath } from '../routes';
import { buildFoldTableOf, foldSourceOf, type FoldSource } from './fold-table';
import type { FoldTable } from './fold';

/**
 * What search knows of each article in one script: its number, title, date, page and every
 * paragraph as that script's pages show it, plus the fold table both scripts share. The sharded
 * index (search-files.ts) is built from these; the browser loads an article's record only when it
 * is a hit, to check it and show passages (search/match.ts).
 */

/** One paragraph: `[id, text]`, the text as the page in this script shows it. */
export type SearchParagraph = [id: string, text: string];

export interface SearchSection {
  id: string;
  heading: string | null;
  paragraphs: SearchParagraph[];
}

export interface SearchArticle extends SearchBody {
  /** The article's number: 0 for the oldest, counting up (so a larger number is a newer article). */
  number: number;
}

/** What search shows of an article in a script, whatever its number. */
export interface SearchBody {
  title: string;
  /** The publication date as readers see it (2024年1月). */
  date: string;
  /** The article page in this script; a result links to `path#paragraphId`. */
  path: string;
  sections: SearchSection[];
}

const foldTables = new WeakMap<readonly Article[], FoldTable>();

/**
 * The fold table of a corpus: built from every indexed text in both scripts, so the two scripts'
 * indexes share one table. Memoised per article list (one `loadArticles()` per build).
 */
export function foldTableOf(originals: readonly Article[]): FoldTable {
  let table = foldTables.get(originals);
  if (!table) {
    table = buildFoldTableOf(originals.map(foldSourceOfArticle));
    foldTables.set(originals, table);
  }
  return table;
}

/** What an article gives the fold table (kept per article by the build: it converts every text). */
export function foldSourceOfArticle(original: Article): FoldSource {
  return foldSourceOf(indexedTextPairs(original));
}

/**
 * Each indexed text of an article as `[original, converted]`, for every other script, converted
 * character for character (opencc alone, the article's region): the fold table pairs characters by
 * position, and the glossary's word replacements (聯準會 → 美联储) keep the length but not the
 * characters, so pairing them would join unrelated characters (聯 with 美).
 */
function* indexedTextPairs(original: Article): Generator<[string, string]> {
  for (const language of LANGUAGES) {
    if (language === original.language) continue;
    const convert = createCharacterConverter(original.language, language, original.region);
    yield [original.title, convert(original.title)];
    for (const section of original.sections) {
      if (section.heading !== null) yield [section.heading, convert(section.heading)];
      for (const paragraph of section.paragraphs) yield [paragraph.text, convert(paragraph.text)];
    }
  }
}

/**
 * The articles in search's numbering: oldest first (the reverse of the archive's newest-first
 * order, ties by slug), so an article published after every other one takes the next number and
 * leaves every other article's number, shard entry and chunk as they were.
 */
export function numberArticles(originals: readonly Article[]): Article[] {
  return [...originals].sort(compareArticlesNewestFirst).reverse();
}

/** One article as search in a script knows it. */
export function searchArticleOf(original: Article, number: number, script: Script): SearchArticle {
  return { number, ...searchBodyOf(original, script) };
}

/** What search in a script shows of an article (kept per article by the build: it converts the text). */
export function searchBodyOf(original: Article, script: Script): SearchBody {
  const article = convertArticle(original, languageOfScript(script));
  return {
    title: article.title,
    date: formatDate(article.published, script),
    path: articlePath(script, article.slug),
    sections: article.sections.map((section) => ({
      id: section.id,
      heading: section.heading,
      paragraphs: section.paragraphs.map((paragraph): SearchParagraph => [paragraph.id, paragraph.text]),
    })),
  };
}

/** Every article as search in a script knows it, by number (oldest first). */
export function searchArticlesOf(originals: readonly Article[], script: Script): SearchArticle[] {
  return numberArticles(originals).map((original, number) => searchArticleOf(original, number, script));
}
