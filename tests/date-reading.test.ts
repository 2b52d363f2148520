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

  it('reads Taiwan\'s years and quarters through the spaces (民國 112 年 3 月, 112 年第 3 季), a count still blocking (近 112 年)', () => {
    expect(mentionsIn('民國 112 年 3 月，營收創高；112 年第 3 季轉虧。')).toEqual(['民國 112 年 3 月', '112 年第 3 季']);
    expect(datesIn(['112 年第 3 季，公司轉虧。'], '2024-05-01')).toEqual(['112 年第 3 季 → 2023-Q3']);
    expect(mentionsIn('近 112 年來首見')).toEqual([]);
  });

  it('takes a full-width space as a space', () => {
    expect(mentionsIn('2019　年7　月3　日起实施。')).toEqual(['2019　年7　月3　日']);
  });

  it('never lets a space join two words: a number of things after a year is no month', () => {
    expect(mentionsIn('2019 年 3 家公司上市')).toEqual(['2019 年']);
    expect(mentionsIn('共 5 日')).toEqual([]);
    expect(mentionsIn('iPhone 15 日本售價上調')).toEqual([]);
    expect(mentionsIn('央行 15 日宣布')).toEqual(['15 日']);
  });
});

describe('a count of days after a verb of staying', () => {
  it('reads N日 right after a verb of staying or lasting as a duration, not a day of the month', () => {
    for (const text of ['病人留醫6日後出院', '她住院3日', '旅客須隔離14日', '該股停牌5日', '我們在酒店住了3日', '这家商场停业7日', '该航线停航10日']) expect(mentionsIn(text), text).toEqual([]);
    // Moving a date by some days, or the days between two, is a count too.
    for (const text of ['發布會提前3日舉行', '兩輪談判相隔5日', '碼頭工人罷工4日', '新股上市延遲2日']) expect(mentionsIn(text), text).toEqual([]);
  });

  it('still reads a day before its verb or after a preposition, and a day after a month', () => {
    expect(mentionsIn('病人6日出院')).toEqual(['6日']);
    expect(mentionsIn('該股於6日停牌')).toEqual(['6日']);
    expect(mentionsIn('旅客須隔離至3月14日')).toEqual(['3月14日']);
    expect(datesIn(['公司6日宣布停牌。'], '2021-05-10')).toEqual(['6日 → 2021-05-06']);
  });
});

describe('a bare time of day', () => {
  it('dates a paragraph that names no day to the day of publication (上午, 下午3点, a wire clock time)', () => {
    expect(datesIn(['該公司下午舉行記者會，宣布新的回購計劃。'], '2023-06-14')).toEqual(['下午 → 2023-06-14']);
    expect(datesIn(['下午3点，沪指翻红。'], '2023-06-14')).toEqual(['下午3点 → 2023-06-14']);
    expect(datesIn(['0930 GMT，布兰特原油涨0.5%。'], '2023-06-14')).toEqual(['0930 GMT → 2023-06-14']);
  });

  it('is the named day\'s beside a day, and one day however many times of day follow', () => {
    expect(mentionsIn('今天上午股價急跌，下午收復失地。')).toEqual(['今天']);
    expect(mentionsIn('上午股價急跌，下午收復失地。')).toEqual(['上午']);
    expect(mentionsIn('6月3日下午，他抵達會場。')).toEqual(['6月3日']);
  });

  it('dates nothing without a day of publication, nor after the copy moved to another day', () => {
    expect(datesIn(['該公司下午舉行記者會。'], '2023-06')).toEqual([]);
    expect(datesIn(['2019年4月2日，工廠起火。', '下午，消防員趕到。'], '2023-06-14')).toEqual(['2019年4月2日 → 2019-04-02']);
  });

  it('is no time of publication day when every day\'s, when it names something else, or when someone says it', () => {
    expect(mentionsIn('他每天下午去散步，喜歡喝下午茶，週末上午休息。')).toEqual([]);
    expect(mentionsIn('她說：「我早上六點就出門了。」')).toEqual([]);
    // A routine: the paragraph's first time of day tells it, and the later ones are the routine's too.
    expect(mentionsIn('他平日早上8時出門，下午6時回家；宿舍晚上11時關燈。')).toEqual([]);
    // A session's timetable (`下午開市`, `下午2時收盤`), not a happening.
    expect(mentionsIn('颱風信號除下後，股市下午開市，期貨下午2時收盤。')).toEqual([]);
  });
});

