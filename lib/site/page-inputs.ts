import type { Article } from '../content/model';
import { eventsOfArticles, mergeTimelines, type ArchiveEvent } from './archive-timeline';
import { collectOutlets, collectTags, type Facet } from './facets';
import { FACET_ARTICLES_PER_PAGE, itemsOnPage } from './paging';
import { collectPeople, quotesOnPersonPage, type Person } from './people';
import type { SitePage } from './routes';
import { eventsOnIndexedPage, indexTimeline, type TimelineIndex } from './timeline-index';

/**
 * What each page shows, as data: the build hashes it per page (scripts/build/build-units.ts), so
 * an incremental build renders a page again exactly when something it shows changed. An article
 * stands for itself by its hash (any change to it counts, whichever field the page draws), so the
 * inputs of a listing are the facts of the listing (counts, pages, years) and the hashes of the
 * articles and events it lists. Taken from the same lib functions the pages list with.
 */

/** The archive as the page inputs read it: the originals, newest first, and each one's hash. */
export interface ArchiveFacts {
  articles: readonly Article[];
  bySlug: ReadonlyMap<string, Article>;
  /** Where each article stands in `articles`, so a list page orders its articles without a scan of the archive. */
  positionOf: ReadonlyMap<string, number>;
  /** The article a former slug now belongs to. */
  byFormerSlug: ReadonlyMap<string, Article>;
  hashOf: (slug: string) => string;
  tags: readonly Facet[];
  outlets: readonly Facet[];
  people: readonly Person[];
  events: readonly ArchiveEvent[];
  /** Tags with at least one dated event: the timeline's filter. */
  datedTags: readonly Facet[];
  tagEvents: ReadonlyMap<string, readonly ArchiveEvent[]>;
}

/** Collects what the page inputs read, once per build. */
export function collectArchiveFacts(articles: readonly Article[], hashOf: (slug: string) => string): ArchiveFacts {
  const tags = collectTags(articles);
  const events = mergeTimelines(articles);
  const dated = new Set(articles.filter((article) => article.timeline.length > 0).map((article) => article.slug));
  const datedTags = tags.filter((tag) => tag.slugs.some((slug) => dated.has(slug)));
  return {
    articles,
    bySlug: new Map(articles.map((article) => [article.slug, article])),
    positionOf: new Map(articles.map((article, position) => [article.slug, position])),
    byFormerSlug: new Map(articles.flatMap((article) => article.formerSlugs.map((former) => [former, article] as const))),
    hashOf,
    tags,
    outlets: collectOutlets(articles),
    people: collectPeople(articles),
    events,
    datedTags,
    tagEvents: new Map(datedTags.map((tag) => [tag.key, eventsOfArticles(events, tag.slugs)])),
  };
}

/** An event as a listing shows it: which article and event, and the article's hash (its title and text). */
function eventRef(facts: ArchiveFacts, { slug, event }: ArchiveEvent): string {
  return `${slug}#${event.id}@${facts.hashOf(slug)}`;
}

/** A facet's name and size, as a heading or a list shows it. */
function facetFacts(facet: Facet): unknown {
  return { key: facet.key, names: facet.names, count: facet.slugs.length };
}

/** The articles of a list page, by hash. */
function articleRefs(facts: ArchiveFacts, slugs: readonly string[]): string[] {
  return slugs.map((slug) => `${slug}@${facts.hashOf(slug)}`);
}

const timelineIndexes = new WeakMap<readonly ArchiveEvent[], TimelineIndex>();

/**
 * A timeline's pages of years and their events, indexed once per timeline: each of its pages
 * scanned every event of it, which made the units step grow with the square of the archive
 * (7.5 s at 1,000 articles, 112.6 s at 10,000).
 */
function indexOnce(events: readonly ArchiveEvent[]): TimelineIndex {
  let index = timelineIndexes.get(events);
  if (!index) {
    index = indexTimeline(events);
    timelineIndexes.set(events, index);
  }
  return index;
}

/**
 * A timeline page: the filter (every dated tag on the front pages, the archive's with counts; on a
 * page of years only the timeline it belongs to), the pages of a long one (counted on its front
 * page only), and the events shown.
 */
