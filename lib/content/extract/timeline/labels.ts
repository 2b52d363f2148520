import type { DateMention } from '../dates';
import { clauseStart, sentenceStart } from './clauses';
import type { DatedMention } from './mentions';

/** Periods that name a report or released data (`2024年一季報`, `公布3月CPI數據`): they date a sentence only when it has no date of its own. */

/**
 * Report labels (`2019年半年報`, `2024年一季報`, `截至6月底止半年`) a sentence keeps: none when it
 * has a date of its own (`4月29日晚間，比亞迪發布2024年一季報`: the event is the publishing, on
 * 4月29日), else each written with a year, dated by that year alone. The year holds both the figures
 * the report gives and, for a half or a quarter, the day it came out; the quarter holds only the figures.
 */
export function labelsStandingAlone(text: string, labels: readonly DatedMention[], dated: readonly DatedMention[]): DatedMention[] {
  const datedSentences = new Set(dated.map(({ mention }) => sentenceStart(text, mention.start)));
  return labels.filter(({ mention }) => !datedSentences.has(sentenceStart(text, mention.start)));
}

/** Verbs that put out data right before the period it covers (`公布3月CPI數據`, `公布7月外銷訂單`). */
const RELEASE_BEFORE = /(?:公布|公佈|發布|发布|發佈|披露|出爐|出炉|公告|揭盅)(?:了|的)?$/;
/** What a period names when it is the data's (`3月CPI數據`, `一季度經濟數據`, `三季度财报`, `（二季度末数据）`, `8月非农就业报告`, `8月国民经济运行情况新闻发布会`). */
const DATA_AFTER = /^份?(?:末|底)?(?:的)?(?:[A-Za-z]{2,6}|[經经][濟济]|[貿贸]易|[金][融]|[經经]營|[财財]務|[进進]出口|[统統][计計]|非[農农](?:就[業业])?|就[業业]|國民經濟運行情況|国民经济运行情况)?(?:數據|数据|數字|数字|報告|报告|新聞發布會|新闻发布会)/;

/**
 * Whether a period only names data someone puts out (`4月13日，勞工部公布3月CPI數據`, `据5月16日国家统计局公布的数据，4月份，…`): like a
 * report's name, it dates the sentence only when the sentence has no date of its own.
 */
/** Words after a data's name that give its figures (`11月數據顯示，…`): then the period is the figures'. */
const DATA_SHOWS = /^[^，,。；;！？!?]{0,4}?(?:顯示|显示|表明|指出|稱|称|呈現|呈现|反映|表現|表现)/;

/**
 * Whether a period only names data as a thing (`10月金融數據備受市場關注`, `就業數據是三季度經濟數據的亮點之一`),
 * not its figures (`三季度經濟數據顯示，…`): it dates its paragraph only when the paragraph has no date of its own.
 */
export function namesData(text: string, mention: DateMention): boolean {
  if (mention.kind !== 'calendar' || mention.period.unit === 'day') return false;
  const data = DATA_AFTER.exec(text.slice(mention.end));
  return data !== null && !DATA_SHOWS.test(text.slice(mention.end + data[0].length));
}

/** `8月CPI将于9月9日公布`: an indicator's period, then the clause puts the indicator out on a later day. */
const INDICATOR_RELEASED_AFTER = /^份?(?:的)?(?:CPI|PPI|PMI|GDP|M[012]|社[融]|[非][農农]|[就]業數據|就业数据|[營营]收|[財财][報报]|[業业][績绩]|[數数][據据])[^，,。；;！？!?]{0,16}?(?:公布|公佈|發布|发布|發佈|出爐|出炉|揭盅)/;

export function namesReleasedData(text: string, mention: DateMention): boolean {
  if (mention.kind !== 'calendar' || mention.period.unit === 'day') return false;
  if (INDICATOR_RELEASED_AFTER.test(text.slice(mention.end))) return true;
  const own = clauseStart(text, mention.start);
  const before = text.slice(own, mention.start);
  if (before.trim() === '' && own > 0 && RELEASED_ON_A_DAY.test(text.slice(clauseStart(text, own - 1), own))) return true;
  return RELEASE_BEFORE.test(before) || (/(?:公布|公佈|發布|发布|發佈|披露)[^，,。；;]{0,12}$/.test(before) && DATA_AFTER.test(text.slice(mention.end)));
}

/** `据5月16日国家统计局公布的数据，`: a clause giving data put out on a day, so the period opening the next clause names that data. */
const RELEASED_ON_A_DAY = /^\s*[據据][^，,。；;]{0,12}?[0-9０-９一二三四五六七八九十]{1,2}日[^，,。；;]{0,16}(?:公布|公佈|發布|发布|發佈|披露)的[^，,。；;]{0,6}(?:數據|数据)(?:顯示|显示)?[，,]$/;

/** `當月同比增速`, `当月新增`: data's "single month", part of a measure's name, not a time anything happened. */
const MEASURE_AFTER = /^(?:的)?(?:同比|環比|环比|增速|增幅|值|數|数|新增|累計|累计)/;

/** Whether an anaphoric 當月/當季/當年 only names a measure (`當月同比增速優於市場預期`). */
export function namesMeasure(text: string, mention: DateMention): boolean {
  return /^(?:當|当)[月季年]$/.test(mention.text) && MEASURE_AFTER.test(text.slice(mention.end));
}

/** `7月当月服务进出口`, `4月當月能源消費量`: 當月 right after a month restates that month ("that single month"), not another happening. */
export function restatesMonthJustNamed(text: string, mention: DateMention): boolean {
  return /^(?:當|当)月$/.test(mention.text) && /月份?$/.test(text.slice(0, mention.start));
}

/** A verdict on data as a whole (`喜憂參半`, `亮眼`, `疲弱`), with no figure of its own. */
const VERDICT_AFTER = /^[^，,。；;！？!?0-9０-９]{0,6}?(?:喜憂參半|喜忧参半|亮眼|靚麗|靓丽|不佳|欠佳|疲弱|疲軟|疲软|遜色|逊色|平平|差強人意|差强人意|可圈可點|可圈可点)/;

/** Whether a period only names data someone passes a verdict on (`11月經濟數據喜憂參半`): a judgement of the data, no happening even when it is the paragraph's only date. */
export function judgesData(text: string, mention: DateMention): boolean {
  const data = DATA_AFTER.exec(text.slice(mention.end));
  return data !== null && VERDICT_AFTER.test(text.slice(mention.end + data[0].length));
}

/** `12月份的工資`, `3月房租`, `上月薪水`: what is paid for a month, named by it; and a broker's picks for it (`1月份金股`, `1月份的金股名单`). */
const PAID_FOR_AFTER = /^份?(?:的)?(?:工資|工资|薪水|薪資|薪资|薪酬|工錢|工钱|房租|租金|帳單|账单|獎金|奖金|社保|月供|管理費|管理费|金股)/;

/**
 * Whether a month only names what is paid or picked for it (`公司扣下了我12月份的工資`, `推出了1月份的金股名单`): the paying,
 * withholding or picking is dated on its own, if at all.
 */
export function namesPaidFor(text: string, mention: DateMention): boolean {
  return (mention.kind === 'calendar' && mention.period.unit === 'month') || mention.kind === 'month-offset' ? PAID_FOR_AFTER.test(text.slice(mention.end)) : false;
}
