import { YEAR, type DateExpression, type DateMention, type Period, type YearReference } from './date-types';
import { isOneOf, normalizeWidth, parseNumber } from './date-text';
import { isHabitual, looksAhead, tellsDone } from './date-tense';
/**
 * Finding date expressions in a paragraph (`scanDateMentions`), Traditional and Simplified. Each
 * written form is one rule below; the vocabulary is data so new forms are added as rows, not
 * branches. What a mention means is decided later, with context (`date-resolve.ts`).
 */

// ─── Patterns ───────────────────────────────────────────────────────────────────────────────
// Fragments are strings so each rule can be composed from them; every pattern runs on text that
// went through `normalizeWidth`, so only ASCII digits are spelled out.

const HAN_DIGIT = '〇零一二三四五六七八九';
const MONTH_NUM = '(?:1[0-2]|0?[1-9])';
const MONTH_HAN = '(?:十[一二]?|[一二三四五六七八九])';
const DAY_NUM = '(?:3[01]|[12][0-9]|0?[1-9])';
const DAY_HAN = '(?:[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])';
const DAY_MARK = '[日號号]';
const RANGE_MARK = '[-至到~—–]';
/**
 * A space copied from a PDF or a web page inside a date (`2017 年11 月18 日`, `11 月 25 日`): taken only
 * beside an Arabic number, after it (`DIGIT_SPACE`) or before it (`SPACE_DIGIT`), so it never joins two words.
 */
const DIGIT_SPACE = '(?:(?<=[0-9]) )?';
const SPACE_DIGIT = '(?: (?=[0-9]))?';
/** `年初步` (preliminary), `月初期`: 初 that starts another word. */
const NOT_INITIAL_WORD = '(?![步期次衷創创級级審审選选稿心見见版始賽赛])';
/** A period followed by 報/报 names a report (`三季報`, `半年報`, `一季度財報`), not a time; 度? keeps `季度?` from backing off its 度 to slip past. */
const NOT_REPORT = '(?!度?(?:[財财]務?)?[報报])';
/** 年中/月中 only where no word goes on (`2015年中國` is "China in 2015", `5月中國` "China in May"). */
const MIDDLE = '中(?:(?![\\u3400-\\u9fff])|(?=[以前後后時时起至到左]))';
const MONTH_PART = `(?:上旬|中旬|下旬|底|末|初${NOT_INITIAL_WORD}|${MIDDLE})`;
/** 全年 is the whole year, kept in the text as written. */
const YEAR_PART = `(?:[底末尾]|全年|初${NOT_INITIAL_WORD}|伊始|[上下]旬|${MIDDLE})`;
/** A verb that takes 下 as its complement (`創下半年新高` is "set a half-year high", not H2). */
const NOT_VERB_DOWN = '(?<![創创錄录記记寫写留立打奪夺拿定訂订])';
/**
 * A year's interim (`去年中期賺56億元`, `2012年中期業績`), as Hong Kong reports results: its first half. Only with the results after
 * it, and not the results meeting (`2018年中期业绩会上`), which is held after the half is over.
 */
const INTERIM = '(?<=年)(?<interim>中期)(?=(?:[業业]績|业绩)(?![會会發发說说])|[賺赚蝕蚀]|盈利|[純纯淨净溢]利|收入|[營营]收|[虧亏]損|亏损|派息|股息|[報报]告)';
/** `上半年`, `下半年` (and `上半程` closing its clause), and analysts' `H1`/`H2` (not `H1N1`, `H20`, the visa `H1-B`). */
const HALF = `(?:(?<half>上|${NOT_VERB_DOWN}下)半(?:年|程(?=[，,。；;]))${NOT_REPORT}|(?<![0-9A-Za-z])H(?<hx>[12])(?![0-9A-Za-z]|[-‐－][0-9A-Za-z])|${INTERIM})`;
const QUARTER_NUMBER = '[一二三四1-4]';
/** Two quarters named together (`第一、二季度`, `一至三季度`, `Q1-Q3`), read as the period holding both; then one quarter, in every spelling. */
const QUARTER = `(?:[Qq](?<qg>[1-4])(?:[-~至到、]|和|及)[Qq](?<qg2>[1-4])(?![0-9A-Za-z])|第(?<qe>${QUARTER_NUMBER})(?:[、至到-]|和|及)第?(?<qe2>${QUARTER_NUMBER})季度?|(?<qf>${QUARTER_NUMBER})(?:[、至到-]|和|及)(?<qf2>${QUARTER_NUMBER})季度|第${SPACE_DIGIT}(?<qa>${QUARTER_NUMBER})${DIGIT_SPACE}季度?|(?<qb>${QUARTER_NUMBER})${DIGIT_SPACE}季度|[Qq](?<qc>[1-4])(?![0-9A-Za-z])|(?<qd>首)季度?)${NOT_REPORT}`;
/** Months named together, as a range (`1-3月`) or a list (`1、2月`, `3、4、5月`); `m2` is the last. */
const MONTH_PAIR = `(?:(?:${DIGIT_SPACE}${RANGE_MARK}${SPACE_DIGIT}|(?:、${MONTH_NUM})*、)(?<m2>${MONTH_NUM}))?`;
/** The last day of a run of days (`21~22日`, `5-7日`): the days are one happening, dated by its first. */
const DAY_RUN = `(?:${DIGIT_SPACE}${RANGE_MARK}${SPACE_DIGIT}(?:${DAY_NUM}|${DAY_HAN}))?`;
/** 元月 is January, as Taiwan writes it; only after a written year (`2007年元月`), where 元 can be no currency. */
const FIRST_MONTH = '(?<=年\\s?)元';
const MONTH_DAY = `(?<m>${MONTH_NUM}|${MONTH_HAN}|${FIRST_MONTH})${MONTH_PAIR}${DIGIT_SPACE}月份?(?:${SPACE_DIGIT}(?<d>${DAY_NUM}|${DAY_HAN})${DAY_RUN}${DIGIT_SPACE}${DAY_MARK}|${MONTH_PART})?`;
/** The first quarters or months of a year, counted together (`前三季度`, `前兩月`, `前5個月`). */
const CUMULATIVE = `前(?:(?<cq>[一二三兩两1-3])[個个]?季度?|(?<cm>1[01]|[1-9]|十一?|[一二三四五六七八九兩两])[個个]?月份?)${NOT_REPORT}`;
/** Whatever may follow a year: a half, a quarter, the first quarters or months, a month (and day), or early/late in the year. */
const YEAR_TAIL = `(?<tail>${HALF}|${QUARTER}|${CUMULATIVE}|${SPACE_DIGIT}${MONTH_DAY}|(?<ypart>年?${YEAR_PART}))?`;
const WEEK_WORD = '(?:周|週|星期|禮拜|礼拜)';
const WEEKDAY = '[一二三四五六日天]';

// ─── Rules ──────────────────────────────────────────────────────────────────────────────────

type Groups = Partial<Record<string, string>>;

/** What one rule found at a position: where it ends and what it says. */
interface RuleMatch { end: number; expression: DateExpression }

/** One written form of a date: a sticky pattern, and the checks and reading that make a match a date. */
interface DateRule {
  name: string;
  pattern: string;
  read: (groups: Groups, source: string, start: number, end: number) => RuleMatch | null;
}

/**
 * Whether the words name a run of months or quarters counted together (`1-8月`, `前兩個月`,
 * `前三季度`, `第一、二季度`): a cumulative figure's span, not a dated happening, so never dated
 * (the labelled corpus dates none of 50 such runs). Found all the same, so `1-2月` is not read as `2月`.
 */
function namesRun(groups: Groups): boolean {
  return Boolean(groups.m2 ?? groups.cq ?? groups.cm ?? groups.qe ?? groups.qf ?? groups.qg);
}

/**
 * An act done over the months right after them (`今年8至9月期間進行調查`, `去年3月至12月致函特區政府`): the stretch in which
 * something happened, which LABELS.md dates by its start, unlike a run that frames a cumulative figure (`1-8月，零售总额…`).
 */
const ACT_OVER_RUN = /^\s*[，,]?\s*(?:期間|期间|間|间|內|内)?(?:曾|先後|先后|多次)?(?:進行|进行|舉行|举行|舉辦|举办|開展|开展|展開|展开|實施|实施|致函|發函|发函|去信|調查|调查|訪問|访问|巡視|巡视)/u;

function isActOverRun(source: string, end: number): boolean {
  return ACT_OVER_RUN.test(source.slice(end, end + 12));
}

/** The first month of a run of months written with a range or a list (`8至9月`), when an act is done over them; null otherwise. */
function startOfActedRun(groups: Groups, source: string, end: number): Period | null {
  const month = groups.m2 === undefined || groups.d ? null : parseNumber(groups.m ?? '');
  return month !== null && month >= 1 && month <= 12 && isActOverRun(source, end) ? { unit: 'month', month } : null;
}

/** Reads the period a year's tail names; an empty tail is the whole year. */
function readYearTail(groups: Groups): Period | null {
  if (!groups.tail) return YEAR;
  if (groups.half || groups.hx || groups.interim) return readHalf(groups);
  if (hasQuarter(groups)) return readQuarterGroups(groups);
  if (groups.cq || groups.cm) return readCumulative(groups);
  if (groups.m) return readMonthDay(groups);
  return readYearPart(groups.ypart ?? '');
}

/**
 * The finest standard period that holds every month from `first` to `last`: a month, else a
 * quarter, else a half, else the year. A span of months is one statement about all of them
 * (`1-9月累計`), so dating it by its first month would claim a precision the text does not give.
 */
export function periodContaining(first: number, last: number): Period {
  if (first === last) return { unit: 'month', month: first };
  if (Math.ceil(first / 3) === Math.ceil(last / 3)) return { unit: 'quarter', quarter: Math.ceil(first / 3) };
  if (Math.ceil(first / 6) === Math.ceil(last / 6)) return { unit: 'half', half: Math.ceil(first / 6) };
  return YEAR;
}

/** Reads `前三季度` (quarters 1–3) or `前5個月` (months 1–5) as the period holding them all. */
function readCumulative(groups: Groups): Period | null {
  const count = parseNumber(groups.cq ?? groups.cm ?? '');
  if (count === null || count < 1) return null;
  const months = groups.cq ? count * 3 : count;
  return months > 12 ? null : periodContaining(1, months);
}

/** Reads `上半年`/`下半年`, `H1`/`H2` or a year's `中期` (its first half). */
function readHalf(groups: Groups): Period {
  return { unit: 'half', half: groups.half === '上' || groups.hx === '1' || groups.interim !== undefined ? 1 : 2 };
}

/** Whether the `QUARTER` fragment matched. */
function hasQuarter(groups: Groups): boolean {
  return Boolean(groups.qa ?? groups.qb ?? groups.qc ?? groups.qd ?? groups.qe ?? groups.qf ?? groups.qg);
}

/** Reads what the `QUARTER` fragment matched: one quarter, or two named together as the period holding both (`第一、二季度` is H1). */
function readQuarterGroups(groups: Groups): Period | null {
  const first = groups.qe ?? groups.qf ?? groups.qg;
  if (first !== undefined) {
    const from = parseNumber(first);
    const to = parseNumber(groups.qe2 ?? groups.qf2 ?? groups.qg2 ?? '');
    return from === null || to === null || to <= from || to > 4 ? null : periodContaining(from * 3 - 2, to * 3);
  }
  return readQuarter(groups.qa ?? groups.qb ?? groups.qc ?? '1');
}

