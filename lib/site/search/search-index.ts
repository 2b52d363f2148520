import { convertArticle } from '../../content/convert';
import { formatDate } from '../format';
import { LANGUAGES, type Article } from '../../content/model';
import { languageOfScript, type Script } from '../script';
import { articlePath } from '../routes';
import { buildFoldTable, encodeFoldTable } from './fold-table';
import type { FoldTable } from './fold';

/**
 * The search index of one script: every paragraph as that script's pages show it, where it sits,
 * and the fold table. The search script (search/match.ts) folds query and text alike with the
 * table, so a query in either script finds the paragraph; results are shown in the page's script.
 */

/** One paragraph: `[id, text]`, the text as the page in this script shows it. */
export type SearchParagraph = [id: string, text: string];

export interface SearchSection {
  id: string;
  heading: string | null;
  paragraphs: SearchParagraph[];
}

export interface SearchArticle {
  title: string;
  /** The publication date as readers see it (2024年1月). */
  date: string;
  /** The article page in this script; a result links to `path#paragraphId`. */
  path: string;
  sections: SearchSection[];
}

export interface SearchIndex {
  /** The fold table as `encodeFoldTable` writes it: character, representative, character, … */
  fold: string;
  /** Newest first, as the archive lists them. */
  articles: SearchArticle[];
}

const foldTables = new WeakMap<readonly Article[], FoldTable>();

/**
 * The fold table of a corpus: built from every indexed text in both scripts, so the two scripts'
 * indexes share one table. Memoised per article list (one `loadArticles()` per build).
 */
export function foldTableOf(originals: readonly Article[]): FoldTable {
  let table = foldTables.get(originals);
  if (!table) {
    table = buildFoldTable(indexedTextPairs(originals));
    foldTables.set(originals, table);
  }
  return table;
}

/** Each indexed text of each article as `[original, converted]`, for every other script. */
function* indexedTextPairs(originals: readonly Article[]): Generator<[string, string]> {
  for (const original of originals) {
    for (const language of LANGUAGES) {
      if (language === original.language) continue;
      const converted = convertArticle(original, language);
      yield [original.title, converted.title];
      // convertArticle keeps the shape: section s and paragraph p are the same in both.
      for (const [s, section] of original.sections.entries()) {
        const other = converted.sections[s];
        if (section.heading !== null && other?.heading) yield [section.heading, other.heading];
        for (const [p, paragraph] of section.paragraphs.entries()) {
          const text = other?.paragraphs[p]?.text;
          if (text !== undefined) yield [paragraph.text, text];
        }
      }
    }
  }
}

/** The search index a script's search page fetches, from the archived originals (newest first). */
export function buildSearchIndex(originals: readonly Article[], script: Script): SearchIndex {
  const language = languageOfScript(script);
  return {
    fold: encodeFoldTable(foldTableOf(originals)),
    articles: originals.map((original) => {
      const article = convertArticle(original, language);
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
    }),
  };
}
