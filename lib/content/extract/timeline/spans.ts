import { scanDateMentions, type DateMention, type PublishedDate } from '../dates';
import { clauseEnd, clauseStart, isSentenceEnd } from './clauses';
import { PLANNED_ACTION } from './outlooks';
import { isBareRelativeYear } from './mentions';

/** Spans up to now (`今年以來`, `今年至22日止`): the state of things now, not a happening of the period. */

/** After 今年 or 年初: "so far this year" (`今年以來`, `今年至22日止`, `今年已有16家`), a span up to now, not a happening. */
const YEAR_TO_DATE_AFTER = /^(?:以[來来]|至今|迄今|[至到][^，,。；;]{0,8}止)/;


/**
 * Whether a year, or a part of the year named without its year, only opens a span up to now
 * (`今年以來新股發行規模大幅增長`, `下半年以来，疫情持续演变`, `三季度以来整体放缓`): what the
 * clause reports is the state of things now, not a happening of that period.
 */
export function isYearToDate(text: string, mention: DateMention): boolean {
  const relative = mention.kind === 'week' || (mention.kind === 'calendar' && (mention.year.kind === 'context' || mention.year.kind === 'published'));
  if (!relative) return false;
  const after = text.slice(mention.end);
  // 進入三季度後: since the period began, like 以來.
  if (/[進进]入$/.test(text.slice(0, mention.start)) && /^(?:之?[後后]|以[來来])/.test(after)) return true;
  // 今年…首場會議, 今年首次, 公司今年第一次回購: the year ranks the happening, which is dated (or not) on its own.
  // 今年已有16家公司宣布回購: a count of the year so far.
  if (isBareRelativeYear(mention) && /^(?:已[經经]?|已)有[0-9０-９一二三四五六七八九十百千兩两多]/.test(after)) return true;
  // 今年已加息兩次, 今年已經三度下調: acts counted over the year so far.
  if (isBareRelativeYear(mention) && mention.kind === 'calendar' && mention.year.kind === 'published' && mention.year.offset === 0 && /^[^，,。；;！？!?]{0,6}?已[經经]?[^，,。；;！？!?]{0,8}?[0-9０-９一二三四五六七八九十兩两多]+[次度回輪轮]/.test(after)) return true;
  // 今年累計發行3萬億元, 今年累计增长: a total summed over the year so far, like 今年以來.
  if (isBareRelativeYear(mention) && mention.kind === 'calendar' && mention.year.kind === 'published' && mention.year.offset === 0 && /^(?:的|內|内|以?[來来])?累[計计積积]/.test(after)) return true;
  // 今年最大增幅, 創今年新高, 本周最大單日跌幅: a superlative over the period so far ranks today's figure, it dates nothing.
  if ((isBareRelativeYear(mention) || mention.kind === 'week') && SUPERLATIVE_AFTER.test(after)) return true;
  // `10月内七度发放QDII额度`, `本月內三次加息`: acts counted within the period, not one happening of it.
  if (mention.kind === 'calendar' && /^[內内][^，,。；;！？!?]{0,4}?[0-9０-９一二三四五六七八九十兩两多]+[次度回輪轮]/.test(after)) return true;
  // 今年第二次降息, 今年第三批: any rank in the year, not only the first.
  return YEAR_TO_DATE_AFTER.test(after) || (isBareRelativeYear(mention) && /^[^，,。；;]{0,12}?(?:首[場场次個个度批]|第[一二三四五六七八九十兩两0-9０-９]+[次場场個个批輪轮])/.test(after));
}

/** A superlative right after a period (`今年最大增幅`, `今年新高`, `本週最低`): the period is what a figure is ranked over. */
const SUPERLATIVE_AFTER = /^(?:的|度|內|内|[以迄至]今)?(?:最[高低大小多少快慢差好佳強强弱]|新[高低])/;

