import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { loadArticles } from '../../lib/content/load-articles';
import type { Article } from '../../lib/content/model';
import { searchDataPath } from '../../lib/site/routes';
import { SCRIPTS } from '../../lib/site/script';
import { buildSearchFiles } from '../../lib/site/search/search-files';

/**
 * Writes each script's sharded search index into the export (`out/search/<script>/…`): after
 * `next build`, before precompress (which gives each file its .gz and .br). A file whose text is
 * unchanged is not rewritten and a file no longer built is removed, so an incremental build sees
 * only the shards and chunks that changed.
 */

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

/** Writes the search index of every script below `outDir`; returns the files written and removed, as paths below `outDir`. */
export function writeSearchFiles(outDir = 'out', articles: readonly Article[] = loadArticles()): SearchFilesWritten {
  const started = performance.now();
  const all: SearchFilesWritten = { written: [], removed: [] };
  for (const script of SCRIPTS) {
    const files = buildSearchFiles(articles, script);
    const folder = searchDataPath(script).slice(1);
    const { written, removed } = writeSearchFolder(join(outDir, folder), files);
    all.written.push(...written.map((file) => posix.join(folder, file)));
    all.removed.push(...removed.map((file) => posix.join(folder, file)));
    console.log(`search ${script}: ${files.size} files (${written.length} written, ${removed.length} removed)`);
  }
  console.log(`search index: ${articles.length} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return all;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) writeSearchFiles(process.argv[2]);
