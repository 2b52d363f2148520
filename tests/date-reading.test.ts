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
