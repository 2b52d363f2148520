import { describe, expect, it } from 'vitest';
import type { LocatedParagraph, TimelineEvent } from '../lib/content/model';
import { extractTimeline } from '../lib/content/extract/timeline';

/**
 * Shapes of Chinese news writing that name a time without dating a happening, found by the per-shape table of
 * `scripts/cli/eval-timeline-evidence.ts` on copy the rules were not written from; and resolution of forms read wrongly there.
 * Each rule has a sentence it must leave out and one it must keep.
 */

function paragraphsOf(texts: readonly string[]): LocatedParagraph[] {
  return texts.map((text, index) => ({ sectionId: 's', paragraphId: `p${index + 1}`, text }));
}

/** Events of some paragraphs in text order, as `dateText → date`. */
function datesIn(texts: string | readonly string[], published: string): string[] {
  const events: TimelineEvent[] = extractTimeline(paragraphsOf(typeof texts === 'string' ? [texts] : texts), published);
  const order = (event: TimelineEvent) => event.id.split(/-t|p/).filter(Boolean).map(Number);
  return [...events]
    .sort((a, b) => (order(a)[0] ?? 0) - (order(b)[0] ?? 0) || (order(a)[1] ?? 0) - (order(b)[1] ?? 0))
    .map((event) => `${event.dateText} → ${event.date}`);
}

describe('a weekday that names its day in brackets (周二（4日）)', () => {
  it('is in the month where that day is that weekday, even in a clause read as a plan', () => {
    // 4 September 2018 was a Tuesday; October's 4th was a Thursday.
    expect(datesIn('白宫在周二（4日）一份声明中将该书斥为“捏造出来的故事”，说出来使总统难堪。', '2018-09-05')).toEqual(['周二（4日） → 2018-09-04']);
    expect(datesIn('公司將於周五（7日）召開股東大會。', '2018-09-05')).toEqual(['周五（7日） → 2018-09-07']);
  });
});

describe('a bare month after a year counted from publication', () => {
  it('is dated from publication, not from an older year named earlier in the paragraph', () => {
    expect(datesIn('1979年生效的《台灣關係法》是美台關係核心。去年夏季，美國宣布對台軍售。5月，政府知會國會計劃出售魚雷。', '2020-08-19')).toContain('5月 → 2020-05');
  });

  it('still takes the year of a written year before it', () => {
    expect(datesIn('2019年公司在上海設廠，5月投產。', '2020-08-19')).toEqual(['2019年 → 2019', '5月 → 2019-05']);
  });
});

describe('來 after a date as a short 以來 (今年来, 自7月来)', () => {
  it('opens a span up to now, no happening', () => {
    expect(datesIn('今年来，市场上还出现了多个“高难度”股权激励计划。', '2021-03-23')).toEqual([]);
    expect(datesIn('消息人士称，韩国自7月来已暂停进口伊朗石油。', '2018-08-31')).toEqual([]);
  });

  it('is still the verb "come" before a place (今年来华)', () => {
    expect(datesIn('该行长今年来华出席了论坛。', '2021-03-23')).toEqual(['今年 → 2021']);
  });
});

describe('a range of whole years', () => {
  it('is a run when a target, a description or a name covers it', () => {
    expect(datesIn('公司设置了2021~2025年5年的业绩增速考核目标。', '2021-03-23')).toEqual([]);
    expect(datesIn('此外，2015-2016年大量发行的信用债将迎来偿债高峰。', '2018-08-31')).toEqual([]);
    expect(datesIn('2021-2023年重点发展保障性租赁住房城市名单包括：杭州、宁波。', '2021-09-12')).toEqual([]);
  });

  it('dates its clause by its start when it stands as the clause’s time', () => {
    expect(datesIn('合同约定2023-2026年，公司向南玻集团采购高纯硅料。', '2022-12-01')).toEqual(['2023-2026年 → 2023']);
    expect(datesIn('美國在1940年代間，法國在1966年至1996年間，於太平洋島國進行了核試驗。', '2023-08-23')).toEqual(['1966年至1996年 → 1966']);
  });
});
