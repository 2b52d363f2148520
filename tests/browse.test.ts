import { describe, expect, it } from 'vitest';
import { ARTICLES_PER_PAGE, FACET_ARTICLES_PER_PAGE, itemsOnPage, laterPageNumbers, pageCount, pagerItems, parsePageNumber } from '../lib/site/paging';
import { TIMELINE_PAGE_LIMIT, eventsInSpan, eventsOfArticles, eventsOnSpanPage, groupByYear, groupRunsBySource, mergeTimelines, spanPageCount, timelineSpans } from '../lib/site/archive-timeline';
import { indexPagePath, listBrowsePages, outletPath, pagePath, tagPath, tagsPath, timelinePath, timelineYearPath } from '../lib/site/routes';
import { collectOutlets, collectTags, facetKey, facetName, outletKeyOf, tagKeysOf } from '../lib/site/facets';
import { groupByMonth } from '../lib/site/period-groups';
import { formatYearSpan } from '../lib/site/format';
import { compareArticlesNewestFirst } from '../lib/content/load-articles';
import { compareEventDates } from '../lib/content/extract/timeline';
import { articleSchema, type Article, type Language } from '../lib/content/model';
import { settleRegion } from '../lib/content/article-region';

// ─── Synthetic articles ─────────────────────────────────────────────────────────────────────

interface Draft {
  slug: string;
  published: string;
  language?: Language;
  title?: string;
  tags?: string[];
  outlet?: string;
  /** Events as [date, paragraph number (1-3)], in text order. */
  events?: [string, number][];
}

/** A valid `Article` (checked against the schema), with three paragraphs and the given events. */
function makeArticle({ slug, published, language = 'zh-Hant', title = slug, tags = [], outlet = '海右財經', events = [] }: Draft): Article {
  const paragraphs = [1, 2, 3].map((n) => ({ id: `body-${n}`, text: `第${n}段。` }));
  const perParagraph = new Map<number, number>();
  const timeline = events
    .map(([date, paragraph]) => {
      const n = (perParagraph.get(paragraph) ?? 0) + 1;
      perParagraph.set(paragraph, n);
      return { id: `body-${paragraph}-t${n}`, date, dateText: date, text: `${slug} ${date}`, sectionId: 'body', paragraphId: `body-${paragraph}`, checked: false };
    })
    // As the parser does: by date, ties in text order (sort is stable).
    .sort((a, b) => compareEventDates(a.date, b.date));
  return articleSchema.parse({
    slug,
    title,
    dek: null,
    category: null,
    published,
    language,
    ...settleRegion({ language, languageTag: undefined, source: { outlet, via: null, url: null }, texts: [] }),
    source: { outlet, via: null, url: null },
    author: null,
    tags,
    notice: [],
    aliases: [],
    formerSlugs: [],
    provenance: { captured: null, sha256: '0'.repeat(64) },
    corrections: [],
    sections: [{ id: 'body', heading: null, paragraphs }],
    quotes: [],
    timeline,
  });
}

/** Newest first, as `loadArticles` gives them. */
function newestFirst(articles: Article[]): Article[] {
  return [...articles].sort(compareArticlesNewestFirst);
}

/**
 * 45 articles over 2022–2024: months with several articles, day-precise and month-precise dates,
 * year-only dates (which sort after the year's months), equal dates (slug decides), and tags
 * written in both scripts.
 */
function archiveOf45(): Article[] {
  const drafts: Draft[] = [];
  for (let i = 0; i < 45; i++) {
    const year = 2022 + (i % 3);
    const month = String((i % 4) * 3 + 1).padStart(2, '0');
    const published = i % 7 === 0 ? String(year) : i % 2 === 0 ? `${year}-${month}` : `${year}-${month}-${String((i % 5) + 1).padStart(2, '0')}`;
    const language: Language = i % 4 === 3 ? 'zh-Hans' : 'zh-Hant';
    const tags = language === 'zh-Hant' ? ['消費金融', ...(i % 2 ? ['小米'] : [])] : ['消费金融', ...(i % 5 === 0 ? ['台湾'] : [])];
    drafts.push({ slug: `article-${String(i).padStart(2, '0')}`, published, language, tags, outlet: language === 'zh-Hant' ? '海右財經' : '海右财经' });
  }
  return newestFirst(drafts.map(makeArticle));
}

