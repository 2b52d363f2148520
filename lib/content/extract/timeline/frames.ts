import type { DateMention } from '../dates';
import { clauseEnd, clauseStart, sentenceEnd } from './clauses';
import { isBareRelativeYear, namesPeriod } from './mentions';

/** Years that frame rather than date: a year characterized (`2022年是關鍵之年`), circumstances (`在今年…的情況下`). */

/** `今年是加入世貿20週年`, `2022年是關鍵之年`, `2021年，也被“米粉”們稱為衝擊高端的“關鍵年”`, `2022年作为第一个完整销售年`: what kind of year it is, said of the year itself; the clause ends on 年. */
const YEAR_CHARACTERIZED =
  /^[，,]?(?:[對对於于][^，,。；;是]{1,10})?(?:也|則|则|將|将|更|又|正|恰|恰恰|可[說说])?(?:被[^，,。；;！？!?]{0,8}?)?(?:是|稱為|称为|視為|视为|定為|定为|列為|列为|堪稱|堪称|號稱|号称|作[為为])[^，,。；;！？!?]{1,30}?年[”」』]?(?=$|[，,。；;！？!?])/;

/**
 * `下半年是旺季`, `10月份是美國新的財年`, `一季度是傳統淡季`: a part of the year without its year, said to be a kind of season; that holds
 * of every year and dates no happening.
 */
const PART_CHARACTERIZED = /^份?(?:也|則|则|通常|一般|往往|正|又|將|将|會|会)?(?:是|(?:進入|进入|邁入|迈入|步入)(?=[^，,。；;！？!?]{0,4}?[旺淡]季))[^，,。；;！？!?]{0,12}?(?:旺季|淡季|季節|季节|財年|财年|年度|月份|[節节]日|假期|檔期|档期|周期|週期|時節|时节)/;

/** A figure with its unit (`5萬1,106班次`, `11.93%`, `100億元`). */
const FIGURE = /[0-9０-９](?:[0-9０-９,，.．]*[0-9０-９])?\s?(?:[萬万億亿千百]?(?:元|美元|港元|人次|班次|輛|辆|噸|吨|件|宗|家|個|个|套|台|部|戶|户)|[%％])/;

/** A year written out (`2017年`, `2017 年`), which makes a later bare part of the year that year's. */
const WRITTEN_YEAR = /(?:19|20)[0-9]{2}\s?年/;

/** Whether a year is only characterized (`2022年是關鍵之年`), or a part of every year (`下半年是旺季`): no happening is dated. */
export function characterizesYear(text: string, mention: DateMention): boolean {
  // A part of the year said to be a season (`下半年是旺季`); after a written year (`2017年，…上半年是淡季，收入持平`) the part is
  // that year's, whose figures may follow.
  const isPart = mention.kind === 'calendar' && (mention.year.kind === 'context' || mention.year.kind === 'published') && mention.period.unit !== 'day' && mention.period.unit !== 'year';
  if (isPart && PART_CHARACTERIZED.test(text.slice(mention.end)) && !WRITTEN_YEAR.test(text.slice(0, mention.start))) return true;
  if (mention.kind !== 'calendar' || mention.period.unit !== 'year') return false;
  const after = text.slice(mention.end);
  // `去年是高鐵營運第10年，…全年共開出5萬班次`: a year characterized and then given its figures is not only characterized.
  if (FIGURE.test(text.slice(mention.end, sentenceEnd(text, mention.end)))) return false;
  // `商务部也将今年作为“外贸巩固提升年”`: someone making the year something is an act, dated by it.
  if (/^[，,]?作[為为]/.test(after) && /[將将把]$/.test(text.slice(0, mention.start))) return false;
  return YEAR_CHARACTERIZED.test(after);
}

/** `在今年…的情況下`, `在去年…背景下`: a bare year framing the circumstances of what the sentence reports, not a happening. */
const CIRCUMSTANCE_AFTER = /^[^，,。；;！？!?]{0,30}?(?:的)?(?:情[況况]|背景|形勢|形势|環境|环境|大[環环]境)(?:之)?下/;

/** Whether a bare relative year only frames the circumstances (`在今年中國期貨業快速發展的情況下，…`). */
export function isCircumstance(text: string, mention: DateMention): boolean {
  if (isConceded(text, mention)) return true;
  return isBareRelativeYear(mention) && /[在於于]$/.test(text.slice(0, mention.start)) && CIRCUMSTANCE_AFTER.test(text.slice(mention.end));
}

