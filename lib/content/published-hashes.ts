import type { Diagnostic } from './diagnostics';
import type { Article } from './model';

/**
 * The fixity manifest (`content/published-hashes.txt`, beside the published-ids manifest): for
 * each published article, the SHA-256 of its body when first published, and after it the hash of
 * every declared correction, one line each, never removed: `slug sha256 corrections`, where
 * `corrections` is how many corrections the article declared when that hash was recorded.
 *
 * The rule: a published body must hash to the last hash recorded for it. It may change only when
 * the article declares a correction that was not there when that hash was recorded (more entries
 * under `corrections:`); `npm run ids:update` then records the new hash below the old ones (and a
 * new count even when the text stayed the same, so an old correction cannot cover a later
 * change). A declared correction is never taken back: fewer corrections than recorded is an error too.
 */

export const HASH_MANIFEST_HEADER = [
  '# The body hash of every published article: `slug sha256 corrections`, oldest first, never removed.',
  '# sha256: the paragraph texts joined with U+000A, UTF-8. corrections: how many the article declared then.',
  '# A published body must keep its last hash unless the article declares a new correction;',
  '# `npm run ids:update` records the first hash and every corrected one.',
];

export interface HashEntry {
  slug: string;
  sha256: string;
  corrections: number;
  line: number;
}

const ENTRY = /^([a-z0-9]+(?:-[a-z0-9]+)*)\s+([0-9a-f]{64})\s+(\d+)$/;

/** Reads the manifest's entries, and a diagnostic for each line that is not one. */
export function parseHashManifest(path: string, text: string): { entries: HashEntry[]; diagnostics: Diagnostic[] } {
  const entries: HashEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = ENTRY.exec(line);
    if (!match) {
      diagnostics.push({ path, line: index + 1, column: 1, ruleId: 'hash-manifest-line', message: 'not a "slug sha256 corrections" line', fatal: true });
      return;
    }
    entries.push({ slug: match[1]!, sha256: match[2]!, corrections: Number(match[3]), line: index + 1 });
  });
  return { entries, diagnostics };
}

/** The last entry recorded for an article, under its slug or any slug it had before. */
function lastEntryOf(article: Article, entries: readonly HashEntry[]): HashEntry | undefined {
  const names = new Set([article.slug, ...article.formerSlugs]);
  return entries.filter((entry) => names.has(entry.slug)).at(-1);
}

/** Reports every published article whose body changed without a new declared correction. */
export function checkHashManifest(
  path: string,
  text: string,
  articles: readonly Article[],
  pathOf: (article: Article) => string,
  /** Slugs the published-ids manifest lists: a published article should have a recorded hash. */
  publishedSlugs: ReadonlySet<string> = new Set(),
): Diagnostic[] {
  const { entries, diagnostics } = parseHashManifest(path, text);
  for (const article of articles) {
    const last = lastEntryOf(article, entries);
    if (!last) {
      if (publishedSlugs.has(article.slug)) {
        diagnostics.push({
          path: pathOf(article), line: 1, column: 1, ruleId: 'body-hash-missing', fatal: false,
          message: `published, but its body hash is not recorded in ${path}, so a change to its text would go unnoticed: run "npm run ids:update"`,
        });
      }
      continue;
    }
    const declared = article.corrections.length;
    if (declared < last.corrections) {
      diagnostics.push({
        path: pathOf(article), line: 1, column: 1, ruleId: 'correction-removed', fatal: true,
        message: `${declared} correction(s) declared, but ${last.corrections} were published (${path}:${last.line}): a published correction stays in the log`,
      });
      continue;
    }
    if (article.provenance.sha256 === last.sha256) continue;
    if (declared > last.corrections) {
      diagnostics.push({
        path: pathOf(article), line: 1, column: 1, ruleId: 'body-corrected', fatal: false,
        message: `the body changed since ${path}:${last.line} and a correction is declared: run "npm run ids:update" to record its new hash`,
      });
      continue;
    }
    diagnostics.push({
      path: pathOf(article), line: 1, column: 1, ruleId: 'body-changed', fatal: true,
      message: `the published body changed (sha256 ${article.provenance.sha256.slice(0, 12)}…, recorded ${last.sha256.slice(0, 12)}… at ${path}:${last.line}): restore the text as captured, or declare the change under "corrections:" (- date: YYYY-MM-DD, note: …)`,
    });
  }
  return diagnostics;
}

/** Appends the hash of each newly published or newly corrected body (never removing a line). */
export function updateHashManifest(text: string, articles: readonly Article[]): { text: string; recorded: string[] } {
  const { entries } = parseHashManifest('', text);
  const added = articles.flatMap((article) => {
    const last = lastEntryOf(article, entries);
    // A new correction is recorded even when the text is the same, so that it cannot later cover a change it did not declare.
    return !last || article.corrections.length > last.corrections ? [`${article.slug} ${article.provenance.sha256} ${article.corrections.length}`] : [];
  });
  const base = text.trim() === '' ? `${HASH_MANIFEST_HEADER.join('\n')}\n` : text.endsWith('\n') ? text : `${text}\n`;
  return { text: added.length > 0 ? `${base}${added.join('\n')}\n` : base, recorded: added.map((line) => line.split(' ')[0]!) };
}
