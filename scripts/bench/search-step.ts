import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Article } from '../../lib/content/model';
import { parseArticleOrThrow } from '../../lib/content/parse-article';
import { openSearchCache } from '../build/search-cache';
import { writeSearchFiles } from '../build/search-files';
import { generateSyntheticArticles } from './synthetic-articles';

/**
 * `tsx scripts/bench/search-step.ts 1000`: times the build's search step (`writeSearchFiles`, both
 * scripts) on N parsed synthetic articles in temporary folders: a full write with an empty cache,
 * then as an incremental build runs it after nothing changed, one article added and one retitled.
 * Prints wall and CPU seconds (CPU is the steadier figure on a shared machine) and the load.
 */

interface StepFigures {
  step: string;
  wallSeconds: number;
  cpuSeconds: number;
  converted: number;
}

function timeStep(step: string, outDir: string, cacheRoot: string, articles: readonly Article[]): StepFigures {
  const cache = openSearchCache(cacheRoot);
  const started = performance.now();
  const cpu = process.cpuUsage();
  writeSearchFiles(outDir, articles, cache);
  const used = process.cpuUsage(cpu);
  return { step, wallSeconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, converted: cache.stats.misses };
}

export function runSearchStepBench(count: number): StepFigures[] {
  const generated = generateSyntheticArticles(count + 1, { validate: false }).map((article) => parseArticleOrThrow(article.fileName, article.markdown));
  const archive = generated.slice(0, count);
  const added = generated.at(-1)!;
  const retitledAt = Math.floor(count / 2);
  const retitled = archive.map((article, i) => (i === retitledAt ? { ...article, title: `${article.title}（更新）` } : article));
  const outDir = mkdtempSync(join(tmpdir(), 'search-step-out-'));
  const cacheRoot = mkdtempSync(join(tmpdir(), 'search-step-cache-'));
  try {
    return [
      timeStep('full, nothing cached', outDir, cacheRoot, archive),
      timeStep('nothing changed', outDir, cacheRoot, archive),
      timeStep('one article added', outDir, cacheRoot, [...archive, added]),
      timeStep('one article retitled', outDir, cacheRoot, [...retitled, added]),
    ];
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(cacheRoot, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? '1000');
  if (!Number.isInteger(count) || count < 2) throw new Error('usage: search-step.ts 1000');
  const loadBefore = loadavg()[0]!;
  const rows = runSearchStepBench(count);
  console.log(`search step, ${count} articles, both scripts (load ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores):`);
  for (const row of rows) console.log(`  ${row.step.padEnd(22)} ${row.wallSeconds.toFixed(1).padStart(6)} s wall  ${row.cpuSeconds.toFixed(1).padStart(5)} s CPU  ${row.converted} article(s) converted`);
}
