import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { timelineEventSchema, type LocatedParagraph, type TimelineEvent } from '../lib/model';
import { readYearPart, scanDateMentions } from '../lib/extract/dates';
import * as timelineModule from '../lib/extract/timeline';
import { compareEventDates, extractTimeline, trimClause } from '../lib/extract/timeline';

/** Paragraphs `p1`, `p2`… of section `s`. */
function paragraphsOf(texts: readonly string[]): LocatedParagraph[] {
  return texts.map((text, index) => ({ sectionId: 's', paragraphId: `p${index + 1}`, text }));
}

/** Events of some paragraphs back in document order (the order their ids were given in). */
function inTextOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  const position = (id: string) => id.split(/-t|p/).filter(Boolean).map(Number);
  return [...events].sort((a, b) => {
    const [pa = 0, ta = 0] = position(a.id);
    const [pb = 0, tb = 0] = position(b.id);
    return pa - pb || ta - tb;
  });
}

/** `dateText → date` for every event in some text, in text order. */
function datesIn(texts: string | readonly string[], published = '2024-01'): string[] {
  const paragraphs = paragraphsOf(typeof texts === 'string' ? [texts] : texts);
  return inTextOrder(extractTimeline(paragraphs, published)).map((event) => `${event.dateText} → ${event.date}`);
}

/** The single event in a text, failing the test when there is not exactly one. */
function onlyEvent(text: string, published = '2024-01'): TimelineEvent {
  const events = extractTimeline(paragraphsOf([text]), published);
  expect(events).toHaveLength(1);
  const [event] = events;
  if (event === undefined) throw new Error('no event');
  return event;
}

describe('the public exports', () => {
  it('are exactly the ones the parser and the tests use', () => {
    expect(Object.keys(timelineModule).sort()).toEqual(
      ['clauseStart', 'compareEventDates', 'eventClause', 'extractTimeline', 'isBareRelativeYear', 'isClauseBoundary', 'isComparisonBaseline', 'isForwardLooking', 'sortEvents', 'trimClause'].sort(),
    );
  });
});

