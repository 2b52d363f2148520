import { loadArticles } from '@/lib/content/load-articles';
import type { Quote } from '@/lib/content/model';
import { collectPeople, type Person } from '@/lib/site/people';

/** What the people pages read: people keyed from the archived originals, memoised per build. */

let people: Person[] | undefined;
let peopleByKey: Map<string, Person> | undefined;

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

/** The quote a person's entry points at, in a page's copy of its article. */
export function quoteIn(quotes: readonly Quote[], quoteId: string): Quote | undefined {
  return quotes.find((quote) => quote.id === quoteId);
}
