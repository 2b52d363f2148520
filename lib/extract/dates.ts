import { EVENT_DATE_PATTERN, PARTIAL_DATE_PATTERN } from '../model';

/**
 * Date expressions in Chinese financial prose, Traditional and Simplified: finding them in a
 * paragraph (`scanDateMentions`) and turning them into sortable dates (`resolveExpression`).
 * Finding is separate from dating because `同年`, `去年` and a bare `5月` need context that only
 * the caller has (the publication date, the years named before). Each written form is one rule
 * below; the vocabulary is data so new forms are added as rows, not branches.
 */

// ─── What an expression says ────────────────────────────────────────────────────────────────

/** The stretch of the year an expression names, as precise as the text is and no more. */
export type Period =
  | { unit: 'year' }
  | { unit: 'half'; half: number }
  | { unit: 'quarter'; quarter: number }
  | { unit: 'month'; month: number }
  | { unit: 'day'; month: number; day: number };

/** Which year an expression is in, as far as the words themselves tell. */
export type YearReference =
  | { kind: 'absolute'; year: number }
  /** `21年`: the century is chosen against the publication date. */
  | { kind: 'two-digit'; digits: number }
  /** `今年` 0, `去年` −1, `前年` −2, `明年` +1: counted from the publication year. */
  | { kind: 'published'; offset: number }
  /** `同年` 0, `次年`/`翌年` +1: counted from the year named last before. */
  | { kind: 'anchor'; offset: number }
  /** No year written (`11月9日`, `第四季度`): taken from the paragraph or the publication date. */
  | { kind: 'context' };

/** What a date expression says, before any context is applied. */
export type DateExpression =
  | { kind: 'calendar'; year: YearReference; period: Period }
  /** `上月` −1, `本月` 0, `下月` +1, with an optional day (`上月15日`). */
  | { kind: 'month-offset'; offset: number; day: number | null }
  /** `周一` (latest Monday on or before publication), `上周五` (week −1), `本周三` (week 0). */
  | { kind: 'weekday'; week: number | null; weekday: number }
  /** `昨日`: days from the publication day. */
  | { kind: 'day-offset'; offset: number };

/** One date expression found in a paragraph; offsets are UTF-16 code units. */
export type DateMention = DateExpression & { start: number; end: number; text: string };

/** A date the expression was resolved to. */
export interface ResolvedDate { year: number; period: Period }

/** The article's publication date, as precise as it is known. */
export interface PublishedDate { year: number; month: number | null; day: number | null }

/** What a relative expression is resolved against. */
export interface ResolutionContext {
  published: PublishedDate;
  /** Year of the last date resolved anywhere earlier in the article (for `同年`, `次年`). */
  anchorYear: number | null;
  /** Year of the last date resolved earlier in the same paragraph (for a bare `11月9日`). */
  paragraphYear: number | null;
  /** The clause speaks of a plan (`將於`, `預計`): a bare date is the next one, not the last. */
  forward: boolean;
}

const YEAR: Period = { unit: 'year' };

// ─── Characters ─────────────────────────────────────────────────────────────────────────────

/** Maps full-width digits, Latin letters and the few symbols dates use to ASCII, one code unit for one, so offsets in the copy are offsets in the original. */
export function normalizeWidth(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ－／．～]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const HAN_DIGITS = new Map([...'〇一二三四五六七八九'].map((c, i) => [c, i])).set('零', 0);

/** Reads a number written in ASCII digits, in Chinese digits (`二〇二三`) or as a Chinese numeral up to 99 (`十一`, `二十`, `三十一`). */
export function parseNumber(written: string): number | null {
  if (/^[0-9]+$/.test(written)) return Number(written);
  const ten = written.indexOf('十');
  if (ten === -1) return readHanDigits(written);
  const tens = ten === 0 ? 1 : readHanDigits(written.slice(0, ten));
  const ones = ten === written.length - 1 ? 0 : readHanDigits(written.slice(ten + 1));
  return tens === null || ones === null ? null : tens * 10 + ones;
}