/** A clause opening on "although" (`尽管三季度经济增速…有所回落，但…`, `虽然2021年新冠阴影依然笼罩全球，但…`). */
const CONCEDING_OPENING = /^\s*(?:但|不過|不过|而)?\s*(?:儘管|尽管|雖然|虽然|雖說|虽说)/;
/** What the sentence goes on to assert against the concession (`但`, `仍`, `依然`). */
const ASSERTED_AFTER = /[，,]\s*(?:但|可是|然而|却|卻|仍|依然|依舊|依旧|還是|还是)/;
/** A state that goes on (`依然笼罩`, `仍在蔓延`): conditions, not a change or a figure. */
const STATE_GOING_ON = /依然|依舊|依旧|仍然|仍(?![有為为])|持續|持续|一直/;

/**
 * Whether a period is named in a concession of conditions that go on, which the sentence then sets aside (`虽然2021年新冠阴影依然笼罩全球，
 * 但世界500强仍然…`): like `在今年…的情況下`, the circumstances of what is asserted. A figure or change conceded (`尽管2021年出货量同比大增，
 * 但…`) is still reported for its period.
 */
function isConceded(text: string, mention: DateMention): boolean {
  if (!namesPeriod(mention)) return false;
  const concession = text.slice(mention.end, clauseEnd(text, mention.end));
  return CONCEDING_OPENING.test(text.slice(clauseStart(text, mention.start), mention.start)) && STATE_GOING_ON.test(concession) && ASSERTED_AFTER.test(text.slice(mention.end, sentenceEnd(text, mention.end)));
}

/** `对今年的影响`, `對明年的衝擊`: a bare year as what something bears on, not when anything happened. */
const BORNE_ON_AFTER = /^的?(?:影[響响]|衝擊|冲击|拖累|貢獻|贡献|帶動|带动|壓力|压力)/;

/** Whether a bare relative year is only what something bears on (`去年上半年…，对今年的影响是下半年基数高`). */
export function isBorneOn(text: string, mention: DateMention): boolean {
  return isBareRelativeYear(mention) && /[對对]$/.test(text.slice(0, mention.start)) && BORNE_ON_AFTER.test(text.slice(mention.end));
}

/**
 * `2022年應屆生`, `2023屆`: a year naming a cohort of graduates; `2008年总统候选人`, `2016年奥运冠军`: the race a person is
 * titled by. Part of who someone is, not a happening.
 */
const COHORT_AFTER = /^(?:應屆|应届|屆|届|的?(?:[總总][統统]|奧運|奥运|世界[杯盃]|大[選选])?(?:候[選选]人|冠[軍军]|得主|[狀状]元))/;

/** Whether a year names a cohort or a title's race (`2022年应届生被批量解约`, `2008年总统候选人麦凯恩去世`). */
export function namesCohort(text: string, mention: DateMention): boolean {
  return COHORT_AFTER.test(text.slice(mention.end));
}

/** `為四季度經濟穩定運行打下了基礎`, `为明年发展奠定基础`: a period prepared for, not one something happened in. */
const PREPARED_FOR = /^[^，,。；;！？!?]{0,20}?(?:打下|奠定|奠下|鋪墊|铺垫|鋪路|铺路|做好準備|做好准备|創造條件|创造条件|蓄力|蓄勢|蓄势)/;

/** Whether a period is what something prepares for (`為四季度經濟穩定運行打下了基礎`). */
export function preparesFor(text: string, mention: DateMention): boolean {
  return /[為为]$/.test(text.slice(0, mention.start)) && PREPARED_FOR.test(text.slice(mention.end));
}

/**
 * The conditions of a time (`今年就業形勢很不好`, `今年海外環境仍然複雜多變`, `產業系發展勢頭加快`) and its trends so
 * far (`今年券商高調研報增多`, `今年房企到位資金已從增幅扭轉為下降`): said of the year under way, no happening in it.
 */
const CONDITIONS = /形[勢势]|[勢势][頭头]|[環环]境|局[勢势]|氛[圍围]|行情|景[氣气]|增多|[減减]少|加快|放[緩缓]|扭[轉转]|[轉转][為为]|越[來来]越|持[續续]/;

/** `仍处于摇摆不定的状态`, `處於調整狀態`: a state something is in. */
const IN_A_STATE = /[處处][於于][^，,。；;！？!?]{0,12}?[狀状][態态]/;

/** `结合2022年来看`, `從今年來看`, `放眼明年來看`: the period as the frame a view is taken in. */
const VIEWED_IN_BEFORE = /(?:[結结]合|[從从]|放眼|就)\s?$/;
const VIEWED_IN_AFTER = /^(?:全年|整[體体]|[這这]一年)?(?:[來来]看|看[來来])/;

