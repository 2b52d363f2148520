/**
 * Date expressions in Chinese financial prose, Traditional and Simplified: finding them in a
 * paragraph (`scanDateMentions`, date-scan.ts), turning them into sortable dates
 * (`resolveExpression`, date-resolve.ts) and ordering those (`compareEventDates`, date-order.ts).
 * Finding is separate from dating because `同年`, `去年` and a bare `5月` need context that only
 * the caller has (the publication date, the years named before).
 */

export * from './date-types';
export * from './date-text';
export * from './date-scan';
export * from './date-resolve';
export * from './date-order';
