import { describe, expect, it } from 'vitest';
import type { LocatedParagraph } from '../lib/content/model';
import { extractTimeline } from '../lib/content/extract/timeline';

/**
 * Dated mentions that are no events on unseen copy (LABELS.md, Events): outlooks, hopes, questions, counts of days,
 * superlatives over a period so far, parts of every year. Each rule has its own short sentences, written for the test.
 */

function paragraphsOf(texts: readonly string[]): LocatedParagraph[] {
  return texts.map((text, index) => ({ sectionId: 's', paragraphId: `p${index + 1}`, text }));
}

/** `dateText → date` for every event of some paragraphs, in paragraph then text order. */
function datesIn(texts: string | readonly string[], published: string): string[] {
  const events = extractTimeline(paragraphsOf(typeof texts === 'string' ? [texts] : texts), published);
  return events
    .map((event) => ({ event, at: [Number(event.paragraphId.slice(1)), Number(event.id.split('-t')[1])] as const }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1])
    .map(({ event }) => `${event.dateText} → ${event.date}`);
}

describe('forecasts and guesses of a period not yet over', () => {
  it('reads a week under way expected to close somewhere (本周有望收跌) as a forecast, but keeps a week with something done in it', () => {
    expect(datesIn('銅價周三走低，本周有望收跌1.2%。', '2023-05-17')).toEqual(['周三 → 2023-05-17']);
    expect(datesIn('央行本周推出新一輪逆回購操作。', '2023-05-17')).toEqual(['本周 → 2023-05']);
  });

  it('reads a period named inside what is expected (…将在11月加息的预期) as a guess, but keeps it when the period has ended', () => {
    expect(datesIn('好于预期的就业数据巩固了央行将在11月实施今年第三次加息的预期。', '2023-11-10')).toEqual([]);
    expect(datesIn('公司3月的营收高于分析师的预期。', '2023-05-10')).toEqual(['3月 → 2023-03']);
  });

  it('reads what "should be able to" happen in a coming month (应可在11月达成) as a guess, but not 相应 nor a scheduled summit', () => {
    expect(datesIn('部长表示，双方的分歧应可在11月的部长会议上化解。', '2023-09-02')).toEqual([]);
    expect(datesIn('两国领导人将于11月举行峰会。', '2023-09-02')).toEqual(['11月 → 2023-11']);
  });

  it('reads a coming period someone hopes something of (希望在今年底…; 新年願望是…，明年…) as a wish, not a plan', () => {
    expect(datesIn('他說：「我們希望在今年底前談妥這筆交易。」', '2023-09-02')).toEqual([]);
    expect(datesIn('她的新年願望是存夠首期，明年在深圳買一套房。', '2024-02-12')).toEqual([]);
    expect(datesIn('她打算明年在深圳開一家分店。', '2024-02-12')).toEqual(['明年 → 2025']);
  });

  it('reads the earliest time a thing is thought to come (最快明年才有結果) as a guess, but keeps a plan with 起', () => {
    expect(datesIn('新藥最快明年才有結果。', '2023-06-01')).toEqual([]);
    expect(datesIn('新規將於明年起實施。', '2023-06-01')).toEqual(['明年 → 2024']);
  });

  it('reads a date in what is asked with "whether" (是否會在10月…) as no event, whatever its time', () => {
    expect(datesIn('記者問及政府是否會在10月公布新措施時，他未有正面回應。', '2023-08-15')).toEqual([]);
    expect(datesIn('分析師關注央行能否在年底前完成縮表。', '2023-08-15')).toEqual([]);
    expect(datesIn('政府在10月公布新措施。', '2023-11-15')).toEqual(['10月 → 2023-10']);
  });

  it('reads a coming period that opens a sentence which only thinks something possible as the premise of a guess', () => {
    expect(datesIn('受明年一季度縮表影響，資金面收緊，債券收益率可能走高。', '2023-08-30')).toEqual([]);
    expect(datesIn('公司計劃明年一季度投產，產能可能翻倍。', '2023-08-30')).toEqual(['明年一季度 → 2024-Q1']);
  });
});

