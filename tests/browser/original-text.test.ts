import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { articlePath } from '../../lib/site/routes';
import { uiText } from '../../lib/site/ui-text';
import type { Article } from '../../lib/content/model';
import { SEED_SLUG, describeElement, expectNoProblems, openWatchedBrowser, seedIn, served, waitUntilInViewport, type PageWatch, type WatchedBrowser } from './helpers';

/**
 * The original text one tap away on a converted page, with JavaScript switched off: it must work
 * with HTML and CSS alone. The seed is Traditional, so its Simplified page is the converted one.
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let session: WatchedBrowser['session'];
let watch: PageWatch;
let openContext: WatchedBrowser['openContext'];
let noScript: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ session, watch, openContext } = await openWatchedBrowser());
  noScript = await openContext({ javaScriptEnabled: false });
  page = await noScript.newPage();
});
afterAll(() => session?.close());
afterEach(() => expectNoProblems(watch));

const converted = articlePath('zh-hans', SEED_SLUG);
const text = uiText('zh-hans');
const paragraphName = `${text.showParagraphOriginalPrefix}${text.originalWord}`;

const paragraphsOf = (article: Article) => article.sections.flatMap((section) => section.paragraphs);

/** The seed's paragraphs whose Simplified text differs from the original: the ones with a toggle. */
function changedParagraphs(): { id: string; original: string }[] {
  const shown = new Map(paragraphsOf(seedIn('zh-hans')).map((paragraph) => [paragraph.id, paragraph.text]));
  return paragraphsOf(seedIn('zh-hant'))
    .filter((paragraph) => shown.get(paragraph.id) !== paragraph.text)
    .map((paragraph) => ({ id: paragraph.id, original: paragraph.text }));
}

/** The original block of a paragraph, found beside its `p#id`. */
const originalOf = (target: Page, id: string) => target.locator(`.paragraph:has(> p[id="${id}"]) > .original`);

describe('the original text on a converted page, without JavaScript', () => {
  it('gives each changed paragraph a toggle named for screen readers, and one for the page', async () => {
    await page.goto(served(converted));
    const changed = changedParagraphs();
    expect(changed.length).toBeGreaterThan(10);
    await expect.poll(() => page.getByRole('checkbox', { name: paragraphName, exact: true }).count()).toBe(changed.length);
    expect(await page.getByRole('checkbox', { name: text.showAllOriginals, exact: true }).count()).toBe(1);
    expect(await page.locator('.original:visible').count()).toBe(0);
  });

  it('shows and hides one paragraph’s original from the keyboard, in the original’s language', async () => {
    await page.goto(served(converted));
    const [first] = changedParagraphs();
    if (!first) throw new Error('the seed has changed paragraphs');
    // Tab from the paragraph's permalink reaches its toggle.
    await page.locator(`a.permalink[href="#${first.id}"]`).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`${first.id}~original`);
    await page.keyboard.press('Space');
    const original = originalOf(page, first.id);
    await expect.poll(() => original.isVisible()).toBe(true);
    expect(await original.textContent()).toBe(first.original);
    expect(await original.getAttribute('lang')).toBe('zh-Hant');
    expect(await page.locator('.original:visible').count()).toBe(1);
    await page.keyboard.press('Space');
    await expect.poll(() => original.isVisible()).toBe(false);
  });

  it('shows every original with the page toggle, keeping the converted paragraphs and their ids', async () => {
    await page.goto(served(converted));
    const ids = await page.$$eval('.article-body p[id]', (elements) => elements.map((element) => element.id));
    const all = page.getByRole('checkbox', { name: text.showAllOriginals, exact: true });
    await all.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.original:visible').count()).toBe(changedParagraphs().length);
    expect(await page.$$eval('.article-body p[id]', (elements) => elements.map((element) => element.id))).toEqual(ids);
    expect(ids).toEqual(paragraphsOf(seedIn('zh-hans')).map((paragraph) => paragraph.id));
  });

  it('still lands a permalink on its converted paragraph', async () => {
    const [, second] = changedParagraphs();
    if (!second) throw new Error('the seed has changed paragraphs');
    await page.goto(served(`${converted}#${second.id}`));
    await waitUntilInViewport(page, `#${second.id}`);
    const state = await describeElement(page, `#${second.id}`);
    expect(state.found && state.matchesTarget, JSON.stringify(state)).toBe(true);
    expect(await page.locator(`#${second.id}`).textContent()).toBe(paragraphsOf(seedIn('zh-hans')).find((paragraph) => paragraph.id === second.id)?.text);
  });

  it('is not offered on the original page', async () => {
    await page.goto(served(articlePath('zh-hant', SEED_SLUG)));
    expect(await page.locator('.original, .original-toggle, .originals-all-toggle').count()).toBe(0);
  });

  it('does not scroll sideways on a 390 px phone with every original shown', async () => {
    const phone = await openContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, javaScriptEnabled: false });
    const small = await phone.newPage();
    await small.goto(served(converted));
    await small.getByText(text.showAllOriginals, { exact: true }).tap();
    await expect.poll(() => small.locator('.original:visible').count()).toBe(changedParagraphs().length);
    const widths = await small.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(widths.scrollWidth).toBeLessThanOrEqual(widths.clientWidth);
    // A paragraph toggle is a tap target of at least 24 × 24 px (WCAG 2.5.8).
    await small.getByText(text.showAllOriginals, { exact: true }).tap();
    const box = await small.locator('.paragraph > .original-label').first().boundingBox();
    await phone.close();
    expect(box && Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
  });
});

