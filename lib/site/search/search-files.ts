import type { Article } from '../../content/model';
import type { Script } from '../script';
import { encodeFoldTable } from './fold-table';
import { foldText, type FoldTable } from './fold';
import { chunkFile, chunkOfArticle, encodeShard, META_FILE, shardFile, shardOfKey, textKeys, type KeyPostings } from './keys';
import { foldTableOf, searchArticlesOf, type SearchArticle } from './search-index';
import type { SearchMeta } from './match';

/**
 * The sharded search index of one script, as files (path below the script's search folder →
 * text): `meta.json` (fold table, shard count, chunk size), `k/<shard>.txt` (keys → the articles
 * holding them) and `a/<chunk>.json` (the articles a hit needs: title, date, page, paragraphs).
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

/** An article's keys: those of its whole text, and those of its title and headings. */
export function articleKeys(table: FoldTable, article: SearchArticle): { all: Set<string>; headed: Set<string> } {
  const headed = new Set<string>();
  const all = new Set<string>();
  const heads = [article.title, ...article.sections.flatMap((section) => (section.heading === null ? [] : [section.heading]))];
  for (const text of heads) for (const key of textKeys(foldText(table, text))) headed.add(key);
  for (const key of headed) all.add(key);
  for (const section of article.sections) for (const [, text] of section.paragraphs) for (const key of textKeys(foldText(table, text))) all.add(key);
  return { all, headed };
}

/** The files an article's entry is written into: its chunk and the shard of each of its keys. */
export function filesOfArticle(table: FoldTable, article: SearchArticle, articleCount: number): string[] {
  const shardCount = shardCountFor(articleCount);
  const shards = new Set<number>();
  for (const key of articleKeys(table, article).all) shards.add(shardOfKey(key, shardCount));
  return [META_FILE, chunkFile(chunkOfArticle(article.number, CHUNK_SIZE)), ...[...shards].sort((a, b) => a - b).map(shardFile)];
}

/** Every file of a script's search index, from its articles in search's numbering. */
export function buildSearchFilesOf(table: FoldTable, articles: readonly SearchArticle[]): Map<string, string> {
  const shardCount = shardCountFor(articles.length);
  const shards: Map<string, KeyPostings>[] = Array.from({ length: shardCount }, () => new Map());
  const chunks: SearchArticle[][] = [];
  for (const article of articles) {
    const { all, headed } = articleKeys(table, article);
    for (const key of all) {
      const shard = shards[shardOfKey(key, shardCount)]!;
      let postings = shard.get(key);
      if (!postings) shard.set(key, (postings = { articles: [], headed: [] }));
      postings.articles.push(article.number);
      if (headed.has(key)) postings.headed.push(article.number);
    }
    (chunks[chunkOfArticle(article.number, CHUNK_SIZE)] ??= []).push(article);
  }
  const meta: SearchMeta = { fold: encodeFoldTable(table), shards: shardCount, chunkSize: CHUNK_SIZE, articles: articles.length };
  const files = new Map<string, string>([[META_FILE, JSON.stringify(meta)]]);
  shards.forEach((entries, shard) => files.set(shardFile(shard), encodeShard(entries)));
  chunks.forEach((chunk, index) => files.set(chunkFile(index), JSON.stringify(chunk)));
  return files;
}

/** Every file of a script's search index, from the archived originals. */
export function buildSearchFiles(originals: readonly Article[], script: Script): Map<string, string> {
  return buildSearchFilesOf(foldTableOf(originals), searchArticlesOf(originals, script));
}
