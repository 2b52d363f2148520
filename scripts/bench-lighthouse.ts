import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM_PATH, launchChromium } from '../tests/browser/chromium';
import { freePort } from '../tests/browser/static-server';

/**
 * Lighthouse 12 (mobile preset, all four categories) against the very Chromium the browser tests
 * launch, reduced to the numbers the bench compares.
 */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** One Lighthouse run of one page. */
export interface Sample {
  scores: Record<Category, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalBytes: number;
  scriptBytes: number;
  /** Audits of the four categories that scored below 1, with what Lighthouse showed for them. */
  failing: FailingAudit[];
}

export interface FailingAudit {
  id: string;
  category: Category;
  score: number;
  title: string;
  displayValue: string | null;
  items: unknown[];
}

export interface LighthouseBrowser {
  port: number;
  close: () => Promise<void>;
}

/**
 * Launches Chromium through `launchChromium` (same flags and fresh profile as the browser tests)
 * and opens a DevTools port for Lighthouse: the flags are not exported, so a two-line wrapper
 * executable appends `--remote-debugging-port` to whatever `launchChromium` passes.
 */
export async function launchLighthouseBrowser(): Promise<LighthouseBrowser> {
  const port = await freePort();
  const wrapper = join(mkdtempSync(join(tmpdir(), 'archive-bench-chromium-')), 'chromium');
  writeFileSync(wrapper, `#!/bin/sh\nexec "${CHROMIUM_PATH}" "$@" --remote-debugging-port=${port}\n`, { mode: 0o755 });
  const context = await launchChromium({ executablePath: wrapper, viewport: null });
  return { port, close: () => context.close() };
}

/** Reads a numeric audit value, failing loudly when Lighthouse did not produce it. */
function numericAudit(lhr: Result, id: string): number {
  const value = lhr.audits[id]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse gave no value for "${id}" on ${lhr.finalDisplayedUrl}: ${lhr.audits[id]?.errorMessage ?? 'missing audit'}`);
  return value;
}

/** Sums the transfer size of the script requests in the network-requests audit. */
function scriptTransferBytes(lhr: Result): number {
  const details = lhr.audits['network-requests']?.details;
  if (details?.type !== 'table') throw new Error('Lighthouse gave no network-requests table');
  return details.items
    .filter((item) => item.resourceType === 'Script')
    .reduce((total, item) => total + (typeof item.transferSize === 'number' ? item.transferSize : 0), 0);
}

/** Lists the weighted or scored audits of each category that did not get a full score. */
function failingAudits(lhr: Result): FailingAudit[] {
  return CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1 || audit.scoreDisplayMode === 'informative') return [];
      const details = audit.details as { items?: unknown[] } | undefined;
      return [{ id: ref.id, category, score: audit.score, title: audit.title, displayValue: audit.displayValue ?? null, items: details?.items ?? [] }];
    }),
  );
}

/** Runs Lighthouse once on `url` in a new tab of the browser listening on `port`. */
export async function runLighthouse(url: string, port: number): Promise<{ sample: Sample; lhr: Result }> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)])) as Record<Category, number>;
  const sample: Sample = {
    scores,
    lcpMs: numericAudit(lhr, 'largest-contentful-paint'),
    tbtMs: numericAudit(lhr, 'total-blocking-time'),
    cls: numericAudit(lhr, 'cumulative-layout-shift'),
    totalBytes: numericAudit(lhr, 'total-byte-weight'),
    scriptBytes: scriptTransferBytes(lhr),
    failing: failingAudits(lhr),
  };
  return { sample, lhr };
}
