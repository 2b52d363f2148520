import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareExports, firstDifference, formatComparison } from '../scripts/bench/compare-exports';

/** Two tiny exports: what is only in one, what differs (and where), what is the same. */

const roots: string[] = [];

function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'compare-exports-'));
  roots.push(root);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), content);
  }
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('compareExports', () => {
  it('lists files only in one export and files whose bytes differ, with where a text first differs', async () => {
    const a = tree({
      'index.html': '<p>小米</p>\n<p>消金</p>',
      'same.css': 'a{}',
      'gone/index.html': 'x',
      'og/a.png': Buffer.from([1, 2, 3]),
      'index.html.br': 'old copy',
    });
    const b = tree({
      'index.html': '<p>小米</p>\n<p>天星</p>',
      'same.css': 'a{}',
      'new/index.html': 'y',
      'og/a.png': Buffer.from([1, 2, 4]),
      'index.html.br': 'new copy',
    });
    const comparison = await compareExports(a, b);
    expect(comparison.onlyInA).toEqual(['gone/index.html']);
    expect(comparison.onlyInB).toEqual(['new/index.html']);
    expect(comparison.identical).toBe(1);
    expect(comparison.differing.map((d) => d.file)).toEqual(['index.html', 'og/a.png']);
    expect(comparison.differing[0]?.first).toMatchObject({ line: 2, column: 4 });
    expect(comparison.differing[0]?.first?.a).toContain('消金');
    expect(comparison.differing[0]?.first?.b).toContain('天星');
    expect(comparison.differing[1]?.first).toBeUndefined();

    const withCopies = await compareExports(a, b, { precompressed: true });
    expect(withCopies.differing.map((d) => d.file)).toContain('index.html.br');

    const report = formatComparison(comparison, 'A', 'B');
    expect(report).toContain('- gone/index.html');
    expect(report).toContain('+ new/index.html');
    expect(report).toContain('~ index.html');
  });

  it('finds two identical exports identical', async () => {
    const files = { 'index.html': '<p>典藏</p>', 'data/a.json': '{}' };
    expect(await compareExports(tree(files), tree(files))).toEqual({ onlyInA: [], onlyInB: [], differing: [], identical: 2 });
  });

  it('shows context on each side of the first difference', () => {
    expect(firstDifference('abcdef', 'abcXef', 2)).toEqual({ line: 1, column: 4, a: 'bcde', b: 'bcXe' });
    expect(firstDifference('ab', 'abc', 5)).toEqual({ line: 1, column: 3, a: 'ab', b: 'abc' });
  });
});
