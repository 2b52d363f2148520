import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareExports, formatComparison } from '../../scripts/bench/compare-exports';
import { generateSyntheticArticles, type SyntheticArticle } from '../../scripts/bench/synthetic-articles';
import { BuildManifestSchema, type BuildManifest } from '../../scripts/build/build-manifest';

/**
 * An incremental build gives the export a clean full build gives: the seed and a few synthetic
 * articles are built in a copy of the repository (the checkout's `out/` and `.next/` are never
 * touched); then one article changes, one is added and one removed, `npm run build` updates the
 * export, and a `--full` build of the same content must match it byte for byte, compressed
 * copies included, while the incremental build rendered far fewer pages.
 */

const REPO = process.cwd();
/** What a build needs from the checkout (as scripts/bench/bench-scale.ts copies it). */
const COPIED = ['app', 'lib', 'public', 'scripts', 'package.json', 'package-lock.json', 'next.config.ts', 'tsconfig.json', 'tsconfig.app.json'];

let site: string;
let work: string;

/** Copies the repository's build inputs and the seed content; node_modules is hard-linked (Turbopack refuses a symlink out of the project). */
function copyRepository(into: string): void {
  for (const path of COPIED) cpSync(join(REPO, path), join(into, path), { recursive: true });
  cpSync(join(REPO, 'content'), join(into, 'content'), { recursive: true });
  const linked = spawnSync('cp', ['-al', join(REPO, 'node_modules'), join(into, 'node_modules')], { encoding: 'utf8' });
  if (linked.status !== 0) throw new Error(`hard-linking node_modules failed: ${linked.stderr}`);
}

/** Runs `npm run build` (the orchestrator) in the copy; returns the manifest it wrote. */
function build(...args: string[]): BuildManifest {
  const result = spawnSync(join(site, 'node_modules', '.bin', 'tsx'), ['scripts/build/build.ts', ...args], { cwd: site, encoding: 'utf8', env: { ...process.env, ARCHIVE_CONTENT_DIR: join(site, 'content', 'articles') }, maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`build ${args.join(' ')} failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  return BuildManifestSchema.parse(JSON.parse(readFileSync(join(site, 'out.manifest.json'), 'utf8')));
}

function writeArticle(article: SyntheticArticle, markdown = article.markdown): void {
  writeFileSync(join(site, 'content', 'articles', article.fileName), markdown);
}

describe('incremental build', () => {
  // The seed and synthetic Traditional, tagged articles: one changes, one is removed, one added, the rest stay.
  const [changed, removed, added, ...kept] = generateSyntheticArticles(40, { seed: 7 })
    .filter((article) => article.language === 'zh-Hant' && article.tags.length > 0)
    .slice(0, 11) as [SyntheticArticle, SyntheticArticle, SyntheticArticle, ...SyntheticArticle[]];

  let first: BuildManifest;
  let incremental: BuildManifest;
  let full: BuildManifest;

  beforeAll(() => {
    // Outside the repository (a copy inside it makes Turbopack take the checkout for the workspace root).
    work = mkdtempSync(join(tmpdir(), 'incremental-build-'));
    site = join(work, 'site');
    copyRepository(site);
    // Unpublished articles (not in published-ids.txt), so removing one is allowed.
    for (const article of [changed, removed, ...kept]) writeArticle(article);
    first = build();

    writeArticle(changed, changed.markdown.replace(/^title: .*$/m, 'title: 測試標題：增量建置後的新標題').replace(/^published: .*$/m, 'published: 2025-06-30'));
    writeArticle(added);
    rmSync(join(site, 'content', 'articles', removed.fileName));
    incremental = build();
    renameSync(join(site, 'out'), join(work, 'incremental'));
    full = build('--full');
  }, 900_000);

  afterAll(() => {
    if (work && existsSync(work)) rmSync(work, { recursive: true, force: true });
  });

  it('builds fully without a manifest, then incrementally, and --full forces a full build', () => {
    expect(first.build).toMatchObject({ mode: 'full' });
    expect(incremental.build).toMatchObject({ mode: 'incremental', reason: null });
    expect(full.build).toMatchObject({ mode: 'full', reason: '--full' });
  });

  it('gives the same export as a clean full build, byte for byte, .gz and .br copies included', async () => {
    const comparison = await compareExports(join(work, 'incremental'), join(site, 'out'), { precompressed: true });
    expect(comparison.differing.length + comparison.onlyInA.length + comparison.onlyInB.length, formatComparison(comparison, 'incremental', 'full')).toBe(0);
    expect(comparison.identical).toBeGreaterThan(100);
  });

  it('removes the removed article and writes the added one', () => {
    expect(existsSync(join(work, 'incremental', 'zh-hant', 'articles', removed.slug))).toBe(false);
    expect(existsSync(join(work, 'incremental', 'data', 'articles', `${removed.slug}.json`))).toBe(false);
    expect(existsSync(join(work, 'incremental', 'zh-hans', 'articles', added.slug, 'index.html.br'))).toBe(true);
    expect(incremental.build.filesRemoved).toBeGreaterThan(0);
  });

  it('renders far fewer pages than the full build, and records what each page wrote', () => {
    expect(incremental.build.pagesRendered).toBeLessThan(full.build.pagesRendered / 2);
    expect(incremental.build.unitsRendered).toBeLessThan(full.build.unitsRendered / 2);
    expect(full.units[`/articles/${added.slug}/`]?.files).toContain(`zh-hant/articles/${added.slug}/index.html`);
    expect(incremental.units).toEqual(full.units);
  });
});
