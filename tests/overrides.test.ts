import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../lib/content/diagnostics';
import { parseArticle } from '../lib/content/parse-article';
import { articleSchema, type Article } from '../lib/content/model';

const BODY = `
某業務人士透露，合作已經暫停。「涉及到內部競爭」，該人士直言。

2015年，小米推出「小米錢包」。2018年初，公司更名。
`;

function frontmatter(extra: string): string {
  return `---\ntitle: 測試文章\npublished: 2024-03-05\nlanguage: zh-Hant\nsource:\n  outlet: 測試財經\n${extra}---\n`;
}

function parse(extra: string) {
  return parseArticle('content/articles/test-article.md', `${frontmatter(extra)}${BODY}`);
}

function parseOk(extra: string): Article {
  const result = parse(extra);
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return result.article;
}

describe('editor overrides in frontmatter', () => {
  it('leaves the machine’s reading unchecked when there are none', () => {
    const article = parseOk('');
    expect(article.quotes.map((quote) => [quote.id, quote.kind, quote.speaker, quote.checked])).toEqual([
      ['section-1-1-q1', 'speech', '某業務人士', false],
      ['section-1-2-q1', 'term', null, false],
    ]);
    expect(article.timeline.map((event) => [event.id, event.date, event.checked])).toEqual([
      ['section-1-2-t1', '2015', false],
      ['section-1-2-t2', '2018-H1', false],
    ]);
  });

  it('corrects a speaker and role, turns speech into a term, and marks both checked', () => {
    const article = parseOk('quotes:\n  section-1-1-q1: { speaker: 王明, role: 小米消金業務負責人 }\n  section-1-2-q1: { kind: speech, speaker: 小米 }\n');
    expect(article.quotes.map((quote) => [quote.kind, quote.speaker, quote.role, quote.checked])).toEqual([
      ['speech', '王明', '小米消金業務負責人', true],
      ['speech', '小米', null, true],
    ]);
    const term = parseOk('quotes:\n  section-1-1-q1: { kind: term }\n');
    expect(term.quotes[0]).toMatchObject({ kind: 'term', speaker: null, role: null, checked: true });
    expect(() => articleSchema.parse(JSON.parse(JSON.stringify(article)))).not.toThrow();
  });

  it('removes a speaker with false and drops a quote with false', () => {
    expect(parseOk('quotes:\n  section-1-1-q1: { speaker: false }\n').quotes[0]).toMatchObject({ kind: 'speech', speaker: null, checked: true });
    expect(parseOk('quotes:\n  section-1-2-q1: false\n').quotes.map((quote) => quote.id)).toEqual(['section-1-1-q1']);
  });

  it('redates and drops events, keeping the timeline in date order', () => {
    const article = parseOk('timeline:\n  section-1-2-t1: { date: 2019-Q2 }\n  section-1-2-t2: false\n');
    expect(article.timeline.map((event) => [event.id, event.date, event.checked])).toEqual([['section-1-2-t1', '2019-Q2', true]]);
    const both = parseOk('timeline:\n  section-1-2-t1: { date: 2019 }\n');
    expect(both.timeline.map((event) => event.id)).toEqual(['section-1-2-t2', 'section-1-2-t1']);
  });

  it('reports an id that names no quote or event at its line, and a bad value at its field', () => {
    const result = parse('quotes:\n  section-9-q1: { kind: term }\ntimeline:\n  section-1-2-t1: { date: 2019 }\n  section-1-2-t7: false\n');
    expect(result.ok).toBe(false);
    const messages = result.diagnostics.map(formatDiagnostic);
    expect(messages.some((message) => message.startsWith('content/articles/test-article.md:8:3:') && message.includes('[override-unknown-quote]'))).toBe(true);
    expect(messages.some((message) => message.startsWith('content/articles/test-article.md:11:3:') && message.includes('[override-unknown-event]'))).toBe(true);
    const bad = parse('quotes:\n  section-1-1-q1: { kind: quote }\n');
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics.map(formatDiagnostic).join('\n')).toContain('quotes.section-1-1-q1');
  });
});

describe('attributions to review', () => {
  it('lists the speakers found through a description or carried over, until an editor checks them', async () => {
    const { reviewAttributions } = await import('../lib/content/review');
    const review = (extra: string) => reviewAttributions(parseOk(extra)).map((item) => [item.quoteId, item.basis, item.speaker]);
    // 某業務人士透露… names the speaker in its own sentence; 該人士直言 reaches them through a description.
    expect(review('')).toEqual([['section-1-1-q1', 'reference', '某業務人士']]);
    expect(review('quotes:\n  section-1-1-q1: { speaker: 某業務人士 }\n')).toEqual([]);
  });
});