/** Reads a quarter number, ASCII or Chinese. */
function readQuarter(written: string): Period | null {
  const quarter = parseNumber(written);
  return quarter === null ? null : { unit: 'quarter', quarter };
}

/** Reads a month and optional day (`9月`, `5月11日`, `十一月九日`); two months (`1-3月`, `3、4月`) are the period holding both (Q1, H1), a range that runs into the next year (`11-2月`) its first month. */
function readMonthDay(groups: Groups): Period | null {
  const month = parseNumber(groups.m ?? '');
  if (month === null || month < 1 || month > 12) return null;
  const last = groups.m2 === undefined ? month : parseNumber(groups.m2);
  if (!groups.d) return last !== null && last > month && last <= 12 ? periodContaining(month, last) : { unit: 'month', month };
  const day = parseNumber(groups.d);
  return day === null ? null : { unit: 'day', month, day };
}

/**
 * Reads 年初/年底/年末/年中 (and 伊始, "at the outset", as 年初; 上旬 and 下旬 as 年初 and 年底). The rule: the finest standard period that surely contains what the
 * words say. Early in the year is surely in H1 and late surely in H2, but a quarter would claim
 * more than `年初` or `年底` says (年底 is often a deadline, 年初 can run into spring); 年中
 * straddles both halves, so it stays a year.
 */
export function readYearPart(part: string): Period {
  const last = part.charAt(part.length - 1);
  // A year's 上旬 or 下旬 (2024年下旬), a month's word stretched over the year, is its early or late part.
  if (last === '初' || part.endsWith('伊始') || part.endsWith('上旬')) return { unit: 'half', half: 1 };
  if (last === '底' || last === '末' || last === '尾' || part.endsWith('下旬')) return { unit: 'half', half: 2 };
  return YEAR;
}

/** Builds a rule for a year head (`2023年`, `二〇二三年`, `21年`, `去年`…) followed by an optional tail. */
function yearRule(
  name: string,
  head: string,
  readYear: (groups: Groups) => YearReference | null,
  accepts: (source: string, start: number, end: number, groups: Groups) => boolean,
): DateRule {
  return {
    name,
    pattern: `(?:${head})${YEAR_TAIL}`,
    read(groups, source, start, end) {
      const year = readYear(groups);
      const period = readYearTail(groups);
      if (year === null || period === null || !accepts(source, start, end, groups)) return null;
      const acted = namesRun(groups) ? startOfActedRun(groups, source, end) : null;
      if (acted !== null) return { end, expression: { kind: 'calendar', year, period: acted } };
      if (namesRun(groups)) return { end, expression: { kind: 'undatable' } };
      return { end, expression: { kind: 'calendar', year, period: groups.fiscal ? calendarPartOfFiscal(period) : period } };
    },
  };
}

/** A fiscal year's quarter or half (`2024財年第一季`) is not the calendar one (many fiscal years start in April or October), so only the year is kept. */
function calendarPartOfFiscal(period: Period): Period {
  return period.unit === 'quarter' || period.unit === 'half' ? YEAR : period;
}

/** Whether `second` is the year after `first`, written in full (`2023/2024`) or by its last two digits (`2023/24`). */
function isNextYear(first: number, second: string): boolean {
  return second.length === 2 ? Number(second) === (first + 1) % 100 : Number(second) === first + 1;
}

/** Characters after a bare two-digit `N年` that make it a duration (`21年來`, `10年內`, `3年後`). */
const DURATION_FOLLOWERS = '來来內内間间多後后前左以裡里之期時时半級级制';
/** A company's or a person's milestone right after a two-digit `N年`, perhaps with how (`以1號仔`): 上市, 成立, 創辦, 退休. */
const FOUNDED_AFTER_YEAR = /^\s?(?:以[^，,。；;]{1,5})?(?:上市(?![公企])|成立|創立|创立|創辦|创办|創建|创建|開業|开业|退休|出生|畢業|毕业|入行)/;
/** A superlative level right after `N年` (`11年最平水准`, `9年最高位`): the most in that many years. */
const SUPERLATIVE_OVER_YEARS = /^\s?(?:以[來来])?最[^，,。；;]{0,3}?(?:水準|水准|水平|紀錄|纪录|高位|低位|高點|高点|低點|低点)/u;
/** Words before `N年` that count years (`近30年`, `成立30年`, `有30年`). */
const COUNT_BLOCKERS = '第近逾約约達达有滿满超共歷历';
/** Temporal prepositions that make a following `N年` a year: at, in, since, from. */
const YEAR_PREPOSITIONS = '在於于自從从';

/**
 * Whether a two-digit `N年` is a year, not a duration or an age: it carries a month or a part of
 * the year (`21年3月`, `22年底`), or follows at/in/since (`在21年`), or ends a range (`15年到18年`).
 */
export function isTwoDigitYear(source: string, start: number, end: number, groups: Groups): boolean {
  // A space before the number (`於 70 年`) does not part it from the word before.
  const before = source.charAt(start - 1) === ' ' ? source.charAt(start - 2) : source.charAt(start - 1);
  if (before === '第') return false;
  // `在2011~2020年的10年中`, `這5年中`, `在过去30年中`, `未來10年中`: 中 after a number of years pointed at is "during those years",
  // a duration.
  if (groups.tail === '中' && isOneOf('的這这其那近去來来後后', before)) return false;
  if (groups.tail) return true;
  if (isOneOf(DURATION_FOLLOWERS, source.charAt(end))) return false;
  // A record over so many years (`在11年最平水准附近`, `創9年最高位`): a duration, even after 在.
  if (SUPERLATIVE_OVER_YEARS.test(source.slice(end, end + 10))) return false;
  if (isOneOf(YEAR_PREPOSITIONS, before)) return true;
  // A founding or listing right after it (`88年上市前的员工`, `72年以1號仔上市`): the year it happened, not a span of years.
  if (FOUNDED_AFTER_YEAR.test(source.slice(end, end + 8)) && !isOneOf(`${COUNT_BLOCKERS}立了過过`, before)) return true;
  // The end of a span whose start is a year (`2000年至05年`, `從98年到05年`), not of a span of durations (`按20年到70年分檔`).
  const spanStart = /(?:^|([^0-9]))([0-9]{2}|[0-9]{4})\s?年\s?[至到]\s?$/u.exec(source.slice(Math.max(0, start - 8), start));
  return spanStart !== null && (spanStart[2]?.length === 4 || isOneOf(`${YEAR_PREPOSITIONS}從从自由`, spanStart[1] ?? ''));
}

/** The first year of the Republic of China (民國元年, 1912) minus one: 民國112年 is 1911 + 112 = 2023. */
const ROC_EPOCH = 1911;

/** Characters before a bare `112年` that make it a count of years (`第112年`, `近112年`, `有112年`). */
const ROC_YEAR_BLOCKERS = '第近逾約约達达有滿满超共歷历';
/** Characters after a bare `112年` that make it an age or a span (`112年歷史`, `112年老店`), besides those of a duration. */
const ROC_YEAR_FOLLOWERS = `${DURATION_FOLLOWERS}歷历老`;

/**
 * Whether `N年` is a year of the Republic of China: always after 民國; without it only from 100
 * (2011) to 129, with 度 or a period after it (`112年度`, `112年第3季`), or alone when it is no
 * count of years (`有112年歷史`, `112年來`) and no round number (`建黨100年` is an age). A shorter
 * bare `98年` is read as 1998 by the two-digit rule.
 */
export function isRocYear(source: string, start: number, end: number, groups: Groups): boolean {
  if (groups.roc) return true;
  const written = groups.y ?? '';
  if (!/^1[0-2][0-9]$/.test(written)) return false;
  if (groups.tail || groups.rocfy) return true;
  if (written.endsWith('0')) return false;
  // A space before the number (`近 112 年`) does not part it from the word before.
  const before = source.charAt(start - 1) === ' ' ? source.charAt(start - 2) : source.charAt(start - 1);
  return !isOneOf(ROC_YEAR_BLOCKERS, before) && !isOneOf(ROC_YEAR_FOLLOWERS, source.charAt(end));
}

/** Characters before (or after) a relative-year word that show it is part of another word (`目前年化`, `過去年度`, `如今年輕`). */
const RELATIVE_YEAR_BLOCKERS: ReadonlyMap<string, { before: string; after: string }> = new Map([
  ['今年', { before: '如迄當当', after: '輕轻紀纪齡龄' }],
  ['去年', { before: '過过失除離离進进回來来', after: '' }],
  ['前年', { before: '目之提以此日當当空超向從从戰战史生眼面跟事門门席胸台臺窗車车婚考節节週周天期年月前', after: '' }],
  ['明年', { before: '說说表證证聲声標标透簡简發发光文聰聪鮮鲜開开闡阐指註注載载申分高清英', after: '' }],
  // The year after next, not the end of 之後, 以後, 最後, 幕後, 戰後… before 年 (之後年年…, 最後年度).
  ['後年', { before: '之以然最落前背往今日此隨随其稍延事死身幕午戰战賽赛會会飯饭課课產产術术善', after: '度代輕轻齡龄' }],
  ['后年', { before: '之以然最落前背往今日此隨随其稍延事死身幕午戰战賽赛會会飯饭課课產产術术善', after: '度代輕轻齡龄' }],
  // 同 joining someone younger (同年輕人講: "told the young people", as Cantonese writes 同 for 跟) is no year.
  ['同年', { before: '', after: '齡龄級级代生紀纪輕轻' }],
  // Written out, the same year (`2015年出口额…。同一年，…`).
  ['同一年', { before: '', after: '齡龄級级代生紀纪來来' }],
  ['次年', { before: '首多每屢屡依層层單单數数幾几一二三四五六七八九十兩两本該该這这上下此名', after: '' }],
  ['翌年', { before: '', after: '' }],
  ['舊年', { before: '懷怀依辭辞送守念', after: '代' }],
  ['旧年', { before: '懷怀依辭辞送守念', after: '代' }],
  ['當年', { before: '', after: '' }],
  ['当年', { before: '', after: '' }],
  // 这一年来 is "over the past year", a span.
  ['這一年', { before: '', after: '來来' }],
  ['这一年', { before: '', after: '來来' }],
]);

const RELATIVE_YEARS: ReadonlyMap<string, YearReference> = new Map<string, YearReference>([
  ['今年', { kind: 'published', offset: 0 }],
  ['去年', { kind: 'published', offset: -1 }],
  ['前年', { kind: 'published', offset: -2 }],
  // Cantonese 舊年 (last year).
  ['舊年', { kind: 'published', offset: -1 }],
  ['旧年', { kind: 'published', offset: -1 }],
  ['明年', { kind: 'published', offset: 1 }],
  ['後年', { kind: 'published', offset: 2 }],
  ['后年', { kind: 'published', offset: 2 }],
  ['同年', { kind: 'anchor', offset: 0 }],
  ['同一年', { kind: 'anchor', offset: 0 }],
  ['當年', { kind: 'anchor', offset: 0 }],
  ['当年', { kind: 'anchor', offset: 0 }],
  ['次年', { kind: 'anchor', offset: 1 }],
  ['翌年', { kind: 'anchor', offset: 1 }],
  // 这一年 counts like 同年 from the year named just before (LABELS.md: 2020年…这一年).
  ['這一年', { kind: 'anchor', offset: 0 }],
  ['这一年', { kind: 'anchor', offset: 0 }],
]);

