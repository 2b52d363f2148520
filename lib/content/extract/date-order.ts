import { EVENT_DATE_PATTERN } from '../model';
import type { Period } from './date-types';
import { isValidPeriod } from './date-resolve';
/**
 * The order of event dates: by the day each period starts, coarser periods first among equals.
 */

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