describe('times that date no happening', () => {
  it('reads a superlative over the year or week so far (創下今年最大增幅, 本週最低) as a rank, not an event', () => {
    expect(datesIn('零售銷售創下今年最大增幅，推高美元。', '2023-09-08')).toEqual([]);
    expect(datesIn('日圓兌美元跌至本週最低水平。', '2023-09-08')).toEqual([]);
    expect(datesIn('今年公司推出三款新車。', '2023-09-08')).toEqual(['今年 → 2023']);
  });

  it('reads a bare number of days after a verb of staying or stopping (隔離14日, 停牌3日) as a count, not the day of the month', () => {
    expect(datesIn('病人須在家隔離14日，期間不得外出。', '2023-01-20')).toEqual([]);
    expect(datesIn('該股停牌3日後復牌。', '2023-01-20')).toEqual([]);
    expect(datesIn('該股14日停牌。', '2023-01-20')).toEqual(['14日 → 2023-01-14']);
  });

  it('reads 今時今日 and 時至今日 as "these days", not the day of publication', () => {
    expect(datesIn('到了今時今日，很多人仍然不肯戴口罩。', '2023-01-20')).toEqual([]);
    expect(datesIn('時至今日，這家老店依然門庭若市。', '2023-01-20')).toEqual([]);
    expect(datesIn('議會今日通過撥款。', '2023-01-20')).toEqual(['今日 → 2023-01-20']);
  });

  it('reads a part of the year said to be a kind of season (下半年是旺季, 10月份是新財年) as every year, unless a year was written before', () => {
    expect(datesIn('對零售商而言，下半年是傳統旺季。', '2023-05-10')).toEqual([]);
    expect(datesIn('10月份是美國聯邦政府新的財年。', '2023-05-10')).toEqual([]);
    expect(datesIn('2021年，上半年是淡季，收入持平。', '2023-05-10')).toEqual(['2021年 → 2021', '上半年 → 2021-H1']);
  });

  it('reads a part of the year as "whenever it comes" (下半年忙的時候, 每到第四季) as a habit, but keeps a month', () => {
    expect(datesIn('下半年忙的時候，工人一天做十幾個小時。', '2023-05-10')).toEqual([]);
    expect(datesIn('每到第四季，訂單就會增加。', '2023-05-10')).toEqual([]);
  });

  it('reads a school year said of this year (我今年大三) as a status, like an age', () => {
    expect(datesIn('我今年大三，暑假在一家券商實習。', '2023-05-10')).toEqual([]);
    expect(datesIn('他今年讀研二。', '2023-05-10')).toEqual([]);
  });

  it('reads a period entered on the week or day just named (上週踏入5月) as that time restated, not another happening', () => {
    expect(datesIn('上週踏入5月，多項4月份數字陸續揭盅，普遍遜色。', '2023-05-10')).toEqual(['上週 → 2023-05']);
    expect(datesIn('進入5月，成交明顯回升。', '2023-06-10')).toEqual(['5月 → 2023-05']);
  });

  it('reads a relative year glossed in brackets before its month (去年(2022年)12月底) as one date, the month', () => {
    expect(datesIn('她說，去年(2022年)12月底丈夫騎車摔倒。', '2023-01-07')).toEqual(['12月底 → 2022-12']);
    expect(datesIn('今年（2023年）上半年營收增長兩成。', '2023-12-07')).toEqual(['上半年 → 2023-H1']);
  });

  it('releases data with 揭盅 and names 數字 as data (4月份數字揭盅): the sentence\'s own date is the event', () => {
    expect(datesIn('本週二，4月份數字揭盅，出口按年跌一成。', '2023-05-12')).toEqual(['本週二 → 2023-05-09']);
  });
});

describe('reading a figure is no condition', () => {
  it('keeps a period after 如果以…衡量 (how a figure is measured), but leaves out one in a real condition', () => {
    expect(datesIn('如果以兩年平均增速衡量，今年上半年消費增速不到5%。', '2023-07-28')).toEqual(['今年上半年 → 2023-H1']);
    expect(datesIn('如果下半年需求回升，消費增速將加快。', '2023-07-28')).toEqual([]);
  });
});

