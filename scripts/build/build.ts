import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { countDiagnostics, reportDiagnostics } from '../../lib/content/diagnostics';
import { type ArticlesSnapshot, CONTENT_DIR, checkContent } from '../../lib/content/load-articles';
import type { Article } from '../../lib/content/model';
import { type BuildManifest, type BuildReport, describeExport, readManifest, removeManifest, writeManifest } from './build-manifest';
import { computeCodeHash, listBuildUnits, ogUnitKey } from './build-units';
import { listFiles } from './list-files';
import { formatOgSummary, renderOgImages } from './og-images';
import { openParseCache } from './parse-cache';
import { runPostbuild } from './postbuild';
import { precompressFolder } from './precompress';
import { writeSearchFiles } from './search-files';

/**
 * `npm run build`: the whole build in its steps' order (check → next build → postbuild →
 * og-images → search-files → precompress), full or incremental.
 *
 * Full (`--full`, no manifest beside `out/`, or a code, dependency, configuration or SITE_URL
 * change): every step on everything, as before. Incremental: the units whose fingerprint changed
 * (scripts/build/build-units.ts) are rendered by Next into `.out-next/` (each route's static
 * params cut down to them through `ARCHIVE_RENDER_ONLY`), stripped, given their article pages and
 * JSON (written from lib, not by Next), share, script-less pages and cards there, then copied into `out/` where their bytes differ; vanished units' files
 * are deleted; the search index rewrites its changed shards; only written files are compressed
 * again. The manifest (`out.manifest.json`) records what each unit wrote.
 */

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const OUT = 'out';
/**
 * Where `next build` exports (relative: Next's distDir), in both modes: the same configuration
 * keeps Turbopack's build cache valid from one build to the next (measured: a compile after a
 * build with another distDir took 59 s, after one with the same 15 s, on the seed under load 12).
 * A full build then moves it to `out/`; an incremental one merges it into `out/`.
 */
const NEXT_EXPORT = '.out-next';
const SELECTION_FILE = '.out-next.selection.json';
/** The checked articles handed to `next build`'s processes (ARCHIVE_ARTICLES_SNAPSHOT), so none parses them again. */
const SNAPSHOT_FILE = '.out-next.articles.json';
/** Where a full build's cards are drawn beside the post-build step, before they join `out/og/`. */
const CARDS_DIR = '.out-cards';

/**
 * The content check of `npm run check -- --summary`, in this process so the articles are parsed
 * once for every step (and only the files that changed since the last build: the parse cache):
 * the errors listed, the warnings counted; exits 1 on any error. The articles are then written
 * where `next build`'s processes read them.
 */
function checkArticles(): Article[] {
  const cache = openParseCache(ROOT);
  const { articles, diagnostics, files } = checkContent(CONTENT_DIR, { cache });
  cache.prune();
  console.log(`content: ${cache.stats.hits} parse(s) reused, ${cache.stats.misses} parsed`);
  const { errors, warnings } = countDiagnostics(diagnostics);
  const fatal = diagnostics.filter((diagnostic) => diagnostic.fatal);
  if (fatal.length > 0) process.stderr.write(`${reportDiagnostics(fatal)}\n`);
  process.stderr.write(`content: ${files} file(s), ${articles.length} valid, ${errors} error(s), ${warnings} warning(s)${warnings > 0 ? ' (npm run check lists the warnings)' : ''}\n`);
  if (errors > 0) process.exit(1);
  const snapshot: ArticlesSnapshot = { dir: CONTENT_DIR, articles };
  writeFileSync(join(ROOT, SNAPSHOT_FILE), JSON.stringify(snapshot));
  return articles;
}

/** Seconds each step took in this build, in order. */
const steps: Record<string, number> = {};

/** Runs a step and records its seconds. */
async function timed<T>(step: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    steps[step] = Math.round((performance.now() - started) / 100) / 10 + (steps[step] ?? 0);
  }
}

/** Runs a command from node_modules/.bin in the repository, passing its output through; exits with its status on failure. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', command), args, { cwd: ROOT, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`build: ${command} ${args.join(' ')} failed (${result.signal ?? `exit ${result.status}`})`);
    process.exit(result.status ?? 1);
  }
}

/**
 * Draws every card in a child process (scripts/build/og-images.ts, reading the articles snapshot)
 * into CARDS_DIR, while this process runs the post-build step and the search index: each is
 * single-threaded, and the machine has two cores. Resolves when the child is done; rejects on failure.
 */