/** `在2018年到2020年三年中`, `2019至2021年期間`, `在2015年至2017年这三年里`, `在5月11日到5月15日这周`: the dates bound a stretch of time whose figures follow, not a happening. */
const DURATION_AFTER = /^(?:[這这]?[一二三四五六七八九十兩两0-9０-９]+[年個个]月?(?:中|間|间|裡|里|內|内)|期間|期间|[這这](?:一)?(?:周|週|星期|段))/;
/** `将于`, `定於`, `擬於` right before a date: what follows is set to happen then. */
const SCHEDULED_BEFORE = /(?:將|将|定|擬|拟|預定|预定|計劃|计划)(?:於|于|在)$/u;
/** `期間進行調查`: an act done in the stretch just named. */
const ACT_IN_STRETCH_AFTER = /^(?:期間|期间)(?:曾|先後|先后|多次)?(?:進行|进行|舉行|举行|舉辦|举办|開展|开展|展開|展开|實施|实施|調查|调查)/u;
/** `在2021年之前，一直以流暢著稱`, `2021年之後的MIUI`: a whole year bounding the stretch before or after it. */
const BEFORE_OR_AFTER_YEAR = /^(?:之|以)(?:前|後|后)/;

/**
 * Verbs of staying or stopping, and words that measure a stretch (`留醫6日`, `隔離14日`, `停牌3日`, `為期5日`, `長達10日`): a bare number
 * of days after them counts days, it is not the day of the month.
 */
const DAYS_COUNTED_AFTER = /(?:留醫|留医|留院|住院|入院|隔離|隔离|檢疫|检疫|休養|休养|休息|停牌|停工|停課|停课|停市|停業|停业|停運|停运|延長|延长|延期|展期|連續|连续|一連|一连|為期|为期|長達|长达|歷時|历时|耗時|耗时|需時|需时|[逾約约近達达])$/;

/**
 * Words that measure a stretch of years (`長達2000年`, `為期5年`): a number of years after them counts years, it is not the year of the
 * calendar. So is one followed by a span's word (`2000年之久`, `70年以上`).
 */
const YEARS_COUNTED_AFTER = /(?:為期|为期|長達|长达|歷時|历时|耗時|耗时)\s?$/u;
const YEARS_SPAN_AFTER = /^(?:之久|以上|有餘|有余|的(?:歷史|历史|時間|时间|光陰|光阴))/u;
/**
 * A term of years held (`房屋产权70年`, `期限都被设定在70年`): two digits there count its years. Four are its end (`期限應為2022年`),
 * a deadline, which is a date.
 */
const TERM_HELD_BEFORE = /(?:產權|产权|年限|期限[^，,。；;0-9０-９]{0,8}?)\s?$/u;

/** `的三個月`, `这两年`: the length of the range just named. */
const RANGE_COUNTED_AFTER = /^(?:的|這|这|共|整整)?[一二三四五六七八九十兩两0-9０-９]+(?:年|個月|个月|季|季度|周|週|天|日)/;

/** Whether a date only bounds a stretch of time (`在2018年到2020年三年中，…分別貢獻…`, `2021年之前`), or is a count of days (`隔離14日`). */
export function boundsDuration(text: string, mention: DateMention): boolean {
  const after = text.slice(mention.end);
  // A run of months in which something was done (`今年8至9月期間進行調查`) is that happening's stretch, dated by its start (LABELS.md).
  // So is a stretch something is set to happen in (`将于3月22日至31日期间出让`): a dated plan, by its start.
  if (DURATION_AFTER.test(after) && !ACT_IN_STRETCH_AFTER.test(after) && !SCHEDULED_BEFORE.test(text.slice(0, mention.start))) return true;
  // `2017年11月到2018年1月的三個月`: a range then the stretch it makes, counted, not a happening at its start.
  if (/[到至~～－—–-]/.test(mention.text) && RANGE_COUNTED_AFTER.test(after)) return true;
  if (mention.kind === 'day-of-month' && DAYS_COUNTED_AFTER.test(text.slice(0, mention.start))) return true;
  if (mention.kind === 'calendar' && mention.period.unit === 'year' && mention.year.kind !== 'context' && mention.year.kind !== 'published' && (YEARS_COUNTED_AFTER.test(text.slice(0, mention.start)) || YEARS_SPAN_AFTER.test(after) || (mention.year.kind === 'two-digit' && TERM_HELD_BEFORE.test(text.slice(0, mention.start))))) return true;
  return mention.kind === 'calendar' && mention.year.kind !== 'context' && mention.period.unit === 'year' && BEFORE_OR_AFTER_YEAR.test(after);
}

