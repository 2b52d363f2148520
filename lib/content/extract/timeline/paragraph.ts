import { startsAfterPublication, endsBeforePublication, formatEventDate, isPeriodLabel, reportedPeriod, normalizeWidth, resolveExpression, scanDateMentions, type DateMention, type PublishedDate, type ResolvedDate, type YearMonth } from '../dates';
import { isComparisonBaseline, isEditionOfWork, namesFestival } from './baselines';
import { clauseEnd, clauseStart, isOnlyTheDate, quoteEnd, sentenceEnd, sentenceStart } from './clauses';
import { characterizesYear, describesConditions, glossesYearOfPart, isBorneOn, isCircumstance, isEnteredOnTimeJustNamed, isJudgedOrBracedFor, judgesStanding, namesCohort, namesPartOfEveryYear, namesWeekdayRun, preparesFor, ranksAmongParts, restatesTheDay, statesAge, yearGlossedBeforeItsPart } from './frames';
import { judgesData, labelsStandingAlone, namesData, namesMeasure, namesPaidFor, namesReleasedData, restatesMonthJustNamed } from './labels';
import { isBareRelativeYear, writesYear, type DatedMention } from './mentions';
import { tellsDone } from '../date-tense';
import { isAnnouncedEstimate, isGuess, startsForecastFrom } from './guesses';
import { PLANNED_ACTION, RESULT_WORDS, asksAbout, deniesWithin, facesConditions, forecastsMarketDay, isAskedWhether, isDeniedDay, isExpectedByOthers, isForecastOfResults, isHypothetical, namesTarget, setsTargetBy, setsThresholdFor } from './outlooks';
import { isForwardLooking, REPORTING_VERB } from './plans';
import { namesWorkByTitle } from './confidence';
import { isEarlierSpeechTime, isStoryTime, pairsAnyTwoDays } from './narration';
import { boundsDuration, closesSpan, countsFirstPartsOf, countsRangeAsStretch, isApproximate, isPastTenure, isLivedThrough, countsListedYearsAsRun, isIdiomOfThePresent, isPastRunOfYears, isYearToDate, opensBareSpanToNow, opensCumulativeSpan, opensRepeatedSpan, opensSpanToNow, spansFigure, sumsUpYearSoFar } from './spans';

/** Dating one paragraph: which mentions are events and what year, month and day context each one gets. */

/**
 * The year a `今年`/`明年`/`去年` is counted from when it is said in a statement the same sentence
 * dates (`去年12月，會議提出，明年要穩中求進`: the meeting's 明年 is the year after 去年12月, not
 * after publication); null when it is the narrator's own, counted from publication.
 */
/**
 * A reporting verb handing on to what was said (`會議提出，`, `宣布將於明年…`); not one with its own object (`因提出2000亿目标被…问询的泰禾集团，去年也…`,
 * whose 去年 is the narrator's).
 */
/** A sentence's end between two mentions. */
const SENTENCE_END_BETWEEN = /[。！？!?]/u;

const OPENS_STATEMENT = new RegExp(`(?:${REPORTING_VERB.source})(?:\\s*[，,：:]|[^，,。；;：:0-9]{0,4}$)`, 'u');

function yearOfReportedStatement(text: string, mention: DateMention, dated: readonly DatedMention[]): number | null {
  if (mention.kind !== 'calendar' || mention.year.kind !== 'published') return null;
  const from = sentenceStart(text, mention.start);
  // The statement's date is the narrator's: a date inside someone's words (“2024年，…”他表示) dates what they say, not when.
  const statement = dated.filter((earlier) => earlier.mention.start >= from && earlier.mention.end <= mention.start && quoteEnd(text, earlier.mention.start) === null).at(-1);
  if (statement === undefined || !OPENS_STATEMENT.test(text.slice(statement.mention.end, mention.start))) return null;
  return Number(statement.date.slice(0, 4));
}

/** Acts a period is when of, beyond those a plan names: operations, payments, deferrals, dividends, results so far. */
const ACTS_IN_PERIOD = new RegExp(`${PLANNED_ACTION.source}|操作|緩繳|缓缴|減半|减半|分紅|分红|享受|披露|營運|营运|虧損|亏损|擴大|扩大|收窄|成交`, 'u');