function drawCardsBeside(): Promise<void> {
  const cards = join(ROOT, CARDS_DIR);
  rmSync(cards, { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/build/og-images.ts', cards], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ARCHIVE_ARTICLES_SNAPSHOT: join(ROOT, SNAPSHOT_FILE) } });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      steps.og = Math.round((performance.now() - started) / 100) / 10;
      if (code === 0) resolve();
      else reject(new Error(`build: og-images failed (${signal ?? `exit ${code}`})`));
    });
  });
}

/** Moves the cards drawn in CARDS_DIR into the export's `og/` folder (Next writes nothing there). */
function moveCardsInto(out: string): void {
  const target = join(out, 'og');
  if (existsSync(target)) throw new Error(`build: ${target} exists before the cards are moved there`);
  renameSync(join(ROOT, CARDS_DIR, 'og'), target);
  rmSync(join(ROOT, CARDS_DIR), { recursive: true, force: true });
}

/** The environment of `next build`: the export folder, and for an incremental build the selection (a full build renders everything). */
function nextEnvironment(selection: string | null): NodeJS.ProcessEnv {
  const { ARCHIVE_RENDER_ONLY: _selection, ...env } = process.env;
  return { ...env, ARCHIVE_EXPORT_DIR: NEXT_EXPORT, ARCHIVE_ARTICLES_SNAPSHOT: join(ROOT, SNAPSHOT_FILE), ...(selection === null ? {} : { ARCHIVE_RENDER_ONLY: selection }) };
}

/** Deletes a file of the export with its compressed copies, and the folders that leaves empty. */
function removeExportFile(outDir: string, file: string): void {
  for (const path of [file, `${file}.gz`, `${file}.br`]) rmSync(join(outDir, path), { force: true });
  let folder = dirname(join(outDir, file));
  while (folder !== outDir && folder.startsWith(outDir) && existsSync(folder) && readdirSync(folder).length === 0) {
    rmdirSync(folder);
    folder = dirname(folder);
  }
}

/** Whether two files hold the same bytes. */
function sameBytes(a: string, b: string): boolean {
  return existsSync(b) && readFileSync(a).equals(readFileSync(b));
}

interface Written {
  written: string[];
  removed: string[];
}

/** Writes the search index; returns the files it wrote and removed. */
function writeSearch(outDir: string, articles: readonly Article[]): Written {
  const search = writeSearchFiles(outDir, articles);
  return { written: search.written, removed: search.removed };
}

/** Writes the compressed copies of the files written (stale copies of a file now too small go). */
async function precompressWritten(outDir: string, written: readonly string[]): Promise<void> {
  for (const file of written) for (const copy of [`${file}.gz`, `${file}.br`]) rmSync(join(outDir, copy), { force: true });
  const report = await precompressFolder(outDir, written);
  console.log(`precompress: ${report.files} files`);
}

/** Writes the search index, then the compressed copies of the files written. */
async function finish(outDir: string, written: Written, articles: readonly Article[]): Promise<void> {
  const search = writeSearch(outDir, articles);
  written.written.push(...search.written);
  written.removed.push(...search.removed);
  await precompressWritten(outDir, written.written);
}

/**
 * Every step on everything. The cards are drawn in a child process while this one strips the
 * pages and writes the search index (both single-threaded, on a 2-core machine), so the steps'
 * seconds overlap: og is the child's wall time.
 */
async function fullBuild(articles: readonly Article[]): Promise<Omit<BuildReport, 'reason' | 'seconds' | 'steps'>> {
  const out = join(ROOT, OUT);
  await timed('next', () => run('next', ['build'], nextEnvironment(null)));
  rmSync(out, { recursive: true, force: true });
  renameSync(join(ROOT, NEXT_EXPORT), out);
  const cards = drawCardsBeside();
  // A failed child must not leave an unhandled rejection while this process still works.
  cards.catch(() => undefined);
  await timed('postbuild', () => runPostbuild(out, articles));
  await timed('search', () => writeSearch(out, articles));
  await timed('og wait', () => cards);
  moveCardsInto(out);
  const files = await listFiles(out);
  await timed('precompress', () => precompressWritten(out, files));
  return { mode: 'full', unitsRendered: 0, unitsRemoved: 0, pagesRendered: files.filter((file) => file.endsWith('.html')).length, filesWritten: files.length, filesRemoved: 0 };
}

