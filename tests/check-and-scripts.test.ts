import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleOrThrow } from '../lib/content/parse-article';
import { convertArticle, createTextConverter } from '../lib/content/convert';

const GOOD = `---
title: 正常
published: 2024-01
language: zh-Hant
source:
  outlet: 測試
---

正文。
`;

/** Runs `npm run check` logic on a folder and returns its exit code and stderr. */
function runCheck(dir: string, ...flags: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli/check.ts', dir, ...flags], { encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

describe('npm run check', () => {
  it('reports every problem in every file at once, then fails', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'archive-check-')), 'articles');
    mkdirSync(dir);
    writeFileSync(join(dir, 'good.md'), GOOD);
    writeFileSync(join(dir, 'bad-date.md'), GOOD.replace('2024-01', '2023-02-30'));
    writeFileSync(join(dir, 'bad-fields.md'), GOOD.replace('title: 正常\n', 'titel: 錯字\n'));
    writeFileSync(join(dir, 'quirky-body.md'), `${GOOD}\n他說：「沒有結束。\n\n<img src=x onerror=alert(1)>\n`);
    writeFileSync(join(dir, 'bad-bytes.md'), Buffer.concat([Buffer.from(GOOD), Buffer.from([0xff, 0xfe])]));
    const { status, stderr } = runCheck(dir);
    expect(status).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/bad-date\.md:3:12: frontmatter field "published" is not a real date/),
        expect.stringMatching(/bad-fields\.md:2:1: unknown frontmatter field "titel"/),
        expect.stringMatching(/bad-fields\.md:\d+:\d+: frontmatter field "title" is required/),
        expect.stringMatching(/quirky-body\.md:11:4: warning: quote mark 「 is not closed within its paragraph .*\[quote-mark-unmatched\]$/),
        expect.stringMatching(/quirky-body\.md:13:1: warning: line looks like markdown, HTML .*\[markdown-like-line\]$/),
        expect.stringMatching(/published-ids\.txt:1:1: the published-ids manifest is missing while 5 article file\(s\) exist, so no published link is checked: run "npm run ids:update" .*\[manifest-missing\]$/),
        expect.stringMatching(/bad-bytes\.md:10:1: file is not valid UTF-8/),
      ]),
    );
    expect(lines.at(-1)).toBe('content: 5 file(s), 2 valid, 5 error(s), 2 warning(s)');
  });

  it('exits 0 on warnings alone; for the build (--summary) it lists errors only and counts the warnings in one line', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'archive-check-')), 'articles');
    mkdirSync(dir);
    writeFileSync(join(dir, 'quirky.md'), `${GOOD}\n他說：「沒有結束。\n- 像清單\n`);
    writeFileSync(join(dir, '..', 'published-ids.txt'), 'quirky\n');
    const full = runCheck(dir);
    expect(full.status).toBe(0);
    expect(full.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/quirky\.md:11:4: warning: quote mark 「 is not closed .*\[quote-mark-unmatched\]$/),
      expect.stringMatching(/quirky\.md:12:1: warning: line looks like markdown, a list item .*\[markdown-like-line\]$/),
      'content: 1 file(s), 1 valid, 0 error(s), 2 warning(s)',
    ]);
    const summary = runCheck(dir, '--summary');
    expect(summary.status).toBe(0);
    expect(summary.stderr).toBe('content: 1 file(s), 1 valid, 0 error(s), 2 warning(s) (npm run check lists the warnings)\n');
    const grouped = runCheck(dir, '--reporter', 'vfile');
    expect(grouped.stderr).toMatch(/quirky\.md\n11:4 +warning +quote mark 「 is not closed.*quote-mark-unmatched/);
  }, 30_000);

  it('passes on the real content', () => {
    const { status, stderr } = runCheck('content/articles');
    expect(stderr).toMatch(/0 error\(s\)/);
    expect(status).toBe(0);
  });
});

describe('an article whose source is Simplified', () => {
  const path = 'tests/fixtures/zh-hans/bank-rate-cut.md';
  const source = readFileSync(path, 'utf8');
  const article = parseArticleOrThrow(path, readFileSync(path));
  const traditional = convertArticle(article, 'zh-Hant');

  it('is archived as written', () => {
    expect(article.language).toBe('zh-Hans');
    for (const paragraph of article.sections.flatMap((s) => s.paragraphs)) expect(source).toContain(paragraph.text);
    expect(convertArticle(article, 'zh-Hans')).toBe(article);
  });

  it('reads in Taiwan-standard Traditional on the other script', () => {
    const text = traditional.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n');
    expect(traditional.title).toBe('多家銀行下調存款利率，“降息潮”仍在繼續');
    expect(text).toContain('國有大行宣佈下調人民幣存款利率');
    expect(text).toContain('淨息差');
    expect(text).toContain('據知情人士透露');
    const toTraditional = createTextConverter('zh-Hans', 'zh-Hant');
    expect(traditional.sections[0]?.paragraphs[0]?.text).toBe(toTraditional(article.sections[0]?.paragraphs[0]?.text ?? ''));
  });

  it('keeps its quotes, speakers and dated events in both scripts', () => {
    const speech = article.quotes.filter((q) => q.kind === 'speech');
    expect(speech.map((q) => q.speaker)).toEqual(['某股份制银行人士', '李华']);
    expect(speech.map((q) => q.role)).toEqual([null, '分析师']);
    expect(article.quotes.find((q) => q.text === '存款搬家')?.kind).toBe('term');
    expect(traditional.quotes.map((q) => q.speaker)).toEqual(article.quotes.map((q) => q.speaker && toTraditionalName(q.speaker)));
    // 去年以来 (a trend since last year) is a span, not an event; a period sorts before the dates inside it (Q2 starts before 6月8日).
    expect(article.timeline.map((e) => e.date)).toEqual(['2023-Q2', '2023-06-08']);
    expect(traditional.timeline.map((e) => e.id)).toEqual(article.timeline.map((e) => e.id));
  });
});

/** The Traditional form of a speaker name, as the converter writes it. */
function toTraditionalName(name: string): string {
  return createTextConverter('zh-Hans', 'zh-Hant')(name);
}