/** A quarter or half written without its year (一季度, 下半年, Q4), which the reader places by publication. */
function isBareQuarterOrHalf(mention: DateMention): boolean {
  return mention.kind === 'calendar' && mention.year.kind === 'context' && (mention.period.unit === 'quarter' || mention.period.unit === 'half');
}

/** Whether a period ended before publication, is under way, or is still to come. */
function timingOf(resolved: ResolvedDate, published: PublishedDate): 'ended' | 'current' | 'coming' {
  if (endsBeforePublication(resolved, published)) return 'ended';
  return startsAfterPublication(resolved, published) ? 'coming' : 'current';
}

/** Whether the clause holding a 今年 dates what was said from now (去年9月宣布將於今年…): the 今年 is the narrator's too. */
function statedLastYear(text: string, mention: { start: number }): boolean {
  const clauseStart = Math.max(text.lastIndexOf('，', mention.start), text.lastIndexOf(',', mention.start), text.lastIndexOf('。', mention.start)) + 1;
  return /(?:去年|前年|上年)[^，,。]*?(?:宣布|宣佈|表示|稱|称|說|说|透露|指出|預告|预告)/u.test(text.slice(clauseStart, mention.start));
}

/** Words that bring a story told in the past back to the present (如今, 時至今日, 眼下). */
const NOW_TURN = /如今|時至今日|时至今日|眼下/u;

/** What the dates named so far lend to later relative ones (`同年`, `當月`, `同日`), carried across paragraphs. */
export interface Anchors {
  year: number | null;
  month: YearMonth | null;
  day: ResolvedDate | null;
  /** Whether the year was named as a year (or a half or quarter of it), not only as a month's or a day's (`2020年…这一年`, not `自2021年5月…以来…财年。这一年`). */
  yearNamedWhole?: boolean;
  /** Whether the last time named, dated or not, was a full day (what `第二天` counts from). */
  latestIsDay?: boolean;
}

/** Whether the last time named so far, dated or not, is a full day: the latest of the paragraph's, else the one carried in. */
function isLatestADay(dated: readonly DatedMention[], undatedStarts: readonly number[], carried: boolean | undefined): boolean | undefined {
  const lastDated = dated.at(-1);
  const lastUndated = undatedStarts.at(-1) ?? -1;
  if (lastDated === undefined && lastUndated === -1) return carried;
  return lastDated !== undefined && lastDated.mention.start > lastUndated && /^\d{4}-\d{2}-\d{2}$/.test(lastDated.date);
}

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

/**
 * Whether the paragraph's year is one before publication, named in an earlier sentence than a plan's
 * date without a year, or in an earlier clause that says something of its own: then the plan is not of that year
 * (`早在2017年该公司净利已现颓势，…。此外，其原控股股东所持股票还将于9月下旬被拍卖` in copy of September 2022 is this
 * September; `2023年營收創新高，公司計劃6月上市` in copy of May 2024 is this June). A plan in the clause that names the
 * year (`2019年公司將於10月推出新品`), or after a clause that is only the year (`2019年，公司將於10月推出新品`), is still of that year.
 */
function isPastYearOfAnotherStatement(text: string, mention: DateMention, year: number | null, yearAt: number, yearText: string, published: PublishedDate): boolean {
  if (year === null || year >= published.year) return false;
  if (yearAt < sentenceStart(text, mention.start)) return true;
  const planClause = clauseStart(text, mention.start);
  return yearAt < planClause && !isOnlyTheDate(text.slice(clauseStart(text, yearAt), planClause), yearText);
}

/** What one paragraph yields: its events' mentions, where times it could not date begin, and the anchors for the paragraphs after. */
export interface DatedParagraph { dated: DatedMention[]; undatedStarts: number[]; anchors: Anchors }

/** A year counted back from publication (去年12月, 前年), whose months a later bare month may have come round past. */
const LAST_YEAR_WORD = /^(?:去年|前年|上年|舊年|旧年|上一年)/u;

/** After 今年: the rest of the year (剩下的, 餘下, 最後兩次), the time of what is still to come in it. */
const REST_OF_YEAR_AFTER = /^\s*(?:剩下|剩餘|剩余|餘下|余下|最後|最后|尚餘|尚余|還剩|还剩)/u;

