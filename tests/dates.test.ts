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

describe('scanDateMentions after a word that ends in a blocking character', () => {
  it('reads a month or weekday after 日本 or an index (指數), but still not a count (數周, 每周五)', () => {
    const texts = (text: string) => scanDateMentions(text).map((mention) => mention.text);
    // 香港電台, 2025-04-04 and 2025-04-05 (tests/fixtures/timeline-review: rthk-jpspend, rthk-nyfriday).
    expect(texts('日本2月家庭開支按年下跌0.5%。')).toEqual(['2月']);
    expect(texts('三大指數星期五開市後再次急挫3%。')).toEqual(['星期五']);
    expect(texts('恒生指數3月累跌5%。')).toEqual(['3月']);
    expect(texts('數周前，每周五，本3月')).toEqual([]);
  });

  it('reads 即日起 as today, not the same-day of a trade or a trip (即日交收, 即日往返)', () => {
    // 香港電台, 2025-02-27 (rthk-kaitakopening).
    expect(scanDateMentions('即日起一連三日，可到啟德體藝館換領。').map((mention) => [mention.text, mention.kind])).toEqual([['即日', 'day-offset']]);
    expect(scanDateMentions('港股實行即日交收，另有即日往返套票。')).toEqual([]);
  });

  it('reads a month before 期间 as a month, not a tenor (3月期)', () => {
    expect(scanDateMentions('9月至12月期间出现了小反弹，发行3月期国债。').map((mention) => mention.text)).toEqual(['9月至12月']);
  });

  it('reads a month in Chinese numerals without a day where the words around make it a time (到四月的, 在六月因), not 五月天 or 一月一次', () => {
    // 工商時報, 2024-08-05 (ctee-phones).
    const texts = (text: string) => scanDateMentions(text).map((mention) => mention.text);
    expect(texts('一路下滑到四月的36.3萬支，五月由於3G關台政策助推，隨後在六月因觀望下跌。')).toEqual(['四月', '五月', '六月']);
    expect(texts('五月天演唱會，一月一次的會議，三月三，十二月花開，在一月之內完成。')).toEqual([]);
  });

  it('reads a month whose number is set apart by a space (拜登 3 月), but not a count (第 3 月)', () => {
    // 鉅亨網, 2024-09-30 (cnyes-intel).
    expect(scanDateMentions('美國總統拜登 3 月向英特爾提供了贈款，第 3 月').map((mention) => mention.text)).toEqual(['3 月']);
  });

  it('reads every Cantonese spelling of last night (琴晚, 尋晚, 噚晚) as the day before publication', () => {
    expect(scanDateMentions('琴晚，尋晚，噚晚').map((mention) => [mention.text, mention.kind, mention.kind === 'day-offset' ? mention.offset : null])).toEqual([
      ['琴晚', 'day-offset', -1],
      ['尋晚', 'day-offset', -1],
      ['噚晚', 'day-offset', -1],
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

describe('a day without a year in a plan (resolveExpression)', () => {
  /** The date the first mention of a sentence resolves to in a plan, as year and period. */
  function planned(text: string, published: { year: number; month: number; day: number }): string | null {
    const [mention] = scanDateMentions(text);
    if (mention === undefined) throw new Error('no mention');
    const resolved = resolveExpression(mention, { ...contextFor(published), forward: true });
    return resolved === null ? null : `${resolved.year}-${JSON.stringify(resolved.period)}`;
  }

  it('keeps a day the plan names that passed within the half-year before publication in the publication year', () => {
    // 科创板日报 via 财联社, 27 March 2022 (Rock-Candy-Tea/RSSHUB-PAGE@55a4572b, 10天4家！科创板公司股份回购计划再增).
    expect(planned('自《科创板日报》于3月16日统计报道科创板公司的股份回购计划以来，10天内又新增4份科创板上市公司股份回购计划。', { year: 2022, month: 3, day: 27 })).toBe('2022-{"unit":"day","month":3,"day":16}');
    // A deadline reported after it passed: 茅台要求各经销商须在9月21日前完成… in copy of 2 November 2021.
    expect(planned('茅台要求各经销商须在9月21日前完成库存“80%清零”。', { year: 2021, month: 11, day: 2 })).toBe('2021-{"unit":"day","month":9,"day":21}');
  });

  it('takes next year for a planned day further back than that', () => {
    expect(planned('公司将于1月5日召开股东大会。', { year: 2022, month: 9, day: 27 })).toBe('2023-{"unit":"day","month":1,"day":5}');
    expect(planned('公司将于3月1日召开股东大会。', { year: 2022, month: 9, day: 27 })).toBe('2023-{"unit":"day","month":3,"day":1}');
  });
});