/** Two whole years joined as a range (`2001年至2021年`, `2012年到2021年`, `2018-2019年`, `2013年到2017年底`, `2014年和2019年` before 间); `end` is the last. */
const RANGE_OF_YEARS = /^(?:19|20)[0-9]{2}年?\s?(?:至|到|-|－|—|–|~|～|和|与|與|及|跟|同)\s?(?<end>(?:19|20)[0-9]{2})\s?年(?:度|底|末|初)?$/;
/** A range named as the stretch in which something happened (`法國在1966年至1996年間…進行了核試驗`). */
const STRETCH_OF_HAPPENING_AFTER = /^\s?(?:間|间|期間|期间|之間|之间)/;
/** A range as what a verb of working out or looking back takes (`計算出2018至2019年金融收入`): the period of what is worked out, dated by its start. */
const OBJECT_OF_RECKONING_BEFORE = /(?:計算|计算|算|統計|统计|測算|测算|估算|推算|比較|比较|對比|对比|回顧|回顾|分析)(?:出|了)?\s?$/;
/** Words in the rest of the sentence that give the range's figures as one (`年均`, `累計`) or year by year (`分別為`). */
const FIGURES_OVER_RANGE = /^[^。；;！？!?]*?(?:年均|平均|累[计計]|合[计計]|[复複]合|分[别別])/;

/** A percentage in the range's own clause (`2001年到2006年之间飙升了84%`): the change over the whole run, not a happening in it. */
const PERCENT_IN_CLAUSE = /^[^，,。；;！？!?]*?[0-9０-９]\s?[%％]/u;

/**
 * Whether a date is a range of whole years that ended before publication, over which the sentence gives
 * figures as one or year by year (`自2001年至2021年年均投资收益率8.30%`, `超过了从2012年到2021年年均11.8%的增速`,
 * `2016-2019年，营业收入分别为…`): a run, not a happening (LABELS.md); so is any past range not named as the stretch
 * something happened in (`2012~2013年度仅受理了99个申请`, `从2000年到2016年，中国向非洲提供…`, `在1994-1995年…任职`): the twelve
 * holdouts never label one. A range named for what happened over it (`法國在1966年至1996年間…進行了核試驗`) or taken as the
 * period of what is worked out (`計算出2018至2019年金融收入`) is still dated by its start, and so is a range still to come (`2021年至2025年規劃`).
 */
export function isPastRunOfYears(text: string, mention: DateMention, published: PublishedDate): boolean {
  const end = RANGE_OF_YEARS.exec(mention.text)?.groups?.end;
  if (end === undefined || Number(end) >= published.year) return false;
  const after = text.slice(mention.end);
  return FIGURES_OVER_RANGE.test(after) || PERCENT_IN_CLAUSE.test(after) || !(STRETCH_OF_HAPPENING_AFTER.test(after) || OBJECT_OF_RECKONING_BEFORE.test(text.slice(0, mention.start)));
}

/** `經過`, `過咗`, `走過`: living through a stretch of time. */
const LIVED_THROUGH_BEFORE = /(?:[經经][過过]了?|[過过]咗|[過过]了|走[過过]了?|熬[過过]了?|度[過过]了?)\s?$/;

/** Whether a whole year is a stretch lived through (`其實過咗2019年，我覺得大家都學識…`, `经过2019年的调整`): a span, no happening of the year. */
export function isLivedThrough(text: string, mention: DateMention): boolean {
  return mention.kind === 'calendar' && mention.period.unit === 'year' && LIVED_THROUGH_BEFORE.test(text.slice(0, mention.start));
}

/** `2017年前后`, `2010年左右`: a time given only roughly, like an approximate `10年前` (LABELS.md). */
const APPROXIMATE_AFTER = /^(?:前[后後]|左右|上下)/;

/**
 * Whether a date is given only roughly (`2017年前后，喻恺一度向397所高校递交了申请`): no date the timeline can hold. A day
 * given roughly (`2月10号左右`) still names its day, as the labels date it: a few days either side is the same happening.
 */
export function isApproximate(text: string, mention: DateMention): boolean {
  return mention.kind === 'calendar' && mention.period.unit !== 'day' && APPROXIMATE_AFTER.test(text.slice(mention.end));
}