describe('the seed article', () => {
  const lines = readFileSync('../shared/seed/000_59b1de32102e14a5.txt', 'utf8').split('\n');
  // File lines 4-58 are the body; ids carry the file line number.
  const paragraphs = lines.slice(3, 58).map((text, index) => ({ sectionId: 's', paragraphId: `p${index + 4}`, text }));
  const events = extractTimeline(paragraphs, '2024-01');
  const byLine = (line: number) => inTextOrder(events.filter((event) => event.paragraphId === `p${line}`)).map((event) => `${event.dateText} → ${event.date}`);

  it('dates every dated paragraph, and only those', () => {
    expect(byLine(6)).toEqual(['2024年 → 2024']);
    expect(byLine(15)).toEqual(['21年 → 2021']);
    expect(byLine(16)).toEqual(['2022年底 → 2022-H2', '2023年初 → 2023-H1']);
    expect(byLine(17)).toEqual(['2023年下半年 → 2023-H2']);
    expect(byLine(33)).toEqual(['1月16日 → 2024-01-16']);
    expect(byLine(34)).toEqual(['2023年第四季度 → 2023-Q4']);
    expect(byLine(35)).toEqual(['2023年6月 → 2023-06']);
    expect(byLine(42)).toEqual(['2013年 → 2013']);
    expect(byLine(43)).toEqual(['2015年初 → 2015-H1', '同年5月11日 → 2015-05-11', '11月9日 → 2015-11-09']);
    expect(byLine(44)).toEqual(['2016年 → 2016']);
    expect(byLine(46)).toEqual(['2017年 → 2017']);
    expect(byLine(48)).toEqual(['2018至2019年 → 2018', '2018年Q1 → 2018-Q1']);
    expect(byLine(49)).toEqual(['2019年 → 2019']);
    expect(byLine(51)).toEqual(['2019年 → 2019']);
    expect(byLine(52)).toEqual(['2018年 → 2018', '2019年9月 → 2019-09']);
    expect(byLine(53)).toEqual(['2020年10月 → 2020-10']);
    expect(byLine(54)).toEqual(['2021年4月 → 2021-04', '2022年初 → 2022-H1']);
    expect(byLine(55)).toEqual(['2022年 → 2022']);
    expect(byLine(56)).toEqual(['2023年1月 → 2023-01']);
    const datedLines = new Set(events.map((event) => event.paragraphId));
    expect([...datedLines].sort()).toEqual(['p6', 'p15', 'p16', 'p17', 'p33', 'p34', 'p35', 'p42', 'p43', 'p44', 'p46', 'p48', 'p49', 'p51', 'p52', 'p53', 'p54', 'p55', 'p56'].sort());
  });

  it('keeps vague times out (近日, 近幾年, 此前)', () => {
    expect(byLine(4)).toEqual([]);
    expect(byLine(32)).toEqual([]);
    expect(byLine(57)).toEqual([]);
  });

  it('states each event in its own clause, verbatim', () => {
    const text = (id: string) => events.find((event) => event.id === id)?.text;
    expect(text('p6-t1')).toBe('天星數科意圖在2024年接入更多平臺,發力助貸業務');
    expect(text('p43-t1')).toBe('2015年初,小米正式推出了第一款金融產品“小米錢包”');
    expect(text('p43-t2')).toBe('同年5月11日,小米金融APP正式上線');
    expect(text('p43-t3')).toMatch(/^11月9日,小米金融APP全網發布,.*以及貸款產品“小米貸款”$/);
    expect(text('p35-t1')).toBe('截至2023年6月,全球MIUI月活躍用戶數達6.06億,同比增長10.8%');
    expect(text('p52-t1')).toBe('小米集團在2018年將金融業務整合組建小米金融');
    expect(text('p52-t2')).toBe('在2019年9月小米金融更名為小米數科');
    expect(text('p16-t1')).toBe('直至2022年底、2023年初這個階段,小米消金和天星數科分家了,才開始各自算賬');
    expect(text('p33-t1')).toContain('盧偉冰');
    for (const event of events) {
      const paragraph = paragraphs.find((p) => p.paragraphId === event.paragraphId);
      expect(paragraph?.text).toContain(event.text);
      expect(paragraph?.text).toContain(event.dateText);
      expect(timelineEventSchema.safeParse(event).success).toBe(true);
    }
  });

  it('sorts by date, coarser periods first, document order among equals', () => {
    const dates = events.map((event) => event.date);
    expect(dates).toEqual([...dates].sort(compareEventDates));
    expect(events.slice(0, 4).map((event) => event.id)).toEqual(['p42-t1', 'p43-t1', 'p43-t2', 'p43-t3']);
    // 2018至2019年 (p48) before 小米集團在2018年 (p52): same date, document order.
    expect(events.filter((event) => event.date === '2018').map((event) => event.id)).toEqual(['p48-t1', 'p52-t1']);
    expect(events.at(-1)?.id).toBe('p33-t1');
  });
});

describe('absolute years and months', () => {
  it('reads a full date (Simplified)', () => {
    const event = onlyEvent('公司于2023年3月15日发布公告，宣布拟回购股份。');
    expect([event.dateText, event.date, event.text]).toEqual(['2023年3月15日', '2023-03-15', '公司于2023年3月15日发布公告，宣布拟回购股份']);
  });

  it('reads a founding year (Traditional)', () => {
    expect(datesIn('該行成立於1998年，總部位於上海。')).toEqual(['1998年 → 1998']);
  });

  it('reads full-width digits', () => {
    expect(datesIn('截至２０２３年６月末，該行不良貸款率為１．６２％。')).toEqual(['２０２３年６月末 → 2023-06']);
  });

  it('reads years and dates in Chinese digits', () => {
    expect(datesIn('二〇二三年十二月，監管部門下發通知。')).toEqual(['二〇二三年十二月 → 2023-12']);
    expect(datesIn('二零一九年十一月九日，該平台正式上線。')).toEqual(['二零一九年十一月九日 → 2019-11-09']);
  });

  it('reads numeric dates (2024-01-16, 2024/1/16, 2024.1.16)', () => {
    expect(datesIn('公告日期：2024-01-16。另見2024/1/16及2024.1.16的補充說明。')).toEqual(['2024-01-16 → 2024-01-16', '2024/1/16 → 2024-01-16', '2024.1.16 → 2024-01-16']);
  });

  it('reads fiscal years (2023年度, 2023财年)', () => {
    expect(datesIn('2023年度，公司实现营收120亿元；2024财年目标为150亿元。')).toEqual(['2023年度 → 2023', '2024财年 → 2024']);
  });

  it('skips dates that cannot exist and keeps leap days', () => {
    expect(datesIn('2023年2月30日，公司發布公告。')).toEqual([]);
    expect(datesIn('2023年2月29日，公司發布公告。')).toEqual([]);
    expect(datesIn('2024年2月29日，公司發布公告。')).toEqual(['2024年2月29日 → 2024-02-29']);
  });

  it('does not read a decade as a year', () => {
    expect(datesIn('上世紀1990年代，國內信用卡業務剛剛起步。')).toEqual([]);
  });
});