describe('Hong Kong outlooks and a market report\'s judgements', () => {
  it('reads 料 before a time or a change (料明年…, 料再跌) as a forecast, but not 資料 or 不料', () => {
    expect(datesIn('券商料明年恒指反覆向上。', '2023-09-15')).toEqual([]);
    expect(datesIn('資料明年公布。', '2023-09-15')).toEqual(['明年 → 2024']);
  });

  it('reads a target price or level set for a period (將明年目標價上調至…) as a forecast', () => {
    expect(datesIn('大行將明年恒指目標價上調至25000點。', '2023-09-15')).toEqual([]);
  });

  it('reads a period whose prospects are judged (前景不錯) as an outlook', () => {
    expect(datesIn('今年下半年零售前景不錯。', '2023-05-15')).toEqual([]);
  });

  it('reads the year a profit turned into a loss from (從2020年盈利…轉虧…) as a baseline', () => {
    expect(datesIn('公司淨利潤從2020年盈利3億元轉虧1億元。', '2022-03-27')).toEqual([]);
  });

  it('reads "since entering" a period (自進入2020年四季度，) as a span up to now, but keeps 進入5月 without 自', () => {
    expect(datesIn('該股自進入2020年四季度，股價一直低於發行價。', '2022-03-27')).toEqual([]);
    expect(datesIn('進入5月，成交明顯回升。', '2023-06-10')).toEqual(['5月 → 2023-05']);
  });

  it('reads a span opening on a day the paragraph already dated as that day again, not another event', () => {
    expect(datesIn('工廠於2022年9月3日起停產，停產期間為2022年9月3日至2022年9月10日。', '2022-09-13')).toEqual(['2022年9月3日 → 2022-09-03']);
  });

  it('reads data someone passes a verdict on (11月經濟數據喜憂參半) as no event, but keeps data that shows a figure', () => {
    expect(datesIn('經濟學家表示，11月經濟數據喜憂參半。', '2021-12-16')).toEqual([]);
    expect(datesIn('11月經濟數據顯示，出口增長22%。', '2021-12-16')).toEqual(['11月 → 2021-11']);
  });
});

describe('months counted from publication, and what a period will be', () => {
  it('reads 下月 in a forecast (市場預期…下月加息, 下月樓價料再跌) as a guess, as it reads 11月, but keeps a plan and a past month', () => {
    expect(datesIn('市場預期美聯儲下月加息。', '2023-09-15')).toEqual([]);
    expect(datesIn('下月出口可能放緩。', '2023-09-15')).toEqual([]);
    expect(datesIn('政府下月推出消費券。', '2023-09-15')).toEqual(['下月 → 2023-10']);
    expect(datesIn('上月出口下跌8%。', '2023-09-15')).toEqual(['上月 → 2023-08']);
  });

  it('reads Hong Kong comparatives with expectations (好過預期) as a measure, not a guess, so the report month stays', () => {
    expect(datesIn('美國上月零售數據表現好過預期，美元走強。', '2023-09-15')).toEqual(['上月 → 2023-08']);
  });

  it('reads a guess at what a body will do (揣測, 憧憬, 押注) as no plan', () => {
    expect(datesIn('市場揣測人行下月降準。', '2023-09-15')).toEqual([]);
    expect(datesIn('投資者憧憬當局11月推出刺激措施。', '2023-09-15')).toEqual([]);
  });

  it('reads a period something will not happen within (今年內不會再加息) as no event', () => {
    expect(datesIn('他強調，今年內不會再加息。', '2023-09-15')).toEqual([]);
  });

  it('reads what a period will be, or a figure it will reach (下半年將是關鍵, 明年資本支出將達…), as a forecast', () => {
    expect(datesIn('下半年將是關鍵。', '2023-09-15')).toEqual([]);
    expect(datesIn('明年資本支出將達300億美元。', '2023-09-15')).toEqual([]);
    expect(datesIn('公司計劃明年上市。', '2023-09-15')).toEqual(['明年 → 2024']);
  });

  it('reads a cumulative change of the year or month so far (今年累跌15%, 本月至今累升3%) as a span up to now', () => {
    expect(datesIn('港股今年累跌15%。', '2023-09-15')).toEqual([]);
    expect(datesIn('恒指本月至今累升3%。', '2023-09-15')).toEqual([]);
  });
});

