import { foldText, type FoldTable } from './fold';
import type { SearchArticle, SearchBody } from './search-index';

/**
 * Matching and ranking paragraphs for a query, and the passage a result shows: pure, run by the
 * search page's script over the articles the index named as candidates (sharded-search.ts). Query
 * and text are folded alike, character by
 * character, so 随星借 finds 隨星借. A query is one or more space-separated terms, each matched as a
 * substring (Chinese puts no spaces between words); a paragraph must hold every term.
 */

/** Terms past this many are ignored. */
const MAX_TERMS = 10;

/** A paragraph ready to search: its text folded, with its section heading and article. */
export interface PreparedParagraph {
  id: string;
  text: string;
  folded: string;
  heading: string;
  headingFolded: string;
  article: { number: number; title: string; date: string; path: string; folded: string };
  /** Its place in the article's reading order, for ties. */
  order: number;
}

/** Where a term occurs in a paragraph's folded text (code units, end exclusive). */
export interface Hit {
  start: number;
  end: number;
  term: number;
}

export interface Match {
  paragraph: PreparedParagraph;
  score: number;
  /** Sorted by start, then end. */
  hits: Hit[];
}

/** A result's text: runs of the paragraph, the hits marked, and whether text was cut either side. */
export interface Passage {
  parts: { text: string; mark: boolean }[];
  cutBefore: boolean;
  cutAfter: boolean;
}

/** The folded terms of a query: split at spaces, each once, at most MAX_TERMS. */
export function parseQuery(table: FoldTable, query: string): string[] {
  const terms = foldText(table, query.normalize('NFC')).split(/\s+/);
  return terms.filter((term, i) => term !== '' && terms.indexOf(term) === i).slice(0, MAX_TERMS);
}

/** Readies an article's paragraphs: each with its folded text, heading and article, in reading order. */
export function prepareArticle(table: FoldTable, article: SearchArticle): PreparedParagraph[] {
  const about = { number: article.number, title: article.title, date: article.date, path: article.path, folded: foldText(table, article.title) };
  const paragraphs: PreparedParagraph[] = [];
  for (const section of article.sections) {
    const heading = section.heading ?? '';
    const headingFolded = foldText(table, heading);
    for (const [id, text] of section.paragraphs) {
      paragraphs.push({ id, text, folded: foldText(table, text), heading, headingFolded, article: about, order: paragraphs.length });
    }
  }
  return paragraphs;
}

/** Where a term occurs in a folded text: start offsets, not overlapping. */
function findAll(text: string, term: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) found.push(at);
  return found;
}

/** The narrowest stretch of text holding every term once, in code units (hits sorted by start). */
function narrowestSpan(hits: readonly Hit[], termCount: number): number {
  let best = Infinity;
  for (let i = 0; i < hits.length; i++) {
    const seen = new Set<number>();
    for (let j = i; j < hits.length && seen.size < termCount; j++) {
      if (seen.has(hits[j]!.term)) continue;
      seen.add(hits[j]!.term);
      if (seen.size === termCount) best = Math.min(best, hits[j]!.end - hits[i]!.start);
    }
  }
  return best;
}

/**
 * Scores one paragraph, or returns null when a term is missing. Per term: its occurrences (up to
 * 3), +2 when the section heading holds it, +1 when the title does; +2 when all terms sit within
 * 40 characters of each other.
 */
function scoreParagraph(paragraph: PreparedParagraph, terms: readonly string[]): Match | null {
  let score = 0;
  const hits: Hit[] = [];
  for (const [t, term] of terms.entries()) {
    const found = findAll(paragraph.folded, term);
    if (found.length === 0) return null;
    score += Math.min(found.length, 3);
    if (paragraph.headingFolded.includes(term)) score += 2;
    if (paragraph.article.folded.includes(term)) score += 1;
    for (const start of found) hits.push({ start, end: start + term.length, term: t });
  }
  hits.sort((a, b) => a.start - b.start || a.end - b.end);
  if (terms.length > 1 && narrowestSpan(hits, terms.length) <= 40) score += 2;
  return { paragraph, score, hits };
}