describe('quarters, halves and parts of the year', () => {
  it('reads every quarter spelling after a year', () => {
    expect(datesIn('2023年第四季度營收增長；2023年四季度毛利率回升；2024年Q2出貨量下滑；2024Q3將推新品；2022年第一季利潤下降。')).toEqual([
      '2023年第四季度 → 2023-Q4',
      '2023年四季度 → 2023-Q4',
      '2024年Q2 → 2024-Q2',
      '2024Q3 → 2024-Q3',
      '2022年第一季 → 2022-Q1',
    ]);
  });

  it('reads halves (上半年, 下半年)', () => {
    expect(datesIn('2023年上半年，该行净利润同比增长5%，下半年增速放缓。', '2024-03')).toEqual(['2023年上半年 → 2023-H1', '下半年 → 2023-H2']);
  });

  it('dates 年初 in H1, 年底/年末 in H2, and keeps 年中 a year', () => {
    expect(datesIn('2015年初，公司推出錢包產品；2015年年底完成融資；2016年末上市；2017年中，業務收縮。')).toEqual([
      '2015年初 → 2015-H1',
      '2015年年底 → 2015-H2',
      '2016年末 → 2016-H2',
      '2017年中 → 2017',
    ]);
    expect(readYearPart('年初')).toEqual({ unit: 'half', half: 1 });
    expect(readYearPart('底')).toEqual({ unit: 'half', half: 2 });
    expect(readYearPart('中')).toEqual({ unit: 'year' });
  });

  it('does not read 年中國 or 年初步 as parts of the year', () => {
    expect(datesIn('2015年中國互聯網金融規模快速擴張。')).toEqual(['2015年 → 2015']);
    expect(datesIn('2023年初步統計顯示，行業規模收縮。')).toEqual(['2023年 → 2023']);
  });

  it('anchors report names to their year only (2019年半年報和三季報)', () => {
    expect(datesIn('公司在2019年半年報中披露了相關收入，三季報則未披露。')).toEqual(['2019年 → 2019']);
    expect(datesIn('從一季报来看，营收有所下滑。')).toEqual([]);
  });

  it('reads a cumulative 前三季度 as its year', () => {
    expect(datesIn('2023年前三季度，該行實現淨利潤80億元。')).toEqual(['2023年 → 2023']);
  });

  it('dates a bare quarter by the publication date (the last one, not a future one)', () => {
    expect(datesIn('第四季度，蘋果以24%的市場份額位居第一。', '2024-01')).toEqual(['第四季度 → 2023-Q4']);
    expect(datesIn('Q4出貨量同比增長。', '2024-01')).toEqual(['Q4 → 2023-Q4']);
    expect(datesIn('四季度营收环比改善。', '2023-12')).toEqual(['四季度 → 2023-Q4']);
  });
});

describe('ranges', () => {
  it('dates a range by its start and keeps the whole range as written', () => {
    expect(datesIn('2018至2019年，金融收入持續增長。')).toEqual(['2018至2019年 → 2018']);
    expect(datesIn('2018-2019年，金融收入持續增長。')).toEqual(['2018-2019年 → 2018']);
    expect(datesIn('2018年至2019年，金融收入持續增長。')).toEqual(['2018年至2019年 → 2018']);
    expect(datesIn('2023年1月至今，该行累计发行债券300亿元。')).toEqual(['2023年1月至今 → 2023-01']);
    expect(datesIn('2023年1月16日至18日，大会在北京召开。')).toEqual(['2023年1月16日至18日 → 2023-01-16']);
    expect(datesIn('今年1-3月，全国社会消费品零售总额增长4.7%。', '2024-04')).toEqual(['今年1-3月 → 2024-01']);
  });
});

