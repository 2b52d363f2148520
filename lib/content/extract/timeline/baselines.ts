import { scanDateMentions, type DateMention } from '../dates';
import { clauseEnd } from './clauses';

/** Dates that only measure something else: the baseline of a comparison, the start of a record, the edition of a work. */

/** Words just before a date that make it what something is compared with (`較去年`, `高於2022年`, `多過去年`). */
const BASELINE_BEFORE = /(?:[較较比]|(?:[高低多少快慢好差強强弱優优超][於于])|(?:[高低多少快慢好差][過过])|(?:相[較较比對对]|[對对]比|不及|不如|遜[於于]|逊[於于]|超[過过]|(?:遠|远)超|超越|追平|回到|重回|恢[復复][到至])[於于]?)$/;
/** `按照公司2019年度…数据推算`, `以2020年数据测算`: a period whose figures a calculation starts from. */
const CALCULATED_FROM_BEFORE = /(?:按照|按|以|根据|根據|依据|依據|基于|基於)[^，,。；;！？!?]{0,6}$/;
const CALCULATED_AFTER = /^[^，,。；;！？!?]{0,16}?(?:推算|[測测]算|估算|折算|[計计]算)/;
/** Words that compare a figure with another (`較`, `高於`, and Hong Kong's `低過`, `好過`, `多過`). */
const COMPARATIVE = '(?:[較较比]|[高低多少快慢好差強强弱優优超][於于過过]|不及|不如|遜[於于]|逊[於于])';
/**
 * `低過市場預期的53，及2月的53.5`, `高於市場預期的3%和上月的2.8%`: a date listed after the first thing a figure is compared
 * with, with a figure of its own (`的53.5`), is compared with too.
 */
const LISTED_IN_COMPARISON = new RegExp(`${COMPARATIVE}[^。；;！？!?]{1,24}?[，,、]?(?:以及|及|和|與|与)$`);
const OWN_FIGURE_AFTER = /^份?的[+-]?[0-9０-９]/;
/** `增量是去年全年增量的1.9倍`, `營收是2019年的3倍`, `一度涨到去年的6倍`: the date's figure is what another is a multiple of. */
const MULTIPLE_OF_BEFORE = /(?:是|[為为]|相[當当][於于]|(?:[漲涨升增跌降]|[達达])(?:到|至)|[達达]到)$/;
const MULTIPLE_OF_AFTER = /^[^，,。；;！？!?]{0,12}?的?(?:[0-9０-９.一二三四五六七八九十兩两]+多?倍|一半|[0-9０-９一二三四五六七八九十]+分之[0-9０-９一二三四五六七八九十]+)/;

/** Words just after a date that make it a comparison baseline (`去年同期`, `與2022年相比`, `恢復至2019年的水平`, `去年下半年基數抬高`, `去年低基數`). */
const BASELINE_AFTER = /^版?(?:同期|相比|相較|相较|的?(?:水平|水準|水准)|[為为]基[數数期準准]|的?[高低]?基[數数])/;
/** `與去年持平`, `和2019年相當`, `與9月同比基本一致`: the same level as a date's. */
const LEVEL_WITH = /[與与和同跟]$/;
const LEVEL_AFTER = /^(?:同比|環比|环比)?(?:基本|大致|大體|大体)?(?:持平|相當|相当|相若|一致|接近|相近)/;
/**
 * `和8月13日点位最为接近`, `与去年水平大致相当`, `与2016年全年的新建项目量几乎持平`: the date's level, named by a noun, then how near
 * it is; a longer noun only after 的, so the clause is the date's measure.
 */
const LEVEL_OF_AFTER = /^(?:[^，,。；;！？!?\d]{1,4}?|[^，,。；;！？!?\d的]{0,3}的[^，,。；;！？!?\d]{1,10}?)(?:最[為为]?|[較较][為为]|基本|大致|大體|大体|十分|非常|幾乎|几乎)(?:持平|相當|相当|相若|一致|接近|相近)/;
/** Verbs of aiming at, reaching back to or passing a level (`挑戰`, `重返`, `超越`) right before a date. */
const LEVEL_AIMED_AT_BEFORE = /(?:挑戰|挑战|超越|超過|超过|追平|逼近|直逼|打破|刷新|重返|回到|恢復至|恢复至|恢復到|恢复到|回升至|回落至)$/u;
/** The level the date had, named in its clause (`2兆1700多億元水準`, `的高位`, `同期水平`). */
const LEVEL_NAMED_AFTER = /^[^，,。；;！？!?]{0,16}?(?:水準|水准|水平|高峰|高位|低位|紀錄|纪录|新高|規模|规模|峰值)/u;
/** `與一季度房地產開發投資保持增長態勢相比`: what the date had, compared with. */
const COMPARED_AFTER = /^[^，,。；;！？!?]{0,24}?(?:相比|相較|相较|比較|比较|對比|对比)/;