// ─── Paging ─────────────────────────────────────────────────────────────────────────────────

describe('paging the index', () => {
  it('shows 20 articles a page; 20 fill one page, 21 two, 40 two, 41 three', () => {
    expect(ARTICLES_PER_PAGE).toBe(20);
    expect([0, 1, 20, 21, 40, 41, 45].map((total) => pageCount(total))).toEqual([1, 1, 1, 2, 2, 3, 3]);
    expect(laterPageNumbers(20)).toEqual([]);
    expect(laterPageNumbers(21)).toEqual([2]);
    expect(laterPageNumbers(40)).toEqual([2]);
    expect(laterPageNumbers(41)).toEqual([2, 3]);
  });

  it('splits at the boundaries without losing or repeating an article', () => {
    for (const total of [20, 21, 40, 41]) {
      const items = Array.from({ length: total }, (_, index) => index);
      const pages = Array.from({ length: pageCount(total) }, (_, index) => itemsOnPage(items, index + 1));
      expect(pages.flat(), `${total} items`).toEqual(items);
      expect(pages.map((page) => page.length), `${total} items`).toEqual(
        { 20: [20], 21: [20, 1], 40: [20, 20], 41: [20, 20, 1] }[total as 20 | 21 | 40 | 41],
      );
    }
    expect(itemsOnPage([1, 2, 3], 2)).toEqual([]);
  });

  it('reads only page numbers that exist and are written plainly', () => {
    expect(parsePageNumber('2', 41)).toBe(2);
    expect(parsePageNumber('3', 41)).toBe(3);
    expect(parsePageNumber('4', 41)).toBeNull();
    expect(parsePageNumber('1', 41)).toBeNull(); // page 1 is the index itself
    expect(parsePageNumber('02', 41)).toBeNull();
    expect(parsePageNumber('2x', 41)).toBeNull();
    expect(parsePageNumber('2', 20)).toBeNull();
  });

  it('puts page 1 at the index and later pages under /page/<n>/', () => {
    expect(indexPagePath('zh-hant', 1)).toBe('/zh-hant/');
    expect(indexPagePath('zh-hans', 2)).toBe('/zh-hans/page/2/');
    expect(indexPagePath('zh-hant', 41)).toBe('/zh-hant/page/41/');
  });

  it('shows every page number up to seven, else the ends and the neighbours with gaps', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pagerItems(1, 20)).toEqual([1, 2, null, 20]);
    expect(pagerItems(10, 20)).toEqual([1, null, 9, 10, 11, null, 20]);
    expect(pagerItems(3, 20)).toEqual([1, 2, 3, 4, null, 20]);
    expect(pagerItems(20, 20)).toEqual([1, null, 19, 20]);
  });
});

// ─── Month groups ───────────────────────────────────────────────────────────────────────────

describe('grouping the index by month', () => {
  const archive = archiveOf45();

  it('keeps the newest-first order, with equal dates ordered by slug', () => {
    const again = newestFirst([...archive].reverse());
    expect(again.map((article) => article.slug)).toEqual(archive.map((article) => article.slug));
    const twins = archive.filter((article) => article.published === '2022-01');
    expect(twins.length).toBeGreaterThan(1);
    expect(twins.map((article) => article.slug)).toEqual(twins.map((article) => article.slug).sort());
  });

  it('puts every article under its month, year-only dates under the year after its months', () => {
    const groups = groupByMonth(archive);
    expect(groups.flatMap((group) => group.items)).toEqual(archive);
    for (const group of groups) {
      for (const article of group.items) expect(article.published.slice(0, 7), article.slug).toBe(group.period);
    }
    expect(groups.map((group) => group.period)).toEqual([
      '2024-10', '2024-07', '2024-04', '2024-01', '2024',
      '2023-10', '2023-07', '2023-04', '2023-01', '2023',
      '2022-10', '2022-07', '2022-04', '2022-01', '2022',
    ]);
    // Each period once: a month is one group, never split by another.
    expect(new Set(groups.map((group) => group.period)).size).toBe(groups.length);
  });

  it('groups each index page on its own, repeating a month that spans two pages', () => {
    const pages = [1, 2, 3].map((page) => groupByMonth(itemsOnPage(archive, page)));
    expect(pages.map((groups) => groups.reduce((sum, group) => sum + group.items.length, 0))).toEqual([20, 20, 5]);
    const lastOfPage1 = pages[0]!.at(-1)!.period;
    const firstOfPage2 = pages[1]![0]!.period;
    // July 2023 has articles 19–21 of the archive: it ends page 1 and opens page 2.
    expect([lastOfPage1, firstOfPage2]).toEqual(['2023-07', '2023-07']);
    expect(pages[0]!.at(-1)!.items.map((article) => article.slug)).toEqual(['article-10', 'article-22']);
    expect(pages[1]![0]!.items.map((article) => article.slug)).toEqual(['article-34']);
  });
});

