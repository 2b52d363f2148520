import { describe, expect, it } from 'vitest';
import { escapeLine, toArticleSource } from '../scripts/cli/eval/article-source';
import { metricsOf, scoreArticle, type Extraction, type ScoredQuote } from '../scripts/cli/eval/score';
import { extendSplit } from '../scripts/cli/eval/split';
import { parseArticle } from '../lib/content/parse-article';

const speech = (paragraph: number, text: string, speaker: string | null): ScoredQuote => ({ paragraph, text, kind: 'speech', speaker, role: null });
const term = (paragraph: number, text: string): ScoredQuote => ({ paragraph, text, kind: 'term', speaker: null, role: null });
const foldCase = (name: string) => name.toLowerCase();
// In these tables a reporter is the one unnamed source; every other speaker is a person.
const kindOf = (speaker: string) => (speaker === '記者' ? 'source' : 'person');

describe('scoring an extraction against labels', () => {
  const labelled: Extraction = {
    quotes: [speech(1, '我們還有空間', 'Wang'), speech(2, '不予置評', '某人士'), term(3, '隨星借'), speech(4, '好', 'Li')],
    events: [
      { paragraph: 1, date: '2024-01', dateText: '1月' },
      { paragraph: 2, date: '2023', dateText: '去年' },
    ],
  };
  const extracted: Extraction = {
    // right speaker (folded), a wrong one, a term shown as speech with a speaker, a missed speaker, one spurious quote
    quotes: [speech(1, '我們還有空間', 'WANG'), speech(2, '不予置評', '記者'), speech(3, '隨星借', 'Zhao'), term(4, '好'), term(5, '多出來')],
    events: [
      { paragraph: 1, date: '2024-01', dateText: '1月' },
      { paragraph: 2, date: '2022', dateText: '去年' },
    ],
  };
  const { counts, misses } = scoreArticle(labelled, extracted, foldCase, kindOf);
  const metrics = metricsOf(counts);

  it('matches quotes by paragraph and text, and counts kind apart', () => {
    expect(counts.quotes).toEqual({ tp: 4, fp: 1, fn: 0 });
    expect(metrics.quotes.precision).toBeCloseTo(0.8);
    expect(metrics.quotes.recall).toBe(1);
    expect(counts.typedQuotes).toEqual({ tp: 2, fp: 3, fn: 2 });
  });

  it('counts a speaker right only when it is the labelled one, after folding', () => {
    expect(counts.speakersShown).toBe(3);
    expect(counts.speakersRight).toBe(1);
    expect(counts.namedSpeakers).toBe(3);
    expect(counts.namedSpeakersFound).toBe(1);
    expect(metrics.speakerPrecision).toBeCloseTo(1 / 3);
  });

  it('tells precision apart by the kind of speaker shown', () => {
    expect(counts.speakersByKind).toEqual({ person: { shown: 2, right: 1 }, source: { shown: 1, right: 0 }, other: { shown: 0, right: 0 } });
  });

  it('says where each named speaker not found went', () => {
    // 某人士 was shown as 記者; Li's words were read as a term.
    expect(counts.namedMissed).toEqual({ wrongSpeaker: 1, noSpeaker: 0, readAsTerm: 1, quoteMissed: 0 });
    const unfound = scoreArticle({ quotes: [speech(1, '甲', 'Wang'), speech(2, '乙', 'Li')], events: [] }, { quotes: [speech(1, '甲', null)], events: [] }, foldCase, kindOf);
    expect(unfound.counts.namedMissed).toEqual({ wrongSpeaker: 0, noSpeaker: 1, readAsTerm: 0, quoteMissed: 1 });
  });

  it('matches events by paragraph and date', () => {
    expect(counts.events).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(metrics.events.f1).toBeCloseTo(0.5);
  });

  it('lists every disagreement with where it is', () => {
    expect(misses.map((miss) => `${miss.paragraph} ${miss.kind}`)).toEqual([
      '2 wrong-speaker',
      '2 missed-event',
      '2 spurious-event',
      '3 wrong-kind',
      '3 wrong-speaker',
      '4 wrong-kind',
      '4 missed-speaker',
      '5 spurious-quote',
    ]);
  });

  it('pairs repeated quotes one for one', () => {
    const twice = scoreArticle({ quotes: [term(1, 'A'), term(1, 'A')], events: [] }, { quotes: [term(1, 'A')], events: [] }, foldCase, kindOf);
    expect(twice.counts.quotes).toEqual({ tp: 1, fp: 0, fn: 1 });
  });

  it('has no figure when there is nothing to measure', () => {
    expect(metricsOf(scoreArticle({ quotes: [], events: [] }, { quotes: [], events: [] }, foldCase, kindOf).counts).speakerPrecision).toBeNull();
  });
});

describe('the corpus split', () => {
  const articles = [
    { id: 'a-1', outlet: 'A', region: 'HK' },
    { id: 'a-2', outlet: 'A', region: 'HK' },
    { id: 'b-1', outlet: 'B', region: 'TW' },
    { id: 'c-1', outlet: 'C', region: 'TW' },
  ];

  it('puts each outlet in both halves where it can, then balances regions', () => {
    const split = extendSplit({ dev: [], test: [] }, articles);
    expect(split).toEqual({ dev: ['a-1', 'b-1'], test: ['a-2', 'c-1'] });
  });

  it('never moves an article already assigned', () => {
    const split = extendSplit({ dev: ['a-2'], test: ['b-1'] }, [...articles, { id: 'a-3', outlet: 'A', region: 'HK' }]);
    expect(split.dev).toContain('a-2');
    expect(split.test).toContain('b-1');
    expect(split.test).toContain('a-1');
  });
});

describe('corpus articles as content files', () => {
  it('escapes markdown so a line reads back as exactly its text', () => {
    const lines = ['1. 第一點*重要*', '- [連結](x) <b>粗</b> #5 `碼` \\ 100_000', '　　全形空格開頭，“引號”'];
    const result = parseArticle('x.md', toArticleSource({ title: '標題: "引"', published: '2024-01-02', language: 'zh-Hant', outlet: '報', body: lines }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))).toEqual(lines);
    expect(result.article.title).toBe('標題: "引"');
    expect(escapeLine('  a.b  ')).toBe('a\\.b');
  });

  it('scores a page stored without its headline: the body parses under a placeholder title', () => {
    const result = parseArticle('x.md', toArticleSource({ title: '', published: '2024-01-02', language: 'zh-Hant', outlet: '報', body: ['甲說：「乙。」'] }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.sections[0]?.paragraphs[0]?.text).toBe('甲說：「乙。」');
  });
});
