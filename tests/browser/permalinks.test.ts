import { parse } from 'parse5';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articlePath, sectionSharePath } from '../../lib/site/routes';
import { uiText } from '../../lib/site/ui-text';
import { attr, elements } from '../fixtures/html-tree';
import { SEED_SLUG, describeElement, seedIn, served, takeProblems, waitUntilInViewport, useBrowser, session, watch, page } from './helpers';

/**
 * Sharing single sections, paragraphs and quotes: permalinks, copy and share actions, arrival,
 * section share pages, keyboard use, in both scripts.
 */

useBrowser({ permissions: ['clipboard-read', 'clipboard-write'] });

const hant = articlePath('zh-hant', SEED_SLUG);
const hans = articlePath('zh-hans', SEED_SLUG);

/** What the page's clipboard holds (the context may read it: permission granted above). */
const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

/** The polite live region enhance.js announces into. */
const announcement = () => page.locator('[role="status"]').textContent();

describe('copy link', () => {
  it('on a section copies its share page URL, in the page script, and announces it', async () => {
    await page.goto(served(hant));
    const row = page.locator('#rivalry .heading-row');
    await row.hover();
    await row.getByRole('button', { name: uiText('zh-hant').copyLink }).click();
    const url = served(sectionSharePath('zh-hant', SEED_SLUG, 'rivalry'));
    await expect.poll(clipboard).toBe(url);
    await expect.poll(announcement).toBe(uiText('zh-hant').linkCopied);

    // The share page sends the reader on to the section, highlighted.
    const reader = await session.context.newPage();
    await reader.goto(url);
    await reader.waitForURL((next) => next.pathname === hant && next.hash === '#rivalry');
    await waitUntilInViewport(reader, '#rivalry-heading');
    const state = await describeElement(reader, '#rivalry');
    expect(state.found && state.matchesTarget, JSON.stringify(state)).toBe(true);
    expect(state.found && state.animationName).toBe('arrive');
    await reader.close();
    expect(takeProblems(watch)).toEqual([]);
  });

  it('on a paragraph copies the article URL with its fragment; it lands in the other script too', async () => {
    await page.goto(served(hans));
    const paragraph = page.locator('.paragraph', { has: page.locator('#history-3') });
    await paragraph.hover();
    await paragraph.locator('> .actions').getByRole('button', { name: uiText('zh-hans').copyLink }).click();
    const url = `${served(hans)}#history-3`;
    await expect.poll(clipboard).toBe(url);

    const reader = await session.context.newPage();
    await reader.goto(`${served(hant)}#history-3`);
    await waitUntilInViewport(reader, '#history-3');
    // The page moves focus to the target once it has arrived, which can come a moment after the scroll: wait up to
    // 2 s for it, so the assertion below reads the settled state (it still fails if focus never lands).
    await reader.waitForFunction((css) => document.activeElement === document.querySelector(css), '#history-3', { timeout: 2_000 }).catch(() => undefined);
    const state = await describeElement(reader, '#history-3');
    expect(state.found && state.matchesTarget && state.isActive, JSON.stringify(state)).toBe(true);
    expect(await reader.textContent('#history-3')).toBe(seedIn('zh-hant').sections.find((s) => s.id === 'history')?.paragraphs[2]?.text);
    await reader.close();
    expect(takeProblems(watch)).toEqual([]);
  });

  it('on a speech quote copies a link to the quote itself', async () => {
    await page.goto(served(hant));
    const item = page.locator('.speakers li', { has: page.locator('a[href="#rivalry-2-q1"]') });
    await item.hover();
    await item.getByRole('button', { name: uiText('zh-hant').copyLink }).click();
    await expect.poll(clipboard).toBe(`${served(hant)}#rivalry-2-q1`);
    await page.goto(`${served(hant)}#rivalry-2-q1`);
    await page.reload();
    await waitUntilInViewport(page, '#rivalry-2-q1');
    expect(await page.getAttribute('#rivalry-2-q1', 'data-speaker')).toBe('某業務人士');
  });
});