// ─── Keys ───────────────────────────────────────────────────────────────────────────────────

describe('tag and outlet keys', () => {
  it('are the same for a name written in either script', () => {
    expect(facetKey('消費金融', 'zh-Hant')).toBe('消费金融');
    expect(facetKey('消费金融', 'zh-Hans')).toBe('消费金融');
    expect(facetKey('海右財經', 'zh-Hant')).toBe(facetKey('海右财经', 'zh-Hans'));
    expect(facetKey('台灣', 'zh-Hant')).toBe(facetKey('台湾', 'zh-Hans'));
    expect(facetKey('小米', 'zh-Hant')).toBe('小米');
  });

  it('fold width, case and spacing, and are one safe path segment', () => {
    expect(facetKey('ＡＩ 金融', 'zh-Hant')).toBe('ai-金融');
    expect(facetKey(' AI  金融 ', 'zh-Hans')).toBe('ai-金融');
    expect(facetKey('A/B?C#D%E.F', 'zh-Hant')).toBe('a-b-c-d-e-f');
    expect(facetKey('C++', 'zh-Hant')).toBe('c++');
    for (const name of ['消費金融', 'A/B', '..', '100%', '360數科', 'Web3.0']) {
      const key = facetKey(name, 'zh-Hant');
      expect(key, name).toMatch(/^[\p{L}\p{N}\p{M}+_·-]+$/u);
      expect(key, name).not.toMatch(/^-|-$|^\.+$/);
    }
  });

  it('give a name of nothing but punctuation a stable hash key', () => {
    const key = facetKey('！？', 'zh-Hant');
    expect(key).toMatch(/^x[0-9a-z]+$/);
    expect(facetKey('！？', 'zh-Hant')).toBe(key);
    expect(facetKey('……', 'zh-Hant')).not.toBe(key);
  });

  it('are percent-encoded in paths, and the same path segment in both scripts', () => {
    expect(tagPath('zh-hant', '消费金融')).toBe(`/zh-hant/tags/${encodeURIComponent('消费金融')}/`);
    expect(tagPath('zh-hant', 'c++').split('/')[3]).toBe(tagPath('zh-hans', 'c++').split('/')[3]);
    expect(outletPath('zh-hans', '海右财经')).toBe('/zh-hans/outlets/%E6%B5%B7%E5%8F%B3%E8%B4%A2%E7%BB%8F/');
    expect(timelinePath('zh-hant')).toBe('/zh-hant/timeline/');
    expect(timelinePath('zh-hans', '小米')).toBe('/zh-hans/timeline/%E5%B0%8F%E7%B1%B3/');
    expect(tagsPath('zh-hans')).toBe('/zh-hans/tags/');
  });

  it('of an article are listed once each, in the order written', () => {
    const article = makeArticle({ slug: 'twice', published: '2024', tags: ['小米', '消費金融', '小米', 'ＡＩ', 'ai'] });
    expect(tagKeysOf(article)).toEqual(['小米', '消费金融', 'ai']);
    expect(outletKeyOf(article)).toBe('海右财经');
  });
});

