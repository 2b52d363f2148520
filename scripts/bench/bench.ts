import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadArticles } from '../../lib/content/load-articles';
import { articlePath, indexPath } from '../../lib/site/routes';
import { startStaticServer, type StaticServer } from '../../tests/browser/static-server';
import { writeFloorSite } from './bench-floor';
import { runFuzzBench } from './fuzz';
import { runSearchBench, SEARCH_BYTES_TARGET, SEARCH_MS_TARGET } from './search-size';
import { FLAT_COST_LIMIT, parseArticleCounts, runScaleBench } from './bench-scale';
import { launchLighthouseChromium, MEASURES, runLighthouse, type FailingAudit, type Measure, type Sample } from './bench-lighthouse';

/**
 * `npm run bench [-- --runs N] [--no-build] [--strict]`: builds the site, runs Lighthouse (mobile,
 * all four categories) N times on the index, both article pages and a hand-written-style "floor"
 * page of the same text, and prints the medians beside their ratio to the floor, then the targets.
 * Writes the table to `.bench/last.json` and the last Lighthouse report of each page beside it.
 */

const SLUG = 'xiaomi-tianxing-traffic-partners';
const ARTICLE_BYTES_BUDGET = 25_000;
const ARTICLE_LCP_TO_FLOOR = 1.2;

type Column = Measure | 'htmlGzipBytes';
type Row = Record<Column, number>;

interface Page {
  key: 'index' | 'article' | 'article-hans' | 'floor';
  url: string;
  /** The page's HTML file on disk, gzipped for the HTML column. */
  file: string;
}

interface PageResult extends Page {
  median: Row;
  samples: Sample[];
  failing: { audit: FailingAudit; runs: number }[];
}

interface Target {
  name: string;
  met: boolean;
  actual: string;
}

const COLUMNS: { key: Column; label: string; digits: number }[] = [
  { key: 'performance', label: 'perf', digits: 0 },
  { key: 'accessibility', label: 'a11y', digits: 0 },
  { key: 'best-practices', label: 'best-pr', digits: 0 },
  { key: 'seo', label: 'seo', digits: 0 },
  { key: 'lcpMs', label: 'LCP ms', digits: 0 },
  { key: 'tbtMs', label: 'TBT ms', digits: 0 },
  { key: 'cls', label: 'CLS', digits: 3 },
  { key: 'totalBytes', label: 'total B', digits: 0 },
  { key: 'scriptBytes', label: 'script B', digits: 0 },
  { key: 'htmlGzipBytes', label: 'HTML gz B', digits: 0 },
];

/** Reads the command line: the number of runs per page, whether to build, whether targets are fatal. */
function readOptions(): { runs: number; build: boolean; strict: boolean; articles: number[] | null; keep: boolean; fuzz: number | null; search: number[] | null } {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      'no-build': { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      articles: { type: 'string' },
      keep: { type: 'boolean', default: false },
      fuzz: { type: 'string' },
      search: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, got "${values.runs}"`);
  const articles = values.articles === undefined ? null : parseArticleCounts(values.articles);
  const fuzz = values.fuzz === undefined ? null : Number(values.fuzz);
  if (fuzz !== null && (!Number.isInteger(fuzz) || fuzz < 1)) throw new Error(`--fuzz must be a whole number ≥ 1, got "${values.fuzz}"`);
  const search = values.search === undefined ? null : parseArticleCounts(values.search);
  return { runs, build: !values['no-build'], strict: values.strict, articles, keep: values.keep, fuzz, search };
}

/** The middle value (mean of the two middle values for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Takes the median of every Lighthouse measure across runs, plus the page's gzipped HTML size. */
function medianRow(samples: Sample[], file: string): Row {
  const row: Row = { ...samples[0]!.measures, htmlGzipBytes: gzipSync(readFileSync(file), { level: 9 }).length };
  for (const measure of MEASURES) row[measure] = median(samples.map((sample) => sample.measures[measure]));
  return row;
}

/** Counts in how many runs each audit failed, keeping its last details. */
function tallyFailing(samples: Sample[]): PageResult['failing'] {
  const tally = new Map<string, { audit: FailingAudit; runs: number }>();
  for (const audit of samples.flatMap((sample) => sample.failing)) {
    const key = `${audit.category}/${audit.id}`;
    tally.set(key, { audit, runs: (tally.get(key)?.runs ?? 0) + 1 });
  }
  return [...tally.values()];
}

/** Formats one cell: the value and, when the floor's is not zero, its ratio to the floor's. */
function formatCell(value: number, floor: number, digits: number): string {
  const ratio = floor === 0 ? (value === 0 ? '=' : '–') : `${(value / floor).toFixed(2)}×`;
  return `${value.toFixed(digits)} (${ratio})`;
}

/** Renders the results as one plain-text table, one row per page. */
function renderTable(results: PageResult[], floor: Row): string {
  const header = ['page', ...COLUMNS.map((column) => column.label)];
  const rows = results.map((result) => [result.key, ...COLUMNS.map((column) => formatCell(result.median[column.key], floor[column.key], column.digits))]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((cells) => cells[i]!.length)));
  return [header, ...rows].map((cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

/** Checks the bench's targets against the medians. */
function checkTargets(byKey: Map<Page['key'], PageResult>, floor: Row): Target[] {
  const article = byKey.get('article')!.median;
  const allHundred = (key: Page['key']): Target => {
    const row = byKey.get(key)!.median;
    const scores = [row.performance, row.accessibility, row['best-practices'], row.seo];
    return { name: `${key}: 100 in all four categories`, met: scores.every((score) => score === 100), actual: scores.join('/') };
  };
  return [
    allHundred('index'),
    allHundred('article'),
    { name: `article: total bytes ≤ ${ARTICLE_BYTES_BUDGET / 1000} kB`, met: article.totalBytes <= ARTICLE_BYTES_BUDGET, actual: `${article.totalBytes} B` },
    {
      name: `article: LCP ≤ ${ARTICLE_LCP_TO_FLOOR}× the floor's`,
      met: article.lcpMs <= ARTICLE_LCP_TO_FLOOR * floor.lcpMs,
      actual: `${Math.round(article.lcpMs)} ms vs ${Math.round(floor.lcpMs)} ms (${(article.lcpMs / floor.lcpMs).toFixed(2)}×)`,
    },
  ];
}