/** A range of dates that begins and ends in written years (`2012 年 5 月至 2018 年 5 月`, `2007年1月至2015年`); `end` is the last year. */
const RANGE_BETWEEN_YEARS = /^(?:19|20)[0-9]{2}\s?年[^至到~～\-—－–]*?(?:至|到|-|－|—|–|~|～)\s?(?<end>(?:19|20)[0-9]{2})\s?年/;
/** A post held over the range, right after it or after its comma (`…至2018年5月，任康美药业独立董事`, `…至2020年10月，担任公司监事`). */
const POST_HELD_AFTER = /^\s?[，,]?\s?(?:先[后後]|曾|一直|均)?\s?(?:任|担任|擔任|出任|兼任|任职|任職|就职|就職|供职|供職)/;

/**
 * Whether a past range is the stretch someone held a post (`2012 年 5 月至 2018 年 5 月，任康美药业独立董事`): a line of a
 * résumé, a stretch of someone's life like a tenure counted in years, no happening at its start (the blind holdouts never
 * label one). A range still running into this year or later is left to the other rules.
 */
export function isPastTenure(text: string, mention: DateMention, published: PublishedDate): boolean {
  const end = RANGE_BETWEEN_YEARS.exec(mention.text)?.groups?.end;
  return end !== undefined && Number(end) < published.year && POST_HELD_AFTER.test(text.slice(mention.end));
}

/** A count of years later in the clause (`擔任編輯七年`), the length of a range of years just named. */
const YEARS_COUNTED_IN_CLAUSE = /^[^，,。；;！？!?]*?[^第0-9０-９][一二三四五六七八九十兩两0-9０-９]+(?:多|餘|余)?年(?![前後后内內底末初中度代級级])/;

/**
 * Whether a range of whole years ended before publication is counted as a stretch later in its clause (`他在2009年至2016年擔任《環球時報》編輯七年`):
 * a tenure or a duration, no happening at its start (see `boundsDuration` for the count right after the range).
 */
export function countsRangeAsStretch(text: string, mention: DateMention, published: PublishedDate): boolean {
  const end = RANGE_OF_YEARS.exec(mention.text)?.groups?.end;
  return end !== undefined && Number(end) < published.year && YEARS_COUNTED_IN_CLAUSE.test(text.slice(mention.end, clauseEnd(text, mention.end)));
}

/** `前两个月`, `前3個月`, `前兩季`: the first months or quarters of the period just named, counted together. */
const FIRST_PARTS_AFTER = /^(?:的)?前[一二兩两三四五六七八九十0-9０-９]+[個个]?(?:月|季度?)/;

/**
 * Whether a period only frames the run of its first months counted together (`下半年前两个月经营势头不错`, `今年前三季度`): like
 * `1-2月` or `前两个月` (LABELS.md), the span of a cumulative figure, not a happening of the period.
 */
export function countsFirstPartsOf(text: string, mention: DateMention): boolean {
  return mention.kind === 'calendar' && mention.period.unit !== 'day' && mention.period.unit !== 'month' && FIRST_PARTS_AFTER.test(text.slice(mention.end));
}

/** `從3月持續至今`, `從2020年10月的高點開始滑落至今`: a span from a date up to now, told in the date's clause. */
const UP_TO_NOW_AFTER = /^[^，,。；;！？!?]{0,16}?(?:至今|迄今)/;

/** Whether a date only opens a span up to now (`投訴帖子從3月持續至今`, `自2008年至今仍然欠着`): what the clause reports is the state now. */
export function opensSpanToNow(text: string, mention: DateMention): boolean {
  const before = text.slice(0, mention.start);
  // 自2008年至今仍然欠着…: the span up to now read as one mention; 自3月末成立至今 names a founding, which is dated.
  return (/[從从]$/.test(before) && UP_TO_NOW_AFTER.test(text.slice(mention.end))) || (/[從从自]$/.test(before) && /(?:至今|迄今)$/.test(mention.text));
}

/** `自2022年1月1日起截至公告披露日累計收到…`: a date opening a span a total is counted over, up to a later day. */
const CUMULATIVE_AFTER = /^起?(?:截至|截止)/;