describe('collecting tags and outlets', () => {
  const archive = archiveOf45();
  const tags = collectTags(archive);

  it('files articles written in both scripts under one key', () => {
    const consumerFinance = tags.find((tag) => tag.key === '消费金融');
    expect(consumerFinance?.slugs).toEqual(archive.map((article) => article.slug));
    expect(consumerFinance?.names).toEqual({ 'zh-Hant': '消費金融', 'zh-Hans': '消费金融' });
    const outlets = collectOutlets(archive);
    expect(outlets.map((outlet) => [outlet.key, outlet.slugs.length])).toEqual([['海右财经', 45]]);
  });

  it('orders tags by number of articles, then by key', () => {
    expect(tags.map((tag) => [tag.key, tag.slugs.length])).toEqual([
      ['消费金融', 45],
      ['小米', archive.filter((article) => article.language === 'zh-Hant' && article.tags.includes('小米')).length],
      ['台湾', archive.filter((article) => article.tags.includes('台湾')).length],
    ]);
    const tied = collectTags([makeArticle({ slug: 'a', published: '2024', tags: ['乙', '甲'] })]);
    expect(tied.map((tag) => tag.key)).toEqual(['乙', '甲'].sort());
  });

  it('keeps each tag’s articles newest first, each once', () => {
    const xiaomi = tags.find((tag) => tag.key === '小米')!;
    const order = archive.map((article) => article.slug);
    expect(xiaomi.slugs).toEqual(order.filter((slug) => xiaomi.slugs.includes(slug)));
    const repeated = collectTags([makeArticle({ slug: 'a', published: '2024', tags: ['小米', '小米'] })]);
    expect(repeated[0]?.slugs).toEqual(['a']);
  });

  it('names a tag in each script: as an original wrote it, else converted', () => {
    const consumerFinance = tags.find((tag) => tag.key === '消费金融')!;
    expect(facetName(consumerFinance, 'zh-Hant')).toBe('消費金融');
    expect(facetName(consumerFinance, 'zh-Hans')).toBe('消费金融');
    const taiwan = tags.find((tag) => tag.key === '台湾')!;
    expect(taiwan.names).toEqual({ 'zh-Hans': '台湾' });
    expect(facetName(taiwan, 'zh-Hans')).toBe('台湾');
    expect(facetName(taiwan, 'zh-Hant')).toBe('臺灣');
  });
});

// ─── Timeline ───────────────────────────────────────────────────────────────────────────────

describe('the archive timeline', () => {
  // Newest first, as pages pass them: `newer` before `older`.
  const newer = makeArticle({ slug: 'newer', published: '2024-05', tags: ['小米'], events: [['2023-05-11', 3], ['2023', 1], ['2023-05-11', 2], ['2015-05', 1]] });
  const older = makeArticle({ slug: 'older', published: '2024-01', language: 'zh-Hans', tags: ['消费金融'], events: [['2023-05-11', 1], ['2023-H1', 2], ['2016', 3]] });
  const undated = makeArticle({ slug: 'undated', published: '2024-03', tags: ['小米'] });
  const articles = [newer, undated, older];
  const merged = mergeTimelines(articles);
  const labels = merged.map(({ slug, event }) => `${event.date} ${slug} ${event.paragraphId}`);

  it('orders every event by date, a period before the dates inside it', () => {
    expect(labels).toEqual([
      '2015-05 newer body-1',
      '2016 older body-3',
      '2023 newer body-1',
      '2023-H1 older body-2',
      // Equal dates: the articles' order, then the order in the text.
      '2023-05-11 newer body-2',
      '2023-05-11 newer body-3',
      '2023-05-11 older body-1',
    ]);
    for (let index = 1; index < merged.length; index++) {
      expect(compareEventDates(merged[index - 1]!.event.date, merged[index]!.event.date)).toBeLessThanOrEqual(0);
    }
  });

  it('is the same whatever order the timelines were merged from, for the same article order', () => {
    expect(mergeTimelines([...articles]).map((entry) => entry.event.id)).toEqual(merged.map((entry) => entry.event.id));
    const flipped = mergeTimelines([older, undated, newer]).map(({ slug, event }) => `${event.date} ${slug} ${event.paragraphId}`);
    expect(flipped.filter((label) => label.startsWith('2023-05-11'))).toEqual(['2023-05-11 older body-1', '2023-05-11 newer body-2', '2023-05-11 newer body-3']);
  });

  it('carries what an entry links to: the article, its title and the paragraph', () => {
    expect(merged[0]).toMatchObject({ slug: 'newer', title: 'newer', event: { paragraphId: 'body-1', date: '2015-05' } });
  });

  it('groups events under their year', () => {
    expect(groupByYear(merged).map((group) => [group.period, group.items.length])).toEqual([
      ['2015', 1],
      ['2016', 1],
      ['2023', 5],
    ]);
  });

  it('names an article once for each run of its events, keeping their order', () => {
    const year2023 = groupByYear(merged).at(-1)!.items;
    const runs = groupRunsBySource(year2023);
    // newer (2023), older (2023-H1), newer twice (2023-05-11), older (2023-05-11).
    expect(runs.map((run) => [run.slug, run.title, run.items.map((entry) => entry.event.paragraphId)])).toEqual([
      ['newer', 'newer', ['body-1']],
      ['older', 'older', ['body-2']],
      ['newer', 'newer', ['body-2', 'body-3']],
      ['older', 'older', ['body-1']],
    ]);
    expect(runs.flatMap((run) => run.items)).toEqual(year2023);
  });

  it('filters to one tag’s articles, keeping the order', () => {
    const xiaomi = collectTags(articles).find((tag) => tag.key === '小米')!;
    expect(xiaomi.slugs).toEqual(['newer', 'undated']);
    const filtered = eventsOfArticles(merged, xiaomi.slugs);
    expect(filtered.map((entry) => entry.slug)).toEqual(['newer', 'newer', 'newer', 'newer']);
    expect(filtered).toEqual(merged.filter((entry) => entry.slug === 'newer'));
  });
});