/** Whether a relative-year word stands on its own: not inside another word, not `年化` (annualised), and `當年` ("back then") only with a month or period after it. */
export function isRelativeYear(source: string, start: number, end: number, groups: Groups): boolean {
  const word = groups.rel ?? '';
  const blockers = RELATIVE_YEAR_BLOCKERS.get(word);
  if (blockers === undefined) return false;
  const headEnd = start + word.length;
  const after = source.charAt(headEnd);
  if (after === '化' || isOneOf(blockers.after, after)) return false;
  if (isOneOf(blockers.before, source.charAt(start - 1))) return false;
  return !(word === '當年' || word === '当年') || Boolean(groups.tail);
}

/** Characters before a bare month that make it a count or a recurrence (`前5月`, `每3月`, `每年3月`). */
const BARE_MONTH_BLOCKERS = '第前個个每近數数幾几多半兩两上下本當当這这該该同次翌年閏闰-';
/** Characters after a bare month that make it a tenor or a rate (`3月期`, `12月息`). */
const BARE_MONTH_FOLLOWERS = '期息薪供租費费均度';

/**
 * Words ending in a blocking character that are whole words of their own (`日本2月家庭開支`, `三大指數星期五開市`,
 * `恒生指數3月累跌`, `此前6月3日`, `早前5月`): the character ends a name, a noun or an adverb before the date, it counts nothing.
 */
const WORDS_ENDING_IN_BLOCKER = /(?:[日資资成基根版樣样劇剧課课]本|(?:[指參参總总人次係系點点分])[數数]|[此之早先稍較较]前)$/;

/** Whether the character right before `start` is one of `blockers` and not the end of a word of its own (see `WORDS_ENDING_IN_BLOCKER`). */
function isBlockedBefore(blockers: string, source: string, start: number): boolean {
  return isOneOf(blockers, source.charAt(start - 1)) && !WORDS_ENDING_IN_BLOCKER.test(source.slice(Math.max(0, start - 2), start));
}

/** The year of a month written without one: from context, and looking ahead when its sentence does (see `looksAhead`). */
function contextYear(source: string, start: number, end: number): YearReference {
  if (looksAhead(source, start, end)) return { kind: 'context', looksAhead: true };
  return tellsDone(source, start, end) ? { kind: 'context', looksBack: true } : { kind: 'context' };
}

/** Whether a bare `5月`/`11月9日` is a date: not a count, a recurrence or a tenor. */
export function isBareMonth(source: string, start: number, end: number, groups: Groups): boolean {
  // A space before the number (`拜登 3 月`, `第 3 月`) does not part it from the word before.
  if (isBlockedBefore(BARE_MONTH_BLOCKERS, source, source.charAt(start - 1) === ' ' ? start - 1 : start)) return false;
  // `12月期间`, `3月期內`: during the month, not a tenor (`3月期`).
  if (/^期[間间內内]/.test(source.slice(end, end + 2))) return true;
  return Boolean(groups.d) || !isOneOf(BARE_MONTH_FOLLOWERS, source.charAt(end));
}

const WEEKDAYS = new Map([...'一二三四五六'].map((c, i) => [c, i + 1])).set('日', 7).set('天', 7);
const WEEK_OFFSETS = new Map([['上', -1], ['下', 1], ['本', 0], ['這', 0], ['这', 0], ['今', 0], ['呢', 0]]);
/** Characters before 周 that make it a count of weeks or a recurrence (`一周一次`, `每周一`, `逢周六`). */
const WEEK_BLOCKERS = '每逢一二三四五六七八九十兩两數数幾几個个半多';

/** Reads `周一`, `上周五`, `星期三`, and `周一（11月20日）` or `周五（21日）`, where the date in brackets is what counts. */
function readWeekday(groups: Groups, source: string, start: number, end: number): RuleMatch | null {
  // A blocker counts weeks only when it stands right before 周 (`數周`); before 上/下/本 it ends the word before (`指數上周五`).
  if (groups.rel === undefined && isBlockedBefore(WEEK_BLOCKERS, source, start)) return null;
  const inner = groups.inner === undefined ? null : scanDateMentions(groups.inner);
  const dated = inner?.length === 1 ? inner[0] : undefined;
  const weekday = WEEKDAYS.get(groups.wd ?? '');
  if (dated !== undefined && dated.text === groups.inner) {
    // `本周五（8月31日）`: the week named places the day; a month and day alone would be read as last year's when just ahead.
    const weekNamed = groups.rel === undefined ? undefined : WEEK_OFFSETS.get(groups.rel);
    const weekdayNamed = WEEKDAYS.get(groups.wd ?? '');
    if (dated.kind === 'calendar' && dated.year.kind !== 'absolute' && weekNamed !== undefined && weekdayNamed !== undefined) return { end, expression: { kind: 'weekday', week: weekNamed, weekday: weekdayNamed, dated: { year: dated.year, period: dated.period } } };
    if (dated.kind === 'calendar') return { end, expression: { kind: 'calendar', year: dated.year, period: dated.period } };
    // `周二（4日）`: the weekday tells which month the 4th is in (the one where it is a Tuesday).
    if (dated.kind === 'day-of-month') return { end, expression: weekday === undefined ? { kind: 'day-of-month', day: dated.day } : { kind: 'day-of-month', day: dated.day, weekday } };
  }
  if (weekday === undefined) return null;
  const week = groups.rel === undefined ? null : WEEK_OFFSETS.get(groups.rel) ?? null;
  const ownEnd = start + (groups.rel ?? '').length + (groups.week ?? '').length + 1;
  return { end: ownEnd, expression: { kind: 'weekday', week, weekday } };
}

const MONTH_OFFSETS = new Map([['上', -1], ['本', 0], ['今', 0], ['下', 1]]);

/** Reads `上月`, `本月`, `下個月`, with an optional day (`上月15日`). */
function readMonthOffset(groups: Groups, _source: string, _start: number, end: number): RuleMatch | null {
  const offset = MONTH_OFFSETS.get((groups.rel ?? '').charAt(0));
  if (offset === undefined) return null;
  const day = groups.d ? parseNumber(groups.d) : null;
  return { end, expression: { kind: 'month-offset', offset, day } };
}

/**
 * Characters before a bare `18日` that make it a count, a span or the end of a range (`第3日`, `近5日`, `連續3日`, `為期30日`, `T+1日`, `1至3日`,
 * `短短10日`). Not 數: before Arabic digits it ends a noun, mostly an index that a market wrap dates (`恒生指數6日高開`, `加權指數4日`).
 */
const BARE_DAY_BLOCKERS = '第前後后每近幾几多個个半兩两連连續续期時时逾超滿满約约共達达過过月+至到-~短';
/** What after a bare `18日` makes it a count, a span, a moving average or yen (`3日內`, `5日均線`, `7日年化`, `3日後`, `20日元`). */
const BARE_DAY_FOLLOWERS = /^(?:[內内間间均線线後后前來来以多左期之元圓圆幣币]|年化|平均|移動|移动)/;

/** What after `18號` makes it a number, not a day (`2號月台`, `1號仔`, `18號文件`, `3號線`, `5號房`, `2號機組`, `1號店`, `保理1號第1期`, `1號專項計劃`, Hong Kong's storm signals `10號颶風信號`, `8號風球`, `3號強風信號`, `8號波`). */
const NUMBERED_THING = /^(?:[颶飓風风強强烈信戒膠胶]|波(?![動动幅段])|[文令線线房樓楼店碼码颱台球貨货倉仓公決决機机門门站口車车窗床位鋪铺院館馆字章條条款艙舱池井區区棟栋座層层館選选台第專专項项基計计產产員员]|高管|月[台臺]|仔|居民|宿舍|大[樓楼廈厦]|地[塊块]|[廠厂]房?|冷站|[0-9A-Za-z])/;
/** A number told as such right before `1號` (`編號是1號`, `号码为8号`): a number, not a day. */
const NUMBER_TOLD_BEFORE = /(?:(?:編號|编号|號碼|号码|代號|代号)(?:是|為|为|[：:])?|[街道路巷里村樓楼座宿]|大[廈厦]|[園园][區区])\s*$/;

/**
 * A verb of staying or lasting, or of moving a date by some days, right before a bare `6日` (`留醫6日`, `住院3日`,
 * `隔離14日`, `停牌5日`, `住了3日`, `提前3日`, `相隔5日`):
 * the number is how long, not which day. A day names what happens on it, so it comes before its verb
 * (`6日公布`) or after a preposition (`於6日`), never right after a verb of duration.
 */
const LASTING_VERB_BEFORE = new RegExp(
  `(?:${[
    '留[醫医院]', '住院', '入院', '隔[離离]', '[檢检]疫', '停(?:牌|市|[課课]|工|[產产]|[業业]|[駛驶]|航|[運运])', '休(?:市|假|息|[業业]|[課课])', '放假', '(?:逗|停|滯|滞)留',
    '居住', '[拘羈羁扣]留', '[關关]押', '[監监]禁', '禁足', '封(?:城|[鎖锁]|[關关])', '延[長长]', '延期', '推[遲迟]', '[歷历]時', '[歷历]时', '[費费耗需用]時', '[費费耗需用]时', '等[候待]',
    '治[療疗]', '[觀观]察', '休[養养]', '[療疗][養养]', '[罷罢]工', '封[閉闭]', '[關关][閉闭]', '[暫暂]停', '延[遲迟誤误]', '延[後后]', '推[後后]', '[順顺]延', '提前', '相[隔距]', '[間间]隔',
    '[住留待等關关困躲睡停休遲迟晚][了咗]',
  ].join('|')})(?:[約约近逾超]|大[約约])?$`,
);

/** Whether a bare `18日` is a day of the month, not a count of days. */
export function isBareDay(source: string, start: number, end: number): boolean {
  // A space before the number (`共 5 日`) does not part it from the word before.
  const word = source.charAt(start - 1) === ' ' ? start - 1 : start;
  if (LASTING_VERB_BEFORE.test(source.slice(Math.max(0, word - 4), word))) return false;
  return !(isOneOf(BARE_DAY_BLOCKERS, source.charAt(word - 1)) && !isEndOfSpanToDay(source, word)) && !BARE_DAY_FOLLOWERS.test(source.slice(end));
}

/** `截至22日`, `今年至22日止`: 至 after a word, not after a day (`1至3日`), makes the day what figures are counted up to, a date. */
function isEndOfSpanToDay(source: string, start: number): boolean {
  return isOneOf('至到', source.charAt(start - 1)) && !/[0-9〇零一二三四五六七八九十日號号]/.test(source.charAt(start - 2));
}

/** A word that names a day or a month relative to another date, with what it must not stand next to. */
interface RelativeWord { word: string; offset: number; notBefore?: RegExp; notAfter?: RegExp; anyAfterAtClauseStart?: true; notInForecast?: true }

/** A forecast's verb earlier in the sentence (`天文台預料，…`). */
const FORECAST_IN_SENTENCE = /(?:預料|预料|預計|预计|預測|预测|預期|预期)[^。；;！？!?]*$/u;