/** Whether a date only opens the span a total is counted over (`自2022年1月1日起截至公告披露日累计收到订单约5000万元`). */
export function opensCumulativeSpan(text: string, mention: DateMention): boolean {
  return CUMULATIVE_AFTER.test(text.slice(mention.end));
}

/** `…至2022年3月31日`, `…--2021年9月21日`: a date closing a span; 截至 ("as of") is no close. */
const CLOSES_BEFORE = /(?<!截)(?:至|到|--|－－|~|～)$/;
/** A start earlier in the clause that the date closes a span from: a date, or a day named by what happened (`自公告之日起`). */
const SPAN_OPENED_BY_DAY = /之日起/;
/** The clause names a span (`期间为…`, `从…开始至`, `自…起…至`), not a move to a new date (`由3月推迟至5月`) nor a span up to a day a figure is given for (`今年至22日止`). */
const SPAN_NAMED = /期[間间]|[從从自][^，,。；;]*?(?:[開开]始|起)/;

/**
 * Whether a date only closes a span opened earlier in its clause by a date or a day named by an act (`减持期间为自公告之日起3个交易日后至2022年3月31日`,
 * `意见征求期间为2021年9月10日--2021年9月21日`, `从12月7日招股期开始至12月16日公布配售结果`, `任期三年，自今年10月20日起至2021年10月19日止`): the end of a
 * planned span is no happening of its own, its start is (LABELS.md).
 */
export function closesSpan(text: string, mention: DateMention): boolean {
  const before = text.slice(clauseStart(text, mention.start), mention.start);
  return (CLOSES_BEFORE.test(before) && SPAN_NAMED.test(before) && (SPAN_OPENED_BY_DAY.test(before) || scanDateMentions(before).length > 0)) || UP_TO_AT_MOST.test(before) || DAY_AND_TIME_THEN_TO.test(before) || (/(?<!截|截止)(?:到|至)\s*$/u.test(before) && UNTIL_AFTER.test(text.slice(mention.end)));
}

/**
 * `到本月22日为止将继续维持这一价格`: the last day of a state that lasts until then, no happening of its own; a figure given as of a day
 * (`截止到10月份为止TOP50…`, `今年至22日止`) dates that day, as the labels have it.
 */
const UNTIL_AFTER = /^\s*[為为]止[，,]?\s*(?:將|将|會|会|繼續|继续|仍|都|可|均)/u;

/** `5月21日晚至5月22日凌晨`: a day and a time of it, then 至 — the span runs overnight, and its end is no happening of its own. */
const DAY_AND_TIME_THEN_TO = /[0-9０-９][日號号](?:上午|下午|中午|晚上|晚間|晚间|晚|早上|凌晨|傍晚|夜間|夜间|深夜)\s*(?:至|到)\s*$/u;

/** `信托期限已自动延长，最长至2013年9月24日`: the furthest a term may run, no happening on that day. */
const UP_TO_AT_MOST = /最[长長遲迟晚多](?:至|到)\s?$/;

/**
 * Whether a date only opens a span up to now with nothing said to happen then (`2021年2月以来，股价波动明显加大`,
 * `自2022年8月中旬以来，公司不能与实际控制人取得联系`): like 今年以來, the clause reports the state of things now.
 * A since-phrase that names what happened on the date (`自2021年5月担任CEO以来`) still dates it.
 */
export function opensBareSpanToNow(text: string, mention: DateMention): boolean {
  return /^以[來来]/.test(text.slice(mention.end)) || isSinceWithoutYi(text, mention) || (SINCE_ENTERING_BEFORE.test(text.slice(0, mention.start)) && /^(?:起|開始|开始)?(?:[，,]|$)/.test(text.slice(mention.end)));
}

/** What 來 after a date goes on to when it is the verb "come" (`今年来华`, `7月來港`, `今年来到`), not "since". */
const COME_TO_AFTER = /^[來来](?:[华華京港台澳沪滬深穗访訪到这這此过過自得看说說了臨临])/;

/**
 * `今年来多个计划被拉长`, `自7月来已暂停进口`: 來 after 今年, or after a date opened by 自/從, is 以來 written short ("since"),
 * a span up to now like 今年以來; not the verb "come" (`今年来华`).
 */
