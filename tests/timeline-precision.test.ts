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
    expect(datesIn('马斯克今年来了三次上海工厂。', '2021-03-23')).toEqual(['今年 → 2021']);
  });
});

describe('a period a floor or ceiling is set for (不低于, 不少於, 至少达到)', () => {
  it('is the terms of a plan, not a happening, whatever its timing', () => {
    expect(datesIn('今年1月中旬，天邦股份发布了股权激励计划，业绩考核条件包括：2021年净利润增速不低于25%。', '2021-03-23')).toEqual(['今年1月中旬 → 2021-01']);
    expect(datesIn('荣泰健康2018年净利润增长率不低于100%、2019年净利润增长率不低于125%。', '2021-03-23')).toEqual([]);
    expect(datesIn('根据该目标，2021~2025年公司净利润增速不低于35%。', '2021-03-23')).toEqual([]);
  });

  it('still dates an act between the period and the floor', () => {
    expect(datesIn('公司3月公告称将以不低于10元的价格回购股份。', '2021-05-01')).toEqual(['3月 → 2021-03']);
    expect(datesIn('2020年净利润增长30%。', '2021-05-01')).toEqual(['2020年 → 2020']);
  });
});

describe('a weekday every week (逢周六)', () => {
  it('is a recurring day, not the last Saturday', () => {
    expect(datesIn('她願意提供代街坊買餸服務，逢周六為街坊買餸上門。', '2020-04-01')).toEqual([]);
    expect(datesIn('她周六為街坊買餸上門。', '2020-04-01')).toEqual(['周六 → 2020-03-28']);
  });
});

describe('a number of years pointed at, then 中 (的10年中)', () => {
  it('is "during those years", not the middle of a two-digit year', () => {
    expect(datesIn('在2011~2020年的10年中，公司有多达5年的业绩为同比负增长。', '2021-03-23')).not.toContain('10年中 → 2010');
    expect(datesIn('这5年中，公司三次更换董事长。', '2021-03-23')).toEqual([]);
  });

  it('still reads a two-digit year with a month as a year', () => {
    expect(datesIn('公司於21年3月上市。', '2022-03-23')).toEqual(['21年3月 → 2021-03']);
  });
});

describe('a year a figure is set against with 相对 (相对2013年)', () => {
  it('is a baseline', () => {
    expect(datesIn('该计划要求相对2013年，公司营收增速为69%。', '2021-03-23')).toEqual([]);
    expect(datesIn('相对于2019年，今年的销量大幅下滑。', '2021-03-23')).not.toContain('2019年 → 2019');
  });
});

describe('confidence in what a period not yet over will bring (有信心)', () => {
  it('is an outlook', () => {
    expect(datesIn('不过，他对工行今年全年不良贷款率保持稳中有降有信心。', '2018-08-31')).toEqual([]);
    expect(datesIn('公司充满信心，下半年销量将继续增长。', '2018-08-31')).toEqual([]);
  });

  it('leaves a period that has ended alone', () => {
    expect(datesIn('公司2017年净利增长20%，管理层对此有信心。', '2018-08-31')).toEqual(['2017年 → 2017']);
  });
});

describe('a period, then its first months counted together (下半年前两个月)', () => {
  it('is the span of a cumulative figure', () => {
    expect(datesIn('“下半年前两个月经营势头不错，对后四个月经营也有信心。”', '2018-08-31')).toEqual([]);
  });

  it('keeps a period with a figure of its own', () => {
    expect(datesIn('上半年，公司净利润增长12%。', '2018-08-31')).toEqual(['上半年 → 2018-H1']);
  });
});

describe('a period whose figures a calculation starts from (按照2019年度…数据推算)', () => {
  it('is a baseline', () => {
    expect(datesIn('据东北证券测算，按照公司2019年度折旧、摊销、利息等数据推算，公司需实现净利润约7.54亿元。', '2021-03-23')).toEqual([]);
    expect(datesIn('以2020年数据测算，公司市盈率约为30倍。', '2021-03-23')).toEqual([]);
  });

  it('keeps a period whose own figure is given', () => {
    expect(datesIn('按照公告，公司2020年净利润为3亿元。', '2021-03-23')).toEqual(['2020年 → 2020']);
  });
});

describe('a year naming the race a person is titled by (2008年总统候选人)', () => {
  it('is part of who someone is', () => {
    expect(datesIn('亚利桑那州共和党人、2008年总统候选人、资深参议员约翰．麦凯恩在8月25日因脑癌去世。', '2018-09-05')).toEqual(['8月25日 → 2018-08-25']);
  });

  it('keeps a year with a verb before the title', () => {
    expect(datesIn('2008年他成为总统候选人。', '2018-09-05')).toEqual(['2008年 → 2008']);
  });
});