/** What stands before a word that opens a clause: nothing, or a mark that ends the clause before. */
const CLAUSE_OPENING_BEFORE = /(?:^|[，,。；;：:！？!?「『“"（(\s】〕])$/;

/** Before-context that makes 前/次 part of another word (`此前日`, `之前日`, `首次日`, `依次月`). */
const NOT_BEFORE_PREVIOUS = /[目之提以此日當当空超向從从戰战史生眼面跟事門门席胸台臺窗車车婚考節节週周天期年月前]$/;
const NOT_BEFORE_NEXT = /[首多每屢屡依層层單单數数幾几一二三四五六七八九十兩两本該该這这上下此名]$/;

/** `持續到今天`, `時至今日`, `如今日`, `今時今日`: "until now" or "nowadays", not today (`截至今日`, as of today, is). */
const UNTIL_TODAY = /(?:(?<!截)[至到]|如|今[時时]|始[於于])$/;

const CHINESE_DAY_COUNTS = ['', '一', '兩', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * A few days counted back from publication (`5天前`, `三天前`): the day itself, as 前天 is. Up to ten: a longer count is a rough
 * span (`二十多天前`), and a digit or count before it (`15天前`, `十五天前`) is another number, read by its own entry or not at all.
 * Not before 的 (`3天前的加護病房裡`): a scene set then, not a happening the text dates.
 */
const DAYS_AGO: readonly RelativeWord[] = Array.from({ length: 9 }, (_, index) => index + 2).flatMap((count) => {
  const words = [`${count}天前`, `${CHINESE_DAY_COUNTS[count] ?? ''}天前`, ...(count === 2 ? ['两天前'] : [])];
  return words.map((word) => ({ word, offset: -count, notBefore: /[0-9０-９一二三四五六七八九十百兩两幾几多數数]$/u, notAfter: /^(?:的|左右|多)/u }));
});

/** Days counted from publication (`今日` 0, `昨日` −1, `前日` −2) and what keeps them from being other words (`今日頭條`, `時至今日`, `前日本首相`, `昨日黃花`). */
const PUBLICATION_DAYS: readonly RelativeWord[] = [
  ...DAYS_AGO,
  // `NOWnews今日新聞`, `今日頭條`: names of outlets.
  // `今日聚焦`, `今日要聞`: a column's name over the copy, not a day.
  { word: '今日', offset: 0, notBefore: UNTIL_TODAY, notAfter: /^(?:[頭头]|新[聞闻]|聚焦|要[聞闻]|焦[點点]|看[點点]|[導导][讀读]|熱[點点]|热点|推[薦荐]|快[訊讯]|提示)/ },
  // `兩年後的今天`: today as a figure of speech.
  // `放在今天依然掷地有声`, `但没想到在今天，…`: today as "nowadays", set off by a comma; `今天，公司宣布` opening its clause is a day.
  { word: '今天', offset: 0, notBefore: /(?:(?<!截)[至到]|如|的|放在)$/, notAfter: /^[，,]/, anyAfterAtClauseStart: true },
  // `即日起一連三日`: from today. Not the same-day of a service or a trade (`即日往返`, `即日交收`, `即日買賣`, `即日鮮`).
  { word: '即日', offset: 0, notAfter: /^(?:往返|來回|来回|交收|[買买][賣卖]|到[帳账]|[鮮鲜]|[達达]|可[達达])/ },
  { word: '昨日', offset: -1, notAfter: /^[黃黄]/ },
  { word: '昨天', offset: -1 },
  // Cantonese, as Hong Kong columns and broadcasters write it: 尋日/琴日 (yesterday), 聽日 (tomorrow).
  { word: '尋日', offset: -1 },
  { word: '寻日', offset: -1 },
  { word: '噚日', offset: -1 },
  { word: '琴日', offset: -1 },
  { word: '聽日', offset: 1 },
  { word: '琴晚', offset: -1 },
  { word: '尋晚', offset: -1 },
  { word: '噚晚', offset: -1 },
  { word: '寻晚', offset: -1 },
  { word: '听日', offset: 1 },
  { word: '前日', offset: -2, notBefore: NOT_BEFORE_PREVIOUS, notAfter: /^(?:本(?!港)|[經经元圓圆股韓韩企資资產产系均])/ },
  { word: '前天', offset: -2, notBefore: NOT_BEFORE_PREVIOUS },
  // Tomorrow dates a plan (將於明天舉行會議); 明日之星 is a rising star, not a day.
  { word: '明天', offset: 1 },
  // `明日之星`; `明日大嶼`, Hong Kong's reclamation plan, named in land and housing copy.
  { word: '明日', offset: 1, notAfter: /^(?:之|大嶼|大屿)/ },
  // Hong Kong copy writes 今 alone right before its verb (`鄧炳強今出席元朗區議會會議`, `政府今宣布`); not 如今, 至今, 現今, 當今.
  {
    word: '今',
    offset: 0,
    notBefore: /[如至迄當当現现而古自從从于於距]$/,
    // Nor in a forecast's sentence (`天文台預料，季候風今起影響廣東沿岸`): the weather or a market to come, no happening (LABELS.md).
    notInForecast: true,
    // `今起擴大全民檢測`: from today. A part of the day or a report's verb after it (`今凌晨`, `今初步確診`, `今錄得`), as Hong Kong copy writes.
    // …or an adverb or preposition opening the predicate (`高醫大今為…舉辦`, `鍾飲文今都親至會場`, `國發會今將公布`).
    notAfter: /^(?!(?:出席|表示|指出|宣布|宣佈|公布|公佈|發表|发表|發布|发布|發佈|召開|召开|舉行|举行|回應|回应|接受|抵達|抵达|會見|会见|透露|繼續|继续|結案|结案|開庭|开庭|審理|审理|裁決|裁决|判刑|提堂|再度|再次|說明|说明|強調|强调|證實|证实|澄清|重申|發函|发函|拍板|起(?![來来碼码訴诉義义])|凌晨|上午|下午|中午|傍晚|深夜|初步|確診|确诊|新增|錄得|录得|通報|通报|重開|重开|[為为](?!止)|都|[將将](?![來来近])|亦))/,
  },
  // Times of day name their day (今早, 昨晚), and Hong Kong and Taiwan copy writes 昨 alone before its verb (昨公布, 昨在致詞).
  { word: '今早', offset: 0 },
  { word: '今晨', offset: 0 },
  { word: '今晚', offset: 0 },
  { word: '昨晚', offset: -1 },
  { word: '昨夜', offset: -1 },
  { word: '昨早', offset: -1 },
  { word: '昨晨', offset: -1 },
  // The night before last, as Hong Kong copy writes it (`警方前晚拘捕五人`); not the eve of something (`選舉前晚`, `開會前晚`).
  { word: '前晚', offset: -2, notBefore: /[目之提以此日當当空超向從从戰战史生眼面跟事門门席胸台臺窗車车婚考節节週周天期年月前舉举會会賽赛試试議议選选禮礼典宴逝世亡]$/ },
  { word: '昨午', offset: -1 },
  { word: '今午', offset: 0 },
  // Taiwan's papers also open a clause with it (`昨外資買超192.78億元`), and market copy puts it before a move (`濠賭股昨應聲下跌`, `台積電昨收1480元`);
  // so does copy before a deed or an opening (`侯友宜昨批中央`, `五一黃金周昨展開`), or before an adverb or the passive (`陳茂波昨僅稱`,
  // `昨被問`, `昨則表示`, `昨又指`), or before a market's figure recorded (`港股通昨錄…流出`), or how a price opened or went on (`小米股價昨低開`, `恒指昨終失守`).
  {
    word: '昨',
    offset: -1,
    notAfter: /^(?!(?:在|於|于|被|僅|仅|只|則|则|又|更|就|對|对|與|与|即|隨即|随即|首次|首度|親自|亲自|公布|公佈|宣布|宣佈|表示|指出|稱|称|發表|发表|發布|发布|發佈|舉行|举行|召開|召开|出席|回應|回应|透露|收市|收報|收报|公告|簽署|签署|獲|获|接受|抵達|抵达|再度|再次|應聲|应声|收|升|跌|漲|涨|大漲|大涨|大跌|開高|开高|開低|开低|高開|高开|低開|低开|終|终|續|续|失守|一度|急|挫|插|回落|反彈|反弹|買超|买超|賣超|卖超|繼續|继续|乘|例行|開庭|开庭|審理|审理|裁決|裁决|判刑|提堂|結案|结案|到|赴|前往|現身|现身|聯同|联同|率領|率领|凌晨|上午|下午|中午|傍晚|深夜|初步|確診|确诊|新增|多|錄得|录得|通報|通报|重開|重开|證實|证实|指|說|说|發出|发出|接獲|接获|宣判|正式|針對|针对|強調|强调|重申|澄清|說明|说明|坦言|直言|否認|否认|批評|批评|呼籲|呼吁|表態|表态|受訪|受访|答覆|答复|回覆|回复|致函|發函|发函|定案|拍板|決定|决定|通過|通过|表決|表决|投票|開會|开会|主持|會見|会见|會晤|会晤|接見|接见|拜會|拜会|視察|视察|出訪|出访|啟動|启动|推出|成立|掛牌|挂牌|上市|亦|也|都|已|以|[為为]|拒絕|拒绝|截收|向|批|展開|展开|開始|开始|結束|结束|開幕|开幕|閉幕|闭幕|落幕|登場|登场|揭曉|揭晓|出爐|出炉|公開|公开|提出|參加|参加|參觀|参观|拜訪|拜访|舉辦|举办|看過|看过|晚間|晚间|早上|致詞|致词|談到|谈到|提到|表明|宣告|發文|发文|發言|发言|受邀|邀請|邀请|錄|录|刪除|删除|有(?![人些的])))/,
    anyAfterAtClauseStart: true,
  },
];

/** Days counted from the last full date named before (`同日`, `當天`, `次日`), and what keeps them from being other words (`不可同日而語`, `相同日期`, `當日沖銷`). */
const ANCHOR_DAYS: readonly RelativeWord[] = [
  { word: '同日', offset: 0, notBefore: /[不相]$/, notAfter: /^[而期]/ },
  // `同一日，美國國務院發言人…`, `同一天`: written out, the same day.
  { word: '同一日', offset: 0 },
  { word: '同一天', offset: 0 },
  // `母親節當日`, `国庆节当天`: the festival's day, not the date named before (LABELS: festivals are no events).
  { word: '當日', offset: 0, notBefore: /[節节]$/, notAfter: /^[沖冲期]/ },
  { word: '当日', offset: 0, notBefore: /[節节]$/, notAfter: /^[沖冲期]/ },
  { word: '當天', offset: 0, notBefore: /[節节]$/ },
  { word: '当天', offset: 0, notBefore: /[節节]$/ },
  { word: '同一天', offset: 0 },
  { word: '次日', offset: 1, notBefore: NOT_BEFORE_NEXT },
  { word: '翌日', offset: 1 },
  // The day before the one named last (此前一天，海馬汽車發布公告; 前一天，…).
  // A date right after it (往前一天的2月15日) is the day itself, read on its own.
  { word: '此前一天', offset: -1, notAfter: /^的/ },
  { word: '此前一日', offset: -1, notAfter: /^的/ },
  { word: '前一天', offset: -1, notBefore: /[的在之往]$/, notAfter: /^的/ },
  { word: '前一日', offset: -1, notBefore: /[的在之往]$/, notAfter: /^的/ },
];

/** Months counted from the last month named before (`當月`, `同月`, `次月`); `不同月份` is no month. */
const ANCHOR_MONTHS: readonly RelativeWord[] = [
  { word: '當月', offset: 0 },
  { word: '当月', offset: 0 },
  // 去年同月/上年同月 is the baseline of a comparison, a month of another year, not the month named before.
  { word: '同月', offset: 0, notBefore: /(?:不|去年|上年|前年|往年|上一年)$/ },
  { word: '次月', offset: 1, notBefore: NOT_BEFORE_NEXT },
  { word: '翌月', offset: 1 },
];

/** Whether a position opens its clause, allowing `到了`/`到` before it (`到了第二天`). */
function opensClause(source: string, start: number): boolean {
  const before = source.slice(Math.max(0, start - 3), start).replace(/(?:到了|到)$/, '');
  return CLAUSE_OPENING_BEFORE.test(before.slice(-1));
}

/**
 * `第二天` counts from a day named in the same paragraph before it, or from the last paragraph's
 * when it opens the paragraph (`11月25日，…。` then `第二天上午，…`); anywhere else its day is a
 * story's (`他是下午到的北京，第二天早上又…`), so it is no mention.
 */
function withNextDaysAfterNamedDays(mentions: readonly DateMention[], source: string): DateMention[] {
  return mentions.filter((mention, index) => {
    if (mention.kind !== 'anchor-day' || mention.afterLatestDay !== true) return true;
    const opensParagraph = /^\s*(?:到了|到)?$/.test(source.slice(0, mention.start));
    return opensParagraph || mentions.slice(0, index).some(namesDay);
  });
}

/** Escapes a word for use inside a pattern. */
function escapePattern(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A year or a month with no day after it, in the clause before a word (`去年8月黎智英等被拘捕`). */
/** A weekday named with no week in the clause before (`周日值班人员`), which a 當天 after it goes by. */
const BARE_WEEKDAY_IN_CLAUSE = /(?<![上下本這这每])(?:周|週|星期|禮拜|礼拜)[一二三四五六日天](?![年末刊報报])[^，,。；;！？!?]*$/u;
const COARSER_DATE_IN_CLAUSE = /(?:[0-9０-９]{1,4}|[去今前明上本同當当])(?:年|月)(?![0-9０-９]{1,2}[日號号]|[初中底末])[^，,。；;！？!?0-9０-９]*$/u;

/**
 * Builds a rule from a list of relative words: longest word first, each checked against what stands before and after it;
 * `express` also gets the clause before the word, up to it.
 */
function relativeWordRule(name: string, words: readonly RelativeWord[], express: (offset: number, clauseBefore: string) => DateExpression): DateRule {
  const byWord = new Map(words.map((entry) => [entry.word, entry]));
  const alternatives = [...byWord.keys()].sort((a, b) => b.length - a.length).map(escapePattern);
  return {
    name,
    pattern: `(?<word>${alternatives.join('|')})`,
    read(groups, source, start, end) {
      const entry = byWord.get(groups.word ?? '');
      if (entry === undefined) return null;
      if (entry.notBefore?.test(source.slice(Math.max(0, start - 4), start))) return null;
      if (entry.notInForecast === true && FORECAST_IN_SENTENCE.test(source.slice(Math.max(0, start - 80), start))) return { end, expression: { kind: 'undatable' } };
      const opensClause = entry.anyAfterAtClauseStart === true && CLAUSE_OPENING_BEFORE.test(source.slice(Math.max(0, start - 1), start));
      if (!opensClause && entry.notAfter?.test(source.slice(end))) return null;
      return { end, expression: express(entry.offset, source.slice(0, start).split(/[，,。；;！？!?]/u).at(-1) ?? '') };
    },
  };
}

/** The parts of a day copy names without its day (`下午`, `晚間`), as LABELS lists them; a market's `午后` is left out (measured: as often wrong as right). */
const TIME_OF_DAY_WORD = '(?:上午|下午|中午|晚[間间]|早上|凌晨|傍晚|晚上)';
/** An hour after the part of the day (`下午13点`, `上午10時30分`, `晚上八點半`). */
const CLOCK_TIME = '(?: ?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}) ?[點点時时](?: ?[0-9]{1,2} ?分|半)?)?';
/** A market's session verb after a time of day (`下午開市`, `下午3時收盤`): the time names the timetable, not a happening. */
const SESSION_VERB = '(?:[開开][市盤盘]|收[市盤盘]|休市|[復复]市|停市)';
/**
 * Characters before a time of day that make it every day's or another named day's (`每天下午`, `周末上午`,
 * `當晚上`): a real day word before it (`今天下午`, `周一上午`) is a mention of its own, which dates the time.
 */
// 一 and 整 count a night or a morning spent (住了一晚上, 忙了整個上午): a duration, not a time of the day.
const TIME_OF_DAY_BLOCKERS = '每天日晚周週末當当那這这一整';

const TIME_OF_DAY_ANYWHERE = new RegExp(TIME_OF_DAY_WORD);

/**
 * Whether a time of day is the paragraph's first: the first says what day the paragraph tells of
 * (a routine, `每天早上9時上課…晚上10時關燈`, or someone's words), and the later ones are the same day's.
 */
function isFirstTimeOfDay(source: string, start: number): boolean {
  return !TIME_OF_DAY_ANYWHERE.test(source.slice(0, start));
}

/** Quote marks, opening and closing, as the paragraph pairs them. */
const QUOTE_MARKS: ReadonlyMap<string, string> = new Map([['「', '」'], ['“', '”'], ['『', '』']]);

/**
 * Whether a position stands inside quoted words (`「我早上掃公園…」`): a time of day someone says
 * counts from when they said it, or is any day (`他最喜歡晚上九點發訊息`), not the copy's day.
 */
function isInsideQuote(source: string, position: number): boolean {
  const before = source.slice(0, position);
  for (const [open, close] of QUOTE_MARKS) if (before.lastIndexOf(open) > before.lastIndexOf(close)) return true;
  return false;
}

/**
 * `他是下午到的北京，第二天早上又买了回程的票。…当天下午就进了出租屋`: a 當天 after a bare time of day, with no day named before it in the
 * paragraph, is the day of a story being told, not the last full date the copy named; it is no mention.
 */
function withoutStoryDays(mentions: readonly DateMention[], source: string): DateMention[] {
  return mentions.filter((mention, index) => {
    if (mention.kind !== 'anchor-day' || mention.offset !== 0 || mention.afterLatestDay === true) return true;
    return mentions.slice(0, index).some(namesDay) || !TIME_OF_DAY_ANYWHERE.test(source.slice(0, mention.start));
  });
}

/** Whether a mention is as precise as a day, so a time of day beside it is that day's. */
function namesDay(mention: DateMention): boolean {
  if (mention.kind === 'calendar') return mention.period.unit === 'day';
  return ['day-of-month', 'day-offset', 'publication-day', 'weekday', 'anchor-day'].includes(mention.kind);
}

/** A time of day is the day's the text names beside it (`今天上午…`, `上午…3月5日`): then it is no mention of its own. */
function withoutTimesOfNamedDays(mentions: readonly DateMention[]): DateMention[] {
  return mentions.some(namesDay) ? mentions.filter((mention) => mention.kind !== 'time-of-day') : [...mentions];
}

// 鉅亨網 spaces the brackets (`今 (24) 日`).
const OPEN_BRACKET = ' ?[(（] ?';
const CLOSE_BRACKET = ' ?[)）] ?';

/**
 * Taiwanese papers put the date in brackets after the word that places it (`昨(4)日`, `上(12)月`,
 * `去(2023)年`): the number is the date; the word says only how far it lies from publication, in
 * days or months (`今`/`本` 0, `昨`/`上`/`去` −1, `前` −2, `明`/`下` +1, `後` +2).
 */
const BRACKETED_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['今', 0],
  ['本', 0],
  ['昨', -1],
  ['上', -1],
  ['去', -1],
  ['前', -2],
  ['明', 1],
  ['下', 1],
  ['後', 2],
  ['后', 2],
]);

/** A year written in brackets: four digits as they are, three (`112`) as a year of the Republic of China. */
function readBracketedYear(written: string): number {
  return written.length === 3 ? ROC_EPOCH + Number(written) : Number(written);
}

/** A year written in four digits or, as analysts shorten it (`1H24`, `FY23`), in two. */
function readWrittenYear(written: string): YearReference {
  return written.length === 4 ? { kind: 'absolute', year: Number(written) } : { kind: 'two-digit', digits: Number(written) };
}

/** Every written form, most specific first: among matches of equal length the earlier rule wins. */
const RULES: readonly DateRule[] = [
  {
    name: 'numeric date (2024-01-16, 2024/1/16, 2024.1.16)',
    pattern: `(?<![0-9.])(?<y>(?:19|20)[0-9]{2})(?<sep>[-/.])(?<m>${MONTH_NUM})\\k<sep>(?<d>${DAY_NUM})(?![0-9])`,
    read: (groups, _source, _start, end) => ({
      end,
      expression: { kind: 'calendar', year: { kind: 'absolute', year: Number(groups.y) }, period: { unit: 'day', month: Number(groups.m), day: Number(groups.d) } },
    }),
  },
  {
    name: 'year range without the first 年 (2018至2019年, 2018-2019年)',
    pattern: `(?<![0-9.])(?<y>(?:19|20)[0-9]{2})${RANGE_MARK}(?:19|20)[0-9]{2}\\s?年度?`,
    read: (groups, _source, _start, end) => ({ end, expression: { kind: 'calendar', year: { kind: 'absolute', year: Number(groups.y) }, period: YEAR } }),
  },
  {
    name: 'year listed before another that carries 年 (2014、2018年, 2019、2020和2021年): each is a year of its own',
    pattern: `(?<![0-9.])(?<y>(?:19|20)[0-9]{2})(?=(?:(?:、|和|及|与|與)(?:19|20)[0-9]{2})*(?:、|和|及|与|與)(?:19|20)[0-9]{2}\\s?年)`,
    read: (groups, _source, _start, end) => ({ end, expression: { kind: 'calendar', year: { kind: 'absolute', year: Number(groups.y) }, period: YEAR } }),
  },
  {
    name: 'fiscal year across two calendar years (2023/24財年, 2023/24年度, 2024至25年度), dated by the year it starts in',
    pattern: `(?<![0-9.])(?<y>(?:19|20)[0-9]{2})(?:[/-]|至)(?<y2>(?:19|20)[0-9]{2}|[0-9]{2})\\s?(?:[財财]政?年度?|年度)`,
    read: (groups, _source, _start, end) => {
      const year = Number(groups.y);
      if (!isNextYear(year, groups.y2 ?? '')) return null;
      return { end, expression: { kind: 'calendar', year: { kind: 'absolute', year }, period: YEAR } };
    },
  },
  {
    name: 'year with a quarter or a half, no 年 (2024Q2, 2024 Q2, 2024H1)',
    pattern: `(?<![0-9.])(?<y>(?:19|20)[0-9]{2})\\s?(?:[Qq](?<qc>[1-4])|H(?<hx>[12]))(?![0-9A-Za-z])`,
    read: (groups, _source, _start, end) => ({
      end,
      expression: { kind: 'calendar', year: { kind: 'absolute', year: Number(groups.y) }, period: groups.hx ? readHalf(groups) : { unit: 'quarter', quarter: Number(groups.qc) } },
    }),
  },
  {
    name: 'half or quarter before a short year (1H24, 2Q24, 4Q2023)',
    pattern: `(?<![0-9A-Za-z])(?:(?<hn>[12])H|(?<qn>[1-4])Q)(?<y>(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9A-Za-z])`,
    read: (groups, _source, _start, end) => {
      const period: Period = groups.hn ? { unit: 'half', half: Number(groups.hn) } : { unit: 'quarter', quarter: Number(groups.qn) };
      return { end, expression: { kind: 'calendar', year: readWrittenYear(groups.y ?? ''), period } };
    },
  },
  {
    name: 'fiscal year written the English way (FY2023, FY24, FY24Q1), its quarter or half dropped; FY2024/FY2025 by the first, like a range',
    pattern: `(?<![0-9A-Za-z])FY\\s?(?<y>(?:19|20)[0-9]{2}|[0-9]{2})(?:\\s?(?:Q[1-4]|H[12]))?(?:\\s?[/-]\\s?(?:FY)?\\s?(?:(?:19|20)[0-9]{2}|[0-9]{2}))?(?![0-9A-Za-z])`,
    read: (groups, _source, _start, end) => ({ end, expression: { kind: 'calendar', year: readWrittenYear(groups.y ?? ''), period: YEAR } }),
  },
  {
    name: 'fiscal year across two years written with two digits (23/24年度, 23-24財年)',
    pattern: `(?<![0-9.])(?<y>[0-9]{2})[/-](?<y2>[0-9]{2})\\s?(?:[財财]政?年度?|年度)`,
    read: (groups, _source, _start, end) => {
      const digits = Number(groups.y);
      if (!isNextYear(digits, groups.y2 ?? '')) return null;
      return { end, expression: { kind: 'calendar', year: { kind: 'two-digit', digits }, period: YEAR } };
    },
  },
  yearRule(
    'four-digit year (2013年, 2023財年, 2023年度) — not a decade (1990年代)',
    `(?<![0-9.])(?<y>(?:19|20)[0-9]{2})\\s?(?<fiscal>財|财)?年(?!代)度?`,
    (groups) => ({ kind: 'absolute', year: Number(groups.y) }),
    () => true,
  ),
  yearRule(
    'year in Chinese digits (二〇二三年, 一九九八年)',
    `(?<![${HAN_DIGIT}十])(?<y>(?:一九|二[〇零])[${HAN_DIGIT}]{2})年(?!代)度?`,
    (groups) => {
      const year = parseNumber(groups.y ?? '');
      return year === null ? null : { kind: 'absolute', year };
    },
    () => true,
  ),
  yearRule(
    'two-digit year in Chinese digits after at, in or since (自○八年金融風暴後, 在九七年), as Hong Kong columns write it',
    `(?<=[在於于自從从])(?<y>[${HAN_DIGIT}○]{2})年(?![代來来內内間间多後后前左以裡里之期時时半級级制])`,
    (groups) => {
      const digits = parseNumber((groups.y ?? '').replace(/○/g, '〇'));
      // Two counts in a row (在三四年的時間) are a rough number of years, not a year.
      return digits === null || Math.floor(digits / 10) + 1 === digits % 10 ? null : { kind: 'two-digit', digits };
    },
    () => true,
  ),
  yearRule(
    'two-digit year in Chinese digits before a month (九三年七月十五日, 一八年三月), as Hong Kong columns write it',
    `(?<![${HAN_DIGIT}十])(?<y>[${HAN_DIGIT}]{2})年(?=(?:${MONTH_HAN}|${MONTH_NUM})月)`,
    (groups) => {
      const digits = parseNumber(groups.y ?? '');
      return digits === null ? null : { kind: 'two-digit', digits };
    },
    () => true,
  ),
  yearRule(
    'Taiwanese year (民國112年, 112年度, 112年第3季)',
    `(?:(?<roc>民國|民国) ?)?(?<![0-9.])(?<y>[0-9]{1,3})${DIGIT_SPACE}年(?<rocfy>度)?(?!代)`,
    (groups) => ({ kind: 'absolute', year: ROC_EPOCH + Number(groups.y) }),
    isRocYear,
  ),
  yearRule(
    'two-digit year in context (在21年, 22年底, 於 70 年)',
    `(?<![0-9.])(?<y>[0-9]{2})\\s?年(?!代)`,
    (groups) => ({ kind: 'two-digit', digits: Number(groups.y) }),
    isTwoDigitYear,
  ),
  yearRule(
    'relative year (今年, 去年, 前年, 明年, 後年, 同年, 同一年, 次年, 翌年, 當年+period, 这一年)',
    `(?<rel>今年|去年|前年|明年|後年|后年|同一年|同年|次年|翌年|當年|当年|舊年|旧年|這一年|这一年)`,
    (groups) => RELATIVE_YEARS.get(groups.rel ?? '') ?? null,
    isRelativeYear,
  ),
  yearRule(
    'relative year in brackets right before a month, an editor\'s gloss in Hong Kong quotes (之前 （去年） 6月會出去)',
    `[(（] ?(?<rel>今年|去年|前年|明年|舊年|旧年)${CLOSE_BRACKET}`,
    (groups) => RELATIVE_YEARS.get(groups.rel ?? '') ?? null,
    (_source, _start, _end, groups) => groups.m !== undefined,
  ),
  yearRule(
    'Taiwanese year in brackets after its relative word (去(2023)年, 今(2024)年1、2月, 去(112)年)',
    `(?<bw>[今去明前])${OPEN_BRACKET}(?<y>(?:19|20)[0-9]{2}|1[0-9]{2})${CLOSE_BRACKET}年(?!代)度?`,
    (groups) => ({ kind: 'absolute', year: readBracketedYear(groups.y ?? '') }),
    () => true,
  ),
  {
    name: 'Taiwanese month in brackets after its relative word (上(12)月, 本(1)月, 本(3)月21日)',
    pattern: `(?<bw>[本上下今])${OPEN_BRACKET}(?<m>${MONTH_NUM})${CLOSE_BRACKET}月份?(?:(?<d>${DAY_NUM}|${DAY_HAN})${DAY_MARK}|${MONTH_PART})?`,
    read: (groups, _source, _start, end) => {
      const period = readMonthDay(groups);
      const months = BRACKETED_OFFSETS.get(groups.bw ?? '');
      if (period === null || months === undefined) return null;
      if (namesRun(groups)) return { end, expression: { kind: 'undatable' } };
      return { end, expression: { kind: 'calendar', year: { kind: 'around-publication', months }, period } };
    },
  },
  {
    name: 'Taiwanese day in brackets after its relative word (今(5)日, 昨(4)日, 明(6)日, 今（20）天)',
    // Hong Kong online copy may put the day's mark inside the bracket, spaced (案件今 ( 17 日) 開審).
    pattern: `(?<bw>[今昨明前後后本])${OPEN_BRACKET}(?<d>${DAY_NUM})(?:${CLOSE_BRACKET}[日天]| ?日 ?[)）](?! ?[日天]))`,
    read: (groups, _source, _start, end) => {
      const days = BRACKETED_OFFSETS.get(groups.bw ?? '');
      return days === undefined ? null : { end, expression: { kind: 'publication-day', day: Number(groups.d), ahead: days === 0 ? null : days > 0 } };
    },
  },
  {
    name: 'the same day years ago, its date in brackets (一年前的今天（10月23日）, 兩年前的今日(3月5日))',
    pattern: `(?<n>[一兩两二三四五六七八九十]|[1-9])年前的今[天日]${OPEN_BRACKET}(?<m>${MONTH_NUM})月(?<d>${DAY_NUM})日${CLOSE_BRACKET}`,
    read: (groups, _source, _start, end) => {
      const years = /^[1-9]$/.test(groups.n ?? '') ? Number(groups.n) : parseNumber(groups.n === '兩' || groups.n === '两' ? '二' : (groups.n ?? ''));
      if (years === null) return null;
      return { end, expression: { kind: 'calendar', year: { kind: 'published', offset: -years }, period: { unit: 'day', month: Number(groups.m), day: Number(groups.d) } } };
    },
  },
  {
    name: 'the word for a day, then its month and day, bracketed or not (今天9月21日, 今日（9月21日）, 昨天(3月5日))',
    pattern: `(?:今日|今天|昨日|昨天|明日|明天)(?:${OPEN_BRACKET})?(?<m>${MONTH_NUM})月(?<d>${DAY_NUM})[日號号](?:${CLOSE_BRACKET})?`,
    read: (groups, _source, _start, end) => ({ end, expression: { kind: 'calendar', year: { kind: 'published', offset: 0 }, period: { unit: 'day', month: Number(groups.m), day: Number(groups.d) } } }),
  },
  {
    name: 'Hong Kong day in brackets after the word for it (今日(27日), 今早（21日）, 明天（5日）, 昨日（16 日）)',
    pattern: `(?<bw>今日|今天|今早|今晨|今晚|昨日|昨天|昨晚|明日|明天)${OPEN_BRACKET}(?<d>${DAY_NUM})(?:${DIGIT_SPACE}日)?${CLOSE_BRACKET}`,
    read: (groups, _source, _start, end) => {
      const word = groups.bw ?? '';
      return { end, expression: { kind: 'publication-day', day: Number(groups.d), ahead: word.startsWith('今') ? null : word.startsWith('明') } };
    },
  },
  {
    name: 'decade (1990年代, 80年代, 上世紀90年代初, 九十年代末): found so it ends the clause before it, never dated',
    pattern: `(?:上世[紀纪]|(?:20|二十)世[紀纪])?(?:(?:19|20)?[0-9]0|[一二三四五六七八九]十)年代(?:[初末中前後后]期?)?`,
    read: (_groups, _source, _start, end) => ({ end, expression: { kind: 'undatable' } }),
  },
  {
    name: 'week without a weekday (本週, 上周, 下星期) — not 周期 (cycle) or 周年 (anniversary)',
    // Cantonese says 上個禮拜, 今個星期, 呢個禮拜.
    // Not 下 as the end of a verb before 周末 (寫下周末不請假的保證書, 留下周末): what was written or left, of weekends.
    pattern: `(?<![寫写留記记定立簽签打剩放])(?<rel>[上下本這这]|[上下今呢][個个])(?:${WEEK_WORD})(?![期年])`,
    // `5月11日到5月15日这周`: 这周 right after the days that bound it names those days' week, not the week of publication.
    read: (groups, source, start, end) => (/^[這这]/u.test(groups.rel ?? '') && /[0-9０-９][日號号]\s?$/u.test(source.slice(Math.max(0, start - 3), start)) ? { end, expression: { kind: 'undatable' } } : { end, expression: { kind: 'week', offset: WEEK_OFFSETS.get((groups.rel ?? '').charAt(0)) ?? 0 } }),
  },
  {
    name: 'month and day without a year (11月9日, 5月, 1-3月, 3、4月, and the spaced 3 月, 11 月25 日 of copied pages)',
    pattern: `(?<![0-9.])(?<m>${MONTH_NUM})${MONTH_PAIR}${DIGIT_SPACE}月份?(?:${SPACE_DIGIT}(?<d>${DAY_NUM}|${DAY_HAN})${DAY_RUN}${DIGIT_SPACE}${DAY_MARK}|${MONTH_PART})?`,
    read: (groups, source, start, end) => {
      const period = readMonthDay(groups);
      if (period === null || !isBareMonth(source, start, end, groups)) return null;
      const acted = namesRun(groups) ? startOfActedRun(groups, source, end) : null;
      if (acted !== null) return { end, expression: { kind: 'calendar', year: contextYear(source, start, end), period: acted } };
      if (namesRun(groups)) return { end, expression: { kind: 'undatable' } };
      return { end, expression: { kind: 'calendar', year: contextYear(source, start, end), period } };
    },
  },
  {
    name: 'Chinese month with a day (十一月九日); a bare 三月 is too often something else',
    pattern: `(?<![${HAN_DIGIT}十])(?<m>${MONTH_HAN})月(?<d>${DAY_NUM}|${DAY_HAN})${DAY_RUN}${DAY_MARK}`,
    read: (groups, source, start, end) => {
      const period = readMonthDay(groups);
      if (period === null || isBlockedBefore(BARE_MONTH_BLOCKERS, source, start)) return null;
      return { end, expression: { kind: 'calendar', year: contextYear(source, start, end), period } };
    },
  },
  {
    // Taiwan's business copy names months this way (`自一月的45萬支，一路下滑到四月的36.3萬支，五月由於…`). Only where the words
    // around make it a time: after 在/自/到/於…, or before 的/份/初/底/中 or a comma; never 五月天, 三月三, 一月一次.
    name: 'Chinese month without a day, where it is clearly a time (自一月的, 到四月的, 在六月因)',
    pattern: `(?<![${HAN_DIGIT}十第前個个每近數数幾几多半兩两上下本當当這这該该同次翌閏闰])(?<m>${MONTH_HAN})月(?![天花雪雨三一之內内餘余多])`,
    read: (groups, source, start, end) => {
      const period = readMonthDay(groups);
      if (period === null) return null;
      const before = source.slice(Math.max(0, start - 1), start);
      const after = source.slice(end, end + 2);
      const time = /[在自於于到至從从]$/.test(before) || /^(?:份|的|初|底|[上中下]旬|末)/.test(after) || (/(?:^|[，,；;。：:、])$/.test(before) && /^(?:[，,、]|由[於于]|因|起|[時时]|期[間间])/.test(after));
      return time ? { end, expression: { kind: 'calendar', year: contextYear(source, start, end), period } } : null;
    },
  },
  {
    name: 'quarter without a year (第四季度, 四季度, 第四季, Q4, 第一、二季度) — not 前三季度, not 三季報',
    // Q4 or 4季度 glued to letters or figures is part of a code (SQ4, 2024季度…); a quarter in Chinese is one after a Latin name too (SoFi一季度).
    pattern: `(?:(?<![0-9A-Za-z])|(?![Qq0-9０-９]))${QUARTER}`,
    read: (groups, source, start, end) => {
      if (isOneOf('前後后每近單单', source.charAt(start - 1))) return null;
      // `连续第二季度出现营收下滑`: the second quarter in a row, counted, not the year's second quarter.
      if (/(?:連續|连续|接連|接连)$/u.test(source.slice(Math.max(0, start - 2), start))) return { end, expression: { kind: 'undatable' } };
      const period = readQuarterGroups(groups);
      if (period === null) return null;
      if (namesRun(groups)) return { end, expression: { kind: 'undatable' } };
      return { end, expression: { kind: 'calendar', year: contextYear(source, start, end), period } };
    },
  },
  {
    name: 'half without a year (上半年, 下半年, H1)',
    pattern: HALF,
    read: (groups, source, start, end) => {
      if (source.charAt(start - 1) === '每') return null;
      return { end, expression: { kind: 'calendar', year: { kind: 'context' }, period: readHalf(groups) } };
    },
  },
  {
    // 年 standing alone after a clause mark or a preposition: not 每年底, 跨年初, 財年末, 新年初.
    name: 'part of the year without its year (2016年…，年底), dated only by a year the paragraph named before',
    pattern: `(?<=^|[，,。；;：:、\\s「“（(在於于到至自從从及和或與与])年(?<part>[底末尾]|初${NOT_INITIAL_WORD}(?![一二三四五六七八九十]))`,
    read: (groups, _source, _start, end) => ({ end, expression: { kind: 'calendar', year: { kind: 'context', paragraphOnly: true }, period: readYearPart(groups.part ?? '') } }),
  },
  {
    // 月 standing alone after a clause mark or a preposition: not 每月底, 個月初, 年月初.
    name: 'part of a month without the month (10月6日…，推遲至月底), dated only by the month the paragraph named before',
    pattern: `(?<=^|[，,。；;：:、\\s「“（(在於于到至自從从及和或與与])月(?:底|末|初${NOT_INITIAL_WORD}|[上中下]旬)`,
    read: (_groups, source, start, end) => ({ end, expression: /[初上]/.test(source.slice(start + 1, end)) ? { kind: 'part-of-named-month', early: true } : { kind: 'part-of-named-month' } }),
  },
  {
    name: 'month relative to publication (上月, 本月, 下個月, 上月15日)',
    pattern: `(?<rel>上個月|上个月|上月|本月|今個月|今个月|下個月|下个月|下月)(?:${SPACE_DIGIT}(?<d>${DAY_NUM}|${DAY_HAN})${DIGIT_SPACE}${DAY_MARK}|${MONTH_PART})?`,
    read: readMonthOffset,
  },
  {
    // Not a sports season (上季英超, 本季聯賽), nor 本季 inside 本季節.
    name: 'quarter relative to publication (上季, 本季度, 下一季度)',
    pattern: `(?<rel>上一?|本|下一?)季度?(?![節节賽赛度後后末初][^報报]|聯賽|联赛|英超|球季|季後|季后|季軍|季军)`,
    read: (groups, _source, _start, end) => ({ end, expression: { kind: 'quarter-offset', offset: (groups.rel ?? '').startsWith('上') ? -1 : (groups.rel ?? '').startsWith('下') ? 1 : 0 } }),
  },
  {
    name: 'weekday (周一, 上周五, 星期三, 周一（11月20日）)',
    // Not a paper named for its day (印度週日報, 星期日泰晤士報).
    pattern: `(?<rel>[上下本這这])?(?<week>${WEEK_WORD})(?<wd>${WEEKDAY})(?![報报](?![道導导稱称指]))(?![個个次項项宗間间家名位])(?:[（(](?<inner>[^（()）]{1,24})[）)])?`,
    read: readWeekday,
  },
  {
    name: 'day of the month alone (國家統計局18日發布, 央行18號宣布) — not a count of days (3日內, 連續3日), nor a number (18號文件)',
    pattern: `(?<![0-9.])(?<d>${DAY_NUM})${DIGIT_SPACE}(?<mark>${DAY_MARK})`,
    read: (groups, source, start, end) => {
      if (!isBareDay(source, start, end)) return null;
      // `iPhone 15 日本版`: a number set apart by a space before 日本 (Japan) is a model's, not a day.
      if (source.charAt(end - 2) === ' ' && source.charAt(end) === '本') return null;
      // `‘中铁1号’`: a number that closes a quoted name names a thing, not a day.
      // `“鑫坤5号-粤港澳…信托计划”`: a number a few characters into a quoted name, or joined by a dash to the rest of it, is the product's.
      // `中组发[2004]2号`, `国发〔2019〕11号`: a document's number after its year in brackets.
      if (groups.mark !== '日' && (NUMBERED_THING.test(source.slice(end)) || /^[’”」』\-－–]/.test(source.slice(end)) || NUMBER_TOLD_BEFORE.test(source.slice(Math.max(0, start - 6), start)) || /[0-9]{4}\s*[\]］〕】)）]\s*$/u.test(source.slice(Math.max(0, start - 8), start)) || /[“「『‘][^”」』’年月，,。\s]{1,6}$/u.test(source.slice(Math.max(0, start - 8), start)))) return null;
      return { end, expression: { kind: 'day-of-month', day: Number(groups.d) } };
    },
  },
  {
    name: 'day of the month alone in Chinese numerals (陸慷廿八日表示, 二十八日上午) — not a count of days (十日內, 連續二十日), nor 一日 to 九日, which count as often as they date',
    pattern: `(?<![${HAN_DIGIT}十廿卅月第初每前後后近數数幾几多兩两])(?<d>(?:[二三]?十|廿|卅)[一二三四五六七八九]?)日(?![本子報报])`,
    read: (groups, source, start, end) => {
      const day = parseNumber(groups.d ?? '');
      return day === null || day < 10 || day > 31 || !isBareDay(source, start, end) ? null : { end, expression: { kind: 'day-of-month', day } };
    },
  },
  {
    name: 'bare time of day (上午, 下午13点, 中午) and a wire\'s clock time (1849 GMT) — not 下午茶, not 每天下午',
    pattern: `(?:${TIME_OF_DAY_WORD}(?!${CLOCK_TIME}${SESSION_VERB})${CLOCK_TIME}(?![茶班場场市飯饭餐好])|(?<![0-9])(?:[01][0-9]|2[0-3])[0-5][0-9] ?GMT)`,
    read: (_groups, source, start, end) => (isFirstTimeOfDay(source, start) && !isOneOf(TIME_OF_DAY_BLOCKERS, source.charAt(start - 1)) && !isInsideQuote(source, start) && !isHabitual(source, start, end) ? { end, expression: { kind: 'time-of-day' } } : null),
  },
  relativeWordRule('day relative to publication (今日, 昨日, 前日)', PUBLICATION_DAYS, (offset) => ({ kind: 'day-offset', offset })),
  // `去年8月黎智英等被拘捕翌日`: the day after a happening its own clause dates only by month or year, not after a day named before.
  // `周日值班人员当天轮休`: the day of a weekday its clause names with no week is that weekday's, any week's (a timetable), not the last date.
  relativeWordRule('day relative to the last date (同日, 當天, 次日)', ANCHOR_DAYS, (offset, clauseBefore) => ((offset !== 0 && COARSER_DATE_IN_CLAUSE.test(clauseBefore)) || BARE_WEEKDAY_IN_CLAUSE.test(clauseBefore) ? { kind: 'undatable' } : { kind: 'anchor-day', offset })),
  {
    name: 'the next day told as such (第二天, 隔天), opening its clause (到了第二天) — not 開工第二天, 山火發生的第二天',
    pattern: `(?:第二[天日]|隔[天日])(?![期內内後后])`,
    read: (_groups, source, start, end) => (opensClause(source, start) ? { end, expression: { kind: 'anchor-day', offset: 1, afterLatestDay: true } } : null),
  },
  {
    // `警方周日…，傳媒當晚所經歷的`: the evening of a day named before it in the paragraph; `事发当晚`, `車禍發生當晚` are the evening of a
    // happening, whose day may not be the last one named, and `母親節當日…當晚` is a festival's evening.
    name: 'the evening of the day just named (當晚) — not 事發當晚, 發生當晚, 節當晚',
    pattern: '[當当]晚',
    read: (_groups, source, start, end) => (/(?:[節节]|[事案][發发]|[發发]生)$/.test(source.slice(Math.max(0, start - 2), start)) ? null : { end, expression: { kind: 'anchor-day', offset: 0, afterLatestDay: true } }),
  },
  relativeWordRule('month relative to the last month (當月, 同月, 次月)', ANCHOR_MONTHS, (offset) => ({ kind: 'anchor-month', offset })),
];

