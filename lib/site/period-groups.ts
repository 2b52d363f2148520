import type { Article } from '../content/model';

/** Listings under period headings (a month, or a year): pure grouping that keeps the given order. */

/** Items under one heading: `period` is `YYYY-MM`, or `YYYY` for dates known only to the year. */
export interface PeriodGroup<T> {
  period: string;
  items: T[];
}

/**
 * Groups articles under the month they were published (`2024-01`), or the year for year-only
 * dates (`2024`), keeping the given order within and between groups (first appearance).
 */
export function groupByMonth<T extends Pick<Article, 'published'>>(articles: readonly T[]): PeriodGroup<T>[] {
  return groupInOrder(articles, (article) => article.published.slice(0, 7));
}

/** Groups items by a key in order of first appearance, keeping the items' order. */
export function groupInOrder<T>(items: readonly T[], keyOf: (item: T) => string): PeriodGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].map(([period, grouped]) => ({ period, items: grouped }));
}
