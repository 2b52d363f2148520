import type { Article } from '../../content/model';
import { SCRIPTS, type Script } from '../script';
import { encodeChunk } from './chunk';
import { encodeFoldTable } from './fold-table';
import { codePointFolder, type FoldTable } from './fold';
import { chunkFile, chunkOfArticle, encodeShard, forEachTextKey, META_FILE, shardFile, shardOfKey, type KeyPostings } from './keys';
import { foldTableOf, searchArticlesOf, type SearchArticle } from './search-index';
import type { SearchMeta } from './match';

/**
 * The sharded search index of one script, as files (path relative to the script's search folder →
 * text): `meta.json` (fold table, shard count, chunk size), `../k/<shard>.txt` (keys → the articles
 * holding them, shared by both scripts) and `a/<chunk>.json` (the articles a hit needs: title,
 * date, page, paragraphs).
 * Every file is a pure function of the article set, so a build manifest can compare the files of
 * two builds by their text; and an article touches only its chunk and the shards of its keys
 * (`filesOfArticle`), so an incremental build knows which files a changed article can change.
 */

/** Articles per snippet chunk: a hit loads its chunk, a page of results a few chunks. */
export const CHUNK_SIZE = 4;

/**
 * How many shards: a power of two, about one per eight articles (at least 16), so a shard stays a
 * few kB compressed as the archive grows, and the count changes only when the archive doubles.
 */
export function shardCountFor(articleCount: number): number {
  let count = 16;
  while (count * 8 < articleCount) count *= 2;
  return count;
}

/** A character's postings, and those of each pair it begins (by the pair's second character). */
interface CharPostings extends KeyPostings {
  pairs: Map<number, KeyPostings>;
}

/** Lists an article in a key's postings (once: articles come in ascending number), and in its headed ones when `headed`. */
function addPosting(postings: KeyPostings, article: number, headed: boolean): void {
  const { articles } = postings;
  if (articles[articles.length - 1] !== article) articles.push(article);
  if (!headed) return;
  const inHeads = postings.headed;
  if (inHeads[inHeads.length - 1] !== article) inHeads.push(article);
}

/**
 * The postings of every key of the articles (which must come in ascending number), by key text.
 * Keys are found by character code while collecting (a pair's postings hang off its first
 * character's), so the build makes one string per distinct key, not one per occurrence.
 */
export function collectPostings(table: FoldTable, articles: readonly SearchArticle[]): Map<string, KeyPostings> {
  const fold = codePointFolder(table);
  const chars = new Map<number, CharPostings>();
  let last: CharPostings | undefined;
  let number = 0;
  let headed = false;
  const visit = (code: number, previous: number): void => {
    let entry = chars.get(code);
    if (!entry) chars.set(code, (entry = { articles: [], headed: [], pairs: new Map() }));
    addPosting(entry, number, headed);
    // `previous` is the character visited just before: `last`.
    if (previous >= 0) {
      let pair = last!.pairs.get(code);
      if (!pair) last!.pairs.set(code, (pair = { articles: [], headed: [] }));
      addPosting(pair, number, headed);
    }
    last = entry;
  };
  for (const article of articles) {
    number = article.number;
    headed = true;
    forEachTextKey(article.title, fold, visit);
    for (const section of article.sections) if (section.heading !== null) forEachTextKey(section.heading, fold, visit);
    headed = false;
    for (const section of article.sections) for (const [, text] of section.paragraphs) forEachTextKey(text, fold, visit);
  }
  const byText = new Map<string, KeyPostings>();
  for (const [code, { articles: holding, headed: inHeads, pairs }] of chars) {
    byText.set(String.fromCodePoint(code), { articles: holding, headed: inHeads });
    for (const [second, postings] of pairs) byText.set(String.fromCodePoint(code, second), postings);
  }
  return byText;
}

/**
 * The files an article's entry is written into, given the article as each script's index knows it:
 * its chunk and the shard of each of its keys (the shards are both scripts').
 */
export function filesOfArticle(table: FoldTable, inEveryScript: readonly SearchArticle[], articleCount: number): string[] {
  const shardCount = shardCountFor(articleCount);
  const shards = new Set<number>();
  for (const key of collectPostings(table, inEveryScript).keys()) shards.add(shardOfKey(key, shardCount));
  const chunks = new Set(inEveryScript.map((article) => chunkFile(chunkOfArticle(article.number, CHUNK_SIZE))));
  return [META_FILE, ...chunks, ...[...shards].sort((a, b) => a - b).map(shardFile)];
}

/**
 * The key shards both scripts' indexes share, from every script's articles in search's numbering:
 * a key's postings are the articles whose text holds it in either script, so a query in either
 * finds every candidate, and its script's chunks confirm each hit.
 */
export function buildKeyFiles(table: FoldTable, articlesOfEachScript: readonly (readonly SearchArticle[])[]): Map<string, string> {
  // Ascending numbers, as collectPostings needs; a stable sort keeps each number's scripts together.
  const articles = articlesOfEachScript.flat().sort((a, b) => a.number - b.number);
  const shardCount = shardCountFor(articlesOfEachScript[0]?.length ?? 0);
  const shards: Map<string, KeyPostings>[] = Array.from({ length: shardCount }, () => new Map());
  for (const [key, postings] of collectPostings(table, articles)) shards[shardOfKey(key, shardCount)]!.set(key, postings);
  return new Map(shards.map((entries, shard) => [shardFile(shard), encodeShard(entries)]));
}

/** Every file of a script's search index (its meta file, its chunks and the shared shards), from its articles in search's numbering. */
export function buildSearchFilesOf(table: FoldTable, articles: readonly SearchArticle[], keyFiles: ReadonlyMap<string, string>): Map<string, string> {
  const chunks: SearchArticle[][] = [];
  for (const article of articles) (chunks[chunkOfArticle(article.number, CHUNK_SIZE)] ??= []).push(article);
  const meta: SearchMeta = { fold: encodeFoldTable(table), shards: shardCountFor(articles.length), chunkSize: CHUNK_SIZE, articles: articles.length };
  const files = new Map<string, string>([[META_FILE, JSON.stringify(meta)], ...keyFiles]);
  chunks.forEach((chunk, index) => files.set(chunkFile(index), encodeChunk(chunk)));
  return files;
}

/** Every file of a script's search index, from the archived originals (the shards from both scripts' texts). */
export function buildSearchFiles(originals: readonly Article[], script: Script): Map<string, string> {
  const table = foldTableOf(originals);
  const keyFiles = buildKeyFiles(table, SCRIPTS.map((each) => searchArticlesOf(originals, each)));
  return buildSearchFilesOf(table, searchArticlesOf(originals, script), keyFiles);
}
