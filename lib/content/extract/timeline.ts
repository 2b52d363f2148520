import type { LocatedParagraph, TimelineEvent } from '../model';
import {
  compareEventDates,
  endsBeforePublication,
  formatEventDate,
  isOneOf,
  isPeriodLabel,
  normalizeWidth,
  parsePublished,
  resolveExpression,
  scanDateMentions,
  type DateMention,
  type PublishedDate,
  type ResolvedDate,
  type YearMonth,
} from './dates';

export { compareEventDates } from './dates';

/**
 * The timeline: every statement the text anchors to a date. Dates are found and resolved in
 * `dates.ts`; this module decides which mentions are events, what year context each one gets
 * (in document order, because `同年` means the year named last), and which clause states it.
 */

/** A mention that became an event, before ids and sorting. */
interface DatedMention { mention: DateMention; date: string }

/** Sentence ends; the ASCII ones appear in copy typed on Latin keyboards. */
const SENTENCE_ENDS = '。！？；!?;\n';

/** Whether a character ends a sentence; an ASCII full stop does only after Chinese text (`一季報.報告顯示`), not in `1249.44` or `U.S.`. */
function isSentenceEnd(text: string, index: number): boolean {
  const c = text.charAt(index);
  if (c === '.') return /[\u3400-\u9fff”」』）)]/.test(text.charAt(index - 1));
  return isOneOf(SENTENCE_ENDS, c);
}

/** Clause boundaries inside a sentence. */
const CLAUSE_MARKS = '，,：:';

/** Whether a character ends a clause; an ASCII comma between digits is a thousands separator. */
export function isClauseBoundary(text: string, index: number): boolean {
  const c = text.charAt(index);
  if (!isOneOf(CLAUSE_MARKS, c)) return false;
  return !(c === ',' && /[0-9]/.test(text.charAt(index - 1)) && /[0-9]/.test(text.charAt(index + 1)));
}

/** Offset where the sentence holding `index` starts. */
function sentenceStart(text: string, index: number): number {
  for (let i = index - 1; i >= 0; i -= 1) if (isSentenceEnd(text, i)) return i + 1;
  return 0;
}

/** Offset where the sentence holding `index` ends (its terminator excluded). */
function sentenceEnd(text: string, index: number): number {
  for (let i = index; i < text.length; i += 1) if (isSentenceEnd(text, i)) return i;
  return text.length;
}

/** Offset where the clause holding `index` starts: just after the last boundary in its sentence. */
export function clauseStart(text: string, index: number): number {
  const floor = sentenceStart(text, index);
  for (let i = index - 1; i >= floor; i -= 1) if (isClauseBoundary(text, i)) return i + 1;
  return floor;
}

/** Words that make a clause a plan, so a date without a year is the next one, not the last one. */
const FORWARD_BEFORE = /將|将|擬|拟|計劃|计划|預計|预计|預期|预期|有望|準備|准备|打算|定於|定于/;
/** `3月1日起將實施`, `4月1日起電價將調漲`: a start date with a plan later in its clause. */
const FORWARD_AFTER = /^(?:起?(?:將|将|擬|拟)|起[^，,。；;！？!?]*?(?:將|将)|起[^。；;！？!?]*?(?:施行|實施|实施|生效|執行|执行|啟用|启用|上路|開徵|开征))/;

/** Words after a date, later in its clause, that make the date's own statement a plan or forecast (`下半年出口仍將成長`). */
const FORWARD_LATER = /將|将|預計|预计|預估|预估|可望|有望|有機會|有机会|或將|或将|或會|或会|料將|料将|預料|预料|擬|拟|計劃|计划|(?<![的於于超符合及])(?:預期|预期)|準備|准备|打算|展望/;
/**
 * Verbs that report a decision or words (`12月20日宣布將於明年推出`): a plan after one is what was
 * announced, and the date is when it was announced, so it stays in the past.
 */
const REPORTING_VERB = /宣布|宣佈|表示|稱|称|指出|透露|公布|公佈|發布|发布|發佈|決定|决定|通過|通过|批准|提出|同意|說|说|認為|认为|披露|發表|发表|強調|强调/;

/** Whether a text plans or forecasts (`將`, `預計`) with no reporting verb before the plan (`宣布將…` reports a decision, dated when it was made). */
function plansUnreported(text: string): boolean {
  const plan = FORWARD_LATER.exec(text);
  if (plan === null) return false;
  const report = REPORTING_VERB.exec(text);
  return report === null || report.index > plan.index;
}

/** Whether the rest of a mention's clause plans or forecasts what the date states. */
function plansLaterInClause(text: string, mention: DateMention): boolean {
  return plansUnreported(text.slice(mention.end, clauseEnd(text, mention.end)));
}