/** Whether a bare year not yet over is only described by its conditions (`但今年就業形勢很不好`), or is the frame of a view (`结合2022年来看`); the caller checks the timing. */
export function describesConditions(text: string, mention: DateMention): boolean {
  if (namesPeriod(mention) && VIEWED_IN_BEFORE.test(text.slice(0, mention.start)) && VIEWED_IN_AFTER.test(text.slice(mention.end))) return true;
  const after = text.slice(mention.end, clauseEnd(text, mention.end));
  // `4月的外资仍处于摇摆不定的状态`: any period under way said to be in a state, not only a bare year.
  if (namesPeriod(mention) && IN_A_STATE.test(after)) return true;
  if (!isBareRelativeYear(mention)) return false;
  const next = /^[^，,。；;！？!?]*$/.test(after) && text.charAt(mention.end + after.length) !== '。' ? text.slice(mention.end + after.length + 1, clauseEnd(text, mention.end + after.length + 1)) : '';
  return CONDITIONS.test(after) || (after.trim() === '' && CONDITIONS.test(next));
}

/** `MIUI在2021年的境況`, `小米在2021年的表現`: the year as the topic of a judgement, not a time something happened. */
const STANDING_AFTER = /^的(?:境[況况]|處境|处境|表現|表现)/;

/** Whether a year is only the topic of a judgement of how things stood (`反觀小米在2021年的表現，…`). */
export function judgesStanding(text: string, mention: DateMention): boolean {
  return mention.kind === 'calendar' && mention.period.unit === 'year' && STANDING_AFTER.test(text.slice(mention.end));
}

/** `今年105岁`, `今年38歲的丁水波`: an age said in a year, which dates no happening (LABELS.md "durations and ages"). */
const AGE_AFTER = /^(?:已[經经]?)?(?:[0-9０-９一二三四五六七八九十百]+(?:周)?[岁歲]|(?:讀|读|念|上)?(?:大[一二三四]|高[一二三]|研[一二三]|博[一二三四五])(?![^，,。；;！？!?]{0,1}[0-9０-９]))/;

/** Whether a year only says how old someone is (`刁筠寿，今年105岁，坐在轮椅上`). */
export function statesAge(text: string, mention: DateMention): boolean {
  return mention.kind === 'calendar' && mention.period.unit === 'year' && AGE_AFTER.test(text.slice(mention.end));
}

/** `为2021年各月降幅最大`: a year whose months or quarters a figure is ranked among. */
const RANKED_AMONG_AFTER = /^各(?:月|季度?|年度?)/;

/** Whether a year only frames a ranking among its parts (`为2021年各月降幅最大`): the figure is dated by its own month. */
export function ranksAmongParts(text: string, mention: DateMention): boolean {
  return mention.kind === 'calendar' && mention.period.unit === 'year' && RANKED_AMONG_AFTER.test(text.slice(mention.end));
}

/** `研判下半年经济形势`, `提前应对下半年出口走弱`: a period to come as what is judged or braced for. */
const JUDGED_OR_BRACED_FOR = /(?:研判|預判|预判|判斷|判断|應對|应对|迎接|備戰|备战)$/;

/** Whether a period is only what someone judges or braces for (`并研判下半年经济形势`); the caller checks it is not over. */
export function isJudgedOrBracedFor(text: string, mention: DateMention): boolean {
  return namesPeriod(mention) && JUDGED_OR_BRACED_FOR.test(text.slice(0, mention.start));
}

/** `近两三年的一季度`, `每年的四季度`, `歷年的第一季`: the same part of every year. */
const EVERY_YEAR_BEFORE = /(?:(?:每|[历歷]|近[^，,。；;！？!?]{0,4}?)年(?:的|度)?|每[到逢當当]|一到)$/;

/** `下半年忙的時候`, `第四季旺的时候`: a part of the year as "whenever it comes", a habit of every year. */
const WHENEVER_AFTER = /^[^，,。；;！？!?]{0,6}?的[時时]候/;

/** Whether a part of a year without its year names that part of every year (`近两三年的一季度都有一波不错的行情`): no happening. */
export function namesPartOfEveryYear(text: string, mention: DateMention): boolean {
  if (mention.kind !== 'calendar' || mention.year.kind !== 'context') return false;
  return EVERY_YEAR_BEFORE.test(text.slice(0, mention.start)) || (mention.period.unit !== 'day' && mention.period.unit !== 'month' && WHENEVER_AFTER.test(text.slice(mention.end)));
}

/** A week or a day, then a verb of entering (`上週踏入4月中`, `本周進入5月`, `昨日步入下半年`): the period entered says again when it was, no new happening. */
const TIME_ENTERING_BEFORE = /(?:(?:上|本|下|這|这|今|前)(?:週|周|星期|禮拜|礼拜)|(?:今|昨|明|前|翌|當|当|同)[日天]|[0-9０-９]{1,2}[日號号])(?:正式)?(?:踏入|步入|進入|进入|邁入|迈入|來到|来到)$/;