/** Renders the changed units into the partial folder and merges them into `out/`; null when only a full build can be trusted. */
async function incrementalBuild(previous: BuildManifest, units: ReadonlyMap<string, string>, articles: readonly Article[]): Promise<Omit<BuildReport, 'reason' | 'seconds' | 'steps'> | null> {
  const changed = [...units].filter(([key, fingerprint]) => previous.units[key]?.fingerprint !== fingerprint).map(([key]) => key);
  const gone = Object.keys(previous.units).filter((key) => !units.has(key));
  console.log(`build: incremental: ${changed.length} of ${units.size} units changed or new, ${gone.length} removed`);

  const partial = join(ROOT, NEXT_EXPORT);
  rmSync(partial, { recursive: true, force: true });
  writeFileSync(join(ROOT, SELECTION_FILE), JSON.stringify({ keys: changed }));
  await timed('next', () => run('next', ['build'], nextEnvironment(join(ROOT, SELECTION_FILE))));

  const changedSet = new Set(changed);
  const strip = await timed('postbuild', () => runPostbuild(partial, articles, changedSet));
  // Which scripts a kept page needs cannot be told from a partial build (postbuild.ts): rebuild all.
  if (strip.kept.length > 0) return null;
  const cardArticles = articles.filter((article) => changedSet.has(ogUnitKey(article.slug)));
  if (cardArticles.length > 0) {
    const og = await timed('og', () => renderOgImages(partial, { articles: cardArticles }));
    for (const warning of og.warnings) console.warn(warning);
    console.log(formatOgSummary(og, partial));
  }

  const mergeStarted = performance.now();
  const out = join(ROOT, OUT);
  const rendered = await listFiles(partial);
  const written: Written = { written: [], removed: [] };
  for (const file of rendered) {
    const target = join(out, file);
    if (sameBytes(join(partial, file), target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(partial, file), target);
    written.written.push(file);
  }
  const renderedSet = new Set(rendered);
  const stale = [...changed, ...gone].flatMap((key) => previous.units[key]?.files ?? []);
  for (const file of [...stale, ...previous.always]) {
    if (renderedSet.has(file) || !existsSync(join(out, file))) continue;
    removeExportFile(out, file);
    written.removed.push(file);
  }
  steps.merge = Math.round((performance.now() - mergeStarted) / 100) / 10;
  await timed('search+precompress', () => finish(out, written, articles));
  rmSync(partial, { recursive: true, force: true });
  rmSync(join(ROOT, SELECTION_FILE), { force: true });
  return {
    mode: 'incremental',
    unitsRendered: changed.length,
    unitsRemoved: gone.length,
    pagesRendered: rendered.filter((file) => file.endsWith('.html')).length,
    filesWritten: written.written.length,
    filesRemoved: written.removed.length,
  };
}

/** The reason a build must be full, or null when the export and its manifest can be brought up to date. */
function fullBuildReason(full: boolean, previous: BuildManifest | null, codeHash: string): string | null {
  if (full) return '--full';
  if (previous === null) return `no build manifest beside ${OUT}/`;
  if (!existsSync(join(ROOT, OUT))) return `no ${OUT}/`;
  if (previous.codeHash !== codeHash) return 'code, dependencies, configuration or SITE_URL changed';
  return null;
}

/** Builds the site; returns what it did (also saved in the manifest). */
export async function build({ full = false }: { full?: boolean } = {}): Promise<BuildReport> {
  const started = performance.now();
  const articles = await timed('check', checkArticles);
  const codeHash = await timed('units', () => computeCodeHash(ROOT));
  const units = await timed('units', () => listBuildUnits(articles));
  const previous = readManifest(join(ROOT, OUT));
  let reason = fullBuildReason(full, previous, codeHash);
  // A build cut short leaves no manifest, so the next one starts over.
  removeManifest(join(ROOT, OUT));
  let result = reason === null && previous ? await incrementalBuild(previous, units, articles) : null;
  if (result === null) {
    reason ??= 'a page kept the runtime';
    console.log(`build: full (${reason})`);
    result = await fullBuild(articles);
    result.unitsRendered = units.size;
  }
  rmSync(join(ROOT, SNAPSHOT_FILE), { force: true });
  const report: BuildReport = { ...result, reason, seconds: Math.round((performance.now() - started) / 100) / 10, steps };
  writeManifest(join(ROOT, OUT), describeExport(await listFiles(join(ROOT, OUT)), codeHash, units, report));
  console.log(`build: ${report.mode}${reason ? ` (${reason})` : ''} in ${report.seconds} s: ${report.unitsRendered} units rendered, ${report.unitsRemoved} removed; ${report.pagesRendered} HTML files rendered, ${report.filesWritten} files written, ${report.filesRemoved} removed`);
  console.log(`build: seconds per step: ${Object.entries(steps).map(([step, seconds]) => `${step} ${seconds}`).join(', ')}`);
  return report;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { full: { type: 'boolean', default: false } } });
  await build({ full: values.full });
}
