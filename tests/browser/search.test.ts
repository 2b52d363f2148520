import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../lib/content/model';
import { SCRIPTS, type Script } from '../../lib/site/script';
import { articlePath, indexPath, searchDataPath, searchKeysPath, searchPath } from '../../lib/site/routes';
import { uiText } from '../../lib/site/ui-text';
import { SEED_SLUG, seedIn, served, waitUntilInViewport, useBrowser, page, openContext } from './helpers';

/**
 * Searching as a reader does, on the exported site served by nginx: from the header to results to
 * the paragraph, in either script; and search's script and index stay off every other page.
 */

// Every test doubles as a check that its pages log no console error and no request fails.
useBrowser({ checkEachTest: true });

/** The ids of the seed's paragraphs (in a script) whose text holds every word given. */
function paragraphsWith(article: Article, ...words: string[]): string[] {
  return article.sections.flatMap((section) => section.paragraphs).filter((p) => words.every((word) => p.text.includes(word))).map((p) => p.id);
}

/** The results shown: each link's target and the marked words. */
async function shownResults(target: Page) {
  return target.$$eval('.search-result', (items) =>
    items.map((item) => ({
      href: item.querySelector('a')?.getAttribute('href') ?? '',
      marks: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
      where: item.querySelector('.search-result-where')?.textContent ?? '',
    })),
  );
}

/** Whether a URL is search's script or a file of a search index. */
function isSearchAsset(url: string): boolean {
  const { pathname } = new URL(url);
  return pathname === '/search.js' || pathname.startsWith(searchKeysPath()) || SCRIPTS.some((script) => pathname.startsWith(searchDataPath(script)));
}

