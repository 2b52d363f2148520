import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { MISSING_PATH, readingPages, served, waitForEnhancement, useBrowser, session, page } from './helpers';
import { loadArticles } from '../../lib/content/load-articles';
import { collectPeople } from '../../lib/site/people';
import { peoplePath, personPath } from '../../lib/site/routes';
import { SCRIPTS } from '../../lib/site/script';

/**
 * axe-core on every kind of page, as the browser renders it (after enhance.js ran, with the copy
 * toolbar shown on article pages), in light and dark colour schemes; and no sideways scrolling on
 * a small phone.
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The people list and the page of the person quoted most, in both scripts. */
function peoplePages(): { name: string; path: string }[] {
  const [first] = collectPeople(loadArticles());
  return SCRIPTS.flatMap((script) => [
    { name: `${script} people`, path: peoplePath(script) },
    ...(first ? [{ name: `${script} person ${first.key}`, path: personPath(script, first.key) }] : []),
  ]);
}

const PAGES = [...readingPages(), ...peoplePages(), { name: '404 page', path: MISSING_PATH }];

useBrowser();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string }[];
}

/** Runs axe on the page as it is now, returning its violations in a printable shape. */
async function runAxe(target: Page): Promise<Violation[]> {
  await target.addScriptTag({ content: axeSource });
  return target.evaluate(async () => {
    type AxeResults = { violations: { id: string; impact?: string | null; help: string; helpUrl: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe;
    const results = await axe.run(document);
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({ target: node.target.map(String).join(' '), summary: node.failureSummary ?? '' })),
    }));
  });
}

/** One block per violation: rule, impact and help, then each failing node with axe's summary. */
function formatViolations(violations: readonly Violation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.helpUrl}\n` +
        violation.nodes.map((node) => `  - ${node.target}\n      ${node.summary.replace(/\n/g, '\n      ')}`).join('\n'),
    )
    .join('\n');
}

describe.each(['light', 'dark'] as const)('axe-core, %s colour scheme', (colorScheme) => {
  it.for(PAGES.map((entry) => entry.path))('%s has no violations', async (path) => {
    await page.emulateMedia({ colorScheme });
    const response = await page.goto(served(path));
    expect(response?.status(), `status of ${path}`).toBe(path === MISSING_PATH ? 404 : 200);
    if (path !== MISSING_PATH) {
      await waitForEnhancement(page);
      // The copy/share toolbar exists only beside the permalink being pointed at: point at one.
      const paragraph = page.locator('.paragraph').first();
      if ((await paragraph.count()) > 0) {
        await paragraph.hover();
        await page.locator('.paragraph > .actions').waitFor();
      }
    }
    const violations = await runAxe(page);
    expect(violations.length, `axe violations on ${path} (${colorScheme}):\n${formatViolations(violations)}`).toBe(0);
  });
});

describe('a 375 px wide phone', () => {
  let small: Page;

  beforeAll(async () => {
    const phone = await session.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    small = await phone.newPage();
  });

  it.for(PAGES.map((entry) => entry.path))('%s does not scroll sideways', async (path) => {
    await small.goto(served(path));
    const widths = await small.evaluate(() => {
      const root = document.documentElement;
      // The elements that reach past the right edge, to say what overflows when something does.
      const wide = [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5)
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')} (right edge ${Math.round(element.getBoundingClientRect().right)} px)`);
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
    });
    expect(widths.scrollWidth, `scrollWidth vs clientWidth on ${path}; reaching past the edge: ${widths.wide.join(', ') || 'none found'}`).toBeLessThanOrEqual(widths.clientWidth);
  });
});
