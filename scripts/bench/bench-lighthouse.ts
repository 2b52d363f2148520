import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/browser/chromium';

/**
 * Lighthouse 12 (default config: mobile preset) for the four categories, reduced to the numbers
 * the bench compares, in a Chromium launched with the browser tests' flags.
 */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export const MEASURES = [...CATEGORIES, 'lcpMs', 'tbtMs', 'cls', 'totalBytes', 'scriptBytes'] as const;
export type Measure = (typeof MEASURES)[number];

/** An audit that kept a category below 100, with what Lighthouse showed for it. */
export interface FailingAudit {
  id: string;
  category: Category;
  score: number;
  title: string;
  displayValue: string | null;
  items: unknown[];
}

/** One Lighthouse run of one page. */
export interface Sample {
  measures: Record<Measure, number>;
  failing: FailingAudit[];
  /** Audits Lighthouse could not compute in this Chromium (they show as errors, unscored). */
  errored: string[];
}

/** Launches Debian's Chromium through chrome-launcher with the browser tests' flags. */
export async function launchLighthouseChromium(): Promise<LaunchedChrome> {
  // Only our flags: Playwright's own switches (no back/forward cache, no paint holding) would skew Lighthouse.
  return launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_FLAGS] });
}

/** Reads a numeric audit value, failing loudly when Lighthouse did not produce it. */
function numericAudit(lhr: Result, id: string): number {
  const value = lhr.audits[id]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse gave no value for "${id}" on ${lhr.finalDisplayedUrl}: ${lhr.audits[id]?.errorMessage ?? 'missing audit'}`);
  return value;
}

/** Sums the transfer sizes of the script requests in the network-requests audit. */
function scriptTransferBytes(lhr: Result): number {
  const details = lhr.audits['network-requests']?.details;
  if (details?.type !== 'table') throw new Error(`Lighthouse gave no network-requests table for ${lhr.finalDisplayedUrl}`);
  return details.items
    .filter((item) => item.resourceType === 'Script')
    .reduce((total, item) => total + (typeof item.transferSize === 'number' ? item.transferSize : 0), 0);
}

/** Lists the weighted audits of each category that did not get a full score. */
function findFailingAudits(lhr: Result): FailingAudit[] {
  return CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) return [];
      const items = audit.details && 'items' in audit.details && Array.isArray(audit.details.items) ? audit.details.items : [];
      return [{ id: ref.id, category, score: audit.score, title: audit.title, displayValue: audit.displayValue ?? null, items }];
    }),
  );
}

/** Runs Lighthouse once on `url` in a new tab of the Chromium listening on `port`. */
export async function runLighthouse(url: string, port: number): Promise<{ sample: Sample; lhr: Result }> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (category: Category): number => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const measures: Record<Measure, number> = {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcpMs: numericAudit(lhr, 'largest-contentful-paint'),
    tbtMs: numericAudit(lhr, 'total-blocking-time'),
    cls: numericAudit(lhr, 'cumulative-layout-shift'),
    totalBytes: numericAudit(lhr, 'total-byte-weight'),
    scriptBytes: scriptTransferBytes(lhr),
  };
  const errored = Object.values(lhr.audits).flatMap((audit) => (audit.scoreDisplayMode === 'error' ? [audit.id] : []));
  return { sample: { measures, failing: findFailingAudits(lhr), errored }, lhr };
}