describe('searching', () => {
  it('from the Traditional index: a Simplified query finds the Traditional text, and a result opens its paragraph', async () => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(served(indexPath('zh-hant')));
    await Promise.all([page.waitForURL(served(searchPath('zh-hant'))), page.click('.site-header .search-link')]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');

    await page.fill('#search-query', '随星借');
    await page.press('#search-query', 'Enter');
    await page.waitForSelector('.search-result');
    expect(new URL(page.url()).searchParams.get('q')).toBe('随星借');

    const hant = seedIn('zh-hant');
    const expected = paragraphsWith(hant, '隨星借');
    const results = await shownResults(page);
    expect(results.map((result) => result.href).sort()).toEqual(expected.map((id) => `${articlePath('zh-hant', SEED_SLUG)}#${id}`).sort());
    for (const result of results) {
      expect(result.marks).toContain('隨星借');
      expect(result.where.startsWith(hant.title)).toBe(true);
    }
    expect(await page.textContent('[data-search-status]')).toBe(uiText('zh-hant').searchFound.replace('{total}', String(expected.length)));
    // The script, the meta file, the query's key shards (both scripts share them) and the chunk of its one article: never the other script's own files.
    const loaded = requested.filter(isSearchAsset).map((url) => new URL(url).pathname);
    expect(loaded).toContain('/search.js');
    expect(loaded).toContain(`${searchDataPath('zh-hant')}meta.json`);
    expect(loaded.filter((path) => path.startsWith(`${searchDataPath('zh-hant')}a/`))).toHaveLength(1);
    expect(loaded.filter((path) => path.startsWith(searchKeysPath())).length).toBeGreaterThan(0);
    expect(loaded.filter((path) => path.startsWith(searchDataPath('zh-hans')))).toEqual([]);

    const first = results[0]!.href;
    const id = first.split('#')[1]!;
    await Promise.all([page.waitForURL(served(first)), page.click('.search-result a >> nth=0')]);
    expect(await page.evaluate(() => location.hash)).toBe(`#${id}`);
    await waitUntilInViewport(page, `#${id}`);
    expect(await page.textContent(`#${id}`)).toContain('隨星借');

    // Back: the search page shows the same results again.
    await page.goBack();
    await page.waitForSelector('.search-result');
    expect(await page.inputValue('#search-query')).toBe('随星借');
    expect(await shownResults(page)).toEqual(results);
    page.removeAllListeners('request');
  });

  it('reads a shared ?q= link, needs every term, and the script switch keeps the query', async () => {
    const query = '隨星借 小米消费金融';
    await page.goto(served(`${searchPath('zh-hans')}?q=${encodeURIComponent(query)}`));
    await page.waitForSelector('.search-result');
    expect(await page.inputValue('#search-query')).toBe(query);
    const hans = seedIn('zh-hans');
    const expected = paragraphsWith(hans, '随星借', '小米消费金融');
    expect(expected.length).toBeGreaterThan(0);
    const results = await shownResults(page);
    expect(results.map((result) => result.href.split('#')[1]).sort()).toEqual([...expected].sort());
    for (const result of results) expect(result.href.startsWith(articlePath('zh-hans', SEED_SLUG))).toBe(true);
    expect(await page.title()).toContain(query);

    await Promise.all([page.waitForURL((url) => url.pathname === searchPath('zh-hant')), page.click('[data-script-switch]')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    await page.waitForSelector('.search-result');
    expect((await shownResults(page)).map((result) => result.href.split('#')[1]).sort()).toEqual([...expected].sort());
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
  });

  it('says so when nothing matches, and a new search replaces the results', async () => {
    await page.goto(served(`${searchPath('zh-hant')}?q=${encodeURIComponent('小米消金')}`));
    await page.waitForSelector('.search-result');
    await page.fill('#search-query', '比特幣');
    await page.press('#search-query', 'Enter');
    await expect.poll(() => page.textContent('[data-search-status]')).toBe(uiText('zh-hant').searchNone);
    expect(await page.locator('.search-result').count()).toBe(0);
    await page.goBack();
    await page.waitForSelector('.search-result');
    expect(await page.inputValue('#search-query')).toBe('小米消金');
  });

  it('without JavaScript, says search needs it and the form still submits ?q=', async () => {
    const context = await openContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(served(searchPath('zh-hans')));
    expect(await plain.locator('noscript').count()).toBe(1);
    const body = await plain.textContent('main');
    expect(body).toContain(uiText('zh-hans').searchNeedsScript);
    await plain.fill('#search-query', '雷军');
    await Promise.all([plain.waitForURL((url) => url.searchParams.get('q') === '雷军'), plain.press('#search-query', 'Enter')]);
    await context.close();
  });
});

describe('what other pages load', () => {
  const otherPages = [indexPath('zh-hant'), indexPath('zh-hans'), ...SCRIPTS.map((script) => articlePath(script, SEED_SLUG))];

  it.each(otherPages)('%s requests neither search.js nor an index', async (path) => {
    const context = await openContext();
    const fresh = await context.newPage();
    const requested: string[] = [];
    fresh.on('request', (request) => requested.push(request.url()));
    await fresh.goto(served(path), { waitUntil: 'networkidle' });
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter(isSearchAsset)).toEqual([]);
    const html = await fresh.content();
    expect(html).not.toContain('search.js');
    expect(html).not.toContain('/search/zh-');
    await context.close();
  });

  it.each(SCRIPTS)('the %s search page is kept out of search engines and the sitemap', async (script) => {
    await page.goto(served(searchPath(script)));
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex, follow');
    const sitemap = await (await page.request.get(served('/sitemap.xml'))).text();
    expect(sitemap).not.toContain('/search/');
  });
});

describe('accessibility of the search page with results', () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

  it.each(['light', 'dark'] as const)('axe finds no violations (%s)', async (colorScheme) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(served(`${searchPath('zh-hant')}?q=${encodeURIComponent('小米消金')}`));
    await page.waitForSelector('.search-result');
    await page.addScriptTag({ content: axeSource });
    // The script switch is the header's, checked on every page by accessibility.test.ts.
    const violations = await page.evaluate(async () => {
      type Context = { exclude: string[][] };
      const axe = (window as unknown as { axe: { run: (context: Context) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
      return (await axe.run({ exclude: [['.script-switch']] })).violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });

  it.each(SCRIPTS)('the %s page does not scroll sideways on a 375 px phone', async (script: Script) => {
    const context = await openContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const phone = await context.newPage();
    await phone.goto(served(`${searchPath(script)}?q=${encodeURIComponent('天星數科 流量')}`));
    await phone.waitForSelector('.search-result');
    const { scrollWidth, clientWidth } = await phone.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await context.close();
  });
});
