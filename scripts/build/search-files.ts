import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadArticles } from '../../lib/content/load-articles';
import type { Article } from '../../lib/content/model';
import { searchDataPath } from '../../lib/site/routes';
import { SCRIPTS } from '../../lib/site/script';
import { buildFoldTableOf } from '../../lib/site/search/fold-table';
import { buildKeyFiles, buildSearchFilesOf } from '../../lib/site/search/search-files';
import { foldSourceOfArticle, numberArticles, searchBodyOf } from '../../lib/site/search/search-index';
import { hashOf } from './build-units';
import { openSearchCache, type SearchCache, type SearchCacheEntry } from './search-cache';

/**
 * Writes each script's sharded search index into the export (`out/search/<script>/…`, and the key
 * shards both share in `out/search/k/`): after
 * `next build`, before precompress (which gives each file its .gz and .br). A file whose text is
 * unchanged is not rewritten and a file no longer built is removed, so an incremental build sees
 * only the shards and chunks that changed. What each article gives the index is kept between
 * builds (search-cache.ts): only new and changed articles are converted again.
 */

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Every file below a folder, as paths relative to it. */
function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  } catch {
    return [];
  }
}

/** The files a run wrote and removed, as paths below the folder it was given. */
export interface SearchFilesWritten {
  written: string[];
  removed: string[];
}

/** Writes one folder's files; returns which were written and removed (precompressed copies included). */
export function writeSearchFolder(dir: string, files: ReadonlyMap<string, string>): SearchFilesWritten {
  const written: string[] = [];
  const removed: string[] = [];
  for (const existing of listFiles(dir)) {
    // Precompressed copies belong to their file: precompress rewrites them.
    const base = existing.replace(/\.(gz|br)$/, '');
    if (!files.has(base)) {
      rmSync(join(dir, existing));
      removed.push(existing);
    }
  }
  for (const [file, text] of files) {
    const path = join(dir, file);
    let previous: string | null = null;
    try {
      previous = readFileSync(path, 'utf8');
    } catch {
      previous = null;
    }
    if (previous === text) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    written.push(file);
  }
  return { written, removed };
}

/** What an article gives the index: the slow part, its texts converted to the other script. */
function entryOf(article: Article): SearchCacheEntry {
  return { fold: foldSourceOfArticle(article), bodies: { 'zh-hant': searchBodyOf(article, 'zh-hant'), 'zh-hans': searchBodyOf(article, 'zh-hans') } };
}

/**
 * Every script's index files (script → path below its folder → text), assembled from each
 * article's entry, taken from the cache where the article is unchanged: the same files whichever
 * entries were cached (tests/search-shards.test.ts builds both ways).
 */
export function buildAllSearchFiles(articles: readonly Article[], cache: SearchCache | null): Map<(typeof SCRIPTS)[number], Map<string, string>> {
  const entries = numberArticles(articles).map((article) => {
    const key = hashOf(article);
    const cached = cache?.get(key);
    if (cached) return cached;
    const entry = entryOf(article);
    cache?.set(key, entry);
    return entry;
  });
  const table = buildFoldTableOf(entries.map((entry) => entry.fold));
  const articlesOf = (script: (typeof SCRIPTS)[number]) => entries.map((entry, number) => ({ number, ...entry.bodies[script] }));
  const keyFiles = buildKeyFiles(table, SCRIPTS.map(articlesOf));
  return new Map(SCRIPTS.map((script) => [script, buildSearchFilesOf(table, articlesOf(script), keyFiles)]));
}

/**
 * The folders the index is written to (below the export, e.g. `search/zh-hant`, `search/k`), each
 * with its files by name: a script's files are relative to its folder, and the shards both scripts
 * list (`../k/…`) are written once, into their own folder.
 */
export function searchFilesByFolder(byScript: ReadonlyMap<(typeof SCRIPTS)[number], ReadonlyMap<string, string>>): Map<string, Map<string, string>> {
  const folders = new Map<string, Map<string, string>>();
  for (const [script, files] of byScript) {
    const own = searchDataPath(script).slice(1, -1);
    for (const [file, text] of files) {
      const shared = file.startsWith('../');
      const folder = shared ? posix.join(own, posix.dirname(file)) : own;
      const name = shared ? posix.basename(file) : file;
      const inFolder = folders.get(folder) ?? new Map<string, string>();
      folders.set(folder, inFolder);
      const before = inFolder.get(name);
      if (before !== undefined && before !== text) throw new Error(`${folder}/${name}: the scripts' indexes disagree on a shared file`);
      inFolder.set(name, text);
    }
  }
  return folders;
}

/**
 * Writes the search index of every script below `outDir`, with the cache of the repository it
 * runs in (null: none); returns the files written and removed, as paths below `outDir`.
 */
export function writeSearchFiles(outDir = 'out', articles: readonly Article[] = loadArticles(), cache: SearchCache | null = openSearchCache(ROOT)): SearchFilesWritten {
  const started = performance.now();
  const all: SearchFilesWritten = { written: [], removed: [] };
  for (const [folder, files] of searchFilesByFolder(buildAllSearchFiles(articles, cache))) {
    const { written, removed } = writeSearchFolder(join(outDir, folder), files);
    all.written.push(...written.map((file) => posix.join(folder, file)));
    all.removed.push(...removed.map((file) => posix.join(folder, file)));
    console.log(`${folder}: ${files.size} files (${written.length} written, ${removed.length} removed)`);
  }
  cache?.prune();
  const reused = cache ? `, ${cache.stats.hits} article(s) from the cache, ${cache.stats.misses} converted` : '';
  console.log(`search index: ${articles.length} articles in ${((performance.now() - started) / 1000).toFixed(1)} s${reused}`);
  return all;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) writeSearchFiles(process.argv[2]);
