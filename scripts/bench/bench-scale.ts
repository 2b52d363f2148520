import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, cpSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { convertArticle, createTextConverter } from '../../lib/content/convert';
import type { Article } from '../../lib/content/model';
import { parseArticle } from '../../lib/content/parse-article';
import { generateSyntheticArticles, writeSyntheticArticles } from './synthetic-articles';

/**
 * `tsx scripts/bench/bench-scale.ts --articles 1000,10000`: for each N, generates N synthetic
 * articles (scripts/bench/synthetic-articles) into a temporary content folder, measures parse and
 * conversion throughput, then runs what `npm run build -- --full` runs (the orchestrator,
 * scripts/build/build.ts, with its one parse and its articles snapshot) in a temporary copy of the
 * repository (so the checkout's `out/` and `.next/` are never touched), and prints one table: the
 * build's wall and CPU time, peak memory of its process tree, seconds per step (from the build's
 * manifest), Next's phases and pages a minute, pages and bytes in the export, search index bytes,
 * and how the build cost per article grows from the smaller N to the largest.
 */

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** What a build copy needs from the checkout (tests, content and tooling folders stay behind). */
const COPIED = ['app/', 'lib/', 'public/', 'scripts/', 'package.json', 'package-lock.json', 'next.config.ts', 'next-env.d.ts', 'tsconfig.json', 'tsconfig.app.json'];

/** Per-article build cost may grow at most this much from the smaller N to the largest (issue 12). */
export const FLAT_COST_LIMIT = 1.2;

/** 10,000 articles build in at most this many minutes on 2 cores (issue 12). */
export const BUILD_MINUTES_LIMIT = 30;

/** Peak resident memory of the build's process tree (issue 12). */
export const PEAK_RSS_LIMIT = 6e9;

/** No listing page (index, tags, outlets, timeline, people) may be larger than this, in bytes of HTML (issue 12). */
export const LISTING_PAGE_LIMIT = 150_000;

/** The page kinds that list articles, events or people and so could grow with the archive. */
const LISTING_KINDS = ['index', 'tags', 'outlets', 'timeline', 'people', 'search'];

export interface ScaleBenchOptions {
  /** Generator seed (default 1). */
  seed?: number;
  /** Where the per-N work folders go (default the OS temp folder; on the checkout's file system). */
  workRoot?: string;
  /** Keep the work folders (content, build copy, logs) instead of deleting them. */
  keep?: boolean;
  /** Build the site (default true); false measures parse and conversion only. */
  build?: boolean;
  /** Give up on a build step after this many minutes (default 90). */
  timeoutMinutes?: number;
  /** Progress lines (default: stderr). */
  log?: (line: string) => void;
  /** Where the finished table goes (default: stdout); null prints nothing. */
  print?: ((report: string) => void) | null;
  /** Where the result is saved as JSON (default `.bench/scale.json`); null saves nothing. */
  jsonFile?: string | null;
}

export interface StepResult {
  ok: boolean;
  /** Wall time. */
  ms: number;
  /** Peak of the summed resident memory of the step's process tree. */
  peakRssBytes: number;
  /** Largest resident memory of any single process of the tree (`/usr/bin/time`'s maximum). */
  maxProcessRssBytes: number | null;
  /** User + system CPU time of the tree (`/usr/bin/time`): steadier than wall time on a busy machine. */
  cpuMs: number | null;
  /** Why it failed, when it did (exit code, signal or timeout). */
  failure?: string;
  /** The machine's one-minute load average when the step started, its highest while it ran, and when it ended. */
  load?: { start: number; max: number; end: number };
  /** The step's output, in the work folder. */
  logFile: string;
}