describe('the original text with JavaScript', () => {
  it.each(['light', 'dark'] as const)('has no axe violations with a paragraph’s original and then all originals shown (%s)', async (colorScheme) => {
    const context = await openContext({ colorScheme });
    const target = await context.newPage();
    await target.goto(served(converted));
    await target.locator('.paragraph > .original-label').first().click();
    await expect.poll(() => target.locator('.original:visible').count()).toBe(1);
    // Focus shows the paragraph's permalink with a 0.15 s fade: let it finish before measuring contrast.
    await target.locator('body').click({ position: { x: 1, y: 1 } });
    await target.waitForTimeout(400);
    await target.addScriptTag({ content: axeSource });
    const run = () =>
      target.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
        return (await axe.run(document)).violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
      });
    expect(await run()).toEqual([]);
    await target.getByText(text.showAllOriginals, { exact: true }).click();
    await expect.poll(() => target.locator('.original:visible').count()).toBe(changedParagraphs().length);
    await target.waitForTimeout(400);
    expect(await run()).toEqual([]);
    await context.close();
  });
});

describe('vertical reading (直排) on the Traditional page, without JavaScript', () => {
  const traditional = articlePath('zh-hant', SEED_SLUG);
  const hant = uiText('zh-hant');

  /** The body's writing mode and where its first two paragraphs sit. */
  const layout = (target: Page) =>
    target.evaluate(() => {
      const body = document.querySelector('.article-body');
      const [first, second] = [...document.querySelectorAll('.article-body p[id]')].map((element) => element.getBoundingClientRect());
      return { writingMode: body ? getComputedStyle(body).writingMode : null, first: first && { x: first.x, width: first.width, height: first.height }, second: second && { x: second.x } };
    });

  it('is a checkbox the keyboard reaches and names, which turns the body into right-to-left columns', async () => {
    await page.goto(served(traditional));
    const toggle = page.getByRole('checkbox', { name: hant.verticalReading, exact: true });
    expect(await toggle.count()).toBe(1);
    expect((await layout(page)).writingMode).toBe('horizontal-tb');
    await toggle.focus();
    await page.keyboard.press('Space');
    const vertical = await layout(page);
    expect(vertical.writingMode).toBe('vertical-rl');
    // Columns: the first paragraph is taller than wide and stands right of the second.
    expect(vertical.first && vertical.first.height > vertical.first.width).toBe(true);
    expect(vertical.first && vertical.second && vertical.first.x > vertical.second.x).toBe(true);
    // A short number (5月11日's 11) stands upright in one cell; the paragraph's text is unchanged.
    const upright = await page.evaluate(() => {
      const number = document.querySelector('.article-body .tcy');
      if (!number) return null;
      const box = number.getBoundingClientRect();
      return { text: number.textContent, combine: getComputedStyle(number).textCombineUpright, height: box.height, width: box.width };
    });
    expect(upright).toMatchObject({ text: expect.stringMatching(/^[0-9]{1,2}$/), combine: 'all' });
    expect(upright && upright.height < upright.width * 1.5).toBe(true);
    const paragraphs = await page.$$eval('.article-body p[id]', (elements) => elements.map((element) => element.textContent));
    expect(paragraphs).toEqual(paragraphsOf(seedIn('zh-hant')).map((paragraph) => paragraph.text));
    await page.locator('.article-body').screenshot({ path: 'test-results/vertical-reading.png' });
  });

  it('still lands a permalink in vertical mode', async () => {
    await page.goto(served(traditional));
    await page.getByRole('checkbox', { name: hant.verticalReading, exact: true }).focus();
    await page.keyboard.press('Space');
    const last = paragraphsOf(seedIn('zh-hant')).at(-1);
    if (!last) throw new Error('the seed has paragraphs');
    await page.evaluate((id) => (location.hash = `#${id}`), last.id);
    await waitUntilInViewport(page, `#${last.id}`);
    const state = await describeElement(page, `#${last.id}`);
    expect(state.found && state.matchesTarget, JSON.stringify(state)).toBe(true);
  });

  it('prints in vertical when chosen, without the toggles', async () => {
    await page.goto(served(traditional));
    await page.getByRole('checkbox', { name: hant.verticalReading, exact: true }).focus();
    await page.keyboard.press('Space');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      writingMode: getComputedStyle(document.querySelector('.article-body')!).writingMode,
      overflowX: getComputedStyle(document.querySelector('.article-body')!).overflowX,
      options: getComputedStyle(document.querySelector('.reading-options')!).display,
    }));
    await page.emulateMedia({ media: 'screen' });
    expect(printed).toEqual({ writingMode: 'vertical-rl', overflowX: 'visible', options: 'none' });
  });

  it('does not scroll the page sideways on a 390 px phone, and has no axe violations', async () => {
    const phone = await openContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const small = await phone.newPage();
    await small.goto(served(traditional));
    await small.getByText(hant.verticalReading, { exact: true }).tap();
    expect((await layout(small)).writingMode).toBe('vertical-rl');
    const widths = await small.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(widths.scrollWidth).toBeLessThanOrEqual(widths.clientWidth);
    await small.addScriptTag({ content: axeSource });
    const violations = await small.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      return (await axe.run(document)).violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
    await phone.close();
    expect(violations).toEqual([]);
  });
});
