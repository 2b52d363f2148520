import type { BrowserContext, BrowserContextOptions, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { loadArticles } from '../../lib/content/load-articles';
import { convertArticle } from '../../lib/content/convert';
import type { Article } from '../../lib/content/model';
import { SCRIPTS, languageOfScript, type Script } from '../../lib/site/script';
import { articlePath, indexPath } from '../../lib/site/routes';
import { launchChromium } from './chromium';

/**
 * What the browser tests share: the served site's address, the seed article in either script,
 * one Chromium per test file, and a watch over each page for console errors and failed requests.
 */

/** The seed article's slug: the file every reading test is about. */
export const SEED_SLUG = 'xiaomi-tianxing-traffic-partners';

/** Where global setup serves `out/` (nginx on 127.0.0.1). */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** The absolute URL of a site path on the test server. */
export function served(path: string): string {
  return new URL(path, baseUrl()).href;
}

/** The seed article as the page in `script` shows it (the original, or convertArticle's text). */
export function seedIn(script: Script): Article {
  const original = loadArticles().find((article) => article.slug === SEED_SLUG);
  if (!original) throw new Error(`content/articles/${SEED_SLUG}.md is missing or did not parse`);
  return convertArticle(original, languageOfScript(script));
}

/** Every page that is meant to be read, with its path: `/`, both indexes and each article in both scripts. */
export function readingPages(): { name: string; path: string }[] {
  const pages = [{ name: 'root index', path: '/' }];
  for (const script of SCRIPTS) pages.push({ name: `${script} index`, path: indexPath(script) });
  for (const article of loadArticles()) {
    for (const script of SCRIPTS) pages.push({ name: `${script} article ${article.slug}`, path: articlePath(script, article.slug) });
  }
  return pages;
}

/** A path no page has: the static host answers with the 404 document. */
export const MISSING_PATH = '/no-such-page/';

/** One Chromium for a whole test file; `context` is its default context, `browser` makes more. */
export async function startBrowser() {
  const context = await launchChromium({ viewport: { width: 1280, height: 800 } });
  const browser = context.browser();
  if (!browser) throw new Error('Chromium started without a browser handle');
  return { context, browser, close: () => context.close() };
}

/** What went wrong on a page: console errors, uncaught exceptions, failed and >= 400 requests. */
export interface PageWatch {
  problems: string[];
  /** Requests the browser cancelled itself (net::ERR_ABORTED): kept for inspection, not problems. */
  aborted: Request[];
  /** URLs whose 404 is deliberate (the missing-page test); their console line is expected too. */
  allow404: Set<string>;
}

/** Records everything that goes wrong in a context's pages (into `watch`, to share one between contexts). */
export function watchContext(context: BrowserContext, watch: PageWatch = { problems: [], aborted: [], allow404: new Set() }): PageWatch {
  const where = (page: Page | null) => (page ? ` (on ${page.url()})` : '');
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (watch.allow404.has(message.location().url) && /status of 404/.test(message.text())) return;
    watch.problems.push(`console error: ${message.text()} at ${message.location().url}:${message.location().lineNumber}${where(message.page())}`);
  });
  context.on('weberror', (error) => watch.problems.push(`uncaught exception: ${error.error().message}${where(error.page())}`));
  context.on('requestfailed', (request) => {
    // net::ERR_ABORTED is the browser cancelling a load itself: a page that sends the reader on
    // before it finished loading (`/` → `/zh-hans/`), a speculation-rules prefetch or prerender it
    // no longer needs. Faults of the server or the network come as HTTP statuses (below) or as
    // other net:: errors, and those are all reported.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') {
      watch.aborted.push(request);
      return;
    }
    watch.problems.push(`request failed: ${request.method()} ${request.url()}: ${request.failure()?.errorText}`);
  });
  context.on('response', (response) => {
    if (response.status() < 400) return;
    if (response.status() === 404 && watch.allow404.has(response.url())) return;
    watch.problems.push(`HTTP ${response.status()} for ${response.request().method()} ${response.url()}`);
  });
  return watch;
}

/** Takes the problems recorded so far, leaving the watch empty for the next test. */
export function takeProblems(watch: PageWatch): string[] {
  watch.aborted.splice(0);
  return watch.problems.splice(0);
}

/**
 * Waits until an element lies entirely within the viewport and its first line is not covered
 * (by a sticky header, say): the reader can see where they arrived. Polls from Node, so it
 * works in pages with JavaScript disabled too.
 */