/** Reads Chinese digits positionally, as years are written (`二〇二三` is 2023). */
function readHanDigits(written: string): number | null {
  if (written === '') return null;
  let value = 0;
  for (const c of written) {
    const digit = HAN_DIGITS.get(c);
    if (digit === undefined) return null;
    value = value * 10 + digit;
  }
  return value;
}

/** Whether a character is one of a set; the empty string (before the start, past the end) never is. */
export function isOneOf(chars: string, c: string): boolean {
  return c !== '' && chars.includes(c);
}

// ─── Patterns ───────────────────────────────────────────────────────────────────────────────
// Fragments are strings so each rule can be composed from them; every pattern runs on text that
// went through `normalizeWidth`, so only ASCII digits are spelled out.

const HAN_DIGIT = '〇零一二三四五六七八九';
const MONTH_NUM = '(?:1[0-2]|0?[1-9])';
const MONTH_HAN = '(?:十[一二]?|[一二三四五六七八九])';
const DAY_NUM = '(?:3[01]|[12][0-9]|0?[1-9])';
const DAY_HAN = '(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
const DAY_MARK = '[日號号]';
const RANGE_MARK = '[-至到~—–]';
/** `年初步` (preliminary), `月初期`: 初 that starts another word. */
const NOT_INITIAL_WORD = '(?![步期次衷創创級级審审選选稿心見见版始賽赛])';
/** A period followed by 報/报 names a report (`三季報`, `半年報`), not a time. */
const NOT_REPORT = '(?![報报])';
const MONTH_PART = `(?:上旬|中旬|下旬|底|末|初${NOT_INITIAL_WORD})`;
/** 年中 only where no word goes on (`2015年中國` is "China in 2015"). */
const YEAR_PART = `(?:[底末尾]|初${NOT_INITIAL_WORD}|中(?:(?![\\u3400-\\u9fff])|(?=[以前後后時时起至到左])))`;
const HALF = `(?<half>[上下])半年${NOT_REPORT}`;
const QUARTER = `(?:第(?<qa>[一二三四1-4])季度?|(?<qb>[一二三四1-4])季度|[Qq](?<qc>[1-4])(?![0-9A-Za-z])|(?<qd>首)季度?)${NOT_REPORT}`;
const MONTH_DAY = `(?<m>${MONTH_NUM}|${MONTH_HAN})(?:${RANGE_MARK}(?<m2>${MONTH_NUM}))?月份?(?:(?<d>${DAY_NUM}|${DAY_HAN})${DAY_MARK}|${MONTH_PART})?`;
/** Whatever may follow a year: a half, a quarter, a month (and day), or early/late in the year. */
const YEAR_TAIL = `(?<tail>${HALF}|${QUARTER}|${MONTH_DAY}|(?<ypart>年?${YEAR_PART}))?`;
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

/** Reads the period a year's tail names; an empty tail is the whole year. */
function readYearTail(groups: Groups): Period | null {
  if (!groups.tail) return YEAR;
  if (groups.half) return { unit: 'half', half: groups.half === '上' ? 1 : 2 };
  const quarter = groups.qa ?? groups.qb ?? groups.qc ?? (groups.qd ? '1' : undefined);
  if (quarter !== undefined) return readQuarter(quarter);
  if (groups.m) return readMonthDay(groups);
  return readYearPart(groups.ypart ?? '');
}

/** Reads a quarter number, ASCII or Chinese. */
function readQuarter(written: string): Period | null {
  const quarter = parseNumber(written);
  return quarter === null ? null : { unit: 'quarter', quarter };
}

/** Reads a month and optional day (`9月`, `5月11日`, `十一月九日`); a month range (`1-3月`) is dated by its first month. */
function readMonthDay(groups: Groups): Period | null {
  const month = parseNumber(groups.m ?? '');
  if (month === null || month < 1 || month > 12) return null;
  if (!groups.d) return { unit: 'month', month };
  const day = parseNumber(groups.d);
  return day === null ? null : { unit: 'day', month, day };
}