/** Each rule's pattern compiled once, sticky so it matches only where it is put. */
const COMPILED = new Map(RULES.map((rule) => [rule, new RegExp(rule.pattern, 'y')]));

/** Runs one rule at one position. `lastIndex` is set right before each `exec`, so a nested scan (see `readWeekday`) cannot disturb it. */
function matchRule(rule: DateRule, source: string, start: number): RuleMatch | null {
  const pattern = COMPILED.get(rule) ?? new RegExp(rule.pattern, 'y');
  pattern.lastIndex = start;
  const match = pattern.exec(source);
  if (match === null || match[0] === '') return null;
  return rule.read(match.groups ?? {}, source, start, start + match[0].length);
}

/** The longest date expression starting at a position, if any. */
function matchLongest(source: string, start: number): RuleMatch | null {
  let best: RuleMatch | null = null;
  for (const rule of RULES) {
    const found = matchRule(rule, source, start);
    if (found !== null && (best === null || found.end > best.end)) best = found;
  }
  return best;
}

const RANGE_CONNECTOR = new RegExp(`\\s?${RANGE_MARK}\\s?`, 'y');
/** Two years joined by and, then between (`在2014年和2019年间`, `2001年与2006年之間`): a range like one with 至, said another way. */
const BETWEEN_CONNECTOR = /\s?(?:和|与|與|及|跟|同)\s?(?=(?:19|20)[0-9]{2}\s?年\s?之?[间間])/y;
/** A month number and 月 at the end of a range (`-11月`): see `extendMatch`. */
const DASHED_MONTH = /^([0-9]{1,2})\s?月份?/;
/** What joins months in a list: `1月和2月`, `11月、12月`, `3月及4月`. */
const LIST_CONNECTOR = /\s?(?:、|和|及|與|与|以及)\s?/y;
const DAY_ONLY = new RegExp(`${DAY_NUM}${DIGIT_SPACE}${DAY_MARK}`, 'y');
/** A weekday after a date, in brackets or not (`11月20日（周一）`, `2015年8月19日 星期三`): it restates the day. */
const BRACKETED_WEEKDAY = new RegExp(`[（(]${WEEK_WORD}${WEEKDAY}[）)]`, 'y');
const FOLLOWING_WEEKDAY = new RegExp(` ?${WEEK_WORD}${WEEKDAY}`, 'y');