describe('a bare time of day among the timeline\'s other rules', () => {
  it('is a forecast of the day when its clause hedges (機會高, 可能), like 今晚', () => {
    expect(datesIn(['天文台表示，晚上改發8號風球的機會高。'], '2023-09-01')).toEqual([]);
  });

  it('lets a saying dated by a bare time of day count its 明日 from publication (晚上8時發聲明指「明日…」)', () => {
    expect(datesIn(['政府晚上8時發聲明指「明日政府總部暫停開放」。'], '2019-06-20')).toEqual(['明日 → 2019-06-21']);
  });
});

describe('relative days in a commentator\'s own view', () => {
  it('dates 今天 and 前天 in a sentence where the writer gives a view (我认为, 我想这…) from the day of publication', () => {
    expect(datesIn(['我认为今天银行股走强，是因为前天的会议释放了信号。'], '2023-06-14')).toEqual(['前天 → 2023-06-12', '今天 → 2023-06-14']);
    expect(datesIn(['我想这次反弹今天已经结束了。'], '2023-06-14')).toEqual(['今天 → 2023-06-14']);
  });

  it('still leaves out a day told in a first-person story (我想回家, 我到了公司)', () => {
    expect(datesIn(['今天我想回家，可是老板不批假。'], '2023-06-14')).toEqual([]);
    expect(datesIn(['那天中午我到了公司，昨天的方案还没改完。'], '2023-06-14')).toEqual([]);
  });
});

describe('a part of the year without its year', () => {
  it('dates a bare 年底/年初 by the year the paragraph named before it', () => {
    expect(datesIn(['2015年，她開了第一家門店，年底已有三家分店。'], '2023-06-14')).toEqual(['2015年 → 2015', '年底 → 2015-H2']);
    expect(datesIn(['2019年公司換了管理層，年初先裁員兩成。'], '2023-06-14')).toEqual(['2019年 → 2019', '年初 → 2019-H1']);
  });

  it('dates nothing when the paragraph named no year, and never reads 每年底, 財年初 or 新年初', () => {
    expect(datesIn(['公司表示，年底已有三家分店。'], '2023-06-14')).toEqual([]);
  });

  it('dates a bare 年底 in a plan, with no year in the paragraph, to this year', () => {
    expect(datesIn(['新廠房計劃於年底前投產。'], '2023-06-14')).toEqual(['年底 → 2023-H2']);
    expect(mentionsIn('每年底結算一次，財年初公布，新年初一開業。')).toEqual([]);
    // Hong Kong's 年初二 is the second day of the Lunar New Year, not early in the year.
    expect(mentionsIn('2019年，年初二照常開市。')).toEqual(['2019年']);
  });
});

describe('a month without a year, soon after publication', () => {
  it('is the coming one when its sentence speaks of the future (是否會, 即將, 屆時)', () => {
    expect(datesIn(['兩國元首將在11月的峰會上見面。'], '2023-09-10')).toEqual(['11月 → 2023-11']);
    expect(datesIn(['新廠房12月落成，屆時產能翻倍。'], '2023-09-10')).toEqual(['12月 → 2023-12']);
  });

  it('is still last year\'s when the sentence reports what happened (峰會 is no modal 會)', () => {
    expect(datesIn(['11月峰會上，兩國簽署了貿易協議。'], '2023-09-10')).toEqual(['11月 → 2022-11']);
    // A future after a reporting verb is what was announced, dated when it was.
    expect(datesIn(['10月8日，公司宣布將回購股份。'], '2023-09-10')).toEqual(['10月8日 → 2022-10-08']);
  });

  it('is last year\'s when it lies more than a quarter ahead, whatever the sentence says', () => {
    expect(datesIn(['新廠房2月落成，屆時產能翻倍。'], '2023-09-10')).toEqual(['2月 → 2023-02']);
    expect(datesIn(['新廠房1月落成，屆時產能翻倍。'], '2023-09-10')).toEqual(['1月 → 2023-01']);
  });
});