function isSinceWithoutYi(text: string, mention: DateMention): boolean {
  const after = text.slice(mention.end);
  if (!/^[來来]/.test(after) || COME_TO_AFTER.test(after)) return false;
  const thisYear = mention.kind === 'calendar' && mention.year.kind === 'published' && mention.year.offset === 0 && isBareRelativeYear(mention);
  return thisYear || /[自從从]\s?$/.test(text.slice(0, mention.start));
}

/** `自進入2020年四季度，股價一直…`: "since entering" a period, then a comma: like 以來, the state of things since, not a happening then. */
const SINCE_ENTERING_BEFORE = /[自從从]\s?(?:進入|进入|踏入|步入|邁入|迈入)$/;

/** A figure or a market moving, or a state reached (`飙涨`, `增長`, `跌逾3%`, `創歷史新高`, `得到控制`, `进度明显滞后`): a change the year so far has seen. */
const CHANGE_OF_THE_YEAR = /[漲涨跌升](?:了|逾|超過|超过|近|約|约|幅?[達达]|幅?[為为])?[0-9０-９][0-9０-９.．]*\s*[%％]|重[創创]|低迷|萎[縮缩]|(?:[飙飆暴大上])[涨漲]|累[計计積积]?[升跌漲涨增減减]|(?:[大暴下])跌|增[长長]|成[长長]|下[降滑]|回[落升]|攀升|走[高低强強弱]|扭[转轉]|超越|[創创][^，,。；;！？!?]{0,6}?(?:新[高低]|[纪紀][录錄])|得到(?:控制|改善|[缓緩]解|遏制)|翻[倍番]|[滞滯][后後]|落[后後]|放[缓緩]|提速/;

/**
 * Whether a bare 今年 only sums up a change of the year so far (`今年全球货运价格飙涨`, `聯電今年營運超越2000年`, `今年疫情得到控制`)
 * or acts repeated through it (`今年密集出台的政策`):
 * like 今年以來, the state of things now, not a happening (LABELS.md). A one-off act the year dates (`今年公司推出新品`), a plan
 * and a forecast (`今年將增長`) are left to the rules for them.
 */
export function sumsUpYearSoFar(text: string, mention: DateMention): boolean {
  if (mention.kind !== 'calendar' || mention.year.kind !== 'published' || mention.year.offset !== 0 || !isBareRelativeYear(mention)) return false;
  const end = clauseEnd(text, mention.end);
  // `今年開始，各大原廠逐漸取消…`: a clause of only the year and its start says what it dates in the next.
  const opening = /^\s*(?:[從从自])?$/.test(text.slice(clauseStart(text, mention.start), mention.start)) && /^(?:開始|开始|起)?$/.test(text.slice(mention.end, end));
  const clause = text.slice(clauseStart(text, mention.start), opening && end < text.length ? clauseEnd(text, end + 1) : end);
  // What is planned for the year (`今年多項國際論壇也陸續規劃中`) or forecast for it is left to the rules for plans and forecasts.
  if (/[將将會会]|[計计規规]劃|[计规]划|[預预][計计期]|[擬拟]|準備|准备|安排/.test(clause)) return false;
  // Acts repeated through the year so far (`今年密集出台的政策调控已经产生了明显效果`, `今年陆续推出多项措施`) are no one-off happening either.
  return REPEATED.test(clause) || (CHANGE_OF_THE_YEAR.test(clause) && !PLANNED_ACTION.test(clause.replace(ACT_AS_MEASURE, '')));
}

/** An act named only as what a measure is of (`发行进度`, `投放規模`): the measure changes, no act is done (`今年专项债的发行进度明显滞后`). */
const ACT_AS_MEASURE = new RegExp(`(?:${PLANNED_ACTION.source})(?=[進进]度|[規规]模|速度|[節节]奏|[額额]度|量)`, 'g');

/** Acts done again and again or little by little (`密集出台`, `陸續推出`, `多次回購`, `逐漸取消`). */
const REPEATED = /密集|[陆陸][续續]|相[继繼]|[频頻]繁|多次|[屡屢]次|接[连連]|不[断斷]|持[续續]|逐[漸渐步]/;

/**
 * Whether a date only opens a stretch of acts repeated since (`從今年2月起阿地頻繁進出醫院`, `自3月開始陸續關閉門店`): like a span up to
 * now, what the clause reports is a run of happenings, none of them on the date; so does a year opening a trend (`从2017年起业绩增速明显下滑`).
 * A one-off start (`由2月開始提供服務`) is still dated.
 */