/** Words opening a clause that join it to the one before (`…將在5月推出，並於5月20日舉辦`), so a plan there is its plan too. */
const JOINED_CLAUSE = /^(?:並|并|且|同時|同时|以及|及|再)/;

/** The clauses before the one holding `index` that it is joined to by 並/并/同時, back to the first of them; empty when it stands alone. */
function joinedClausesBefore(text: string, index: number): string {
  const own = clauseStart(text, index);
  let start = own;
  while (start > 0 && JOINED_CLAUSE.test(text.slice(start)) && !isSentenceEnd(text, start - 1)) start = clauseStart(text, start - 1);
  return text.slice(start, own);
}

/**
 * Whether the clause around a mention speaks of the future (`將於3月1日召開`, `3月1日起將實施`,
 * `下半年出口仍將維持成長`, `將推出新品，並於5月20日舉辦活動`): then a date without a year is the
 * next one, not the last one.
 */
export function isForwardLooking(text: string, mention: DateMention): boolean {
  const before = text.slice(clauseStart(text, mention.start), mention.start);
  if (FORWARD_BEFORE.test(before) || FORWARD_AFTER.test(text.slice(mention.end)) || plansLaterInClause(text, mention)) return true;
  return plansUnreported(joinedClausesBefore(text, mention.start));
}

/** Words just before a date that make it what something is compared with (`較去年`, `高於2022年`). */
const BASELINE_BEFORE = /(?:[較较比]|(?:[高低多少快慢好差強强弱優优超][於于])|(?:相[較较比]|[對对]比|不及|不如|遜[於于]|逊[於于]|超[過过]|超越|追平|回到|重回|恢[復复][到至])[於于]?)$/;
/** Words just after a date that make it a comparison baseline (`去年同期`, `與2022年相比`, `恢復至2019年的水平`). */
const BASELINE_AFTER = /^版?(?:同期|相比|相較|相较|的?(?:水平|水準|水准)|[為为]基[數数期準准])/;
/** `與去年持平`, `和2019年相當`: the same level as a date's. */
const LEVEL_WITH = /[與与和同跟]$/;
const LEVEL_AFTER = /^(?:基本)?(?:持平|相當|相当|相若)/;
/**
 * `自2008年以來首次加息`, `2019年8月LPR改革以来最大降幅`: a "since" phrase measuring a record; the
 * date (and the few words naming what happened then) is the last time, not an event. 來自 and
 * 來源 ("from", "source") after a date are no "since" (`今年上半年來自中國的投資創新高`).
 */
const SINCE = /^(?:[^，,。；;！？!?\s]{0,10}?以[來来]|[來来](?![自源看說说]))/;
/** What a record says after its "since" phrase: a first, a most, a high or low, a run (`連續第五次`). */
const RECORD_WORDS = /首次|首度|首見|首见|最[高低大小多少快慢差好佳強强弱長长短]|新[高低]|[高低](?:位|點|点)|之最|紀錄|纪录|[連连][續续]第|同期/;

/**
 * Whether a mention only measures something else: the baseline of a comparison (`較去年同期`,
 * `比上月`, `與2022年相比`), or the start of a record (`是該行自2008年以來首次加息`: the event is
 * today's hike). A plain "since" (`自2022年3月以來，累計升息5次`) still dates the start of a trend.
 */
export function isComparisonBaseline(text: string, mention: DateMention): boolean {
  const before = text.slice(0, mention.start);
  const after = text.slice(mention.end);
  if (BASELINE_BEFORE.test(before) || BASELINE_AFTER.test(after) || (LEVEL_WITH.test(before) && LEVEL_AFTER.test(after))) return true;
  const since = SINCE.exec(after);
  return since !== null && RECORD_WORDS.test(after.slice(since[0].length, clauseEnd(after, since[0].length)));
}

/**
 * Whether a mention is the edition of a work (《鼓勵外商投資產業目錄（2020年版）》, 與2019年版相比): part of a
 * name, never an event. A report's period in its title (《2023年一季度報告》) can be, so it stays.
 */
export function isEditionOfWork(text: string, mention: DateMention): boolean {
  return /^\s?版/.test(text.slice(mention.end));
}

/** After 今年 or 年初: "so far this year" (`今年以來`, `今年至22日止`), a span up to now, not a happening. */
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
  // 今年…首場會議, 今年首次: the year ranks the happening, which is dated (or not) on its own.
  return YEAR_TO_DATE_AFTER.test(after) || (isBareRelativeYear(mention) && /^[^，,。；;]{0,12}?首[場场次個个度批]/.test(after));
}

/** Words opening a condition (`如果明年經濟好轉`, `若下半年需求回升`, `一旦3月加息`). */
const HYPOTHETICAL_BEFORE = /(?:如果|若是|若|假如|假使|假若|倘若|一旦|萬一|万一|要是)[^，,。；;！？!?]{0,12}$/;