/** `從上月下降轉為上漲`, `由2020年的5.5億元升至32.9億元`, `從2020年的20.2%，提升至36%`: a change measured from the date's state. */
const CHANGE_FROM = /[從从由自]$/;
const CHANGE_AFTER = /^[^，,。；;！？!?]{0,12}?[，,]?[^，,。；;！？!?]{0,6}?(?:轉為|转为|轉向|转向|變為|变为|轉[正負负虧亏盈]|转[正负亏盈]|[升降增減减]至|[升降增減减]到|(?:增加|減少|减少|擴大|扩大|縮窄|缩窄|縮小|缩小|收窄|提升|提高|下降|上升|回升|回落|增長|增长|下滑|降低)[至到])/;
/**
 * A period's figure a rise or fall is measured from, with its size before 至 (`从1981年的150万美元上涨100倍至1.5亿美元`): a year's or a
 * quarter's level is a baseline. A day's (`料将从周三约1.16美元的水平上涨4%至`) stays: the level seen that day.
 */
const CHANGE_BY_AMOUNT_AFTER = /^[^，,。；;！？!?]{0,12}?(?:上漲|上涨|下跌|上升|下降|增長|增长|暴漲|暴涨|暴跌|飆升|飙升|激增|大增|大漲|大涨|大跌)[0-9０-９.]+多?(?:倍|%|％|成)[至到]/;
/** `以2019年相應同期數為基數`, `以5月20日公司股票收盤價計算`, `按2020年收入计算`: the date's figures are the base something is counted from. */
const BASE_OF = /(?:以|按|按照)$/;
const BASE_AFTER = /^[^，,。；;！？!?]{0,12}?(?:[為为]基[數数期準准]|計算|计算|[為为][準准])/;

/**
 * `自2008年以來首次加息`, `2019年8月LPR改革以来最大降幅`, `2020年9月以来，QDII额度第七次扩容`: a "since" phrase measuring a record; the
 * date (and the few words naming what happened then) is the last time, not an event. 來自 and
 * 來源 ("from", "source") after a date are no "since" (`今年上半年來自中國的投資創新高`).
 */
const SINCE = /^(?:[^，,。；;！？!?\s]{0,10}?以[來来]|[來来](?![自源看說说]))/;
/** What a record says after its "since" phrase: a first, a most, a high or low, a run (`連續第五次`). */
const RECORD_WORDS = /首次|首度|首見|首见|最[高低大小多少快慢差好佳強强弱長长短]|新[高低]|[高低](?:位|點|点)|之最|紀錄|纪录|[連连][續续]第|同期|第[二三四五六七八九十0-9０-９]+[次度輪轮]/;

/** A record right after the happening a date names and 後 (`2015年8月後最傷`); not a plan's earliest or latest (`2020年後最早`). */
const RECORD_WORD_AFTER_SINCE = '(?:最(?![早快晚遲迟終终後后初先])\\p{Script=Han}|首次|首度|新[高低])';
const RECORD_RIGHT_AFTER_SINCE = new RegExp(`^[^，,。；;！？!?]{0,10}?(?:之)?[後后](?:的)?${RECORD_WORD_AFTER_SINCE}`, 'u');
/** The same after 繼, with a few words between 後 and the record (`繼2008年金融海嘯後最嚴重的衰退`). */
const RECORD_AFTER_SINCE_WORDS = new RegExp(`^[^，,。；;！？!?]{0,10}?(?:之)?[後后][^，,。；;！？!?]{0,4}?${RECORD_WORD_AFTER_SINCE}`, 'u');

/**
 * Whether a mention only measures something else: the baseline of a comparison (`較去年同期`,
 * `比上月`, `與2022年相比`, `從上月下降轉為上漲`, `以2019年同期數為基數`), or the start of a record (`是該行自2008年以來首次加息`: the event is
 * today's hike). A plain "since" (`自2022年3月以來，累計升息5次`) still dates the start of a trend.
 */
