import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articlePath, indexPagePath, indexPath, listBrowsePages, outletPath, pagePath, tagPath, tagsPath, timelinePath, timelineYearPath, type SitePage } from '../../lib/site/routes';
import { collectOutlets, collectTags, facetKey, facetName, outletKeyOf } from '../../lib/site/facets';
import { eventsOfArticles, eventsOnSpanPage, groupByYear, groupRunsBySource, mergeTimelines, spanPageCount, timelineSpans, type ArchiveEvent } from '../../lib/site/archive-timeline';
import { groupByMonth } from '../../lib/site/period-groups';
import { itemsOnPage, pageCount } from '../../lib/site/paging';
import { loadArticles } from '../../lib/content/load-articles';
import { convertArticle } from '../../lib/content/convert';
import { formatDate, formatYearSpan } from '../../lib/site/format';
import { SCRIPTS, languageOfScript, type Script } from '../../lib/site/script';
import { uiText } from '../../lib/site/ui-text';
import { SEED_SLUG, seedIn, served, waitUntilInViewport, useBrowser, page, openContext } from './helpers';

/**
 * Browsing the archive as a reader does, on the exported HTML served by nginx: from the index to
 * a tag, an outlet and the archive timeline, paging through the index, and the same tag key in
 * both scripts. Expectations come from lib/site over the content being built, so the test holds
 * for the one-article archive and for a generated one (ARCHIVE_CONTENT_DIR) alike.
 */

const archive = loadArticles();
const originalSeed = archive.find((article) => article.slug === SEED_SLUG);
const tags = collectTags(archive);

// Every test doubles as a check that its pages log no console error and no request fails.
useBrowser({ checkEachTest: true });

/** Goes to a path and checks that it answered 200. */
async function open(target: Page, path: string): Promise<void> {
  const response = await target.goto(served(path));
  expect(response?.status(), `status of ${path}`).toBe(200);
}

/** Clicks a link and waits for the page it leads to. */
async function follow(target: Page, selector: string): Promise<void> {
  const href = await target.getAttribute(selector, 'href');
  expect(href, `href of ${selector}`).toBeTruthy();
  const wanted = new URL(href!, target.url());
  // Only the path and a fragment of the link's own: the script switch may add the reader's place.
  await Promise.all([target.waitForURL((url) => url.pathname === wanted.pathname && (wanted.hash === '' || url.hash === wanted.hash)), target.click(selector)]);
}

/** The current URL's path, percent-decoded. */
function decodedPath(target: Page): string {
  return decodeURIComponent(new URL(target.url()).pathname);
}

/** The visible text of every element matching a selector. */
function textsOf(target: Page, selector: string): Promise<string[]> {
  return target.$$eval(selector, (elements) => elements.map((element) => element.textContent ?? ''));
}

/** What a timeline shows a reader: its entries (text, link, source) and the year headings above them. */
interface ShownTimeline { texts: string[]; hrefs: (string | null)[]; sources: string[]; years: string[]; named: number }

/**
 * Reads a timeline as a reader goes through it: the page itself when its events fit on it, else,
 * after checking that it lists its pages of years (name, count, link) and no events, each of those
 * pages in turn (and a long year's later pages).
 */
