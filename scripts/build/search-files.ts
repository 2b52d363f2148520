import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { loadArticles } from '../../lib/content/load-articles';
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
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
  } catch {
    return [];
  }
}

/** Writes one folder's files; returns how many were written and removed. */
export function writeSearchFolder(dir: string, files: ReadonlyMap<string, string>): { written: number; removed: number } {
  let written = 0;
  let removed = 0;
  for (const existing of listFiles(dir)) {
    // Precompressed copies belong to their file: precompress rewrites them.
    const base = existing.replace(/\.(gz|br)$/, '');
    if (!files.has(base)) {
      rmSync(join(dir, existing));
      removed += 1;
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
    written += 1;
  }
  return { written, removed };
}

/** Writes the search index of every script below `outDir`. */
export function writeSearchFiles(outDir = 'out'): void {
  const started = performance.now();
  const articles = loadArticles();
  for (const script of SCRIPTS) {
    const files = buildSearchFiles(articles, script);
    const { written, removed } = writeSearchFolder(join(outDir, searchDataPath(script)), files);
    console.log(`search ${script}: ${files.size} files (${written} written, ${removed} removed)`);
  }
  console.log(`search index: ${articles.length} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) writeSearchFiles(process.argv[2]);
