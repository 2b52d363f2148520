import type { Article } from '../content/model';
import type { Person } from './people';
import { SCRIPTS } from './script';
import { absoluteUrl, articleDataPath, articleFragmentPath, articlePath, personDataPath, personPath } from './routes';

/**
 * The archive as open data: each article's contract JSON at `/data/articles/<slug>.json`, and
 * an index of all of them at `/data/articles/index.json`; each named speaker's quotes at
 * `/data/people/<key>.json`, and an index of them at `/data/people/index.json`.
 */

export const DATA_VERSION = 1;

/** The index entry of one article: enough to choose, with links to its data and pages. */
export function dataIndexEntry(article: Article) {
  return {
    slug: article.slug,
    title: article.title,
    published: article.published,
    language: article.language,
    source: article.source,
    category: article.category,
    tags: article.tags,
    // The body's fixity hash, so a mirror can be checked against the index without the article.
    sha256: article.provenance.sha256,
    data: absoluteUrl(articleDataPath(article.slug)),
    pages: Object.fromEntries(SCRIPTS.map((script) => [script, absoluteUrl(articlePath(script, article.slug))])),
  };
}

/** The index of every article, newest first. */
export function dataIndex(articles: readonly Article[]) {
  return { version: DATA_VERSION, count: articles.length, articles: articles.map(dataIndexEntry) };
}

/** The index of every named speaker (people pages), most quotes first, with links to their data and pages. */
export function peopleDataIndex(people: readonly Person[]) {
  return {
    version: DATA_VERSION,
    count: people.length,
    people: people.map((person) => ({
      key: person.key,
      names: person.names,
      quotes: person.quotes.length,
      articles: person.slugs.length,
      data: absoluteUrl(personDataPath(person.key)),
      pages: Object.fromEntries(SCRIPTS.map((script) => [script, absoluteUrl(personPath(script, person.key))])),
    })),
  };
}

const slugMaps = new WeakMap<readonly Article[], Map<string, Article>>();

/** The articles of a list by slug, built once per list: each person's file scanned the archive again. */
function bySlugOf(articles: readonly Article[]): Map<string, Article> {
  let bySlug = slugMaps.get(articles);
  if (!bySlug) {
    bySlug = new Map(articles.map((article) => [article.slug, article]));
    slugMaps.set(articles, bySlug);
  }
  return bySlug;
}

/** One person's quotes in date order, in their articles' original script, each linked to its paragraph. */
export function personData(person: Person, articles: readonly Article[]) {
  const bySlug = bySlugOf(articles);
  return {
    version: DATA_VERSION,
    key: person.key,
    names: person.names,
    quotes: person.quotes.flatMap((entry) => {
      const article = bySlug.get(entry.slug);
      const quote = article?.quotes.find((candidate) => candidate.id === entry.quoteId);
      if (!article || !quote) return [];
      return [
        {
          slug: article.slug,
          title: article.title,
          published: article.published,
          language: article.language,
          id: quote.id,
          paragraphId: quote.paragraphId,
          speaker: quote.speaker,
          role: quote.role,
          text: quote.text,
          data: absoluteUrl(articleDataPath(article.slug)),
          pages: Object.fromEntries(SCRIPTS.map((script) => [script, absoluteUrl(articleFragmentPath(script, article.slug, quote.paragraphId))])),
        },
      ];
    }),
  };
}
