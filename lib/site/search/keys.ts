/**
 * The keys of the sharded search index, shared by the build (search-files.ts) and the browser
 * (sharded-search.ts), so both name and place a key alike. A key is a character bigram of folded
 * text (Xapian's CJK n-gram idea: any substring of two or more characters holds all of its
 * bigrams, so no word segmenter can miss it) or a single character (for one-character terms).
 * Keys never hold white space: query terms are split at it.
 */

/** Whether a code point is white space as `/\s/` reads it. */
function isWhiteSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * Walks a text's keys without making a string per key (the index build reads every text of the
 * archive): calls `visit` for each character but white space, folded code point by code point with
 * `fold`, with the character before it (-1 after white space or at the start). The keys are each
 * such character and each such pair.
 */
export function forEachTextKey(text: string, fold: (code: number) => number, visit: (code: number, previous: number) => void): void {
  let previous = -1;
  for (let i = 0; i < text.length; ) {
    const raw = text.codePointAt(i)!;
    i += raw > 0xffff ? 2 : 1;
    const code = fold(raw);
    if (isWhiteSpace(code)) {
      previous = -1;
      continue;
    }
    visit(code, previous);
    previous = code;
  }
}

const unfolded = (code: number): number => code;

/** A folded text's keys: every character and every pair of neighbouring characters, white space excepted. */
export function textKeys(folded: string): Set<string> {
  const keys = new Set<string>();
  forEachTextKey(folded, unfolded, (code, previous) => {
    keys.add(String.fromCodePoint(code));
    if (previous >= 0) keys.add(String.fromCodePoint(previous, code));
  });
  return keys;
}

/**
 * The keys a folded term needs: its bigrams, or the character itself when it is one. A text holding
 * the term holds every one of them (the converse can fail for three or more characters: the browser
 * checks candidates against the text).
 */
export function termKeys(term: string): string[] {
  const chars = Array.from(term);
  if (chars.length === 1) return chars;
  const keys = new Set<string>();
  for (let i = 1; i < chars.length; i++) keys.add(chars[i - 1]! + chars[i]!);
  return [...keys];
}

/** The shard a key lives in: FNV-1a of its UTF-16 code units, modulo the shard count. */
export function shardOfKey(key: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shardCount;
}

/**
 * The path of the meta file, of a shard and of a chunk, relative to a script's search folder. The
 * shards are one set for both scripts (`/search/k/`, beside the scripts' folders): keys are folded
 * alike in both, so each script's own shards were the same bytes (3.9 MB of them at 1,000 articles).
 */
export const META_FILE = 'meta.json';
export const SHARD_FOLDER = '../k/';
export const shardFile = (shard: number): string => `${SHARD_FOLDER}${shard}.txt`;
export const chunkFile = (chunk: number): string => `a/${chunk}.json`;

/** The snippet chunk holding an article: articles are numbered oldest first, `chunkSize` to a chunk. */
export function chunkOfArticle(article: number, chunkSize: number): number {
  return Math.floor(article / chunkSize);
}

/**
 * Digits of a gap in base 32: its last digit from `LAST_DIGITS`, any before from `LEADING_DIGITS`, so
 * gaps need no separator. Most gaps of a frequent key are under 32 and take one character, where
 * base-36 gaps and commas took two: the shards of 1,000 synthetic articles were 3.9 MB that way.
 */
const LAST_DIGITS = '0123456789abcdefghijklmnopqrstuv';
const LEADING_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz+/';

/** Article numbers, ascending, as their gaps (the first from -1), each in base 32 ending in a last digit. */
export function encodePostings(articles: readonly number[]): string {
  let previous = -1;
  let encoded = '';
  for (const article of articles) {
    let gap = article - previous;
    let digits = LAST_DIGITS[gap % 32]!;
    for (gap = Math.floor(gap / 32); gap > 0; gap = Math.floor(gap / 32)) digits = LEADING_DIGITS[gap % 32]! + digits;
    encoded += digits;
    previous = article;
  }
  return encoded;
}

/** Reads `encodePostings`' text back; null when it is not a list of positive gaps written as it writes them. */
export function decodePostings(encoded: string): number[] | null {
  const articles: number[] = [];
  let previous = -1;
  let gap = 0;
  let leading = false;
  for (const character of encoded) {
    const high = LEADING_DIGITS.indexOf(character);
    if (high >= 0) {
      // A gap's first digit is never zero: each gap has one way to be written.
      if (!leading && high === 0) return null;
      gap = gap * 32 + high;
      leading = true;
      continue;
    }
    const low = LAST_DIGITS.indexOf(character);
    if (low < 0) return null;
    gap = gap * 32 + low;
    if (!(gap > 0)) return null;
    previous += gap;
    articles.push(previous);
    gap = 0;
    leading = false;
  }
  return leading ? null : articles;
}

/** One key's postings: every article whose text holds it, and those whose title or a heading does. */
export interface KeyPostings {
  articles: number[];
  headed: number[];
}

/** A shard file: one key a line, `key TAB articles TAB headed`, keys in code-unit order. */
export function encodeShard(entries: ReadonlyMap<string, KeyPostings>): string {
  const keys = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return keys.map((key) => `${key}\t${encodePostings(entries.get(key)!.articles)}\t${encodePostings(entries.get(key)!.headed)}\n`).join('');
}

/**
 * Reads a shard file into its keys, each with the rest of its line: a query needs a few keys of a
 * shard, so postings are decoded (and checked) only for those, by `postingsOfLine`.
 */
export function indexShard(text: string): Map<string, string> {
  const lines = new Map<string, string>();
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', start);
    if (tab > start && tab < end) lines.set(text.slice(start, tab), text.slice(tab + 1, end));
    start = end + 1;
  }
  return lines;
}

/** A key's postings from the rest of its shard line; null when the line is malformed (a shard is fetched, so it is checked). */
export function postingsOfLine(line: string): KeyPostings | null {
  const [articles, headed, extra] = line.split('\t');
  if (articles === undefined || headed === undefined || extra !== undefined) return null;
  const decodedArticles = decodePostings(articles);
  const decodedHeaded = decodePostings(headed);
  return decodedArticles && decodedHeaded ? { articles: decodedArticles, headed: decodedHeaded } : null;
}

/** The articles in both ascending lists. */
export function intersectSorted(a: readonly number[], b: readonly number[]): number[] {
  const both: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      both.push(a[i]!);
      i++;
      j++;
    }
  }
  return both;
}