/** The year a run of months writes before it (`2020年4-8月`, `2019年1—11月`). */
const WRITTEN_YEAR_OF_RUN = /^((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月?\s*(?:-|—|－|–|~|～|至|到)/;

/**
 * Dates the mentions of one paragraph in text order, after its dateline (`from`); returns them with the anchors named last, for the paragraphs after.
 * `republicYears`: the copy counts two-digit years from the Republic of China (see `countsRepublicYears`).
 */
export function dateParagraph(text: string, published: PublishedDate, anchors: Anchors, from = 0, republicYears = false): DatedParagraph {
  const dated: DatedMention[] = [];
  const undatedStarts: number[] = [];
  let last = anchors;
  let paragraphYear: number | null = null;
  // Whether the paragraph's year came from a whole year (`股價在2021年下跌85%`), which frames less than a month or day does.
  let paragraphYearIsWhole = false;
  // Where the mention that gave the paragraph its year begins.
  let paragraphYearAt = 0;
  let paragraphYearText = '';
  let paragraphYearByDay = false;
  let paragraphMonth: YearMonth | null = null;
  // Where the mention that named the paragraph's month ends: a bare day in a later sentence is not read in it.
  let paragraphMonthEnd = 0;
  // Whether the paragraph already named a recent day of the copy's own (`4月6日北京大学发布声明称，…1998年3月…。4月7日，南京大学声明`):
  // an older year told in between is background, and a later recent day is still the news's.
  let toldRecentDay = false;
  const labels: DatedMention[] = [];
  // The year of a half's or quarter's report named in the sentence being read, and where that sentence ends.
  let reportYear: { year: number; until: number } | null = null;
  const releases: DatedMention[] = [];
  const dataNames: DatedMention[] = [];
  let previousEnd = from;
  for (const mention of scanDateMentions(text)) {
    // The story turning to now (…2011年8月26日正式进驻…。如今，为何会突然关门?18日，…): a bare date after it is the present's,
    // not the month or year the paragraph told its history in.
    if (NOW_TURN.test(text.slice(previousEnd, Math.max(previousEnd, mention.start)))) {
      paragraphYear = null;
      paragraphYearIsWhole = false;
      paragraphMonth = null;
      last = { year: null, month: null, day: null };
    }
    previousEnd = Math.max(previousEnd, mention.end);
    // A run that writes its year (`以2020年4-8月荔枝上市量来看，4月…，5月…`, `2011年1~5月累计销量…，5月份…`) gives the bare months after
    // it that year, whether or not the run itself is a happening.
    const runYear = mention.kind === 'undatable' ? WRITTEN_YEAR_OF_RUN.exec(normalizeWidth(mention.text)) : null;
    if (runYear?.[1] !== undefined) {
      paragraphYear = Number(runYear[1]);
      paragraphYearAt = mention.start;
      paragraphYearText = mention.text;
      paragraphYearIsWhole = false;
    }
    // The rest of this year (`今年剩下的兩次會議分別在11月6至7日和12月17至18日`): whether or not a happening, the year of the bare dates after it.
    if (mention.kind === 'calendar' && mention.period.unit === 'year' && mention.year.kind === 'published' && mention.year.offset === 0 && REST_OF_YEAR_AFTER.test(text.slice(mention.end))) {
      paragraphYear = published.year;
      paragraphYearAt = mention.start;
      paragraphYearText = mention.text;
      paragraphYearIsWhole = true;
    }
    if (mention.start < from || isHypothetical(text, mention) || isAskedWhether(text, mention) || isComparisonBaseline(text, mention) || isEditionOfWork(text, mention) || namesFestival(text, mention) || isCircumstance(text, mention) || isBorneOn(text, mention) || characterizesYear(text, mention) || namesMeasure(text, mention) || restatesMonthJustNamed(text, mention) || boundsDuration(text, mention) || namesCohort(text, mention) || preparesFor(text, mention) || judgesStanding(text, mention) || statesAge(text, mention) || ranksAmongParts(text, mention) || closesSpan(text, mention) || isDeniedDay(text, mention) || namesPartOfEveryYear(text, mention) || isEnteredOnTimeJustNamed(text, mention) || yearGlossedBeforeItsPart(text, mention) || restatesTheDay(text, mention) || namesPaidFor(text, mention) || setsThresholdFor(text, mention) || namesWeekdayRun(text, mention) || forecastsMarketDay(text, mention)) continue;
    // A date in a work's title names the work: it lends no year to the bare dates after it.
    if (namesWorkByTitle(text, mention)) {
      undatedStarts.push(mention.start);
      continue;
    }
    // A span up to now (`本週以來`, or a bare 今年 summing up the year so far) is no event, but it is a time of its own: the clause before ends there.
    if (isApproximate(text, mention) || isLivedThrough(text, mention) || countsRangeAsStretch(text, mention, published) || isPastTenure(text, mention, published) || isYearToDate(text, mention) || sumsUpYearSoFar(text, mention) || countsListedYearsAsRun(text, mention) || spansFigure(text, mention) || isStoryTime(text, mention) || isEarlierSpeechTime(text, mention) || pairsAnyTwoDays(text, mention) || opensSpanToNow(text, mention) || opensCumulativeSpan(text, mention) || opensBareSpanToNow(text, mention) || isIdiomOfThePresent(text, mention) || countsFirstPartsOf(text, mention) || opensRepeatedSpan(text, mention)) {
      undatedStarts.push(mention.start);
      continue;
    }
    // 这一年 looks back to a year the text talked about as a year; after a month or a day it may be a fiscal year (`财年。这一年，…`).
    if (/^[這这]一年$/.test(mention.text) && last.yearNamedWhole !== true) {
      undatedStarts.push(mention.start);
      continue;
    }
    const forecast = isForecastOfResults(text, mention);
    // A company's announced estimate of results (`公司公告，預計一季度淨利增長…`) is for the period just reported, not the next one.
    // Data are put out after their period (`中国将举行8月国民经济运行情况新闻发布会`): a data's month is never the next one; nor is
    // the day whose level a forecast starts from (`料将从周三约1.16美元的水平上涨4%`).
    const forward = isForwardLooking(text, mention) && !(forecast && isAnnouncedEstimate(text, mention)) && !namesData(text, mention) && !namesReleasedData(text, mention) && !startsForecastFrom(text, mention);
    // A narrator's 今年 reporting what happened (`公告中披露，今年1月有7筆債務到期`) counts from publication; a plan said then, or 明年, from the statement.
    // Unless the statement itself is dated from now (去年9月宣布將於今年封麥): the narrator counts both from publication.
    const saidIn = (forward && !statedLastYear(text, mention)) || !/^今/.test(mention.text) ? yearOfReportedStatement(text, mention, dated) : null;
    const countFrom = saidIn === null ? published : { ...published, year: saidIn };
    const lentAsWritten = ((paragraphYearIsWhole || toldRecentDay) && isRecentDay(mention, countFrom)) || (forward && isPastYearOfAnotherStatement(text, mention, paragraphYear, paragraphYearAt, paragraphYearText, countFrom)) ? null : paragraphYear;
    // A bare month earlier in the calendar than last year's month named before it (`去年12月已将…列入…。…美国政府9月29日发布…`)
    // has come round since: the story has moved on to this year, not back within the last.
    // So has one after last year's end (`去年底內地廠房短暫停產…。不過據知2月份Tesla…回升` in April copy: this February).
    // So has a bare quarter or half ending before it (`大陸從去年11月資本外流…。中國第1季經濟增速6.9%` in June copy: this first quarter).
    const bareMonth = mention.kind !== 'calendar' || mention.year.kind !== 'context' ? null
      : mention.period.unit === 'month' || mention.period.unit === 'day' ? mention.period.month
      : mention.period.unit === 'quarter' ? mention.period.quarter * 3
      : mention.period.unit === 'half' && /^[上下]半/u.test(mention.text) ? mention.period.half * 6
      : null;
    const afterLastYearsEnd = /(?:年底|年末|年尾)$/u.test(paragraphYearText) && bareMonth !== null && bareMonth < 11;
    const cameRoundSince = lentAsWritten !== null && LAST_YEAR_WORD.test(paragraphYearText) && bareMonth !== null && ((paragraphMonth !== null && bareMonth < paragraphMonth.month) || afterLastYearsEnd);
    // A bare 年初 after a year's end (`去年底，易迅宣布…，京东甚至在年初的内部会议上…`) is the start of the year after it.
    // A day counted from publication (昨, 今日) names no year of its own: a bare quarter or half after it (第4季 in January copy) is
    // told as it would be with no day before it, the one just ended, not this year's to come.
    const lentByDay = paragraphYearByDay && mention.kind === 'calendar' && (mention.period.unit === 'quarter' || mention.period.unit === 'half');
    const lent = cameRoundSince || lentByDay ? null : lentAsWritten !== null && /^年初/u.test(mention.text) && /(?:年底|年末|年尾)$/u.test(paragraphYearText) ? lentAsWritten + 1 : lentAsWritten;
    const reported = reportYear !== null && mention.start < reportYear.until && isBareQuarterOrHalf(mention) ? reportYear.year : null;
    // A bare day in a later sentence than the month named (…五月十日已將關稅上調…。…十七日起公聽會將…) is the copy's own month's, as the
    // labels date every such day (10 of 10): a paragraph of a crawl that runs a whole article together names many months.
    const monthOfItsSentence = mention.kind === 'day-of-month' && SENTENCE_END_BETWEEN.test(text.slice(paragraphMonthEnd, mention.start)) ? null : paragraphMonth;
    const context = { published: countFrom, anchorYear: last.year, anchorMonth: last.month, anchorDay: last.day, latestIsDay: isLatestADay(dated, undatedStarts, anchors.latestIsDay), paragraphYear: reported ?? lent, paragraphMonth: monthOfItsSentence, forward, republicYears };
    const resolved = resolveExpression(mention, context);
    // A time the timeline cannot hold (`80年代`, `本週`, `上月` in an article dated by year) still states a time of its own.
    if (resolved === null) {
      if (!forecast) undatedStarts.push(mention.start);
      continue;
    }
    // A run of years a figure is averaged over (`自2001年至2021年年均…`) is no happening, but a time of its own.
    if (isPastRunOfYears(text, mention, published)) {
      undatedStarts.push(mention.start);
      continue;
    }
    // A target or forecast for a year before the copy's was set then (`2019年设定目标是6%`): that is history. One for
    // this year's month or quarter just ended (`預計3月CPI同比上漲1.5%` in April, before the data) is still a guess.
    const announcedEstimate = endsBeforePublication(resolved, published) && isAnnouncedEstimate(text, mention);
    if ((forecast && resolved.year >= published.year && !announcedEstimate) || (facesConditions(text, mention) && !endsBeforePublication(resolved, published)) || (asksAbout(text, mention) && !endsBeforePublication(resolved, published)) || (isExpectedByOthers(text, mention) && !endsBeforePublication(resolved, published))) {
      undatedStarts.push(mention.start);
      continue;
    }
    // A guess at a period (`預計9月新增信貸約為0.82萬億元`) dates nothing, nor do the conditions of a year under way
    // (`今年就業形勢很不好`). An expectation for a year long past is history (`2019年預計增長6%`); a doubt never is.
    const timing = timingOf(resolved, published);
    // A target set for a period not yet over, by 到 (`到2025年，…下降13.5%`, `到今年年底，门店数将达到1000家`) or by 目标 (`今年全年目标是…`), is a goal, not a happening.
    if (timing !== 'ended' && (setsTargetBy(text, mention) || namesTarget(text, mention))) {
      undatedStarts.push(mention.start);
      continue;
    }
    // A bare quarter or half not yet over (一季度 in February copy) in which nothing is told done and nothing is set: the period a
    // story talks about, an outlook (`一季度本来是淡季`, `一季度虽受影响`), not a dated happening. An act done in it (`戴爾第3季推出…`,
    // `二季度TMLF操作`, `四季度税费又减半缓缴`) is one, and so is a result it is said to have had so far (`上半年虧損擴大`).
    if (timing !== 'ended' && isBareQuarterOrHalf(mention) && !tellsDone(text, mention.start, mention.end) && !isForwardLooking(text, mention) && !ACTS_IN_PERIOD.test(text.slice(mention.end, clauseEnd(text, mention.end))) && !(mention.kind === 'calendar' && mention.period.unit === 'half' && RESULT_WORDS.test(text.slice(mention.end, clauseEnd(text, mention.end))))) {
      undatedStarts.push(mention.start);
      continue;
    }
    // `2022年至今` in copy of 2022 is 今年以來, `本月至今` a month so far: a span up to now.
    if (timing === 'current' && resolved.period.unit !== 'day' && /(?:至今|迄今)$/.test(mention.text)) {
      undatedStarts.push(mention.start);
      continue;
    }
    if ((timing !== 'ended' && (describesConditions(text, mention) || isJudgedOrBracedFor(text, mention) || deniesWithin(text, mention))) || isGuess(text, mention, timing, resolved.year >= published.year - 1)) {
      undatedStarts.push(mention.start);
      continue;
    }
    // A label lends no year or month to what follows: it is not when anything happened.
    if (namesData(text, mention)) {
      // Data still to be put out (`中国将举行8月国民经济运行情况新闻发布会`) date no happening yet, even standing alone.
      if (!judgesData(text, mention) && !isForwardLooking(text, mention)) dataNames.push({ mention, date: formatEventDate(resolved) });
      continue;
    }
    if (namesReleasedData(text, mention)) {
      releases.push({ mention, date: formatEventDate(resolved) });
      continue;
    }
    // A period named by its last day (截至今年3月31日止年度, 截至2015年3月31日止三个月) dates its figures to that day (LABELS.md); a
    // report's year, half or quarter (2024年一季報, 截至6月底止半年) is only a label.
    if (isPeriodLabel(text, mention) && resolved.period.unit !== 'day') {
      const covered = reportedPeriod(text, mention);
      if (writesYear(mention)) labels.push({ mention, date: formatEventDate({ year: resolved.year, period: covered ?? { unit: 'year' } }) });
      // A half's or quarter's report named with its year gives that year to the bare half or quarter its sentence gives figures for
      // (根据…2011年半年报，…上半年的收入达到…), not the year named before; past the sentence (2023年年報…；3月份) it lends nothing.
      if (writesYear(mention) && (covered !== null || /^半年/u.test(normalizeWidth(text.slice(mention.end))))) reportYear = { year: resolved.year, until: sentenceEnd(text, mention.end) };
      continue;
    }
    // Later 同年 count from here, whichever form named this year; bare dates of this paragraph
    // too, when it was written (see `lendsYearToParagraph`).
    // 當月 and 同日 count from the last month and the last full date, however coarse the dates between.
    const month = monthOf(resolved);
    last = { year: resolved.year, month: month ?? last.month, day: resolved.period.unit === 'day' ? resolved : last.day, yearNamedWhole: month === null };
    if (lendsYearToParagraph(mention)) {
      paragraphYearByDay = mention.kind === 'day-offset' || mention.kind === 'publication-day';
      paragraphYear = resolved.year;
      paragraphYearAt = mention.start;
      paragraphYearText = mention.text;
      paragraphYearIsWhole = mention.kind === 'calendar' && mention.period.unit === 'year';
    } else if (isBareRelativeYear(mention)) {
      // A year counted from publication moves the story back to the narrator's time: a bare month after it
      // (`1979年生效的《台灣關係法》…。去年夏季…。5月，政府知會國會`) is dated from publication, not from the year named before.
      paragraphYear = null;
      paragraphYearIsWhole = false;
    }
    if (month !== null) {
      paragraphMonth = month;
      paragraphMonthEnd = mention.end;
    }
    // The gloss of a relative year (`去年(2007年)12月底`) gives the month after it its year, and is no event of its own.
    if (glossesYearOfPart(text, mention)) continue;
    if (isRecentDay(mention, countFrom) && resolved.year === countFrom.year) toldRecentDay = true;
    dated.push({ mention, date: formatEventDate(resolved) });
  }
  const kept = [...dated, ...labelsStandingAlone(text, labels, dated), ...labelsStandingAlone(text, releases, dated), ...(dated.length === 0 ? dataNames.slice(0, 1) : [])].sort((a, b) => a.mention.start - b.mention.start);
  return { dated: kept, undatedStarts, anchors: { ...last, latestIsDay: isLatestADay(dated, undatedStarts, anchors.latestIsDay) } };
}