describe('years relative to publication', () => {
  it('reads 去年 as the year before publication', () => {
    const event = onlyEvent('該行去年淨利潤增長12%，不良率下降。', '2024-03');
    expect([event.dateText, event.date, event.text]).toEqual(['去年', '2023', '該行去年淨利潤增長12%，不良率下降']);
  });

  it('reads 今年, 前年, 明年', () => {
    expect(datesIn('今年一季度营收同比增长8%。前年公司曾亏损。明年计划扩张门店。', '2024-05-10')).toEqual(['今年一季度 → 2024-Q1', '前年 → 2022', '明年 → 2025']);
  });

  it('reads 截至去年底 as late last year, keeping 截至 in the clause', () => {
    const event = onlyEvent('截至去年底，該行總資產突破3萬億元。', '2024-02');
    expect([event.dateText, event.date, event.text]).toEqual(['去年底', '2023-H2', '截至去年底，該行總資產突破3萬億元']);
  });

  it('does not read a comparison baseline as an event (較去年同期, 比上月, 與去年相比)', () => {
    expect(datesIn('營收較去年同期增長15%，環比上月增長3%。', '2024-03-15')).toEqual([]);
    expect(datesIn('与去年相比，净息差收窄。', '2024-03')).toEqual([]);
  });

  it('does not read 年化, 目前年化 or 如今年輕 as years', () => {
    expect(datesIn('該產品年化收益率4%，目前年化水平較高。')).toEqual([]);
    expect(datesIn('如今年轻人更愿意使用信用卡。')).toEqual([]);
  });
});

describe('years relative to the text', () => {
  it('reads 同年底 and 次年 from the year named before', () => {
    expect(datesIn('公司於2015年3月遞交招股書，同年底完成上市，次年即實現盈利。')).toEqual(['2015年3月 → 2015-03', '同年底 → 2015-H2', '次年 → 2016']);
  });

  it('carries 同年 and 翌年 across paragraphs', () => {
    expect(datesIn(['2019年，監管趨嚴。', '同年9月，公司更名。', '翌年3月，再次更名。'])).toEqual(['2019年 → 2019', '同年9月 → 2019-09', '翌年3月 → 2020-03']);
  });

  it('dates nothing from 同年 when no year was named before', () => {
    expect(datesIn('同年，公司完成了股改。')).toEqual([]);
  });

  it('dates a bare month-day by a year named earlier in the same paragraph', () => {
    expect(datesIn('2015年5月11日，APP上線，11月9日全網發布。', '2024-01')).toEqual(['2015年5月11日 → 2015-05-11', '11月9日 → 2015-11-09']);
  });

  it('does not carry a year into a later paragraph for a bare month-day', () => {
    expect(datesIn(['2019年，監管趨嚴。', '1月16日，總裁稱市場份額提升。'], '2024-01')).toEqual(['2019年 → 2019', '1月16日 → 2024-01-16']);
  });

  it('reads 當年 only when a month or period follows', () => {
    expect(datesIn('2010年，公司成立。當年的小米還很小，當年12月推出首款產品。')).toEqual(['2010年 → 2010', '當年12月 → 2010-12']);
  });
});

describe('two-digit years', () => {
  it('reads 在21年 and 22年底 as years', () => {
    expect(datesIn('在21年開啟自營業務後，公司於22年底完成拆分。', '2024-01')).toEqual(['21年 → 2021', '22年底 → 2022-H2']);
  });

  it('reads 98年 as 1998', () => {
    expect(datesIn('公司於98年在深圳成立。', '2024-01')).toEqual(['98年 → 1998']);
  });

  it('does not read durations and ages as years (成立21年, 21年來, 10年內, 第5年)', () => {
    expect(datesIn('公司成立21年，21年來穩健經營，計劃10年內上市，今年是轉型第5年。', '2024-01')).toEqual(['今年 → 2024']);
    expect(datesIn('贷款期限延长至10年，利率不变。')).toEqual([]);
  });
});

