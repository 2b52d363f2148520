import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { clientCode } from '../../app/_lib/client-code';
import type { Article } from '../../lib/content/model';
import { parseArticleOrThrow } from '../../lib/content/parse-article';
import { SEARCH_WORD_ATTRIBUTES, wordAttributes } from '../../lib/site/client-words';
import { SEARCH_SCRIPT_PATH, searchDataPath, searchKeysPath } from '../../lib/site/routes';
import type { Script } from '../../lib/site/script';
import { SHARD_FOLDER } from '../../lib/site/search/keys';
import { buildSearchFiles } from '../../lib/site/search/search-files';
import { openSearcher, PAGE_CHUNKS, PAGE_RESULTS } from '../../lib/site/search/sharded-search';
import { uiText } from '../../lib/site/ui-text';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/browser/chromium';
import { startStaticServer } from '../../tests/browser/static-server';
import { generateSyntheticArticles } from './synthetic-articles';

/**
 * `npm run bench -- --search 1000,10000` (or `tsx scripts/bench/search-size.ts 1000,10000`): builds
 * the Traditional search index of N synthetic articles in memory and measures, for 2–4 character
 * queries from a cold cache, what a reader downloads (search.js + meta file + the query's shards +
 * the snippet chunks of the first page, gzip -9 as the build's precompressed copies) and the time
 * from the last keystroke to the first results drawn, in Chromium against the files served by
 * nginx on 127.0.0.1. Targets (issue 12): ≤ 250 kB and ≤ 300 ms per query at 10,000 articles.
 */

/** Queries of two to four characters, in either script, common and rare in the synthetic text. */
export const BENCH_QUERIES = ['小米', '流量', '雷軍', '合规', '隨星借', '度小满', '天星數科', '消费金融'] as const;

export const SEARCH_BYTES_TARGET = 250_000;
export const SEARCH_MS_TARGET = 300;

const SCRIPT: Script = 'zh-hant';

export interface QueryFigures {
  query: string;
  /** Files fetched after the page loaded (shards and chunks). */
  files: number;
  candidates: number;
  results: number;
  /** search.js + meta + shards + first-page chunks, gzip -9. */
  gzipBytes: number;
  /** The same, measured by Chromium on the wire (nginx gzip_static). */
  wireBytes: number;
  /** Last keystroke to first results drawn, in the page's clock: the median of the runs. */
  firstResultsMs: number;
  /** The slowest run. */
  slowestMs: number;
}

/** Each query is typed this many times, each time into a fresh context (the machine is shared: the median is the figure). */
const RUNS = 3;

export interface SearchBenchRow {
  articles: number;
  buildSeconds: number;
  shards: number;
  chunks: number;
  /** Every file of the index, gzip -9: what a whole-index search would download. */
  indexGzipBytes: number;
  largestShardGzipBytes: number;
  queries: QueryFigures[];
}

const gzipSize = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

/** N synthetic articles, parsed. */
function syntheticArticles(count: number): Article[] {
  return generateSyntheticArticles(count, { validate: false }).map((article) => parseArticleOrThrow(article.fileName, article.markdown));
}

/** A search page like the site's: the form with its words and data folder, the status line, the list, the script. */
function benchPage(): string {
  const text = uiText(SCRIPT);
  const words = Object.entries(wordAttributes(SEARCH_WORD_ATTRIBUTES, text))
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  return `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>${text.searchTitle}</title><link rel="icon" href="data:,"></head><body>
<form role="search" data-search-data="${searchDataPath(SCRIPT)}"${words}><input id="search-query" type="search" name="q"><button type="submit">${text.search}</button></form>
<p role="status" data-search-status></p><ol data-search-results></ol>
<script src="${SEARCH_SCRIPT_PATH}" defer></script></body></html>`;
}

/** Writes a file and its gzip copy (served by nginx's gzip_static, as the build's precompressed copies are). */
function writeServed(root: string, path: string, text: string): void {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  writeFileSync(`${file}.gz`, gzipSync(text, { level: 9 }));
}