export async function waitUntilInViewport(page: Page, selector: string, timeout = 5_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const inView = await page.evaluate((css) => {
      const element = document.querySelector(css);
      if (!element) return false;
      const box = element.getBoundingClientRect();
      if (!(box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0)) return false;
      const seen = document.elementFromPoint(box.left + Math.min(box.width / 2, 40), box.top + Math.min(box.height / 2, 8));
      return seen !== null && (element === seen || element.contains(seen));
    }, selector);
    if (inView) return;
    if (Date.now() > deadline) {
      throw new Error(`${selector} did not come fully into the viewport within ${timeout} ms: ${JSON.stringify(await describeElement(page, selector))}`);
    }
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Where an element is and how it is shown, read in the page; for messages when a check fails. */
export async function describeElement(page: Page, selector: string) {
  return page.evaluate((css) => {
    const element = document.querySelector(css);
    if (!element) return { selector: css, found: false as const };
    const box = element.getBoundingClientRect();
    return {
      selector: css,
      found: true as const,
      hash: location.hash,
      top: Math.round(box.top),
      bottom: Math.round(box.bottom),
      viewportHeight: window.innerHeight,
      matchesTarget: element.matches(':target'),
      className: element.className,
      animationName: getComputedStyle(element).animationName,
      runningAnimations: element.getAnimations().filter((a) => a.playState === 'running').map((a) => (a as CSSAnimation).animationName ?? String(a)),
      seenAtTop: (() => {
        const seen = document.elementFromPoint(box.left + Math.min(box.width / 2, 40), box.top + Math.min(box.height / 2, 8));
        return seen ? `${seen.tagName.toLowerCase()}${seen.id ? `#${seen.id}` : ''}${[...seen.classList].map((c) => `.${c}`).join('')}` : null;
      })(),
      activeElement: document.activeElement ? `${document.activeElement.tagName.toLowerCase()}#${document.activeElement.id}` : null,
      isActive: document.activeElement === element,
    };
  }, selector);
}

/** A test file's browser: one Chromium, its first page, and the watch over everything it loads. */
export interface WatchedBrowser {
  session: Awaited<ReturnType<typeof startBrowser>>;
  watch: PageWatch;
  page: Page;
  /** Opens a new context of the same browser, watched like the default one. */
  openContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
}

/** Starts the one Chromium a test file shares (call in `beforeAll`; close `session` in `afterAll`). */
export async function openWatchedBrowser(permissions: string[] = []): Promise<WatchedBrowser> {
  const session = await startBrowser();
  if (permissions.length > 0) await session.context.grantPermissions(permissions);
  const watch = watchContext(session.context);
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  const openContext: WatchedBrowser['openContext'] = async (options = {}) => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
    watchContext(context, watch);
    return context;
  };
  return { session, watch, page, openContext };
}

// ─── The running test file's browser ─────────────────────────────────────────────────────────
// Set by useBrowser() before the file's tests run and read inside tests and hooks: vitest gives
// each test file its own copy of this module, so each file has its own browser.

/** The test file's Chromium (`session.browser` makes more contexts). */
export let session: WatchedBrowser['session'];
/** What went wrong on the pages of the default context and of every `openContext`. */
export let watch: PageWatch;
/** The first page of the default context. */
export let page: Page;
/** Opens another context of the same browser, watched like the default one. */
export let openContext: WatchedBrowser['openContext'];

/**
 * The one browser setup of every browser test file: starts its Chromium before its tests
 * (granting `permissions`) and closes it after them; with `checkEachTest`, each test also fails
 * when its pages logged a console error or a request failed. The browser is then the `session`,
 * `page`, `watch` and `openContext` exported above.
 */
export function useBrowser({ permissions = [], checkEachTest = false }: { permissions?: string[]; checkEachTest?: boolean } = {}): void {
  beforeAll(async () => {
    ({ session, watch, page, openContext } = await openWatchedBrowser(permissions));
  });
  afterAll(() => session?.close());
  if (checkEachTest) afterEach(() => expectNoProblems(watch));
}

/** Fails the test that just ran if its pages logged a console error or a request failed. */
export function expectNoProblems(watch: PageWatch): void {
  expect(takeProblems(watch), 'console errors, exceptions or failed requests during this test').toEqual([]);
}

/**
 * Moves the pointer as a reader arriving at the page does, and waits until enhance.js has run
 * (the page loads it on such a first sign of intent, or a moment after `load`).
 */
export async function waitForEnhancement(page: Page): Promise<void> {
  await page.mouse.move(3, 3);
  await page.mouse.move(6, 6);
  await page.waitForSelector('html[data-enhanced]', { state: 'attached', timeout: 10_000 });
}
