import { describe, expect, it } from 'vitest';
import type { LocatedParagraph } from '../lib/content/model';
import { extractTimeline } from '../lib/content/extract/timeline';

/**
 * Forms found on spent holdouts 43 and 44. This year named alone dates a task done or arranged in it (`均在今年完成了…分红`,
 * `还将在今年安排…活动`), as it does a launch. A bare month after last year's month in the same paragraph: one earlier in the calendar
 * has come round since, and is this year's (`去年12月…。…9月29日…`); one later in it, or the same, is still last year's. A
 * day given roughly (`2月10号左右`) still names its day. Sentences invented for these tests.
 */

function datesIn(text: string, published: string): string[] {
  const paragraphs: LocatedParagraph[] = [{ sectionId: 's', paragraphId: 'p1', text }];
  return extractTimeline(paragraphs, published).map((event) => `${event.dateText} → ${event.date}`).sort();
}

describe('a bare month after last year’s month', () => {
  it('is this year’s when it comes earlier in the calendar', () => {
    expect(datesIn('美国商务部去年12月已将该公司列入清单。就在这次行动的前一天，美国政府9月29日发布了新规则。', '2025-10-13')).toEqual(['9月29日 → 2025-09-29', '去年12月 → 2024-12']);
  });

  it('stays last year’s when it comes later in the calendar or in the same month', () => {
    expect(datesIn('去年3月，公司宣布扩产，11月20日新厂投产。', '2022-05-31')).toEqual(['11月20日 → 2021-11-20', '去年3月 → 2021-03']);
    expect(datesIn('去年8月，上海一家影城推出剧本杀品牌，8月28日正式开业。', '2022-05-31')).toEqual(['8月28日 → 2021-08-28', '去年8月 → 2021-08']);
  });
});

describe('a date given roughly', () => {
  it('still names its day (2月10号左右)', () => {
    expect(datesIn('据统计，2月10号左右复工的企业约占两成。', '2020-03-05')).toEqual(['2月10号 → 2020-02-10']);
  });

  it('names no year or month (2017年前后, 3月左右)', () => {
    expect(datesIn('2017年前后，他向多所高校递交了申请。', '2020-03-05')).toEqual([]);
    expect(datesIn('公司3月左右完成了融资。', '2020-06-05')).toEqual([]);
  });
});

describe('this year named alone', () => {
  it('dates a task done or a payout made in it', () => {
    expect(datesIn('上述券商均在今年完成了现金分红。', '2024-11-02')).toEqual(['今年 → 2024']);
    expect(datesIn('双方强调会在今年内完成交易。', '2024-11-02')).toEqual(['今年 → 2024']);
  });

  it('dates what a plan arranges for it, the plan’s word before the year', () => {
    expect(datesIn('为促使转股，该行还将在今年安排投资者关系活动。', '2019-01-20')).toEqual(['今年 → 2019']);
  });

  it('still dates nothing when it only says how the year is going', () => {
    expect(datesIn('今年荔枝价格较往年偏贵。', '2024-07-02')).toEqual([]);
  });
});
