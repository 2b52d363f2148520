import { normalizeWidth, type DateMention, type PublishedDate } from '../dates';
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from './clauses';
import { measureLength } from '../speakers/text-scan';
import type { DatedMention } from './mentions';
import type { DatedParagraph } from './paragraph';

/**
 * The timeline's last gate: shapes of copy, found by reading the extractor's events on a sample
 * of unlabelled real articles (Hong Kong, Taiwan, mainland), where a date is named but no dated happening is reported.
 * The rules before it decide what each mention means; this gate only refuses (it never moves a
 * date), so whatever it lets through was already an event before it.
 */

/** `2018年至2021年前9月，公司营收分别为…`, `2016-2019年，营业收入分别为…`: a run of years counted one by one, no happening of its first year (LABELS: a range is a run). */
const YEAR_RUN = /^\d{4}\s*年?\s*(?:至|到|—|－|-|~|～)\s*\d{4}\s*年/;
const ONE_BY_ONE = /分[别別]|依次/;

/** Hong Kong and Macau storm signals (`8號風球`, `改掛 9號抑或最高的10號風球`, `8號西北風球`): a number, not a day. */
const STORM_SIGNAL = /風球|风球|熱帶氣旋|热带气旋|警告信號|警告信号|颱風信號|台风信号/;
const BARE_NUMBERED_DAY = /^\d{1,2}\s*[號号]$/;

/** Words that make what a clause says of a coming day a forecast (`預計今晚至明早最接近香港`, `可能在今天（1日）轉為中颱`); 機會 alone is an opportunity (`今日安排這個難得的機會`), 機會高 a likelihood. */
const HEDGE = /可能|最快|預警|预警|或[會会將将]|預[測计計估料]|预[测计估料]|[料恐][將将會会]|有機會|有机会|機會率|机会率|機會[高大]|机会[高大]|應該會|应该会|應會|应会|有望|恐怕/;

/** A forecast that is what a body put out (`主計總處14日下午4時公布最新經濟預測`): a dated statement, not a hedge on its day. */
const PUBLISHED_FORECAST = /(?:公布|公佈|發布|发布|發佈|發表|发表|提出|更新)[^，,。；;：:]{0,8}?(?:預測|预测|預估|预估)/g;

/** A day said relative to publication (`今天`, `明日`, `今晚`, `周日`, `今（25）日`, `24日`, a bare `晚上`). */
const NEAR_DAY = /^(?:今|明|後|后|昨|前|周|週|星期|禮拜|礼拜|\d{1,2}\s*[日號号]|上午|下午|中午|晚[間间]|早上|凌晨|傍晚|晚上)/;

/** `當年亦是在 9月1日`: a month and day of a year told only as "that year", which publication cannot give. */
const STORY_YEAR_BEFORE = /(?:當年|当年|那年|那一年)[^，,。；;！？!?]{0,6}$/;

/**
 * Whether a mention sits inside a title (`出席本台節目《星期六問責》`, `《今日說法》`): a weekday or a relative day there
 * is part of the name of a work (LABELS: dates in titles of other works), never counted from publication. A written year
 * stays (`《2023年一季度報告》` names a report's period, which can date its sentence).
 */
function isInsideTitle(text: string, mention: DateMention): boolean {
  return isInsideMarks(text, mention, '《', '》');
}

/** Whether a mention stands between an opening mark and its closing one, with no other opening between (《…》, 【…】). */
function isInsideMarks(text: string, mention: DateMention, open: string, close: string): boolean {
  const opened = text.lastIndexOf(open, mention.start);
  if (opened === -1 || text.lastIndexOf(close, mention.start) > opened) return false;
  const closed = text.indexOf(close, mention.end);
  return closed !== -1 && !text.slice(mention.end, closed).includes(open);
}

/** A company's periodic report, right after its period in a title (`《2023年一季度報告》`, `《2022年年度报告》`, `《2021年半年報》`). */
const PERIODIC_REPORT_AFTER = /^\s?(?:第?[一二三四1-4][季]度?|[上下]?半年度?|年度|中期)?(?:報告|报告|[報报](?![導导道酬]))/;

/**
 * Whether a year in a title names the period of a periodic report (`《2023年一季度報告》`), which can date its sentence; a year in the
 * title of any other work (`《2021年江苏银行跟踪评级报告》`, `《2020中国环保产业发展状况报告》`) is part of a name (LABELS: dates in titles of other works).
 */
function namesPeriodicReport(text: string, mention: DateMention): boolean {
  return PERIODIC_REPORT_AFTER.test(text.slice(mention.end));
}