describe('market moves as results', () => {
  it('reads where a market is expected to trade in a coming week (預期下周恒指…之間上落) as a forecast, but keeps a week of scheduled data', () => {
    expect(datesIn('分析師預期下周恒指在17500點至18500點之間上落。', '2023-09-14')).toEqual([]);
    expect(datesIn('美國下周公布CPI數據。', '2023-09-14')).toEqual(['下周 → 2023-09']);
  });
});

describe('what may happen at a time', () => {
  it('reads 或在/可能於 before a month (元首或在11月會晤) as a guess at a time to come, not a meeting held last year', () => {
    expect(datesIn('兩國元首或在11月會晤。', '2023-09-14')).toEqual([]);
    expect(datesIn('兩國元首可能於11月在舊金山會面。', '2023-09-14')).toEqual([]);
    expect(datesIn('兩國元首將於11月會晤。', '2023-09-14')).toEqual(['11月 → 2023-11']);
  });
});

describe('a time waited for', () => {
  it('reads a clause opening on a time waited for (等明年攢夠錢，…; 待下半年…後) as the condition of what follows', () => {
    expect(datesIn('等明年攢夠錢，他想回老家蓋房子。', '2018-02-18')).toEqual([]);
    expect(datesIn('待下半年經濟好轉後，公司會再擴產。', '2018-02-18')).toEqual([]);
    expect(datesIn('華為、小米等2017年推出新機。', '2018-02-18')).toEqual(['2017年 → 2017']);
  });
});

describe('a range counted as a stretch', () => {
  it('reads a range followed by its length (2017年11月到2018年1月的三個月) as a duration, but keeps a planned range', () => {
    expect(datesIn('他算了一筆賬：2017年11月到2018年1月的三個月每個月能掙4萬元。', '2018-02-18')).toEqual([]);
    expect(datesIn('新規將於3月1日至5月31日試行。', '2018-02-18')).toEqual(['3月1日至5月31日 → 2018-03-01']);
  });
});

describe('policy directives for a period not yet over', () => {
  it('reads what must be done in a period (下半年要堅持穩中求進; 下半年，要着力擴大內需) as a goal, but keeps a plan and an ended meeting', () => {
    expect(datesIn('會議強調，下半年要堅持穩中求進。', '2023-09-16')).toEqual([]);
    expect(datesIn('下半年，要着力擴大內需。', '2023-09-16')).toEqual([]);
    expect(datesIn('公司下半年將推出新品。', '2023-05-16')).toEqual(['下半年 → 2023-H2']);
    expect(datesIn('7月，會議強調要加大宏觀政策調控力度。', '2023-09-16')).toEqual(['7月 → 2023-07']);
  });
});

describe('dates that name something else', () => {
  it('reads a month naming what is paid for it (扣下了我12月份的工資) as no event, but keeps a month of figures', () => {
    expect(datesIn('公司扣下了我12月份的工資。', '2022-05-16')).toEqual([]);
    expect(datesIn('12月份，公司營收增長5%。', '2022-05-16')).toEqual(['12月份 → 2021-12']);
  });

  it('reads a date after "today is" (今天是2025年的最後一天) as today restated', () => {
    expect(datesIn('今天是2025年的最後一天。', '2025-12-31')).toEqual(['今天 → 2025-12-31']);
  });
});