/** Whether a date is in a condition (`若下半年需求回升，…`): what might happen is no happening, and no plan. */
function isHypothetical(text: string, mention: DateMention): boolean {
  return HYPOTHETICAL_BEFORE.test(text.slice(clauseStart(text, mention.start), mention.start));
}

/** Pressures and risks a period faces (`今年穩外貿的壓力非常巨大`, `二季度面臨下行壓力`), and what may come of it (`下半年出口或將放緩`). */
const CONDITION_WORDS = /[壓压]力|挑[戰战]|不[確确]定|[風风][險险]|[困]難|困难|[隱隐][憂忧]|可能|或[將将會会]|恐[將将怕]?|估計|估计|預料|预料|不排除|有機會|有机会/;

/**
 * Whether the clause of a year, half, quarter or month speaks of the pressures or risks it faces:
 * of a period not yet over (the caller checks) that is an outlook, not a dated happening.
 */
function facesConditions(text: string, mention: DateMention): boolean {
  if (mention.kind !== 'calendar' || mention.period.unit === 'day') return false;
  const clause = text.slice(clauseStart(text, mention.start), clauseEnd(text, mention.end));
  // `下半年出口仍將成長`: what a period not yet over will do to a figure is a forecast; what will be done in it (`將擴產`) a plan.
  return CONDITION_WORDS.test(clause) || (/將|将|認為|认为/.test(clause) && RESULT_WORDS.test(clause));
}

/** Whether a date is in a question (`明年會更好嗎？`): asked about, not reported. */
function asksAbout(text: string, mention: DateMention): boolean {
  return /[？?]/.test(text.charAt(sentenceEnd(text, mention.end)));
}

/** Whether a date lies in a year before the copy's: a question about it asks about what was. */
function startsBeforePublicationYear(resolved: ResolvedDate, published: PublishedDate): boolean {
  return resolved.year < published.year;
}

/** `今年是加入世貿20週年`, `2022年是關鍵之年`: what kind of year it is, said of the year itself; the clause ends on 年. */
const YEAR_CHARACTERIZED = /^(?:[對对於于][^，,。；;是]{1,10})?(?:也|則|则|將|将|更|又|正|恰|恰恰|可[說说])?是[^，,。；;！？!?]{1,30}?(?:之年|一年|[周週]年|元年|大年|小年)(?=$|[，,。；;！？!?”」])/;

/** Whether a year is only characterized (`2022年是關鍵之年`): no happening is dated. */
function characterizesYear(text: string, mention: DateMention): boolean {
  return mention.kind === 'calendar' && mention.period.unit === 'year' && YEAR_CHARACTERIZED.test(text.slice(mention.end));
}

/** `在今年…的情況下`, `在去年…背景下`: a bare year framing the circumstances of what the sentence reports, not a happening. */
const CIRCUMSTANCE_AFTER = /^[^，,。；;！？!?]{0,30}?(?:的)?(?:情[況况]|背景|形勢|形势|環境|环境|大[環环]境)(?:之)?下/;

/** Whether a bare relative year only frames the circumstances (`在今年中國期貨業快速發展的情況下，…`). */
function isCircumstance(text: string, mention: DateMention): boolean {
  return isBareRelativeYear(mention) && /[在於于]$/.test(text.slice(0, mention.start)) && CIRCUMSTANCE_AFTER.test(text.slice(mention.end));
}

/** Words that forecast (`預計`, `预期`, `有望`) or look ahead (`看好`, `展望`). */
const FORECAST_WORDS = /預計|预计|預期|预期|預估|预估|料將|料将|有望|可望|看好|看淡|展望|目標|目标|預測|预测/;
/** A clause that opens with a forecast (`預估將穩定成長`): it forecasts for the clause before. */
const FORECAST_OPENING = /^(?:並|并|且|也|亦)?(?:預計|预计|預估|预估|預期|预期|料將|料将|有望|可望|將|将)/;
/** Words that only look ahead, and make an outlook with or without a figure (`看好明年`). */
const OUTLOOK_WORDS = /看好|看淡|展望|看待|樂觀|乐观|悲觀|悲观|預測|预测/;
/** What a forecast of results is about: growth, earnings, a figure. */
const RESULT_WORDS = /增長|增长|成長|成长|上揚|上扬|回升|回落|下滑|下降|業績|业绩|營收|营收|獲利|获利|盈利|利潤|利润|生產總值|生产总值|GDP|增速|[漲涨跌]|股利|股息|景氣|景气|回暖|好[轉转]|復甦|复苏|放[緩缓]|[升降加減减]息|降[准準]|升值|[貶贬]值|\d(?:\.\d+)?\s*[%％]/;

