import type { Script } from './script';

/**
 * Dates shown to readers, only as precise as the data: formatted from the normalized string
 * itself, never through `Date` and a time zone, so the build machine cannot shift a day.
 */

const QUARTER_WORDS = ['一', '二', '三', '四'] as const;
const HALF_WORDS = { 'zh-hant': ['上半年', '下半年'], 'zh-hans': ['上半年', '下半年'] } as const satisfies Record<Script, readonly [string, string]>;

/** Formats `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Qn` or `YYYY-Hn` as Chinese (2015年5月11日, 2023年第四季度). */
export function formatDate(date: string, script: Script): string {
  const [yearText, part, dayText] = date.split('-');
  const year = Number(yearText);
  if (part === undefined) return `${year}年`;
  if (part.startsWith('Q')) return `${year}年第${QUARTER_WORDS[Number(part.slice(1)) - 1] ?? part.slice(1)}季度`;
  if (part.startsWith('H')) return `${year}年${HALF_WORDS[script][Number(part.slice(1)) - 1] ?? part}`;
  const month = Number(part);
  if (dayText === undefined) return `${year}年${month}月`;
  return `${year}年${month}月${Number(dayText)}日`;
}

/** A run of years as Chinese (2015年, or 2004–2009年 for a page of several years). */
export function formatYearSpan(first: string, last: string, script: Script): string {
  return first === last ? formatDate(first, script) : `${Number(first)}–${formatDate(last, script)}`;
}

/** The value for `<time datetime>` when HTML can express the date (quarters and halves it cannot). */
export function machineDate(date: string): string | null {
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date) ? date : null;
}