/** The paragraphs of one article holding every term, best first, ties in reading order. */
export function matchParagraphs(paragraphs: readonly PreparedParagraph[], terms: readonly string[]): Match[] {
  const matches: Match[] = [];
  if (terms.length === 0) return matches;
  for (const paragraph of paragraphs) {
    const match = scoreParagraph(paragraph, terms);
    if (match) matches.push(match);
  }
  return matches.sort((a, b) => b.score - a.score || a.paragraph.order - b.paragraph.order);
}

const CLAUSE_END = /[,，。;；!！?？:：、]/;
const LOW_SURROGATE = /[\udc00-\udfff]/;

/**
 * The passage shown for a match: the paragraph, or a window of it from shortly before the first hit
 * (starting after a clause break when one is near), with every hit inside marked.
 */
export function passageOf(table: FoldTable, match: Match, span = 120): Passage {
  const text = match.paragraph.text;
  const from: number[] = [];
  foldText(table, text, from);
  const marks = match.hits.map((hit): [number, number] => [from[hit.start]!, from[hit.end]!]);
  let start = 0;
  let end = text.length;
  if (text.length > span && marks.length > 0) {
    const first = marks[0]![0];
    start = Math.max(0, first - 24);
    for (let i = first - 1; start > 0 && i > start; i--) {
      if (CLAUSE_END.test(text[i]!)) {
        start = i + 1;
        break;
      }
    }
    end = Math.min(text.length, start + span);
    if (end === text.length) start = Math.max(0, end - span);
    // Never cut a character made of two code units in half.
    if (start > 0 && LOW_SURROGATE.test(text[start]!)) start -= 1;
    if (end < text.length && LOW_SURROGATE.test(text[end]!)) end += 1;
  }
  const parts: Passage['parts'] = [];
  let at = start;
  for (const [markFrom, markTo] of marks) {
    const markStart = Math.max(markFrom, at);
    const markEnd = Math.min(markTo, end);
    if (markEnd <= markStart) continue;
    if (markStart > at) parts.push({ text: text.slice(at, markStart), mark: false });
    parts.push({ text: text.slice(markStart, markEnd), mark: true });
    at = markEnd;
  }
  if (at < end) parts.push({ text: text.slice(at, end), mark: false });
  return { parts, cutBefore: start > 0, cutAfter: end < text.length };
}

/** What a script's search folder says of itself (`meta.json`): the fold table and how the index is split. */
export interface SearchMeta {
  /** The fold table as `encodeFoldTable` writes it: character, representative, character, … */
  fold: string;
  /** How many key shards (`k/<n>.txt`). */
  shards: number;
  /** Articles per snippet chunk (`a/<n>.json`). */
  chunkSize: number;
  /** How many articles are numbered. */
  articles: number;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Whether fetched JSON has the shape of a search folder's meta file (built by us, but read over the network). */
export function isSearchMeta(data: unknown): data is SearchMeta {
  return isRecord(data) && isString(data.fold) && isCount(data.shards) && data.shards > 0 && isCount(data.chunkSize) && data.chunkSize > 0 && isCount(data.articles);
}

const isParagraph = (value: unknown) => Array.isArray(value) && value.length === 2 && isString(value[0]) && isString(value[1]);
const isSection = (value: unknown) =>
  isRecord(value) && isString(value.id) && (value.heading === null || isString(value.heading)) && Array.isArray(value.paragraphs) && value.paragraphs.every(isParagraph);

/** Whether data has the shape of what search shows of an article (fetched in a chunk, or read from the build's cache). */
export function isSearchBody(value: unknown): value is SearchBody {
  return isRecord(value) && isString(value.title) && isString(value.date) && isString(value.path) && Array.isArray(value.sections) && value.sections.every(isSection);
}

/** Whether fetched JSON has the shape of a snippet chunk: a list of search articles. */
export function isSearchArticleList(data: unknown): data is SearchArticle[] {
  return Array.isArray(data) && data.every((value) => isRecord(value) && isCount(value.number) && isSearchBody(value));
}
