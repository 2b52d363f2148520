import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, parseKey, type ArticlesSnapshot } from '../lib/content/load-articles';
import { computeParserVersion, openParseCache } from '../scripts/build/parse-cache';

/**
 * The build parses each article once per version of lib/content and hands the parsed articles to
 * `next build`'s processes as one file. What a reader would notice if this went wrong: a page
 * showing an article as it was before an edit, or a build that differs from an uncached one.
 */

const SEED = join(process.cwd(), 'content', 'articles', 'xiaomi-tianxing-traffic-partners.md');
const folders: string[] = [];

function scratchRepository(): { root: string; articles: string } {
  const root = mkdtempSync(join(tmpdir(), 'parse-cache-'));
  folders.push(root);
  mkdirSync(join(root, 'lib', 'content'), { recursive: true });
  writeFileSync(join(root, 'lib', 'content', 'parser.ts'), 'export const version = 1;\n');
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
  const articles = join(root, 'content', 'articles');
  mkdirSync(articles, { recursive: true });
  cpSync(SEED, join(articles, 'seed.md'));
  cpSync(SEED, join(articles, 'second.md'));
  return { root, articles };
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('parse cache', () => {
  it('reuses each parse on the next run and gives the same articles as parsing afresh', () => {
    const { root, articles } = scratchRepository();
    const first = openParseCache(root);
    const parsed = checkContent(articles, { requireManifest: false, cache: first });
    expect(first.stats).toEqual({ hits: 0, misses: 2 });
    first.prune();

    const second = openParseCache(root);
    const reused = checkContent(articles, { requireManifest: false, cache: second });
    expect(second.stats).toEqual({ hits: 2, misses: 0 });
    expect(reused.articles).toEqual(parsed.articles);
    expect(reused.articles).toEqual(checkContent(articles, { requireManifest: false }).articles);
    expect(reused.diagnostics).toEqual(parsed.diagnostics);
  });

  it('parses an edited article again and shows the edit', () => {
    const { root, articles } = scratchRepository();
    checkContent(articles, { requireManifest: false, cache: openParseCache(root) });
    const file = join(articles, 'second.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: 改過的標題'));
    const cache = openParseCache(root);
    const { articles: after } = checkContent(articles, { requireManifest: false, cache });
    expect(cache.stats).toEqual({ hits: 1, misses: 1 });
    expect(after.find((article) => article.slug === 'second')?.title).toBe('改過的標題');
  });

  it('keeps the messages of a bad file, and parses a damaged cache entry again instead of failing', () => {
    const { root, articles } = scratchRepository();
    writeFileSync(join(articles, 'broken.md'), '---\ntitle: [unclosed\n---\n正文。\n');
    const first = checkContent(articles, { requireManifest: false, cache: openParseCache(root) });
    expect(first.diagnostics.some((diagnostic) => diagnostic.path.endsWith('broken.md') && diagnostic.fatal)).toBe(true);
    const again = checkContent(articles, { requireManifest: false, cache: openParseCache(root) });
    expect(again.diagnostics).toEqual(first.diagnostics);

    const folder = join(root, 'node_modules', '.cache', 'archive-parse', computeParserVersion(root));
    for (const name of readdirSync(folder)) writeFileSync(join(folder, name), '{"ok": true, "article": {"slug": 3}}');
    const cache = openParseCache(root);
    const reparsed = checkContent(articles, { requireManifest: false, cache });
    expect(cache.stats).toEqual({ hits: 0, misses: 3 });
    expect(reparsed.articles).toEqual(first.articles);
  });

  it('starts a new cache when lib/content changes, and drops the old one and unused entries', () => {
    const { root, articles } = scratchRepository();
    const before = computeParserVersion(root);
    const first = openParseCache(root);
    checkContent(articles, { requireManifest: false, cache: first });
    first.prune();
    writeFileSync(join(root, 'lib', 'content', 'parser.ts'), 'export const version = 2;\n');
    expect(computeParserVersion(root)).not.toBe(before);

    rmSync(join(articles, 'second.md'));
    const second = openParseCache(root);
    checkContent(articles, { requireManifest: false, cache: second });
    expect(second.stats).toEqual({ hits: 0, misses: 1 });
    second.prune();
    const cacheRoot = join(root, 'node_modules', '.cache', 'archive-parse');
    expect(readdirSync(cacheRoot)).toEqual([computeParserVersion(root)]);
    const seed = join(articles, 'seed.md');
    expect(readdirSync(join(cacheRoot, computeParserVersion(root)))).toEqual([`${parseKey(relative(process.cwd(), seed), readFileSync(seed))}.json`]);
  });
});

describe('articles snapshot', () => {
  it("is what next build's processes load, and only for the folder it was written for", () => {
    const { root, articles } = scratchRepository();
    const { articles: parsed } = checkContent(articles, { requireManifest: false });
    const retitled = parsed.map((article) => ({ ...article, title: `快照：${article.title}` }));
    const file = join(root, 'snapshot.json');
    const empty = join(root, 'empty');
    mkdirSync(empty);
    const snapshot: ArticlesSnapshot = { dir: articles, articles: retitled };
    writeFileSync(file, JSON.stringify(snapshot));
    // A fresh process, as Next's workers are: the module's memo must not hide the snapshot.
    const program = `import { loadArticles } from ${JSON.stringify(join(process.cwd(), 'lib/content/load-articles.ts'))};
      console.log(JSON.stringify([loadArticles(${JSON.stringify(articles)}).map((a) => a.title), loadArticles(${JSON.stringify(empty)}).length]));`;
    const run = spawnSync(join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['--eval', program], { encoding: 'utf8', env: { ...process.env, ARCHIVE_ARTICLES_SNAPSHOT: file } });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([retitled.map((article) => article.title), 0]);
  });
});