/** Where a sticky pattern matching at `start` ends, or null. */
function stickyEnd(pattern: RegExp, source: string, start: number): number | null {
  const sticky = new RegExp(pattern.source, 'y');
  sticky.lastIndex = start;
  const match = sticky.exec(source);
  return match === null ? null : start + match[0].length;
}

/**
 * Extends an expression over what still belongs to it: the end of a range (`2018年至2019年`,
 * `1月16日至18日`, `2023年1月至今`), the months listed after a month (`1月和2月`, `11月、12月`)
 * and a weekday in brackets after a date (`11月20日（周一）`). A range is dated by its start,
 * except months of one year (`1月至9月`), which, like listed months, are a run and never dated
 * (see `spanOfMonths`).
 */
function extendMatch(source: string, found: RuleMatch): RuleMatch {
  let { end, expression } = extendOverListedMonths(source, found);
  const isWholeYear = expression.kind === 'calendar' && expression.period.unit === 'year';
  const connected = stickyEnd(RANGE_CONNECTOR, source, end) ?? (isWholeYear ? stickyEnd(BETWEEN_CONNECTOR, source, end) : null);
  if (connected !== null) {
    const second = matchLongest(source, connected);
    const isDay = (expression.kind === 'calendar' && expression.period.unit === 'day') || expression.kind === 'day-of-month';
    const dayOnly = isDay ? stickyEnd(DAY_ONLY, source, connected) : null;
    // A month after a dash that the month rules leave to the range before it (`1月-11月`, `1月－3月`).
    const dashedMonth = second === null && expression.kind === 'calendar' && expression.period.unit === 'month' ? DASHED_MONTH.exec(source.slice(connected)) : null;
    if (second !== null && second.expression.kind === 'calendar') {
      end = second.end;
      // Unless an act is done over the months (去年3月至12月致函特區政府): then the run is dated by its start, as a range is.
      expression = isActOverRun(source, end) ? expression : (spanOfMonths(expression, second.expression) ?? expression);
    } else if (dashedMonth?.[1] !== undefined && expression.kind === 'calendar' && expression.period.unit === 'month' && Number(dashedMonth[1]) > expression.period.month && Number(dashedMonth[1]) <= 12) {
      end = connected + dashedMonth[0].length;
      expression = { kind: 'undatable' };
    } else if (dayOnly !== null) end = dayOnly;
    else if (source.charAt(connected) === '今' && isOneOf('至到', source.charAt(connected - 1))) end = connected + 1;
  }
  end = stickyEnd(BRACKETED_WEEKDAY, source, end) ?? (namesFullDate(expression) ? stickyEnd(FOLLOWING_WEEKDAY, source, end) : null) ?? end;
  return { end, expression };
}

