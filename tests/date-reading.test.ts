import { describe, expect, it } from 'vitest';
import type { LocatedParagraph } from '../lib/content/model';
import { scanDateMentions } from '../lib/content/extract/dates';
import { extractTimeline } from '../lib/content/extract/timeline';

/**
 * Dates as real copy writes them, beyond the tidy forms: spaces left by copied PDFs and pages,
 * counts of days that look like days of the month, relative days in dated commentary. The
 * sentences are our own, written to the shapes found in real copy.
 */

/** Every mention's text in a sentence. */
function mentionsIn(text: string): string[] {
  return scanDateMentions(text).map((mention) => mention.text);
}

/** `dateText → date` for every event of some paragraphs, in date order. */
function datesIn(texts: readonly string[], published: string): string[] {
  const paragraphs: LocatedParagraph[] = texts.map((text, index) => ({ sectionId: 's', paragraphId: `p${index + 1}`, text }));
  return extractTimeline(paragraphs, published).map((event) => `${event.dateText} → ${event.date}`);
}

describe('spaces inside a date', () => {
  it('reads a full date whose numbers are set apart by spaces, keeping the text as written', () => {
    expect(mentionsIn('2019 年7 月3 日，这家工厂宣布停产。')).toEqual(['2019 年7 月3 日']);
    expect(mentionsIn('2019 年 7 月 3 日，这家工厂宣布停产。')).toEqual(['2019 年 7 月 3 日']);
    expect(datesIn(['2019 年7 月3 日，这家工厂宣布停产。'], '2020-01-05')).toEqual(['2019 年7 月3 日 → 2019-07-03']);
  });

  it('reads a month and day without a year, and a month end, through the spaces', () => {
    expect(mentionsIn('9 月12 日，他搬到了城东；2016 年5 月底又搬回来。')).toEqual(['9 月12 日', '2016 年5 月底']);
    expect(datesIn(['9 月12 日，他搬到了城东。'], '2019-10-01')).toEqual(['9 月12 日 → 2019-09-12']);
  });

  it('takes a full-width space as a space', () => {
    expect(mentionsIn('2019　年7　月3　日起实施。')).toEqual(['2019　年7　月3　日']);
  });

  it('never lets a space join two words: a number of things after a year is no month', () => {
    expect(mentionsIn('2019 年 3 家公司上市')).toEqual(['2019 年']);
    expect(mentionsIn('共 5 日')).toEqual([]);
  });
});

describe('a count of days after a verb of staying', () => {
  it('reads N日 right after a verb of staying or lasting as a duration, not a day of the month', () => {
    for (const text of ['病人留醫6日後出院', '她住院3日', '旅客須隔離14日', '該股停牌5日', '我們在酒店住了3日', '这家商场停业7日', '该航线停航10日']) expect(mentionsIn(text), text).toEqual([]);
  });

  it('still reads a day before its verb or after a preposition, and a day after a month', () => {
    expect(mentionsIn('病人6日出院')).toEqual(['6日']);
    expect(mentionsIn('該股於6日停牌')).toEqual(['6日']);
    expect(mentionsIn('旅客須隔離至3月14日')).toEqual(['3月14日']);
    expect(datesIn(['公司6日宣布停牌。'], '2021-05-10')).toEqual(['6日 → 2021-05-06']);
  });
});