/**
 * Reads 年初/年底/年末/年中. The rule: the finest standard period that surely contains what the
 * words say. Early in the year is surely in H1 and late surely in H2, but a quarter would claim
 * more than `年初` or `年底` says (年底 is often a deadline, 年初 can run into spring); 年中
 * straddles both halves, so it stays a year.
 */
export function readYearPart(part: string): Period {
  const last = part.charAt(part.length - 1);
  if (last === '初') return { unit: 'half', half: 1 };
  if (last === '底' || last === '末' || last === '尾') return { unit: 'half', half: 2 };
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
      return { end, expression: { kind: 'calendar', year, period } };
    },
  };
}

/** Characters after a bare two-digit `N年` that make it a duration (`21年來`, `10年內`, `3年後`). */
const DURATION_FOLLOWERS = '來来內内間间多後后前左以裡里之期時时半級级制';
/** Temporal prepositions that make a following `N年` a year: at, in, since, from. */
const YEAR_PREPOSITIONS = '在於于自從从';

/**
 * Whether a two-digit `N年` is a year, not a duration or an age: it carries a month or a part of
 * the year (`21年3月`, `22年底`), or follows at/in/since (`在21年`), or ends a range (`15年到18年`).
 */
export function isTwoDigitYear(source: string, start: number, end: number, groups: Groups): boolean {
  const before = source.charAt(start - 1);
  if (before === '第') return false;
  if (groups.tail) return true;
  if (isOneOf(DURATION_FOLLOWERS, source.charAt(end))) return false;
  if (isOneOf(YEAR_PREPOSITIONS, before)) return true;
  return isOneOf('至到', before) && source.charAt(start - 2) === '年';
}

/** Characters before (or after) a relative-year word that show it is part of another word (`目前年化`, `過去年度`, `如今年輕`). */
const RELATIVE_YEAR_BLOCKERS: ReadonlyMap<string, { before: string; after: string }> = new Map([
  ['今年', { before: '如迄當当', after: '輕轻紀纪齡龄' }],
  ['去年', { before: '過过失除離离進进回來来', after: '' }],
  ['前年', { before: '目之提以此日當当空超向從从戰战史生眼面跟事門门席胸台臺窗車车婚考節节週周天期年月前', after: '' }],
  ['明年', { before: '說说表證证聲声標标透簡简發发光文聰聪鮮鲜開开闡阐指註注載载申分高清英', after: '' }],
  ['同年', { before: '', after: '齡龄級级代生紀纪' }],
  ['次年', { before: '首多每屢屡依層层單单數数幾几一二三四五六七八九十兩两本該该這这上下此名', after: '' }],
  ['翌年', { before: '', after: '' }],
  ['當年', { before: '', after: '' }],
  ['当年', { before: '', after: '' }],
]);