/** Summarises one row of an audit's details: the element and what is wrong with it, when it names one. */
function describeItem(item: unknown): string {
  const node = typeof item === 'object' && item !== null && 'node' in item ? item.node : null;
  if (typeof node !== 'object' || node === null) return JSON.stringify(item).slice(0, 240);
  const fields = new Map(Object.entries(node));
  const field = (name: string): string => String(fields.get(name) ?? '');
  return `${field('selector')} ${field('snippet')}: ${field('explanation').split('\n').at(-1)?.trim()}`;
}

/** Renders the audits that kept a page below 100, with a short view of their details. */
function renderFailing(results: PageResult[], runs: number): string {
  const lines = results.flatMap((result) =>
    result.failing.map(({ audit, runs: failedRuns }) => {
      const items = audit.items.slice(0, 3).map((item) => `\n      ${describeItem(item)}`);
      const more = audit.items.length > 3 ? `\n      … and ${audit.items.length - 3} more` : '';
      return `  ${result.key}: ${audit.category}/${audit.id} (score ${audit.score}, failed ${failedRuns}/${runs} runs) ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}${items.join('')}${more}`;
    }),
  );
  return lines.length ? lines.join('\n') : '  none';
}

/** Runs Lighthouse `runs` times on every page, going round the pages so a slow spell of the machine hits them alike. */
async function measurePages(pages: Page[], runs: number, port: number): Promise<Map<Page['key'], Sample[]>> {
  const samples = new Map<Page['key'], Sample[]>(pages.map((page) => [page.key, []]));
  // A first, uncounted run: the first Lighthouse run in a fresh browser is slower than the rest.
  await runLighthouse(pages[0]!.url, port);
  for (let run = 1; run <= runs; run++) {
    for (const page of pages) {
      console.error(`run ${run}/${runs}: ${page.key} ${page.url}`);
      const { sample, lhr } = await runLighthouse(page.url, port);
      samples.get(page.key)!.push(sample);
      if (run === runs) writeFileSync(`.bench/lhr-${page.key}.json`, JSON.stringify(lhr));
    }
  }
  return samples;
}

/** Warns when other work kept the CPUs busy during the runs: TBT and LCP then mean little. */
function describeLoad(load: number[]): string {
  const cores = availableParallelism();
  const text = `machine load (1-minute average) before/after the runs: ${load.map((value) => value.toFixed(1)).join('/')} on ${cores} cores`;
  return Math.max(...load) > cores ? `${text}; WARNING: the machine was busy, TBT and LCP are unreliable` : text;
}

/** Prints the table, the targets and the audits that kept a score below 100. */
function printReport(results: PageResult[], floor: Row, targets: Target[], runs: number, load: number[]): void {
  console.log(`\nLighthouse 12.2.3, mobile preset, median of ${runs} run(s); (n×) = ratio to the floor page`);
  console.log(`${describeLoad(load)}\n`);
  console.log(renderTable(results, floor));
  console.log('\nTargets:');
  for (const target of targets) console.log(`  ${target.met ? 'met    ' : 'MISSED '} ${target.name}: ${target.actual}`);
  console.log('\nAudits below a full score (weighted ones only):');
  console.log(renderFailing(results, runs));
  const errored = [...new Set(results.flatMap((result) => result.samples.flatMap((sample) => sample.errored)))];
  if (errored.length) console.log(`\nAudits Lighthouse could not compute (unscored): ${errored.join(', ')}`);
}