describe('acts counted within a period (10月内七度发放)', () => {
  it('is a count over the period, not one happening', () => {
    expect(datesIn('10月内七度发放QDII额度', '2020-11-03')).toEqual([]);
  });

  it('keeps a single act in the period', () => {
    expect(datesIn('10月内外汇局发放QDII额度。', '2020-11-03')).toEqual(['10月 → 2020-10']);
  });
});

describe('a period under way said to be in a state (4月的外资仍处于…状态)', () => {
  it('is the state of things now, no happening', () => {
    expect(datesIn('4月的外资仍处于摇摆不定的状态，截至4月20日，北上资金净卖出64.9亿元。', '2022-04-21')).toEqual(['4月20日 → 2022-04-20']);
  });

  it('keeps a period that has ended, whatever state it was in', () => {
    expect(datesIn('3月的外资处于净流出状态。', '2022-04-21')).toEqual(['3月 → 2022-03']);
  });
});

describe('a date opening a stretch of repeated acts (從今年2月起…頻繁)', () => {
  it('is no happening of its own', () => {
    expect(datesIn('從今年2月起阿地頻繁進出醫院，阿鳳只好不斷請假。', '2008-05-22')).toEqual([]);
    expect(datesIn('自3月开始，公司陆续关闭了多家门店。', '2021-05-22')).toEqual([]);
  });

  it('is no happening when a year opens a trend (从2017年起…下滑)', () => {
    expect(datesIn('不过事与愿违的是，从2017年起公司业绩增速明显下滑。', '2021-03-23')).toEqual([]);
  });

  it('keeps a one-off start, and a day a change starts on', () => {
    expect(datesIn('由2月開始，逢周六為街坊買餸上門。', '2020-04-01')).toEqual(['2月 → 2020-02']);
    expect(datesIn('油價從3月1日起上漲5%。', '2020-04-01')).toEqual(['3月1日 → 2020-03-01']);
    expect(datesIn('从明年起，补贴标准将下降10%。', '2020-04-01')).toEqual(['明年 → 2021']);
  });
});

describe('a year listed before another that carries 年 (2014、2018年)', () => {
  it('is a year of its own', () => {
    expect(datesIn('例如在2014、2018年公司业绩都曾大幅下滑。', '2021-03-23')).toEqual(['2014 → 2014', '2018年 → 2018']);
  });

  it('is still part of a run when the list is counted as one stretch', () => {
    expect(datesIn('2019、2020和2021年这三年，公司持续亏损。', '2022-03-23')).toEqual([]);
  });

  it('leaves a number that is no year alone', () => {
    expect(datesIn('公司共有2014名员工。', '2021-03-23')).toEqual([]);
  });
});

describe('a period in a concession of conditions that go on (虽然2021年…依然…，但…)', () => {
  it('is the circumstances of what is asserted', () => {
    expect(datesIn('虽然2021年新冠阴影依然笼罩全球，但世界500强仍然体现出了极强的增长能力。', '2022-08-04')).toEqual([]);
  });

  it('keeps a figure or change conceded for its period', () => {
    expect(datesIn('尽管2021年公司检测试剂出货量同比大增，但受到行业价格回调影响，净利润下滑。', '2022-03-27')).toEqual(['2021年 → 2021']);
  });
});

describe('a day before another date’s record "since" (周三触及2008年以来最高)', () => {
  it('dates the day the record was reached; the year is the record’s start', () => {
    expect(datesIn('两年期美债收益率周三触及2008年以来最高。', '2018-08-31')).toEqual(['周三 → 2018-08-29']);
    expect(datesIn('美元指数周五升至2017年1月以来最高水平。', '2018-08-31')).toEqual(['周五 → 2018-08-31']);
  });

  it('still takes a date right before its own "since" as a record’s start', () => {
    expect(datesIn('这是该行自2008年以来首次加息。', '2018-08-31')).toEqual([]);
  });
});

describe('a year in the title of a work (《2021年江苏银行跟踪评级报告》)', () => {
  it('is part of a name', () => {
    expect(datesIn('中诚信国际发布的《2021年江苏银行股份有限公司跟踪评级报告》中也指出，该行市场份额较高。', '2021-08-21')).toEqual([]);
    expect(datesIn('《2020中国环保产业发展状况报告》显示，行业营收增长。', '2021-08-21')).toEqual([]);
  });

  it('keeps the period of a periodic report', () => {
    expect(datesIn('公司发布《2020年年度报告》。', '2021-04-23')).toEqual(['2020年 → 2020']);
  });
});

describe('a record counted from a happening named with its year (繼2008年金融海嘯後最嚴重)', () => {
  it('is the record’s start, not an event', () => {
    expect(datesIn('這是繼2008年金融海嘯後最嚴重的衰退。', '2021-10-20')).toEqual([]);
  });

  it('keeps the first of two acts told in sequence', () => {
    expect(datesIn('繼2020年推出A後，公司又推出B。', '2021-10-20')).toEqual(['2020年 → 2020']);
  });
});