/**
 * Whether a year, half or quarter only dates a forecast or outlook of results (`預計下半年業績上揚`,
 * `今年國內生產總值預期增長5.5%`, `看好明年`): a guess is no dated happening. A plan with a date
 * (`將於下半年上市`, `3月1日起實施`) is one, and a day or month is kept.
 */
export function isForecastOfResults(text: string, mention: DateMention): boolean {
  if (mention.kind !== 'calendar' || mention.period.unit === 'day') return false;
  const end = clauseEnd(text, mention.end);
  const own = text.slice(clauseStart(text, mention.start), end);
  // A forecast may go on in the next clause with the same subject (`認為今年景氣面臨…，預估將穩定成長`),
  // and a clause of only the date (`2024年，我們預計經濟將回升`) says what it dates in the next.
  const next = isSentenceEnd(text, end) ? '' : text.slice(end + 1, clauseEnd(text, end + 1));
  const clause = own + (FORECAST_OPENING.test(next) || isOnlyTheDate(own, mention.text) ? next : '');
  return OUTLOOK_WORDS.test(clause) || (FORECAST_WORDS.test(clause) && RESULT_WORDS.test(clause));
}

/** Offset where the clause holding `index` ends: its next boundary or sentence end. */
function clauseEnd(text: string, index: number): number {
  for (let i = index; i < text.length; i += 1) if (isClauseBoundary(text, i) || isSentenceEnd(text, i)) return i;
  return text.length;
}

/** Openers and their closers; a clause cut out of a sentence may keep only one of a pair. */
const BRACKETS = new Map([['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』'], ['（', '）'], ['(', ')'], ['《', '》'], ['【', '】']]);
const CLOSERS = new Map([...BRACKETS].map(([open, close]) => [close, open]));
const EDGE_PUNCTUATION = /^[\s，,、:：;；。.!！?？…—–\-·]+|[\s，,、:：;；。.!！?？…—–\-·]+$/g;

/** Counts a character in a string. */
function count(text: string, c: string): number {
  return text.split(c).length - 1;
}

/** Whether the first character opens a pair that the rest never closes, or is a stray closer. */
function hasUnpairedStart(text: string): boolean {
  const first = text.charAt(0);
  if (CLOSERS.has(first)) return true;
  const close = BRACKETS.get(first);
  if (close !== undefined) return count(text, first) > count(text, close);
  return first === '"' && count(text, '"') % 2 === 1;
}

/** Whether the last character closes a pair that was opened before the clause, or is a stray opener. */
function hasUnpairedEnd(text: string): boolean {
  const last = text.charAt(text.length - 1);
  if (BRACKETS.has(last)) return true;
  const open = CLOSERS.get(last);
  if (open !== undefined) return count(text, last) > count(text, open);
  return last === '"' && count(text, '"') % 2 === 1;
}

/** Quotation marks and their closers; a straight `"` closes itself. */
const QUOTE_MARKS = new Map([['“', '”'], ['「', '」'], ['『', '』']]);

/** How far back a date looks for the quote it may stand in: further than any real quote runs. */
const QUOTE_REACH = 1000;

/**
 * Where the quotation open at `index` closes, or null when `index` is not inside one. A date said
 * inside a quote (`“2024年，經濟將回升，”他表示`) states its event in the speaker's words, so its
 * clause ends with the quote and does not run on into the attribution.
 */
function quoteEnd(text: string, index: number): number | null {
  const open: string[] = [];
  // Looking back a bounded stretch keeps a paragraph of thousands of dates linear (4,000 took 2.3 s).
  for (let i = Math.max(0, index - QUOTE_REACH); i < index; i += 1) {
    const c = text.charAt(i);
    const closesInnermost = open.length > 0 && (QUOTE_MARKS.get(open.at(-1) ?? '') ?? '"') === c;
    if (closesInnermost) open.pop();
    else if (QUOTE_MARKS.has(c) || c === '"') open.push(c);
  }
  const innermost = open.at(-1);
  if (innermost === undefined) return null;
  const close = text.indexOf(QUOTE_MARKS.get(innermost) ?? '"', index);
  return close === -1 ? null : close;
}

/** Trims punctuation and unpaired quote marks or brackets from both ends; the result stays a substring. */
export function trimClause(text: string): string {
  let trimmed = text;
  for (let previous = ''; previous !== trimmed; ) {
    previous = trimmed;
    trimmed = trimmed.replace(EDGE_PUNCTUATION, '');
    if (hasUnpairedStart(trimmed)) trimmed = trimmed.slice(1);
    if (hasUnpairedEnd(trimmed)) trimmed = trimmed.slice(0, -1);
  }
  return trimmed;
}

