import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelProblems, labelSchema, readCorpus, type Label } from '../scripts/cli/eval/corpus';

/** The labelled corpus is the yardstick of issue 11: a label that cannot match its article would score as the extractor's miss forever. */

const label: Label = {
  id: 'x-1', outlet: '測試', published: '2024-05', language: 'zh-Hant', region: 'HK',
  quotes: [{ paragraph: 1, text: '不予置評', kind: 'speech', speaker: '公司', role: null }],
  events: [{ paragraph: 2, date: '2024-05-03', dateText: '3日' }],
};

describe('corpus labels', () => {
  it('every label of the corpus names words that are in its paragraph', () => {
    const { articles, problems } = readCorpus();
    expect(problems).toEqual([]);
    expect(articles.length).toBeGreaterThanOrEqual(100);
  });

  it('every labelled fixture sample reads without a problem, so eval scores each of its articles', () => {
    const dirs = readdirSync('tests/fixtures').map((name) => join('tests/fixtures', name)).filter((dir) => existsSync(join(dir, 'labels')) && existsSync(join(dir, 'articles')));
    expect(dirs.length).toBeGreaterThanOrEqual(70);
    expect(dirs.flatMap((dir) => readCorpus(dir).problems)).toEqual([]);
  });

  it('refuses a source url that is not an absolute address (the bare slug thestandnews.com/finance/…)', () => {
    expect(labelSchema.safeParse({ ...label, url: 'thestandnews.com/finance/x' }).success).toBe(false);
    expect(labelSchema.safeParse({ ...label, url: 'https://www.thestandnews.com/finance/x' }).success).toBe(true);
  });

  it('names a quote not in its paragraph, a date text not in its paragraph and a paragraph past the end', () => {
    expect(labelProblems('x-1.json', label, ['公司表示「不予置評」。', '會議於3日舉行。'])).toEqual([]);
    expect(labelProblems('x-1.json', label, ['公司表示「不評論」。', '會議於4日舉行。'])).toEqual([
      'x-1.json: quotes[0] "不予置評" is not in paragraph 1',
      'x-1.json: events[0] dateText "3日" is not in paragraph 2',
    ]);
    expect(labelProblems('x-1.json', label, ['公司表示「不予置評」。'])).toEqual(['x-1.json: events[0] dateText names paragraph 2, but the article has 1']);
  });
});