describe('a period a figure builds on (在2020年的基础上)', () => {
  it('is a baseline', () => {
    expect(datesIn('在2020年高基数的基础上，公司营收继续增长。', '2022-01-20')).toEqual([]);
  });

  it('keeps a year with its own figure', () => {
    expect(datesIn('在2020年，公司营收增长了20%。', '2022-01-20')).toEqual(['2020年 → 2020']);
  });
});

describe('a period framed by 对于 before an expectation (对于2022年，…乐观预期)', () => {
  it('is the topic of a forecast', () => {
    expect(datesIn('对于2022年，多家机构给出了乐观预期。', '2022-01-20')).toEqual([]);
  });

  it('keeps a period that has ended, framed the same way, with its figure', () => {
    expect(datesIn('对于2021年，公司营收增长了20%。', '2022-01-20')).toEqual(['2021年 → 2021']);
  });
});

describe('a habitual word before the date (通常在4月)', () => {
  it('is what happens as a rule', () => {
    expect(datesIn('年报季通常在4月结束。', '2021-08-20')).toEqual([]);
  });

  it('leaves a custom named in its own clause alone', () => {
    expect(datesIn('按照惯例，公司在3月召开了董事会。', '2021-08-20')).toEqual(['3月 → 2021-03']);
  });
});

describe('a date whose level a figure is a fraction of (为去年高点时的一半)', () => {
  it('is a baseline', () => {
    expect(datesIn('公司目前市值约为去年高点时的一半。', '2021-08-20')).toEqual([]);
  });
});

describe('"by" a period under way (到今年年底，…將達到)', () => {
  it('is a goal, like one for a period still to come', () => {
    expect(datesIn('到今年年底，公司門店數將達到1000家。', '2021-08-20')).toEqual([]);
  });

  it('keeps a plan scheduled for the period', () => {
    expect(datesIn('公司計劃今年年底前完成改造。', '2021-08-20')).toEqual(['今年年底 → 2021-H2']);
  });
});

describe('a bare 今年 that suffers a blow (今年的旅遊業遭受重創)', () => {
  it('sums up the year so far', () => {
    expect(datesIn('疫情下，今年的旅遊業遭受重創。', '2021-08-20')).toEqual([]);
  });
});

describe('a run of weekdays (周一至周五, 上周一至周三)', () => {
  it('with both ends bare is days of every week', () => {
    expect(datesIn('周一至周五，该店营业至晚上10点。', '2018-09-05')).toEqual([]);
  });

  it('with a named week is dated by its start only', () => {
    expect(datesIn('上周一至周三，股市连续下跌。', '2018-09-05')).toEqual(['上周一 → 2018-08-27']);
  });

  it('leaves weekdays told one after another alone', () => {
    expect(datesIn('沪指周二收跌1%，周三反弹。', '2018-09-05')).toEqual(['周二 → 2018-09-04', '周三 → 2018-09-05']);
  });
});

describe('若 inside a name right before a date (蕭若元昨日表示)', () => {
  it('opens no condition: the statement is dated', () => {
    expect(datesIn('蕭若元昨日在網台回應，稱對事件感到不高興。', '2018-12-05')).toEqual(['昨日 → 2018-12-04']);
  });

  it('still opens one when it is "if" (公司若於3月上市, 若明年)', () => {
    expect(datesIn('公司若於3月上市，將會擴張。', '2018-12-05')).toEqual([]);
    expect(datesIn('市場若明年回暖，公司將擴張。', '2018-12-05')).toEqual([]);
  });
});

describe('a month after the publication month in a hope or a will (希望在10月, 会在11月…前)', () => {
  it('is looked forward to, not dated to the year before', () => {
    expect(datesIn('首相希望在10月就英国与欧盟的关系达成协议。', '2018-08-31')).not.toContain('10月 → 2017-10');
    expect(datesIn('美国经济看起来会在11月中期选举前助特朗普一臂之力。', '2018-08-31')).not.toContain('11月 → 2017-11');
  });

  it('stays in the past after a committee (委员会在10月发布了报告)', () => {
    expect(datesIn('委员会在10月发布了报告。', '2018-08-31')).toEqual(['10月 → 2017-10']);
  });
});

describe('a day as the start of what follows (六月一日以後, 自6月1日起)', () => {
  it('is the coming one when it lies a little after publication, in Arabic or Chinese digits', () => {
    expect(datesIn('有內地網民發起六月一日以後不來港旅遊。', '2014-04-25')).toEqual(['六月一日 → 2014-06-01']);
    expect(datesIn('自6月1日起，新規實施。', '2014-04-25')).toEqual(['6月1日 → 2014-06-01']);
  });
  it('leaves a month-day without a boundary the last one', () => {
    expect(datesIn('有內地網民在六月一日發起不來港旅遊。', '2014-04-25')).toEqual(['六月一日 → 2013-06-01']);
  });
});