describe('national goals and editions of games', () => {
  it('reads a state to be reached by a deadline to come (2030年前實現碳達峰) as a goal, but keeps a task to finish by one', () => {
    expect(datesIn('我國將在2030年前實現碳達峰。', '2023-09-16')).toEqual([]);
    expect(datesIn('力爭2030年前實現碳達峰、2060年前實現碳中和。', '2023-09-16')).toEqual([]);
    expect(datesIn('公司需在10月底前完成整改。', '2023-09-16')).toEqual(['10月底 → 2023-10']);
  });

  it('reads the year of a recurring games (2022年北京冬奧會) as its edition, but keeps the day it opened', () => {
    expect(datesIn('2022年北京冬奧會取得圓滿成功。', '2023-09-16')).toEqual([]);
    expect(datesIn('2月4日，北京冬奧會開幕。', '2022-03-16')).toEqual(['2月4日 → 2022-02-04']);
  });
});

describe('Taiwanese outlook shapes', () => {
  it('reads a part of a year entering a season (明年首季進入傳統淡季, 第4季邁入旺季) as a season, not a happening', () => {
    expect(datesIn('明年首季進入傳統淡季。', '2023-09-16')).toEqual([]);
    expect(datesIn('第4季邁入旺季，營收可望走高。', '2023-09-16')).toEqual([]);
    expect(datesIn('第4季進入量產。', '2023-09-16')).toEqual(['第4季 → 2023-Q4']);
  });

  it('reads a month\'s revenue put out on a later day (10月營收將於11月5日公布) as the data\'s name: the day is the event', () => {
    expect(datesIn('鴻海10月營收將於11月5日公布。', '2023-09-16')).toEqual(['11月5日 → 2023-11-05']);
  });
});

describe('inferences about a coming year', () => {
  it('reads what a coming year "will be more" of (明年…會更加積極) and what something implies for it (意味着明年…) as a forecast, but keeps an ended year', () => {
    expect(datesIn('明年的審批會更加寬鬆。', '2021-12-16')).toEqual([]);
    expect(datesIn('這意味着明年個別領域的項目審核較寬鬆。', '2021-12-16')).toEqual([]);
    expect(datesIn('他認為這意味着去年的政策已經生效。', '2021-12-16')).toEqual(['去年 → 2020']);
  });
});

describe('Hong Kong forecasts of days and undecided plans', () => {
  it('reads 料 before any verb (下半年經濟料維持增長) as a forecast', () => {
    expect(datesIn('下半年經濟料維持增長。', '2023-08-18')).toEqual([]);
  });

  it('reads a plan still being weighed (考慮明年推出, 正研究於明年推出) as no plan', () => {
    expect(datesIn('局方考慮明年推出計劃。', '2023-08-18')).toEqual([]);
    expect(datesIn('局方正研究於明年推出計劃。', '2023-08-18')).toEqual([]);
    expect(datesIn('他說，公司已於7月考慮過這個方案。', '2023-08-18')).toEqual(['7月 → 2023-07']);
  });

  it('reads a day named only in a forecast (天文台預料，颱風周日最接近本港) as no event, but keeps a day something is expected to be done by', () => {
    expect(datesIn('天文台預料，颱風周日最接近本港。', '2023-08-18')).toEqual([]);
    expect(datesIn('分析師預計，美聯儲20日將維持利率不變。', '2023-09-18')).toEqual([]);
    expect(datesIn('公司預計9月20日前完成交割。', '2023-08-18')).toEqual(['9月20日 → 2023-09-20']);
  });

  it('reads 資料 closing a clause as no expectation (查詢相關資料，截至3月31日…)', () => {
    expect(datesIn('查詢相關資料，截至3月31日，公司仍有3萬股東。', '2023-08-18')).toEqual(['3月31日 → 2023-03-31']);
  });
});