/** Measures one article count. */
export async function measureSearch(count: number): Promise<SearchBenchRow> {
  const articles = syntheticArticles(count);
  const started = performance.now();
  const files = buildSearchFiles(articles, SCRIPT);
  const buildSeconds = (performance.now() - started) / 1000;
  const code = clientCode('search');
  const sizes = new Map([...files].map(([file, text]) => [file, gzipSize(text)]));
  const shardSizes = [...sizes].filter(([file]) => file.startsWith(SHARD_FOLDER)).map(([, bytes]) => bytes);

  // What each query loads, counted in memory with the browser's own code (a fresh searcher: a cold cache).
  const loadedByQuery = new Map<string, { files: string[]; candidates: number; results: number }>();
  for (const query of BENCH_QUERIES) {
    const loaded: string[] = [];
    const searcher = await openSearcher(async (file) => {
      loaded.push(file);
      return files.get(file)!;
    });
    const run = await searcher.search(query, PAGE_RESULTS, PAGE_CHUNKS);
    loadedByQuery.set(query, { files: loaded, candidates: run.candidates.length, results: run.results.length });
  }

  // The same queries typed into Chromium.
  const root = mkdtempSync(join(tmpdir(), 'search-bench-'));
  writeServed(root, 'index.html', benchPage());
  writeServed(root, SEARCH_SCRIPT_PATH, code);
  for (const [file, text] of files) writeServed(root, `${searchDataPath(SCRIPT)}${file}`, text);
  const server = await startStaticServer(root);
  const userDataDir = mkdtempSync(join(tmpdir(), 'search-bench-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  const browser = context.browser();
  const queries: (Omit<QueryFigures, 'firstResultsMs' | 'slowestMs'> & { runs: number[] })[] = [];
  try {
    for (const query of BENCH_QUERIES) for (let runIndex = 0; runIndex < RUNS; runIndex++) {
      // A fresh context per run: nothing cached from the one before.
      const fresh = browser ? await browser.newContext() : context;
      const page = await fresh.newPage();
      let wireBytes = 0;
      page.on('requestfinished', (request) => {
        const path = new URL(request.url()).pathname;
        if (path === SEARCH_SCRIPT_PATH || path.startsWith(searchDataPath(SCRIPT)) || path.startsWith(searchKeysPath())) {
          void request.sizes().then((sizes) => (wireBytes += sizes.responseBodySize));
        }
      });
      await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
      await page.evaluate(() => {
        const timing = { input: 0, drawn: 0 };
        (window as unknown as { benchTiming: typeof timing }).benchTiming = timing;
        document.querySelector('input')!.addEventListener('input', () => (timing.input = performance.now()), { capture: true });
        new MutationObserver(() => {
          if (!timing.drawn && document.querySelector('[data-search-results] li')) timing.drawn = performance.now();
        }).observe(document.querySelector('[data-search-results]')!, { childList: true });
      });
      await page.focus('input');
      // One input event for the whole query, as an input method commits a word.
      await page.keyboard.insertText(query);
      await page.waitForSelector('[data-search-results] li');
      await page.waitForLoadState('networkidle');
      const timing = await page.evaluate(() => (window as unknown as { benchTiming: { input: number; drawn: number } }).benchTiming);
      const loaded = loadedByQuery.get(query)!;
      const before = queries.find((q) => q.query === query);
      const ms = timing.drawn - timing.input;
      if (before) {
        before.runs.push(ms);
        before.wireBytes = Math.max(before.wireBytes, wireBytes);
        if (fresh !== context) await fresh.close();
        continue;
      }
      queries.push({
        query,
        files: loaded.files.length - 1,
        candidates: loaded.candidates,
        results: loaded.results,
        gzipBytes: gzipSize(code) + loaded.files.reduce((total, file) => total + sizes.get(file)!, 0),
        wireBytes,
        runs: [ms],
      });
      if (fresh !== context) await fresh.close();
    }
  } finally {
    await context.close();
    await server.stop();
    rmSync(root, { recursive: true, force: true });
    rmSync(userDataDir, { recursive: true, force: true });
  }
  return {
    articles: count,
    buildSeconds,
    shards: shardSizes.length,
    chunks: [...files.keys()].filter((file) => file.startsWith('a/')).length,
    indexGzipBytes: [...sizes.values()].reduce((a, b) => a + b, 0),
    largestShardGzipBytes: Math.max(...shardSizes),
    queries: queries.map(({ runs, ...figures }) => ({ ...figures, firstResultsMs: median(runs), slowestMs: Math.max(...runs) })),
  };
}

/** The middle value (the mean of the two middle values for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** The report: one block per article count, one line per query, then the targets. */
export function formatSearchReport(rows: readonly SearchBenchRow[]): string {
  const lines: string[] = [];
  for (const row of rows) {
    lines.push(
      `${row.articles} articles: index built in ${row.buildSeconds.toFixed(1)} s (one script); ${row.shards} shards (largest ${kB(row.largestShardGzipBytes)} gz), ${row.chunks} snippet chunks; whole index ${kB(row.indexGzipBytes)} gz`,
      `  query      files  candidates  results  download (gzip -9)  on the wire  first results (median of ${RUNS}, slowest)`,
    );
    for (const q of row.queries) {
      lines.push(`  ${q.query.padEnd(8, '　')} ${String(q.files).padStart(5)}  ${String(q.candidates).padStart(10)}  ${String(q.results).padStart(7)}  ${kB(q.gzipBytes).padStart(18)}  ${kB(q.wireBytes).padStart(11)}  ${`${q.firstResultsMs.toFixed(0)} ms`.padStart(13)} (${q.slowestMs.toFixed(0)} ms)`);
    }
    const maxBytes = Math.max(...row.queries.map((q) => q.gzipBytes));
    const maxMs = Math.max(...row.queries.map((q) => q.firstResultsMs));
    lines.push(
      `  target: ≤ ${kB(SEARCH_BYTES_TARGET)} per query → largest ${kB(maxBytes)} ${maxBytes <= SEARCH_BYTES_TARGET ? 'met' : 'MISSED'}; ≤ ${SEARCH_MS_TARGET} ms → slowest median ${maxMs.toFixed(0)} ms ${maxMs <= SEARCH_MS_TARGET ? 'met' : 'MISSED'} (slowest run ${Math.max(...row.queries.map((q) => q.slowestMs)).toFixed(0)} ms; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
    );
  }
  return lines.join('\n');
}

/** Runs the bench for each count and prints the report. */
export async function runSearchBench(counts: readonly number[]): Promise<SearchBenchRow[]> {
  const rows: SearchBenchRow[] = [];
  for (const count of counts) {
    const row = await measureSearch(count);
    console.log(formatSearchReport([row]));
    rows.push(row);
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const counts = (process.argv[2] ?? '1000,10000').split(',').map(Number);
  if (counts.some((count) => !Number.isInteger(count) || count < 1)) throw new Error('usage: search-size.ts 1000,10000');
  await runSearchBench(counts);
}
