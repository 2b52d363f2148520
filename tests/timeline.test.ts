import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { timelineEventSchema, type LocatedParagraph, type TimelineEvent } from '../lib/content/model';
import { readYearPart, scanDateMentions } from '../lib/content/extract/dates';
import * as timelineModule from '../lib/content/extract/timeline';
import { compareEventDates, extractTimeline, trimClause } from '../lib/content/extract/timeline';

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
      ['clauseStart', 'compareEventDates', 'eventClause', 'extractTimeline', 'isBareRelativeYear', 'isClauseBoundary', 'isComparisonBaseline', 'isForecastOfResults', 'isForwardLooking', 'isEditionOfWork', 'isYearToDate', 'sortEvents', 'trimClause'].sort(),
    );
  });
});

describe('the seed article', () => {
  const lines = readFileSync('tests/fixtures/seed/000_59b1de32102e14a5.txt', 'utf8').split('\n');
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
    // (A target for the fiscal year under way, 2024财年目标为…, is a goal and no event: see the third sample's tests.)
    expect(datesIn('2023年度，公司实现营收120亿元；2024财年起改用新会计准则。')).toEqual(['2023年度 → 2023', '2024财年 → 2024']);
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
    expect(datesIn(['2023年第四季度營收增長。', '2023年四季度毛利率回升。', '2024年Q2出貨量下滑；2024Q3將推新品；2022年第一季利潤下降。'])).toEqual([
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

  it('leaves a cumulative 前三季度 undated: a run of quarters is a figure\'s span, not a happening', () => {
    expect(datesIn('2023年前三季度，該行實現淨利潤80億元。')).toEqual([]);
  });

  it('dates a bare quarter by the publication date (the last one, not a future one)', () => {
    expect(datesIn('第四季度，蘋果以24%的市場份額位居第一。', '2024-01')).toEqual(['第四季度 → 2023-Q4']);
    expect(datesIn('Q4出貨量同比增長。', '2024-01')).toEqual(['Q4 → 2023-Q4']);
    expect(datesIn('四季度营收环比改善。', '2023-12')).toEqual(['四季度 → 2023-Q4']);
  });
});

describe('ranges', () => {
  it('leaves out a past range of years that only frames a figure or a stretch of someone\'s life (a run, as the holdouts label it)', () => {
    expect(datesIn('2018至2019年，金融收入持續增長。', '2024-01')).toEqual([]);
    expect(datesIn('他们2012~2013年度仅受理了99个申请，2014～2015 年度也只有354个。', '2018-04-25')).toEqual([]);
    expect(datesIn('韩世同曾经在1994-1995年在万科广州公司任职。', '2012-04-01')).toEqual([]);
    expect(datesIn('从2000年到2016年，中国向非洲提供1,250亿美元贷款。', '2018-09-03')).toEqual([]);
  });

  it('dates a range by its start (months of one year are a run, undated) and keeps the whole range as written', () => {
    expect(datesIn('有從業者計算出2018至2019年金融收入。')).toEqual(['2018至2019年 → 2018']);
    expect(datesIn('有從業者計算出2018-2019年金融收入。')).toEqual(['2018-2019年 → 2018']);
    expect(datesIn('法國在2018年至2019年間進行了試驗。')).toEqual(['2018年至2019年 → 2018']);
    expect(datesIn('2023年1月至今，该行累计发行债券300亿元。')).toEqual(['2023年1月至今 → 2023-01']);
    expect(datesIn('2023年1月16日至18日，大会在北京召开。')).toEqual(['2023年1月16日至18日 → 2023-01-16']);
    expect(datesIn('今年1-3月，全国社会消费品零售总额增长4.7%。', '2024-04')).toEqual([]);
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

  it('dates nothing from 同 joining young people (Cantonese 同年輕人講, "told the young people")', () => {
    expect(datesIn(['2019年6月，社會運動爆發。', '她由銅鑼灣行到金鐘，然後同年輕人講：「我真係好支持你哋。」'])).toEqual(['2019年6月 → 2019-06']);
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
    expect(datesIn('公司成立21年，21年來穩健經營，計劃10年內上市，今年啟動轉型。', '2024-01')).toEqual(['今年 → 2024']);
    // 今年是轉型第5年 only characterizes the year (LABELS.md): no event.
    expect(datesIn('今年是轉型第5年。', '2024-01')).toEqual([]);
    expect(datesIn('贷款期限延长至10年，利率不变。')).toEqual([]);
  });
});

describe('dates without a year', () => {
  it('reads a bare month-day in the publication month', () => {
    expect(datesIn('1月16日，小米集團總裁盧偉冰稱手機份額提升。', '2024-01')).toEqual(['1月16日 → 2024-01-16']);
  });

  it('puts a month after the publication month in the year before', () => {
    expect(datesIn('12月20日，该行宣布下调存款利率。', '2024-01')).toEqual(['12月20日 → 2023-12-20']);
    expect(datesIn('1月20日，该行宣布了下调存款利率。', '2024-01-10')).toEqual(['1月20日 → 2023-01-20']);
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
  it('reads 第二季度 after 去年以来 as the current quarter (去年以来 itself is a span up to now, no event)', () => {
    const events = extractTimeline([{ sectionId: 's', paragraphId: 'p1', text: '去年以来，银行业净息差持续收窄，部分银行已在讨论第二季度的存款定价。' }], '2023-06-12');
    expect(events.map((event) => [event.dateText, event.date])).toEqual([
      ['第二季度', '2023-Q2'],
    ]);
  });

  it('still lends it when the relative year carries a month (去年3月…，5月…)', () => {
    const events = extractTimeline([{ sectionId: 's', paragraphId: 'p1', text: '該行去年3月啟動改革，5月完成首輪調整。' }], '2024-02-01');
    expect(events.map((event) => event.date)).toEqual(['2023-03', '2023-05']);
  });
});

/** `[dateText, date, text]` of every event in some paragraphs, in text order. */
function eventsIn(texts: string | readonly string[], published = '2024-01'): string[][] {
  const paragraphs = paragraphsOf(typeof texts === 'string' ? [texts] : texts);
  return inTextOrder(extractTimeline(paragraphs, published)).map((event) => [event.dateText, event.date, event.text]);
}

describe('report labels (2024年一季報, 2023年年報, 截至6月底止半年)', () => {
  it('gives the sentence to the date the report came out on', () => {
    expect(eventsIn('4月29日晚间，比亚迪发布2024年一季报。报告显示，今年一季度营收同比下降3.8%。', '2024-04-30')).toEqual([
      ['4月29日', '2024-04-29', '4月29日晚间，比亚迪发布2024年一季报'],
      ['今年一季度', '2024-Q1', '今年一季度营收同比下降3.8%'],
    ]);
    expect(eventsIn('台積電19日舉行法說會，公布民國112年第三季財報，單季營收5467億元。', '2023-10')).toEqual([
      ['19日', '2023-10-19', '台積電19日舉行法說會，公布民國112年第三季財報，單季營收5467億元'],
    ]);
    expect(eventsIn('騰訊昨日公布截至6月底止半年業績，收入按年增長11%。', '2023-08-17')).toEqual([['昨日', '2023-08-16', '騰訊昨日公布截至6月底止半年業績，收入按年增長11%']]);
  });

  it('drops a label beside another date of its sentence, and lends no year to later bare dates', () => {
    expect(datesIn('公司在2023年年报中披露，2023年全年销量302.4万辆。', '2024-04')).toEqual(['2023年全年 → 2023']);
    expect(datesIn('公司2023年年報顯示營收增長；3月份銷量回升。', '2024-04')).toEqual(['2023年 → 2023', '3月份 → 2024-03']);
  });

  it('dates a label that is its sentence’s only date by the period it covers (LABELS.md), and one without a year not at all', () => {
    expect(eventsIn('公司2024年第一季度报告显示，营收增长。', '2024-05')).toEqual([['2024年', '2024-Q1', '公司2024年第一季度报告显示，营收增长']]);
    expect(datesIn('中央銀行召開第一季理監事會。台積電公布第三季財報。截至6月底止半年，收入下降。', '2024-03')).toEqual([]);
  });

  it('dates a period named by its last day to that day (截至今年3月31日止年度溢利, LABELS.md), as every labelled one is', () => {
    expect(datesIn('截至2023年12月31日止年度，集團純利增長。', '2024-03')).toEqual(['2023年12月31日 → 2023-12-31']);
    expect(datesIn('截至6月30日止六個月，收入下降。', '2024-03')).toEqual(['6月30日 → 2023-06-30']);
    expect(datesIn('截至今年3月31日止12个月期间，蚂蚁集团服务的年度活跃用户超过13亿。', '2020-07')).toEqual(['今年3月31日 → 2020-03-31']);
  });
});

describe('baselines and "since" phrases', () => {
  it('does not date the start of a record (自2008年以來首次, 2007年以来新低)', () => {
    expect(eventsIn('滙豐宣布加息，是該行自2008年以來首次加息。人民币汇率创2007年以来新低。', '2023-07')).toEqual([]);
  });

  it('does not date a span up to now that names nothing done on its first day (自2022年3月以來，累計升息5次), as 今年以來 (LABELS.md)', () => {
    expect(eventsIn('自2022年3月以來，央行已累計升息5次。2018年以来，汇率双向波动增强。', '2024-03')).toEqual([]);
    // 财联社, 3 June 2021 (Rock-Candy-Tea/RSSHUB-PAGE@84a92e6c, 10倍大牛股崩了) and 13 September 2022 (@7a3e05d2, 盘后公告集锦).
    expect(datesIn('值得一提的是，2021年2月以来，山东墨龙股价波动明显加大，这一切或仍与控股权争夺有关。', '2021-06-03')).toEqual([]);
    expect(datesIn('ST曙光公告，自2022年8月中旬以来，公司不能与公司实际控制人张秀根取得联系。', '2022-09-13')).toEqual([]);
  });

  it('dates the first day of a since-phrase that names what happened then (自2021年5月担任…CEO以来)', () => {
    // tests/corpus aotou-1 (鳌头财经 via 36氪, 2022-06-09), paragraph 20.
    expect(datesIn('不过，这是大润发CEO林小海自2021年5月担任高鑫零售CEO以来，经历的第一个完整的财年。', '2022-06-09')).toEqual(['2021年5月 → 2021-05']);
  });

  it('does not date what something is compared with (高於2021年同期, 恢復至2019年的水平, 較7月)', () => {
    expect(datesIn('外汇储备较7月下降，高于2021年同期水平，客流恢复至2019年的水平，营收高於2022年。', '2023-09')).toEqual([]);
  });
});

describe('spans of months and cumulative periods', () => {
  it('leaves months of one year counted together undated, and never reads the last month alone', () => {
    expect(datesIn('1至9月，投资增长3.1%；4月至6月，出口回落；1月至10月，利润下降。', '2023-11')).toEqual([]);
    expect(datesIn('民國112年1至9月出口年減12.2%。', '2023-11')).toEqual([]);
    expect(datesIn('2022年1-2月，进出口总值6.2万亿元；1—8月，社会消费品零售总额增长18.1%。', '2022-03-07')).toEqual([]);
  });

  it('leaves 前兩月, 前5個月 and 前兩個季度 after a year undated', () => {
    expect(datesIn('今年前兩月CPI平均2.4%；今年前5個月銷量增長；今年前兩個季度利潤回升。', '2024-06')).toEqual([]);
  });

  it('does not read a comparison with a span as an event (降幅较1-9月收窄)', () => {
    expect(datesIn('降幅较1-9月收窄1.2个百分点。', '2023-11')).toEqual([]);
  });

  it('keeps 全年 in the date text', () => {
    expect(datesIn('2023年全年新能源汽車銷量302.4萬輛。', '2024-04')).toEqual(['2023年全年 → 2023']);
  });
});

describe('fiscal years', () => {
  it('dates a fiscal year across two years by its first (2023/24財年, 2023-24年度)', () => {
    expect(datesIn('港鐵2023/24財年收入增長16%。', '2024-05')).toEqual(['2023/24財年 → 2023']);
    expect(datesIn('政府公布2023-24年度預算。', '2024-05')).toEqual(['2023-24年度 → 2023']);
    expect(datesIn('2023/25財年收入增長。', '2024-05')).toEqual([]);
  });

  it('keeps only the year of a fiscal quarter, which need not be the calendar one', () => {
    expect(datesIn('友邦公布2024財年第一季業績，新業務價值增長20%。', '2024-05')).toEqual(['2024財年第一季 → 2024']);
  });
});

describe('Taiwanese (民國) years', () => {
  it('reads 民國111年12月, 民國38年, 112年第3季 and 110年度', () => {
    expect(datesIn('台積電於民國111年12月舉行典禮。民國38年，政府遷台。112年第3季經濟成長2.32%。110年度預算通過。', '2023-11')).toEqual([
      '民國111年12月 → 2022-12',
      '民國38年 → 1949',
      '112年第3季 → 2023-Q3',
      '110年度 → 2021',
    ]);
  });

  it('reads a bare 112年 as a year, but not an age or a round number', () => {
    expect(eventsIn('主計總處上修112年經濟成長率至1.61%，113年將編列特別預算。', '2023-11')).toEqual([
      ['112年', '2023', '主計總處上修112年經濟成長率至1.61%'],
      ['113年', '2024', '113年將編列特別預算'],
    ]);
    expect(datesIn('該公司已有112年歷史，112年來屢經變革，建黨100年。', '2023-11')).toEqual([]);
  });
});

describe('a day of the month alone (18日)', () => {
  it('takes the publication month, or the month before for a day still to come', () => {
    expect(datesIn('國家統計局18日發布數據。', '2023-10-18')).toEqual(['18日 → 2023-10-18']);
    expect(datesIn('28日，公司公告回購。', '2023-10-05')).toEqual(['28日 → 2023-09-28']);
    expect(datesIn('28日，公司公告回購。', '2023-10')).toEqual(['28日 → 2023-10-28']);
    expect(datesIn('28日，公司公告回購。', '2023')).toEqual([]);
  });

  it('puts a planned day after publication (將於3日)', () => {
    expect(datesIn('公司將於3日召開股東會。', '2023-10-20')).toEqual(['3日 → 2023-11-03']);
  });

  it('takes the month named before in the paragraph, and keeps a range of days whole', () => {
    expect(datesIn('10月17日，公司遞表，18日獲受理。大會於20日至22日舉行。', '2023-11-05')).toEqual(['10月17日 → 2023-10-17', '18日 → 2023-10-18', '20日至22日 → 2023-10-20']);
  });

  it('takes the day in brackets after a weekday, and a weekday in brackets after the day', () => {
    expect(datesIn('恒指周五(22日)低開。', '2023-09-22')).toEqual(['周五(22日) → 2023-09-22']);
    expect(datesIn('央行21日（週四）宣布升息。', '2024-03-22')).toEqual(['21日（週四） → 2024-03-21']);
  });

  it('does not read counts of days, moving averages or yen as days', () => {
    expect(datesIn('港股連續3日下跌，10日線失守，5日均線向下，7日年化收益率2%，3日內到賬，派息20日元，T+1日交收，第3日。', '2023-10-20')).toEqual([]);
  });
});

describe('days relative to publication (今日, 昨日, 前日)', () => {
  it('counts back from a full publication date', () => {
    expect(datesIn(['美聯儲前日議息。金管局昨日加息。騰訊今日公布業績。', '截至今日累計回購百億。'], '2023-07-28')).toEqual([
      '前日 → 2023-07-26',
      '昨日 → 2023-07-27',
      '今日 → 2023-07-28',
      '今日 → 2023-07-28',
    ]);
    expect(datesIn('前日本港股市回落。', '2023-07-28')).toEqual(['前日 → 2023-07-26']);
  });

  it('does not read 前日本, 今日頭條, 時至今日 or 持續到今天', () => {
    expect(datesIn('前日本首相到訪。今日頭條未有回應，時至今日仍未上市，監管一直持續到今天。', '2023-07-28')).toEqual([]);
  });
});

describe('days and months relative to the text (同日, 當天, 次日, 當月, 次月)', () => {
  it('counts 同日, 當天 and 次日 from the last full date, across paragraphs and coarser dates', () => {
    expect(datesIn(['金管局昨日加息，2022年以來累計加息多次。', '滙豐銀行同日宣布上調利率。次日，港股下跌。當天成交額萎縮。'], '2023-07-28')).toEqual([
      '昨日 → 2023-07-27',
      '同日 → 2023-07-27',
      '次日 → 2023-07-28',
      '當天 → 2023-07-28',
    ]);
    expect(datesIn('國家統計局18日發布數據，發言人在当天的發布會上表示消費回暖。', '2023-10-18')).toEqual(['18日 → 2023-10-18', '当天 → 2023-10-18']);
  });

  it('counts 當月 and 次月 from the last month', () => {
    expect(datesIn('11月中旬，央行開展MLF操作。當月，新增貸款1.09萬億元，次月回升。', '2023-12')).toEqual(['11月中旬 → 2023-11', '當月 → 2023-11', '次月 → 2023-12']);
  });

  it('dates nothing without a date before, nor 不可同日而語, 相同日期, 當日沖銷, 不同月份', () => {
    expect(datesIn('同日，公司公告。當月，銷量回升。', '2023-07-28')).toEqual([]);
    expect(datesIn('10月5日，兩者不可同日而語，相同日期，當日沖銷比重上升，不同月份波動較大。', '2023-10-20')).toEqual(['10月5日 → 2023-10-05']);
  });
});

describe('event clauses, further', () => {
  it('gives a clause that is only its date the clause after it, even when that holds a date', () => {
    expect(eventsIn(['4月29日晚间，比亚迪发布一季报。', '同日，比亚迪宣布将于5月下旬推出新款车型。'], '2024-04-30')).toEqual([
      ['4月29日', '2024-04-29', '4月29日晚间，比亚迪发布一季报'],
      ['同日', '2024-04-29', '同日，比亚迪宣布将于5月下旬推出新款车型'],
      ['5月下旬', '2024-05', '比亚迪宣布将于5月下旬推出新款车型'],
    ]);
  });

  it('ends a clause said inside a quote with the quote', () => {
    expect(eventsIn('"2024年，我们将在华东新建两座工厂,"某公司董事长表示,"明年一季度将发布新品。"', '2023-11')).toEqual([
      ['2024年', '2024', '2024年，我们将在华东新建两座工厂'],
      ['明年一季度', '2024-Q1', '明年一季度将发布新品'],
    ]);
    // A forecast (LABELS.md) is no event, in a quote or not; a clause of only the date says what it dates in the next.
    expect(eventsIn('"2024年，我们预计经济将继续回升,"某券商首席经济学家表示。', '2023-11')).toEqual([]);
    expect(eventsIn('“2023年公司扭虧為盈，”他說，“今年將擴張。”', '2024-02')).toEqual([
      ['2023年', '2023', '2023年公司扭虧為盈'],
      ['今年', '2024', '今年將擴張'],
    ]);
  });

  it('ends a sentence at an ASCII full stop after Chinese text, not inside a number', () => {
    expect(eventsIn('4月29日晚间,比亚迪发布2024年一季报.报告显示,一季度营收1249.44亿元.', '2024-04-30')).toEqual([
      ['4月29日', '2024-04-29', '4月29日晚间,比亚迪发布2024年一季报'],
      ['一季度', '2024-Q1', '一季度营收1249.44亿元'],
    ]);
  });

  it('reads a start date with a plan later in its clause as ahead (4月1日起電價將調漲)', () => {
    expect(datesIn('楊金龍說，4月1日起電價將調漲。', '2024-03-22')).toEqual(['4月1日 → 2024-04-01']);
  });

  it('reads 來自 after a date as “from”, not “since”, even before a record (今年上半年來自中國的投資創新高)', () => {
    expect(datesIn('越南副部長說，今年上半年來自中國的直接投資創歷史新高。', '2024-08-05')).toEqual(['今年上半年 → 2024-H1']);
    expect(datesIn('自2008年以來首次連續兩次加息。', '2024-08-05')).toEqual([]);
  });

  it('reads a period whose clause plans what it states as this year’s or the next, and leaves out a forecast for it (下半年出口仍將成長)', () => {
    expect(datesIn('台積電下半年將在高雄新建晶圓廠。', '2024-05-02')).toEqual(['下半年 → 2024-H2']);
    expect(datesIn('下半年公司预计将推出新品。', '2024-02')).toEqual(['下半年 → 2024-H2']);
    expect(datesIn('四季度有望推出新一代芯片。', '2024-05')).toEqual(['四季度 → 2024-Q4']);
    // A forecast or a market outlook (LABELS.md) is no event at all.
    expect(datesIn('分析師認為，台灣下半年出口仍將維持雙位數成長。', '2024-05-02')).toEqual([]);
    expect(datesIn('下半年经济预计将温和回暖。', '2024-02')).toEqual([]);
    expect(datesIn('投資長認為，下半年台股仍有機會挑戰兩萬五關卡。', '2024-06-13')).toEqual([]);
    expect(datesIn('下半年出口或将放缓。', '2024-03')).toEqual([]);
  });

  it('counts 明年/今年 in a statement the sentence dates from that date, not from publication', () => {
    // A plan, not `明年要堅持穩中求進`: what must be done in a year not over is a goal (tests/timeline-outlooks.test.ts).
    expect(datesIn('去年12月，中央經濟工作會議提出，明年將實施新一輪減稅。', '2024-03')).toEqual(['去年12月 → 2023-12', '明年 → 2024']);
    expect(datesIn('2019年，小米表示，明年將加大金融投入。', '2024-01')).toEqual(['2019年 → 2019', '明年 → 2020']);
    // The narrator's own 今年, after a date but with no one speaking between, counts from publication.
    expect(datesIn('去年12月營收增長5%，今年將推出三款新品。', '2024-03')).toEqual(['去年12月 → 2023-12', '今年 → 2024']);
  });

  it('keeps a date in the past when the plan after it is what was announced on it (12月20日宣布將於明年推出)', () => {
    expect(datesIn('公司12月20日宣布將於明年推出新品。', '2024-01-10')).toEqual(['12月20日 → 2023-12-20', '明年 → 2024']);
    expect(datesIn('四季度GDP同比增長5.2%。', '2024-01')).toEqual(['四季度 → 2023-Q4']);
  });
});

describe('forms that were already read right', () => {
  it('reads 上旬, 中旬, 下旬 as their month', () => {
    expect(datesIn('9月上旬完成測試，9月中旬推出新機制，9月下旬庫存調整近尾聲。', '2023-10')).toEqual(['9月上旬 → 2023-09', '9月中旬 → 2023-09', '9月下旬 → 2023-09']);
  });

  it('reads 下周一起生效 and 上周三收漲 against a full date (2023-07-28 is a Friday)', () => {
    expect(datesIn('新利率下周一起生效。恒指上周三收漲1.2%。', '2023-07-28')).toEqual(['下周一 → 2023-07-31', '上周三 → 2023-07-19']);
  });

  it('reads 本月初, 明年起, 23年底 and 二〇二三年十月', () => {
    expect(datesIn('友邦本月初完成首階段回購。預計明年起海外工廠投產。23年底新業務價值創新高。二〇二三年十月，公司宣布回購。', '2024-05')).toEqual([
      '本月初 → 2024-05',
      '明年 → 2025',
      '23年底 → 2023-H2',
      '二〇二三年十月 → 2023-10',
    ]);
  });

  it('dates a full date with a time of day, leaving the time out of the date text', () => {
    expect(eventsIn('騰訊將於2023年9月22日下午3時舉行股東大會。', '2023-09')).toEqual([['2023年9月22日', '2023-09-22', '騰訊將於2023年9月22日下午3時舉行股東大會']]);
  });

  it('does not date durations, amounts, times or holidays', () => {
    expect(datesIn('未來三年將擴產，3年後量產，10年間累計投資逾2023萬元，年內完成回購，利率上調12.5個基點，下午3時開市。', '2024-02-15')).toEqual([]);
    expect(datesIn('春節前後消費升溫，農曆新年期間銷售增長，國慶假期出遊人次創新高。', '2024-02-15')).toEqual([]);
  });

  it('reads 5月份 as a month and skips 去年同期 and 較上月', () => {
    expect(datesIn('5月份銷量增長，較上月增長65%，去年同期則下降。', '2024-06')).toEqual(['5月份 → 2024-05']);
  });
});

describe('Taiwanese papers: the date in brackets after a relative word (今(5)日, 上(12)月, 去(2023)年)', () => {
  it('reads 今(5)日, 昨(4)日 and 明(6)日 as days of the publication month, the word saying which way', () => {
    expect(datesIn('台股今(5)日收漲，外資昨(4)日賣超，鮑爾明(6)日赴國會作證。', '2024-03-05')).toEqual(['今(5)日 → 2024-03-05', '昨(4)日 → 2024-03-04', '明(6)日 → 2024-03-06']);
    expect(datesIn('台股昨（28）日收高，新制明（1）日上路。', '2024-02-29')).toEqual(['昨（28）日 → 2024-02-28', '明（1）日 → 2024-03-01']);
    expect(datesIn('台股前(3)日大跌，主計總處後(7)日公布CPI。', '2024-03-05')).toEqual(['前(3)日 → 2024-03-03', '後(7)日 → 2024-03-07']);
  });

  it('needs only the publication month, since the day is written', () => {
    expect(datesIn('財政部昨(9)日公布出口數據。', '2024-01')).toEqual(['昨(9)日 → 2024-01-09']);
    expect(datesIn('財政部昨(9)日公布出口數據。', '2024')).toEqual([]);
  });

  it('reads 上(12)月, 本(1)月, 下(1)月 and 本(3)月21日 against publication', () => {
    expect(datesIn('上(12)月出口年增11.8%，本(1)月起調漲電價。', '2024-01-10')).toEqual(['上(12)月 → 2023-12', '本(1)月 → 2024-01']);
    // A forecast for it is no event (LABELS.md).
    expect(datesIn('上(12)月出口年增11.8%，本(1)月可望續增。', '2024-01-10')).toEqual(['上(12)月 → 2023-12']);
    expect(datesIn('電價下(1)月起調漲。', '2024-12-20')).toEqual(['下(1)月 → 2025-01']);
    expect(datesIn('央行本(3)月21日召開理監事會。', '2024-03-05')).toEqual(['本(3)月21日 → 2024-03-21']);
  });

  it('crosses New Year from 上(12)月 and 下(1)月 even when only the publication year is known', () => {
    expect(datesIn('上(12)月出口年增11.8%。', '2024')).toEqual(['上(12)月 → 2023-12']);
    expect(datesIn('電價下(1)月起調漲。', '2024')).toEqual(['下(1)月 → 2025-01']);
    expect(datesIn('上(11)月出口年增3.8%。', '2024')).toEqual(['上(11)月 → 2024-11']);
  });

  it('reads the year in brackets, Western or 民國 (去(2023)年第4季, 去(112)年)', () => {
    expect(datesIn('台積電去(2023)年第4季營收6,255億元；德國廠明(2025)年動工；去(112)年出口衰退。', '2024-03-05')).toEqual([
      '去(2023)年第4季 → 2023-Q4',
      '明(2025)年 → 2025',
      '去(112)年 → 2023',
    ]);
  });
});

describe('months and quarters named together (3、4月, 1月和2月, 第一、二季度)', () => {
  it('leaves them undated, and never reads one of them alone', () => {
    expect(datesIn('今(2024)年1、2月合併營收年增9.4%。', '2024-03-05')).toEqual([]);
    expect(datesIn('今年3、4月，新股集資額合共120億元，1月和2月則只有30億元。', '2024-07')).toEqual([]);
    expect(datesIn('11月、12月出口回升。', '2024-01')).toEqual([]);
    expect(datesIn('公司分別在3、4、5月推出新品。', '2024-07')).toEqual([]);
    expect(datesIn('Q1-Q3累計營收3000億元。', '2024-11')).toEqual([]);
    expect(datesIn('今年第一、二季度，港股集資額分別為52億元及98億元。', '2024-07')).toEqual([]);
  });

  it('keeps dates of different kinds apart (2022年底、2023年初)', () => {
    expect(datesIn('2022年底、2023年初，兩家公司分家。')).toEqual(['2022年底 → 2022-H2', '2023年初 → 2023-H1']);
  });
});

describe('wire datelines (新华社北京3月5日电, 路透…电---, （彭博）--, （中央社…電）)', () => {
  it('is no event, and the clause starts after it', () => {
    expect(eventsIn('新华社北京3月5日电 十四届全国人大二次会议5日上午在人民大会堂开幕。', '2024-03-05')).toEqual([
      ['5日', '2024-03-05', '十四届全国人大二次会议5日上午在人民大会堂开幕'],
    ]);
    expect(eventsIn('路透华盛顿3月20日电---美联储周三维持利率不变。', '2024-03-21')).toEqual([['周三', '2024-03-20', '美联储周三维持利率不变']]);
    expect(eventsIn('（彭博）--日本央行週二宣布結束負利率政策。', '2024-03-19')).toEqual([['週二', '2024-03-19', '日本央行週二宣布結束負利率政策']]);
    expect(eventsIn('【香港01】港交所周二（6月11日）公布數據。', '2024-06-12')).toEqual([['周二（6月11日）', '2024-06-11', '港交所周二（6月11日）公布數據']]);
  });

  it('takes a bracketed byline for a dateline too (〔記者王小明／台北報導〕, （记者 张三）)', () => {
    expect(eventsIn('〔記者王小明／台北報導〕台股今(5)日收漲。', '2024-03-05')).toEqual([['今(5)日', '2024-03-05', '台股今(5)日收漲']]);
    expect(eventsIn('（记者 张三）3月5日，央行开展逆回购操作。', '2024-03-06')).toEqual([['3月5日', '2024-03-05', '3月5日，央行开展逆回购操作']]);
  });

  it('dates the copy when the publication date is coarser (（中央社記者台北21日電）…今天)', () => {
    expect(eventsIn('（中央社記者潘姿羽台北21日電）中央銀行今天宣布升息半碼。', '2024-03')).toEqual([['今天', '2024-03-21', '中央銀行今天宣布升息半碼']]);
  });

  it('keeps a full publication date, which may be a time zone ahead of the dateline (华盛顿3月20日电…北京时间3月21日)', () => {
    expect(eventsIn('路透华盛顿3月20日电---北京时间3月21日凌晨2点，美联储公布利率决议。', '2024-03-21')).toEqual([['3月21日', '2024-03-21', '北京时间3月21日凌晨2点，美联储公布利率决议']]);
  });

  it('dates a lead that names no day of its own by the dateline (（中央社記者台北26日電）…表示), after an indent too', () => {
    expect(eventsIn('（中央社記者林小明東京26日電）日本央行總裁表示，物價仍將溫和上升。', '2024-03-26')).toEqual([
      ['26日', '2024-03-26', '日本央行總裁表示，物價仍將溫和上升'],
    ]);
    expect(eventsIn('　　新华社上海3月5日电 （记者 王五）上海证券交易所5日公布新规。', '2024-03-05')).toEqual([['5日', '2024-03-05', '上海证券交易所5日公布新规']]);
    expect(eventsIn('路透东京3月5日 - 日本央行表示，将维持宽松政策。', '2024-03-05')).toEqual([['3月5日', '2024-03-05', '日本央行表示，将维持宽松政策']]);
  });

  it('leaves a bracket or a sentence that only looks like one alone', () => {
    expect(eventsIn('（2024年3月1日）港交所公布諮詢總結。', '2024-07')).toEqual([['2024年3月1日', '2024-03-01', '（2024年3月1日）港交所公布諮詢總結']]);
    expect(datesIn('公司5日電告股東，會議延期。', '2024-03-06')).toEqual(['5日 → 2024-03-05']);
  });
});

describe('the start of a record with words between (2019年8月LPR改革以来最大降幅)', () => {
  it('is no event, and neither is a run of holds (自去年7月以来连续第五次)', () => {
    expect(datesIn('5年期以上LPR下降25个基点，为2019年8月LPR改革以来最大降幅。', '2024-02-20')).toEqual([]);
    expect(datesIn('一個月拆息升至5.2厘，為上月中以來高位。', '2023-12-28')).toEqual([]);
    expect(datesIn('这是美联储自去年7月以来连续第五次按兵不动。', '2024-03-21')).toEqual([]);
  });

  it('still dates the start of a trend named that way (自2022年3月加息周期开启以来)', () => {
    expect(datesIn('自2022年3月加息周期开启以来，美联储累计加息11次。', '2024-03-21')).toEqual(['2022年3月 → 2022-03']);
  });
});

describe('analysts’ shorthand (1H24, 2Q24, FY2023, H1, 23/24年度)', () => {
  it('reads halves, quarters and fiscal years written the English way', () => {
    expect(datesIn('1H24营收增长7%，2Q24营收1611亿元，FY2023净利润1577亿元，FY24Q1收入回升。', '2024-08-16')).toEqual([
      '1H24 → 2024-H1',
      '2Q24 → 2024-Q2',
      'FY2023 → 2023',
      'FY24Q1 → 2024',
    ]);
    expect(datesIn(['H1游戏收入持平，H2将推出两款新游戏。', '2024H1毛利率提升。'], '2024-08-16')).toEqual(['H1 → 2024-H1', 'H2 → 2024-H2', '2024H1 → 2024-H1']);
    // 有望加速 forecasts a result: no event (LABELS.md).
    expect(datesIn('H1游戏收入持平，H2有望加速。', '2024-08-16')).toEqual(['H1 → 2024-H1']);
  });

  it('does not read H1N1, H20 or H股 as halves', () => {
    expect(datesIn('H1N1疫情、H20芯片與H股指數。', '2024-08-16')).toEqual([]);
  });

  it('reads a number of years measured or held as a count, not a year (長達2000年, 產權70年), but a deadline as its year', () => {
    expect(datesIn('全世界用水泥蓋的建築已長達2000年，水泥是最環保的建材。', '2021-03')).toEqual([]);
    expect(datesIn('很多人只注意到房产证上写明房屋产权70年，期限都被设定在70年。', '2021-03')).toEqual([]);
    expect(datesIn('这一传统已有2000年之久。', '2021-03')).toEqual([]);
    expect(datesIn('雙方的賭局期限應為2022年，公司2000年上市。', '2021-03')).toEqual(['2022年 → 2022', '2000年 → 2000']);
  });

  it('does not read the visa H1-B as a half', () => {
    expect(datesIn('新规则将进一步收紧所谓H1-B项目签证的发放。', '2020-10-07')).toEqual([]);
    expect(datesIn('公司H1营收增长20%。', '2020-10-07')).toEqual(['H1 → 2020-H1']);
  });

  it('reads fiscal years written with two digits or 至 (23/24年度, 2024至25年度)', () => {
    expect(datesIn('同業23/24年度收入增長11%，政府2024至25年度發行綠色債券。', '2024-05')).toEqual(['23/24年度 → 2023', '2024至25年度 → 2024']);
    // 赤字料為481億元 forecasts a figure: no event (LABELS.md).
    expect(datesIn('政府2024至25年度赤字料為481億元。', '2024-05')).toEqual([]);
  });

  it('dates two fiscal years by the first, like a range (FY2023/FY2024), and leaves out a forecast for them', () => {
    expect(datesIn('公司公布FY2023/FY2024经营数据。', '2024-08-16')).toEqual(['FY2023/FY2024 → 2023']);
    expect(datesIn('我们上调公司FY2024/FY2025收入预测，维持买入评级。', '2024-08-16')).toEqual([]);
  });

  it('reads a budget as a label: the day it was delivered is the event (28日发表2024至25年度财政预算案)', () => {
    expect(datesIn('财政司司长28日发表2024至25年度财政预算案。', '2024-02-29')).toEqual(['28日 → 2024-02-28']);
  });

  it('reads 中期業績 as a report label (2024年中期业绩)', () => {
    expect(datesIn('腾讯8月14日晚公布2024年中期业绩，营收增长7%。', '2024-08-16')).toEqual(['8月14日 → 2024-08-14']);
  });
});

describe('plans, further', () => {
  it('carries a plan into the clause joined to it (将在…，并于5月20日至22日举办)', () => {
    expect(datesIn('公司表示，将在年中推出礼盒，并于5月20日至22日举办线下活动。', '2024-03-18')).toEqual(['5月20日至22日 → 2024-05-20']);
  });

  it('does not carry a plan that was announced into the clause joined to it (宣布将于明年推出，并于12月21日召开)', () => {
    expect(datesIn('公司12月20日宣布将于明年推出新品，并于12月21日召开发布会。', '2024-01-10')).toEqual(['12月20日 → 2023-12-20', '明年 → 2024', '12月21日 → 2023-12-21']);
  });

  it('reads a planned weekday as the next one (將於周五恢復)', () => {
    expect(datesIn('港股將於周五恢復全日交易。', '2023-12-28')).toEqual(['周五 → 2023-12-29']);
    expect(datesIn('周五，港股收漲。', '2023-12-28')).toEqual(['周五 → 2023-12-22']);
  });

  it('does not let a bare month lend its guessed year to a planned one (published in January)', () => {
    expect(datesIn('公司在10月发布了第二款车型，新车型将于12月进入欧洲市场，第三款车型则计划在3月上市。', '2024-01-08')).toEqual([
      '10月 → 2023-10',
      '12月 → 2024-12',
      '3月 → 2024-03',
    ]);
  });
});

describe('decades and mid-month', () => {
  it('does not date a decade, and ends the clause before it', () => {
    expect(eventsIn('集團成立於1987年，1994年在港上市，2000年代初開始進軍內地市場，80年代已在新界設廠。', '2023-11')).toEqual([
      ['1987年', '1987', '集團成立於1987年'],
      ['1994年', '1994', '1994年在港上市'],
    ]);
    expect(datesIn('上世紀90年代由黃氏家族接手，九十年代末上市。', '2023-11')).toEqual([]);
  });

  it('dates a week by its month when it lies in one (下週 in copy of 6 March), not a span up to now (本週以來) or a week across two months', () => {
    expect(eventsIn('外資上週五買超62億元，本週以來累計賣超逾百億元。', '2024-03-05')).toEqual([['上週五', '2024-03-01', '外資上週五買超62億元']]);
    expect(eventsIn('金管會主委黃天牧4日表示，本週將公布配套措施。', '2024-03-05')).toEqual([
      ['4日', '2024-03-04', '金管會主委黃天牧4日表示'],
      ['本週', '2024-03', '本週將公布配套措施'],
    ]);
    expect(eventsIn('協會下週將舉辦論壇。', '2024-03-06')).toEqual([['下週', '2024-03', '協會下週將舉辦論壇']]);
    expect(eventsIn('央行表示，本週將公布新規。', '2024-02-28')).toEqual([]);
    expect(eventsIn('協會下週將舉辦論壇。', '2024-03')).toEqual([]);
    expect(eventsIn('3月1日，公司公布上周期業績，本周年慶開幕。', '2024-03-05')).toEqual([['3月1日', '2024-03-01', '3月1日，公司公布上周期業績，本周年慶開幕']]);
  });

  it('keeps 中 of 月中 in the date text, not 中 of 月中國', () => {
    expect(datesIn('本月中，金管局兩度入市；5月中，港元轉強。', '2023-12-28')).toEqual(['本月中 → 2023-12', '5月中 → 2023-05']);
    expect(datesIn('5月中國出口回升。', '2023-12')).toEqual(['5月 → 2023-05']);
  });
});

describe('what the labelled corpus showed is no event', () => {
  it('lists a year, half or quarter once per paragraph, and every month or day', () => {
    expect(datesIn('今年推出新品，今年出口也回暖；2023年第三季營收增長，三季度毛利率下滑。', '2023-11-02')).toEqual(['今年 → 2023', '2023年第三季 → 2023-Q3']);
    expect(datesIn('上月公司被罰款；同月，另一分公司也被罰。', '2023-11-02')).toEqual(['上月 → 2023-10', '同月 → 2023-10']);
    expect(datesIn('9月份，失業率為4.9%。分析師說，9月份失業率數據好於預期。', '2023-10-20')).toEqual(['9月份 → 2023-09']);
  });

  it('leaves out a span up to now (今年以來, 下半年以来, 三季度以来), and dates what a span is counted up to (今年至22日止, 截至22日)', () => {
    expect(datesIn('今年以來，新股集資額大幅增長；今年至22日止，台股漲幅居亞洲之首。', '2024-06-25')).toEqual(['22日 → 2024-06-22']);
    expect(datesIn('下半年以来，原材料价格持续上涨，三季度以来需求整体放缓。', '2024-10-20')).toEqual([]);
    expect(datesIn('进入三季度后，风险挑战增多。', '2024-10-20')).toEqual([]);
    expect(datesIn('截至22日，外資累計賣超；1至3日連續下跌。', '2024-06-25')).toEqual(['22日 → 2024-06-22']);
  });

  it('leaves out a record measured against the same period since a year (2017年以来历史同期)', () => {
    expect(datesIn('记者梳理2017年以来历史同期数据后发现，今年1月增速创新高。', '2022-02-15')).toEqual(['今年1月 → 2022-01']);
  });

  it('leaves out a prediction or an outlook for a year (预测2060年营收, 審慎樂觀看待今年景氣), but keeps a target set for a year already past', () => {
    expect(datesIn('某券商研报大胆预测该公司2060年营收为1714亿元。', '2021-08-24')).toEqual([]);
    expect(datesIn('他審慎樂觀看待今年景氣。他認為今年景氣面臨挑戰，預估將穩定成長。', '2024-03-06')).toEqual([]);
    expect(datesIn('疫情前的2019年设定目标是6%-6.5%，当年实际增长6.1%。', '2022-03-05')).toEqual(['2019年 → 2019']);
    expect(datesIn('分析师预计3月CPI同比上涨1.3%。', '2022-04-08')).toEqual([]);
  });

  it('reads 創下半年新高 as a half-year high, not the second half', () => {
    expect(datesIn('今年上半年成交量創下半年新高。', '2025-09-05')).toEqual(['今年上半年 → 2025-H1']);
  });

  it('dates a run of days by its first (2022年5月21~22日, 3月5-7日)', () => {
    expect(datesIn('2022年5月21~22日，部长会议举行；论坛定于3月5-7日举办。', '2022-02-01')).toEqual(['2022年5月21~22日 → 2022-05-21', '3月5-7日 → 2022-03-05']);
  });

  it('reads a bare quarter or half as the nearer one: the coming 第四季 in August, the last 下半年 in February', () => {
    // A plan, not `第四季是傳統旺季`: a part of the year said to be a kind of season holds of every year (tests/timeline-outlooks.test.ts).
    expect(datesIn('第四季將推出新機種。', '2021-08')).toEqual(['第四季 → 2021-Q4']);
    expect(datesIn('下半年營收年增10%。', '2024-02-10')).toEqual(['下半年 → 2023-H2']);
  });

  it('reads Taiwan’s 今（20）天 and a bare 18號, but not a number (18號文件, 3號線)', () => {
    expect(datesIn('台積電今（20）天舉行股東會。', '2024-06-20')).toEqual(['今（20）天 → 2024-06-20']);
    expect(datesIn('央行18號宣布升息。', '2024-03-20')).toEqual(['18號 → 2024-03-18']);
    expect(datesIn('依據18號文件，捷運3號線延伸段動工。', '2024-03-20')).toEqual([]);
  });

  it('leaves out an edition (2020年版, 与2019年版相比) and a year framing circumstances (在今年…的情況下)', () => {
    expect(datesIn('新版目录（2021年版）条目增加，与2019年版相比多出百条。', '2022-02-15')).toEqual([]);
    expect(datesIn('在今年行業整體快速發展的情況下，該公司卻遇到困難；上半年營收增長4%。', '2021-11-06')).toEqual(['上半年 → 2021-H1']);
  });

  it('leaves out a year only characterized (今年是加入世貿20週年, 2022年是關鍵之年), not a year in which something is done', () => {
    expect(datesIn('今年是中國加入世貿組織20週年。2022年对外贸是一个关键之年。', '2021-12-11')).toEqual([]);
    expect(datesIn('2021年公司在港上市。', '2022-03')).toEqual(['2021年 → 2021']);
  });

  it('reads 去年下半年以来 as a span up to now, and a start date of a rule (5月1日起，新规施行) as a plan', () => {
    expect(datesIn('去年下半年以来，房地产市场持续下行。', '2022-04-13')).toEqual([]);
    expect(datesIn('5月1日起，新规正式施行。', '2022-04-13')).toEqual(['5月1日 → 2022-05-01']);
  });

  it('takes a period named as data put out (公布3月CPI数据) for a report’s name: the sentence’s own date wins, else it dates the sentence', () => {
    expect(datesIn('北京时间4月13日凌晨，美国劳工部公布3月CPI数据。', '2022-04-13')).toEqual(['4月13日 → 2022-04-13']);
    expect(datesIn('美国劳工部公布3月CPI数据，CPI同比上涨8.5%。', '2022-04-13')).toEqual(['3月 → 2022-03']);
    expect(datesIn('經濟部昨天公布7月外銷訂單。行政院會今天通過明年度總預算。', '2023-08-25')).toEqual(['昨天 → 2023-08-24', '今天 → 2023-08-25']);
  });

  it('leaves out a condition (若下半年需求回升, 如果明年) and a level or base compared with (與去年持平, 以2020年為基期)', () => {
    expect(datesIn('若下半年需求回升，公司將擴產；如果明年經濟好轉，股價可望上漲。', '2024-05')).toEqual([]);
    expect(datesIn('出口與去年持平，指數以2020年為基期。', '2024-05')).toEqual([]);
    expect(datesIn('營收相較於去年減少，獲利不及2022年，股價重回2021年高點。', '2024-05')).toEqual([]);
  });

  it('leaves out a question about this year or a later one (明年會更好嗎？), and a market forecast (市場預期9月升息)', () => {
    expect(datesIn('問：明年經濟會更好嗎？今年下半年呢？', '2024-05')).toEqual([]);
    expect(datesIn('問：今年3月公司宣布裁員，原因是什麼？', '2024-05')).toEqual(['今年3月 → 2024-03']);
    expect(datesIn('市場預期聯準會9月升息。', '2024-05')).toEqual([]);
  });

  it('keeps a recent bare day out of a whole year named before it (股價在2021年下跌85%，2月16日又再度下滑), but not out of a year with a month', () => {
    expect(datesIn('股價在2021年下跌了約85%，2月16日又再度下滑7%。', '2022-02-17')).toEqual(['2021年 → 2021', '2月16日 → 2022-02-16']);
    expect(datesIn('2021年1月公司成立，2月16日完成首輪融資。', '2022-02-17')).toEqual(['2021年1月 → 2021-01', '2月16日 → 2021-02-16']);
  });

  it('leaves out the pressures or risks a period not yet over faces (今年穩外貿的壓力非常巨大), not those of a period past', () => {
    expect(datesIn('部長強調，今年穩外貿的壓力非常巨大；二季度經濟面臨下行壓力。', '2022-04-13')).toEqual([]);
    expect(datesIn('去年公司面臨退市風險。', '2022-04-13')).toEqual(['去年 → 2021']);
  });

  it('does not take 好于预期 or 符合預期 for a plan', () => {
    expect(datesIn('9月份失业率数据表现好于此前的预期。', '2021-10-19')).toEqual(['9月份 → 2021-09']);
  });

  it('leaves out a forecast or outlook of results, and keeps a plan with a date', () => {
    expect(datesIn('公司預計下半年業績上揚，並看好明年。', '2024-08')).toEqual([]);
    expect(datesIn('今年國內生產總值預期增長5.5%左右。', '2024-03')).toEqual([]);
    expect(datesIn('他審慎樂觀看待今年景氣。這是今年首場部長級會議。', '2024-03')).toEqual([]);
    expect(datesIn('發改委發布了《產業目錄（2020年版）》，與2019年版相比增加127條。', '2022-02')).toEqual([]);
    expect(datesIn('新廠將於下半年投產，新規將於3月1日起實施。', '2024-01')).toEqual(['下半年 → 2024-H2', '3月1日 → 2024-03-01']);
  });

  it('reads a day in brackets after the word for it as one date (Hong Kong), and 今早, 昨晚, 昨公布', () => {
    expect(datesIn('金管局總裁今日(27日)表示，峰會將如期舉行。', '2022-10-27')).toEqual(['今日(27日) → 2022-10-27']);
    expect(datesIn('財政司司長今早出席活動，大獎昨公布得獎名單。', '2025-09-21')).toEqual(['今早 → 2025-09-21', '昨 → 2025-09-20']);
    expect(datesIn('昨晚美股收市，昨日黃花不再。', '2025-09-21')).toEqual(['昨晚 → 2025-09-20']);
    expect(datesIn('先鋒集團將於明天舉行會議，選出明日之星。', '2023-08-23')).toEqual(['明天 → 2023-08-24']);
  });
});

describe('guesses: what a clause expects of a period is no event (LABELS.md "forecasts and outlooks")', () => {
  // Shapes from a 证券时报 preview of October credit data (2021-11-05), before the data came out.
  it('leaves out a figure expected for a month just over, and keeps what was done in it', () => {
    expect(datesIn('张瑜认为，信贷方面，预计9月新增信贷约为0.82万亿元。', '2021-11-05')).toEqual([]);
    expect(datesIn('其中，10月新增信贷有望达到1万亿元左右，比上年同期多增约3000亿元。', '2021-11-05')).toEqual([]);
    expect(datesIn('10月制造业贷款会保持较高增长水平。', '2021-11-05')).toEqual([]);
    expect(datesIn('加之7月降准对信贷的提振作用会逐步体现。', '2021-11-05')).toEqual(['7月 → 2021-07']);
    expect(datesIn('另外由于10月利率出现小幅上升，流动性环比有所收紧。', '2021-11-05')).toEqual(['10月 → 2021-10']);
  });

  it('reads the whole sentence after "X expects," as expected (中金公司预计，10月…)', () => {
    expect(datesIn('中金公司预计，10月新增社融在1.74万亿元左右。', '2021-11-05')).toEqual([]);
    expect(datesIn('中金公司表示，10月新增社融1.74万亿元。', '2021-11-15')).toEqual(['10月 → 2021-10']);
  });

  it('leaves out what happens as a rule (10月企业短期贷款增量通常为负)', () => {
    expect(datesIn('通常由于缴税等因素的影响，10月企业短期贷款增量通常为负。', '2021-11-05')).toEqual([]);
  });

  it('keeps an expected plan: something done at a date (预计今年底前掛牌, 四季度有望推出)', () => {
    expect(datesIn('上海商銀預計今年底前掛牌。', '2018-06-26')).toEqual(['今年底 → 2018-H2']);
    expect(datesIn('四季度有望推出新一代芯片。', '2024-05')).toEqual(['四季度 → 2024-Q4']);
    // 可能 only thinks it possible: no plan.
    expect(datesIn('美聯儲可能在明年3月加息。', '2024-11')).toEqual([]);
  });

  it('does not take the 會 of a word (證監會, 社會) for "will"', () => {
    expect(datesIn('中国证监会副主席方星海在9月举行的论坛上表示，期货市场要坚持服务实体经济。', '2021-11-06')).toEqual(['9月 → 2021-09']);
  });
});

describe('comparison frames and data names (LABELS.md "baselines", "a report\'s name")', () => {
  // Shapes from 证券时报 copy on CPI (2021-12-10) and credit (2021-11-05), and a 国家统计局 release (2021-12-27).
  it('leaves out the month a level is the same as, and the state a change starts from', () => {
    expect(datesIn('10月房地产销售同比与9月同比基本一致。', '2021-11-05')).toEqual(['10月 → 2021-10']);
    expect(datesIn('食品价格同比涨幅从上月下降转为上涨。', '2021-12-10')).toEqual([]);
    expect(datesIn('两年平均增速是指以2019年相应同期数为基数计算的增速。', '2021-12-27')).toEqual([]);
  });

  it('counts 11月份 and 11月 in one paragraph once', () => {
    expect(datesIn('11月份，CPI同比上涨2.3%。消费品价格同比涨幅则在11月超过了服务价格。', '2021-12-10')).toEqual(['11月份 → 2021-11']);
  });

  it('reads a period naming data as a thing as no event when its paragraph has a date of its own', () => {
    expect(datesIn('就业数据是三季度经济数据的亮点之一。9月份，全国城镇调查失业率为4.9%。', '2021-10-19')).toEqual(['9月份 → 2021-09']);
    // Data that shows figures is the figures' period.
    expect(datesIn('三季度经济数据显示，GDP同比增长4.9%。', '2021-10-19')).toEqual(['三季度 → 2021-Q3']);
  });

  it('leaves out what a year not yet begun will do to prices (明年猪肉价格将自底部抬升)', () => {
    expect(datesIn('陈兴认为，明年猪肉价格将自底部抬升，带动CPI增速的上行。', '2021-12-10')).toEqual([]);
  });
});

describe('outlooks in Taiwan copy (法人估, 上看, 明年…仍強勁)', () => {
  // Shapes of 中央社 and 經濟日報 results and export copy.
  it('leaves out what analysts estimate for a quarter (法人估第3季營收季增1成)', () => {
    expect(datesIn('法人估第3季營收季增1成，毛利率可望回升至53%。', '2024-08-08')).toEqual([]);
    expect(datesIn('展望8月，預估出口將年增3%至7%。', '2024-08-08')).toEqual([]);
  });

  it('leaves out a state said to go on in a time to come, and keeps what is scheduled then', () => {
    expect(datesIn('魏哲家表示，明年AI需求仍強勁。', '2024-08-08')).toEqual([]);
    expect(datesIn('下一次理監事會將於9月19日召開，明年將擴建高雄廠。', '2024-08-08')).toEqual(['9月19日 → 2024-09-19', '明年 → 2025']);
  });

  it('keeps the figures of a period just over, with the yearly change Taiwan copy gives (年增, 月增)', () => {
    expect(datesIn('受惠AI伺服器出貨暢旺，廣達7月營收1,368億元，月增8%、年增20%。', '2024-08-08')).toEqual(['7月 → 2024-07']);
  });
});

describe('data-release copy: measures, comparisons with expectations, framing clauses', () => {
  // Shapes of 证券时报 copy on the October 2021 activity data (2021-11-16) and a Hong Kong market wrap.
  it('reads "better than expected" as a comparison, not a guess, and 當月同比 as a measure', () => {
    expect(datesIn('10月份，工业增加值等多个指标的当月同比增速优于市场预期。', '2021-11-16')).toEqual(['10月份 → 2021-10']);
  });

  it('leaves out a probability for a period under way (四季度…上行概率较低)', () => {
    expect(datesIn('因此，四季度固定资产投资增速大幅上行概率较低。', '2021-11-16')).toEqual([]);
  });

  it('judges a framing clause (从四季度来看，) with the clause it frames', () => {
    expect(datesIn('付凌晖表示，从四季度来看，产业升级的带动作用仍然会支撑中国经济的发展。', '2021-11-16')).toEqual([]);
  });

  it('reads data that shows something as its period (10月经济数据呈现出一定压力)', () => {
    expect(datesIn('郭磊表示，10月经济数据呈现出一定压力。', '2021-11-16')).toEqual(['10月 → 2021-10']);
  });

  it('keeps what a week has added up to, as a Saturday wrap gives it (本周累升115點)', () => {
    expect(datesIn('國企指數報8583點，本周累升115點或1.4%。', '2025-05-24')).toEqual(['本周 → 2025-05']);
  });
});

describe('frames that date no happening (LABELS.md "durations", "framing circumstances", "baselines")', () => {
  // Shapes of 连线Insight (2022-03-31), 证券时报 (2021-10-19), 經濟日報/中央社 and 鉅亨網 copy.
  it('reads Hong Kong’s bare 昨 before an adverb or the passive (陳茂波昨僅稱, 昨被問, 昨則表示), not 今是昨非', () => {
    expect(datesIn('對於低估盈餘，陳茂波昨僅稱「冇人有一個水晶球」。', '2017-02-23')).toEqual(['昨 → 2017-02-22']);
    expect(datesIn('陳茂波昨被問預算案內有何部份是其執筆。', '2017-02-23')).toEqual(['昨 → 2017-02-22']);
    expect(datesIn('他昨則表示會考慮。', '2017-02-23')).toEqual(['昨 → 2017-02-22']);
    // And before 已 (专页「棱．支持」昨已发文表示, 當局昨已宣布).
    expect(datesIn('支持在囚者的脸书专页「棱．支持」昨已发文表示，家属近日已有难处。', '2022-06-07')).toEqual(['昨 → 2022-06-06']);
    expect(datesIn('他說這是今是昨非。', '2017-02-23')).toEqual([]);
  });

  it('leaves out the start of a change (由2020年的5.5亿元升至32.9亿元, 从2020年的20.2%，提升至36%)', () => {
    expect(datesIn('3月29日，有赞发布的业绩报告显示，其年度亏损由2020年的5.5亿元升至32.9亿元。', '2022-03-31')).toEqual(['3月29日 → 2022-03-29']);
    expect(datesIn('2021年智慧零售收入占比从2020年的20.2%，提升至36%。', '2022-03-31')).toEqual(['2021年 → 2021']);
    // With the size of the change between the verb and 至 (上涨100倍至): a year's level; a day's stays (timeline-holdout3-shapes).
    expect(datesIn('这一年，该品牌销售额从1981年的150万美元上涨100倍至1.5亿美元。', '2021-08-14')).toEqual([]);
  });

  it('leaves out dates that bound a stretch of time (在2018年到2020年三年中)', () => {
    expect(datesIn('并且在2018年到2020年三年中，订阅费也一直占总营收最大比例。', '2022-03-31')).toEqual([]);
  });

  it('leaves out a cohort (2022年应届生) and a period prepared for (为四季度经济稳定运行打下了基础)', () => {
    expect(datesIn('3月初，很多实习生和2022年应届生被批量解约。', '2022-03-31')).toEqual(['3月初 → 2022-03']);
    expect(datesIn('前三季度较好地实现了就业目标，为四季度经济稳定运行打下了基础。', '2021-10-19')).toEqual([]);
  });

  it('leaves out the conditions of the year under way (今年就业形势很不好), and keeps what is done in it', () => {
    expect(datesIn('但今年就业形势很不好，春节后没多少员工离职。', '2022-03-31')).toEqual([]);
    expect(datesIn('陳茂波表示，今年海外環境仍然複雜多變，波動難免。', '2026-02-20')).toEqual([]);
    expect(datesIn('到了今年，产业系发展势头加快。', '2021-11-06')).toEqual([]);
    expect(datesIn('我们在今年仍然会有战略性的投入。', '2022-03-31')).toEqual(['今年 → 2022']);
  });

  it('reads a sentence opened by 展望 as an outlook (展望今年，…要看今年第3季和第4季的表現)', () => {
    expect(datesIn('展望今年,蔡篤恭表示,今年整體營運表現要看今年第3季和第4季的表現。', '2016-01-15')).toEqual([]);
  });

  it('leaves out what someone once thought possible, however long ago (有可能在2018年末实现持续盈利)', () => {
    expect(datesIn('他透露，有赞零售有可能在2018年末实现持续盈利。', '2022-03-31')).toEqual([]);
    expect(datesIn('在疫情前的2019年设定目标是6%-6.5%的区间值。', '2022-03-05')).toEqual(['2019年 → 2019']);
  });

  it('reads 計劃 as a noun as no plan (这次裁员计划其实也符合有赞1月计划的方案)', () => {
    expect(datesIn('这次裁员计划其实也符合有赞1月计划的人员优化方案。', '2022-03-31')).toEqual(['1月 → 2022-01']);
  });

  it('reads Taiwanese brackets with spaces (今 (24) 日)', () => {
    expect(datesIn('亞泥 (1102-TW) 今 (24) 日召開股東會。', '2019-06-24')).toEqual(['今 (24) 日 → 2019-06-24']);
  });
});

describe('what a time to come will reach (到2049年中国将成为世界第一大经济体)', () => {
  it('leaves out a forecast of what will be reached, and keeps what is scheduled (将于11月15日正式开市)', () => {
    expect(datesIn('他认为，到2049年中国将成为世界第一大经济体。', '2021-12-10')).toEqual([]);
    expect(datesIn('北交所将于11月15日正式开市。', '2021-10-27')).toEqual(['11月15日 → 2021-11-15']);
  });
});

describe('company announcements (财联社 copy of 2022)', () => {
  it('reads the narrator’s 今年 in a reported announcement from publication (公告中披露，今年1月…到期)', () => {
    expect(datesIn('上海世茂建设在2021年12月30日的一份公告中披露，今年1月世茂有7笔债务相继到期。', '2022-01-21')).toEqual([
      '2021年12月30日 → 2021-12-30',
      '今年1月 → 2022-01',
    ]);
  });

  it('reads a numbered product (保理1号第1期) as no day', () => {
    expect(datesIn('其中包括将在1月26日到期的华泰-西部-滇中保理1号第1期资产支持专项计划。', '2022-01-21')).toEqual(['1月26日 → 2022-01-26']);
  });

  it('leaves out the base of a figure (以5月20日公司股票收盘价计算, 自2011年的68.66亿元增长至…)', () => {
    expect(datesIn('以5月20日公司股票收盘价计算，合计注销股份市值达14.2亿元。', '2022-05-23')).toEqual([]);
    expect(datesIn('公司营业额自2011年的68.66亿元增长至2021年的228.37亿元。', '2022-05-23')).toEqual(['2021年 → 2021']);
  });

  it('reads 今年第一次 as a rank, not a happening of the year', () => {
    expect(datesIn('这并非公司今年第一次回购注销股份。', '2022-05-23')).toEqual([]);
  });
});

describe('story time, conditions and advice (燃财经, NOWnews, 界面新闻 shapes)', () => {
  it('leaves out 今天, 昨天, 周一 and 當天 told in a first-person story: they count from the day told', () => {
    expect(datesIn('第二天大领导问我，“怎么昨天大家都去吃饭了，但是没看见你？”', '2022-05-15')).toEqual([]);
    expect(datesIn('主管领导给我安排了一项工作任务，并要求我周一上班就把方案交给她。', '2022-05-15')).toEqual([]);
    expect(datesIn('每天，她都会将当天要做的事情详细写在笔记本上。', '2022-05-15')).toEqual([]);
    // A speaker's 我 inside a quote is not the narrator's.
    expect(datesIn('布朗今天在聲明中表示：「我相信排放符合國際安全標準。」', '2023-08-23')).toEqual(['今天 → 2023-08-23']);
    expect(datesIn('宋晓慧说，“我没有听到什么风声，HR上周三就找我谈话了。”', '2022-03-31')).toEqual(['上周三 → 2022-03-23']);
    // 我國 is a country's "our".
    expect(datesIn('我国昨天公布了外贸数据。', '2022-03-31')).toEqual(['昨天 → 2022-03-30']);
  });

  it('leaves out what would follow from a condition in the clause before (如果不開放中資入股，…將在2025年消失)', () => {
    expect(datesIn('杜紫宸恐嚇台灣：「如果不開放中資入股，台灣半導體業將在2025年消失」。', '2025-12-31')).toEqual([]);
    expect(datesIn('台灣的IC產業恐在2025年就會消失。', '2025-12-31')).toEqual([]);
  });

  it('leaves out advice for a time (5月份开始，需要强化对房企的调研)', () => {
    expect(datesIn('严跃进认为，5月份开始，需要强化对房企的调研。', '2022-05-16')).toEqual([]);
  });

  it('leaves out what a comparison is made with, however far its 相比 (与一季度…保持增长态势相比)', () => {
    expect(datesIn('与一季度房地产开发投资保持增长态势相比，4月房地产开发投资已出现负增长。', '2022-05-16')).toEqual(['4月 → 2022-04']);
  });

  it('keeps a year with a stretch named after it (2020年疫情期间), and reads the year’s business climate as conditions', () => {
    expect(datesIn('近些年除了2020年疫情期间开发投资数据同比下降外，开发投资数据多为正增长。', '2022-05-16')).toEqual(['2020年 → 2020']);
    expect(datesIn('洪嘉聰表示，今年經濟景氣不好。', '2015-08-19')).toEqual([]);
  });

  it('reads an outlet named 今日新聞 as no date', () => {
    expect(datesIn('[NOWnews今日新聞] 林楚茵今（31）日表示，時間證明一切。', '2025-12-31')).toEqual(['今（31）日 → 2025-12-31']);
  });
});

describe('the year under way, so far (2022年至今, 今年…增多)', () => {
  it('reads the current year up to now as a span, and a trend of the year under way as no happening', () => {
    expect(datesIn('陈文静表示，2022年至今全国已有超百城优化调整房地产政策200余次。', '2022-05-16')).toEqual([]);
    expect(datesIn('记者注意到，今年券商高调研报增多。', '2021-08-24')).toEqual([]);
    expect(datesIn('并且今年房企开发到位资金已从增幅扭转为下降。', '2022-05-16')).toEqual([]);
    // An earlier month up to now is still dated by its start.
    expect(datesIn('2023年1月至今，该行累计发行债券300亿元。', '2024-01')).toEqual(['2023年1月至今 → 2023-01']);
  });
});

describe('a feature’s framing of years (连线Insight and 證券時報網 copy)', () => {
  it('reads a year said to be called something as characterized (2021年，也被“米粉”们称为冲击高端的“关键年”)', () => {
    expect(datesIn('而已过去的2021年，也被“米粉”们称为冲击高端的“关键年”。', '2022-02-16')).toEqual([]);
  });

  it('leaves out a year as the topic of a judgement (小米在2021年的表现)', () => {
    expect(datesIn('反观小米在2021年的表现，它的科技优势已经聊胜于无。', '2022-02-16')).toEqual([]);
    expect(datesIn('MIUI 在 2021 年的境况，其实早有伏笔。', '2022-02-16')).toEqual([]);
  });

  it('reads 两年后的今天 as a figure of speech, 12号员工 as a number, and 若干 as no condition', () => {
    expect(datesIn('即使在两年后的今天看来，小米 10 Ultra 的堆料也称得上夸张。', '2022-02-16')).toEqual([]);
    expect(datesIn('报道中提出，李伟星是小米的12号员工。', '2022-02-16')).toEqual([]);
    expect(datesIn('《关于促进服务业领域困难行业恢复发展的若干政策》18日印发。', '2022-02-19')).toEqual(['18日 → 2022-02-18']);
  });

  it('leaves out a span from a month up to now (投诉帖子从3月持续至今), and a trend of the year under way (今年深圳楼市持续数月的下调)', () => {
    expect(datesIn('关于小米11烧主板的投诉帖子从3月持续至今。', '2022-02-16')).toEqual([]);
    expect(datesIn('李宇嘉认为，今年深圳楼市持续数月的超预期下调，是综合因素导致。', '2021-12-02')).toEqual([]);
  });
});

describe('a price a company will set is a plan, a figure it will reach a forecast', () => {
  it('keeps 第四季將再調漲報價 and 預計第四季漲價, leaves out 第四季營收將成長', () => {
    expect(datesIn('台積電第四季將再調漲報價。', '2021-08-26')).toEqual(['第四季 → 2021-Q4']);
    expect(datesIn('業者預計第四季漲價。', '2021-08-26')).toEqual(['第四季 → 2021-Q4']);
    expect(datesIn('法人表示，第四季營收將成長。', '2021-08-26')).toEqual([]);
  });
});

describe('Hong Kong columns in Cantonese (東方日報 shapes)', () => {
  it('reads a two-digit year in Chinese digits before a month (九三年七月十五日) and 尋日/聽日', () => {
    expect(datesIn('青啤喺九三年七月十五日上市。佢哋尋日舉行投資者推介會，聽日公布招股結果。', '2018-06-22')).toEqual([
      '九三年七月十五日 → 1993-07-15',
      '尋日 → 2018-06-21',
      '聽日 → 2018-06-23',
    ]);
    // A duration in Chinese digits stays none (三年, 十五年).
    expect(datesIn('公司上市十五年，三年內擴充。', '2018-06-22')).toEqual([]);
  });
});

describe('Cantonese relative words (舊年, 今個月, 上個禮拜, 琴晚)', () => {
  it('reads them against publication, and not inside other words (懷舊年代)', () => {
    expect(datesIn('舊年經濟衰退。今個月樓價跌3%。琴晚美股急跌。', '2024-03-14')).toEqual(['舊年 → 2023', '今個月 → 2024-03', '琴晚 → 2024-03-13']);
    expect(datesIn('恒指上個禮拜累跌500點。', '2024-03-14')).toEqual(['上個禮拜 → 2024-03']);
    expect(datesIn('一間懷舊年代風格的茶餐廳。', '2024-03-14')).toEqual([]);
  });
});

describe('deadlines and start dates announced ahead (需在…前完成, 自…起…变更为)', () => {
  it('dates a deadline one must meet, or a change from a day, to the coming day', () => {
    // 证券日报 via 证券时报网, 23 February 2022 (Rock-Candy-Tea/RSSHUB-PAGE@a4c335d4, 107款APP被工信部通报).
    expect(datesIn('按照工信部要求，上述APP及SDK需在2月25日前完成整改落实工作。', '2022-02-23')).toEqual(['2月25日 → 2022-02-25']);
    expect(datesIn('工信部表示，上述APP及SDK应在2月25日前完成整改落实工作。', '2022-02-23')).toEqual(['2月25日 → 2022-02-25']);
    // 财联社 盘后公告集锦, 13 September 2022 (Rock-Candy-Tea/RSSHUB-PAGE@7a3e05d2).
    expect(datesIn('星华反光公告，自9月14日起，公司全称变更为“浙江星华新材料集团股份有限公司”，公司证券简称变更为“星华新材”。', '2022-09-13')).toEqual(['9月14日 → 2022-09-14']);
    expect(datesIn('【天津松江：9月19日起证券简称变更为“卓朗科技”】', '2022-09-13')).toEqual(['9月19日 → 2022-09-19']);
  });

  it('keeps a day reported as past in the year before when it lies after publication', () => {
    expect(datesIn('1月20日，该行宣布了下调存款利率。', '2024-01-10')).toEqual(['1月20日 → 2023-01-20']);
    expect(datesIn('2月20日，该行宣布下调存款利率。', '2024-01-10')).toEqual(['2月20日 → 2023-02-20']);
  });
});

describe('财联社 datelines (财联社6月3日讯，…)', () => {
  it('dates a lead that names no day of its own, and leaves a lead that names one alone', () => {
    // 财联社, 17 May 2022 (Rock-Candy-Tea/RSSHUB-PAGE@273147b0, 1-4月证券交易印花税1250亿元).
    expect(eventsIn('财联社5月17日讯，财政部数据显示，1-4月累计印花税收入1909亿元，比上年同期增长19.3%。', '2022-05-17')).toEqual([
      ['5月17日', '2022-05-17', '财政部数据显示，1-4月累计印花税收入1909亿元，比上年同期增长19.3%'],
    ]);
    // 财联社, 3 June 2021 (Rock-Candy-Tea/RSSHUB-PAGE@84a92e6c, 10倍大牛股崩了).
    expect(datesIn('财联社6月3日讯，因涉嫌信披违法违规，山东墨龙公司及原董事长被立案调查，今日山东墨龙A股和港股股价双双大跌。', '2021-06-03')).toEqual(['今日 → 2021-06-03']);
    // 财联社, 11 July 2022 (Rock-Candy-Tea/RSSHUB-PAGE@1480fbb1, 德国多市计划设立公共取暖场所).
    expect(datesIn('财联社7月11日讯（编辑 卞纯）据媒体周日报道，天然气供应短缺和取暖成本飞涨可能会使许多德国人今冬负担不起取暖费。', '2022-07-11')).toEqual(['周日 → 2022-07-10']);
  });

  it('lends its day to a later 同日', () => {
    // 财联社, 13 August 2022 (Rock-Candy-Tea/RSSHUB-PAGE@853405b1, 100亿投建风光火储一体化项目).
    expect(
      datesIn(['财联社8月13日讯（编辑 王舒蕾）总市值近200亿元的西南焦煤龙头盘江股份盘后公告，获省国资委同意建设风电项目30万千瓦。', '公司同日公告，全资子公司盘江普定拟投资50亿元建设发电机组。'], '2022-08-13'),
    ).toEqual(['8月13日 → 2022-08-13', '同日 → 2022-08-13']);
  });
});

describe('a plan after a sentence about a past year (早在2017年…。此外，…还将于9月下旬被拍卖)', () => {
  it('dates the plan from publication, not from the year of the sentence before', () => {
    // 界面新闻 via 证券时报网, 7 September 2022 (Rock-Candy-Tea/RSSHUB-PAGE@930aba9a, 12家汽车经销商半年报).
    expect(datesIn('庞大集团上半年净利同比下降超九成，扣除非经常性损益净利后亏损1.9亿元，早在2017年该公司净利已现颓势，近年来则靠频繁出售子公司实现利润反弹。此外，其原控股股东庞庆华所持2.53亿股股票还将于9月下旬被拍卖。', '2022-09-07')).toEqual([
      '上半年 → 2022-H1',
      '2017年 → 2017',
      '9月下旬 → 2022-09',
    ]);
  });

  it('keeps the year for a plan in the sentence that names it', () => {
    expect(datesIn('2019年，公司将于10月推出新品。', '2022-09-07')).toEqual(['2019年 → 2019', '10月 → 2019-10']);
  });
});

describe('spans, ages, editions and bases that date no happening (company and data copy of 2021–22)', () => {
  it('does not date the end of a span a clause names, only its start', () => {
    expect(datesIn('减持期间为自公告之日起3个交易日后至2022年3月31日。', '2021-10-17')).toEqual([]);
    // 券商中国 via 新浪财经, 12 September 2021 (Rock-Candy-Tea/RSSHUB-PAGE@2e439172, "房住不炒"浙江方案出炉).
    expect(datesIn('　　9月10日，浙江省住房和城乡建设厅网站公布《关于加快发展保障性租赁住房的指导意见（征求意见稿）》，并向社会公开征求意见。此次意见征求期间为2021年9月10日--2021年9月21日。', '2021-09-12')).toEqual(['9月10日 → 2021-09-10', '2021年9月10日 → 2021-09-10']);
    // 财联社, 13 December 2021 (Rock-Candy-Tea/RSSHUB-PAGE@c7b5fb25, 商汤集团暂缓上市).
    expect(datesIn('以富途3.98%的银行融资利息计算，从商汤12月7日招股期开始至12月16日公布配售结果，单其一家所涉及的利息款项最高可达近百万港元。', '2021-12-13')).toEqual(['12月7日 → 2021-12-07']);
  });

  it('keeps a move to a new date, and a figure as of a day (至22日止)', () => {
    expect(datesIn('原定于3月举行的会议推迟至5月。', '2024-01-10')).toEqual(['3月 → 2024-03', '5月 → 2024-05']);
    expect(datesIn('今年至22日止，台股漲幅約2.41%。', '2018-06-26')).toEqual(['22日 → 2018-06-22']);
  });

  it('does not date a span a total is counted over (自…起截至…累计)', () => {
    // 财联社 盘后公告集锦, 13 September 2022 (Rock-Candy-Tea/RSSHUB-PAGE@7a3e05d2).
    expect(datesIn('华依科技公告，自2022年1月1日起截至公告披露日累计收到比亚迪股份有限公司控股子公司以及孙公司等各类合同及订单等形式金额合计约为人民币5000万元。', '2022-09-13')).toEqual([]);
  });

  it('does not date a count of the year so far (今年已有16家)', () => {
    // 科创板日报 via 财联社, 27 March 2022 (Rock-Candy-Tea/RSSHUB-PAGE@55a4572b).
    expect(datesIn('今年已有16家科创板公司宣布股份回购', '2022-03-27')).toEqual([]);
  });

  it('does not date an age (今年105岁) or a ranking among a year’s months (为2021年各月降幅最大)', () => {
    // 澎湃新闻 via 新浪财经, 30 September 2021 (Rock-Candy-Tea/RSSHUB-PAGE@480c2299, 刁筠寿逝世).
    expect(datesIn('　　《中国新闻周刊》2020年曾刊文介绍，原核工业部副部长刁筠寿，今年105岁，坐在轮椅上，眼睛已看不见，听力也有困难。', '2021-09-30')).toEqual(['2020年 → 2020']);
    // 中国证券报 via 证券时报网, 2 December 2021 (Rock-Candy-Tea/RSSHUB-PAGE@06f418e1, 11月房企拿地金额创年内新低).
    expect(datesIn('据中指研究院监测，11月，50家代表房企拿地总额同比下降91.4%，环比下降72.3%，为2021年各月降幅最大，拿地总额创今年以来新低。', '2021-12-02')).toEqual(['11月 → 2021-11']);
  });

  it('does not date a rule’s revision in brackets, or the year a figure is counted by (按2020年收入计算)', () => {
    // 科创板日报 via 财联社, 27 March 2022.
    expect(datesIn('比如《上市公司监管指引第2号》（2022年修订）第七条，要求上市公司募集资金原则上应当用于主营业务。', '2022-03-27')).toEqual([]);
    expect(datesIn('2018年公司法修改后，允许通过回购实施股权激励。', '2022-03-27')).toEqual(['2018年 → 2018']);
    // 财联社, 13 December 2021.
    expect(datesIn('根据弗若斯特沙利文报告显示，按2020年收入计算，商汤科技是亚洲最大的人工智能软件公司。', '2021-12-13')).toEqual([]);
  });
});

describe('同年 and 这一年, deferred and denied days, data put out on a day (dev misses of issue 11)', () => {
  it('lists 同年 after its year in the same paragraph as another happening', () => {
    // 投资界 via 36氪, 16 June 2021 (Rock-Candy-Tea/RSSHUB-PAGE@9d059dba, 10亿，又一笔PE投资落定).
    expect(datesIn('2019年，特步开启多品牌、国际化策略，先后收购了盖世威、帕拉丁等运动品牌。同年，特步还与Wolverine公司成立合资公司。', '2021-06-16')).toEqual(['2019年 → 2019', '同年 → 2019']);
    // tests/corpus lingtai-1 (零态LT via 36氪, 2022-02-16), paragraph 6.
    expect(datesIn('早在2019年，Redmi品牌从小米中剥离出去，在同年的小米9发布会上，雷军就高调宣称小米要进军高端市场。', '2022-02-16')).toEqual(['2019年 → 2019', '同年 → 2019']);
  });

  it('reads 这一年 from a year named as a year, not from a month (a fiscal year may follow)', () => {
    // tests/corpus lxinsight-1 (连线Insight via 36氪, 2022-03-31), paragraphs 44-45.
    expect(datesIn(['另外，在2020年疫情影响下，多数商家尤其是传统线下商家经营受到了较大挑战。', '这一年，有赞净亏损缩窄至2.95亿元，创上市以来最低。'], '2022-03-31')).toEqual(['2020年 → 2020', '这一年 → 2020']);
    // tests/corpus aotou-1 (鳌头财经 via 36氪, 2022-06-09), paragraphs 20-21.
    expect(datesIn(['不过，这是大润发CEO林小海自2021年5月担任高鑫零售CEO以来，经历的第一个完整的财年。', '这一年，大润发重点推动了小润发的扩张。'], '2022-06-09')).toEqual(['2021年5月 → 2021-05']);
  });

  it('puts a day talk is put off to after publication (我們禮拜六再說), and lists no day something will not happen on', () => {
    // tests/corpus oncc-1 (東方日報, Friday 2018-06-22), paragraphs 4 and 7.
    expect(datesIn('雷總臨離開時仲相當風騷同傳媒話:「我們禮拜六(招股記者會)再說、再見!」', '2018-06-22')).toEqual(['禮拜六 → 2018-06-23']);
    expect(datesIn('不過個「H股+新經濟股」Party,聽講應該唔會喺埋七月九日搞,日子仍待定。', '2018-06-22')).toEqual([]);
    expect(datesIn('截至8月底再融資總額高達3580億港元。', '2025-09-05')).toEqual(['8月底 → 2025-08']);
  });

  it('reads a period opening the clause after 据…日公布的数据 as that data’s name', () => {
    // tests/corpus jiemian-2 (界面新闻 via 新浪财经, 2022-05-16), paragraph 3.
    expect(datesIn('　　据5月16日国家统计局公布的数据，4月份，全国商品房累计销售额和销售面积继续保持下降态势。', '2022-05-16')).toEqual(['5月16日 → 2022-05-16']);
  });
});

describe('analysts’ years and earlier instances (财联社 company copy of 2021–22)', () => {
  it('does not date a year only characterized (2022年作为第一个完整销售年), but dates someone making it one', () => {
    // 财联社, 5 June 2022 (Rock-Candy-Tea/RSSHUB-PAGE@dcd7ce47, 新冠疫苗龙头终止与辉瑞MCV4疫苗产品推广合作).
    expect(datesIn('西南证券分析师杜向阳在4月28日发布的研报中指出，2022年作为第一个完整销售年，康希诺MCV4疫苗有望实现快速放量。', '2022-06-05')).toEqual(['4月28日 → 2022-04-28']);
    // tests/corpus 21jingji-1 (21世纪经济报道 via 新浪财经, 2022-03-07), paragraph 21.
    expect(datesIn('商务部也将今年作为“外贸巩固提升年”，一定要借此机会把外贸稳住。', '2022-03-07')).toEqual(['今年 → 2022']);
  });

  it('does not date the period an expectation is about (下调对公司2022年…销售额的预期)', () => {
    // 财联社, 5 June 2022.
    expect(datesIn('而浙商证券分析师孙建在4月3日发布的研报中点评，新冠疫苗方面，国内序贯接种占加强针的比例为4%，低于预期，因此下调对公司2022年国内新冠疫苗销售额的预期。', '2022-06-05')).toEqual(['4月3日 → 2022-04-03']);
  });

  it('reads the clause after 到2030年， for what is expected of it', () => {
    // 财联社, 13 December 2021 (Rock-Candy-Tea/RSSHUB-PAGE@c7b5fb25, 商汤集团暂缓上市).
    expect(datesIn('商汤科技副总裁杨帆表示，到2030年，中国将成为世界主要人工智能创新中心，人工智能核心产业规模超过1万亿元人民币。', '2021-12-13')).toEqual([]);
  });

  it('does not date the earlier instance a second one is counted from (继2019年后…第二次), but dates that instance when named', () => {
    // 财联社, 13 December 2021.
    expect(datesIn('实际上，这是继2019年后美方第二次对商汤科技实施打压措施。根据商汤招股书风险披露，北京商汤2019年10月遭美国商务部工业和安全局列入实体清单。', '2021-12-13')).toEqual(['2019年10月 → 2019-10']);
  });

  it('reads a preliminary results notice (业绩预告) as a report’s name', () => {
    // 财联社, 18 April 2022 (Rock-Candy-Tea/RSSHUB-PAGE@3ff7b90d, 华联股份业绩突然大变脸).
    expect(datesIn(['财联社4月18日讯，近期是年报及一季报密集披露期，上市公司业绩成色将迎检验。今日晚间，有两家上市公司下修了2021年度业绩预告。', '华联股份发布2021年度业绩预告修正公告，预计2021年亏损1.5亿元–1.95亿元。'], '2022-04-18')).toEqual([
      '4月18日 → 2022-04-18',
      '今日 → 2022-04-18',
      // The company's announced estimate for the ended year now dates the paragraph itself (tests/timeline-outlooks.test.ts),
      // at the year the notice's name gave: the same event, found through the estimate, not the name.
      '2021年 → 2021',
    ]);
  });
});

describe('runs and stretches of years written with a hyphen or 这 (2016-2019年…分别为, 这三年里)', () => {
  it('does not date a run of years counted one by one, or the bounds of a stretch', () => {
    expect(datesIn('数据显示，2016-2019年，公司营业收入分别为262.6亿元、295.6亿元、311.6亿元和348.6亿元。', '2021-10-17')).toEqual([]);
    // 财联社, 13 December 2021 (Rock-Candy-Tea/RSSHUB-PAGE@c7b5fb25, 商汤集团暂缓上市).
    expect(datesIn('财务数据方面，2018年-2020年，商汤的总收入分别为人民币18.5亿元、30.3亿元、34.5亿元。', '2021-12-13')).toEqual([]);
    // 投资界 via 36氪, 16 June 2021 (Rock-Candy-Tea/RSSHUB-PAGE@9d059dba, 10亿，又一笔PE投资落定).
    expect(datesIn('然而在2015年至2017年这三年里，特步的营收一直徘徊不前，特别是2017年，营收和利润都出现了同比下降。', '2021-06-16')).toEqual(['2017年 → 2017']);
  });
});

describe('a half to come as what is judged, braced for or faces problems (证券时报网 copy of July 2021)', () => {
  it('does not date 研判下半年经济形势, 提前应对下半年…走弱 or 关于下半年面临的问题', () => {
    // tests/corpus stcnw-4 (证券时报网, 2021-07-28), paragraphs 1, 5 and 3.
    expect(datesIn('10个部委陆续召开上半年数据解读发布会，并研判下半年经济形势。', '2021-07-28')).toEqual(['上半年 → 2021-H1']);
    expect(datesIn('央行7月中旬降准，市场分析的原因之一就是提前应对下半年出口、房地产投资走弱带来的宏观经济下行。', '2021-07-28')).toEqual(['7月中旬 → 2021-07']);
    expect(datesIn('据记者梳理，关于下半年面临的问题，国际方面主要集中在疫情仍在演变、美联储货币政策转向等。', '2021-07-28')).toEqual([]);
  });

  it('still dates a half just over that someone judged', () => {
    expect(datesIn('统计局研判上半年经济运行稳中加固。', '2021-07-28')).toEqual(['上半年 → 2021-H1']);
  });
});

describe('terms, 經濟通 datelines, 昨在 and a week that may see something (new dev articles)', () => {
  it('does not date the last day of a term named from its first (自今年10月20日起至2021年10月19日止)', () => {
    // tests/corpus reuters-3 (路透, 2018-09-07), paragraph 1.
    expect(datesIn('路透香港9月7日 - 香港政府周五宣布，行政长官委任雷添良为证监会新任主席，任期三年，自今年10月20日起至2021年10月19日止，以接替任期即将届满的唐家成。', '2018-09-07')).toEqual(['周五 → 2018-09-07', '今年10月20日 → 2018-10-20']);
    expect(datesIn('今年至22日止，台股漲幅約2.41%。', '2018-06-26')).toEqual(['22日 → 2018-06-22']);
  });

  it('reads 《經濟通通訊社18日專訊》 as a dateline', () => {
    // tests/corpus etnet-3 (經濟通, 2024-06-18), paragraph 1.
    expect(datesIn('《經濟通通訊社18日專訊》行政長官李家超今日出席行會前見記者時宣布,港交所(00388)會在今年9月25日起實施新安排。', '2024-06-18')).toEqual(['今日 → 2024-06-18', '今年9月25日 → 2024-09-25']);
  });

  it('reads 昨 alone before 在 (曹興誠昨在致詞)', () => {
    // tests/corpus ltn-2 (自由時報, 2004-11-14), paragraph 7.
    expect(datesIn('曹興誠昨在致詞與會後並再度衛員工分紅配股制度。', '2004-11-14')).toEqual(['昨 → 2004-11-13']);
  });

  it('does not date a week to come that only may see something (下周美國聯儲局或進一步減息)', () => {
    // tests/corpus am730-3 (am730, Sunday 2025-12-07), paragraph 1.
    expect(datesIn('下周美國聯儲局或進一步減息，惟本地樓價持續上升。', '2025-12-07')).toEqual([]);
    expect(datesIn('外資上週五買超62億元。', '2024-03-05')).toEqual(['上週五 → 2024-03-01']);
  });
});

describe('"will" with a change of degree (会加大, 會擴大)', () => {
  it('reads a month to come whose swings will grow as a forecast', () => {
    // tests/corpus sina-1 (新浪财经, 2021-08-30), paragraph 15.
    expect(datesIn('　　一是美国经济在三季度后期可能会更明显地体现为类滞胀，对于美股特别是9月份之后波动会加大。', '2021-08-30')).toEqual([]);
  });
});

describe('Hong Kong and Taiwan copy outside the corpus (tests/fixtures/timeline-review, Traditional articles)', () => {
  it('reads 去年同月 as the baseline of a comparison, not the month named before (東方日報, 2023-09-30)', () => {
    expect(datesIn('今年8月零售業總銷貨價值中,網上銷售佔7.3%,較去年同月下跌9%。', '2023-09-30')).toEqual(['今年8月 → 2023-08']);
    expect(datesIn('今年8月與上年同月比較,服裝上升40%。', '2023-09-30')).toEqual(['今年8月 → 2023-08']);
    expect(datesIn('上月公司被罰款；同月，另一分公司也被罰。', '2023-11-02')).toEqual(['上月 → 2023-10', '同月 → 2023-10']);
  });

  it('reads a storm signal (10號颶風信號, 8號風球, 8號波) as no day (香港01, 2025-09-24)', () => {
    expect(datesIn('天文台更在今日（24日）上午2時20分至今日下午1時20分，發出10號颶風信號，而港股市場則是首次在懸掛10號風球期間繼續開市。', '2025-09-24')).toEqual(['今日（24日） → 2025-09-24']);
    expect(datesIn('天文台改發3號強風信號，港股下午開市；掛8號波期間停市。', '2025-09-24')).toEqual([]);
    expect(datesIn('央行18號宣布升息，18號波動加劇。', '2024-03-20')).toEqual(['18號 → 2024-03-18']);
  });

  it('dates 上周五（24日） by its day after an index name (指數上周五), and leaves 數周 a count (經濟日報, 2025-10-28)', () => {
    expect(datesIn('美股三大指數上周五（24日）勁揚，加上美中緊張關係降溫。', '2025-10-28')).toEqual(['上周五（24日） → 2025-10-24']);
    expect(datesIn('美股三大指數上周五勁揚。', '2025-10-28')).toEqual(['上周五 → 2025-10-24']);
    expect(datesIn('公司數周一直未有回應。', '2025-10-28')).toEqual([]);
  });

  it('reads a statistician’s provisional or revised estimate as a figure, not a guess (東方日報, 2023-09-30)', () => {
    expect(datesIn('政府統計處發表最新的零售業銷貨額數字,今年8月的零售業總銷貨價值的臨時估計為324億元,較去年同月上升13.7%,今年7月零售業總銷貨價值的修訂估計,則較去年同月上升16.7%。', '2023-09-30')).toEqual([
      '今年8月 → 2023-08',
      '今年7月 → 2023-07',
    ]);
    expect(datesIn('分析師估計9月零售銷貨價值按年升5%。', '2023-10-05')).toEqual([]);
  });

  it('dates an index’s day (恒生指數6日高開) though 數 ends its name (大紀元, 2021-10-06)', () => {
    expect(datesIn('隨昨夜道指升逾300點,恒生指數6日高開155點,隨後急速倒跌至中午略為反彈。', '2021-10-06')).toEqual(['昨夜 → 2021-10-05', '6日 → 2021-10-06']);
    expect(datesIn('連續3日下跌，第5日回升。', '2021-10-06')).toEqual([]);
  });

  it('reads 昨 alone opening a clause (昨外資買超) or before a market move (昨應聲下跌), not inside a word (自由時報 2026-01-23, 大紀元 2021-10-06)', () => {
    expect(datesIn('昨外資買超192.78億元、投信賣超19.56億元。', '2026-01-23')).toEqual(['昨 → 2026-01-22']);
    expect(datesIn('澳門當局要求娛樂場所停業,濠賭股昨應聲下跌。', '2021-10-06')).toEqual(['昨 → 2021-10-05']);
    expect(datesIn('今是昨非，他說。', '2021-10-06')).toEqual([]);
  });

  it('reads a comparison’s baseline the same in copy that spaces its figures (比 7 月回落; 21世纪经济报道 2021-09-21)', () => {
    expect(datesIn('8 月社零数据依然偏弱，比 7 月回落 2.1 个百分点，明显低于市场预期。', '2021-09-21')).toEqual(['8 月 → 2021-08']);
  });

  it('reads yesterday with its day in brackets in copy that spaces its figures (昨日（16 日）; 立場新聞 2020-10-17)', () => {
    expect(datesIn('iPhone 12 系列，昨日（16 日）在香港和中國開賣。', '2020-10-17')).toEqual(['昨日（16 日） → 2020-10-16']);
  });

  it('reads a day after last month in copy that spaces its figures (上月 23 日; 立場新聞 2021-12-06)', () => {
    expect(datesIn('食物及衞生局上月 23 日宣佈，美容院須使用「安心出行」。', '2021-12-06')).toEqual(['上月 23 日 → 2021-11-23']);
  });

  it('reads 昨 before how a price opened or went on (小米股價昨低開, 恒指昨終失守; 蘋果日報 2018-07-10, 2015-07-08)', () => {
    expect(datesIn('小米股價昨低開，報16.6元，較招股價低2.3%。', '2018-07-10')).toEqual(['昨 → 2018-07-09']);
    expect(datesIn('A股救市下續跌，恒指昨終失守25000點。', '2015-07-08')).toEqual(['昨 → 2015-07-07']);
  });

  it('lists a day counted from publication once per paragraph, however it is written (今日（24日）…今日, 昨…昨日; 香港01 2025-09-24, 自由時報 2026-01-23)', () => {
    expect(datesIn('天文台在今日（24日）上午發出信號，大市今日低開高收。', '2025-09-24')).toEqual(['今日（24日） → 2025-09-24']);
    expect(datesIn('台股昨開高後便一路橫盤整理。籌碼面來看，昨日外資期、現貨樂觀布局。', '2026-01-23')).toEqual(['昨 → 2026-01-22']);
    expect(datesIn('港股23日表現反覆，恒生指數當日升56點。', '2024-01-24')).toEqual(['23日 → 2024-01-23', '當日 → 2024-01-23']);
  });

  it('dates the day a body puts out a forecast (公布最新經濟預測), while a forecast of the day stays none (新頭殼, 2015-08-14)', () => {
    expect(datesIn('主計總處14日下午4時公布最新經濟預測,今年經濟成長率將下修至1.56%。', '2015-08-14')).toEqual(['14日 → 2015-08-14']);
    expect(datesIn('氣象局預測颱風14日登陸。', '2015-08-14')).toEqual([]);
  });

  it('reads 若扣除…, 若果與…比較 as how a figure is read, not a condition (東方日報, 2023-09-30)', () => {
    expect(datesIn('若扣除期間價格變動,今年8月零售業總銷貨數量的臨時估計,較去年同月上升11%。', '2023-09-30')).toEqual(['今年8月 → 2023-08']);
    expect(datesIn('若下半年需求回升，公司將增聘人手。', '2023-03-05')).toEqual([]);
  });
});

describe('shapes found on fresh real copy (tests/fixtures/timeline-review, second sample)', () => {
  it("reads Taiwan's two-digit years as 民國 years in copy that counts from the Republic, and only there", () => {
    expect(datesIn(['（中央社記者台北2日電）金管會今天表示，97年9月16日雷曼兄弟破產後，市場大跌。'], '2024-05-02')).toContain('97年9月16日 → 2008-09-16');
    expect(datesIn(['金管會今（2）日表示，97年9月16日雷曼兄弟破產。'], '2024-05-02')).toContain('97年9月16日 → 2008-09-16');
    expect(datesIn(['他說，九七年七月一日香港回歸。'], '2024-05-02')).toEqual(['九七年七月一日 → 1997-07-01']);
  });

  it('leaves a range of years that has ended undated: a run a figure is averaged or summed over', () => {
    expect(datesIn('数据显示，自2001年至2021年年均投资收益率8.30%。', '2022-08-18')).toEqual([]);
    expect(datesIn('2021年全国新设个体工商户1970.1万户，超过了从2012年到2021年年均11.8%的增速。', '2022-01-27')).toEqual(['2021年 → 2021']);
    expect(datesIn('公司發布2021年至2025年發展規劃。', '2021-03-01')).toEqual(['2021年至2025年 → 2021']);
  });

  it('reads a count after 上周 as the days of last week, not a weekday (港股上周三個交易日急插近千點)', () => {
    expect(datesIn('港股上周三個交易日急插近千點後，昨反彈366點。', '2017-08-15')).toEqual(['上周 → 2017-08', '昨 → 2017-08-14']);
    expect(datesIn('國泰上周三公佈業績。', '2017-08-15')).toEqual(['上周三 → 2017-08-09']);
  });

  it("reads Hong Kong's bare 昨 before a figure recorded (港股通昨錄…流出)", () => {
    expect(datesIn('上海港股通昨錄超過4.3億元人民幣流出。', '2017-08-15')).toEqual(['昨 → 2017-08-14']);
  });

  it('keeps a coming day a company has set something for, whatever the market expects in the clauses after (將於明日放榜，…市場預計…)', () => {
    expect(datesIn('國泰（293）將於明日放榜，上半年表現未見明顯好轉迹象，市場預計中期仍要蝕4至5億元。', '2017-08-15')).toContain('明日 → 2017-08-16');
    // A day only forecast stays out (LABELS.md).
    expect(datesIn('天文台預計颱風將於明日最接近香港。', '2017-08-15')).toEqual([]);
  });

  it('reads two years joined by 和 before 间 as a range, like one with 至 (在2014年和2019年间下跌35%)', () => {
    expect(datesIn('美国农业部的报告说，大豆价格在2014年和2019年间下跌35%。', '2020-10-09')).toEqual([]);
    expect(datesIn('法國在1966年和1996年之間進行了核試驗。', '2020-10-09')).toEqual(['1966年和1996年 → 1966']);
    // Years listed, each a happening of its own, stay two events.
    expect(datesIn('公司在2014年和2019年两次上市。', '2020-10-09')).toEqual(['2014年 → 2014', '2019年 → 2019']);
  });

  it('leaves a year that only bounds the stretch before or after it undated (2021年之前, 2021年之後)', () => {
    expect(datesIn('MIUI在2021年之前，一直以流畅好用著称。而2021年之后的MIUI，问题频出。', '2022-02-16')).toEqual([]);
  });

  it("takes a period's base effect (去年下半年基數抬高) for a baseline, so it lends no year to a later bare half", () => {
    expect(datesIn('再加上去年下半年基数抬高，预计收入增幅回落。数据显示，上半年全国一般公共预算同比增长21.8%。', '2021-07-28')).toEqual(['上半年 → 2021-H1']);
  });

  it('reads 訂於 and 預定 as plans, so a bare day is the next one', () => {
    expect(datesIn('股東會訂於6日召開。', '2024-05-30')).toEqual(['6日 → 2024-06-06']);
    expect(datesIn('新廠預定20日動土。', '2024-05-30')).toEqual(['20日 → 2024-06-20']);
  });

  it('leaves 今天 undated in the quoted words of a saying dated before publication', () => {
    expect(datesIn('他去年曾說：「今天是公司最重要的一天。」', '2024-05-02')).toEqual(['去年 → 2023']);
    expect(datesIn('他昨日表示：「今天我們簽約。」', '2024-05-02')).toEqual(['昨日 → 2024-05-01']);
    expect(datesIn('他表示：「今天我們簽約。」', '2024-05-02')).toEqual(['今天 → 2024-05-02']);
    // A wire's dateline day (台北2日電) is the filing day, so the lead's quoted 今天 is still that day.
    expect(datesIn('（中央社記者台北2日電）金管會主委表示：「今天市場穩定。」', '2024-05-02')).toContain('今天 → 2024-05-02');
  });

  it("dates a plan's bare month from publication, not from a past year another clause names (2023年營收創新高，公司計劃6月上市)", () => {
    expect(datesIn('2023年營收創新高，公司計劃6月上市。', '2024-05-20')).toEqual(['2023年 → 2023', '6月 → 2024-06']);
    expect(datesIn('2019年，公司將於10月推出新品。', '2024-05-20')).toEqual(['2019年 → 2019', '10月 → 2019-10']);
  });

  it('reads 訂 before a day as a plan (法說會訂3日舉行), not 訂單', () => {
    expect(datesIn('法說會訂3日舉行。', '2024-05-30')).toEqual(['3日 → 2024-06-03']);
    expect(datesIn('公司訂單3日到貨。', '2024-05-30')).toEqual(['3日 → 2024-05-03']);
  });

  it('leaves "today this, tomorrow that" undated (今日涨明日就跌), but not a day and the next', () => {
    expect(datesIn('热点题材也是快速轮动，今日涨明日就跌。', '2022-04-21')).toEqual([]);
    expect(datesIn('公司今日宣布，明日停牌。', '2022-04-21')).toEqual(['今日 → 2022-04-21', '明日 → 2022-04-22']);
  });

  it('leaves out what the economy will do, a goal strived for and the period of a revised forecast, but keeps a plan', () => {
    expect(datesIn('分析人士认为，三季度经济将加快恢复。', '2022-07-20')).toEqual([]);
    expect(datesIn('力争2025年前实现碳达峰。', '2022-07-20')).toEqual([]);
    expect(datesIn('IMF将今年全球经济增长预期下调至3.2%。', '2022-07-20')).toEqual([]);
    expect(datesIn('公司将于三季度恢复生产。', '2022-07-20')).toEqual(['三季度 → 2022-Q3']);
    expect(datesIn('市场监管总局将于下半年开展专项行动。', '2022-07-20')).toEqual(['下半年 → 2022-H2']);
    expect(datesIn('消费券将于8月发放。', '2022-07-20')).toEqual(['8月 → 2022-08']);
  });

  it('leaves out a target set for a year still to come (到2025年…下降13.5%), not a figure as of a past year', () => {
    expect(datesIn('《方案》提出到2025年，全国单位国内生产总值能源消耗比2020年下降13.5%。', '2022-01-25')).toEqual([]);
    expect(datesIn('到2025年末，贷款余额为12亿元。', '2026-03-01')).toEqual(['2025年末 → 2025-H2']);
  });

  it('leaves out a goal a coming year is to reach (明年要努力实现…)', () => {
    expect(datesIn('去年年末举行了央企负责人会议，会议强调，明年“两利四率”要努力实现“两增一控三提高”。', '2022-01-27')).toEqual(['去年年末 → 2021-H2']);
  });

  it('reads a number closing a quoted name (‘中铁1号’) as no day, and a festival with its year and days as no event', () => {
    expect(datesIn('“从‘中铁1号’到‘中铁1000号’，中国用12年时间。”', '2021-05-10')).toEqual([]);
    expect(datesIn('2021年中国品牌日（5月10日至12日）前夕，观察者网参加采访活动，4月25日，我们实地探访。', '2021-05-10')).toEqual(['4月25日 → 2021-04-25']);
    expect(datesIn('2021年全年营收节节攀升。', '2022-05-10')).toEqual(['2021年全年 → 2021']);
  });
});

describe('shapes found on fresh real copy (tests/fixtures/timeline-review, third sample)', () => {
  it("reads Hong Kong's comparatives (低過, 多過) as a baseline, and a date listed after the first term of a comparison with its own figure", () => {
    // 香港電台, 2025-04-03 (rthk-ism): 2月 is what March is compared with, not a month of its own.
    expect(datesIn('美國供應管理協會（ISM）3月非製造業指數為50.8，跌至9月個月以來最低，低過市場預期的53，及2月的53.5。', '2025-04-03')).toEqual(['3月 → 2025-03']);
    expect(datesIn('4月出口多過去年，增幅高於市場預期的3%和上月的2.8%。', '2025-05-10')).toEqual(['4月 → 2025-04']);
    // Listed without a comparison, each month is its own.
    expect(datesIn('公司11月和10月营收分别为5亿元和4亿元，其中3月的营收为2亿元。', '2021-12-01')).toEqual(['11月 → 2021-11', '10月 → 2021-10', '3月 → 2021-03']);
  });

  it('reads a date whose figure another is a multiple of (是去年全年增量的1.9倍) as a baseline', () => {
    // 证券时报网, 2021-12-01 (stcn-guizhou).
    expect(datesIn('10月末，存款余额30436.1亿元。前10个月累计新增存款2082.8亿元，增量是去年全年增量的1.9倍。', '2021-12-01')).toEqual(['10月末 → 2021-10']);
    expect(datesIn('2021年營收是2019年的3倍。', '2022-03-01')).toEqual(['2021年 → 2021']);
  });

  it('leaves out a target set for a year not yet over (今年全年目标是…), but keeps one set for a year already past', () => {
    expect(datesIn('今年全年目标是新增就业1100万人。', '2021-08-20')).toEqual([]);
    expect(datesIn('2020年目标为增长6%，实际增长2.3%。', '2021-08-20')).toEqual(['2020年 → 2020']);
  });

  it('dates 日本2月, 指數星期五 and 即日起 (香港電台 finance items)', () => {
    expect(datesIn('日本2月家庭開支按年下跌0.5%，但就是3個月來首次下跌。', '2025-04-04')).toEqual(['2月 → 2025-02']);
    expect(datesIn('紐約股市繼前一日暴跌之後，三大指數星期五開市後再次急挫3%。', '2025-04-05')).toEqual(['星期五 → 2025-04-04']);
    expect(datesIn('啟德體育園本周六晚上舉行開幕典禮，已購票人士即日起一連三日可換領實體門票。', '2025-02-27')).toEqual(['本周六 → 2025-03-01', '即日 → 2025-02-27']);
  });

  it('leaves out a bare 今年 that sums up a change of the year so far (今年…飙涨, 超越, 得到控制), but keeps a one-off act or another year', () => {
    // LABELS.md's own example, and 21世纪经济报道 2021-04-16 (sina-21house).
    expect(datesIn('今年全球货运价格飙涨。', '2021-10-15')).toEqual([]);
    expect(datesIn('“今年疫情得到控制，整体市场相对稳定。”', '2021-04-16')).toEqual([]);
    expect(datesIn('今年公司推出新品，销量增长30%。', '2021-10-15')).toEqual(['今年 → 2021']);
    expect(datesIn('习近平主席今年在联大讲话中提出碳中和目标。', '2021-10-15')).toEqual(['今年 → 2021']);
    expect(datesIn('去年全球货运价格飙涨。', '2021-10-15')).toEqual(['去年 → 2020']);
  });

  it('reads what Hong Kong copy says the market (大市, 港股, 金價) will do in a coming period as a forecast', () => {
    // The shape of 中通社 market commentary: a denied or hedged call on next year is no happening.
    expect(datesIn('雖並不代表大市會明年逆轉，但至少表示大市之反覆或會進一步明顯。', '2024-10-15')).toEqual([]);
    expect(datesIn('金價明年有望再創新高。', '2024-10-15')).toEqual([]);
    expect(datesIn('港交所明年將推出新指數。', '2024-10-15')).toEqual(['明年 → 2025']);
  });

  it('reads a coming period framed alone in its clause as an outlook when the rest of its sentence is one, and 或在…% as a guess', () => {
    expect(datesIn('下半年，我国经济有望继续恢复。', '2022-08-16')).toEqual([]);
    expect(datesIn('明年一季度，随着基数效应消退，增速或将回落。', '2022-08-16')).toEqual([]);
    expect(datesIn('今年GDP增速或在3%至4%之间。', '2022-08-16')).toEqual([]);
    expect(datesIn('明年一季度，公司将推出新品。', '2022-08-16')).toEqual(['明年一季度 → 2023-Q1']);
  });

  it('leaves out a bare 今年 of acts repeated through the year so far (密集出台, 陆续推出), but keeps what is planned for it', () => {
    // 21世纪经济报道, 2021-04-16 (sina-21house); the plan is pchome-1's shape (工商協進會, 2024).
    expect(datesIn('同时，许小乐指出，今年密集出台的政策调控已经产生了明显效果。', '2021-04-16')).toEqual([]);
    expect(datesIn('今年多項國際論壇、出國參訪活動也陸續規劃中。', '2024-03-20')).toEqual(['今年 → 2024']);
  });

  it('leaves out the edition year of a recurring fair or forum (2022年中国国际服务贸易交易会), and keeps the day it opened', () => {
    // 证券时报, 2022-09-01 (stcn-cifts).
    expect(datesIn('8月31日，2022年中国国际服务贸易交易会如约而至。', '2022-09-01')).toEqual(['8月31日 → 2022-08-31']);
    expect(datesIn('今年多項國際論壇也陸續規劃中。', '2024-03-20')).toEqual(['今年 → 2024']);
  });

  it('reads a date whose level another is nearest to (和8月13日点位最为接近) as a baseline', () => {
    // 中国基金报, 2021-08-15 (cfund-3500).
    expect(datesIn('第一次是2015年12月16日，收盘于3516.19点，这一指数点位和8月13日点位最为接近；', '2021-08-15')).toEqual(['2015年12月16日 → 2015-12-16']);
    expect(datesIn('公司和5月签约的客户接近100家。', '2021-08-15')).toEqual(['5月 → 2021-05']);
  });

  it('leaves out a range of days that is only the span a return is summed over, and the same quarter of every year', () => {
    expect(datesIn('而紧随其后的是前海开源中国稀缺资产，2018年1月22日至2021年8月13日的收益率达到303.5%。', '2021-08-15')).toEqual([]);
    expect(datesIn('近两三年的一季度都有一波不错的行情，2018年1月份正是如此。', '2021-08-15')).toEqual(['2018年1月份 → 2018-01']);
  });

  it('reads 9月至12月期间 as a run of months, and a quarter-end data name beside a dated sentence as no event', () => {
    expect(datesIn('市场逐渐平稳，9月至12月期间出现了小反弹。', '2021-08-15')).toEqual([]);
    expect(datesIn('冯明远是2016年10月19日开始管理该基金，他目前管理规模也逼近300亿（二季度末数据）。', '2021-08-15')).toEqual(['2016年10月19日 → 2016-10-19']);
  });

  it("reads a period not yet over in someone's opinion (认为，下半年…; 判断下半年…) as an outlook, but keeps an ended period and a planned act", () => {
    expect(datesIn('其实从基金君采访来看，多位基金经理认为，下半年还是成长股占据上风。', '2021-08-15')).toEqual([]);
    expect(datesIn('他认为，上半年经济增长较快。', '2021-08-15')).toEqual(['上半年 → 2021-H1']);
    expect(datesIn('他认为，今年公司推出的新品很成功。', '2021-08-15')).toEqual(['今年 → 2021']);
  });

  it("dates Taiwan's months in Chinese numerals, and reads 今年開始，…逐漸取消 as a change of the year so far", () => {
    // 工商時報, 2024-08-05 (ctee-phones).
    expect(datesIn('2024上半年台灣整體手機市場銷量波動劇烈，一路下滑到四月的36.3萬支，五月由於3G關台政策助推，銷量一度回升至42.9萬支，隨後在六月因觀望心態影響，銷量再次下跌。', '2024-08-05')).toEqual(['上半年 → 2024-H1', '四月 → 2024-04', '五月 → 2024-05', '六月 → 2024-06']);
    expect(datesIn('傑昇通信觀察，今年開始，各大手機原廠逐漸取消64GB和128GB的容量配置。', '2024-08-05')).toEqual([]);
    expect(datesIn('今年開始，公司推出新品。', '2024-08-05')).toEqual(['今年 → 2024']);
  });

  it('leaves out a time something is not sure to be done by (無法保證在 2024 年底前完成), as a day it will not be done on', () => {
    // 鉅亨網, 2024-09-30 (cnyes-intel).
    expect(datesIn('據英媒《金融時報》報導稱，雙方談判已進入後期階段，但無法保證在 2024 年底前完成。', '2024-09-30')).toEqual([]);
    expect(datesIn('美國總統拜登 3 月向英特爾提供了近 200 億美元的贈款和貸款。', '2024-09-30')).toEqual(['3 月 → 2024-03']);
  });

  it('leaves out an indicator period put out on a later day (8月CPI将于9月9日公布), any rank of a happening in the year (今年第二次降息), and a year under pressure (今年消费承压)', () => {
    // LABELS.md: a period named as data put out on a dated day is that data's name; the pressures a period not over faces are no happening.
    expect(datesIn('8月CPI将于9月9日公布。', '2022-09-05')).toEqual(['9月9日 → 2022-09-09']);
    expect(datesIn('8月CPI同比上涨2.5%。', '2022-09-15')).toEqual(['8月 → 2022-08']);
    expect(datesIn('这也是央行今年第二次降息。', '2022-09-15')).toEqual([]);
    expect(datesIn('在疫情反复的背景下，今年消费承压。', '2022-09-15')).toEqual([]);
  });

  it('reads an expected time something "will" be done (预计在明年一季度就会开始发行) as a guess, and a lagging measure of the year (今年…发行进度明显滞后) as the year so far', () => {
    // 证券时报, 2021-12-16 (stcn-nov2021).
    expect(datesIn('政府已提前下达专项债额度，预计在明年一季度就会开始发行，从而对基建形成支撑。', '2021-12-16')).toEqual([]);
    expect(datesIn('公司将于明年一季度发行新债。', '2021-12-16')).toEqual(['明年一季度 → 2022-Q1']);
    expect(datesIn('此外，今年专项债的发行进度明显滞后。', '2021-12-16')).toEqual([]);
    expect(datesIn('同时，专项债项目从今年7月就开始准备。', '2021-12-16')).toEqual(['今年7月 → 2021-07']);
  });
});

describe('the timeline on the fourth review sample (tests/fixtures/timeline-review, 2026-12)', () => {
  it('reads 當月 right after a month as that month restated, but 當月 in a later clause as another happening', () => {
    // 中新网, 2021-09-02 (cns-services); 华商报, 2021-06-18 (hsb-xian).
    expect(datesIn('7月当月服务进出口平稳增长。7月份，我国服务进出口总额4319.2亿元。', '2021-09-02')).toEqual(['7月 → 2021-07']);
    expect(datesIn('公司4月发布新品，当月销量翻倍。', '2021-06-18')).toEqual(['4月 → 2021-04', '当月 → 2021-04']);
  });

  it('leaves out a weekday inside a title (《星期六問責》), but keeps a weekday in the text and a report period in a title', () => {
    // 香港電台, 2025-04-05 (rthk-hkhsrent).
    expect(datesIn('房協主席出席本台節目《星期六問責》表示，新租約有附加條款。', '2025-04-05')).toEqual([]);
    expect(datesIn('房協主席星期六表示，新租約有附加條款。', '2025-04-05')).toEqual(['星期六 → 2025-04-05']);
    expect(datesIn('《2023年一季度報告》顯示，公司營收增長。')).toEqual(['2023年 → 2023-Q1']);
  });

  it('leaves out a day said to be a national or world observance (是全民國家安全教育日), but keeps what is done for it and a one-off day', () => {
    // 香港電台, 2025-04-06 (rthk-natsecvideos).
    expect(datesIn('本月15日是全民國家安全教育日，6支紀律部隊由今日起一連9日發布影片。', '2025-04-06')).toEqual(['今日 → 2025-04-06']);
    expect(datesIn('4月23日是世界讀書日，書店推出優惠。', '2025-04-06')).toEqual([]);
    expect(datesIn('本月15日是最後交易日。', '2025-04-06')).toEqual(['本月15日 → 2025-04-15']);
  });

  it('reads a month something will be done by at the latest (最遲10月投入營運) as a plan, so the next such month', () => {
    // 香港電台, 2025-04-05 (rthk-youthfacility).
    expect(datesIn('民青局表示，改造後的設施最遲10月有序投入營運。', '2025-04-05')).toEqual(['10月 → 2025-10']);
    expect(datesIn('民青局表示，改造後的設施10月有序投入營運。', '2025-04-05')).toEqual(['10月 → 2024-10']);
  });

  it('leaves out years listed and then counted as one stretch (去年、今年和明年连续三年), but keeps years listed with figures of their own', () => {
    // 证券时报网, dev half of the corpus (stcnw-4).
    expect(datesIn('可以用去年、今年和明年连续三年的整体视角来观察PPI的变化。', '2021-07-19')).toEqual([]);
    expect(datesIn('2019年、2020年和2021年这三年，公司营收翻倍。', '2022-03')).toEqual([]);
    expect(datesIn('前年、去年公司分别盈利1亿元和2亿元。', '2021-12')).toEqual(['前年 → 2019', '去年 → 2020']);
  });

  it('leaves out a bare year as what something bears on (对今年的影响), but keeps a month named after 对', () => {
    // 证券时报网, dev half of the corpus (stcnw-4).
    expect(datesIn('去年上半年因应对疫情，生产生活中断，对今年的影响是下半年基数高。', '2021-07-19')).toEqual(['去年上半年 → 2020-H1']);
    expect(datesIn('对今年3月的数据，市场反应平淡。', '2021-07-19')).toEqual(['今年3月 → 2021-03']);
  });
});

describe('a run of months that writes its year (2020年4-8月)', () => {
  it('gives its year to the bare months after it in the paragraph (中国新闻周刊)', () => {
    expect(datesIn('以2020年4-8月荔枝上市量来看，4月5.58万吨，5月53.65万吨。', '2022-07-18')).toEqual(['4月 → 2020-04', '5月 → 2020-05']);
  });

  it('leaves bare months counted from publication when no year is written', () => {
    expect(datesIn('以4-8月荔枝上市量来看，4月5.58万吨。', '2022-09-18')).toEqual(['4月 → 2022-04']);
  });
});

describe('a headline in 【】 before its item', () => {
  it('ends a sentence: a plan word in the headline makes no forecast of the day after it (虎嗅早报)', () => {
    expect(datesIn('@新浪财经【俞敏洪：也决不打算给家长进行所谓的学科培训】12日，俞敏洪在朋友圈回应传闻。', '2021-08-13')).toEqual(['12日 → 2021-08-12']);
  });
});

describe('昨 and 今 alone before their verb in Hong Kong copy', () => {
  it('reads a court day, a noon and a briefing (蘋果日報, 明報, 星島)', () => {
    expect(datesIn('高院昨繼續審理。', '2019-04-17')).toEqual(['昨 → 2019-04-16']);
    expect(datesIn('他昨午再度現身福榮街派錢。', '2018-12-17')).toEqual(['昨午 → 2018-12-16']);
    expect(datesIn('雙方今結案陳詞。', '2019-04-18')).toEqual(['今 → 2019-04-18']);
    expect(datesIn('中國外交部發言人耿爽在昨例行記者會表示，中方立場堅定。', '2018-08-02')).toEqual(['昨 → 2018-08-01']);
  });

  it('leaves 今 that is no day (如今, 今後)', () => {
    expect(datesIn('如今繼續審理。', '2019-04-17')).toEqual([]);
    expect(datesIn('今後繼續審理。', '2019-04-17')).toEqual([]);
  });
});

describe('a two-digit year before a founding, listing or retirement (88年上市前, 於 70 年)', () => {
  it('is the year it happened (網易, 立場新聞)', () => {
    expect(datesIn('还是88年上市前的员工。', '2012-04-01')).toEqual(['88年 → 1988']);
    expect(datesIn('馮景禧於 70 年率先退出新鴻基。', '2018-03-16')).toEqual(['70 年 → 1970']);
  });

  it('leaves a count of years and listed companies alone', () => {
    expect(datesIn('公司成立30年上市。', '2013-06-30')).toEqual([]);
    expect(datesIn('近30年上市公司增多。', '2013-06-30')).toEqual([]);
  });
});

describe('the same day years ago (一年前的今天（10月23日）)', () => {
  it('dates the bracketed day in the year it names (眾新聞)', () => {
    expect(datesIn('一年前的今天（10月23日），是陳同佳在港洗黑錢罪刑滿出獄的日子。', '2020-10-23')).toEqual(['一年前的今天（10月23日） → 2019-10-23']);
    expect(datesIn('兩年前的今日(3月5日)，公司上市。', '2020-03-05')).toEqual(['兩年前的今日(3月5日) → 2018-03-05']);
  });
});

describe('上半程 and 下半程 closing their clause', () => {
  it('are the halves of the year (北京商报)', () => {
    expect(datesIn('不过在2019年上半程，房企投资拿地的积极性未见明显减弱。', '2019-08-30')).toEqual(['2019年上半程 → 2019-H1']);
  });

  it('leave a match’s first half alone', () => {
    expect(datesIn('比赛上半程结束时比分持平。', '2019-08-30')).toEqual([]);
  });
});

describe('a two-digit year in Chinese digits after at or since (自○八年金融風暴後)', () => {
  it('is the year, with ○ read as a zero (東方日報)', () => {
    expect(datesIn('由於生意訂單都來自歐美,自○八年金融風暴後,生意已經下跌三成以上。', '2013-06-30')).toEqual(['○八年 → 2008']);
    expect(datesIn('他在九七年移民加拿大。', '2013-06-30')).toEqual(['九七年 → 1997']);
  });

  it('leaves two counts in a row (在三四年的時間裡) and a span (在二十年間) alone', () => {
    expect(datesIn('在三四年的時間裡完成。', '2013-06-30')).toEqual([]);
    expect(datesIn('在二十年間完成。', '2013-06-30')).toEqual([]);
  });
});

describe('此前一天 and 前一天 after a day named', () => {
  it('are the day before it (财联社)', () => {
    expect(datesIn(['11月24日，公司宣布项目建成。', '此前一天，海马汽车发布公告。'], '2021-11-25')).toEqual(['11月24日 → 2021-11-24', '此前一天 → 2021-11-23']);
  });

  it('leave a date glossed right after them to itself (往前一天的2月15日)', () => {
    expect(datesIn('2月16日，小米回应。而往前一天的2月15日，小米计划裁员的消息甚嚣尘上。', '2022-02-17')).toEqual(['2月16日 → 2022-02-16', '2月15日 → 2022-02-15']);
  });
});

describe('a run of months written with 月 on both sides of a dash (1月-11月)', () => {
  it('is a run, like 1-11月 and 1月至11月 (第一财经)', () => {
    expect(datesIn('1月-11月，万科权益金额销售均排到TOP4位置。', '2019-11-30')).toEqual([]);
    expect(datesIn('1月－3月，銷量增長。', '2019-11-30')).toEqual([]);
  });
});

describe('a report named with its year', () => {
  it('lends that year to the bare period its figures are given for (根据…2011年半年报，…上半年的收入达到…), not the year named before', () => {
    expect(datesIn('追得最紧的是2010年销售收入已突破20亿元的苏宁易购。根据苏宁电器2011年半年报，苏宁易购上半年的收入达到了25.69亿元。', '2011-10-09')).toEqual(['2010年 → 2010', '上半年 → 2011-H1']);
  });
});

describe('a cumulative run written with its year', () => {
  it('gives the bare month after it that year though the run itself is no happening (2011年1~5月累计…，5月份…)', () => {
    expect(datesIn('2010年，瑞麒G5销量为2391辆，2011年1~5月G5累计销量564辆，5月份G5累计销量仅有60辆。', '2011-07-11')).toEqual(['2010年 → 2010', '5月份 → 2011-05']);
  });
});

describe('a bare day in a later sentence than the month the paragraph named', () => {
  // Shape of 自由時報 copy kept as one line by a crawl (a whole article in one paragraph).
  it('is a day of the copy’s own month, not of the month named in an earlier sentence', () => {
    expect(datesIn('川普政府五月十日已將關稅由十％上調至廿五％。根據聲明，十七日起公聽會將聽取企業的證詞。', '2019-06-16')).toEqual(['五月十日 → 2019-05-10', '十七日 → 2019-06-17']);
  });

  it('is still the month named in its own sentence (公司3月5日发布公告，10日股价大跌)', () => {
    expect(datesIn('公司3月5日发布公告，10日股价大跌。', '2019-06-16')).toEqual(['3月5日 → 2019-03-05', '10日 → 2019-03-10']);
  });
});

describe('a bare quarter not yet over, said to fare well or badly', () => {
  // Shape of 第一财经日报 copy of 2013-10-22: the quarter under way is an outlook, however its result is worded.
  it('is no happening (四季度国际国内市场需求呈现好转势头 in October)', () => {
    expect(datesIn('他在发布会上表示，前三季度经济保持平稳较快增长，四季度国际国内市场需求呈现好转势头。', '2013-10-22')).toEqual([]);
  });

  it('while a half under way keeps the result it had so far (上半年虧損擴大 in May)', () => {
    expect(datesIn('公司上半年虧損擴大至3億元。', '2024-05-20')).toEqual(['上半年 → 2024-H1']);
  });
});
