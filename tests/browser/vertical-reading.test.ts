import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { articlePath } from '../../lib/site/routes';
import { uiText } from '../../lib/site/ui-text';
import type { Article } from '../../lib/content/model';
import { SEED_SLUG, expectNoProblems, openWatchedBrowser, seedIn, served, waitForEnhancement, type PageWatch, type WatchedBrowser } from './helpers';

/**
 * Vertical reading (直排) as a remembered choice, and copying a paragraph's original from a
 * converted page, with JavaScript on (original-text.test.ts covers both without it): the choice
 * comes back on the next page before its body is parsed, permalinks and arrival land inside the
 * sideways-scrolled columns, and the layout is checked in Chromium's pixels.
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let session: WatchedBrowser['session'];
let watch: PageWatch;
let openContext: WatchedBrowser['openContext'];

beforeAll(async () => {
  ({ session, watch, openContext } = await openWatchedBrowser());
});
afterAll(() => session?.close());
afterEach(() => expectNoProblems(watch));

const traditional = articlePath('zh-hant', SEED_SLUG);
const converted = articlePath('zh-hans', SEED_SLUG);
const hant = uiText('zh-hant');
const hans = uiText('zh-hans');
const paragraphsOf = (article: Article) => article.sections.flatMap((section) => section.paragraphs);

/** A fresh context (its own localStorage), closed after the test body. */
async function withContext<T>(options: Parameters<WatchedBrowser['openContext']>[0], use: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await openContext(options);
  try {
    return await use(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/** The axe violations of the page as it is now, as `id (count)`. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    return (await axe.run(document)).violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
}

/** The body's writing mode. */
const writingMode = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('.article-body')!).writingMode);

/**
 * Whether an element can be seen where it is: inside the viewport and the body's sideways-scrolled
 * box on both axes, and what the page shows at its start is the element itself.
 */
const isSeen = (page: Page, id: string) =>
  page.evaluate((target) => {
    const element = document.getElementById(target);
    const frame = document.querySelector('.article-body');
    if (!element || !frame) return false;
    const box = element.getBoundingClientRect();
    const view = frame.getBoundingClientRect();
    const inside = (left: number, right: number, top: number, bottom: number) => box.left >= left - 1 && box.right <= right + 1 && box.top >= top - 1 && box.bottom <= bottom + 1;
    if (!inside(0, innerWidth, 0, innerHeight) || !inside(view.left, view.right, view.top, view.bottom)) return false;
    // Vertical columns begin at the top right.
    const seen = document.elementFromPoint(box.right - Math.min(box.width / 2, 8), box.top + Math.min(box.height / 2, 40));
    return seen !== null && (seen === element || element.contains(seen));
  }, id);

describe('vertical reading, remembered', () => {
  it('comes back on the next page before its body is parsed, and horizontal once unticked', async () => {
    await withContext({}, async (page) => {
      // Records, the moment the body element is parsed, whether the page was already vertical.
      await page.addInitScript(() => {
        const seen: { verticalWhenBodyParsed?: boolean } = {};
        (window as unknown as { firstBody: typeof seen }).firstBody = seen;
        new MutationObserver((_, observer) => {
          const body = document.querySelector('.article-body');
          if (!body) return;
          seen.verticalWhenBodyParsed = (document.getElementById('vertical~reading') as HTMLInputElement | null)?.checked ?? false;
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      const firstBody = () => page.evaluate(() => (window as unknown as { firstBody: { verticalWhenBodyParsed?: boolean } }).firstBody.verticalWhenBodyParsed);

      await page.goto(served(traditional));
      expect(await firstBody()).toBe(false);
      expect(await writingMode(page)).toBe('horizontal-tb');
      const toggle = page.getByRole('checkbox', { name: hant.verticalReading, exact: true });
      await toggle.focus();
      await page.keyboard.press('Space');
      expect(await writingMode(page)).toBe('vertical-rl');

      // A new visit (not the browser's restored form state): vertical from the start.
      await page.goto('about:blank');
      await page.goto(served(traditional));
      expect(await firstBody()).toBe(true);
      expect(await writingMode(page)).toBe('vertical-rl');
      expect(await toggle.isChecked()).toBe(true);

      // The page without a script in its path shows the same Traditional body, also vertical.
      await page.goto(served(`/articles/${SEED_SLUG}/`));
      expect(await writingMode(page)).toBe('vertical-rl');

      await page.goto(served(traditional));
      await toggle.focus();
      await page.keyboard.press('Space');
      expect(await writingMode(page)).toBe('horizontal-tb');
      await page.goto('about:blank');
      await page.goto(served(traditional));
      expect(await firstBody()).toBe(false);
      expect(await writingMode(page)).toBe('horizontal-tb');
    });
  });

  it('lands a permalink and replays the arrival on a column far to the left, focused', async () => {
    await withContext({}, async (page) => {
      await page.addInitScript(() => localStorage.setItem('zh-reading', 'vertical'));
      const last = paragraphsOf(seedIn('zh-hant')).at(-1)!;
      await page.goto(served(`${traditional}#${last.id}`));
      expect(await writingMode(page)).toBe('vertical-rl');
      await expect.poll(() => isSeen(page, last.id), { timeout: 5_000 }).toBe(true);
      expect(await page.evaluate((id) => document.getElementById(id)!.matches(':target'), last.id)).toBe(true);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(last.id);

      // A timeline entry (outside the columns) takes the reader to its paragraph in them.
      const event = seedIn('zh-hant').timeline.find((candidate) => candidate.paragraphId !== last.id)!;
      await page.locator(`#${event.id} a`).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => isSeen(page, event.paragraphId), { timeout: 5_000 }).toBe(true);
      const arrived = await page.evaluate((id) => ({ target: document.getElementById(id)!.matches(':target'), animation: getComputedStyle(document.getElementById(id)!).animationName }), event.paragraphId);
      expect(arrived).toEqual({ target: true, animation: 'arrive' });
    });
  });

  it('sets the body in right-to-left columns, quotation marks beside the text they open and close, short numbers upright (Chromium pixels)', async () => {
    await withContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 }, async (page) => {
      await page.goto(served(traditional));
      const body = page.locator('.article-body');

      /**
       * Where the ink of the first quotation mark of a kind (the seed quotes with “”; 「」 behave
       * alike) lies in its character cell: the centre of its dark pixels, from 0 to 1 across the
       * cell's width and height, read from a screenshot of the cell.
       */
      const inkOf = async (marks: string) => {
        const cell = await page.evaluate((pattern) => {
          const walker = document.createTreeWalker(document.querySelector('.article-body')!, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent!.search(new RegExp(pattern));
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + 1);
            node.parentElement!.scrollIntoView({ block: 'center', inline: 'center' });
            const { x, y, width, height } = range.getBoundingClientRect();
            return { mark: node.textContent![at]!, x, y, width, height };
          }
          return null;
        }, `[${marks}]`);
        if (!cell) throw new Error(`the seed has one of ${marks}`);
        const { x, y, width, height } = cell;
        const png = await page.screenshot({ clip: { x, y, width, height }, animations: 'disabled', caret: 'hide' });
        return { cell, ink: await inkCentre(page, png) };
      };
      const [opening, closing] = ['「“', '」”'];

      // In a line an opening mark hugs the next character on its right.
      const horizontal = await inkOf(opening);
      expect(horizontal.ink.x, JSON.stringify(horizontal)).toBeGreaterThan(0.55);

      await page.getByRole('checkbox', { name: hant.verticalReading, exact: true }).focus();
      await page.keyboard.press('Space');
      expect(await writingMode(page)).toBe('vertical-rl');
      // In a column it takes the font's vertical form, hugging the next character below it; a
      // closing mark hugs the one above.
      const vertical = await inkOf(opening);
      expect(vertical.cell.height, JSON.stringify(vertical)).toBeLessThan(vertical.cell.width);
      expect(vertical.ink.y, JSON.stringify(vertical)).toBeGreaterThan(0.55);
      const closed = await inkOf(closing);
      expect(closed.ink.y, JSON.stringify(closed)).toBeLessThan(0.45);

      // Columns run right to left: each paragraph of a section starts left of the one before.
      const starts = await page.$$eval('#rivalry p[id]', (elements) => elements.map((element) => element.getBoundingClientRect().right));
      expect(starts.length).toBeGreaterThan(1);
      for (let index = 1; index < starts.length; index += 1) expect(starts[index]!).toBeLessThan(starts[index - 1]!);

      // 5月11日: the day's two digits share one upright cell, about one character wide.
      const cell = await page.evaluate(() => {
        const number = [...document.querySelectorAll('.article-body .tcy')].find((span) => span.textContent!.length === 2)!;
        number.scrollIntoView({ block: 'center', inline: 'center' });
        const box = number.getBoundingClientRect();
        const fontSize = parseFloat(getComputedStyle(number).fontSize);
        return { height: box.height / fontSize, width: box.width / fontSize };
      });
      expect(cell.height).toBeLessThan(1.3);
      expect(cell.width).toBeLessThan(1.6);

      await body.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
      await page.screenshot({ path: 'test-results/vertical-reading-page.png' });
    });
  });

  it('fits a 390 px phone without sideways page scroll, named and axe-clean', async () => {
    await withContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }, async (page) => {
      await page.addInitScript(() => localStorage.setItem('zh-reading', 'vertical'));
      await page.goto(served(traditional));
      expect(await writingMode(page)).toBe('vertical-rl');
      expect(await page.getByRole('checkbox', { name: hant.verticalReading, exact: true }).isChecked()).toBe(true);
      await waitForEnhancement(page);
      // A tap on a column shows its paragraph's tools.
      await page.locator('.article-body p[id]').first().tap();
      const widths = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(widths.scrollWidth).toBeLessThanOrEqual(widths.clientWidth);
      await page.waitForTimeout(400);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});

describe('copying the original from a converted page', () => {
  /** The seed's first paragraph whose Simplified page differs from its original, and one that does not. */
  const shown = new Map(paragraphsOf(seedIn('zh-hans')).map((paragraph) => [paragraph.id, paragraph.text]));
  const changed = paragraphsOf(seedIn('zh-hant')).find((paragraph) => shown.get(paragraph.id) !== paragraph.text)!;
  const unchanged = paragraphsOf(seedIn('zh-hant')).find((paragraph) => shown.get(paragraph.id) === paragraph.text);

  it('offers a named button beside the paragraph’s permalink that copies the original text, announced', async () => {
    await withContext({ permissions: ['clipboard-read', 'clipboard-write'] }, async (page) => {
      await page.goto(served(converted));
      await waitForEnhancement(page);
      await page.locator(`a.permalink[href="#${changed.id}"]`).focus();
      const button = page.locator(`.paragraph:has(> p[id="${changed.id}"]) > .actions`).getByRole('button', { name: hans.copyOriginal, exact: true });
      await expect.poll(() => button.isVisible()).toBe(true);
      // Keyboard: Tab from the permalink reaches the toolbar, then the button.
      for (let presses = 0; presses < 4 && !(await button.evaluate((element) => element === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
      expect(await button.evaluate((element) => element === document.activeElement), 'the button is reached by Tab').toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(changed.text);
      await expect.poll(() => page.locator('[role="status"]').textContent()).toBe(hans.originalCopied);
      // The converted paragraph is what the page still shows.
      expect(await page.locator(`#${changed.id}`).textContent()).toBe(shown.get(changed.id));

      if (unchanged) {
        await page.locator(`a.permalink[href="#${unchanged.id}"]`).focus();
        await expect.poll(() => page.locator(`.paragraph:has(> p[id="${unchanged.id}"]) > .actions .copy-original`).isHidden()).toBe(true);
      }
      await page.waitForTimeout(400);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('is not offered on the original page', async () => {
    await withContext({}, async (page) => {
      await page.goto(served(traditional));
      await waitForEnhancement(page);
      await page.locator(`a.permalink[href="#${changed.id}"]`).focus();
      await expect.poll(() => page.locator('.actions .copy-link').isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: hant.copyOriginal }).count()).toBe(0);
    });
  });

  it('keeps the toolbar within a 390 px phone', async () => {
    await withContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }, async (page) => {
      await page.goto(served(converted));
      await waitForEnhancement(page);
      await page.locator(`#${changed.id}`).tap();
      const button = page.getByRole('button', { name: hans.copyOriginal, exact: true });
      await expect.poll(() => button.isVisible()).toBe(true);
      const box = (await button.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
      const widths = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(widths.scrollWidth).toBeLessThanOrEqual(widths.clientWidth);
    });
  });
});

/**
 * The centre of the dark pixels of a PNG, from 0 to 1 across its width and height: decoded by
 * Chromium's own image decoder on a blank page (no PNG library needed), ink being any pixel
 * clearly darker than the lightest one (the page's background).
 */
async function inkCentre(page: Page, png: Buffer): Promise<{ x: number; y: number }> {
  const decoder = await page.context().newPage();
  try {
    return await decoder.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
      const light = (index: number) => (data[index]! + data[index + 1]! + data[index + 2]!) / 3;
      let lightest = 0;
      for (let index = 0; index < data.length; index += 4) lightest = Math.max(lightest, light(index));
      let [count, sumX, sumY] = [0, 0, 0];
      for (let y = 0; y < height; y += 1) {
        for (let x = 0; x < width; x += 1) {
          if (light((y * width + x) * 4) > lightest - 96) continue;
          [count, sumX, sumY] = [count + 1, sumX + x + 0.5, sumY + y + 0.5];
        }
      }
      if (count === 0) throw new Error('no ink in the screenshot');
      return { x: sumX / count / width, y: sumY / count / height };
    }, png.toString('base64'));
  } finally {
    await decoder.close();
  }
}