/**
 * Whether a date is part of the title of a work (`《1962年贸易扩张法》`, `《星期六問責》`): a name, no event, and no year for the bare
 * dates after it either (`依据《1962年贸易扩张法》…，分别在3月23日生效` is this March). A periodic report's period (`《2023年一季度報告》`) is not.
 */
export function namesWorkByTitle(text: string, mention: DateMention): boolean {
  return isInsideTitle(text, mention) && !(writesOwnYear(mention) && namesPeriodicReport(text, mention));
}

/** Whether a mention's year is written out (`2023年`, `23年`), as a report's title gives its period. */
function writesOwnYear(mention: DateMention): boolean {
  return mention.kind === 'calendar' && (mention.year.kind === 'absolute' || mention.year.kind === 'two-digit');
}

/** Whether a day-precise event date falls on or after the publication day. */
function isTodayOrLater(date: string, published: PublishedDate): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || published.month === null || published.day === null) return false;
  const day = `${published.year}-${String(published.month).padStart(2, '0')}-${String(published.day).padStart(2, '0')}`;
  return date >= day;
}

/** The clause around a mention, as the rules before this gate cut it. */
function clauseOf(text: string, mention: DateMention): string {
  return text.slice(clauseStart(text, mention.start), clauseEnd(text, mention.end));
}

/** What a company has set for a day, with 將於 or 定於 (`將於明日放榜`, `定於明日公佈業績`). */
const SCHEDULED_FOR_DAY = /(?:將於|将于|將在|将在|定於|定于|訂於|订于)\s?$/;
const SCHEDULED_DEED = /^[^，,。；;！？!?]{0,6}?(?:放榜|公佈業績|公布业绩|公佈|公布|發布|发布|舉行|举行|召開|召开|上市|掛牌|挂牌|開業|开业|生效|派息|除息|開幕|开幕)/;

/**
 * Whether a coming day is what something is set for in its own clause (`國泰將於明日放榜，…市場預計中期仍要蝕…`): a plan, whatever the
 * market is said to expect in the clauses after it.
 */
function isScheduledInOwnClause(text: string, mention: DateMention): boolean {
  const own = clauseOf(text, mention);
  return SCHEDULED_FOR_DAY.test(text.slice(clauseStart(text, mention.start), mention.start)) && SCHEDULED_DEED.test(text.slice(mention.end)) && !HEDGE.test(own);
}

/**
 * Where a hedge makes a near day a forecast: for a day still to come the whole sentence (`NCDR則預警，
 * 海葵最接近台灣的時間為明天至後天`), for the day of publication only its clause, since that day also
 * carries what was reported on it (`今天中午起已暫停航班`).
 */
function forecastScope(text: string, mention: DateMention, date: string, published: PublishedDate): string {
  // Tonight is still to come when the copy is written (`並於今晚至明早最接近香港`).
  const later = /^今[晚夜]/.test(mention.text) || isTodayOrLater(date, { ...published, day: published.day === null ? null : published.day + 1 });
  return later ? text.slice(sentenceStart(text, mention.start), sentenceEnd(text, mention.end)) : clauseOf(text, mention);
}

/** What the weather will be (`最低氣溫會再下調至13度`, `多雲有一兩陣雨`): said of a day still to come, a forecast, whatever its verb. */
const WEATHER = /氣溫|气温|天氣|天气|降雨|下雨|有雨|陣雨|阵雨|驟雨|骤雨|雷暴|轉冷|转冷|轉涼|转凉|寒流|冷鋒|冷锋|季候風|季候风|颱風|台风|低見\d|\d+\s?度(?![假])/;

/** A week or weekend still to come, or this one (`下周`, `本周末`, `下星期`), which the timeline dates only by its month. */
const COMING_WEEK = /^(?:下|本|這|这|今)?(?:周|週|星期|個星期|个星期)(?:末|初|中)?$|^(?:下|本|這|这)?(?:周|週)末$|^(?:下|本)(?:周|週|星期)[初中末]/;

/** The year of publication named alone (`今年`, `本年度`): a year not yet over when the copy is written. */
const CURRENT_YEAR = /^(?:今年|本年)度?$/;

/** A part of the year named right after it (`今年早些時候`, `今年夏天`, `今年入冬`): when in the year something happened. */
const PART_OF_YEAR_AFTER = /^\s*(?:早些時候|早些时候|晚些時候|晚些时候|稍早|稍後|稍后|近期|近日|[春夏秋冬](?:天|季)|入[夏冬])/;

/**
 * Something happening or planned in the year (`今年推出`, `今年要再投入`, `今年的峰會`): what makes the year alone an event.
 * Without one the copy says how the year is going (`今年荔枝價格較往年偏貴`, `今年已蒸發636億元`, `今年或收在…`),
 * which LABELS.md leaves out as a span up to now, a state or a forecast of a period not yet over.
 */