export function opensRepeatedSpan(text: string, mention: DateMention): boolean {
  if (!/[從从自由]\s?$/.test(text.slice(0, mention.start))) return false;
  const opening = /^(?:起|開始|开始|以[來来])/.exec(text.slice(mention.end));
  if (opening === null) return false;
  const end = clauseEnd(text, mention.end);
  const rest = text.slice(mention.end + opening[0].length, end);
  // `自3月开始，公司陆续关闭…`: a clause of only the opening goes on in the next.
  const next = rest.trim() === '' && end < text.length && !isSentenceEnd(text, end) ? text.slice(end + 1, clauseEnd(text, end + 1)) : '';
  if (REPEATED.test(rest) || REPEATED.test(next)) return true;
  // `从2017年起公司业绩增速明显下滑`: a trend over the years since a year, half or quarter, none of it a happening then.
  const trend = rest + next;
  // A change announced for a time to come (`从明年起补贴将下降`) is a plan, dated by its start.
  return mention.kind === 'calendar' && mention.period.unit !== 'day' && mention.period.unit !== 'month' && CHANGE_OF_THE_YEAR.test(trend) && !PLANNED_ACTION.test(trend) && !/[將将擬拟要]|[計计][劃划]/.test(trend);
}

/** What a range's figure is (`的收益率达到303.5%`, `期间涨幅`, `的累计回报`): a return or change summed over the range. */
const FIGURE_OVER_RANGE = /^(?:期[间間])?(?:的|内|內)?[^，,。；;！？!?]{0,6}?(?:收益率?|回[报報]率?|[涨漲跌增降]幅|累[计計])/;

/**
 * Whether a range of dates is only the span a figure is summed over (`2018年1月22日至2021年8月13日的收益率达到303.5%`): like a
 * run of months counted together (LABELS.md), the span of a cumulative figure, not a happening of its first day.
 */
export function spansFigure(text: string, mention: DateMention): boolean {
  return /[至到~～—－-]/.test(mention.text.slice(1)) && FIGURE_OVER_RANGE.test(text.slice(mention.end));
}

/** A year as a list gives it (`去年`, `2021年`), for runs of years written out one by one. */
const LISTED_YEAR = '(?:[今去明前]年|(?:19|20)[0-9]{2}年?)';
const LIST_JOIN = '[、和及与與跟]';
/** What closes a list of years into one stretch (`连续三年`, `这三年`, `共3年`). */
const RUN_OF_YEARS = '(?:[这這])?(?:連續|连续|共|整整)?[一二三两兩四五六七八九十0-9]+年';
const YEARS_LISTED_AFTER = new RegExp(`^(?:${LIST_JOIN}${LISTED_YEAR})+${RUN_OF_YEARS}`);
const LAST_OF_LISTED_YEARS = new RegExp(`${LISTED_YEAR}${LIST_JOIN}$`);
const RUN_CLOSES = new RegExp(`^${RUN_OF_YEARS}`);

/**
 * Whether a year is one of a list the text then counts as one stretch (`用去年、今年和明年连续三年的整体视角来观察`,
 * `2019年、2020年和2021年这三年`): a run looked at as a whole, no happening of any of its years.
 */
export function countsListedYearsAsRun(text: string, mention: DateMention): boolean {
  if (mention.kind !== 'calendar' || mention.period.unit !== 'year') return false;
  const after = text.slice(mention.end);
  return YEARS_LISTED_AFTER.test(after) || (LAST_OF_LISTED_YEARS.test(text.slice(0, mention.start)) && RUN_CLOSES.test(after));
}

/** `今時今日`, `時至今日`: "these days", "to this day", idioms of the present, not the day of publication. */
const PRESENT_IDIOM_BEFORE = /(?:今時|今时|時至|时至)$/;

/** Whether 今日 is part of an idiom of the present (`到了今時今日仍然不敢`): a span up to now, not the copy's day. */
export function isIdiomOfThePresent(text: string, mention: DateMention): boolean {
  return /^今[日天]$/.test(mention.text) && PRESENT_IDIOM_BEFORE.test(text.slice(0, mention.start));
}
