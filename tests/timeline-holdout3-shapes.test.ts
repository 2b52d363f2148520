import { describe, expect, it } from 'vitest';
import type { LocatedParagraph, TimelineEvent } from '../lib/content/model';
import { extractTimeline } from '../lib/content/extract/timeline';

/**
 * Shapes of news writing read wrongly on the spent holdout 3 (tests/fixtures/fresh-holdout-3), each written here as a
 * general shape with invented sentences: one the rule must change and, where the rule could reach too far, one it must leave.
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

describe('a year in the title of a work (《1962年贸易扩张法》)', () => {
  it('lends no year to the bare dates after it', () => {
    expect(datesIn('依据《1962年贸易扩张法》第232条加征关税，新税在3月23日生效。', '2018-08-31')).toEqual(['3月23日 → 2018-03-23']);
  });

  it('leaves a written year outside a title to lend its year', () => {
    expect(datesIn('1998年公司在上海设厂，3月23日投产。', '2018-08-31')).toEqual(['1998年 → 1998', '3月23日 → 1998-03-23']);
  });
});

describe('a dateline standing alone after the opening (中青在线北京4月25日电 closing the copy)', () => {
  it('is no event', () => {
    expect(datesIn(['记者今天采访了校长。', '中青在线北京4月25日电'], '2018-04-25')).toEqual(['今天 → 2018-04-25']);
  });

  it('leaves a paragraph that goes on after a date to be dated', () => {
    expect(datesIn(['记者今天采访了校长。', '4月25日，学校公布了名单。'], '2018-04-25')).toEqual(['今天 → 2018-04-25', '4月25日 → 2018-04-25']);
  });
});

describe('this year summed up so far', () => {
  it('leaves out a total summed over the year so far (今年累计发行)', () => {
    expect(datesIn('截至8月末，今年累计发行3万亿元。', '2018-09-07')).toEqual(['8月末 → 2018-08']);
    expect(datesIn('今年累計已回購股份1億股。', '2018-09-07')).toEqual([]);
  });

  it('keeps a total of a year that has ended (去年累计发行)', () => {
    expect(datesIn('去年累计发行3万亿元。', '2018-09-07')).toEqual(['去年 → 2017']);
  });

  it('leaves out a move measured by a figure over the year so far (今年欧元兑美元跌逾3%)', () => {
    expect(datesIn('今年欧元兑美元跌逾3%。', '2018-09-07')).toEqual([]);
    expect(datesIn('恒指今年升了12%，表现跑赢区内。', '2018-09-07')).toEqual([]);
  });

  it('keeps a one-off act this year', () => {
    expect(datesIn('公司今年推出了三款新车。', '2018-09-07')).toEqual(['今年 → 2018']);
  });
});

describe('a currency said to be going to do something this year (美元今年将保持出色表现)', () => {
  it('is a forecast', () => {
    expect(datesIn('最新路透汇率调查显示，美元今年将保持出色表现。', '2018-09-07')).toEqual([]);
    expect(datesIn('分析师认为，人民币下半年将继续承压。', '2018-09-07')).toEqual([]);
  });

  it('leaves a body that will act this year (a plan) dated', () => {
    expect(datesIn('公司今年将建设两座新厂。', '2018-09-07')).toEqual(['今年 → 2018']);
  });
});

describe('a date given only roughly (2017年前后, 2010年左右)', () => {
  it('is no event', () => {
    expect(datesIn('2017年前后，副研究员一度向397所高校递交了申请。', '2018-04-25')).toEqual([]);
    expect(datesIn('公司2010年左右开始转型。', '2018-04-25')).toEqual([]);
  });

  it('leaves 前 of a year (2017年前完成) to the other rules', () => {
    expect(datesIn('2017年，副研究员向397所高校递交了申请。', '2018-04-25')).toEqual(['2017年 → 2017']);
  });
});

describe('a past range of years counted as a stretch later in its clause (2009年至2016年擔任編輯七年)', () => {
  it('is a tenure, no happening at its start', () => {
    expect(datesIn('他說他在2009年至2016年擔任《環球時報》編輯七年。', '2019-11-26')).toEqual([]);
  });

  it('leaves a range named as the stretch something happened in (年間) dated by its start, and a bare past range out', () => {
    expect(datesIn('2010年至2012年間，他在上海工作，2015年回到北京。', '2019-11-26')).toEqual(['2010年至2012年 → 2010', '2015年 → 2015']);
    expect(datesIn('2010年至2012年，他在上海工作，2015年回到北京。', '2019-11-26')).toEqual(['2015年 → 2015']);
  });
});

describe('a past range of months held as a post (2012年5月至2018年5月，任独立董事)', () => {
  it('is a line of a résumé, no happening at its start, in either spacing', () => {
    expect(datesIn('李某，2007年1月至2015年任某大学教授，2012年5月至2018年5月，任某药业独立董事。', '2021-11-20')).toEqual([]);
    expect(datesIn('李某，2018 年 5 月至 2020 年 6 月 2 日，担任公司独立董事。', '2021-11-20')).toEqual([]);
  });

  it('leaves a range in which something else happened, and one running into this year, dated by its start', () => {
    expect(datesIn('2018年5月至2020年6月，公司营收下降三成。', '2021-11-20')).toEqual(['2018年5月至2020年6月 → 2018-05']);
    expect(datesIn('2019年3月至2021年5月，任某公司董事。', '2021-11-20')).toEqual(['2019年3月至2021年5月 → 2019-03']);
  });
});

describe('the word for a day with its date right after (今天9月21日, 今日（9月21日）)', () => {
  it('is the date it gives, not the day of publication', () => {
    expect(datesIn('特别是今天9月21日，3点钟通知6点钟停气。', '2021-09-24')).toEqual(['今天9月21日 → 2021-09-21']);
    expect(datesIn('今日（9月21日）通知停气。', '2021-09-24')).toEqual(['今日（9月21日） → 2021-09-21']);
  });

  it('leaves a bare 今天 to the day of publication', () => {
    expect(datesIn('今天公司通知停气。', '2021-09-24')).toEqual(['今天 → 2021-09-24']);
  });
});

describe('dates from fresh holdouts 221-228 (spent): a spaced run of days, the rest of the year, a record after 後, a document number, Black Friday', () => {
  it('reads a run of days in copy that spaces its figures by its first day, in the year 今年剩下 names', () => {
    expect(datesIn('今年剩下的兩次會議分別在 11 月 6 至 7 日和 12 月 17 至 18 日。', '2024-10-07')).toEqual(['11 月 6 至 7 日 → 2024-11-06', '12 月 17 至 18 日 → 2024-12-17']);
    expect(datesIn('今年剩下的兩次會議分別在11月6至7日。', '2024-10-07')).toEqual(['11月6至7日 → 2024-11-06']);
  });

  it('leaves the start of a record written with 後 and no 繼, but keeps a plan’s earliest', () => {
    expect(datesIn('以百分比計則為2015年8月後最傷。', '2018-02-07')).toEqual([]);
    expect(datesIn('成交額再創2015年「港股大時代」後最高。', '2018-02-07')).toEqual([]);
    expect(datesIn('公司計劃2020年後最早上市。', '2018-02-07')).toEqual(['2020年 → 2020']);
  });

  it('reads no day in a document’s number after its year in brackets', () => {
    expect(datesIn('（中组发[2004]2号）规定不得兼职。', '2011-09-14')).toEqual([]);
    expect(datesIn('国发〔2019〕11号文件提出。', '2019-09-14')).toEqual([]);
    expect(datesIn('公司2号宣布停产。', '2011-09-14')).toEqual(['2号 → 2011-09-02']);
  });

  it('reads Black Friday as a festival, not last Friday', () => {
    expect(datesIn('在“黑色星期五”购物节，一群物流工人罢工。', '2021-12-10')).toEqual([]);
    expect(datesIn('上周五，一群物流工人罢工。', '2021-12-10')).toEqual(['上周五 → 2021-12-03']);
  });
});

describe('a wire dateline opening on a headline (新华社北京1月28日电 题：…)', () => {
  it('dates the lead below it when the lead names no day, and reads no date in the headline', () => {
    expect(datesIn(['新华社北京1月28日电 题： 2026年中国AI发展趋势前瞻', '人工智能企业数量超过6000家。'], '2026-01-28')).toEqual(['1月28日 → 2026-01-28']);
    expect(datesIn(['中新网客户端石家庄2月23日电 题：(新春见闻)县城手机战', '记者 吴涛', '春节期间，县城手机店生意火爆。'], '2018-02-23')).toEqual(['2月23日 → 2018-02-23']);
  });

  it('leaves the lead its own day', () => {
    expect(datesIn(['新华社北京11月10日电题：10月CPI、PPI涨幅有所扩大', '国家统计局10日发布数据，10月份CPI同比上涨1.5%。'], '2021-11-10')).toEqual(['10日 → 2021-11-10', '10月份 → 2021-10']);
  });
});

describe('當晚 and 當日 after the time named before', () => {
  it('reads 當晚 as the day named before (周日…當晚)', () => {
    expect(datesIn('警方周日喝令記者蹲下，鄧炳強承認傳媒當晚所經歷的並不理想。', '2020-05-12')).toEqual(['周日 → 2020-05-10', '當晚 → 2020-05-10']);
  });

  it('leaves the evening of a happening (事发当晚, 車禍發生當晚) out', () => {
    expect(datesIn('2017年11月18日，公寓发生火灾，事发当晚两家公寓便被封锁。', '2018-02-18')).toEqual(['2017年11月18日 → 2017-11-18']);
    expect(datesIn('周六巴士翻側，死者家人昨日進行路祭；車禍發生當晚，特首見記者。', '2018-02-12')).toEqual(['周六 → 2018-02-10', '昨日 → 2018-02-11']);
  });

  it('reads a festival’s day (母親節當日) and its evening as no date', () => {
    expect(datesIn(['警方周日喝令記者蹲下。', '他指出，母親節當日是對傳媒的攻擊，稱「起碼當晚對傳媒施展的暴力，有沒有人負責？」'], '2020-05-12')).toEqual(['周日 → 2020-05-10']);
  });

  it('dates 當日 by a month named in its paragraph after the last full day', () => {
    expect(datesIn(['警方周日喝令記者蹲下。', '「去到12月嘅時候，我喺元朗。當日示威者有行動。」'], '2020-07-10')).toEqual(['周日 → 2020-07-05', '12月 → 2019-12', '當日 → 2019-12']);
  });

  it('still dates 同日 opening a paragraph by the last full day', () => {
    expect(datesIn(['8月12日，公司公布业绩。', '公司同日公告，子公司拟投资50亿元。'], '2022-08-13')).toEqual(['8月12日 → 2022-08-12', '同日 → 2022-08-12']);
  });
});

describe('a total or a floor required by a day still to come (至9月底累计完成…不得低于80%)', () => {
  it('is a goal, no event', () => {
    expect(datesIn('各地至9月底累计完成发行比例原则上不得低于80%。', '2018-09-07')).toEqual([]);
  });

  it('leaves a move to a later month (推迟至10月) a plan', () => {
    expect(datesIn('公司将发布会由3月推迟至10月举行。', '2018-09-07')).toContain('10月 → 2018-10');
  });
});

describe('what must be done in a month (额度应当主要放在10月份发行)', () => {
  it('looks forward: it is never last year’s month', () => {
    expect(datesIn('财政部之前曾发文要求，剩余的发行额度应当主要放在10月份发行。', '2018-09-07')).not.toContain('10月份 → 2017-10');
  });

  it('is a plan when a document requires it', () => {
    expect(datesIn('财政部之前曾发文要求，剩余的发行额度应当主要放在10月份发行。', '2018-09-07')).toEqual(['10月份 → 2018-10']);
  });

  it('is advice when an analyst says it', () => {
    expect(datesIn('分析师认为，剩余额度应当主要放在10月份发行。', '2018-09-07')).toEqual([]);
  });
});

describe('a month that names data (8月非农就业报告, 8月国民经济运行情况新闻发布会)', () => {
  it('is the data’s name when the sentence has a day of its own', () => {
    expect(datesIn('短期关注焦点为周五公布的美国8月非农就业报告。', '2018-09-07')).toEqual(['周五 → 2018-09-07']);
  });

  it('dates nothing when the data are still to be put out', () => {
    expect(datesIn('另外，英国央行将公布利率决定，中国将举行8月国民经济运行情况新闻发布会。', '2018-09-07')).toEqual([]);
  });

  it('still dates a paragraph whose only date names data put out', () => {
    expect(datesIn('国家统计局公布8月经济数据。', '2018-09-07')).toEqual(['8月 → 2018-08']);
  });
});

describe('a question’s premise (今年3月份，你公开举报…，4月你举报沈阳…，为何会关注性侵？)', () => {
  it('is reported, not asked: its dates are events', () => {
    expect(datesIn('财新记者：今年3月份，你公开举报徐刚，4月你举报沈阳，作为一名学者，为何会关注性侵？', '2018-04-07')).toEqual(['今年3月份 → 2018-03', '4月 → 2018-04']);
  });

  it('leaves a date in the clause that asks, or before a tag question, out', () => {
    expect(datesIn('明年經濟會更好嗎？', '2018-04-07')).toEqual([]);
    expect(datesIn('他勸兒子：「乖乖的吃完飯，明天就帶你到外面走走，好不好呀？」', '2008-01-09')).toEqual([]);
    expect(datesIn('下半年，你觉得市场会怎样？', '2018-04-07')).toEqual([]);
  });
});

describe('a wire dateline run into a headline (新华社北京2月18日电题：…？)', () => {
  it('is a dateline: the headline is no lead and no event', () => {
    expect(datesIn('新华社北京2月18日电题：18项政策促工业经济平稳增长，释放哪些信号？', '2022-02-18')).toEqual([]);
  });
});

describe('a time of day in a routine kept for years or in what some do (2年來…凌晨3時起床, 有的…谈心到凌晨两点)', () => {
  it('is no day’s happening', () => {
    expect(datesIn('2年來，阿秋嬤就靠自種玉米謀生。為多賺點錢，阿秋嬤凌晨3時起床，摘些玉米到早市叫賣。', '2008-04-29')).toEqual([]);
    expect(datesIn('另一些大学生的境遇则很糟糕，有的教师与其长时间谈心到凌晨两点，有的则邀请家长到校商讨。', '2018-04-25')).toEqual([]);
  });

  it('still dates a bare time of day in the news of the day to the copy’s day', () => {
    expect(datesIn('但是当时间走到下午13点之后，市场一下子发生了逆转。', '2022-03-18')).toEqual(['下午13点 → 2022-03-18']);
  });
});

describe('a recent day after an older year told as background (4月6日…1998年3月…当年7月…。4月7日…)', () => {
  it('is the copy’s year, like the recent day the paragraph opened on', () => {
    expect(datesIn('但4月6日北京大学发布声明称，根据1998年3月公安局作出的调查结果，当年7月，北大对沈阳做出过处分。4月7日，南京大学文学院声明，建议沈阳辞去教职。', '2018-04-07')).toEqual([
      '4月6日 → 2018-04-06',
      '1998年3月 → 1998-03',
      '当年7月 → 1998-07',
      '4月7日 → 2018-04-07',
    ]);
  });

  it('leaves a day after an older year and month, with no recent day before, in that year', () => {
    expect(datesIn('1998年3月，公安局作出调查结果，4月7日，北大对沈阳做出处分。', '2018-04-07')).toEqual(['1998年3月 → 1998-03', '4月7日 → 1998-04-07']);
  });
});

describe('the rest of a period not yet over (9月份后续还有…因素影响)', () => {
  it('is what lies ahead, no event', () => {
    expect(datesIn('交易员指出，虽然今日MLF等量续作，但9月份后续还有美联储升息、地方债发行等因素影响。', '2018-09-07')).toEqual(['今日 → 2018-09-07']);
  });

  it('leaves a plan for the rest of the year dated', () => {
    expect(datesIn('今年余下时间，公司将推出两款新车。', '2018-09-07')).toEqual(['今年 → 2018']);
  });
});

describe('a bare start of the month (月初) in copy filed in a month’s first days', () => {
  it('is this month’s', () => {
    expect(datesIn('“月初流动性有点紧张，地方债发行提速，”分析师刘东亮称。', '2018-09-07')).toEqual(['月初 → 2018-09']);
  });

  it('dates nothing later in the month, nor a bare 月底 gone by', () => {
    expect(datesIn('月初流动性有点紧张。', '2018-09-17')).toEqual([]);
    expect(datesIn('月底流动性有点紧张。', '2018-09-07')).toEqual([]);
  });
});

describe('Hong Kong’s 今 alone before its verb (鄧炳強今出席…)', () => {
  it('is the copy’s day', () => {
    expect(datesIn('警務處處長鄧炳強今出席元朗區議會會議。', '2020-05-12')).toEqual(['今 → 2020-05-12']);
  });

  it('is no day in 如今, 當今, nor before other words', () => {
    expect(datesIn('如今表示支持的人越來越多。當今發布的指引很多。今後公司會繼續。', '2020-05-12')).toEqual([]);
  });
});

describe('當天 in a story told after a bare time of day (他是下午到的北京，…当天下午…)', () => {
  it('is the story’s day, not the last full date named', () => {
    expect(datesIn(['2017年11月26日，公寓发生火灾。', '他是下午到的北京，第二天早上又买了回程的票。他给看门的人买了四包烟，当天下午就进了出租屋。'], '2018-02-18')).toEqual(['2017年11月26日 → 2017-11-26']);
  });

  it('still counts 當天 from a day named before it in the paragraph', () => {
    expect(datesIn('11月27日下午，公司召开会议。当天，股价上涨。', '2018-02-18')).toEqual(['11月27日 → 2017-11-27', '当天 → 2017-11-27']);
  });
});

describe('a period not yet over as the frame of a view (结合2022年来看)', () => {
  it('is no event', () => {
    expect(datesIn('结合2022年来看，此次通报是工信部今年首次对违规APP进行通报。', '2022-02-23')).toEqual([]);
  });

  it('leaves a period that has ended, viewed for its figures, dated', () => {
    expect(datesIn('从2021年来看，公司营收增长20%。', '2022-02-23')).toEqual(['2021年 → 2021']);
  });
});

describe('the day whose level a forecast starts from (料将从周三约1.16美元的水平上涨4%)', () => {
  it('is that day’s figure, already seen', () => {
    expect(datesIn('欧元兑美元一年后料将从周三约1.16美元的水平上涨4%至1.21美元。', '2018-09-07')).toEqual(['周三 → 2018-09-05']);
  });

  it('leaves a forecast from a day with no level a guess', () => {
    expect(datesIn('预计美元将从周五开始上涨。', '2018-09-07')).toEqual([]);
  });
});

describe('a whole year lived through (過咗2019年, 经过2019年的调整)', () => {
  it('is a stretch, no happening of the year', () => {
    expect(datesIn('何桂藍回答：「其實過咗2019年，我覺得大家都學識一點。」', '2020-07-10')).toEqual([]);
    expect(datesIn('经过2019年的调整，公司业绩回升。', '2020-07-10')).toEqual([]);
  });

  it('leaves a year that dates what happened in it', () => {
    expect(datesIn('2019年，公司经过调整后上市。', '2020-07-10')).toEqual(['2019年 → 2019']);
  });
});
