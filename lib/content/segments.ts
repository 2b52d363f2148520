import type { Quote } from './model';

/**
 * A paragraph cut at its speech quotes, so pages can mark who is speaking while the text
 * stays one unbroken run of the source characters.
 */

export type Segment = { kind: 'text'; text: string } | { kind: 'speech'; text: string; quote: Quote };

/** Splits a paragraph's text at its speech quotes; the segments' texts join back to the paragraph exactly. */
export function segmentParagraph(text: string, quotes: readonly Quote[]): Segment[] {
  const speech = quotes.filter((quote) => quote.kind === 'speech').sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const quote of speech) {
    if (quote.start < cursor || quote.end > text.length) continue;
    if (quote.start > cursor) segments.push({ kind: 'text', text: text.slice(cursor, quote.start) });
    segments.push({ kind: 'speech', text: text.slice(quote.start, quote.end), quote });
    cursor = quote.end;
  }
  if (cursor < text.length) segments.push({ kind: 'text', text: text.slice(cursor) });
  return segments;
}