describe('dates without a year', () => {
  it('reads a bare month-day in the publication month', () => {
    expect(datesIn('1月16日，小米集團總裁盧偉冰稱手機份額提升。', '2024-01')).toEqual(['1月16日 → 2024-01-16']);
  });

  it('puts a month after the publication month in the year before', () => {
    expect(datesIn('12月20日，该行宣布下调存款利率。', '2024-01')).toEqual(['12月20日 → 2023-12-20']);
    expect(datesIn('1月20日，该行宣布下调存款利率。', '2024-01-10')).toEqual(['1月20日 → 2023-01-20']);
  });

  it('puts a planned date on or after publication (將於3月1日)', () => {
    expect(datesIn('公司將於3月1日召開股東大會。', '2024-01')).toEqual(['3月1日 → 2024-03-01']);
    expect(datesIn('新规将于1月5日起施行。', '2024-12')).toEqual(['1月5日 → 2025-01-05']);
  });

  it('resolves every month against a year-only publication date', () => {
    expect(datesIn('12月20日，该行宣布下调存款利率。', '2023')).toEqual(['12月20日 → 2023-12-20']);
  });

  it('does not read counts, recurrences or tenors as months (12个月, 每年3月, 3月期)', () => {
    expect(datesIn('过去12个月，3月期SHIBOR持续下行；每年3月公司发布年报，前5月销量增长。')).toEqual([]);
  });
});

describe('weeks and months relative to publication', () => {
  it('takes the date in brackets after a weekday (周一（11月20日）)', () => {
    const event = onlyEvent('周一（11月20日），LPR维持不变。', '2023-11-22');
    expect([event.dateText, event.date, event.text]).toEqual(['周一（11月20日）', '2023-11-20', '周一（11月20日），LPR维持不变']);
  });

  it('keeps a bracketed weekday after a date with the date', () => {
    expect(datesIn('11月20日（週一），LPR維持不變。', '2023-11-22')).toEqual(['11月20日（週一） → 2023-11-20']);
  });

  it('dates weekdays only when the article has a full date (2023-11-22 is a Wednesday)', () => {
    expect(datesIn('上周五，A股三大指數集體收漲。', '2023-11-22')).toEqual(['上周五 → 2023-11-17']);
    expect(datesIn('週三，央行開展逆回購操作。', '2023-11-22')).toEqual(['週三 → 2023-11-22']);
    expect(datesIn('星期五，美股收跌。', '2023-11-22')).toEqual(['星期五 → 2023-11-17']);
    expect(datesIn('下周一，新規正式實施。', '2023-11-22')).toEqual(['下周一 → 2023-11-27']);
    expect(datesIn('上周五，A股三大指數集體收漲。', '2023-11')).toEqual([]);
    expect(datesIn('基金每周一开放申购，一周一次。', '2023-11-22')).toEqual([]);
  });

  it('reads 上月 and 本月 only when the article has a month', () => {
    expect(datesIn('上月15日，央行宣布降准。本月，信贷投放回暖。', '2024-01')).toEqual(['上月15日 → 2023-12-15', '本月 → 2024-01']);
    expect(datesIn('上月，央行宣布降准。', '2024')).toEqual([]);
  });

  it('reads 昨日 against a full publication date', () => {
    expect(datesIn('昨日，该行股价大涨。', '2024-03-01')).toEqual(['昨日 → 2024-02-29']);
    expect(datesIn('昨日，该行股价大涨。', '2024-03')).toEqual([]);
  });
});

describe('what is not an event', () => {
  it('skips vague times', () => {
    expect(datesIn('近日，多家銀行下調利率。近幾年行業增長放緩，此前監管已有提示，目前仍在觀察，當時市場低迷，未來或將改善。')).toEqual([]);
    expect(datesIn('经过多年发展，公司每年分红，年内有望扭亏，三年来营收翻番，今天依然领先。')).toEqual([]);
  });

  it('skips amounts and percentages', () => {
    expect(datesIn('日放款規模約為300萬元，月活1.5億，市場份額24%，收入3.1億。')).toEqual([]);
  });

  it('skips a year-like number that is no year (2000餘家, 2050萬)', () => {
    expect(datesIn('全國共有2000餘家小貸公司，註冊資本合計2050萬元。')).toEqual([]);
  });
});

