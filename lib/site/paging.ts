/**
 * The archive index in pages of a fixed number of cards: how many pages, which items on each, the
 * `/page/<n>/` segment, and which page numbers a pager shows.
 */

/** How many article cards one index page shows. */
export const ARTICLES_PER_PAGE = 20;

/**
 * How many article cards one tag's or outlet's page shows: a tag of an archive of 10,000 articles
 * holds thousands, and every card costs about 1.2 kB of HTML, so these lists are paged too.
 */
export const FACET_ARTICLES_PER_PAGE = 50;

/** How many pages `total` items fill: at least one, so an empty archive still has its index. */
export function pageCount(total: number, perPage: number = ARTICLES_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The items on page `page` (1-based); empty past the last page. */
export function itemsOnPage<T>(items: readonly T[], page: number, perPage: number = ARTICLES_PER_PAGE): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}

/** Every page number after the first, for the `/page/<n>/` routes (page 1 is the index itself). */
export function laterPageNumbers(total: number, perPage: number = ARTICLES_PER_PAGE): number[] {
  return Array.from({ length: pageCount(total, perPage) - 1 }, (_, index) => index + 2);
}

/** Reads a `/page/<n>/` segment: a page after the first written without leading zeros, else null. */
export function parsePageNumber(segment: string, total: number, perPage: number = ARTICLES_PER_PAGE): number | null {
  if (!/^[1-9][0-9]*$/.test(segment)) return null;
  const page = Number(segment);
  return page >= 2 && page <= pageCount(total, perPage) ? page : null;
}

/**
 * The page numbers a pager shows: all of them up to seven pages, else the first, the last and the
 * current one with its neighbours, with `null` where numbers are left out.
 */
export function pagerItems(current: number, total: number): (number | null)[] {
  if (total <= 7) return Array.from({ length: total }, (_, index) => index + 1);
  const shown = [...new Set([1, current - 1, current, current + 1, total])].filter((page) => page >= 1 && page <= total).sort((a, b) => a - b);
  return shown.flatMap((page, index) => (index > 0 && page - shown[index - 1]! > 1 ? [null, page] : [page]));
}
