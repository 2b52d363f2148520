import { loadArticles } from '@/lib/content/load-articles';
import type { Quote } from '@/lib/content/model';
import { collectPeople, personKeyOf, type Person } from '@/lib/site/people';

/** What the people pages and the article's speaker links read: people keyed from the archived originals, memoised per build. */

let people: Person[] | undefined;
let peopleByKey: Map<string, Person> | undefined;
let keysByQuote: Map<string, string> | undefined;

/** Every named speaker, most quotes first. */
export function archivePeople(): Person[] {
  people ??= collectPeople(loadArticles());
  return people;
}

/** A person by key, or undefined (through a map built once: a scan per page grew with the archive). */
export function findPerson(key: string): Person | undefined {
  peopleByKey ??= new Map(archivePeople().map((person) => [person.key, person]));
  return peopleByKey.get(key);
}

/**
 * The person key of a quote on an article page, taken from the archived original (a key never
 * depends on the page's script); null when no named person said it.
 */
export function personKeyOfQuote(slug: string, quoteId: string): string | null {
  if (!keysByQuote) {
    keysByQuote = new Map();
    for (const article of loadArticles()) {
      for (const quote of article.quotes) {
        const key = personKeyOf(quote, article.language);
        if (key !== null) keysByQuote.set(`${article.slug}#${quote.id}`, key);
      }
    }
  }
  return keysByQuote.get(`${slug}#${quoteId}`) ?? null;
}

/** The quote a person's entry points at, in a page's copy of its article. */
export function quoteIn(quotes: readonly Quote[], quoteId: string): Quote | undefined {
  return quotes.find((quote) => quote.id === quoteId);
}