describe('event clauses', () => {
  it('ends a clause where the next dated clause starts', () => {
    const events = inTextOrder(extractTimeline(paragraphsOf(['公司在2018年整合金融業務，在2019年9月更名為數科，並於2020年10月升級品牌。']), '2024-01'));
    expect(events.map((event) => event.text)).toEqual(['公司在2018年整合金融業務', '在2019年9月更名為數科', '並於2020年10月升級品牌']);
  });

  it('numbers events per paragraph in text order, before sorting', () => {
    const events = extractTimeline(paragraphsOf(['2020年，公司上市；2015年，公司成立。']), '2024-01');
    expect(events.map((event) => [event.id, event.date])).toEqual([['p1-t2', '2015'], ['p1-t1', '2020']]);
  });

  it('trims punctuation and unpaired quote marks, keeping pairs', () => {
    expect(trimClause('——“小米2023年虧損。')).toBe('小米2023年虧損');
    expect(trimClause('才開始各自算賬”')).toBe('才開始各自算賬');
    expect(trimClause('推出了“小米錢包”')).toBe('推出了“小米錢包”');
    expect(trimClause('，（2023年）')).toBe('（2023年）');
  });

  it('keeps a clause inside a quote readable', () => {
    const events = inTextOrder(extractTimeline(paragraphsOf(['他表示：“2023年公司扭虧為盈。今年要擴張。”']), '2024-01'));
    expect(events.map((event) => event.text)).toEqual(['2023年公司扭虧為盈', '今年要擴張']);
  });
});

describe('compareEventDates', () => {
  it('orders by the start of the period, coarser first', () => {
    const shuffled = ['2023-07', '2023-Q3', '2023-01-05', '2023-H2', '2023-01', '2023-Q1', '2023-06-30', '2023-H1', '2023', '2022-12-31', '2024'];
    expect([...shuffled].sort(compareEventDates)).toEqual(['2022-12-31', '2023', '2023-H1', '2023-Q1', '2023-01', '2023-01-05', '2023-06-30', '2023-H2', '2023-Q3', '2023-07', '2024']);
  });

  it('is a total order: antisymmetric, zero only for equal dates', () => {
    const dates = ['2023', '2023-H1', '2023-Q1', '2023-01', '2023-01-01', '2023-Q2', '2023-04'];
    for (const a of dates) {
      for (const b of dates) {
        expect(Math.sign(compareEventDates(a, b)) + Math.sign(compareEventDates(b, a))).toBe(0);
        expect(compareEventDates(a, b) === 0).toBe(a === b);
      }
    }
  });

  it('rejects strings that are not timeline dates', () => {
    expect(() => compareEventDates('2023-13', '2023')).toThrow();
    expect(() => compareEventDates('23', '2023')).toThrow();
    expect(() => compareEventDates('2023-02-30', '2023')).toThrow();
  });
});

describe('scanDateMentions', () => {
  it('reports offsets into the original text', () => {
    const text = '據悉，２０２３年６月，同年底。';
    for (const mention of scanDateMentions(text)) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(scanDateMentions(text).map((mention) => mention.text)).toEqual(['２０２３年６月', '同年底']);
  });
});

describe('extractTimeline input', () => {
  it('rejects a publication date that is not YYYY, YYYY-MM or YYYY-MM-DD', () => {
    expect(() => extractTimeline(paragraphsOf(['2023年。']), '2024/01')).toThrow(/published/);
  });
});

describe('a bare 去年/今年 does not lend its year to later bare dates', () => {
  it('reads 第二季度 after 去年以来 as the current quarter', () => {
    const events = extractTimeline([{ sectionId: 's', paragraphId: 'p1', text: '去年以来，银行业净息差持续收窄，部分银行已在讨论第二季度的存款定价。' }], '2023-06-12');
    expect(events.map((event) => [event.dateText, event.date])).toEqual([
      ['去年', '2022'],
      ['第二季度', '2023-Q2'],
    ]);
  });

  it('still lends it when the relative year carries a month (去年3月…，5月…)', () => {
    const events = extractTimeline([{ sectionId: 's', paragraphId: 'p1', text: '該行去年3月啟動改革，5月完成首輪調整。' }], '2024-02-01');
    expect(events.map((event) => event.date)).toEqual(['2023-03', '2023-05']);
  });
});
