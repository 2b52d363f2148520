/**
 * The corpus split into a development half (rules are tuned on it) and a test half (only
 * reported). Decided once: an id keeps its half forever; a new id goes, in sorted order, to the
 * half that has fewer articles of its outlet, then of its region, then fewer in all, then dev.
 */

export const HALVES = ['dev', 'test'] as const;
export type Half = (typeof HALVES)[number];

export interface Split { dev: string[]; test: string[] }

export interface SplitCandidate { id: string; outlet: string; region: string }

/** Assigns every id not yet in the split, leaving existing ids where they are. */
export function extendSplit(split: Split, articles: readonly SplitCandidate[]): Split {
  const next: Split = { dev: [...split.dev], test: [...split.test] };
  const halfOf = new Map<string, Half>();
  for (const half of HALVES) for (const id of next[half]) halfOf.set(id, half);
  const byId = new Map(articles.map((article) => [article.id, article]));
  const countIn = (half: Half, same: (article: SplitCandidate) => boolean) =>
    next[half].filter((id) => {
      const article = byId.get(id);
      return article !== undefined && same(article);
    }).length;

  const fresh = articles.filter((article) => !halfOf.has(article.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const article of fresh) {
    const criteria = [
      (other: SplitCandidate) => other.outlet === article.outlet,
      (other: SplitCandidate) => other.region === article.region,
      () => true,
    ];
    let chosen: Half = 'dev';
    for (const same of criteria) {
      const dev = countIn('dev', same);
      const test = countIn('test', same);
      if (dev !== test) {
        chosen = dev < test ? 'dev' : 'test';
        break;
      }
    }
    next[chosen].push(article.id);
    halfOf.set(article.id, chosen);
  }
  for (const half of HALVES) next[half].sort();
  return next;
}