/**
 * The clause that states an event: from the start of the clause holding the date (never before
 * `from`, where a dateline ends) to the end of its sentence (or of the quote it is said in), or to
 * the next clause that holds another time, whichever comes first. Dates in the same clause
 * (`2022年底、2023年初這個階段…`) share it.
 */
export function eventClause(text: string, mention: DateMention, eventStarts: readonly number[], from = 0): string {
  const start = Math.max(from, clauseStart(text, mention.start));
  const end = Math.min(sentenceEnd(text, mention.end), quoteEnd(text, mention.start) ?? text.length);
  const clauseStarts = eventStarts.map((offset) => clauseStart(text, offset)).filter((offset) => offset > start && offset < end);
  const [nextClause, afterNext] = clauseStarts;
  if (nextClause !== undefined && isOnlyTheDate(text.slice(start, nextClause), mention.text)) return trimClause(text.slice(start, afterNext ?? end));
  return trimClause(text.slice(start, nextClause ?? end));
}

/** Times of day and marks that may stand beside a date in a clause that says nothing else (`4月29日晚間，`, `同日下午3時，`). */
const TIME_OF_DAY = /^(?:[上下中]午|晚[間间上]|早[上間间晨]|凌晨|傍晚|盤[前中後]|盘[前中后]|[0-9０-９]{1,2}[時时點点](?:[0-9０-９]{1,2}分|半)?|[於于在])*$/;

/**
 * Whether a clause is only its date (`同日，`, `4月29日晚間，`): a leading adverbial that states
 * nothing, so the event is in the clause after it, even when that clause holds a date of its own
 * (`同日，比亞迪宣布將於5月下旬推出新車型`: the announcing is on 同日, the launch in late May).
 */
function isOnlyTheDate(clause: string, dateText: string): boolean {
  return TIME_OF_DAY.test(trimClause(clause).replace(dateText, ''));
}

/**
 * The year a `今年`/`明年`/`去年` is counted from when it is said in a statement the same sentence
 * dates (`去年12月，會議提出，明年要穩中求進`: the meeting's 明年 is the year after 去年12月, not
 * after publication); null when it is the narrator's own, counted from publication.
 */
function yearOfReportedStatement(text: string, mention: DateMention, dated: readonly DatedMention[]): number | null {
  if (mention.kind !== 'calendar' || mention.year.kind !== 'published') return null;
  const from = sentenceStart(text, mention.start);
  // The statement's date is the narrator's: a date inside someone's words (“2024年，…”他表示) dates what they say, not when.
  const statement = dated.filter((earlier) => earlier.mention.start >= from && earlier.mention.end <= mention.start && quoteEnd(text, earlier.mention.start) === null).at(-1);
  if (statement === undefined || !REPORTING_VERB.test(text.slice(statement.mention.end, mention.start))) return null;
  return Number(statement.date.slice(0, 4));
}

/** Whether a mention is a whole year named relative to publication (`去年`, `今年`), with no month or quarter. */
export function isBareRelativeYear(mention: DateMention): boolean {
  return mention.kind === 'calendar' && mention.year.kind === 'published' && mention.period.unit === 'year';
}

/**
 * Report labels (`2019年半年報`, `2024年一季報`, `截至6月底止半年`) a sentence keeps: none when it
 * has a date of its own (`4月29日晚間，比亞迪發布2024年一季報`: the event is the publishing, on
 * 4月29日), else each written with a year, dated by that year alone. The year holds both the figures
 * the report gives and, for a half or a quarter, the day it came out; the quarter holds only the figures.
 */
function labelsStandingAlone(text: string, labels: readonly DatedMention[], dated: readonly DatedMention[]): DatedMention[] {
  const datedSentences = new Set(dated.map(({ mention }) => sentenceStart(text, mention.start)));
  return labels.filter(({ mention }) => !datedSentences.has(sentenceStart(text, mention.start)));
}

/** Verbs that put out data right before the period it covers (`公布3月CPI數據`, `公布7月外銷訂單`). */
const RELEASE_BEFORE = /(?:公布|公佈|發布|发布|發佈|披露|出爐|出炉|公告)(?:了|的)?$/;
/** What a period names when it is the data's (`3月CPI數據`, `一季度經濟數據`, `三季度财报`). */
const DATA_AFTER = /^份?(?:的)?(?:[A-Za-z]{2,6}|[經经][濟济]|[貿贸]易|[金][融]|[經经]營|[财財]務|[进進]出口|[统統][计計])?(?:數據|数据|報告|报告)/;

/**
 * Whether a period only names data someone puts out (`4月13日，勞工部公布3月CPI數據`): like a
 * report's name, it dates the sentence only when the sentence has no date of its own.
 */