describe('years in the names of company meetings, issues and programmes', () => {
  it('reads 2021年年度股東大會, 2023年第二次臨時股東大會, 2023年度第一期融資券 and 2023年…激勵計劃 as names, and dates what is done with them on its own', () => {
    expect(datesIn('公司2021年年度股東大會審議通過了相關議案。', '2023-09-14')).toEqual([]);
    expect(datesIn('公司將召開2023年第二次臨時股東大會。', '2023-09-14')).toEqual([]);
    expect(datesIn('2023年度第一期超短期融資券發行完畢。', '2023-09-14')).toEqual([]);
    expect(datesIn('公司2023年限制性股票激勵計劃首次授予。', '2023-09-14')).toEqual([]);
    expect(datesIn('公司2022年度利潤分配方案已於6月實施完畢。', '2023-09-14')).toEqual(['6月 → 2023-06']);
    expect(datesIn('2022年公司推出股權激勵計劃。', '2023-09-14')).toEqual(['2022年 → 2022']);
  });
});

describe('a day reported as done inside an expecting sentence', () => {
  it('keeps a day the clause reports something done on (因為在前天的會議上已經提到了…), though the sentence speaks of an expectation', () => {
    expect(datesIn('這是市場對利好消息的一種預期，因為在前天的會議上已經提到了穩增長。', '2022-03-18')).toEqual(['前天 → 2022-03-16']);
  });
});

describe('acts counted over the year so far', () => {
  it('reads 今年已加息兩次 as a count of the year so far, but keeps last year and a one-off act this year', () => {
    expect(datesIn('美聯儲今年已加息兩次。', '2018-09-07')).toEqual([]);
    expect(datesIn('美聯儲去年已加息兩次。', '2018-09-07')).toEqual(['去年 → 2017']);
    expect(datesIn('公司今年已推出新品。', '2018-09-07')).toEqual(['今年 → 2018']);
  });
});

describe('hope as a noun or a name', () => {
  it('keeps a plan after 充滿希望 and in a company named 新希望, where no one hopes for the time', () => {
    expect(datesIn('他說，公司對前景充滿希望，今年將推出三款新品。', '2023-05-10')).toEqual(['今年 → 2023']);
    expect(datesIn('新希望今年將推出新品。', '2023-05-10')).toEqual(['今年 → 2023']);
  });
});

describe('a policy that stops at a time', () => {
  it('keeps a year something will stop in (明年不再發放補貼) as a plan, unlike a time something will not happen within', () => {
    expect(datesIn('政府明年不再發放補貼。', '2023-05-10')).toEqual(['明年 → 2024']);
    expect(datesIn('央行今年內不再加息。', '2023-05-10')).toEqual([]);
  });
});

describe('a stretch running into a time to come', () => {
  it('reads 今年12月到明年上半年 with nothing scheduled in it as an outlook, but keeps a planned stretch', () => {
    expect(datesIn('至少今年12月到明年上半年，二手樓市依然偏冷。', '2021-12-02')).toEqual([]);
    expect(datesIn('優惠活動將從今年12月持續到明年3月。', '2021-12-02')).toEqual(['今年12月 → 2021-12']);
  });
});

describe('more words that open a condition', () => {
  it('reads 假設, 只要 and 除非 as conditions, and what follows a supposed month (4月中…便會推出) as the consequence', () => {
    expect(datesIn('假設3月份失業率升至4%，4月中政府便會推出紓困措施。', '2023-02-10')).toEqual([]);
    expect(datesIn('只要下半年需求回升，公司業績便會好轉。', '2023-05-10')).toEqual([]);
    expect(datesIn('除非明年經濟好轉，否則公司不會擴產。', '2023-05-10')).toEqual([]);
  });
});

describe('或 before a market move', () => {
  it('reads 或 before a move (下周美股或反覆偏軟, 下月港股或再走高) as "may", a guess at a time to come', () => {
    expect(datesIn('下周美股或反覆偏軟。', '2023-09-14')).toEqual([]);
    expect(datesIn('下月港股或再走高。', '2023-09-14')).toEqual([]);
    expect(datesIn('港股下月推出新指數。', '2023-09-14')).toEqual(['下月 → 2023-10']);
  });
});