const HAPPENING_IN_YEAR = new RegExp(
  '推出|發表|发表|發布|发布|發佈|宣布|宣佈|公布|公佈|新增|推行|實施|实施|上市|成立|啟動|启动|暫停|暂停|停止|明確|明确|投入|' +
    '發放|发放|作為|作为|提出|創建|创建|舉行|举行|舉辦|举办|召開|召开|開幕|开幕|簽署|签署|簽約|签约|收購|收购|合併|合并|出售|' +
    '開設|开设|開業|开业|開通|开通|上線|上线|發行|发行|出台|頒布|颁布|修訂|修订|批准|獲批|获批|爆發|爆发|暴發|暴发|發生|发生|' +
    '去世|逝世|退休|辭職|辞职|上任|接任|出任|加入|訪問|访问|出席|參加|参加|拿到|計劃|计划|來了|来了|來到|来到|到訪|到访|訪華|访华|' +
    // A task done in the year (`均在今年完成了2023年度现金分红`, `會在今年內完成交易`), a payout or an arrangement made for it.
    '完成|分紅|分红|派息|回購|回购|安排|' +
    // A ranking put out in the year, and a threshold or price changed to a figure (`今年入圍`, `今年門檻提高至286億美元`).
    '入圍|入围|上榜|排行榜|榜單|榜单|提高至|提高到|降至|降到|上調|上调|下調|下调|' +
    '會議|会议|大會|大会|峰會|峰会|業績會|业绩会|發布會|发布会|股東會|股东会|論壇|论坛|[車车]展|選舉|选举|工作報告|工作报告',
);

/**
 * A plan for the year (`公司今年將建設兩座新廠`, `今年要擴張`): a dated plan is an event (LABELS.md); a forecast is refused before this
 * gate. A goal is not a plan (`今年要力拚電網穩定`, `今年一定要獲得某個排名`): LABELS.md has a target for a year not over as a forecast.
 */
const PLANNED = /^[^，,。；;！？!?]*?(?:將|将|要|計劃|计划|擬|拟|準備|准备)(?![^，,。；;！？!?]{0,3}?(?:力拚|力拼|力爭|力争|爭取|争取|確保|确保|實現|实现|達到|达到|達成|达成|獲得|获得|保持|維持|维持))/;

/** A plan's word right before the year (`平安银行还将在今年安排…`, `將於今年`): the year is when the plan is for. */
const PLANNED_BEFORE = /(?:將|将|要|計劃|计划|擬|拟|準備|准备)(?:於|于|在)?\s*$/;

/** The longest clause that only frames the year (`開始`, `餘下時間`), so what happens is told in the clause after it. */
const FRAME_LENGTH = 4;

/** Whether the year of publication, named alone, is only how the year is going: no part of it named, nothing happening in it. */
function isCurrentYearWithoutHappening(text: string, mention: DateMention, date: string, published: PublishedDate): boolean {
  if (!CURRENT_YEAR.test(normalizeWidth(mention.text)) || date !== String(published.year)) return false;
  const after = text.slice(mention.end);
  if (PART_OF_YEAR_AFTER.test(after)) return false;
  // The clause the year opens, and the next one when the year's clause is only a frame (`今年，她寫紙條…`, `今年餘下時間，公司將推出…`).
  const end = clauseEnd(text, mention.end);
  const own = text.slice(mention.end, end);
  const rest = measureLength(own.trim()) <= FRAME_LENGTH ? own + text.slice(end, clauseEnd(text, end + 1)) : own;
  const lead = text.slice(clauseStart(text, mention.start), mention.start);
  return !HAPPENING_IN_YEAR.test(lead + rest) && !PLANNED.test(rest) && !PLANNED_BEFORE.test(lead);
}

/**
 * A written year right before 前 or 以前 (`承諾在2030年前終結森林濫伐`, `1988年前的老员工`): a deadline or a boundary, no
 * happening in that year; not a count of months or quarters from its start (`2018年前三季度`) nor 前後 (around it).
 */
const BEFORE_YEAR = /^\s*(?:以)?前(?![後后\d一二三四五六七八九十兩两幾几半])/;

/**
 * 今天/今日 as "nowadays": before 的 and a noun that is no happening of the day (`在今天的证券从业资格考试中`, `今日的西洋菜南街`),
 * or set against the past in its clause (`今天碧桂园的政策环境和两年前截然不同`).
 */