function namesReleasedData(text: string, mention: DateMention): boolean {
  if (mention.kind !== 'calendar' || mention.period.unit === 'day') return false;
  const before = text.slice(clauseStart(text, mention.start), mention.start);
  return RELEASE_BEFORE.test(before) || (/(?:公布|公佈|發布|发布|發佈|披露)[^，,。；;]{0,12}$/.test(before) && DATA_AFTER.test(text.slice(mention.end)));
}

/** Whether a calendar mention writes its year (`2019年半年報`), not takes it from context (`三季報`). */
function writesYear(mention: DateMention): boolean {
  return mention.kind === 'calendar' && mention.year.kind !== 'context';
}

/** What the dates named so far lend to later relative ones (`同年`, `當月`, `同日`), carried across paragraphs. */
interface Anchors { year: number | null; month: YearMonth | null; day: ResolvedDate | null }

/** The month a resolved date is in, when it is as precise as a month. */
function monthOf(date: ResolvedDate): YearMonth | null {
  return date.period.unit === 'month' || date.period.unit === 'day' ? { year: date.year, month: date.period.month } : null;
}

/**
 * Whether a mention lends its year to later bare dates of its paragraph (`2015年5月11日…，11月9日`):
 * not a bare 去年/今年 ("去年以来…，第二季度…" means the current quarter, not last year's), and not a
 * bare month or quarter, whose year was itself only a guess from publication (`10月發布…，將於12月
 * 進入歐洲` in January: October was last year's, December is this year's).
 */
function lendsYearToParagraph(mention: DateMention): boolean {
  if (mention.kind === 'calendar' && mention.year.kind === 'context') return false;
  return !isBareRelativeYear(mention);
}

/**
 * Whether a month and day written without a year falls, counted from publication, in the
 * publication month or the one before (`2月16日` in copy of 17 February): the news's own recent
 * day, which a whole year named before in the paragraph (`股價在2021年下跌85%，2月16日又再度下滑`)
 * does not move back by a year. A year with a month (`2015年5月11日…，11月9日`) still does.
 */
function isRecentDay(mention: DateMention, published: PublishedDate): boolean {
  if (mention.kind !== 'calendar' || mention.year.kind !== 'context' || mention.period.unit !== 'day' || published.month === null || published.day === null) return false;
  const { month, day } = mention.period;
  const previous = published.month === 1 ? 12 : published.month - 1;
  return (month === published.month && day <= published.day) || month === previous;
}

/** What one paragraph yields: its events' mentions, where times it could not date begin, and the anchors for the paragraphs after. */
interface DatedParagraph { dated: DatedMention[]; undatedStarts: number[]; anchors: Anchors }

/** Dates the mentions of one paragraph in text order, after its dateline (`from`); returns them with the anchors named last, for the paragraphs after. */
function dateParagraph(text: string, published: PublishedDate, anchors: Anchors, from = 0): DatedParagraph {
  const dated: DatedMention[] = [];
  const undatedStarts: number[] = [];
  let last = anchors;
  let paragraphYear: number | null = null;
  // Whether the paragraph's year came from a whole year (`股價在2021年下跌85%`), which frames less than a month or day does.
  let paragraphYearIsWhole = false;
  let paragraphMonth: YearMonth | null = null;
  const labels: DatedMention[] = [];
  const releases: DatedMention[] = [];
  for (const mention of scanDateMentions(text)) {
    if (mention.start < from || isHypothetical(text, mention) || isComparisonBaseline(text, mention) || isEditionOfWork(text, mention) || isCircumstance(text, mention) || characterizesYear(text, mention)) continue;
    // A span up to now (`本週以來`) is no event, but it is a time of its own: the clause before ends there.
    if (isYearToDate(text, mention)) {
      undatedStarts.push(mention.start);
      continue;
    }
    const forecast = isForecastOfResults(text, mention);
    const forward = isForwardLooking(text, mention);
    const saidIn = yearOfReportedStatement(text, mention, dated);
    const countFrom = saidIn === null ? published : { ...published, year: saidIn };
    const lent = paragraphYearIsWhole && isRecentDay(mention, countFrom) ? null : paragraphYear;
    const context = { published: countFrom, anchorYear: last.year, anchorMonth: last.month, anchorDay: last.day, paragraphYear: lent, paragraphMonth, forward };
    const resolved = resolveExpression(mention, context);
    // A time the timeline cannot hold (`80年代`, `本週`, `上月` in an article dated by year) still states a time of its own.
    if (resolved === null) {
      if (!forecast) undatedStarts.push(mention.start);
      continue;
    }
    // A target or forecast for a year before the copy's was set then (`2019年设定目标是6%`): that is history. One for
    // this year's month or quarter just ended (`預計3月CPI同比上漲1.5%` in April, before the data) is still a guess.
    if ((forecast && resolved.year >= published.year) || (facesConditions(text, mention) && !endsBeforePublication(resolved, published)) || (asksAbout(text, mention) && !startsBeforePublicationYear(resolved, published))) {
      undatedStarts.push(mention.start);
      continue;
    }
    // A label lends no year or month to what follows: it is not when anything happened.
    if (namesReleasedData(text, mention)) {
      releases.push({ mention, date: formatEventDate(resolved) });
      continue;
    }
    if (isPeriodLabel(text, mention)) {
      if (writesYear(mention)) labels.push({ mention, date: formatEventDate({ year: resolved.year, period: { unit: 'year' } }) });
      continue;
    }
    // Later 同年 count from here, whichever form named this year; bare dates of this paragraph
    // too, when it was written (see `lendsYearToParagraph`).
    // 當月 and 同日 count from the last month and the last full date, however coarse the dates between.
    const month = monthOf(resolved);
    last = { year: resolved.year, month: month ?? last.month, day: resolved.period.unit === 'day' ? resolved : last.day };
    if (lendsYearToParagraph(mention)) {
      paragraphYear = resolved.year;
      paragraphYearIsWhole = mention.kind === 'calendar' && mention.period.unit === 'year';
    }
    if (month !== null) paragraphMonth = month;
    dated.push({ mention, date: formatEventDate(resolved) });
  }
  const kept = [...dated, ...labelsStandingAlone(text, labels, dated), ...labelsStandingAlone(text, releases, dated)].sort((a, b) => a.mention.start - b.mention.start);
  return { dated: kept, undatedStarts, anchors: last };
}

