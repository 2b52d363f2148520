import { isUnnamedSource } from '../content/extract/speaker-name';
import type { Article, Language, Quote } from '../content/model';
import { facetKey } from './facets';
import { pageCount } from './paging';

/**
 * People who speak across the archive: one key per named speaker in either script (folded the way
 * tag keys are), every quote attributed to them in date order, with the role each article gives.
 * Unnamed sources (某業務人士, 知情人士, 網友) are not people: they stay on their article only.
 */

/** Past this many quotes a person's page is split into pages of this many. */
export const QUOTES_PER_PERSON_PAGE = 100;

/** One quote of a person: where it is and the role its article gives the speaker. */
export interface PersonQuote {
  slug: string;
  quoteId: string;
  published: string;
  role: string | null;
}

export interface Person {
  key: string;
  /** The name as an archived original first wrote it in each script (at least one is set). */
  names: Partial<Record<Language, string>>;
  /** Every quote, oldest article first; within an article, in text order. */
  quotes: PersonQuote[];
  /** The articles quoting the person, each once, in the order of `quotes`. */
  slugs: string[];
}

/** Whether a quote is shown on a person's page: speech by a named speaker, and a quote's first piece only (its continuation is the same words). */
function countsForPerson(quote: Quote): quote is Quote & { speaker: string } {
  return quote.kind === 'speech' && quote.speaker !== null && quote.continues === null && !isUnnamedSource(quote.speaker);
}

/** The person key of a quote of an archived original, or null when no named person said it. */
export function personKeyOf(quote: Quote, language: Language): string | null {
  return countsForPerson(quote) ? facetKey(quote.speaker, language) : null;
}

/** Every named speaker of the archived originals, most quotes first, then by key (code point order). */
export function collectPeople(articles: readonly Article[]): Person[] {
  const people = new Map<string, Person>();
  // Oldest first; the archive lists newest first, and a stable sort keeps ties in that order reversed.
  const byDate = articles.map((article, rank) => ({ article, rank })).sort((a, b) => compare(a.article.published, b.article.published) || b.rank - a.rank);
  for (const { article } of byDate) {
    for (const quote of article.quotes) {
      if (!countsForPerson(quote)) continue;
      const key = facetKey(quote.speaker, article.language);
      let person = people.get(key);
      if (!person) {
        person = { key, names: {}, quotes: [], slugs: [] };
        people.set(key, person);
      }
      person.names[article.language] ??= quote.speaker;
      person.quotes.push({ slug: article.slug, quoteId: quote.id, published: article.published, role: quote.role });
      if (person.slugs.at(-1) !== article.slug) person.slugs.push(article.slug);
    }
  }
  return [...people.values()].sort((a, b) => b.quotes.length - a.quotes.length || compare(a.key, b.key));
}

/** How many pages a person's quotes fill (at least one). */
export function personPageCount(person: Pick<Person, 'quotes'>): number {
  return pageCount(person.quotes.length, QUOTES_PER_PERSON_PAGE);
}

/** The quotes on page `page` (1-based) of a person. */
export function quotesOnPersonPage(person: Pick<Person, 'quotes'>, page: number): PersonQuote[] {
  return person.quotes.slice((page - 1) * QUOTES_PER_PERSON_PAGE, page * QUOTES_PER_PERSON_PAGE);
}

/** Orders strings by code point, independent of any locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