/** Whether a period is only entered on the week or day just named (`上週踏入4月中，…數據陸續揭盅`): that time dates the sentence. */
export function isEnteredOnTimeJustNamed(text: string, mention: DateMention): boolean {
  return mention.kind === 'calendar' && mention.period.unit !== 'day' && TIME_ENTERING_BEFORE.test(text.slice(0, mention.start));
}

/** A relative year glossed by its number in brackets (`去年(2007年)`, `今年（2024年）`), then a month or a season. */
const GLOSS_THEN_PART_AFTER = /^\s?[（(](?:19|20)[0-9]{2}年?[）)]\s?(?:[0-9０-９一二三四五六七八九十]{1,2}月|[上下]半年|[第]?[一二三四1-4１-４]季|[春夏秋冬]|年[初中底末])/;

/** Whether a bare relative year only gives, with its gloss, the year of the month right after it (`去年(2007年)12月底`): one date, the month's. */
export function yearGlossedBeforeItsPart(text: string, mention: DateMention): boolean {
  return isBareRelativeYear(mention) && GLOSS_THEN_PART_AFTER.test(text.slice(mention.end));
}

/** The bracketed gloss itself (`去年(2007年)12月底`): it gives the month its year and is no date of its own. */
const GLOSS_BEFORE = /(?:今|去|明|前)年\s?[（(]$/;
const PART_AFTER_GLOSS = /^[）)]\s?(?:[0-9０-９一二三四五六七八九十]{1,2}月|[上下]半年|[第]?[一二三四1-4１-４]季|[春夏秋冬]|年[初中底末])/;

/** Whether a written year only glosses a relative one before the month right after it (`去年(2007年)12月底`): it lends that month its year. */
export function glossesYearOfPart(text: string, mention: DateMention): boolean {
  return mention.kind === 'calendar' && mention.period.unit === 'year' && GLOSS_BEFORE.test(text.slice(0, mention.start)) && PART_AFTER_GLOSS.test(text.slice(mention.end));
}

/** `今天是2025年的最後一天`, `明日是3月1日`: a date after "today is" says what day today is, no second happening. */
const DAY_IS_BEFORE = /(?:今天|今日|明天|明日|昨天|昨日)(?:是|為|为|正是|恰逢|適逢|适逢)$/;

/** Whether a date only says what day a day counted from publication is (`今天是2025年的最後`). */
export function restatesTheDay(text: string, mention: DateMention): boolean {
  return DAY_IS_BEFORE.test(text.slice(0, mention.start));
}

const WEEKDAY_WORD = '(?:周|週|星期|禮拜|礼拜)[一二三四五六日天]';
const WEEKDAY_RANGE_AFTER = new RegExp(`^\\s?[至到~～\\-—－]\\s?${WEEKDAY_WORD}`);
const WEEKDAY_RANGE_BEFORE = new RegExp(`${WEEKDAY_WORD}\\s?[至到~～\\-—－]\\s?$`);
/** A run of weekdays no week is named for (`周一至周五`, not `上周一至周三`). */
const BARE_WEEKDAY_RUN = new RegExp(`(?<![上下本這这每])${WEEKDAY_WORD}\\s?[至到~～\\-—－]\\s?${WEEKDAY_WORD}`, 'u');

/**
 * Whether a bare weekday is one end of a run of weekdays: both ends bare (`周一至周五，该店营业至晚上10点`), days of every
 * week, like opening hours, not the last Monday or Friday; or the end of a run whose start names its week (`上周一至周三`),
 * which is dated by its start (LABELS: the end of a span is no happening of its own), not counted from publication.
 */
export function namesWeekdayRun(text: string, mention: DateMention): boolean {
  if (mention.kind !== 'weekday' || mention.week !== null) return false;
  if (WEEKDAY_RANGE_AFTER.test(text.slice(mention.end)) || WEEKDAY_RANGE_BEFORE.test(text.slice(0, mention.start))) return true;
  // Another bare weekday of a timetable whose run the sentence gives (周一至周五晚上9点后下班；周六安排正常值班): every week's too.
  const from = Math.max(...['。', '！', '？', '!', '?'].map((mark) => text.lastIndexOf(mark, mention.start - 1))) + 1;
  const ends = ['。', '！', '？', '!', '?'].map((mark) => text.indexOf(mark, mention.end)).filter((at) => at >= 0);
  return BARE_WEEKDAY_RUN.test(text.slice(from, ends.length === 0 ? text.length : Math.min(...ends)));
}
