import { createHash } from 'node:crypto';
import type { DiagnosticSink } from './diagnostics';
import type { ParsedFrontmatter } from './frontmatter';
import type { Correction, Provenance } from './model';

/**
 * Provenance a reader can verify: the day the copy was taken and a fixity hash of the body as
 * archived, so "the text is unchanged since capture" is a checked promise (the hash manifest,
 * lib/content/published-hashes.ts, holds each published body to it). Headings are the archive's
 * own and are not hashed; the source's paragraphs are.
 */

/** SHA-256 (hex) of the body: every paragraph's text in reading order, joined with U+000A, as UTF-8. */
export function bodySha256(sections: readonly { paragraphs: readonly { text: string }[] }[]): string {
  const body = sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text)).join('\n');
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

/** The article's provenance from its frontmatter and its parsed body. */
export function provenanceOf(captured: string | undefined, sections: readonly { paragraphs: readonly { text: string }[] }[]): Provenance {
  return { captured: captured ?? null, sha256: bodySha256(sections) };
}

/** The corrections log, oldest first (a stable sort keeps the order written for one day). */
export function correctionsOf(corrections: readonly Correction[] | undefined): Correction[] {
  return [...(corrections ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** A correction cannot predate the copy it corrects. */
export function checkCorrections({ data, pointOf }: ParsedFrontmatter, sink: DiagnosticSink): void {
  const captured = data.captured;
  if (captured === undefined) return;
  (data.corrections ?? []).forEach((correction, index) => {
    if (correction.date < captured) {
      sink.error(pointOf(['corrections', index, 'date']), 'correction-before-capture', `correction dated ${correction.date} is before the copy was captured (${captured})`);
    }
  });
}