/** Shapes the results for `.bench/last.json`: medians, their ratios to the floor, every run's numbers. */
function toJson(results: PageResult[], floor: Row, targets: Target[], runs: number, load: number[]): unknown {
  const pages = results.map(({ key, url, median: row, samples, failing }) => ({
    key,
    url,
    median: row,
    ratioToFloor: Object.fromEntries(COLUMNS.map(({ key: column }) => [column, floor[column] ? row[column] / floor[column] : null])),
    samples: samples.map((sample) => sample.measures),
    failing,
  }));
  return { runs, load, pages, targets };
}

/** Builds, serves, measures and reports; returns the process exit code. */
async function main(): Promise<number> {
  const options = readOptions();
  // `--fuzz N`: N random mutations of the seed and the targeted hostile shapes through the parser.
  if (options.fuzz !== null) return runFuzzBench(options.fuzz);
  // `--search 1000,10000`: the sharded search index of N synthetic articles, bytes and time per query.
  if (options.search) {
    const rows = await runSearchBench(options.search);
    const missed = rows.some((row) => row.queries.some((q) => q.gzipBytes > SEARCH_BYTES_TARGET || q.firstResultsMs > SEARCH_MS_TARGET));
    return options.strict && missed ? 1 : 0;
  }
  // `--articles 10,100,1000`: the scale bench on generated content instead of Lighthouse.
  if (options.articles) {
    const result = await runScaleBench(options.articles, { build: options.build, keep: options.keep });
    const failedBuild = result.rows.some((row) => row.build && !row.build.ok);
    const notFlat = result.costRatio !== null && result.costRatio.ratio > FLAT_COST_LIMIT;
    return failedBuild || (options.strict && notFlat) ? 1 : 0;
  }
  if (options.build && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) throw new Error('npm run build failed');
  const article = loadArticles().find((candidate) => candidate.slug === SLUG);
  if (!article) throw new Error(`the seed article "${SLUG}" is missing from content/articles`);
  // Measure a copy of out/: another build in the same checkout may rewrite out/ while Lighthouse runs.
  const siteRoot = mkdtempSync(join(tmpdir(), 'archive-bench-out-'));
  cpSync('out', siteRoot, { recursive: true });
  const floorRoot = writeFloorSite(article);
  const servers: StaticServer[] = [];
  const chrome = await launchLighthouseChromium();
  try {
    const site = await startStaticServer(siteRoot);
    servers.push(site);
    const floorServer = await startStaticServer(floorRoot);
    servers.push(floorServer);
    // A page's URL on the local server and the file the export wrote for it (`<path>index.html`).
    const exportedPage = (key: Page['key'], path: string): Page => ({ key, url: `${site.url}${path}`, file: join(siteRoot, path, 'index.html') });
    const pages: Page[] = [
      exportedPage('index', indexPath('zh-hant')),
      exportedPage('article', articlePath('zh-hant', SLUG)),
      exportedPage('article-hans', articlePath('zh-hans', SLUG)),
      { key: 'floor', url: `${floorServer.url}/`, file: join(floorRoot, 'index.html') },
    ];
    mkdirSync('.bench', { recursive: true });
    const loadBefore = loadavg()[0]!;
    const samples = await measurePages(pages, options.runs, chrome.port);
    const load = [loadBefore, loadavg()[0]!];
    const results: PageResult[] = pages.map((page) => {
      const pageSamples = samples.get(page.key)!;
      return { ...page, median: medianRow(pageSamples, page.file), samples: pageSamples, failing: tallyFailing(pageSamples) };
    });
    const byKey = new Map(results.map((result) => [result.key, result]));
    const floor = byKey.get('floor')!.median;
    const targets = checkTargets(byKey, floor);
    printReport(results, floor, targets, options.runs, load);
    writeFileSync('.bench/last.json', `${JSON.stringify(toJson(results, floor, targets, options.runs, load), null, 2)}\n`);
    console.log('\nWrote .bench/last.json and .bench/lhr-<page>.json (the last run of each page).');
    return options.strict && targets.some((target) => !target.met) ? 1 : 0;
  } finally {
    chrome.kill();
    await Promise.all(servers.map((server) => server.stop()));
    for (const root of [siteRoot, floorRoot]) rmSync(root, { recursive: true, force: true });
  }
}

process.exitCode = await main();