async function readTimeline(target: Page, script: Script, events: readonly ArchiveEvent[], tagKey?: string): Promise<ShownTimeline> {
  await open(target, timelinePath(script, tagKey));
  const spans = timelineSpans(events);
  const pages = spans.length === 0 ? [null] : spans.flatMap(({ first, count }) => Array.from({ length: spanPageCount(count) }, (_, index) => timelineYearPath(script, first, tagKey, index + 1)));
  if (spans.length > 0) {
    expect(await target.locator('.timeline-entries a').count(), 'a split timeline lists years, not events').toBe(0);
    const links = await target.$$eval('.timeline-years a', (anchors) => anchors.map((a) => [a.getAttribute('href'), a.querySelector('.facet-name')?.textContent, a.querySelector('.facet-count')?.firstChild?.textContent]));
    expect(links).toEqual(spans.map(({ first, last, count }) => [timelineYearPath(script, first, tagKey), formatYearSpan(first, last, script), String(count)]));
  }
  const shown: ShownTimeline = { texts: [], hrefs: [], sources: [], years: [], named: 0 };
  for (const path of pages) {
    if (path !== null) await open(target, path);
    // An entry's link is its date, then the event's words; the article heading a run of its events is
    // the source of every entry up to the next one named.
    const entries = await target.$$eval('.timeline-entries a', (links) =>
      links.map((link) => {
        let item = link.closest('li');
        while (item && !item.querySelector(':scope > cite')) item = item.previousElementSibling as HTMLLIElement | null;
        const words = [...link.childNodes].slice(1).map((node) => node.textContent ?? '').join('');
        return { text: words, href: link.getAttribute('href'), source: item?.querySelector(':scope > cite')?.textContent ?? '' };
      }),
    );
    shown.texts.push(...entries.map((entry) => entry.text));
    shown.hrefs.push(...entries.map((entry) => entry.href));
    shown.sources.push(...entries.map((entry) => entry.source));
    shown.years.push(...(await textsOf(target, '.timeline-year h2')));
    shown.named += await target.locator('.timeline-entries cite').count();
  }
  return shown;
}

/** How many runs of one article's events a timeline shows, counted per year on each of its pages: one article name heads each. */
function runsOnPages(events: readonly ArchiveEvent[]): number {
  const spans = timelineSpans(events);
  const pages = spans.length === 0 ? [events] : spans.flatMap((span) => Array.from({ length: spanPageCount(span.count) }, (_, index) => eventsOnSpanPage(events, span, index + 1)));
  return pages.flatMap((onPage) => groupByYear(onPage).flatMap((year) => groupRunsBySource(year.items))).length;
}

