import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BuildManifestSchema, type BuildReport } from '../build/build-manifest';
import { generateSyntheticArticles, writeSyntheticArticles } from './synthetic-articles';

/**
 * `tsx scripts/bench/bench-incremental.ts --articles 1000`: builds N synthetic articles fully in a
 * copy of the repository (under `.tmp/`, so node_modules can be hard-linked and the checkout's
 * `out/` is never touched), then adds one article, changes one (its title) and removes one, timing
 * `npm run build` (scripts/build/build.ts) after each, with the load average. Saves
 * `.bench/incremental.json`.
 */

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const COPIED = ['app', 'lib', 'public', 'scripts', 'package.json', 'package-lock.json', 'next.config.ts', 'tsconfig.json', 'tsconfig.app.json'];

interface StepTiming {
  step: string;
  wallSeconds: number;
  loadBefore: number;
  loadAfter: number;
  report: BuildReport;
}

function copyRepository(into: string): void {
  for (const path of COPIED) cpSync(join(REPO, path), join(into, path), { recursive: true });
  const linked = spawnSync('cp', ['-al', join(REPO, 'node_modules'), join(into, 'node_modules')], { encoding: 'utf8' });
  if (linked.status !== 0) throw new Error(`hard-linking node_modules failed: ${linked.stderr}`);
}

function timeBuild(site: string, step: string, log: string, args: string[] = []): StepTiming {
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const result = spawnSync(join(site, 'node_modules', '.bin', 'tsx'), ['scripts/build/build.ts', ...args], { cwd: site, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallSeconds = (performance.now() - started) / 1000;
  writeFileSync(join(log, `${step}.log`), `${result.stdout}\n${result.stderr}`);
  if (result.status !== 0) throw new Error(`${step}: build failed, see ${join(log, `${step}.log`)}`);
  const { build } = BuildManifestSchema.parse(JSON.parse(readFileSync(join(site, 'out.manifest.json'), 'utf8')));
  const timing = { step, wallSeconds, loadBefore, loadAfter: loadavg()[0]!, report: build };
  console.error(`${step}: ${wallSeconds.toFixed(1)} s (load ${timing.loadBefore.toFixed(1)} → ${timing.loadAfter.toFixed(1)}): ${JSON.stringify(build)}`);
  return timing;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } } });
  const count = Number(values.articles);
  // Outside the repository (a copy inside it makes Turbopack take the checkout for the workspace root).
  const work = mkdtempSync(join(tmpdir(), 'bench-incremental-'));
  const site = join(work, 'site');
  copyRepository(site);
  const articlesDir = join(site, 'content', 'articles');
  // N published articles (in published-ids.txt), one more to add later; the last published one is
  // removed from the manifest so it may be removed (a published article may not disappear).
  const generated = generateSyntheticArticles(count + 1, { seed: 1 });
  const [toAdd] = generated.splice(count, 1);
  const toRemove = generated.find((article) => article.tags.length > 0)!;
  writeSyntheticArticles(articlesDir, generated.filter((article) => article !== toRemove));
  writeFileSync(join(articlesDir, toRemove.fileName), toRemove.markdown);
  const toChange = generated.find((article) => article !== toRemove && article.language === 'zh-Hant' && article.tags.length > 0)!;

  const timings: StepTiming[] = [timeBuild(site, 'full', work)];
  writeFileSync(join(articlesDir, toAdd!.fileName), toAdd!.markdown);
  timings.push(timeBuild(site, 'add-one', work));
  writeFileSync(join(articlesDir, toChange.fileName), toChange.markdown.replace(/^title: .*$/m, 'title: 測試標題：增量建置'));
  timings.push(timeBuild(site, 'change-one', work));
  rmSync(join(articlesDir, toRemove.fileName));
  timings.push(timeBuild(site, 'remove-one', work));

  const lines = [`incremental builds at ${count} articles (2 cores; load average = 1-minute, before → after)`, '| step | wall | units rendered | HTML rendered | files written / removed | load |', '| --- | --- | --- | --- | --- | --- |'];
  for (const { step, wallSeconds, loadBefore, loadAfter, report } of timings) {
    lines.push(`| ${step} | ${wallSeconds.toFixed(1)} s | ${report.unitsRendered} | ${report.pagesRendered} | ${report.filesWritten} / ${report.filesRemoved} | ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} |`);
  }
  console.log(lines.join('\n'));
  mkdirSync(join(REPO, '.bench'), { recursive: true });
  writeFileSync(join(REPO, '.bench', 'incremental.json'), `${JSON.stringify({ count, timings }, null, 2)}\n`);
  if (values.keep) console.error(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

await main();
