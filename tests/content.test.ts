import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, listArticleFiles } from '../lib/content/load-articles';
import { formatDiagnostic } from '../lib/content/diagnostics';

const ARTICLE = (title: string) => `---
title: ${title}
published: 2024-02
language: zh-Hant
source:
  outlet: 測試財經
---

${title}的第一段。
`;

/** Writes files (paths relative to a fresh content folder); returns the folder's `articles` dir. */
function contentFolder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'archive-content-'));
  mkdirSync(join(root, 'articles'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return join(root, 'articles');
}

describe('the content folder', () => {
  it('publishes articles in articles/, in folders beneath it, and dropped straight into content/', () => {
    const dir = contentFolder({
      'articles/first.md': ARTICLE('一'),
      'articles/2024/second.md': ARTICLE('二'),
      'third.md': ARTICLE('三'),
      'published-ids.txt': 'first\nsecond\nthird\n',
    });
    const root = join(dir, '..');
    expect(listArticleFiles(dir).map((file) => relative(root, file))).toEqual(['articles/2024/second.md', 'articles/first.md', 'third.md']);
    const { articles, diagnostics } = checkContent(dir);
    expect(diagnostics).toEqual([]);
    expect(articles.map((article) => article.slug).sort()).toEqual(['first', 'second', 'third']);
  });

  it('leaves out hidden files, editor backups and a folder README', () => {
    const dir = contentFolder({
      'articles/kept.md': ARTICLE('留'),
      'articles/.draft.md': ARTICLE('草稿'),
      'articles/.backup/old.md': ARTICLE('舊'),
      'articles/README.md': '# 說明',
      'README.md': '# 說明',
      'notes.txt': '不是文章',
    });
    expect(listArticleFiles(dir).map((file) => relative(dir, file))).toEqual(['kept.md']);
  });

  it('fails on two files that would publish the same slug, naming both', () => {
    const dir = contentFolder({ 'articles/same.md': ARTICLE('甲'), 'articles/2023/same.md': ARTICLE('乙'), 'published-ids.txt': 'same\n' });
    const errors = checkContent(dir).diagnostics.filter((d) => d.fatal).map(formatDiagnostic);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/articles\/same\.md:1:1: slug "same" is already used by .*articles\/2023\/same\.md/);
    expect(errors[0]).toContain('[duplicate-slug]');
  });

  it('reads only the folder it is given when that folder is not an articles folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'archive-content-'));
    writeFileSync(join(root, 'stray.md'), ARTICLE('外'));
    mkdirSync(join(root, 'generated'));
    writeFileSync(join(root, 'generated', 'inside.md'), ARTICLE('內'));
    expect(listArticleFiles(join(root, 'generated')).map((file) => relative(root, file))).toEqual(['generated/inside.md']);
  });
});
