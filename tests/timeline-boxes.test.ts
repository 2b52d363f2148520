import { describe, expect, it } from 'vitest';
import type { LocatedParagraph } from '../lib/content/model';
import { extractTimeline } from '../lib/content/extract/timeline';
import { isDayItem, monthHeading } from '../lib/content/extract/timeline/boxes';

/**
 * A story's timeline box (大事記: a month heading, then items opening on a bare day), Taiwan's 元月, and Hong Kong's 中期 for
 * a year's interim results: forms found on spent holdout 40. Sentences invented for these tests.
 */

function datesIn(texts: readonly string[], published: string): string[] {
  const paragraphs: LocatedParagraph[] = texts.map((text, index) => ({ sectionId: 's', paragraphId: `p${index + 1}`, text }));
  return extractTimeline(paragraphs, published)
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
    .map((event) => `${event.paragraphId} ${event.dateText} → ${event.date}`);
}

describe('a timeline box under the story', () => {
  const box = [
    '鴻達公司昨天舉行股東會，公司派順利取得全部董監席次。',
    '經營權之爭大事記：',
    '2007年8月：',
    '◎22日鴻達股東會，公司派取得7董3監席次。',
    '2007年7月：',
    '◎3日，鴻達因未能如期召開股東會，打入全額交割股。',
    '◎12日，鴻達董事會公布股東會議程。',
    '2007年5月：',
    '◎雙方開始徵求委託書。',
  ];

  it('dates each item’s bare day in the month heading it, not in the month of publication', () => {
    expect(datesIn(box, '2007-08-23')).toEqual(expect.arrayContaining(['p6 3日 → 2007-07-03', 'p7 12日 → 2007-07-12', 'p4 22日 → 2007-08-22']));
  });

  it('lists a heading as a happening only when its items carry no day of their own', () => {
    const dates = datesIn(box, '2007-08-23');
    expect(dates.filter((date) => date.startsWith('p3 ') || date.startsWith('p5 '))).toEqual([]);
    expect(dates).toContain('p8 2007年5月 → 2007-05');
  });

  it('leaves a bare day outside any box in the month of publication', () => {
    expect(datesIn(['鴻達公司12日公布股東會議程。'], '2007-08-23')).toEqual(['p1 12日 → 2007-08-12']);
  });
});

describe('monthHeading and isDayItem', () => {
  it('read a line that is only a month, with or without its year, and items opening on a bare day', () => {
    expect(monthHeading('2007年7月：', 2020)).toEqual({ year: 2007, month: 7 });
    expect(monthHeading('10月', 2020)).toEqual({ year: 2020, month: 10 });
    expect(monthHeading('2007年7月，鴻達召開董事會。', 2020)).toBeNull();
    expect(isDayItem('◎3日，鴻達因…')).toBe(true);
    expect(isDayItem('3日鴻達董事會決議')).toBe(true);
    expect(isDayItem('鴻達3日公布')).toBe(false);
  });
});

describe('元月 after a written year', () => {
  it('is January', () => {
    expect(datesIn(['2007年元月，雙方談判正式破裂。'], '2007-08-23')).toEqual(['p1 2007年元月 → 2007-01']);
  });

  it('is no month after a currency (美元月線)', () => {
    expect(datesIn(['美元月線收黑，投資人觀望。'], '2007-08-23')).toEqual([]);
  });
});

describe('a year’s 中期 with its results', () => {
  it('is the first half (去年中期賺56億元)', () => {
    expect(datesIn(['公司去年中期賺56億元，今年表現料遜色。'], '2013-07-08')).toEqual(['p1 去年中期 → 2012-H1']);
  });

  it('is not the results meeting held after the half (2018年中期业绩会上)', () => {
    expect(datesIn(['早在2018年中期业绩会上，总裁林峰就明确了目标。'], '2019-03-01')).toEqual(['p1 2018年 → 2018']);
  });
});