const NOWADAYS_AFTER = /^的(?!(?:會議|会议|發布會|发布会|記者會|记者会|峰會|峰会|大會|大会|論壇|论坛|活動|活动|比賽|比赛|交易|收[盤盘市]|開[盤市]|开[盘市]|[盤盘]中|聲明|声明|講話|讲话|演[講讲]|儀式|仪式|典[禮礼]|集會|集会|會面|会面|發言|发言|行程|會談|会谈))|^[^。，,；;！？!?]{0,20}?(?:跟|和|与|與|同|相比|比起)[^。，,；;！？!?]{0,12}?(?:最初|[當当]初|以前|[過过]去|[從从]前|\d+年前|[兩两一二三四五六七八九十幾几]+年前|昔日|[當当]年)/;

/** `1982年出生的韩慧华`: the year someone was born, describing them, is no happening the copy reports. */
const BORN_IN_YEAR_AFTER = /^\s*(?:出生|出世|生)的/u;
/** `对于2019年的市场`: a year's something as what a view is about, not a happening in it (`对于2021年，营收增长了20%` frames a figure and stays). */
const YEAR_AS_TOPIC_BEFORE = /(?:對於|对于|關於|关于|至於|至于)\s*$/u;
/**
 * `进入2022年，…`, `挥别2019年，`: a year entered or left behind, set off by a comma, a stretch the copy passes into, no happening of its
 * own (none of the corpus's or spent holdouts' labels dates one); `进入2022年世界500强` enters a list, and stays.
 */
const YEAR_ENTERED_BEFORE = /(?:進入|进入|邁入|迈入|步入|踏入|揮別|挥别|告別|告别|送走)\s*$/u;

/** Why a dated mention is no event, or null when nothing in its shape says so. */
export function refusalOf(text: string, { mention, date }: DatedMention, kept: readonly DatedMention[], published: PublishedDate): string | null {
  const written = normalizeWidth(mention.text);
  const before = text.slice(0, mention.start);
  if (YEAR_RUN.test(normalizeWidth(text.slice(mention.start))) && ONE_BY_ONE.test(text.slice(mention.end, sentenceEnd(text, mention.end)))) return 'run-of-years';
  if (BARE_NUMBERED_DAY.test(written) && STORM_SIGNAL.test(clauseOf(text, mention))) return 'storm-signal';
  if (namesWorkByTitle(text, mention)) return 'title-of-work';
  // 【昨日科幻今日日常】: a bracketed headline's words, not days counted from publication.
  if (mention.kind === 'day-offset' && isInsideMarks(text, mention, '【', '】')) return 'title-of-work';
  if (/^\d{4}\s*年$/.test(written) && BEFORE_YEAR.test(text.slice(mention.end))) return 'before-year';
  if (/^\d{4}\s*年$/.test(written) && BORN_IN_YEAR_AFTER.test(text.slice(mention.end))) return 'year-of-birth';
  if (/^\d{4}\s*年$/.test(written) && ((YEAR_AS_TOPIC_BEFORE.test(before) && /^\s*的/u.test(text.slice(mention.end))) || (YEAR_ENTERED_BEFORE.test(before) && /^\s*[，,]/u.test(text.slice(mention.end))))) return 'year-as-topic';
  if (/^今[天日]$/.test(written) && NOWADAYS_AFTER.test(text.slice(mention.end))) return 'nowadays';
  if (isCurrentYearWithoutHappening(text, mention, date, published)) return 'current-year-state';
  if (/^\d{1,2}\s*月/.test(written) && STORY_YEAR_BEFORE.test(before)) return 'story-year';
  if (NEAR_DAY.test(written) && isTodayOrLater(date, published) && !isScheduledInOwnClause(text, mention) && HEDGE.test(forecastScope(text, mention, date, published).replace(PUBLISHED_FORECAST, ''))) return 'forecast-of-day';
  if ((isTodayOrLater(date, { ...published, day: published.day === null ? null : published.day + 1 }) || COMING_WEEK.test(written)) && WEATHER.test(clauseOf(text, mention))) return 'weather-forecast';
  const previous = kept.at(-1);
  if (previous !== undefined && previous.date === date) {
    // `昨天（8月31日）`: the bracket restates the day just named.
    if (/^\s*[（(]\s*$/.test(text.slice(previous.mention.end, mention.start))) return 'restated-day';
  }
  return null;
}

/**
 * One paragraph's dating with the refused mentions taken out of its events. A refused mention
 * still states a time of its own, so it still ends the clause of the event before it; an event is
 * judged against the events kept before it, so a restated day goes only when its first is kept.
 */
export function confidentParagraph(text: string, paragraph: DatedParagraph, published: PublishedDate): DatedParagraph {
  const kept: DatedMention[] = [];
  const refused: number[] = [];
  for (const event of paragraph.dated) {
    if (refusalOf(text, event, kept, published) === null) kept.push(event);
    else refused.push(event.mention.start);
  }
  return { ...paragraph, dated: kept, undatedStarts: [...paragraph.undatedStarts, ...refused].sort((a, b) => a - b) };
}
