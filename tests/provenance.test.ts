import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseArticleOrThrow } from '../lib/content/parse-article';

const SEED_PATH = 'content/articles/xiaomi-tianxing-traffic-partners.md';

const ARTICLE = `---
title: 測試
published: 2024-01
captured: 2024-02-01
language: zh-Hant
source:
  outlet: 測試報
---

## 甲 {#a}

第一段原文，一字不改。

第二段原文。
`;

/** Runs a CLI script on a content folder. */
function run(script: string, dir: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `scripts/cli/${script}.ts`, dir], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('provenance in the contract', () => {
  it('the seed\'s hash is what a reader computes from its JSON: paragraph texts joined with U+000A, UTF-8', () => {
    const article = parseArticleOrThrow(SEED_PATH, readFileSync(SEED_PATH));
    const json = JSON.parse(JSON.stringify(article)) as { sections: { paragraphs: { text: string }[] }[]; provenance: { sha256: string; captured: null } };
    const body = json.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text)).join('\n');
    expect(json.provenance.sha256).toBe(createHash('sha256').update(Buffer.from(body, 'utf8')).digest('hex'));
    expect(json.provenance.captured).toBeNull();
  });

  it('the archive\'s headings are not hashed; the source\'s text is', () => {
    const hashOf = (text: string) => parseArticleOrThrow('a.md', text).provenance.sha256;
    expect(hashOf(ARTICLE.replace('## 甲 {#a}', '## 另一個標題 {#a}'))).toBe(hashOf(ARTICLE));
    expect(hashOf(ARTICLE.replace('一字不改', '一字不改。'))).not.toBe(hashOf(ARTICLE));
  });

  it('reads captured and corrections, oldest first, and refuses a correction before the capture', () => {
    const corrected = ARTICLE.replace('source:', 'corrections:\n  - date: 2024-03-02\n    note: 第二次\n  - date: 2024-02-10\n    note: 第一次\nsource:');
    const article = parseArticleOrThrow('a.md', corrected);
    expect(article.provenance.captured).toBe('2024-02-01');
    expect(article.corrections.map((c) => c.date)).toEqual(['2024-02-10', '2024-03-02']);
    const early = parseArticle('a.md', corrected.replace('2024-02-10', '2024-01-10'));
    expect(!early.ok && early.diagnostics.map((d) => d.ruleId)).toContain('correction-before-capture');
    const notADay = parseArticle('a.md', ARTICLE.replace('captured: 2024-02-01', 'captured: 2024-02'));
    expect(!notADay.ok && notADay.diagnostics.map((d) => d.message).join('\n')).toMatch(/"captured" must be a day/);
  });
});

// Each test spawns the CLI a few times (about a second each, more on a busy machine).
describe('the body-hash manifest (published-hashes.txt)', { timeout: 60_000 }, () => {
  function publishedFolder() {
    const root = mkdtempSync(join(tmpdir(), 'archive-hashes-'));
    const dir = join(root, 'articles');
    mkdirSync(dir);
    writeFileSync(join(dir, 'test.md'), ARTICLE);
    expect(run('update-ids', dir).status).toBe(0);
    return { dir, file: join(dir, 'test.md'), manifest: join(root, 'published-hashes.txt') };
  }

  it('records the hash when an article is first published, and check passes while the body is unchanged', () => {
    const { dir, manifest } = publishedFolder();
    const hash = parseArticleOrThrow('test.md', ARTICLE).provenance.sha256;
    expect(readFileSync(manifest, 'utf8')).toMatch(new RegExp(`^test ${hash} 0$`, 'm'));
    expect(run('check', dir).status).toBe(0);
  });

  it('fails check (and so the build) when a published body changes without a declared correction', () => {
    const { dir, file } = publishedFolder();
    writeFileSync(file, ARTICLE.replace('第二段原文。', '第二段原文（改）。'));
    const { status, stderr } = run('check', dir);
    expect(status).toBe(1);
    expect(stderr).toMatch(/test\.md:1:1: the published body changed .*corrections:.*\[body-changed\]/);
  });

  it('accepts a change declared as a new correction, records the new hash below the old one, and refuses to drop the correction later', () => {
    const { dir, file, manifest } = publishedFolder();
    const corrected = ARTICLE.replace('第二段原文。', '第二段原文（改）。').replace('source:', 'corrections:\n  - date: 2024-03-01\n    note: 更正錯字\nsource:');
    writeFileSync(file, corrected);
    const checked = run('check', dir);
    expect(checked.status).toBe(0);
    expect(checked.stderr).toMatch(/\[body-corrected\]/);
    expect(run('update-ids', dir).status).toBe(0);
    const lines = readFileSync(manifest, 'utf8').split('\n').filter((line) => line.startsWith('test '));
    expect(lines).toEqual([`test ${parseArticleOrThrow('t.md', ARTICLE).provenance.sha256} 0`, `test ${parseArticleOrThrow('t.md', corrected).provenance.sha256} 1`]);
    // A second change needs a second correction: the first one is spent.
    writeFileSync(file, corrected.replace('第一段原文', '第一段原文（再改）'));
    expect(run('check', dir).status).toBe(1);
    writeFileSync(file, ARTICLE.replace('第二段原文。', '第二段原文（改）。'));
    const dropped = run('check', dir);
    expect(dropped.status).toBe(1);
    expect(dropped.stderr).toMatch(/\[correction-removed\]/);
  });

  it('the committed manifest holds the seed\'s current hash', () => {
    const hash = parseArticleOrThrow(SEED_PATH, readFileSync(SEED_PATH)).provenance.sha256;
    const lines = readFileSync('content/published-hashes.txt', 'utf8').split('\n').filter((line) => line.startsWith('xiaomi-tianxing-traffic-partners '));
    expect(lines.at(-1)?.split(' ')[1]).toBe(hash);
  });
});