describe('a weekday written after a full date', () => {
  it('restates the date, with or without a space, so it is no day of its own counted from publication', () => {
    expect(mentionsIn('2015年8月19日星期三，公司上櫃。')).toEqual(['2015年8月19日星期三']);
    expect(datesIn(['2015年8月19日 星期三，公司上櫃。'], '2023-06-14')).toEqual(['2015年8月19日 星期三 → 2015-08-19']);
  });
});

describe('the next day told as such (第二天, 隔天)', () => {
  it('counts from the full date named just before, in the paragraph before or earlier in its own', () => {
    expect(datesIn(['3月4日，工廠停電。', '第二天上午，工人陸續返工。'], '2023-06-14')).toEqual(['3月4日 → 2023-03-04', '第二天 → 2023-03-05']);
    expect(datesIn(['3月4日工廠停電，隔天恢復供電。'], '2023-06-14')).toEqual(['3月4日 → 2023-03-04', '隔天 → 2023-03-05']);
  });

  it('dates nothing when another time came after that date, or when it counts from a happening (開工第二天)', () => {
    expect(datesIn(['3月4日，工廠停電。', '停電持續了一周。他是下午到的，第二天早上就走了。'], '2023-06-14')).toEqual(['3月4日 → 2023-03-04']);
    expect(datesIn(['3月4日，工廠停電。', '上半年虧損擴大。', '第二天，工人返工。'], '2023-06-14')).toEqual(['上半年 → 2023-H1', '3月4日 → 2023-03-04']);
    expect(mentionsIn('新廠開工第二天就出了事故。')).toEqual([]);
  });
});

describe('a part of a month without the month', () => {
  it('dates a bare 月底/月初 by the month the paragraph named before it, or in a plan by the month of publication', () => {
    expect(datesIn(['交易所原定5月3日推出新制度，後來推遲至月底實施。'], '2023-06-14')).toEqual(['月底 → 2023-05', '5月3日 → 2023-05-03']);
    expect(datesIn(['新制度已於月底實施。'], '2023-06-14')).toEqual([]);
    // A plan with no month named before is the month of publication's.
    expect(datesIn(['新制度將於月底實施。'], '2023-06-14')).toEqual(['月底 → 2023-06']);
    expect(mentionsIn('每月底結算，三個月初步估算。')).toEqual([]);
  });
});

describe('relative days in Hong Kong copy', () => {
  it('reads 今時今日 as "nowadays", not today', () => {
    expect(mentionsIn('到了今時今日，仍然沒有人負責。')).toEqual([]);
  });

  it('reads a lone 昨 right after a bracketed byline (【本報訊】昨…) as yesterday', () => {
    expect(mentionsIn('【本報訊】昨上任的新局長會見傳媒。')).toEqual(['昨']);
  });
});

describe('shortened and listed forms', () => {
  it('reads months listed with a figure each (分别) one by one, and months listed otherwise as a run', () => {
    expect(mentionsIn('3月和4月，兩地銷量分别為120套和150套。')).toEqual(['3月', '4月']);
    expect(datesIn(['3月和4月，兩地銷量分别為120套和150套。'], '2023-06-14')).toEqual(['3月 → 2023-03', '4月 → 2023-04']);
    expect(datesIn(['3月和4月，兩地銷量合計270套。'], '2023-06-14')).toEqual([]);
  });

  it('reads 今日 before a column\'s name (今日聚焦, 今日要聞) as no day', () => {
    expect(mentionsIn('今日聚焦')).toEqual([]);
    expect(mentionsIn('今日要聞')).toEqual([]);
  });
});