describe('a written year right before 前 or 以前 (在2030年前終結, 1988年前的老员工)', () => {
  it('is a deadline or a boundary, no happening in that year', () => {
    expect(datesIn('印尼承諾在2030年前終結森林濫伐。', '2021-11-05')).toEqual([]);
    expect(datesIn('这部分企业股是属于1988年以前的老员工的。', '2021-11-05')).toEqual([]);
  });
  it('keeps a year that is itself the time of a happening', () => {
    expect(datesIn('公司在2019年上市。', '2021-11-05')).toEqual(['2019年 → 2019']);
  });
});

describe('a numbered thing told with 號 (2號月台, 1號仔, 編號是1號)', () => {
  it('is a number, not a day of the month', () => {
    expect(datesIn('至去年底發現該站2號月台出現輕微沉降問題。', '2018-08-01')).toEqual(['去年底 → 2017-H2']);
    expect(datesIn('公司在聯交所掛牌上市，編號是1號，至今仍然沿用。', '2018-03-16')).toEqual([]);
  });
  it('keeps a bare 18號 before a verb as the day', () => {
    expect(datesIn('央行18號宣布降息。', '2018-03-20')).toEqual(['18號 → 2018-03-18']);
  });
});

describe('今天/今日 as "nowadays"', () => {
  it('is no day before 的 and a noun that is no happening, or when the clause sets it against the past', () => {
    expect(datesIn('它在中国证券史中留下了一笔，甚至在今天的证券从业资格考试中，它都是考点之一。', '2021-09-06')).toEqual([]);
    expect(datesIn('但是今天碧桂园的政策环境和两年前截然不同。', '2023-08-09')).toEqual([]);
    expect(datesIn('她指今日的西洋菜南街跟最初成為行人專用區時有很大轉變。', '2018-07-30')).toEqual([]);
  });
  it('keeps today when what follows is a happening of the day', () => {
    expect(datesIn('公司今天的發布會上宣布裁員。', '2021-09-06')).toEqual(['今天 → 2021-09-06']);
    expect(datesIn('公司今天宣布裁員。', '2021-09-06')).toEqual(['今天 → 2021-09-06']);
  });
});

describe('Hong Kong online copy spacing a bracketed day (案件今 ( 17 日) 開審)', () => {
  it('reads the day counted from publication, not from a date named before it', () => {
    expect(datesIn('被指前年 10 月 1 日組織集結等，案件今 ( 17 日) 開審。', '2021-05-17')).toEqual(['前年 10 月 1 日 → 2019-10-01', '今 ( 17 日) → 2021-05-17']);
  });
  it('leaves a numbered building no day (1号居民楼)', () => {
    expect(datesIn('张各庄东区1号居民楼距离爆炸点很近。', '2024-03-14')).toEqual([]);
  });
});

describe('計劃 as a scheme before its first day (接種計劃首日（26日）)', () => {
  it('makes no plan: the day is the last 26th, while 计划 as a verb still looks ahead', () => {
    expect(datesIn('一名男士於接種計劃首日（26日）接種了疫苗。', '2021-03-04')).toEqual(['26日 → 2021-02-26']);
    expect(datesIn('公司计划3月28日上市。', '2021-03-04')).toEqual(['3月28日 → 2021-03-28']);
  });
});

describe('shapes from the second unlabelled audit batch', () => {
  it('reads no year in a span of durations (按20年到70年分档), but the end of a span of years (從98年到05年)', () => {
    expect(datesIn('温州市区按20年到70年分档。', '2020-01-01')).toEqual([]);
    expect(datesIn('從98年到05年，公司一直虧損。', '2020-01-01')).toEqual(['98年到05年 → 1998']);
  });
  it('reads no weekday in a paper named for its day (印度週日報), but 周一刊登 and 週日報道 are days', () => {
    expect(datesIn('據4月17日印度週日報表示，海底撈安裝了監視器。', '2021-04-22')).toEqual(['4月17日 → 2021-04-17']);
    expect(datesIn('網站周一刊登文章。', '2021-04-22')).toEqual(['周一 → 2021-04-19']);
  });
  it('treats a past range ending at a year\'s end as a run (从2013年到2017年底，金立累计亏损…)', () => {
    expect(datesIn('从2013年到2017年底，金立累计亏损就有约80亿。', '2018-11-28')).toEqual([]);
  });
});