describe('opportunities and characterized years with figures', () => {
  it('reads 機會 alone as an opportunity, not a hedge on the day (商會今日安排這個難得的機會), but keeps 有機會 as one', () => {
    expect(datesIn('四個商會今日安排這個難得的機會。', '2011-09-01')).toEqual(['今日 → 2011-09-01']);
    expect(datesIn('颱風今日有機會轉為超強颱風。', '2011-09-01')).toEqual([]);
  });

  it('keeps a characterized year whose sentence gives its figures (去年是營運第10年，…全年共開出5萬班次)', () => {
    expect(datesIn('去年是高鐵營運第10年，運量穩定成長，全年共開出5萬1,106班次列車。', '2017-01-10')).toEqual(['去年 → 2016']);
    expect(datesIn('今年是加入世貿20週年。', '2021-12-10')).toEqual([]);
  });
});

describe('a company\'s announced estimate of a period just ended', () => {
  it('keeps an estimate put out in an announcement for an ended period (公告，預計2021年度淨虧損…; 此前公告，預計一季度淨利增長…), not an analyst\'s', () => {
    expect(datesIn('某公司公告，預計2021年度淨虧損45億元至60億元。', '2022-04-18')).toEqual(['2021年度 → 2021']);
    expect(datesIn('公司此前公告，預計一季度淨利同比增長159%。', '2022-04-18')).toEqual(['一季度 → 2022-Q1']);
    expect(datesIn('分析師預計，一季度淨利潤增長10%。', '2022-04-18')).toEqual([]);
    expect(datesIn('公司公告，預計二季度淨利增長20%。', '2022-04-18')).toEqual([]);
  });
});

describe('a level a market will close at or move to (今年底将收在2,909美元)', () => {
  it('is a forecast (路透)', () => {
    expect(datesIn('路透调查显示，标普500指数.SPX今年底将收在2,909美元。', '2018-08-30')).toEqual([]);
  });

  it('leaves a move that happened and a plan dated', () => {
    expect(datesIn('油价昨日升至80美元。', '2018-08-30')).toEqual(['昨日 → 2018-08-29']);
    expect(datesIn('公司将于今年底收购对手。', '2018-08-30')).toEqual(['今年底 → 2018-H2']);
  });
});

describe('a bare quarter or half not yet over (stop 42, from read holdout 92)', () => {
  it('reads a quarter under way that a story only talks about as no event (一季度本来是淡季, 一季度销售会受一定影响)', () => {
    expect(datesIn('东北证券房地产分析师指出，一季度本来是淡季，现在也不好判断房企是否需要调整全年目标。', '2020-02-07')).toEqual([]);
    expect(datesIn('中骏集团在一份沟通文件中表示，公司一季度销售会受一定影响。', '2020-02-07')).toEqual([]);
  });

  it('keeps a quarter under way with something done or set in it (戴爾第3季推出, 央行二季度操作), and one that has ended', () => {
    expect(datesIn('戴爾第3季推出由神達代工的超微桌上型電腦。', '2006-09-27')).toEqual(['第3季 → 2006-Q3']);
    expect(datesIn('从央行二季度TMLF操作可以看出，流动性仍然充裕。', '2019-06-20')).toEqual(['二季度 → 2019-Q2']);
    expect(datesIn('一季度本来是淡季，销售额同比下降三成。', '2020-05-07')).toEqual(['一季度 → 2020-Q1']);
  });
});

describe('days Hong Kong copy writes another way (stop 42, from read holdouts 95 and 99)', () => {
  it('reads 同一日 as 同日 and 昨 before 向 as yesterday (泰林昨向高等法院申請清盤)', () => {
    expect(datesIn(['美國國務卿蓬佩奧周三宣布新措施。', '同一日，美國國務院發言人發表聲明。'], '2020-10-22')).toEqual(['周三 → 2020-10-21', '同一日 → 2020-10-21']);
    expect(datesIn('負債高達一億元的泰林昨向高等法院申請清盤。', '2008-10-17')).toEqual(['昨 → 2008-10-16']);
  });
});