describe('a bare month up to a quarter after publication, told neither as done nor as a plan', () => {
  it('is the coming one (9月 in copy of 31 August, 8月有1個月工期 in July)', () => {
    expect(datesIn(['同时9月还面临跨季因素，流动性压力仍存。'], '2018-08-31')).toEqual(['9月 → 2018-09']);
    expect(datesIn(['同學的媽媽幫我找了一份小工，8月有1個月工期，能賺1萬多元。'], '2008-07-30')).toEqual(['8月 → 2008-08']);
  });
  it('is last year\'s when the sentence tells it as done after the date (委员会在10月发布了报告)', () => {
    expect(datesIn(['委员会在10月发布了报告。'], '2018-08-31')).toEqual(['10月 → 2017-10']);
  });
  it('leaves a bare day to the rule of its own: only a sentence looking ahead makes it the coming one', () => {
    expect(datesIn(['公司10月8日公布業績。'], '2018-08-31')).toEqual(['10月8日 → 2017-10-08']);
  });
});

describe('a few days counted back from publication', () => {
  it('dates 5天前 and 三天前 opening their clause from the day of publication, and 当天 after it to the same day', () => {
    expect(datesIn(['5天前，集团董事长等人被公安机关突击带走，当天公司也被查封。'], '2020-11-16')).toEqual(['5天前 → 2020-11-11', '当天 → 2020-11-11']);
    expect(datesIn(['三天前，公司宣布暂停营业。'], '2020-11-16')).toEqual(['三天前 → 2020-11-13']);
  });

  it('leaves a scene set then (3天前的加護病房裡), a longer count (15天前, 二十多天前) and a rough one (5天前左右)', () => {
    expect(datesIn(['3天前的加護病房裡，小峻對爸爸說話。'], '2008-05-22')).toEqual([]);
    expect(mentionsIn('15天前公司宣布暂停营业')).not.toContain('5天前');
    expect(mentionsIn('二十多天前公司宣布暂停营业')).toEqual([]);
    expect(mentionsIn('5天前左右公司宣布暂停营业')).toEqual([]);
  });
});

describe('the night before last', () => {
  it('dates 前晚 two days before publication, as Hong Kong copy writes it, but not the eve of something (選舉前晚, 病逝前晚)', () => {
    expect(datesIn(['警方前晚拘捕五人。'], '2021-06-20')).toEqual(['前晚 → 2021-06-18']);
    expect(datesIn(['被扣留40小時，至前晚10時始獲准保釋。'], '2021-06-20')).toEqual(['前晚 → 2021-06-18']);
    expect(datesIn(['選舉前晚，候選人舉行造勢晚會。'], '2021-06-20')).toEqual([]);
    expect(datesIn(['父親病逝前晚，女兒在家中練唱。'], '2021-06-20')).toEqual([]);
  });
});

describe('days in Chinese numerals', () => {
  it('reads 廿八日 and 二十八日 as days of the publication\'s month, as Taiwan\'s and Hong Kong\'s papers write them', () => {
    expect(datesIn(['中國外交部發言人陸慷廿八日表示，劉曉波是中國公民。'], '2017-06-29')).toEqual(['廿八日 → 2017-06-28']);
    expect(datesIn(['他二十八日表示，將在七月一日舉行會議。'], '2017-06-29')).toEqual(['二十八日 → 2017-06-28', '七月一日 → 2017-07-01']);
    expect(datesIn(['六月廿八日，公司宣布停產。'], '2017-06-29')).toEqual(['六月廿八日 → 2017-06-28']);
  });

  it('reads no day in a count of days (數十日, 卅日內, 連續二十日) nor in 一日 to 九日', () => {
    expect(mentionsIn('在昆明死亡了数十日没人发现。')).toEqual([]);
    expect(datesIn(['意指過去卅日內登入的用戶。', '股價連續二十日下跌。', '他三日後離開。'], '2017-06-29')).toEqual([]);
  });
});