describe('numbers in addresses and facilities, and times of a routine or spent', () => {
  it('reads no day in an address or a facility number (民宿18號, 灣仔道18號, 5号冷站)', () => {
    expect(datesIn('随后钻进了民宿18號锦岸私房菜吃饭。', '2016-11-16')).toEqual([]);
    expect(datesIn('灣仔道18號大廈起火。', '2016-11-16')).toEqual([]);
    expect(datesIn('深圳前海5号冷站宣布正式启用。', '2022-07-20')).toEqual([]);
  });
  it('reads no time of publication day in a night spent or a daily routine (住了一晚上, 日常就是上午打电话)', () => {
    expect(datesIn('张文有一次在一间房里住了一晚上，就得了寻麻疹。', '2023-08-15')).toEqual([]);
    expect(datesIn('日常就是上午打电话，下午跑客户。', '2023-08-15')).toEqual([]);
  });
});

describe('shapes from fresh-holdouts 15 and 16 (read after their unseen figures)', () => {
  it('reads a quarter whose results are reported as one that ended (百度Q3营收为…, in March)', () => {
    expect(datesIn('此外，百度Q3营收为23.08亿元，同比减少63%。', '2022-03-29')).toEqual(['Q3 → 2021-Q3']);
  });
  it('reads a day someone is required to act on as coming (要求在3月31日离职)', () => {
    expect(datesIn('京东要求员工在3月31日离职。', '2022-03-29')).toEqual(['3月31日 → 2022-03-31']);
  });
  it('reads no start in a span up to now written as one (自2008年至今仍然欠着), but keeps a founding before 至今', () => {
    expect(datesIn('宝源通经贸自2008年至今仍然欠着原料款。', '2017-06-01')).toEqual([]);
    expect(datesIn('该基金自3月末成立至今斩获了近10%的收益。', '2021-07-20')).toEqual(['3月末 → 2021-03']);
  });
  it('reads no day in a bracketed headline (【昨日科幻今日日常】)', () => {
    expect(datesIn('【昨日科幻今日日常】:2018台灣醫療科技展專題', '2018-11-06')).toEqual([]);
  });
});

describe('a relative year after a reporting verb with its own object (因提出2000亿目标被…问询的泰禾集团，去年也…)', () => {
  it('counts from publication, not from the date of the clause before', () => {
    expect(datesIn('前年因提出2000亿目标被证监会问询的泰禾集团，去年也距该目标甚远。', '2019-03-16')).toEqual(['前年 → 2017', '去年 → 2018']);
  });

  it('still counts a reported statement\'s own 明年 from its date (去年12月，國務院宣布明年起實施新規)', () => {
    expect(datesIn('去年12月，國務院宣布明年起實施新規。', '2019-03-16')).toEqual(['去年12月 → 2018-12', '明年 → 2019']);
  });
});

describe('a two-digit 年 before a record level (在11年最平水准附近)', () => {
  it('is a count of years, even after 在', () => {
    expect(datesIn('两年期和10年期公债收益率差目前在11年最平水准附近。', '2018-08-31')).toEqual([]);
  });

  it('is still a year before the last day or the peak of it (在22年最后一个交易日, 在21年最高峰时)', () => {
    expect(datesIn('在22年最后一个交易日，指数收涨。', '2023-01-05')).toEqual(['22年 → 2022']);
  });
});

describe('a month naming a broker\'s picks for it (1月份金股, 1月份的金股名单)', () => {
  it('is no event, while the day of the count is', () => {
    expect(datesIn('截至1月2日，共有16家券商陆续进行了1月份金股推荐。', '2020-01-03')).toEqual(['1月2日 → 2020-01-02']);
    expect(datesIn('开年首月，各大券商也快速密集推出了1月份的金股名单。', '2020-01-03')).toEqual([]);
  });
});

describe('a planned handover of homes (预计2020年下半年交房)', () => {
  it('is a plan with a date, not a forecast of results', () => {
    expect(datesIn('该楼盘于2018年6月开盘，预计2020年下半年交房。', '2020-03-19')).toEqual(['2018年6月 → 2018-06', '2020年下半年 → 2020-H2']);
  });

  it('leaves a forecast of results out (预计下半年业绩上扬)', () => {
    expect(datesIn('公司预计下半年业绩上扬。', '2020-03-19')).toEqual([]);
  });
});

describe('伊始 after a year (2020年伊始)', () => {
  it('is the start of the year, its first half', () => {
    expect(datesIn('2020年伊始，公司宣布裁员三成。', '2020-03-19')).toEqual(['2020年伊始 → 2020-H1']);
  });
});

describe('a weekday of this or next week with its date in brackets (本周五（8月31日）)', () => {
  it('is in the week named, not a year back', () => {
    expect(datesIn('加拿大总理特鲁多也表示，本周五（8月31日）或达成协议。', '2018-08-30')).toEqual(['本周五（8月31日） → 2018-08-31']);
    expect(datesIn('上周五（8月24日），双方会谈。', '2018-08-30')).toEqual(['上周五（8月24日） → 2018-08-24']);
  });
});

