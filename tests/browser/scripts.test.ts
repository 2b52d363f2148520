import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePath } from '../../lib/site/routes';
import { SEED_SLUG, seedIn, served, takeProblems, waitUntilInViewport, useBrowser, session, watch, page } from './helpers';

/**
 * Switching between Traditional and Simplified as a reader does: the place is kept, the choice
 * remembered, the link works without JavaScript, and no converter ever reaches the browser.
 */

useBrowser();

const hant = articlePath('zh-hant', SEED_SLUG);
const hans = articlePath('zh-hans', SEED_SLUG);

/**
 * Clicks the script switch where it shows, as a reader's pointer would, and waits for the other
 * script's page. (Playwright's own click first scrolls the sticky header's link "into view",
 * which moves the page and so the reader's place.)
 */
async function switchScript(target: string): Promise<number> {
  const box = await page.locator('[data-script-switch]').boundingBox();
  if (!box) throw new Error('the script switch is not visible');
  const started = Date.now();
  await Promise.all([page.waitForURL((url) => url.pathname === target), page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)]);
  await page.waitForLoadState('load');
  return Date.now() - started;
}

describe('the script switch', () => {
  it('keeps the #fragment, shows the same section, and switches the text', async () => {
    await page.goto(served(`${hant}#history`));
    await waitUntilInViewport(page, '#history-heading');
    const elapsed = await switchScript(hans);
    const url = new URL(page.url());
    expect(url.pathname).toBe(hans);
    expect(['#history', '#history-1']).toContain(url.hash);
    await waitUntilInViewport(page, '#history-1');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    const simplified = seedIn('zh-hans');
    expect(await page.textContent('h1')).toBe(simplified.title);
    expect(await page.textContent('#history-1')).toBe(simplified.sections.find((s) => s.id === 'history')?.paragraphs[0]?.text);
    console.log(`switch Traditional → Simplified: ${elapsed} ms to load`);

    await switchScript(hant);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    await waitUntilInViewport(page, '#history-1');
    expect(takeProblems(watch)).toEqual([]);
  });

  it('keeps the reading position after scrolling without a fragment', async () => {
    await page.goto(served(hant));
    await page.evaluate(() => document.getElementById('compliance-2')?.scrollIntoView({ block: 'start', behavior: 'instant' }));
    // Scrolling is a sign of intent: the page fetches enhance.js, which keeps the place on switching.
    await page.waitForSelector('html[data-enhanced]', { state: 'attached' });
    // The switch stays in reach while reading: the reader never scrolls back up to use it.
    await waitUntilInViewport(page, '[data-script-switch]');
    await switchScript(hans);
    const hash = new URL(page.url()).hash;
    expect(hash).toMatch(/^#compliance-[12]$/);
    await waitUntilInViewport(page, hash);
    expect(takeProblems(watch)).toEqual([]);
  });

  it('is fetched ahead on hover, so the switch is near-instant (measured for the note)', async () => {
    await page.goto(served(`${hant}#split`));
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Preload.enable');
    const preloads: string[] = [];
    cdp.on('Preload.prefetchStatusUpdated', (event) => preloads.push(`prefetch ${event.status} ${new URL(event.prefetchUrl).pathname}`));
    // Chromium refuses to prerender while DevTools is attached (PrerenderingDisabledByDevTools),
    // so a test can only see the attempt; readers get the prerender, the test the prefetch.
    cdp.on('Preload.prerenderStatusUpdated', (event) => preloads.push(`prerender ${event.status} ${event.prerenderStatus ?? ''}`));
    // A real pointer over the switch, as a reader's (Playwright's hover would scroll the page).
    const box = await page.locator('[data-script-switch]').boundingBox();
    if (!box) throw new Error('the script switch is not visible');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => preloads.includes(`prefetch Ready ${hans}`), { timeout: 5_000 }).toBe(true);
    expect(preloads.some((entry) => entry.startsWith('prerender'))).toBe(true);
    const started = Date.now();
    await Promise.all([page.waitForURL((url) => url.pathname === hans), page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)]);
    await page.waitForSelector('#split-1');
    const clickToContent = Date.now() - started;
    const timing = await page.evaluate(() => {
      const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & { deliveryType?: string };
      return { deliveryType: entry.deliveryType ?? '', transferSize: entry.transferSize, responseEnd: Math.round(entry.responseEnd), domContentLoaded: Math.round(entry.domContentLoadedEventEnd) };
    });
    console.log(`switch after hover: ${clickToContent} ms click→content; navigation ${JSON.stringify(timing)}; ${preloads.join('; ')}`);
    expect(new URL(page.url()).hash).toBe('#split');
    await waitUntilInViewport(page, '#split-heading');
    await cdp.detach();
    expect(takeProblems(watch)).toEqual([]);
  });

  it('behaves normally with back and forward', async () => {
    await page.goto(served(hant));
    await switchScript(hans);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe(hant);
    await page.goForward();
    expect(new URL(page.url()).pathname).toBe(hans);
  });

  it('remembers the choice: / then opens the Simplified index', async () => {
    await page.goto(served(hant));
    await switchScript(hans);
    await page.goto(served('/'));
    await page.waitForURL((url) => url.pathname === '/zh-hans/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    await page.goto(served(`/articles/${SEED_SLUG}/#rivalry`));
    await page.waitForURL((url) => url.pathname === hans);
    expect(new URL(page.url()).hash).toBe('#rivalry');
    // The chooser replaces the script-less page while it loads: that document's request is cut short on purpose.
    watch.aborted.splice(0);
    watch.problems = watch.problems.filter((problem) => !problem.includes(`/articles/${SEED_SLUG}/: net::ERR_ABORTED`));
    await switchScript(hant);
    await page.goto(served('/'));
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    expect(takeProblems(watch)).toEqual([]);
  });

  it('follows the browser language for a first-time reader', async () => {
    const fresh = await session.browser.newContext({ locale: 'zh-CN' });
    const first = await fresh.newPage();
    await first.goto(served('/'));
    await first.waitForURL((url) => url.pathname === '/zh-hans/');
    await fresh.close();
    const taiwan = await session.browser.newContext({ locale: 'zh-TW' });
    const second = await taiwan.newPage();
    const response = await second.goto(served('/'));
    expect(response?.status()).toBe(200);
    expect(new URL(second.url()).pathname).toBe('/');
    expect(await second.getAttribute('html', 'lang')).toBe('zh-Hant');
    await taiwan.close();
  });

  it('is a working link without JavaScript', async () => {
    const noScript = await session.browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(served(hant));
    await Promise.all([plain.waitForURL((url) => url.pathname === hans), plain.click('[data-script-switch]')]);
    expect(await plain.getAttribute('html', 'lang')).toBe('zh-Hans');
    await noScript.close();
  });

  it('labels the converted page, in its own script, with a link to the original', async () => {
    await page.goto(served(hans));
    const note = page.locator('.converted-note');
    await expect(note.textContent()).resolves.toMatch(/由繁体中文原文经 OpenCC 自动转换为简体/);
    expect(await note.locator('a').getAttribute('href')).toBe(hant);
    await page.goto(served(hant));
    expect(await page.locator('.converted-note').count()).toBe(0);
  });

  it('costs little on the wire: measured for the note', async () => {
    const bytes: Record<string, number> = {};
    for (const [name, path] of [
      ['Traditional article', hant],
      ['Simplified article', hans],
    ] as const) {
      const context = await session.browser.newContext();
      const fresh = await context.newPage();
      const client = await context.newCDPSession(fresh);
      await client.send('Network.enable');
      let total = 0;
      let script = 0;
      const types = new Map<string, string>();
      client.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
      client.on('Network.loadingFinished', (event) => {
        total += event.encodedDataLength;
        if (types.get(event.requestId) === 'Script') script += event.encodedDataLength;
      });
      await fresh.goto(served(path), { waitUntil: 'networkidle' });
      bytes[`${name} total`] = total;
      bytes[`${name} script`] = script;
      await context.close();
    }
    console.log(`bytes on the wire: ${JSON.stringify(bytes)}`);
    expect(bytes['Simplified article script']).toBeLessThan(5_000);
    expect(bytes['Traditional article script']).toBeLessThan(5_000);
  });
});

describe('no converter in the browser', () => {
  /** Lists every file below a folder. */
  function filesBelow(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesBelow(path) : [path];
    });
  }

  it('no client script of the export carries opencc code or dictionary data', () => {
    const scripts = filesBelow('out').filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    // Dictionary entries look like "萬万|與与": runs of Traditional/Simplified pairs.
    const dictionaryLike = /(?:[\u4e00-\u9fff]{1,4}[ |][\u4e00-\u9fff]{1,4}[|\s]){20}/;
    for (const file of scripts) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/opencc/i);
      expect(text, file).not.toMatch(dictionaryLike);
      expect(text.length, file).toBeLessThan(100_000);
    }
    const pages = filesBelow('out').filter((file) => file.endsWith('.html'));
    for (const file of pages) expect(readFileSync(file, 'utf8'), file).not.toMatch(/opencc-js|STPhrases|TWVariants/);
  });
});
