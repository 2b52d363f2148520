import { describe, expect, it } from 'vitest';
import { isPeriodLabel, parseNumber, periodContaining, resolveExpression, scanDateMentions, type ResolutionContext } from '../lib/content/extract/dates';

/** A context with nothing named before, for a publication date. */
function contextFor(published: { year: number; month: number | null; day: number | null }): ResolutionContext {
  return { published, anchorYear: null, anchorMonth: null, anchorDay: null, paragraphYear: null, paragraphMonth: null, forward: false };
}

describe('periodContaining', () => {
  it('is the finest standard period that holds every month of the span', () => {
    expect(periodContaining(5, 5)).toEqual({ unit: 'month', month: 5 });
    expect(periodContaining(1, 3)).toEqual({ unit: 'quarter', quarter: 1 });
    expect(periodContaining(10, 12)).toEqual({ unit: 'quarter', quarter: 4 });
    expect(periodContaining(3, 5)).toEqual({ unit: 'half', half: 1 });
    expect(periodContaining(7, 11)).toEqual({ unit: 'half', half: 2 });
    expect(periodContaining(1, 9)).toEqual({ unit: 'year' });
    expect(periodContaining(6, 7)).toEqual({ unit: 'year' });
  });
});

describe('parseNumber', () => {
  it('reads 兩/两 as 2, as counts are written (前兩月)', () => {
    expect(parseNumber('兩')).toBe(2);
    expect(parseNumber('两')).toBe(2);
  });
});

describe('scanDateMentions for relative days and months', () => {
  it('tells a bare day, an anchored day and an anchored month apart', () => {
    const kinds = scanDateMentions('18日公布，同日生效，次日回落，當月增長。').map((mention) => [mention.text, mention.kind]);
    expect(kinds).toEqual([
      ['18日', 'day-of-month'],
      ['同日', 'anchor-day'],
      ['次日', 'anchor-day'],
      ['當月', 'anchor-month'],
    ]);
  });
});

describe('isPeriodLabel', () => {
  it('recognises a report, a meeting and the period a report covers', () => {
    const labelled = (text: string) => scanDateMentions(text).map((mention) => [mention.text, isPeriodLabel(text, mention)]);
    expect(labelled('2024年一季报')).toEqual([['2024年', true]]);
    expect(labelled('2023年年報')).toEqual([['2023年', true]]);
    expect(labelled('2023年度報告')).toEqual([['2023年度', true]]);
    expect(labelled('第一季理監事會')).toEqual([['第一季', true]]);
    expect(labelled('截至6月底止半年業績')).toEqual([['6月底', true]]);
    expect(labelled('2023年業績增長')).toEqual([['2023年', false]]);
    expect(labelled('2023年報道指出')).toEqual([['2023年', false]]);
    expect(labelled('2023年報酬率達15%')).toEqual([['2023年', false]]);
    expect(labelled('截至3月31日止，累計回購')).toEqual([['3月31日', false]]);
  });
});

describe('resolveExpression for anchored days', () => {
  it('needs a full date before it', () => {
    const [sameDay] = scanDateMentions('同日');
    if (sameDay === undefined) throw new Error('no mention');
    const published = { year: 2023, month: 7, day: 28 };
    expect(resolveExpression(sameDay, contextFor(published))).toBeNull();
    const anchored = { ...contextFor(published), anchorDay: { year: 2023, period: { unit: 'day', month: 7, day: 27 } } } as const;
    expect(resolveExpression(sameDay, anchored)).toEqual({ year: 2023, period: { unit: 'day', month: 7, day: 27 } });
  });
});
