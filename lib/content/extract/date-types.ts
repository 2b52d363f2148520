/**
 * What a date expression in Chinese prose says, before and after context is applied: the shared
 * vocabulary of finding dates (`date-scan.ts`) and dating them (`date-resolve.ts`).
 */

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
  /**
   * No year written (`11月9日`, `第四季度`): taken from the paragraph or the publication date;
   * `paragraphOnly` (a bare `年底`) only from a year the paragraph named before it; `looksAhead`
   * when its sentence speaks of what is to come, so a month soon after publication is the coming one; `looksBack`
   * when it tells what is done (`委员会在10月发布了报告`), so such a month is last year's.
   */
  | { kind: 'context'; paragraphOnly?: true; looksAhead?: true; looksBack?: true }
  /**
   * `上(12)月` −1, `本(3)月` 0, `下(1)月` +1: a written month placed by its distance in months from
   * publication, so counted from publication, never from the paragraph.
   */
  | { kind: 'around-publication'; months: number };

/** What a date expression says, before any context is applied. */
export type DateExpression =
  | { kind: 'calendar'; year: YearReference; period: Period }
  /** `上月` −1, `本月` 0, `下月` +1, with an optional day (`上月15日`). */
  | { kind: 'month-offset'; offset: number; day: number | null }
  /** `上季` −1, `本季度` 0, `下季度` +1: a quarter counted from the publication's. */
  | { kind: 'quarter-offset'; offset: number }
  /**
   * `周一` (latest Monday on or before publication), `上周五` (week −1), `本周三` (week 0). `dated`: the month and day in
   * brackets after it (`上周五(3月8日)`), which date the day when the copy gives no publication day to count from.
   */
  | { kind: 'weekday'; week: number | null; weekday: number; dated?: { year: YearReference; period: Period } }
  /** `今日` 0, `昨日` −1, `前日` −2: days from the publication day. */
  | { kind: 'day-offset'; offset: number }
  /**
   * `18日`: a day of the month named last in the paragraph, else of the publication month. `weekday`
   * (Monday 1 … Sunday 7) when a weekday names it too (`周二（4日）`): the month is the one where that day is that weekday.
   */
  | { kind: 'day-of-month'; day: number; weekday?: number }
  /** `昨(4)日` (before), `明(6)日` (ahead), `今(5)日` (the same month): a written day placed by its distance from publication. */
  | { kind: 'publication-day'; day: number; ahead: boolean | null }
  /** `上週` −1, `本週` 0, `下週` +1: the Monday-to-Sunday week counted from publication, dated by its month when it lies in one. */
  | { kind: 'week'; offset: number }
  /** A time no timeline date can hold, a decade (`80年代`, `上世紀90年代初`) or a week (`本週`), so never dated. */
  | { kind: 'undatable' }
  /**
   * A bare time of day (`上午`, `下午13点`, `中午`, a wire's `1849 GMT`): the day of publication, when
   * nothing else in the copy has moved the story to another day (see `resolveTimeOfDay`).
   */
  | { kind: 'time-of-day' }
  /**
   * A bare `月底`/`月初` (`推遲至月底執行`): the month the paragraph named before it, or in a plan the month of publication;
   * `early` for the start of a month (`月初`, `月上旬`), which copy filed in a month's first days means this month's.
   */
  | { kind: 'part-of-named-month'; early?: true }
  /** `同日`/`當天` 0, `次日` +1: counted from the last full date named before. */
  | {
      kind: 'anchor-day';
      offset: number;
      /** `第二天`, `隔天`: counted only from a day that is the last time the text named (see `ResolutionContext.latestIsDay`). */
      afterLatestDay?: true;
    }
  /** `當月`/`同月` 0, `次月` +1: counted from the last month (or date in it) named before. */
  | { kind: 'anchor-month'; offset: number };

/** One date expression found in a paragraph; offsets are UTF-16 code units. */
export type DateMention = DateExpression & { start: number; end: number; text: string };

/** A date the expression was resolved to. */
export interface ResolvedDate { year: number; period: Period }

/** The article's publication date, as precise as it is known. */
export interface PublishedDate { year: number; month: number | null; day: number | null }

/** A month of a year, for expressions counted from a month named before. */
export interface YearMonth { year: number; month: number }

/** What a relative expression is resolved against. */
export interface ResolutionContext {
  published: PublishedDate;
  /** Year of the last date resolved anywhere earlier in the article (for `同年`, `次年`). */
  anchorYear: number | null;
  /** Month of the last month or day resolved anywhere earlier in the article (for `當月`, `次月`). */
  anchorMonth: YearMonth | null;
  /** The last full date resolved anywhere earlier in the article (for `同日`, `當天`, `次日`). */
  anchorDay: ResolvedDate | null;
  /**
   * Whether the last time named before, dated or not, was that full date (`11月25日…。第二天上午`),
   * not a time after it (`…下午到的北京，第二天早上`); absent when the caller does not track it.
   */
  latestIsDay?: boolean;
  /** Year of the last date resolved earlier in the same paragraph (for a bare `11月9日`). */
  paragraphYear: number | null;
  /** Month of the last month or day resolved earlier in the same paragraph (for a bare `18日`). */
  paragraphMonth: YearMonth | null;
  /** The clause speaks of a plan (`將於`, `預計`): a bare date is the next one, not the last. */
  forward: boolean;
  /**
   * The copy counts years from the Republic of China (Taiwan's papers): a two-digit `97年9月16日`
   * is 民國97年, 2008, not 1997. Absent for copy that shows no sign of it.
   */
  republicYears?: boolean;
}

/** The whole year: the period of an expression that names no part of it. */
export const YEAR: Period = { unit: 'year' };