/**
 * Whether an expression names a day of a month (`8月19日`, `2015年8月19日`, or the day alone, `於14日週五晚間`), which a weekday written
 * after it only restates.
 */
function namesFullDate(expression: DateExpression): boolean {
  return (expression.kind === 'calendar' && expression.period.unit === 'day') || expression.kind === 'day-of-month';
}

/** `分别`, `依次`: what follows gives each thing listed before a figure of its own. */
const ONE_BY_ONE = /分[别別]|依次/;

/**
 * Months listed one after another (`1月和2月`, `3月、4月及5月`): a run, never dated (see `namesRun`);
 * anything else is left as found. Months given a figure each (`10月和11月…分别达到4919套和7335套`)
 * are each a month of their own, as years listed so are (LABELS), so they are left to be read one by one.
 */
function extendOverListedMonths(source: string, found: RuleMatch): RuleMatch {
  const { expression } = found;
  if (expression.kind !== 'calendar' || expression.period.unit !== 'month') return found;
  if (ONE_BY_ONE.test(source.slice(found.end, sentenceEndAfter(source, found.end)))) return found;
  const first = expression.period.month;
  let end = found.end;
  let last = first;
  for (let next = listedMonthAt(source, end, last); next !== null; next = listedMonthAt(source, end, last)) {
    end = next.end;
    last = next.month;
  }
  return last === first ? found : { end, expression: { kind: 'undatable' } };
}