describe('a bare weekday set as a deadline or a target (周五是截止日期, 目标是在周五之前签署, 周五或能达成协议)', () => {
  it('is the coming one', () => {
    expect(datesIn('这三个国家的目标是在周五之前签署一份贸易协定。', '2018-08-30')).toEqual(['周五 → 2018-08-31']);
    expect(datesIn('特鲁多：周五或能达成协议', '2018-08-30')).toEqual(['周五 → 2018-08-31']);
  });

  it('is still the last one when nothing looks ahead (周五，双方会谈)', () => {
    expect(datesIn('周五，双方会谈。', '2018-08-30')).toEqual(['周五 → 2018-08-24']);
  });
});

describe('a relative year in brackets right before a month (之前 （去年） 6月會出去)', () => {
  it('dates the month in that year, as one date', () => {
    expect(datesIn('「啲人問點解之前 （去年） 6月會出去，係因為覺得唔知仲有幾多次咁樣嘅機會。」', '2020-06-22')).toEqual(['（去年） 6月 → 2019-06']);
  });

  it('leaves a bracketed year with no month as it was (公司（去年）業績理想)', () => {
    expect(datesIn('公司（去年）業績理想。', '2020-06-22')).toEqual(['去年 → 2019']);
  });
});

describe('a weekday of a named week, its date in brackets (上周五(3月8日))', () => {
  it('is dated by the bracketed date when the copy gives only its month, and 当日 goes on with it', () => {
    expect(datesIn(['上周五(3月8日)，据《21世纪经济报道》称，安信信托已对纯高公司进行了起诉。', '不过，安信信托在当日发布澄清公告称，项目正常。'], '2013-03')).toEqual(['上周五(3月8日) → 2013-03-08', '当日 → 2013-03-08']);
  });

  it('is still counted from a full publication day', () => {
    expect(datesIn('本周五（8月31日）是截止日期。', '2018-08-29')).toEqual(['本周五（8月31日） → 2018-08-31']);
  });
});

describe('a bare day at most two weeks after publication', () => {
  it('is the coming one unless told as done', () => {
    expect(datesIn('10月1日國慶前夕，網民在自發的民間記者會上呼籲市民參與遊行。', '2019-09-25')).toEqual(['10月1日 → 2019-10-01']);
    expect(datesIn('公司于10月1日发布了公告。', '2019-09-25')).toEqual(['10月1日 → 2018-10-01']);
  });
});

describe('a projection, not a happening (信托兑付, 每日经济新闻 2013)', () => {
  it('leaves out when something is said to come (兑付顶峰将出现在2013年第二季度) and the year it is compared with (远超2012年)', () => {
    expect(datesIn('2013年房地产信托兑付压力远超2012年，其中，兑付顶峰将出现在2013年第二季度。', '2013-03')).toEqual([]);
  });

  it('leaves out a figure a projection puts on a period, after 测算 and however long its subject (…到期兑付规模将达…，其中二季度达…)', () => {
    expect(datesIn('根据每月的成立规模与月平均期限测算，2013年房地产信托到期兑付规模将达2847.9亿元，其中二季度达1247.6亿元。', '2013-03')).toEqual([]);
  });

  it('keeps a month whose figures are reported as computed (据测算，11月…)', () => {
    expect(datesIn('据测算，11月一线城市二手住宅销售价格环比下降0.2%。', '2021-12-15')).toEqual(['11月 → 2021-11']);
  });
});

describe('a bare 年初 after a year’s end in the same paragraph', () => {
  it('is the start of the year after it (去年底…年初)', () => {
    expect(datesIn('去年底，易迅高调宣布杀入北京市场，京东甚至在年初的内部会议上提出了新的说法。', '2013')).toEqual(['去年底 → 2012-H2', '年初 → 2013-H1']);
  });

  it('still takes the year a paragraph names whole (2019年…年初)', () => {
    expect(datesIn('2019年，公司宣布裁员，京东甚至在年初的内部会议上提出了新的说法。', '2021')).toEqual(['2019年 → 2019', '年初 → 2019-H1']);
  });
});

describe('翌日 and 次日 after a coarser date', () => {
  it('count from the last day named only while it is the last time named', () => {
    expect(datesIn('《蘋果日報》公告明天6月18日刊出的印數為50萬份。去年8月黎智英等被國安處拘捕翌日，蘋果日報的發行量為50萬份。', '2021-06-17')).not.toContain('翌日 → 2021-06-19');
    expect(datesIn('6月4日，警方拘捕5人。翌日，法院開庭。', '2021-06-17')).toEqual(['6月4日 → 2021-06-04', '翌日 → 2021-06-05']);
  });
});

describe('the furthest a term may run (最长至2013年9月24日)', () => {
  it('is no happening on that day; a move to a new day still is', () => {
    expect(datesIn('根据信托文件约定，信托期限已自动延长，最长至2013年9月24日。', '2013-03')).toEqual([]);
    expect(datesIn('股东大会延期至2013年9月24日召开。', '2013-03')).toEqual(['2013年9月24日 → 2013-09-24']);
  });
});

