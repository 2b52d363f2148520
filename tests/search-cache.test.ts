import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../lib/content/model';
import { parseArticleOrThrow } from '../lib/content/parse-article';
import { generateSyntheticArticles } from '../scripts/bench/synthetic-articles';
import { openSearchCache } from '../scripts/build/search-cache';
import { writeSearchFiles } from '../scripts/build/search-files';

/**
 * The search step of an incremental build: each article's converted texts come from the cache
 * when the article is unchanged, and the index written over the last build's is byte for byte the
 * index a full build writes into an empty folder, after articles are added, changed and removed.
 */

const generated: Article[] = generateSyntheticArticles(41, { seed: 11, validate: false }).map((article) => parseArticleOrThrow(article.fileName, article.markdown));
const before = generated.slice(0, 40);
const retitled = (article: Article): Article => ({ ...article, title: `${article.title}（更新）` });
// One article added (the generator's 41st), one retitled, one removed.
const after = [...before.slice(0, 10).map((article, i) => (i === 5 ? retitled(article) : article)), ...before.slice(11), generated[40]!];

const temporary: string[] = [];
const folder = (prefix: string) => {
  const path = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(path);
  return path;
};
afterAll(() => {
  for (const path of temporary) rmSync(path, { recursive: true, force: true });
});

/** Every file below a folder with its bytes, by relative path. */
function readTree(root: string): Map<string, string> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [join(entry.parentPath, entry.name).slice(root.length + 1), readFileSync(join(entry.parentPath, entry.name)).toString('base64')]));
}

describe('the search step of an incremental build', () => {
  it('converts only new and changed articles, and writes what a full build writes', () => {
    const repository = folder('search-cache-root-');
    const incremental = folder('search-incremental-');
    const first = openSearchCache(repository);
    writeSearchFiles(incremental, before, first);
    expect(first.stats).toEqual({ hits: 0, misses: 40 });

    const second = openSearchCache(repository);
    const { written, removed } = writeSearchFiles(incremental, after, second);
    expect(second.stats).toEqual({ hits: 38, misses: 2 });
    expect(written.length).toBeGreaterThan(0);

    const full = folder('search-full-');
    writeSearchFiles(full, after, null);
    const expected = readTree(full);
    expect(readTree(incremental)).toEqual(expected);
    // Something changed on disk, not everything was rewritten.
    expect(written.length + removed.length).toBeLessThan(expected.size);
  });

  it('treats a damaged cache entry as a miss', () => {
    const repository = folder('search-cache-damaged-');
    writeSearchFiles(folder('search-out-'), before.slice(0, 3), openSearchCache(repository));
    const versions = readdirSync(join(repository, 'node_modules/.cache/archive-search'));
    const entries = join(repository, 'node_modules/.cache/archive-search', versions[0]!);
    const [damaged] = readdirSync(entries);
    rmSync(join(entries, damaged!));
    writeFileSync(join(entries, damaged!), '{"fold":{"chars":"","pairs":""},"bodies":{}}');
    const cache = openSearchCache(repository);
    const out = folder('search-out-');
    writeSearchFiles(out, before.slice(0, 3), cache);
    expect(cache.stats).toEqual({ hits: 2, misses: 1 });
    const full = folder('search-full-');
    writeSearchFiles(full, before.slice(0, 3), null);
    expect(readTree(out)).toEqual(readTree(full));
  });
});