describe('tags', () => {
  it('are reached from the index, list their articles, and keep one path segment in both scripts', async () => {
    expect(originalSeed?.tags.length, 'the seed article has tags').toBeGreaterThan(0);
    const key = facetKey(originalSeed!.tags[0]!, originalSeed!.language);
    const tag = tags.find((candidate) => candidate.key === key)!;

    await open(page, indexPath('zh-hant'));
    await follow(page, `.browse-nav a[href="${tagsPath('zh-hant')}"]`);
    expect(await page.textContent('h1')).toBe(uiText('zh-hant').allTags);
    expect(await page.$$eval('.facet-list a', (links) => links.length)).toBe(tags.length);

    await follow(page, `.facet-list a[href="${tagPath('zh-hant', key)}"]`);
    expect(decodedPath(page)).toBe(`/zh-hant/tags/${key}/`);
    expect(await page.textContent('h1')).toContain(facetName(tag, 'zh-Hant'));
    const listed = await page.$$eval('.article-card h3 a', (links) => links.map((link) => link.getAttribute('href')));
    expect(listed).toEqual(archive.filter((article) => tag.slugs.includes(article.slug)).map((article) => articlePath('zh-hant', article.slug)));

    // The script switch keeps the key: ids never change with the script.
    const hantSegment = new URL(page.url()).pathname.split('/')[3];
    await follow(page, '[data-script-switch]');
    const hansSegment = new URL(page.url()).pathname.split('/')[3];
    expect(new URL(page.url()).pathname.startsWith('/zh-hans/tags/')).toBe(true);
    expect(hansSegment).toBe(hantSegment);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    expect(await page.textContent('h1')).toContain(facetName(tag, 'zh-Hans'));
  });

  it('at the foot of an article link to the tag pages, and the byline to the outlet', async () => {
    for (const script of SCRIPTS) {
      await open(page, articlePath(script, SEED_SLUG));
      const hrefs = await page.$$eval('.article-footer a.tag', (links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs).toEqual(originalSeed!.tags.map((name) => tagPath(script, facetKey(name, originalSeed!.language))));
      expect(await textsOf(page, '.article-footer a.tag')).toEqual(seedIn(script).tags);
      expect(await page.getAttribute('.byline a.outlet', 'href')).toBe(outletPath(script, outletKeyOf(originalSeed!)));
    }
    await follow(page, '.article-footer a.tag');
    expect(await page.$$eval(`.article-card a[href="${articlePath('zh-hans', SEED_SLUG)}"]`, (links) => links.length)).toBe(1);
  });
});

describe('outlets', () => {
  it('list every outlet with its count, and each outlet page its articles', async () => {
    const outlets = collectOutlets(archive);
    await open(page, indexPath('zh-hans'));
    await follow(page, `.browse-nav a[href="/zh-hans/outlets/"]`);
    expect(await textsOf(page, '.facet-list .facet-name')).toEqual(outlets.map((outlet) => facetName(outlet, 'zh-Hans')));
    expect((await textsOf(page, '.facet-list .facet-count')).map((text) => Number.parseInt(text, 10))).toEqual(outlets.map((outlet) => outlet.slugs.length));

    await open(page, indexPath('zh-hant'));
    await follow(page, '.article-card a.outlet');
    const outlet = outlets.find((candidate) => decodedPath(page) === `/zh-hant/outlets/${candidate.key}/`);
    expect(outlet, `an outlet page at ${decodedPath(page)}`).toBeDefined();
    expect(await page.$$eval('.article-card', (cards) => cards.length)).toBe(outlet!.slugs.length);
  });
});

describe('the archive timeline', () => {
  /** The merged timeline as the page in `script` should show it. */
  const expectedEvents = (script: Script) => mergeTimelines(archive.map((article) => convertArticle(article, languageOfScript(script))));

  it('merges every event in date order, grouped by year (on pages of years when there are too many)', async () => {
    const events = expectedEvents('zh-hant');
    const shown = await readTimeline(page, 'zh-hant', events);
    expect(shown.texts).toEqual(events.map((entry) => entry.event.text));
    expect(shown.hrefs).toEqual(events.map((entry) => `${articlePath('zh-hant', entry.slug)}#${entry.event.paragraphId}`));
    expect(shown.sources).toEqual(events.map((entry) => entry.title));
    // Named once per run of an article's events within a year on a page, not under every event.
    expect(shown.named).toBe(runsOnPages(events));
    expect(shown.named).toBeLessThan(events.length);
    const years = [...new Set(events.map((entry) => entry.event.date.slice(0, 4)))];
    expect(shown.years).toEqual(years.map((year) => formatDate(year, 'zh-hant')));
  });

  it('is reached from the index, and an entry lands on its paragraph', async () => {
    await open(page, indexPath('zh-hant'));
    await follow(page, `.browse-nav a[href="${timelinePath('zh-hant')}"]`);
    // A timeline split into pages of years: on to the page of the seed's first event.
    const seedYear = expectedEvents('zh-hant').find((entry) => entry.slug === SEED_SLUG)!.event.date.slice(0, 4);
    const seedSpan = timelineSpans(expectedEvents('zh-hant')).find(({ first, last }) => first <= seedYear && seedYear <= last);
    if (seedSpan) await follow(page, `.timeline-years a[href="${timelineYearPath('zh-hant', seedSpan.first)}"]`);
    const entry = `.timeline-entries a[href^="${articlePath('zh-hant', SEED_SLUG)}#"]`;
    const eventText = await page.$eval(entry, (link) => [...link.childNodes].slice(1).map((node) => node.textContent ?? '').join(''));
    await follow(page, entry);
    const id = new URL(page.url()).hash.slice(1);
    expect(id).toMatch(/^[a-z0-9-]+$/);
    await waitUntilInViewport(page, `p#${id}`);
    expect(await page.$eval(`p#${id}`, (element) => element.matches(':target'))).toBe(true);
    expect(await page.textContent(`p#${id}`)).toContain(eventText);
  });

  it('filters by tag with plain links, without JavaScript', async () => {
    const context = await openContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    try {
      const dated = new Set(archive.filter((article) => article.timeline.length > 0).map((article) => article.slug));
      const filters = tags.filter((tag) => tag.slugs.some((slug) => dated.has(slug)));
      expect(filters.length, 'tags whose articles have dated events').toBeGreaterThan(0);
      const tag = filters[0]!;
      await open(plain, timelinePath('zh-hans'));
      expect(await plain.$$eval('.timeline-filter a', (links) => links.length)).toBe(filters.length + 1);
      expect(await plain.getAttribute('.timeline-filter a[aria-current="page"]', 'href')).toBe(timelinePath('zh-hans'));
      await follow(plain, `.timeline-filter a[href="${timelinePath('zh-hans', tag.key)}"]`);
      expect(decodedPath(plain)).toBe(`/zh-hans/timeline/${tag.key}/`);
      expect(await plain.getAttribute('.timeline-filter a[aria-current="page"]', 'href')).toBe(timelinePath('zh-hans', tag.key));
      // The same key in the other script.
      expect(await plain.getAttribute('[data-script-switch]', 'href')).toBe(timelinePath('zh-hant', tag.key));
      const wanted = eventsOfArticles(expectedEvents('zh-hans'), tag.slugs);
      const shown = await readTimeline(plain, 'zh-hans', wanted, tag.key);
      expect(shown.texts).toEqual(wanted.map((entry) => entry.event.text));
      expect(shown.hrefs).toEqual(wanted.map((entry) => `${articlePath('zh-hans', entry.slug)}#${entry.event.paragraphId}`));
      // A tag's timeline names each event's article too, once per run of its events: an event's
      // words rarely say whose plan or result it is.
      expect(shown.sources).toEqual(wanted.map((entry) => entry.title));
      expect(shown.named).toBe(runsOnPages(wanted));
    } finally {
      await context.close();
    }
  });
});

describe('the index', () => {
  it('groups each page by month and pages through every article with prev/next links', async () => {
    for (const script of SCRIPTS) {
      const articles = archive.map((article) => convertArticle(article, languageOfScript(script)));
      const total = pageCount(articles.length);
      for (let number = 1; number <= total; number++) {
        await open(page, indexPagePath(script, number));
        const shown = itemsOnPage(articles, number);
        expect(await page.$$eval('.article-card h3 a', (links) => links.map((link) => link.getAttribute('href')))).toEqual(
          shown.map((article) => articlePath(script, article.slug)),
        );
        expect(await textsOf(page, '.period-heading')).toEqual(groupByMonth(shown).map((group) => formatDate(group.period, script)));
        const head = await page.evaluate(() => ({
          prev: document.head.querySelector('link[rel="prev"]')?.getAttribute('href') ?? null,
          next: document.head.querySelector('link[rel="next"]')?.getAttribute('href') ?? null,
          canonical: document.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
        }));
        expect(head.prev).toBe(number > 1 ? indexPagePath(script, number - 1) : null);
        expect(head.next).toBe(number < total ? indexPagePath(script, number + 1) : null);
        expect(new URL(head.canonical!).pathname).toBe(indexPagePath(script, number));
        expect(await page.$$eval('.pager', (pagers) => pagers.length)).toBe(total > 1 ? 1 : 0);
        if (number < total) {
          await follow(page, '.pager a[rel="next"]');
          expect(new URL(page.url()).pathname).toBe(indexPagePath(script, number + 1));
        }
      }
    }
  });

  it('sends /page/1/ to the index, without JavaScript too', async () => {
    const context = await openContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    try {
      await Promise.all([plain.waitForURL((url) => url.pathname === indexPath('zh-hans')), plain.goto(served('/zh-hans/page/1/'))]);
    } finally {
      await context.close();
    }
  });
});

// ─── Every new page: accessible in both colour schemes, no sideways scrolling on a phone ───────

/** One page of each kind (the first of its kind) in each script. */
function samplePages(): string[] {
  const firstOfKind = new Map<string, SitePage>();
  for (const entry of listBrowsePages(archive)) if (!firstOfKind.has(entry.kind)) firstOfKind.set(entry.kind, entry);
  return SCRIPTS.flatMap((script) => [...firstOfKind.values()].map((entry) => pagePath(script, entry)));
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('every kind of browsing page', () => {
  it.for(samplePages())('%s has no axe violations, light or dark, and fits a 375 px phone', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await open(page, path);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
        const results = await axe.run(document);
        return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      });
      expect(violations, `axe on ${path} (${colorScheme})`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    const phone = await openContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    try {
      const small = await phone.newPage();
      await open(small, path);
      expect(await small.evaluate(() => document.documentElement.scrollWidth), `width of ${path} on a phone`).toBeLessThanOrEqual(375);
    } finally {
      await phone.close();
    }
  });
});