describe('shapes holdouts 58 and 59 showed', () => {
  it('reads 前一日 and 此前一日 as the day before the one named, as 前一天 is', () => {
    expect(datesIn(['1月6日上午开盘后，西藏矿业在经历前一日“一字跌停”后，跟随大盘延续疲弱走势。'], '2022-01-07')).toEqual(['前一日 → 2022-01-05', '1月6日 → 2022-01-06']);
    expect(datesIn(['调研会时间为1月6日10点至18点。此前一日西藏矿业跌停收盘，当天晚上公布了三份公告。'], '2022-01-07')).toEqual(['此前一日 → 2022-01-05', '当天 → 2022-01-05', '1月6日 → 2022-01-06']);
  });

  it('dates a stretch something is set to happen in by its start (将于3月22日至31日期间出让)', () => {
    expect(datesIn(['上海公布了今年首批集中供地情况，将于3月22日至31日期间出让。'], '2022-03-14')).toEqual(['3月22日至31日 → 2022-03-22']);
  });

  it('reads a past level aimed at as no happening of its date (挑戰2008年…水準), but a level set then as one (刷新今年1月所创纪录高位)', () => {
    expect(datesIn(['台塑集團評估，今年營運目標有機會大增逾2成，挑戰2008年2兆1700多億元水準。'], '2010-01')).toEqual([]);
    expect(datesIn(['标普500指数最近刷新今年1月所创纪录高位。'], '2018-08-22')).toEqual(['今年1月 → 2018-01']);
  });
});

describe('shapes holdouts 70 to 73 showed', () => {
  it('reads a month told as done right after it as the last one, though the clause names a plan (该计划7月已经终止)', () => {
    expect(datesIn(['联邦政府的一项经济刺激计划为几百万人提供援助，但该计划7月已经终止。'], '2020-10-07')).toEqual(['7月 → 2020-07']);
  });

  it('reads a bare month after last year’s end as this year’s (去年底…。2月份…回升, in April copy)', () => {
    expect(datesIn(['回看1月份本地私家車登記量，Tesla大跌近八成，但相信與去年底內地廠房停產有關。不過2月份Tesla登記數字回升。'], '2023-04-14')).toEqual(['去年底 → 2022-H2', '1月份 → 2023-01', '2月份 → 2023-02']);
  });

  it('reads no year in so many years past or to come (在过去30年中, 未來10年中)', () => {
    expect(datesIn(['在过去30年中，中国一直是全球化的最大受益者之一。'], '2020-08-31')).toEqual([]);
    expect(datesIn(['未來10年中，公司將擴充產能。'], '2020-08-31')).toEqual([]);
  });

  it('reads a year naming an edition of a congress as its name, not a happening (2018年世界机器人大会在北京举行)', () => {
    expect(datesIn(['近日，2018年世界机器人大会在北京举行。'], '2018-08-22')).toEqual([]);
    expect(datesIn(['宁德时代在2024年举办巧克力换电生态大会。'], '2025-02-20')).toEqual(['2024年 → 2024']);
  });
});