function timelineInputs(facts: ArchiveFacts, events: readonly ArchiveEvent[], tag: Facet | null, year: string | null, page: number): unknown {
  const archiveFront = tag === null && year === null;
  const filter = year !== null ? null : facts.datedTags.map((dated) => ({ key: dated.key, names: dated.names, ...(archiveFront ? { count: facts.tagEvents.get(dated.key)?.length ?? 0 } : {}) }));
  const index = indexOnce(events);
  const spans = index.spans;
  const span = year === null ? null : (index.spanByFirst.get(year) ?? null);
  const shown = span !== null ? eventsOnIndexedPage(index, span, page) : spans.length > 0 ? [] : events;
  return {
    filter,
    ...(archiveFront ? { total: events.length } : {}),
    tag: tag && facetFacts(tag),
    count: span === null ? events.length : (index.eventsOfSpan.get(span.first) ?? []).length,
    // A page of years lists the pages without their counts.
    spans: year === null ? spans : spans.map(({ first, last }) => ({ first, last })),
    events: shown.map((event) => eventRef(facts, event)),
  };
}

/** The facts a tag's or outlet's page n shows. */
function facetPageInputs(facts: ArchiveFacts, facet: Facet | undefined, page: number, extra: object = {}): unknown {
  if (!facet) return null;
  // In the archive's order, as the page lists them, without a scan of the archive per page.
  const listed = facet.slugs.filter((slug) => facts.positionOf.has(slug)).sort((a, b) => facts.positionOf.get(a)! - facts.positionOf.get(b)!);
  return { facet: facetFacts(facet), ...extra, articles: articleRefs(facts, itemsOnPage(listed, page, FACET_ARTICLES_PER_PAGE)) };
}

/** What a page shows (both scripts show the same facts), as data to hash. */
export function pageInputs(page: SitePage, facts: ArchiveFacts): unknown {
  switch (page.kind) {
    case 'article':
    case 'section-share': {
      const article = facts.bySlug.get(page.slug);
      if (article) return { article: facts.hashOf(article.slug) };
      // A former slug: the page only redirects to the article that moved.
      const moved = facts.byFormerSlug.get(page.slug);
      return { movedTo: moved ? facts.hashOf(moved.slug) : null };
    }
    case 'index-page':
      return { count: facts.articles.length, articles: articleRefs(facts, itemsOnPage(facts.articles, page.page).map((article) => article.slug)) };
    case 'search':
      return {};
    case 'tags':
      return facts.tags.map(facetFacts);
    case 'tag':
      return facetPageInputs(facts, facts.tags.find((tag) => tag.key === page.key), page.page, { timeline: facts.tagEvents.has(page.key) });
    case 'outlets':
      return facts.outlets.map(facetFacts);
    case 'outlet':
      return facetPageInputs(facts, facts.outlets.find((outlet) => outlet.key === page.key), page.page);
    case 'timeline':
      return timelineInputs(facts, facts.events, null, null, 1);
    case 'timeline-year':
      return timelineInputs(facts, facts.events, null, page.year, page.page);
    case 'tag-timeline':
    case 'tag-timeline-year': {
      const tag = facts.datedTags.find((dated) => dated.key === page.tagKey) ?? null;
      return timelineInputs(facts, facts.tagEvents.get(page.tagKey) ?? [], tag, page.kind === 'tag-timeline' ? null : page.year, page.kind === 'tag-timeline' ? 1 : page.page);
    }
    case 'people':
      return facts.people.map((person) => ({ key: person.key, names: person.names, quotes: person.quotes.length }));
    case 'person': {
      const person = facts.people.find((candidate) => candidate.key === page.key);
      if (!person) return null;
      return {
        key: person.key,
        names: person.names,
        quotes: person.quotes.length,
        articles: person.slugs.length,
        shown: quotesOnPersonPage(person, page.page).map((quote) => ({ ...quote, article: facts.hashOf(quote.slug) })),
      };
    }
    default:
      return page satisfies never;
  }
}
