import { describe, expect, it } from 'vitest';
import { compareArticlesNewestFirst } from '../lib/content/load-articles';
import { parseArticleOrThrow } from '../lib/content/parse-article';
import { eventsInSpan, eventsOfArticles, eventsOnSpanPage, mergeTimelines, spanPageCount, timelineSpans } from '../lib/site/archive-timeline';
import { collectTags, tagKeysOf } from '../lib/site/facets';
import { eventsByTag, eventsOnIndexedPage, indexTimeline } from '../lib/site/timeline-index';
import { generateSyntheticArticles } from '../scripts/bench/synthetic-articles';

/**
 * The timeline pages read their years and events from an index built once per build instead of
 * scanning the whole timeline for each page: every page must show exactly what the scan showed.
 */

const articles = generateSyntheticArticles(40, { seed: 5 })
  .map((file) => parseArticleOrThrow(file.fileName, file.markdown))
  .sort(compareArticlesNewestFirst);
const events = mergeTimelines(articles);

describe('timeline index', () => {
  it('gives each page of years the events the scan gave it, for small and large pages', () => {
    expect(events.length).toBeGreaterThan(200);
    for (const limit of [7, 50, 200]) {
      const index = indexTimeline(events, limit);
      expect(index.spans).toEqual(timelineSpans(events, limit));
      expect(index.spans.length).toBeGreaterThan(1);
      for (const span of index.spans) {
        expect(index.spanByFirst.get(span.first)).toEqual(span);
        expect(index.eventsOfSpan.get(span.first)).toEqual(eventsInSpan(events, span));
        for (let page = 1; page <= spanPageCount(span.count, limit); page++) {
          expect(eventsOnIndexedPage(index, span, page, limit)).toEqual(eventsOnSpanPage(events, span, page, limit));
        }
      }
    }
  });

  it('leaves a timeline that fits on one page unsplit', () => {
    const index = indexTimeline(events.slice(0, 10), 200);
    expect(index.spans).toEqual([]);
    expect(index.eventsOfSpan.size).toBe(0);
  });

  it('gives each tag the events of its articles, in timeline order', () => {
    const bySlug = new Map(articles.map((article) => [article.slug, article]));
    const byTag = eventsByTag(events, (slug) => tagKeysOf(bySlug.get(slug)!));
    const tags = collectTags(articles);
    expect(tags.length).toBeGreaterThan(3);
    for (const tag of tags) expect(byTag.get(tag.key) ?? []).toEqual(eventsOfArticles(events, tag.slugs));
    expect([...byTag.keys()].every((key) => tags.some((tag) => tag.key === key))).toBe(true);
  });
});