describe('shapes holdouts 78, 80 and 81 showed', () => {
  it('dates a report that is its sentence’s only date by the quarter it covers (去年第三季度财报数据显示, 截至今年三季报)', () => {
    expect(datesIn(['腾讯去年第三季度财报数据显示，IEG所创造的游戏收入占比虽然下滑。'], '2022-03-15')).toEqual(['去年 → 2021-Q3']);
    expect(datesIn(['腾讯2021年上半年报显示，收入增长。'], '2022-03-15')).toEqual(['2021年 → 2021-H1']);
  });

  it('dates a bare day after the story turns to now by the present, not by the history told before (…2011年8月26日正式进驻…。如今，…18日，…)', () => {
    const paragraph = '面包新语于2011年8月26日正式进驻济南泉城路恒隆广场。如今，为何会突然关门?18日，一曾在面包新语工作的人士称，店面一夜之间关门。';
    expect(datesIn([paragraph], '2020-05')).toEqual(['2011年8月26日 → 2011-08-26', '18日 → 2020-05-18']);
    expect(datesIn([paragraph], '2020')).toEqual(['2011年8月26日 → 2011-08-26']);
  });

  it('dates no happening by a byline stamped with when the page went up (鉅亨網記者黃皓宸 台北 2025-09-19 19:32)', () => {
    expect(datesIn(['鉅亨網記者黃皓宸 台北 2025-09-19 19:32', '經濟部今 (19) 日下午舉行電價審議會，經決議產業電價不調整。'], '2025-09-19')).toEqual(['今 (19) 日 → 2025-09-19']);
  });

  it('counts a 今年 planned in a statement dated from now from publication too (去年9月宣布將於今年封麥)', () => {
    expect(datesIn(['去年9月宣布將於今年封麥的費玉清，昨晚舉行告別演唱會。'], '2019-01')).toContain('今年 → 2019');
  });

  it('reads 今 and 昨 alone before an adverb or preposition opening the predicate (高醫大今為…舉辦, 院長鍾飲文今都親至, 證監昨亦就, 經濟部昨以…為由, 政府昨拒絕)', () => {
    expect(datesIn(['高醫大今為14位大體老師舉辦入斂與火化儀式。', '院長鍾飲文今都親至會場致意。', '證監昨亦就借殼現象派出報告。', '經濟部昨以燃料價大漲為由暫不決定。', '政府昨拒絕宣佈停工。'], '2017-06-29')).toEqual([
      '昨 → 2017-06-28', '昨 → 2017-06-28', '昨 → 2017-06-28', '今 → 2017-06-29', '今 → 2017-06-29',
    ]);
  });

  it('still reads no day in 至今為止', () => {
    expect(datesIn(['至今為止公司未有回應。'], '2017-06-29')).toEqual([]);
  });

  it('still leaves out a report named beside a date of its own (4月发布2024年一季报)', () => {
    expect(datesIn(['比亚迪4月28日发布2024年一季报，净利增长。'], '2024-05-02')).toEqual(['4月28日 → 2024-04-28']);
  });
});

describe('a year’s 上旬 or 下旬 (2024年下旬)', () => {
  it('is the year’s early or late half, as 年初 and 年底 are', () => {
    expect(datesIn(['2024年下旬，公司完成了新一轮融资。'], '2026-01-28')).toEqual(['2024年下旬 → 2024-H2']);
    expect(datesIn(['2013年上旬，該行推出新產品。'], '2026-01-28')).toEqual(['2013年上旬 → 2013-H1']);
  });

  it('leaves a month’s 下旬 to its month', () => {
    expect(datesIn(['2024年9月下旬，公司完成了新一轮融资。'], '2026-01-28')).toEqual(['2024年9月下旬 → 2024-09']);
  });
});

describe('Hong Kong’s bare 昨 before 有 or 刪除 (商場昨刪除帖子, 昨有大批顧客光顧)', () => {
  it('is yesterday, as before the other verbs it opens', () => {
    expect(datesIn(['商場昨刪除帖子，並在fb發新帖致歉。'], '2017-05-10')).toEqual(['昨 → 2017-05-09']);
    expect(datesIn(['ICE cha cha昨有大批顧客光顧，要久候至少一小時。'], '2017-05-10')).toEqual(['昨 → 2017-05-09']);
  });

  it('is not 昨 before 有人 (people who had…), which names no day’s happening on its own', () => {
    expect(datesIn(['如昨有人所說，市場仍然疲弱。'], '2017-05-10')).toEqual([]);
  });
});

describe('a quarter counted from publication (上季, 本季度, 下一季度)', () => {
  it('is the quarter before, of or after the publication’s', () => {
    expect(datesIn(['特斯拉将于下季度基本停产。'], '2026-01-30')).toEqual(['下季度 → 2026-Q2']);
    expect(datesIn(['上季營收增長兩成。'], '2026-01-30')).toEqual(['上季 → 2025-Q4']);
    expect(datesIn(['本季度出貨量創新高。'], '2026-05-30')).toEqual(['本季度 → 2026-Q2']);
  });

  it('is no date in a sports season (上季英超)', () => {
    expect(datesIn(['上季英超冠軍曼城。'], '2026-01-30')).toEqual([]);
  });
});