describe('on a phone', () => {
  /** The paragraph's visible side elements (permalink, actions) that overlap its text. */
  const coveringText = (reader: Page, id: string) =>
    reader.evaluate((paragraphId) => {
      const text = document.getElementById(paragraphId)!;
      const box = text.getBoundingClientRect();
      return [...text.parentElement!.children]
        .filter((child) => child !== text && Number(getComputedStyle(child).opacity) > 0.01)
        .filter((child) => {
          const side = child.getBoundingClientRect();
          return side.width > 0 && side.left < box.right && side.right > box.left && side.top < box.bottom && side.bottom > box.top;
        })
        .map((child) => child.className);
    }, id);

  it('never lays a paragraph’s permalink or actions over its text; a tap shows them under it, a second tap hides them', async () => {
    const phone = await session.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const reader = await phone.newPage();
    await reader.goto(served(hant));
    const text = reader.locator('#expansion-3');
    await text.scrollIntoViewIfNeeded();
    // A pointer over the text (a mouse on a narrow window, or a touch screen's emulated hover).
    const box = (await text.boundingBox())!;
    await reader.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await reader.waitForSelector('html[data-enhanced]', { state: 'attached', timeout: 10_000 });
    await reader.waitForTimeout(300);
    expect(await coveringText(reader, 'expansion-3')).toEqual([]);

    await text.tap();
    const copy = reader.locator('.paragraph', { has: text }).getByRole('button', { name: uiText('zh-hant').copyLink });
    await expect.poll(() => copy.evaluate((button) => Number(getComputedStyle(button.parentElement!).opacity))).toBe(1);
    const permalink = reader.locator('.paragraph', { has: text }).locator('> .permalink');
    await expect.poll(() => permalink.evaluate((link) => Number(getComputedStyle(link).opacity))).toBe(1);
    expect((await copy.boundingBox())!.y).toBeGreaterThanOrEqual(box.y + box.height - 1);
    expect(await coveringText(reader, 'expansion-3')).toEqual([]);

    await text.tap();
    await expect.poll(() => permalink.evaluate((link) => Number(getComputedStyle(link).opacity))).toBe(0);
    expect(await coveringText(reader, 'expansion-3')).toEqual([]);
    await phone.close();
  });
});

describe('keyboard only', () => {
  it('tabs to a section permalink and its copy action, and uses them', async () => {
    await page.goto(served(hant));
    const permalink = page.locator('#wallet-entry .heading-row .permalink');
    await permalink.focus();
    // The actions show on keyboard focus, not only on hover.
    await expect.poll(() => page.locator('#wallet-entry .heading-row .actions').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === '#wallet-entry');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('wallet-entry');
    await permalink.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(uiText('zh-hant').copyLink);
    await page.keyboard.press('Enter');
    await expect.poll(clipboard).toBe(served(sectionSharePath('zh-hant', SEED_SLUG, 'wallet-entry')));
    expect(takeProblems(watch)).toEqual([]);
  });
});

describe('section share pages', () => {
  it('carry the section preview in their head and redirect without JavaScript', async () => {
    const noScript = await session.browser.newContext({ javaScriptEnabled: false });
    const reader = await noScript.newPage();
    const share = sectionSharePath('zh-hans', SEED_SLUG, 'history');
    const response = await reader.request.get(served(share));
    const html = await response.text();
    // Read as a parser reads it: the page leaves out quotes where HTML allows.
    const head = [...elements(parse(html))];
    const meta = (property: string) => attr(head.find((e) => e.tagName === 'meta' && (attr(e, 'property') ?? attr(e, 'name')) === property), 'content');
    const article = seedIn('zh-hans');
    const section = article.sections.find((s) => s.id === 'history');
    expect(meta('og:title')).toBe(`${section?.heading} · ${article.title}`);
    expect(meta('og:url')).toMatch(new RegExp(`${share}$`));
    expect(section?.paragraphs.map((p) => p.text).join('')).toContain((meta('og:description') ?? '').replace(/…$/, ''));
    expect(meta('og:image')).toMatch(/\/og\/zh-hans\/xiaomi-tianxing-traffic-partners\.png$/);
    expect(attr(head.find((e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical'), 'href')).toMatch(new RegExp(`${hans}$`));
    await reader.goto(served(share));
    await reader.waitForURL((url) => url.pathname === hans && url.hash === '#history');
    await noScript.close();
  });
});

describe('the Open Graph image', () => {
  it('is a real PNG served for each script', async () => {
    for (const script of ['zh-hant', 'zh-hans']) {
      const response = await page.request.get(served(`/og/${script}/${SEED_SLUG}.png`));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect((await response.body()).subarray(1, 4).toString()).toBe('PNG');
    }
  });
});