describe('今 alone before a verb of explaining (央行今說明)', () => {
  it('is the publication day; 如今 is not', () => {
    expect(datesIn('央行今說明，銀行自主管理不動產貸款總量目標。', '2025-12-18')).toEqual(['今 → 2025-12-18']);
    expect(datesIn('如今說明書已經發出。', '2025-12-18')).toEqual([]);
  });
});

describe('a bare 号 inside a quoted product name (“稳盈5号-…计划”)', () => {
  it('is the product’s number, not a day', () => {
    expect(datesIn('日前，该公司发布的新产品“稳盈5号-长三角股权投资集合资金信托计划”引起关注。', '2019-09-09')).toEqual([]);
  });

  it('leaves a bare 号 the text gives as a day', () => {
    expect(datesIn('该公司5号发布公告称，将暂停新产品发行。', '2019-09-09')).toEqual(['5号 → 2019-09-05']);
  });
});

describe('days bounding a week named right after them (6月3日到6月7日这周)', () => {
  it('are the stretch a figure is given over, and 这周 is that week, not publication’s', () => {
    expect(datesIn('在6月3日到6月7日这周，该基金价格跌幅高达3.03%，远超主要指数。', '2020-06-20')).toEqual([]);
  });
});

describe('a digest’s brief filed the day before (【…】8月12日消息，…今天…)', () => {
  it('counts 今天 from the brief’s own day, not the digest’s', () => {
    expect(datesIn('@某新闻【某公司任命新首席财务官】8月12日消息，某公司今天在财报中透露，已任命新的首席财务官。', '2021-08-13')).toEqual(['8月12日 → 2021-08-12', '今天 → 2021-08-12']);
  });
});

describe('今天 as "nowadays"', () => {
  it('is no day when set off by a comma after 在 or put after 放在', () => {
    expect(datesIn('当时只是居安思危，但没想到在今天，这句口号成了真实的处境。', '2020-03-18')).toEqual([]);
    expect(datesIn('这两句话，放在今天依然掷地有声。', '2019-06-04')).toEqual([]);
  });

  it('is the day when it opens its clause (今天，公司宣布)', () => {
    expect(datesIn('今天，公司宣布完成重组。', '2020-03-18')).toEqual(['今天 → 2020-03-18']);
  });
});

describe('a quarter counted in a row (连续第二季度)', () => {
  it('is no quarter of the year', () => {
    expect(datesIn('这已是公司继去年四季度后，连续第二季度出现营收下滑。', '2024-06-18')).toEqual(['去年四季度 → 2023-Q4']);
  });
});

describe('a year another is a multiple of, with no 的 (是2011年2.03倍)', () => {
  it('is a baseline, not a happening', () => {
    expect(datesIn('2012年全年交易额207.5亿，是2011年2.03倍。', '2013-03')).toEqual(['2012年全年 → 2012']);
  });
});

describe('weekdays of a timetable the sentence gives a run for (周一至周五…；周六…)', () => {
  it('are every week’s, and so is the 当天 of one of them', () => {
    expect(datesIn('该团队要求自6月12日起，经理层级周一至周五晚上9点后下班；周六（除周日值班人员当天轮休）安排正常值班。', '2024-06-18')).toEqual(['6月12日 → 2024-06-12']);
  });
});

describe('a past run of years with a percentage in its clause (2001年到2006年之间飙升了84%)', () => {
  it('is the change over the run, not a happening at its start', () => {
    expect(datesIn('美国的房价在2001年到2006年之间飙升了84%。', '2013-03-19')).toEqual([]);
  });

  it('keeps a run named for what happened in it', () => {
    expect(datesIn('法國在1966年至1996年間進行了核試驗。', '2013-03-19')).toEqual(['1966年至1996年 → 1966']);
  });
});

describe('a year that is no happening of its own', () => {
  it('leaves out a year of birth describing someone (1982年出生的), a year as a topic (对于2019年的市场) and a year entered (进入2022年)', () => {
    expect(datesIn('今年3月，1982年出生的韩慧华聘任为公司执行副总裁。', '2021-05-20')).toEqual(['今年3月 → 2021-03']);
    expect(datesIn('对于2019年的市场，该公司CEO的判断是谨慎。', '2019-03-29')).toEqual([]);
    expect(datesIn('进入2022年，互联网大厂的裁员消息基本上没断过。', '2022-06-01')).toEqual([]);
  });

  it('keeps a year in which something happened (公司于2019年进入中国市场)', () => {
    expect(datesIn('公司于2019年进入中国市场。', '2021-05-20')).toEqual(['2019年 → 2019']);
  });

  it('reads a year inside a forum’s name (论坛2024年年会) as its edition', () => {
    expect(datesIn('在博鳌亚洲论坛2024年年会上，央行行长发表讲话。', '2024-03-28')).toEqual([]);
  });
});