export interface ExportSummary {
  pages: number;
  /** Files and bytes of the export itself, not counting the precompressed `.gz`/`.br` copies. */
  files: number;
  bytes: number;
  /** The precompressed copies `npm run build` writes beside each text file. */
  precompressedBytes: number;
  precompressedFiles: number;
  /** The largest page of each kind, in bytes of HTML, and where it is (listing pages must stay under LISTING_PAGE_LIMIT). */
  largestByKind: Record<string, { path: string; bytes: number }>;
  htmlBytes: number;
  /** Pages by kind (article, share, scriptless, index, tags, outlets, timeline, search, other): count and bytes. */
  pagesByKind: Record<string, number>;
  bytesByKind: Record<string, number>;
  /** Files named like a search index, with their sizes; empty when the export has none. */
  searchFiles: { path: string; bytes: number }[];
}

export interface ScaleRow {
  articles: number;
  /** Characters of body text per article, on average. */
  charsPerArticle: number;
  parsePerSecond: number;
  /** Conversion of every article to the other script, converters already built. */
  convertPerSecond: number;
  /** The same per second of CPU time (steadier than wall time when other work shares the cores). */
  parsePerCpuSecond: number;
  convertPerCpuSecond: number;
  /** Building both opencc converters (the cn→tw trie), once per process. */
  converterSetupMs: number;
  /** The whole `npm run build -- --full` (scripts/build/build.ts): wall, CPU and peak memory of its process tree. */
  build?: StepResult;
  /** Seconds of each of the build's steps, as its manifest records them (check, units, next, postbuild, og, search+precompress…). */
  steps?: Record<string, number>;
  /** Phases Next reports (compile, type check, static generation), from its trace. */
  nextPhases?: Record<string, number>;
  /** Pages and route files `next build` generated (its "Generating static pages (n/n)" line). */
  nextPages?: number;
  /** Build wall time (the same as build.ms, kept for the cost ratio). */
  totalBuildMs?: number;
  /** Build CPU time of the process tree. */
  totalBuildCpuMs?: number;
  export?: ExportSummary;
  workDir: string;
}

export interface ScaleBenchResult {
  rows: ScaleRow[];
  /** Per-article total build cost at the largest N over that at the next smaller N (≥ 100 when there is one). */
  costRatio: { from: number; to: number; ratio: number; marginalRatio: number | null; cpuRatio: number | null; cpuMarginalRatio: number | null } | null;
  load: number[];
  cores: number;
}

/** Reads `10,100,1000` into counts. */
export function parseArticleCounts(value: string): number[] {
  const counts = value.split(',').map((part) => Number(part.trim()));
  if (counts.length === 0 || counts.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--articles must be whole numbers ≥ 1 separated by commas, got "${value}"`);
  return counts;
}

/** Milliseconds of user + system CPU time. */
function cpuMillis(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

/** Measures parse and conversion throughput of the files in `dir`, in this process. */
export function measureThroughput(dir: string): Pick<ScaleRow, 'parsePerSecond' | 'convertPerSecond' | 'parsePerCpuSecond' | 'convertPerCpuSecond' | 'converterSetupMs' | 'charsPerArticle'> {
  const files = readdirSync(dir).filter((name) => name.endsWith('.md')).sort().map((name) => ({ path: join(dir, name), bytes: readFileSync(join(dir, name)) }));
  // Warm up (module initialisation, JIT) on the first file, so small N measure throughput, not start-up.
  if (files[0]) parseArticle(files[0].path, files[0].bytes);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const articles: Article[] = [];
  for (const file of files) {
    const result = parseArticle(file.path, file.bytes);
    if (!result.ok) throw new Error(`${file.path} does not parse: ${result.diagnostics.map((d) => d.message).join('; ')}`);
    articles.push(result.article);
  }
  const parseMs = performance.now() - started;
  const parseCpuMs = cpuMillis(process.cpuUsage(cpuStarted));
  const setupStarted = performance.now();
  createTextConverter('zh-Hant', 'zh-Hans')('設定');
  createTextConverter('zh-Hans', 'zh-Hant')('设定');
  const converterSetupMs = performance.now() - setupStarted;
  const convertStarted = performance.now();
  const convertCpuStarted = process.cpuUsage();
  for (const article of articles) convertArticle(article, article.language === 'zh-Hant' ? 'zh-Hans' : 'zh-Hant');
  const convertMs = performance.now() - convertStarted;
  const convertCpuMs = cpuMillis(process.cpuUsage(convertCpuStarted));
  const chars = articles.reduce((total, article) => total + article.sections.reduce((n, s) => n + s.paragraphs.reduce((m, p) => m + p.text.length, 0), 0), 0);
  return {
    parsePerSecond: articles.length / (parseMs / 1000),
    convertPerSecond: articles.length / (convertMs / 1000),
    parsePerCpuSecond: articles.length / (parseCpuMs / 1000),
    convertPerCpuSecond: articles.length / (convertCpuMs / 1000),
    converterSetupMs,
    charsPerArticle: chars / Math.max(1, articles.length),
  };
}

/** Measures throughput in a fresh process, so conversion caches of an earlier N do not flatter a later one. */
function measureThroughputFresh(dir: string): ReturnType<typeof measureThroughput> {
  const result = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--throughput', dir], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`throughput measurement failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!);
}