/** A reporting verb ending the clause before (`黃天牧4日表示，`): what follows is what was said. */
const REPORTED_BEFORE = new RegExp(`(?:${REPORTING_VERB.source})\\s*[，,：:]$`);

/**
 * Whether a time no timeline date holds (`2000年代初`, `本週`) ends the clause of the event before
 * it: it does (`1994年在港上市，2000年代初進軍內地`), except in what someone is reported to say
 * (`4日表示，本週將公布…`), which belongs to the saying.
 */
function endsClauseBefore(text: string, undatedStart: number): boolean {
  return !REPORTED_BEFORE.test(text.slice(0, clauseStart(text, undatedStart)));
}

/** Whether an event date is a year, a half or a quarter: a period a paragraph talks within, not a day something happened on. */
function isCoarse(date: string): boolean {
  return /^\d{4}(?:-[QH][1-4])?$/.test(date);
}

/**
 * One event per year, half or quarter in a paragraph: a paragraph that says 今年 twice, or 2022年
 * and then 今年, talks about one period, so it is one entry on the timeline, at its first mention.
 * A month or day written the same way again (`9月份，失業率為4.9%…9月份失業率數據好於預期`) goes
 * back to it too; written another way (`上個月…；同月，…`) it is another happening.
 */
function firstOfEachPeriod(dated: readonly DatedMention[]): DatedMention[] {
  const seen = new Set<string>();
  return dated.filter(({ date, mention }) => {
    const key = isCoarse(date) ? date : `${date} ${normalizeWidth(mention.text)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Turns one paragraph's dated mentions into events, numbered in text order; a clause ends where another time begins (see `endsClauseBefore`), and starts after the dateline (`from`). */
function paragraphEvents(paragraph: LocatedParagraph, { dated, undatedStarts }: DatedParagraph, from: number): TimelineEvent[] {
  const cuts = undatedStarts.filter((start) => endsClauseBefore(paragraph.text, start));
  const starts = [...dated.map(({ mention }) => mention.start), ...cuts].sort((a, b) => a - b);
  return firstOfEachPeriod(dated).map(({ mention, date }, index) => ({
    id: `${paragraph.paragraphId}-t${index + 1}`,
    date,
    dateText: mention.text,
    text: eventClause(paragraph.text, mention, starts, from),
    sectionId: paragraph.sectionId,
    paragraphId: paragraph.paragraphId,
    checked: false,
  }));
}

/** Sorts events chronologically (see `compareEventDates`), keeping document order among equals. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event, order) => ({ event, order }))
    .sort((a, b) => compareEventDates(a.event.date, b.event.date) || a.order - b.order)
    .map(({ event }) => event);
}

/**
 * Copy opens with a dateline or a byline: who filed it, where and when (`新华社北京3月5日电`,
 * `路透华盛顿3月20日电---`, `（中央社記者潘姿羽台北21日電）`, `〔記者王小明／台北報導〕`,
 * `（记者 张三）`, `（彭博）--`, `【财新网】`). It dates the copy, not an event. An unbracketed one
 * must end in a date and 电 followed by a space, a dash or a bracket, so `公司5日電告股東` is none.
 */
const DATELINES: readonly RegExp[] = [
  /^[^，。,；;！？!?\s（(【]{2,24}?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:[电電](?=[\s\-—–（(]|$)|(?=\s*[\-—–]))(?:\s*[（(][^（()）]{1,20}[）)])?[\s\-—–]*/,
  /^[（(〔【][^（()）〔〕【】，。,]{1,30}?(?:[电電]|報導|报道|[讯訊])[）)〕】][\s\-—–]*/,
  /^[（(〔【][記记]者[^（()）〔〕【】，。,]{1,20}[）)〕】][\s\-—–]*/,
  /^[（(][^（()）0-9０-９，。,]{1,12}[）)]\s*[\-—–]{1,2}\s*/,
  /^【[^【】年月日，。,]{1,12}】\s*/,
];

/** Where the dateline opening a paragraph ends (after the indent copy keeps, `　　新华社…电`), or 0 when it has none. */
function datelineEnd(text: string): number {
  const indent = /^\s*/.exec(text)?.[0].length ?? 0;
  for (const pattern of DATELINES) {
    const match = pattern.exec(text.slice(indent));
    if (match !== null) return indent + match[0].length;
  }
  return 0;
}

/**
 * The day the copy was filed, when its dateline names one and `published` gives no day: what
 * `今天`, `昨日` and `周三` in the copy count from (`（中央社記者台北21日電）` in copy of 2024-03 is
 * 2024-03-21). A full `published` stays: the dateline may be a time zone behind it (`华盛顿3月20日电`
 * in copy of 2024-03-21 that goes on `北京时间3月21日`).
 */
function filingDate(text: string, end: number, published: PublishedDate): PublishedDate {
  if (published.day !== null) return published;
  const [mention, ...others] = scanDateMentions(text.slice(0, end));
  if (mention === undefined || others.length > 0) return published;
  const resolved = resolveExpression(mention, { published, anchorYear: null, anchorMonth: null, anchorDay: null, paragraphYear: null, paragraphMonth: null, forward: false });
  if (resolved === null || resolved.period.unit !== 'day') return published;
  return { year: resolved.year, month: resolved.period.month, day: resolved.period.day };
}

/**
 * The dateline's day as the date of the lead, when the lead's first sentence names no day of its
 * own (`（中央社雪梨23日綜合外電報導）布朗表示，…`: what wire copy reports without a date happened
 * on the day it was filed). A lead that names its day (`…5月12日电 发布会12日在北京举行`) keeps its
 * own. The dateline is the archive's reading of the copy's date, so it is counted from `published`.
 */
function datelineEvent(paragraph: LocatedParagraph, end: number, published: PublishedDate, events: readonly TimelineEvent[]): TimelineEvent | null {
  const { text } = paragraph;
  const mentions = scanDateMentions(text.slice(0, end));
  const [mention] = mentions;
  if (mention === undefined || mentions.length > 1) return null;
  const resolved = resolveExpression(mention, { published, anchorYear: null, anchorMonth: null, anchorDay: null, paragraphYear: null, paragraphMonth: null, forward: false });
  if (resolved === null || resolved.period.unit !== 'day') return null;
  const leadEnd = sentenceEnd(text, end);
  const leadDates = scanDateMentions(text.slice(end, leadEnd));
  if (events.some((event) => /^\d{4}-\d{2}-\d{2}$/.test(event.date) && leadDates.some((lead) => lead.text === event.dateText))) return null;
  const clause = trimClause(text.slice(end, leadEnd));
  // `新华社北京10月2日电 题：…` gives the headline, not a lead.
  if (clause === '' || /^[题題][：:]/.test(clause)) return null;
  return { id: `${paragraph.paragraphId}-t0`, date: formatEventDate(resolved), dateText: mention.text, text: clause, sectionId: paragraph.sectionId, paragraphId: paragraph.paragraphId, checked: false };
}

/** Extracts every dated event the text anchors to a date, sorted by date then document order. */
export function extractTimeline(paragraphs: LocatedParagraph[], published: string): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  let anchors: Anchors = { year: null, month: null, day: null };
  // Only the copy's opening can carry a dateline.
  const opening = paragraphs[0]?.text ?? '';
  const dateline = datelineEnd(opening);
  const publication = filingDate(opening, dateline, parsePublished(published));
  // Paragraphs in document order: `同年` means the year named last before it.
  paragraphs.forEach((paragraph, index) => {
    const from = index === 0 ? dateline : 0;
    const result = dateParagraph(paragraph.text, publication, anchors, from);
    anchors = result.anchors;
    // Ids are given per paragraph before sorting, so they do not move when the order changes.
    const own = paragraphEvents(paragraph, result, from);
    const lead = index === 0 && dateline > 0 ? datelineEvent(paragraph, dateline, publication, own) : null;
    events.push(...(lead === null ? own : [lead, ...own]));
  });
  return sortEvents(events);
}