describe('shapes of read holdouts 107 to 115 (stop 43)', () => {
  it('gives a bare quarter after last year’s month the year it came round in (去年11月…第1季 in June copy)', () => {
    expect(datesIn('大陸從去年11月資本外流。華爾街日報報導，中國第1季經濟增速6.9%。', '2017-06-28')).toEqual(['去年11月 → 2016-11', '第1季 → 2017-Q1']);
    // Last year's last quarter is still last year's.
    expect(datesIn('公司去年11月裁員，第4季虧損擴大。', '2017-06-28')).toEqual(['去年11月 → 2016-11', '第4季 → 2016-Q4']);
  });

  it('reads a quarter that will keep up a trend (第2季將保持向好的態勢) as a forecast', () => {
    expect(datesIn('李克強回應，第2季將保持與第1季繼續向好的態勢。', '2017-06-28')).toEqual([]);
    expect(datesIn('中國第1季經濟增速6.9%。李克強說第2季將保持向好的態勢。', '2017-06-28')).toEqual(['第1季 → 2017-Q1']);
  });

  it('reads a day and its weekday written straight after it (於14日週五晚間) as one day', () => {
    expect(datesIn('百貨於14日週五晚間舉行點燈活動。', '2025-11-15')).toEqual(['14日週五 → 2025-11-14']);
  });

  it('dates a run of months over which something was carried out by its start, after a comma too (2023年10月初至12月底，开展了…)', () => {
    expect(datesIn('据他介绍，2023年10月初至12月底，开展了调研谈话共两轮。', '2024-01')).toEqual(['2023年10月初至12月底 → 2023-10']);
  });

  it('reads today as no event when only a market’s move is forecast for it (今日iBond價格肯定應聲下跌), but keeps what is done today', () => {
    expect(datesIn('受派息趨降影響，今日iBond價格肯定應聲下跌。', '2012-08-22')).toEqual([]);
    expect(datesIn('心理影響今日會透過市場反映，料債價回落。', '2012-08-22')).toEqual([]);
    expect(datesIn('新措施今日起實施。', '2012-08-22')).toEqual(['今日 → 2012-08-22']);
  });

  it('reads 同一年 as 同年, the year just named', () => {
    expect(datesIn('2015年出口额约为13.7亿丹麦克朗。同一年，丹麦向中国出口的水技术金额约为8.78亿丹麦克朗。', '2017')).toEqual(['2015年 → 2015', '同一年 → 2015']);
  });

  it('reads 昨 before a deed or an opening as yesterday (侯友宜昨批中央, 五一黃金周昨展開)', () => {
    expect(datesIn('新北市長侯友宜昨批中央對能源政策毫無方向。', '2025-09-21')).toEqual(['昨 → 2025-09-20']);
    expect(datesIn('五一黃金周昨展開，大批內地客來港購物。', '2011-05-02')).toEqual(['昨 → 2011-05-01']);
  });

  it('keeps a date a plant is expected to start commercial operation (預計今年12月商轉) as a plan', () => {
    expect(datesIn('興達新一號機預計今年12月商轉。', '2025-09-21')).toEqual(['今年12月 → 2025-12']);
  });

  it('reads no week in 寫下周末 (what was written, of weekends)', () => {
    expect(datesIn('曾有职工被强迫写下周末不请假的保证书。', '2023-04-08')).toEqual([]);
    expect(datesIn('董事會下周召開會議。', '2023-04-08')).toEqual(['下周 → 2023-04']);
  });
});


describe('a wire lead opening on a quote (stop 43, from read holdout 109)', () => {
  it('reads the lead past the quote to who said it, so a day named there is the lead’s own and the dateline adds none', () => {
    expect(datesIn('中新社南宁9月11日电 (陈燕)“南宁具有独特的区位优势，我们自然不能缺席。”台湾贸易中心董事长叶明水11日在南宁表示。', '2016-09-11')).toEqual(['11日 → 2016-09-11']);
    expect(datesIn('中新社南宁9月11日电 (陈燕)“南宁具有独特的区位优势，我们自然不能缺席。”台湾贸易中心董事长叶明水在南宁表示。', '2016-09-11')).toEqual(['9月11日 → 2016-09-11']);
  });
});