// ─── Every page ─────────────────────────────────────────────────────────────────────────────

describe('the browsing pages', () => {
  it('list later index pages, tags, outlets, timelines for tags with events, and the people (none quoted here)', () => {
    const archive = archiveOf45();
    const dated = [makeArticle({ slug: 'dated', published: '2025', tags: ['小米'], events: [['2020', 1]] }), makeArticle({ slug: 'plain', published: '2025', tags: ['無日期'] })];
    const pages = listBrowsePages(newestFirst([...archive, ...dated]));
    const paths = pages.map((page) => decodeURI(pagePath('zh-hant', page)));
    expect(paths).toEqual([
      '/zh-hant/page/2/',
      '/zh-hant/page/3/',
      '/zh-hant/tags/',
      '/zh-hant/tags/消费金融/',
      '/zh-hant/tags/小米/',
      '/zh-hant/tags/台湾/',
      '/zh-hant/tags/无日期/',
      '/zh-hant/outlets/',
      '/zh-hant/outlets/海右财经/',
      '/zh-hant/timeline/',
      '/zh-hant/timeline/小米/',
      '/zh-hant/people/',
    ]);
    // Page 1 is the index itself; ids and keys never change with the script.
    for (const page of pages) expect(pagePath('zh-hans', page)).toBe(pagePath('zh-hant', page).replace('/zh-hant/', '/zh-hans/'));
    expect(listBrowsePages(archive.slice(0, 20)).filter((page) => page.kind === 'index-page')).toEqual([]);
  });

  it('page a tag or an outlet past FACET_ARTICLES_PER_PAGE articles, so no list grows with the archive', () => {
    const many = newestFirst(
      Array.from({ length: FACET_ARTICLES_PER_PAGE + 1 }, (_, index) => makeArticle({ slug: `a${index}`, published: '2024-03', tags: ['小米'], events: [] })),
    );
    const paths = listBrowsePages(many)
      .filter((page) => page.kind === 'tag' || page.kind === 'outlet')
      .map((page) => decodeURI(pagePath('zh-hant', page)));
    expect(paths).toEqual(['/zh-hant/tags/小米/', '/zh-hant/tags/小米/page/2/', '/zh-hant/outlets/海右财经/', '/zh-hant/outlets/海右财经/page/2/']);
  });

  it('give a timeline too long for one page its pages of years, for the archive and for each tag', () => {
    const articles = newestFirst([
      makeArticle({ slug: 'a', published: '2024-03', tags: ['小米'], events: [['2013', 1], ['2015-05-11', 2], ['2015-H1', 2]] }),
      makeArticle({ slug: 'b', published: '2024-02', tags: ['銀行'], events: [['2015-Q4', 1], ['2024-02-21', 3]] }),
    ]);
    const limited = (limit: number) => listBrowsePages(articles, limit).filter((page) => page.kind.includes('timeline')).map((page) => [page.kind, decodeURI(pagePath('zh-hans', page))]);
    // Five events fit on one page under the default limit: no year pages.
    expect(limited(TIMELINE_PAGE_LIMIT)).toEqual([
      ['timeline', '/zh-hans/timeline/'],
      ['tag-timeline', '/zh-hans/timeline/小米/'],
      ['tag-timeline', '/zh-hans/timeline/银行/'],
    ]);
    // Past the limit, each timeline over it lists its pages of years, named by their first year (a
    // year over the limit continues on `page/2/`); one within it stays whole.
    expect(limited(2)).toEqual([
      ['timeline', '/zh-hans/timeline/'],
      ['timeline-year', '/zh-hans/timeline/year/2013/'],
      ['timeline-year', '/zh-hans/timeline/year/2015/'],
      ['timeline-year', '/zh-hans/timeline/year/2015/page/2/'],
      ['timeline-year', '/zh-hans/timeline/year/2024/'],
      ['tag-timeline', '/zh-hans/timeline/小米/'],
      ['tag-timeline-year', '/zh-hans/timeline/小米/year/2013/'],
      ['tag-timeline-year', '/zh-hans/timeline/小米/year/2015/'],
      ['tag-timeline', '/zh-hans/timeline/银行/'],
    ]);
  });
});