/**
 * Copies what a build needs from the checkout into `dir`, as the working tree has it now.
 * node_modules is hard-linked (same file system, under a second): Turbopack refuses a symlinked
 * node_modules that points outside the project ("Could not find the Next.js package").
 */
function copyRepository(dir: string): void {
  const listed = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  const files = listed.stdout.split('\0').filter((file) => file !== '' && COPIED.some((entry) => (entry.endsWith('/') ? file.startsWith(entry) : file === entry)));
  for (const file of files) {
    const from = join(REPO, file);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(from, join(dir, file));
  }
  const linked = spawnSync('cp', ['-al', join(REPO, 'node_modules'), join(dir, 'node_modules')], { encoding: 'utf8' });
  if (linked.status !== 0) throw new Error(`hard-linking node_modules failed (is the work folder on another file system?): ${linked.stderr}`);
}

/** The process ids below `root` (itself included), from /proc. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (ppid) follows the command name, which is in parentheses and may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Summed resident memory of a process tree, in bytes. */
function treeRss(root: number): number {
  let total = 0;
  for (const pid of processTree(root)) {
    try {
      const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
      total += pages * 4096;
    } catch {
      // gone
    }
  }
  return total;
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs one build step in `cwd`, timing it, sampling its memory and writing its output to `logFile`. */
async function runStep(command: string[], cwd: string, env: NodeJS.ProcessEnv, logFile: string, timeoutMinutes: number): Promise<StepResult> {
  const timeFile = `${logFile}.time`;
  const argv = TIME ? [TIME, '-v', '-o', timeFile, ...command] : command;
  const log = createWriteStream(logFile);
  const started = performance.now();
  const load = { start: loadavg()[0]!, max: loadavg()[0]!, end: 0 };
  const child = spawn(argv[0]!, argv.slice(1), { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let peakRssBytes = 0;
  const sampler = setInterval(() => {
    if (child.pid !== undefined) peakRssBytes = Math.max(peakRssBytes, treeRss(child.pid));
    load.max = Math.max(load.max, loadavg()[0]!);
  }, 200);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }, timeoutMinutes * 60_000);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (c, s) => resolve({ code: c, signal: s })));
  const ms = performance.now() - started;
  load.end = loadavg()[0]!;
  clearInterval(sampler);
  clearTimeout(timer);
  await new Promise<void>((resolve) => log.end(resolve));
  const timeText = existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
  const maxKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(timeText)?.[1];
  const user = /User time \(seconds\): ([0-9.]+)/.exec(timeText)?.[1];
  const system = /System time \(seconds\): ([0-9.]+)/.exec(timeText)?.[1];
  const cpuMs = user && system ? (Number(user) + Number(system)) * 1000 : null;
  const ok = code === 0 && !timedOut;
  const failure = timedOut ? `timed out after ${timeoutMinutes} min` : ok ? undefined : `exit ${code ?? signal}`;
  return { ok, ms, peakRssBytes, maxProcessRssBytes: maxKb ? Number(maxKb) * 1024 : null, cpuMs, logFile, load, ...(failure ? { failure } : {}) };
}