describe('an overnight span (5月21日晚至5月22日凌晨)', () => {
  it('is dated by its start, its end no happening of its own', () => {
    expect(datesIn('5月21日晚至5月22日凌晨，广州发生强降雨。', '2022-05-23')).toEqual(['5月21日 → 2022-05-21']);
  });
});

describe('a year a figure rose to a multiple of (涨到去年的6倍)', () => {
  it('is a baseline', () => {
    expect(datesIn('锂的价格一度涨到去年的6倍。', '2022-09-06')).toEqual([]);
  });
});

describe('the last day of a state that lasts until then (到本月22日为止将继续维持)', () => {
  it('is no happening, while a figure given as of a day (截止到10月份为止) dates it', () => {
    expect(datesIn('目前售价约合人民币18万元，到本月22日为止将继续维持这一价格。', '2022-09-06')).toEqual([]);
    expect(datesIn('截止到10月份为止，前50家房企的权益金额占到接近五成。', '2019-11-20')).toEqual(['10月份 → 2019-10']);
  });
});

describe('numbers and todays that date nothing', () => {
  it('reads a plastics grade (PT 5 號膠) as a number, and 始於今日 as no day', () => {
    expect(datesIn('連接兩者的位置為PT 5 號膠，如餐具損壞可拆開回收。', '2024-05-02')).toEqual([]);
    expect(datesIn('何世杰則指北上消費並非始於今日。', '2024-05-02')).toEqual([]);
  });
});

describe('a day told with 我们会 or 他會 (what someone will do)', () => {
  it('is the coming one, months after publication', () => {
    expect(datesIn('他还称，“我们会在一个月之内，也就是9月17日前召开债权人会议。”', '2011-08-04')).toEqual(['9月17日 → 2011-09-17']);
  });

  it('stays the past one when told as done', () => {
    expect(datesIn('他还称，9月17日召开了债权人会议。', '2011-08-04')).toEqual(['9月17日 → 2010-09-17']);
  });
});

describe('a run of months in which something was done', () => {
  it('is dated by its start, spaced or not (今年 8 至 9 月期間進行調查, 去年3月至12月致函)', () => {
    expect(datesIn('協會今年 8 至 9 月期間進行調查，隨機抽樣全港各區。', '2021-10-05')).toEqual(['今年 8 至 9 月 → 2021-08']);
    expect(datesIn('台灣曾於去年3月至12月致函特區政府，要求提供資料。', '2019-03-27')).toEqual(['去年3月至12月 → 2018-03']);
  });

  it('stays undated when it frames a cumulative figure (今年 1 至 8 月，零售總額…)', () => {
    expect(datesIn('今年 1 至 8 月，零售總額增長 8 %。', '2021-10-05')).toEqual([]);
    expect(datesIn('今年1月至2月服务业实际使用外资1757亿元。', '2022-03-23')).toEqual([]);
  });
});

describe('names and levels that date nothing', () => {
  it('reads 明日大嶼 as a plan’s name, not tomorrow', () => {
    expect(datesIn('計劃的選址與明日大嶼等以基建先行的計劃不同。', '2021-08-19')).toEqual([]);
    expect(datesIn('發展局明日公布計劃。', '2021-08-19')).toEqual(['明日 → 2021-08-20']);
  });

  it('reads a year whose long-named measure the figure about equals (与2016年全年的新建项目量几乎持平) as a baseline', () => {
    expect(datesIn('新建项目就达近25000个，与2016年全年的新建区块链项目量几乎持平。', '2017-06-01')).toEqual([]);
  });
});

describe('Hong Kong copy’s bare 昨 and 今 before what happened', () => {
  it('dates 昨 before a part of the day, a first diagnosis or a reopening, and 今起 (from today)', () => {
    expect(datesIn('港府昨深夜宣布，會由公司負責檢測。', '2020-08-07')).toEqual(['昨 → 2020-08-06']);
    expect(datesIn('另有外傭昨初步確診。', '2020-08-07')).toEqual(['昨 → 2020-08-06']);
    expect(datesIn('街市停市三日大清洗後昨重開。', '2020-08-09')).toEqual(['昨 → 2020-08-08']);
    expect(datesIn('另4區今起擴大全民檢測，涉8.6萬人。', '2020-08-07')).toEqual(['今 → 2020-08-07']);
  });

  it('leaves 今起 in a forecast’s sentence undated (天文台預料，季候風今起影響…)', () => {
    expect(datesIn('天文台預料，與冷峰相關的東北季候風今起影響廣東沿岸。', '2018-12-07')).toEqual([]);
    expect(datesIn('自古至今起伏不定。', '2018-12-07')).toEqual([]);
  });
});
