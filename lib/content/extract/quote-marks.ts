/**
 * Quotation marks in Chinese copy: matching “…”, 「…」 and nested 『…』 (‘…’ inside “…”), linking a
 * quote continued over paragraphs, reporting marks that never close. Where the marks are, not
 * what the words inside them are (quotes.ts decides that).
 */

/**
 * A matched pair of quotation marks; offsets are UTF-16 code units into the paragraph. A piece of a
 * quote continued over paragraphs that runs to its paragraph's end has `close` '' and `end` the
 * paragraph's length.
 */
export interface QuoteSpan { open: string; close: string; start: number; end: number; inner: string; depth: number }

/** A quotation mark with no partner: opened and never closed, or closed without opening. */
export interface UnclosedMark { offset: number; mark: string }

/** One paragraph's quote marks once quotes continued over paragraphs are linked. */
export interface ParagraphMarks {
  /** Matched spans, plus the open-ended piece of a quote the next paragraph continues. */
  spans: QuoteSpan[];
  /** Marks that are errors: closing nothing, or opened and neither closed nor continued. */
  unbalanced: UnclosedMark[];
  /** The paragraph's first top-level span carries on the quote left open at the end of the paragraph before. */
  continuesPrevious: boolean;
}

const PAIRS = new Map([['“', '”'], ['「', '」'], ['『', '』'], ['‘', '’']]);
const OPENER_OF = new Map([...PAIRS].map(([open, close]) => [close, open]));

/** Whether a mark opens a quote (“ 「 『 ‘) rather than closing one. */
export function isOpeningMark(mark: string): boolean {
  return PAIRS.has(mark);
}

/** Spans and unbalanced marks of one paragraph, plus the marks still open at its end (outermost first). */
function scanMarks(text: string): { spans: QuoteSpan[]; unbalanced: UnclosedMark[]; leftOpen: UnclosedMark[] } {
  const spans: QuoteSpan[] = [];
  const unbalanced: UnclosedMark[] = [];
  const open: UnclosedMark[] = [];
  for (let offset = 0; offset < text.length; offset += 1) {
    const mark = text.charAt(offset);
    if (PAIRS.has(mark)) {
      // ‘ is only a quote inside “…”; elsewhere it is typography we leave alone.
      if (mark !== '‘' || open.some((m) => m.mark === '“')) open.push({ offset, mark });
      continue;
    }
    const opener = OPENER_OF.get(mark);
    if (opener === undefined) continue;
    const depth = open.map((m) => m.mark).lastIndexOf(opener);
    if (depth === -1) {
      // A lone ’ is an apostrophe (Xiaomi’s), not a broken quote.
      if (mark !== '’') unbalanced.push({ offset, mark });
      continue;
    }
    const [first, ...stranded] = open.splice(depth);
    unbalanced.push(...stranded);
    if (first === undefined) continue;
    spans.push({ open: opener, close: mark, start: first.offset, end: offset + 1, inner: text.slice(first.offset + 1, offset), depth });
  }
  return { spans: spans.sort((a, b) => a.start - b.start), unbalanced: [...unbalanced, ...open].sort((a, b) => a.offset - b.offset), leftOpen: open };
}

/** Finds quote spans in “…”, 「…」 and nested 『…』 (also ‘…’ nested in “…”), and reports marks that never close or close without opening. */
export function scanQuoteMarks(text: string): { spans: QuoteSpan[]; unbalanced: UnclosedMark[] } {
  const { spans, unbalanced } = scanMarks(text);
  return { spans, unbalanced };
}

/** Whether a paragraph opens (after spaces or dashes) with `mark`: how a quote left open is continued. */
function opensWithMark(text: string | undefined, mark: string): boolean {
  return text !== undefined && text.replace(/^[\s—–－-]*/, '').startsWith(mark);
}

/**
 * Scans consecutive paragraphs. A quote left open at the end of a paragraph whose next paragraph
 * opens with the same mark is continued there (the typographic convention in Chinese and English:
 * reopen at each paragraph, close only at the end); each piece becomes a span of its own paragraph.
 */
export function scanParagraphQuoteMarks(texts: readonly string[]): ParagraphMarks[] {
  const scans = texts.map(scanMarks);
  /** The outermost mark left open in paragraph `index`, when the paragraph after continues it. */
  const runsOn = (index: number): UnclosedMark | null => {
    const outermost = scans[index]?.leftOpen[0];
    return outermost !== undefined && opensWithMark(texts[index + 1], outermost.mark) ? outermost : null;
  };
  return scans.map(({ spans, unbalanced }, index) => {
    const continuesPrevious = index > 0 && runsOn(index - 1) !== null;
    const piece = runsOn(index);
    if (piece === null) return { spans, unbalanced, continuesPrevious };
    const text = texts[index] ?? '';
    const openEnded: QuoteSpan = { open: piece.mark, close: '', start: piece.offset, end: text.length, inner: text.slice(piece.offset + 1), depth: 0 };
    return { spans: [...spans, openEnded].sort((a, b) => a.start - b.start), unbalanced: unbalanced.filter((mark) => mark !== piece), continuesPrevious };
  });
}

/** Blanks the words inside quotes so their punctuation and verbs do not count as the narrator's. */
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  let masked = text;
  for (const { start, inner } of spans) masked = masked.slice(0, start + 1) + '□'.repeat(inner.length) + masked.slice(start + 1 + inner.length);
  return masked;
}