/**
 * The top-level phases of `next build` from its trace (`.next/trace`, one JSON array per line):
 * run-turbopack (compile), turbopack-persistence (writing its cache), run-typescript, static-check
 * ("Collecting page data": every route's generateStaticParams), static-generation (rendering
 * every page), output-export-full-static-export (copying to out/).
 */
export function readNextPhases(traceFile: string): Record<string, number> {
  const phases: Record<string, number> = {};
  if (!existsSync(traceFile)) return phases;
  for (const line of readFileSync(traceFile, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    for (const event of JSON.parse(line) as { name: string; duration: number; parentId?: number }[]) {
      if (event.parentId === 1) phases[event.name] = (phases[event.name] ?? 0) + event.duration / 1000;
    }
  }
  return phases;
}

/** The kind of an exported page, by its path. */
export function pageKind(path: string): string {
  if (/^zh-han[st]\/articles\/[^/]+\/s\/[^/]+\/index\.html$/.test(path)) return 'share';
  if (/^zh-han[st]\/articles\/[^/]+\/index\.html$/.test(path)) return 'article';
  if (/^articles\/[^/]+\/index\.html$/.test(path)) return 'scriptless';
  if (/^zh-han[st]\/(?:index\.html|page\/)/.test(path)) return 'index';
  const browse = /^zh-han[st]\/(tags|outlets|timeline|people|search)\//.exec(path)?.[1];
  return browse ?? 'other';
}

/** Counts pages and bytes of an export and finds its search index files. */
export function summarizeExport(outDir: string): ExportSummary {
  const files = (readdirSync(outDir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  const summary: ExportSummary = { pages: 0, files: 0, bytes: 0, precompressedBytes: 0, precompressedFiles: 0, largestByKind: {}, htmlBytes: 0, pagesByKind: {}, bytesByKind: {}, searchFiles: [] };
  for (const file of files) {
    const bytes = statSync(join(outDir, file)).size;
    if (/\.(gz|br)$/.test(file)) {
      summary.precompressedBytes += bytes;
      summary.precompressedFiles += 1;
      continue;
    }
    summary.files += 1;
    summary.bytes += bytes;
    if (file.endsWith('.html')) {
      summary.pages += 1;
      summary.htmlBytes += bytes;
      const kind = pageKind(file);
      summary.pagesByKind[kind] = (summary.pagesByKind[kind] ?? 0) + 1;
      summary.bytesByKind[kind] = (summary.bytesByKind[kind] ?? 0) + bytes;
      if (bytes > (summary.largestByKind[kind]?.bytes ?? -1)) summary.largestByKind[kind] = { path: file, bytes };
    }
    // Search data: JSON under a search folder or named search*, and any *index*.json (listed, not all search).
    if (/\.json$/.test(file) && (/(^|\/)search[^/]*$/.test(file) || /(^|\/)search\//.test(file) || /(^|\/)[^/]*index[^/]*\.json$/.test(file))) {
      summary.searchFiles.push({ path: file, bytes });
    }
  }
  return summary;
}

/** Search index bytes: files under a `search` path (the open-data `data/…/index.json` is not search). */
function searchIndexBytes(summary: ExportSummary): number | null {
  const files = summary.searchFiles.filter((file) => /search/.test(file.path));
  return files.length > 0 ? files.reduce((total, file) => total + file.bytes, 0) : null;
}

/** The seconds per step the build recorded in its manifest (`out.manifest.json`), or undefined without one. */
export function readBuildSteps(manifestFile: string): Record<string, number> | undefined {
  if (!existsSync(manifestFile)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { build?: { steps?: Record<string, number> } };
  return manifest.build?.steps;
}

/** How many pages and route files `next build` says it generated, from its log, or undefined. */
export function readNextPageCount(log: string): number | undefined {
  const counts = [...log.matchAll(/Generating static pages[^(\n]*\((\d+)\/(\d+)\)/g)].map((match) => Number(match[2]));
  return counts.at(-1);
}

/**
 * Builds the site for the content in `contentDir` as `npm run build -- --full` does (one process
 * tree: the orchestrator, `next build` and its workers), in a copy of the repository at `siteDir`.
 */
async function buildSite(
  siteDir: string,
  contentDir: string,
  options: Required<Pick<ScaleBenchOptions, 'timeoutMinutes' | 'log'>>,
): Promise<Pick<ScaleRow, 'build' | 'steps' | 'nextPhases' | 'nextPages' | 'totalBuildMs' | 'totalBuildCpuMs' | 'export'>> {
  copyRepository(siteDir);
  const env: NodeJS.ProcessEnv = { ...process.env, ARCHIVE_CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' };
  delete env.SITE_URL; // the default origin, as `npm run build` has it
  for (const name of ['ARCHIVE_ARTICLES_SNAPSHOT', 'ARCHIVE_RENDER_ONLY', 'ARCHIVE_EXPORT_DIR']) delete env[name];
  const logFile = join(dirname(siteDir), 'build.log');
  options.log(`  npm run build -- --full in ${siteDir} …`);
  const build = await runStep([join(siteDir, 'node_modules', '.bin', 'tsx'), 'scripts/build/build.ts', '--full'], siteDir, env, logFile, options.timeoutMinutes);
  const steps = readBuildSteps(join(siteDir, 'out.manifest.json'));
  const nextPhases = readNextPhases(join(siteDir, '.next', 'trace'));
  const nextPages = readNextPageCount(readFileSync(logFile, 'utf8'));
  options.log(`  build: ${build.ok ? 'ok' : build.failure} in ${(build.ms / 1000).toFixed(1)} s${steps ? ` (${formatSteps(steps)})` : ''}`);
  return {
    build,
    ...(steps ? { steps } : {}),
    nextPhases,
    ...(nextPages === undefined ? {} : { nextPages }),
    ...(build.ok ? { totalBuildMs: build.ms, ...(build.cpuMs === null ? {} : { totalBuildCpuMs: build.cpuMs }) } : {}),
    ...(build.ok ? { export: summarizeExport(join(siteDir, 'out')) } : {}),
  };
}

/** `check 1.2 s, next 100.0 s, …`. */
function formatSteps(steps: Record<string, number>): string {
  return Object.entries(steps).map(([step, secondsOf]) => `${step} ${secondsOf.toFixed(1)} s`).join(', ');
}

/**
 * Generates, measures and (unless told not to) builds for every count; reports progress through
 * `log`, prints the table and saves the result as JSON (see the options).
 */
export async function runScaleBench(counts: number[], options: ScaleBenchOptions = {}): Promise<ScaleBenchResult> {
  const log = options.log ?? ((line: string) => console.error(line));
  const settings = { timeoutMinutes: options.timeoutMinutes ?? 90, log };
  const loadBefore = loadavg()[0]!;
  const rows: ScaleRow[] = [];
  for (const count of counts) {
    const workRoot = options.workRoot ?? tmpdir();
    mkdirSync(workRoot, { recursive: true });
    const workDir = mkdtempSync(join(workRoot, `scale-${count}-`));
    const contentDir = join(workDir, 'content', 'articles');
    log(`N = ${count}: generating into ${contentDir}`);
    writeSyntheticArticles(contentDir, generateSyntheticArticles(count, { seed: options.seed ?? 1 }));
    const throughput = measureThroughputFresh(contentDir);
    log(`  parse ${throughput.parsePerSecond.toFixed(0)}/s, convert ${throughput.convertPerSecond.toFixed(0)}/s`);
    const row: ScaleRow = { articles: count, ...throughput, workDir };
    if (options.build ?? true) Object.assign(row, await buildSite(join(workDir, 'site'), contentDir, settings));
    rows.push(row);
    if (!options.keep) {
      // Keep the logs of a failed build: they say why.
      if (row.build && !row.build.ok) log(`  build failed; kept ${workDir}`);
      else rmSync(workDir, { recursive: true, force: true });
    }
  }
  const result: ScaleBenchResult = { rows, costRatio: computeCostRatio(rows), load: [loadBefore, loadavg()[0]!], cores: availableParallelism() };
  const print = options.print === undefined ? (report: string) => console.log(report) : options.print;
  print?.(`\n${formatScaleReport(result)}`);
  const jsonFile = options.jsonFile === undefined ? join(REPO, '.bench', 'scale.json') : options.jsonFile;
  if (jsonFile !== null) {
    mkdirSync(dirname(jsonFile), { recursive: true });
    writeFileSync(jsonFile, `${JSON.stringify(result, null, 2)}\n`);
    log(`wrote ${jsonFile}`);
  }
  return result;
}

/**
 * Per-article build cost at the largest N over the next smaller N of at least 100 (the fixed cost
 * of compiling dominates below that). The marginal ratio takes the smallest N's time as that fixed
 * cost: ((T_big − T_small) / (N_big − N_small)) / ((T_mid − T_small) / (N_mid − N_small)).
 */
export function computeCostRatio(rows: ScaleRow[]): ScaleBenchResult['costRatio'] {
  const built = rows.filter((row) => row.totalBuildMs !== undefined && row.build?.ok).sort((a, b) => a.articles - b.articles);
  if (built.length < 2) return null;
  const to = built.at(-1)!;
  const candidates = built.slice(0, -1);
  const from = candidates.filter((row) => row.articles >= 100).at(-1) ?? candidates.at(-1)!;
  const smallest = built[0]!;
  const ratios = (total: (row: ScaleRow) => number | undefined) => {
    const [a, b, c] = [total(smallest), total(from), total(to)];
    if (a === undefined || b === undefined || c === undefined) return { ratio: null, marginalRatio: null };
    const marginal = (t: number, n: number) => (t - a) / (n - smallest.articles);
    return {
      ratio: c / to.articles / (b / from.articles),
      marginalRatio: from !== smallest ? marginal(c, to.articles) / marginal(b, from.articles) : null,
    };
  };
  const wall = ratios((row) => row.totalBuildMs);
  const cpu = ratios((row) => row.totalBuildCpuMs);
  return { from: from.articles, to: to.articles, ratio: wall.ratio!, marginalRatio: wall.marginalRatio, cpuRatio: cpu.ratio, cpuMarginalRatio: cpu.marginalRatio };
}

const seconds = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const megabytes = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? '–' : `${(bytes / 1e6).toFixed(1)} MB`);
const stepCell = (step: StepResult | undefined) => (step === undefined ? '–' : step.ok ? seconds(step.ms) : `FAILED (${step.failure})`);

/** The index files by name up to a dozen; past that (the search shards) their count, total and largest. */
function formatIndexFiles(files: readonly { path: string; bytes: number }[]): string {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  if (files.length <= 12) return files.map((file) => `${file.path} ${kB(file.bytes)}`).join(', ');
  const largest = files.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return `${files.length} files, ${kB(files.reduce((total, file) => total + file.bytes, 0))} in all, the largest ${largest.path} ${kB(largest.bytes)}`;
}

/** Pages a minute of Next's static generation, or undefined when either figure is missing. */
export function pagesPerMinute(row: Pick<ScaleRow, 'nextPages' | 'nextPhases'>): number | undefined {
  const ms = row.nextPhases?.['static-generation'];
  return row.nextPages === undefined || !ms ? undefined : row.nextPages / (ms / 60_000);
}

/** Renders the result as one plain-text table and the cost-ratio verdict. */
export function formatScaleReport(result: ScaleBenchResult): string {
  const header = ['N', 'parse/s (CPU)', 'convert/s (CPU)', 'build wall', 'build CPU', 'peak RSS tree / 1 proc', 'load start/max/end', 'wall s/art', 'CPU s/art', 'next pages', 'static gen', 'pages/min', 'export pages', 'export', 'search index'];
  const rows = result.rows.map((row) => {
    const staticGen = row.nextPhases?.['static-generation'];
    const search = row.export ? searchIndexBytes(row.export) : undefined;
    const rate = pagesPerMinute(row);
    return [
      String(row.articles),
      `${row.parsePerSecond.toFixed(0)} (${row.parsePerCpuSecond?.toFixed(0) ?? '–'})`,
      `${row.convertPerSecond.toFixed(0)} (${row.convertPerCpuSecond?.toFixed(0) ?? '–'})`,
      stepCell(row.build),
      seconds(row.totalBuildCpuMs),
      row.build ? `${megabytes(row.build.peakRssBytes)} / ${megabytes(row.build.maxProcessRssBytes)}` : '–',
      row.build?.load ? `${row.build.load.start.toFixed(1)}/${row.build.load.max.toFixed(1)}/${row.build.load.end.toFixed(1)}` : '–',
      row.totalBuildMs === undefined ? '–' : (row.totalBuildMs / 1000 / row.articles).toFixed(3),
      row.totalBuildCpuMs === undefined ? '–' : (row.totalBuildCpuMs / 1000 / row.articles).toFixed(3),
      row.nextPages === undefined ? '–' : String(row.nextPages),
      seconds(staticGen),
      rate === undefined ? '–' : rate.toFixed(0),
      row.export ? String(row.export.pages) : '–',
      row.export ? `${megabytes(row.export.bytes)} (+${megabytes(row.export.precompressedBytes)} .gz/.br)` : '–',
      row.export === undefined ? '–' : search === null ? 'not yet' : `${((search ?? 0) / 1000).toFixed(1)} kB`,
    ];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((cells) => cells[i]!.length)));
  const table = [header, ...rows].map((cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
  const lines = [`Scale bench on ${result.cores} cores (load ${result.load.map((x) => x.toFixed(1)).join(' → ')}); build = npm run build -- --full (scripts/build/build.ts: check, next build, postbuild, cards, search, precompress)`, '', table, ''];
  for (const row of result.rows) {
    if (row.steps) lines.push(`N = ${row.articles}: seconds per step: ${formatSteps(row.steps)}`);
    if (!row.export) continue;
    const kinds = Object.entries(row.export.pagesByKind).map(([kind, n]) => `${kind} ${n} (${megabytes(row.export!.bytesByKind?.[kind])})`).join(', ');
    const phases = Object.entries(row.nextPhases ?? {}).filter(([, ms]) => ms >= 100).map(([name, ms]) => `${name} ${seconds(ms)}`).join('; ');
    lines.push(`N = ${row.articles}: ${row.charsPerArticle.toFixed(0)} chars/article; pages: ${kinds}; HTML ${megabytes(row.export.htmlBytes)} of ${row.export.files} files; next: ${phases}`);
    const n = row.articles;
    const perArticle = (value: number) => (value / n).toFixed(1);
    lines.push(
      `  per article: ${perArticle(row.export.files)} files, ${(row.export.bytes / n / 1000).toFixed(1)} kB without compressed copies; ` +
        `${perArticle(row.export.files + (row.export.precompressedFiles ?? 0))} files, ${((row.export.bytes + row.export.precompressedBytes) / n / 1000).toFixed(1)} kB with the .gz/.br copies ` +
        `(whole export: ${row.export.files} files, ${row.export.files + (row.export.precompressedFiles ?? 0)} with copies)`,
    );
    const largest = LISTING_KINDS.flatMap((kind) => {
      const page = row.export!.largestByKind?.[kind];
      return page ? [`${kind} ${(page.bytes / 1000).toFixed(1)} kB${page.bytes > LISTING_PAGE_LIMIT ? ' (OVER)' : ''}`] : [];
    });
    if (largest.length > 0) lines.push(`  largest listing page by kind (limit ${LISTING_PAGE_LIMIT / 1000} kB): ${largest.join(', ')}`);
    if (row.export.searchFiles.length > 0) lines.push(`  index files: ${formatIndexFiles(row.export.searchFiles)}`);
  }
  const ratio = result.costRatio;
  if (ratio) {
    const verdict = (value: number | null) => (value === null ? '–' : `${value.toFixed(2)}× (${value <= FLAT_COST_LIMIT ? 'flat' : 'NOT FLAT'})`);
    lines.push(
      '',
      `Build cost per article, N = ${ratio.to} vs N = ${ratio.from} (limit ${FLAT_COST_LIMIT}×): wall ${verdict(ratio.ratio)}, CPU ${verdict(ratio.cpuRatio)}`,
      `  marginal (the smallest N's time taken as fixed cost): wall ${verdict(ratio.marginalRatio)}, CPU ${verdict(ratio.cpuMarginalRatio)}`,
    );
  }
  const largest = result.rows.filter((row) => row.build?.ok).at(-1);
  if (largest?.build) {
    const minutes = largest.build.ms / 60_000;
    lines.push(
      `Targets at N = ${largest.articles}: build ${minutes.toFixed(1)} min${largest.articles >= 10_000 ? ` (limit ${BUILD_MINUTES_LIMIT} min at 10,000: ${minutes <= BUILD_MINUTES_LIMIT ? 'met' : 'NOT MET'})` : ''}; ` +
        `peak RSS of the process tree ${megabytes(largest.build.peakRssBytes)} (limit ${PEAK_RSS_LIMIT / 1e9} GB: ${largest.build.peakRssBytes <= PEAK_RSS_LIMIT ? 'met' : 'NOT MET'})`,
    );
  }
  const failed = result.rows.filter((row) => row.build && !row.build.ok);
  for (const row of failed) lines.push(`N = ${row.articles}: build ${row.build!.failure}; log: ${row.build!.logFile}`);
  return lines.join('\n');
}

/** Reads the command line. */
function readOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string', default: '10,100,1000' },
      seed: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      'timeout-min': { type: 'string', default: '90' },
      throughput: { type: 'string' },
      report: { type: 'string' },
      json: { type: 'string', default: join(REPO, '.bench', 'scale.json') },
    },
  });
  return values;
}

async function main(): Promise<number> {
  const values = readOptions(process.argv.slice(2));
  if (values.throughput) {
    // Child mode (see measureThroughputFresh): one JSON line on stdout.
    console.log(JSON.stringify(measureThroughput(values.throughput)));
    return 0;
  }
  if (values.report) {
    // Re-prints a saved result (e.g. .bench/scale.json) with the current table layout.
    const saved = JSON.parse(readFileSync(values.report, 'utf8')) as ScaleBenchResult;
    console.log(formatScaleReport({ ...saved, costRatio: computeCostRatio(saved.rows) }));
    return 0;
  }
  const result = await runScaleBench(parseArticleCounts(values.articles), {
    seed: Number(values.seed),
    keep: values.keep,
    build: !values['no-build'],
    timeoutMinutes: Number(values['timeout-min']),
    jsonFile: values.json,
  });
  return result.rows.some((row) => row.build && !row.build.ok) ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