describe('a timeline split into pages of years', () => {
  const events = mergeTimelines([
    makeArticle({ slug: 'a', published: '2024-03', events: [['2013', 1], ['2015-05-11', 2], ['2015-H1', 2], ['2015-Q4', 3]] }),
    makeArticle({ slug: 'b', published: '2024-02', events: [['2015', 1], ['2024-02-21', 3]] }),
  ]);

  it('is not split when its events fit on one page', () => {
    expect(timelineSpans(events, 6)).toEqual([]);
  });

  it('puts consecutive years on one page while they fit, oldest first, with their counts', () => {
    expect(timelineSpans(events, 5)).toEqual([
      { first: '2013', last: '2015', count: 5 },
      { first: '2024', last: '2024', count: 1 },
    ]);
    expect(formatYearSpan('2013', '2015', 'zh-hant')).toBe('2013–2015年');
    expect(formatYearSpan('2024', '2024', 'zh-hans')).toBe('2024年');
  });

  it('gives a year over the limit pages of its own, and never splits a year between two spans', () => {
    const spans = timelineSpans(events, 3);
    expect(spans).toEqual([
      { first: '2013', last: '2013', count: 1 },
      { first: '2015', last: '2015', count: 4 },
      { first: '2024', last: '2024', count: 1 },
    ]);
    expect(spans.map((span) => spanPageCount(span.count, 3))).toEqual([1, 2, 1]);
    const year2015 = spans[1]!;
    expect([1, 2].flatMap((page) => eventsOnSpanPage(events, year2015, page, 3)).map((entry) => entry.event.date)).toEqual(eventsInSpan(events, year2015).map((entry) => entry.event.date));
  });

  it('shows every event on exactly one page, in timeline order', () => {
    for (const limit of [1, 2, 3, 4, 5]) {
      const shown = timelineSpans(events, limit).flatMap((span) =>
        Array.from({ length: spanPageCount(span.count, limit) }, (_, index) => eventsOnSpanPage(events, span, index + 1, limit)).flat(),
      );
      expect(shown).toEqual(events);
    }
  });

  it('keeps a year’s periods and dates, in timeline order, on its page', () => {
    expect(eventsInSpan(events, { first: '2015', last: '2015', count: 4 }).map((entry) => entry.event.date)).toEqual(['2015', '2015-H1', '2015-05-11', '2015-Q4']);
    expect(eventsInSpan(events, { first: '2016', last: '2023', count: 0 })).toEqual([]);
    expect(timelineYearPath('zh-hant', '2015')).toBe('/zh-hant/timeline/year/2015/');
    expect(decodeURI(timelineYearPath('zh-hant', '2015', '小米'))).toBe('/zh-hant/timeline/小米/year/2015/');
  });
});