export function isComparisonBaseline(text: string, mention: DateMention): boolean {
  // Copy that spaces its figures (比 7 月回落) spaces them from the words around too: the words are read as if unspaced.
  const before = text.slice(0, mention.start).replace(/\s+$/u, '');
  const after = text.slice(mention.end).replace(/^\s+/u, '');
  if (CALCULATED_FROM_BEFORE.test(before) && CALCULATED_AFTER.test(after)) return true;
  // `在2020年的基础上，今年营收继续增长`: the date's level is what the figure after builds on.
  if (/[在於于]$/.test(before) && /^[^，,。；;！？!?]{0,8}?的?基[礎础]上/.test(after)) return true;
  if (BASELINE_BEFORE.test(before) || BASELINE_AFTER.test(after) || (LEVEL_WITH.test(before) && (LEVEL_AFTER.test(after) || LEVEL_OF_AFTER.test(after)))) return true;
  if (LEVEL_WITH.test(before) && COMPARED_AFTER.test(after)) return true;
  // `挑戰2008年2兆1700多億元水準`, `重返2019年的高位`: a past level aimed at or passed, not a happening of that date; unless the clause
  // says the level was set then (`刷新今年1月所创纪录高位`), which is.
  if (LEVEL_AIMED_AT_BEFORE.test(before) && LEVEL_NAMED_AFTER.test(after) && !/^[^，,。；;！？!?]{0,4}?(?:所|創|创)/u.test(after)) return true;
  if ((LISTED_IN_COMPARISON.test(before) && OWN_FIGURE_AFTER.test(after)) || (MULTIPLE_OF_BEFORE.test(before) && MULTIPLE_OF_AFTER.test(after))) return true;
  if ((CHANGE_FROM.test(before) && CHANGE_AFTER.test(after)) || (BASE_OF.test(before) && BASE_AFTER.test(after))) return true;
  if (CHANGE_FROM.test(before) && mention.kind === 'calendar' && mention.period.unit !== 'day' && CHANGE_BY_AMOUNT_AFTER.test(after)) return true;
  // `这是继2019年后美方第二次对商汤科技实施打压措施`: the date is the time before, counted from.
  if (/[繼继]$/.test(before) && /^(?:之)?[後后][^。；;！？!?]{0,12}?(?:第[二三四五六七八九十0-9０-９]+[次度輪轮]|再次|再度|又一次)/.test(after)) return true;
  // `這是繼2008年金融海嘯後最嚴重的衰退`, `以百分比計則為2015年8月後最傷`, `再創2015年「港股大時代」後最高`: the happening named after the
  // date is the record's start, the record is today's; after 繼 a few words may stand between 後 and the record.
  if ((/[繼继]$/.test(before) ? RECORD_AFTER_SINCE_WORDS : RECORD_RIGHT_AFTER_SINCE).test(after)) return true;
  const since = SINCE.exec(after);
  // `周三触及2008年以来最高`: the "since" belongs to the date nearer to it; this one dates the day the record was reached.
  if (since === null || scanDateMentions(since[0]).length > 0) return false;
  return RECORD_WORDS.test(after.slice(since[0].length, clauseEnd(after, since[0].length)));
}

/**
 * Whether a mention is the edition of a work (《鼓勵外商投資產業目錄（2020年版）》, 與2019年版相比, 《…指引第2号》（2022年修订）): part of a
 * name, never an event. A report's period in its title (《2023年一季度報告》) can be, so it stays.
 */
export function isEditionOfWork(text: string, mention: DateMention): boolean {
  // 《上市公司监管指引第2号》（2022年修订）: the revision a rule's title gives in brackets.
  if (/^\s?版/.test(text.slice(mention.end)) || (/[（(]$/.test(text.slice(0, mention.start)) && /^修[订訂][）)]/.test(text.slice(mention.end)))) return true;
  if (mention.kind !== 'calendar' || mention.period.unit !== 'year' || (mention.year.kind !== 'absolute' && mention.year.kind !== 'two-digit')) return false;
  const programme = NAMED_PROGRAMME_AFTER.exec(text.slice(mention.end));
  // A forum's year inside its name (博鳌亚洲论坛2024年年会); a company's `2017年年會上` is its meeting that year, a happening.
  if (/^\s?年[會会]/u.test(text.slice(mention.end)) && FORUM_BEFORE.test(text.slice(0, mention.start))) return true;
  // `2022年公司推出激勵計劃`: a verb between the year and the programme makes the year the act's.
  return EDITION_OF_EVENT_AFTER.test(text.slice(mention.end)) || (programme !== null && !/推出|推行|實施|实施|通過|通过|審議|审议|公布|公佈|發布|发布|披露|啟動|启动|制定|制訂|制订/.test(programme[0].replace(/(?:激勵|激励|持股|分配|分紅|分红|回購|回购)(?:計劃|计划|方案|預案|预案)$/, '')));
}

/**
 * `2021年年度股東大會`, `2023年第二次臨時股東大會`, `2023年度第一期超短期融資券`, `2023年限制性股票激勵計劃`, `2022年度利潤分配方案`: a
 * written year in the name of a company's meeting, issue or programme (the AGM of 2021 meets in 2022); what is done with it is
 * dated on its own (`已於6月實施完畢`).
 */