const RELATIVE_YEARS: ReadonlyMap<string, YearReference> = new Map<string, YearReference>([
  ['今年', { kind: 'published', offset: 0 }],
  ['去年', { kind: 'published', offset: -1 }],
  ['前年', { kind: 'published', offset: -2 }],
  ['明年', { kind: 'published', offset: 1 }],
  ['同年', { kind: 'anchor', offset: 0 }],
  ['當年', { kind: 'anchor', offset: 0 }],
  ['当年', { kind: 'anchor', offset: 0 }],
  ['次年', { kind: 'anchor', offset: 1 }],
  ['翌年', { kind: 'anchor', offset: 1 }],
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

/** Whether a bare `5月`/`11月9日` is a date: not a count, a recurrence or a tenor. */
export function isBareMonth(source: string, start: number, end: number, groups: Groups): boolean {
  if (isOneOf(BARE_MONTH_BLOCKERS, source.charAt(start - 1))) return false;
  return Boolean(groups.d) || !isOneOf(BARE_MONTH_FOLLOWERS, source.charAt(end));
}

const WEEKDAYS = new Map([...'一二三四五六'].map((c, i) => [c, i + 1])).set('日', 7).set('天', 7);
const WEEK_OFFSETS = new Map([['上', -1], ['下', 1], ['本', 0], ['這', 0], ['这', 0]]);
/** Characters before 周 that make it a count of weeks or a recurrence (`一周一次`, `每周一`). */
const WEEK_BLOCKERS = '每一二三四五六七八九十兩两數数幾几個个半多';

/** Reads `周一`, `上周五`, `星期三`, and `周一（11月20日）`, where the date in brackets is what counts. */
function readWeekday(groups: Groups, source: string, start: number, end: number): RuleMatch | null {
  if (isOneOf(WEEK_BLOCKERS, source.charAt(start - 1))) return null;
  const inner = groups.inner === undefined ? null : scanDateMentions(groups.inner);
  const dated = inner?.length === 1 ? inner[0] : undefined;
  if (dated !== undefined && dated.kind === 'calendar' && dated.text === groups.inner) {
    return { end, expression: { kind: 'calendar', year: dated.year, period: dated.period } };
  }
  const weekday = WEEKDAYS.get(groups.wd ?? '');
  if (weekday === undefined) return null;
  const week = groups.rel === undefined ? null : WEEK_OFFSETS.get(groups.rel) ?? null;
  const ownEnd = start + (groups.rel ?? '').length + (groups.week ?? '').length + 1;
  return { end: ownEnd, expression: { kind: 'weekday', week, weekday } };
}

const MONTH_OFFSETS = new Map([['上', -1], ['本', 0], ['下', 1]]);

/** Reads `上月`, `本月`, `下個月`, with an optional day (`上月15日`). */
function readMonthOffset(groups: Groups, _source: string, _start: number, end: number): RuleMatch | null {
  const offset = MONTH_OFFSETS.get((groups.rel ?? '').charAt(0));
  if (offset === undefined) return null;
  const day = groups.d ? parseNumber(groups.d) : null;
  return { end, expression: { kind: 'month-offset', offset, day } };
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
    name: 'year with a quarter, no 年 (2024Q2, 2024 Q2)',
    pattern: `(?<![0-9.])(?<y>(?:19|20)[0-9]{2})\\s?[Qq](?<qc>[1-4])(?![0-9A-Za-z])`,
    read: (groups, _source, _start, end) => ({ end, expression: { kind: 'calendar', year: { kind: 'absolute', year: Number(groups.y) }, period: { unit: 'quarter', quarter: Number(groups.qc) } } }),
  },
  yearRule(
    'four-digit year (2013年, 2023財年, 2023年度) — not a decade (1990年代)',
    `(?<![0-9.])(?<y>(?:19|20)[0-9]{2})\\s?(?:財|财)?年(?!代)度?`,
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
    'two-digit year in context (在21年, 22年底)',
    `(?<![0-9.])(?<y>[0-9]{2})年(?!代)`,
    (groups) => ({ kind: 'two-digit', digits: Number(groups.y) }),
    isTwoDigitYear,
  ),
  yearRule(
    'relative year (今年, 去年, 前年, 明年, 同年, 次年, 翌年, 當年+period)',
    `(?<rel>今年|去年|前年|明年|同年|次年|翌年|當年|当年)`,
    (groups) => RELATIVE_YEARS.get(groups.rel ?? '') ?? null,
    isRelativeYear,
  ),
  {
    name: 'month and day without a year (11月9日, 5月, 1-3月)',
    pattern: `(?<![0-9.])(?<m>${MONTH_NUM})(?:${RANGE_MARK}(?<m2>${MONTH_NUM}))?月份?(?:(?<d>${DAY_NUM}|${DAY_HAN})${DAY_MARK}|${MONTH_PART})?`,
    read: (groups, source, start, end) => {
      const period = readMonthDay(groups);
      if (period === null || !isBareMonth(source, start, end, groups)) return null;
      return { end, expression: { kind: 'calendar', year: { kind: 'context' }, period } };
    },
  },
  {
    name: 'Chinese month with a day (十一月九日); a bare 三月 is too often something else',
    pattern: `(?<![${HAN_DIGIT}十])(?<m>${MONTH_HAN})月(?<d>${DAY_NUM}|${DAY_HAN})${DAY_MARK}`,
    read: (groups, source, start, end) => {
      const period = readMonthDay(groups);
      if (period === null || isOneOf(BARE_MONTH_BLOCKERS, source.charAt(start - 1))) return null;
      return { end, expression: { kind: 'calendar', year: { kind: 'context' }, period } };
    },
  },
  {
    name: 'quarter without a year (第四季度, 四季度, 第四季, Q4) — not 前三季度, not 三季報',
    pattern: `(?<![0-9A-Za-z])${QUARTER}`,
    read: (groups, source, start, end) => {
      if (isOneOf('前後后每近單单', source.charAt(start - 1))) return null;
      const period = readQuarter(groups.qa ?? groups.qb ?? groups.qc ?? '1');
      return period === null ? null : { end, expression: { kind: 'calendar', year: { kind: 'context' }, period } };
    },
  },
  {
    name: 'half without a year (上半年, 下半年)',
    pattern: HALF,
    read: (groups, source, start, end) => {
      if (source.charAt(start - 1) === '每') return null;
      return { end, expression: { kind: 'calendar', year: { kind: 'context' }, period: { unit: 'half', half: groups.half === '上' ? 1 : 2 } } };
    },
  },
  {
    name: 'month relative to publication (上月, 本月, 下個月, 上月15日)',
    pattern: `(?<rel>上個月|上个月|上月|本月|下個月|下个月|下月)(?:(?<d>${DAY_NUM}|${DAY_HAN})${DAY_MARK}|${MONTH_PART})?`,
    read: readMonthOffset,
  },
  {
    name: 'weekday (周一, 上周五, 星期三, 周一（11月20日）)',
    pattern: `(?<rel>[上下本這这])?(?<week>${WEEK_WORD})(?<wd>${WEEKDAY})(?:[（(](?<inner>[^（()）]{1,24})[）)])?`,
    read: readWeekday,
  },
  {
    name: 'yesterday (昨日, 昨天)',
    pattern: '昨[日天](?![黃黄])',
    read: (_groups, _source, _start, end) => ({ end, expression: { kind: 'day-offset', offset: -1 } }),
  },
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
const DAY_ONLY = new RegExp(`${DAY_NUM}${DAY_MARK}`, 'y');
const BRACKETED_WEEKDAY = new RegExp(`[（(]${WEEK_WORD}${WEEKDAY}[）)]`, 'y');

/** Where a sticky pattern matching at `start` ends, or null. */
function stickyEnd(pattern: RegExp, source: string, start: number): number | null {
  const sticky = new RegExp(pattern.source, 'y');
  sticky.lastIndex = start;
  const match = sticky.exec(source);
  return match === null ? null : start + match[0].length;
}

/**
 * Extends an expression over what still belongs to it: the end of a range (`2018年至2019年`,
 * `1月16日至18日`, `2023年1月至今`; the range is dated by its start) and a weekday in brackets
 * after a date (`11月20日（周一）`).
 */
function extendMatch(source: string, found: RuleMatch): RuleMatch {
  let end = found.end;
  const connected = stickyEnd(RANGE_CONNECTOR, source, end);
  if (connected !== null) {
    const second = matchLongest(source, connected);
    const dayOnly = found.expression.kind === 'calendar' && found.expression.period.unit === 'day' ? stickyEnd(DAY_ONLY, source, connected) : null;
    if (second !== null && second.expression.kind === 'calendar') end = second.end;
    else if (dayOnly !== null) end = dayOnly;
    else if (source.charAt(connected) === '今' && isOneOf('至到', source.charAt(connected - 1))) end = connected + 1;
  }
  end = stickyEnd(BRACKETED_WEEKDAY, source, end) ?? end;
  return { end, expression: found.expression };
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
  return mentions;
}

// ─── Resolving ──────────────────────────────────────────────────────────────────────────────

/** Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything else is a caller's bug, so it throws. */
export function parsePublished(published: string): PublishedDate {
  if (!PARTIAL_DATE_PATTERN.test(published)) throw new Error(`published must be YYYY, YYYY-MM or YYYY-MM-DD, got "${published}"`);
  const [year = 0, month, day] = published.split('-').map(Number);
  return { year, month: month ?? null, day: day ?? null };
}

/** Days in a month of a year (leap years included). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether a period can exist in a year (no 2月30日, no 13月). */
export function isValidPeriod(year: number, period: Period): boolean {
  switch (period.unit) {
    case 'year':
      return true;
    case 'half':
      return period.half === 1 || period.half === 2;
    case 'quarter':
      return period.quarter >= 1 && period.quarter <= 4;
    case 'month':
      return period.month >= 1 && period.month <= 12;
    case 'day':
      return period.month >= 1 && period.month <= 12 && period.day >= 1 && period.day <= daysInMonth(year, period.month);
    default:
      return period satisfies never;
  }
}

/** First and last month a period covers. */
function monthSpan(period: Period): [number, number] {
  switch (period.unit) {
    case 'year':
      return [1, 12];
    case 'half':
      return [period.half * 6 - 5, period.half * 6];
    case 'quarter':
      return [period.quarter * 3 - 2, period.quarter * 3];
    case 'month':
    case 'day':
      return [period.month, period.month];
    default:
      return period satisfies never;
  }
}

/** Whether a period starts after the publication date, compared as precisely as both are known. */
function startsAfter(period: Period, published: PublishedDate): boolean {
  if (published.month === null) return false;
  const [first] = monthSpan(period);
  if (first !== published.month) return first > published.month;
  return period.unit === 'day' && published.day !== null && period.day > published.day;
}

/** Whether a period ends before the publication date, compared as precisely as both are known. */
function endsBefore(period: Period, published: PublishedDate): boolean {
  if (published.month === null) return false;
  const [, last] = monthSpan(period);
  if (last !== published.month) return last < published.month;
  return period.unit === 'day' && published.day !== null && period.day < published.day;
}

/**
 * The year of a date written without one. News reports what happened, so it is the latest such
 * date on or before publication (`12月20日` in an article of 2024-01 is 2023-12-20); a plan
 * (`將於3月1日`) is the next one on or after publication.
 */
export function yearFromPublication(period: Period, published: PublishedDate, forward: boolean): number {
  if (forward) return endsBefore(period, published) ? published.year + 1 : published.year;
  return startsAfter(period, published) ? published.year - 1 : published.year;
}

/** The four-digit year of `21年`: this century unless that is more than five years after publication (`98年` is 1998). */
export function expandTwoDigitYear(digits: number, published: PublishedDate): number {
  return 2000 + digits <= published.year + 5 ? 2000 + digits : 1900 + digits;
}

/** The year a calendar expression is in, or null when the text gives nothing to count from. */
function resolveYear(reference: YearReference, period: Period, context: ResolutionContext): number | null {
  switch (reference.kind) {
    case 'absolute':
      return reference.year;
    case 'two-digit':
      return expandTwoDigitYear(reference.digits, context.published);
    case 'published':
      return context.published.year + reference.offset;
    case 'anchor':
      return context.anchorYear === null ? null : context.anchorYear + reference.offset;
    case 'context':
      return context.paragraphYear ?? yearFromPublication(period, context.published, context.forward);
    default:
      return reference satisfies never;
  }
}

/** A full day moved by a number of days, through the UTC calendar (no clock, no time zone). */
function addDays(year: number, month: number, day: number, days: number): ResolvedDate {
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return { year: moved.getUTCFullYear(), period: { unit: 'day', month: moved.getUTCMonth() + 1, day: moved.getUTCDate() } };
}

/** Monday 1 … Sunday 7 of a day. */
function weekdayOf(year: number, month: number, day: number): number {
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
}

/**
 * The day a weekday names. `上周五`/`本周三`/`下周一` are in the Monday-to-Sunday week before, of or
 * after publication; a bare `周一` is the latest Monday on or before publication, as news reports
 * the days just past. Only a fully dated article can date a weekday.
 */
function resolveWeekday(week: number | null, weekday: number, published: PublishedDate): ResolvedDate | null {
  if (published.month === null || published.day === null) return null;
  const today = weekdayOf(published.year, published.month, published.day);
  const days = week === null ? -((today - weekday + 7) % 7) : week * 7 + weekday - today;
  return addDays(published.year, published.month, published.day, days);
}

/** A month counted from the publication month, with an optional day; needs the publication month. */
function resolveMonthOffset(offset: number, day: number | null, published: PublishedDate): ResolvedDate | null {
  if (published.month === null) return null;
  const index = published.year * 12 + published.month - 1 + offset;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, period: day === null ? { unit: 'month', month } : { unit: 'day', month, day } };
}

/** Dates an expression in its context; null when the context cannot date it or the date cannot exist. */
export function resolveExpression(expression: DateExpression, context: ResolutionContext): ResolvedDate | null {
  const resolved = resolveUnchecked(expression, context);
  return resolved !== null && isValidPeriod(resolved.year, resolved.period) ? resolved : null;
}

/** Dates an expression without checking that the date exists. */
function resolveUnchecked(expression: DateExpression, context: ResolutionContext): ResolvedDate | null {
  const { published } = context;
  switch (expression.kind) {
    case 'calendar': {
      const year = resolveYear(expression.year, expression.period, context);
      return year === null ? null : { year, period: expression.period };
    }
    case 'month-offset':
      return resolveMonthOffset(expression.offset, expression.day, published);
    case 'weekday':
      return resolveWeekday(expression.week, expression.weekday, published);
    case 'day-offset':
      return published.month === null || published.day === null ? null : addDays(published.year, published.month, published.day, expression.offset);
    default:
      return expression satisfies never;
  }
}

/** Pads a number to two digits. */
function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Writes a resolved date in the timeline's sortable form: YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD. */
export function formatEventDate({ year, period }: ResolvedDate): string {
  switch (period.unit) {
    case 'year':
      return String(year);
    case 'half':
      return `${year}-H${period.half}`;
    case 'quarter':
      return `${year}-Q${period.quarter}`;
    case 'month':
      return `${year}-${pad(period.month)}`;
    case 'day':
      return `${year}-${pad(period.month)}-${pad(period.day)}`;
    default:
      return period satisfies never;
  }
}

// ─── Ordering ───────────────────────────────────────────────────────────────────────────────

/** Coarser periods first among those that start on the same day. */
const PRECISION_RANK = { year: 0, half: 1, quarter: 2, month: 3, day: 4 } as const;

/** Sort key of an event date: the day its period starts, then its precision rank. */
function eventDateKey(date: string): [number, number] {
  const match = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])))?$/.exec(date);
  if (match === null || !EVENT_DATE_PATTERN.test(date)) throw new Error(`not a timeline date: "${date}"`);
  const [, year, month, day, quarter, half] = match;
  const start = (first: number, dayOfMonth = 1) => Number(year) * 10000 + first * 100 + dayOfMonth;
  if (month !== undefined) {
    const period: Period = day === undefined ? { unit: 'month', month: Number(month) } : { unit: 'day', month: Number(month), day: Number(day) };
    if (!isValidPeriod(Number(year), period)) throw new Error(`not a timeline date: "${date}"`);
  }
  if (day !== undefined) return [start(Number(month), Number(day)), PRECISION_RANK.day];
  if (month !== undefined) return [start(Number(month)), PRECISION_RANK.month];
  if (quarter !== undefined) return [start(Number(quarter) * 3 - 2), PRECISION_RANK.quarter];
  if (half !== undefined) return [start(Number(half) * 6 - 5), PRECISION_RANK.half];
  return [start(1), PRECISION_RANK.year];
}

/**
 * Orders timeline dates by the day their period starts, and among periods starting the same day
 * the coarser first: `2023` < `2023-H1` < `2023-Q1` < `2023-01` < `2023-01-01` < … < `2023-H2`
 * (starts 1 July) < `2023-Q3` < `2023-07`. A period never sorts after a date it contains.
 */
export function compareEventDates(a: string, b: string): number {
  const [startA, rankA] = eventDateKey(a);
  const [startB, rankB] = eventDateKey(b);
  return startA - startB || rankA - rankB;
}