/** Where the sentence holding `index` ends. */
function sentenceEndAfter(source: string, index: number): number {
  const end = source.slice(index).search(/[。！？!?；;]/);
  return end === -1 ? source.length : index + end;
}

/** The month listed at `end` (`和2月`, `、12月`), when it is a later month of the same year. */
function listedMonthAt(source: string, end: number, after: number): { end: number; month: number } | null {
  const connected = stickyEnd(LIST_CONNECTOR, source, end);
  const next = connected === null ? null : matchLongest(source, connected);
  if (next === null) return null;
  const { expression } = next;
  if (expression.kind !== 'calendar' || expression.year.kind !== 'context' || expression.period.unit !== 'month' || expression.period.month <= after) return null;
  return { end: next.end, month: expression.period.month };
}

/** `1月至9月`, `2023年4月至6月`: two months of the same year, a run never dated (see `namesRun`); null for anything else. */
function spanOfMonths(first: DateExpression, second: DateExpression): DateExpression | null {
  if (first.kind !== 'calendar' || second.kind !== 'calendar' || second.year.kind !== 'context') return null;
  if (first.period.unit !== 'month' || second.period.unit !== 'month' || second.period.month <= first.period.month) return null;
  return { kind: 'undatable' };
}

/** Words after a year, half or quarter that make it the name of a report or a meeting (`2024年一季报`, `2023年年報`, `2024年中期業績`, `2024至25年度財政預算案`, `第三季財報`, `第一季理監事會`); not 報導 (reported) or 報酬 (return). */
const LABEL_NOUNS = ['[財财]務?[報报]', '[報报](?![導导道酬])', '中期(?:業績|业绩|[報报])', '(?:業績|业绩)(?:預告|预告|快[報报])', '中[報报](?![導导道酬])', '(?:[財财]政)?[總总]?[預预]算', '理監事會', '理监事会', '法說會', '法说会', '例會', '例会'];
/** A period word that may stand between the year and the noun (`2024年` + `一季` + `报`). */
const LABEL_PERIOD = '(?:第?[一二三四1-4][個个]?季度?|[上下]?半年度?|全?年度?|度)?';
const REPORT_LABEL = new RegExp(`^${LABEL_PERIOD}(?:${LABEL_NOUNS.join('|')})`);
/** `截至6月底止半年`, `截至3月31日止年度`: the end of the period a report covers. */
const PERIOD_END_LABEL = /^止(?:的)?(?:年度|[財财]年|[上下]?半年|[一二三四]?季度|(?:[0-9]{1,2}|[一二三六九十兩两]|十二)[個个]月)/;

/**
 * Whether a mention only names a report, a meeting or the period a report covers (`比亞迪發布
 * 2024年一季報`, `截至6月底止半年業績`): what the sentence reports happened when the report came
 * out, which is not that period. What to do with a label is the timeline's decision.
 */
export function isPeriodLabel(text: string, mention: DateMention): boolean {
  const after = normalizeWidth(text.slice(mention.end));
  if (PERIOD_END_LABEL.test(after)) return true;
  return mention.kind === 'calendar' && ['year', 'half', 'quarter'].includes(mention.period.unit) && REPORT_LABEL.test(after);
}

/**
 * The quarter or half a report names between its year and its noun (`去年第三季度财报` is 2021-Q3's, `2024年上半年報` H1's): the
 * period the report covers, which the timeline shows when the report's name is its sentence's only date. Null for a whole year's.
 */
export function reportedPeriod(text: string, mention: DateMention): Period | null {
  if (mention.kind !== 'calendar' || mention.period.unit !== 'year') return null;
  const after = normalizeWidth(text.slice(mention.end));
  const quarter = /^第?([一二三四1-4])[個个]?季/u.exec(after)?.[1];
  const quarterNumber = quarter === undefined ? null : parseNumber(quarter);
  if (quarterNumber !== null) return { unit: 'quarter', quarter: quarterNumber };
  const half = /^([上下])半年/u.exec(after)?.[1];
  return half === undefined ? null : { unit: 'half', half: half === '上' ? 1 : 2 };
}

/** Finds every date expression in a text, left to right, longest first, none overlapping. */
export function scanDateMentions(text: string): DateMention[] {
  const source = normalizeWidth(text);
  const mentions: DateMention[] = [];
  let index = 0;
  while (index < source.length) {
    const found = matchLongest(source, index);
    if (found === null) {
      index += 1;
      continue;
    }
    const { end, expression } = extendMatch(source, found);
    mentions.push({ ...expression, start: index, end, text: text.slice(index, end) });
    index = end;
  }
  return withoutTimesOfNamedDays(withoutStoryDays(withNextDaysAfterNamedDays(mentions, source), source));
}