const NAMED_PROGRAMME_AFTER =
  /^(?:年?度|年)?(?:(?:第[一二三四五六七八九十0-9０-９]+次)?(?:臨時|临时)?(?:股東大會|股东大会|股東會|股东会)|第[一二三四五六七八九十0-9０-９]+期|[^，,。；;！？!?]{0,10}?(?:激勵計劃|激励计划|持股計劃|持股计划|分配方案|分紅方案|分红方案|分配預案|分配预案|回購方案|回购方案))/;

/**
 * `2022年中国国际服务贸易交易会`, `2021年博鳌亚洲论坛年会`: the year is the edition of a recurring fair, forum or games, part of
 * its name (LABELS.md: editions and recurring days are no events); what happened there is dated on its own (`8月31日，…如约而至`).
 */
/** A recurring forum or association named right before a year (`博鳌亚洲论坛2024年年会`). */
const FORUM_BEFORE = /(?:[论論][坛壇]|峰[会會]|[協协][會会]|[商][會会]|[学學][会會])\s?$/u;
const EDITION_OF_EVENT_AFTER =
  /^(?:第[0-9０-９一二三四五六七八九十百]+[届屆])?[\u4e00-\u9fffA-Za-z（）()·]{0,16}?(?:交易[会會]|博[览覽][会會]|[車车]展|展[览覽][会會]|[论論][坛壇](?:年[会會])?|峰[会會]|[运運]动[会會]|[進进]博[会會]|服[贸貿][会會]|[广廣]交[会會]|[冬夏]?[奧奥][運运]?[會会]|[亞亚][運运][會会]|世博[會会]|世界[杯盃]|[全大][運运][會会])(?![^，,。；;！？!?]{0,2}(?:[门門][票]))|^(?:(?!舉辦|举办|召開|召开|舉行|举行|決定|决定|雖然|虽然|通過|通过|參加|参加|出席)[\u4e00-\u9fffA-Za-z]){2,10}?大[会會](?![上中後后期間间])/;

/**
 * `本月15日是全民國家安全教育日`, `本月15日將會迎來第10個「全民國家安全教育日」`, `4月23日是世界讀書日`: a day said to be a national or
 * international observance (or a festival, 節), which recurs every year; what is done for it is dated on its own (`由今日起一連9日`).
 */
const OBSERVANCE_AFTER_DAY =
  /^(?:是|[為为]|(?:將會|将会|將|将|會|会)?迎[來来])(?:第[0-9０-９一二三四五六七八九十百]+[個个屆届])?[「“"]?(?:[\u4e00-\u9fff]{0,8}?(?:世界|國際|国际|全民|全國|全国|國家|国家|中國|中国)[\u4e00-\u9fff]{0,10}?日|[\u4e00-\u9fff]{1,8}?[節节])[」”"]?(?=[，,。；;！？!?]|$)/;

/** What is said of a festival or a recurring day (`前夕`, `期間`, `當天`): its eve, its days. */
const FESTIVAL_TIME = '(?:前夕|期[間间]|[當当][天日]|到[來来]|[來来]臨|来临|假期|前[後后])';
/** A year naming a festival's edition (`2021年中国品牌日（5月10日至12日）前夕`): a name of up to eight characters ending in 日 or 節, then its time. */
const FESTIVAL_AFTER_YEAR = new RegExp(`^[\\u4e00-\\u9fff]{1,8}?(?:日|[節节])(?:[（(][^（()）]{1,16}[）)])?${FESTIVAL_TIME}`);
/** The days a festival's name gives in brackets (`中国品牌日（5月10日至12日）前夕`). */
const FESTIVAL_DAYS_BEFORE = /(?:日|[節节])[（(]$/;
const FESTIVAL_DAYS_AFTER = new RegExp(`^[）)]${FESTIVAL_TIME}`);

/**
 * Whether a date only names a festival or recurring day, its edition or its days, with its eve or
 * its days after (`2021年中国品牌日（5月10日至12日）前夕，观察者网参加…`): festivals and recurring days
 * are no events (LABELS.md); what happened around them is dated on its own (`4月25日，我们…探访`).
 */
export function namesFestival(text: string, mention: DateMention): boolean {
  const after = text.slice(mention.end);
  // Black Friday and Cyber Monday (`“黑色星期五”购物节`, `黑五`): a shopping festival, not last Friday.
  if (mention.kind === 'weekday' && /(?:黑色|網絡|网络|網購|网购)$/u.test(text.slice(0, mention.start).replace(/[“「『"]$/u, ''))) return true;
  if (/[日號号]$/.test(mention.text) && OBSERVANCE_AFTER_DAY.test(after)) return true;
  if (mention.kind === 'calendar' && mention.period.unit === 'year' && FESTIVAL_AFTER_YEAR.test(after)) return true;
  return FESTIVAL_DAYS_BEFORE.test(text.slice(0, mention.start)) && FESTIVAL_DAYS_AFTER.test(after);
}
