/**
 * Quotation marks in Chinese copy: matching “…”, 「…」 and nested 『…』 (‘…’ inside “…”), linking a
 * quote continued over paragraphs, finding marks that do not match. Where the marks are, not what
 * the words inside them are (quotes.ts decides that).
 *
 * Sources print broken marks (`…可靠的平台。“` closes a quote with an opening mark), and the archive
 * keeps them; reading around them is conservative: no quote is read across a mark that does not
 * match, and the rest of the paragraph is still read. Matching is one pass with a stack, so it is
 * linear in the paragraph's length however the marks are arranged.
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
  /** Matched spans that hold no unmatched mark, plus the open-ended piece of a quote the next paragraph continues. */
  spans: QuoteSpan[];
  /** Marks with no partner: closing nothing, or opened and neither closed nor continued. */
  unbalanced: UnclosedMark[];
  /** The paragraph's first top-level span carries on the quote left open at the end of the paragraph before. */
  continuesPrevious: boolean;
  /** A mark opened and never closed whose words are read to the paragraph's end, the closing mark taken as lost. */
  readToEnd?: UnclosedMark;
}

const PAIRS = new Map([['“', '”'], ['「', '」'], ['『', '』'], ['‘', '’']]);
const OPENER_OF = new Map([...PAIRS].map(([open, close]) => [close, open]));
const ANY_MARK = /[“”「」『』‘’"]/g;
/** The straight ASCII double quote, one mark for both ends: it opens when none is open and closes the one that is. */
const STRAIGHT = '"';

/** Whether a mark opens a quote (“ 「 『 ‘) rather than closing one. */
export function isOpeningMark(mark: string): boolean {
  return PAIRS.has(mark);
}

/** Spans and unbalanced marks of one paragraph, plus the marks still open at its end (outermost first). */
function scanMarks(text: string): { spans: QuoteSpan[]; unbalanced: UnclosedMark[]; leftOpen: UnclosedMark[] } {
  const spans: QuoteSpan[] = [];
  const unbalanced: UnclosedMark[] = [];
  const open: UnclosedMark[] = [];
  // How many of each opening mark the stack holds, so a closing mark knows in O(1) whether its opener is open.
  const openCount = new Map<string, number>();
  const push = (mark: UnclosedMark) => {
    open.push(mark);
    openCount.set(mark.mark, (openCount.get(mark.mark) ?? 0) + 1);
  };
  const pop = (): UnclosedMark | undefined => {
    const mark = open.pop();
    if (mark !== undefined) openCount.set(mark.mark, (openCount.get(mark.mark) ?? 1) - 1);
    return mark;
  };
  // Straight quotes that pair up in the paragraph are quote marks like “…” (LABELS.md); an odd one
  // out (`“朵唯12promax"`, 5" for inches) is typography, and then none of them is read.
  const pairsStraight = (text.split(STRAIGHT).length - 1) % 2 === 0;
  for (const found of text.matchAll(ANY_MARK)) {
    const offset = found.index;
    const mark = found[0];
    if (mark === STRAIGHT) {
      if (!pairsStraight) continue;
      if ((openCount.get(STRAIGHT) ?? 0) === 0) {
        push({ offset, mark });
        continue;
      }
    }
    else if (PAIRS.has(mark)) {
      // ‘ is only a quote inside “…”; elsewhere it is typography we leave alone.
      if (mark !== '‘' || (openCount.get('“') ?? 0) > 0) push({ offset, mark });
      continue;
    }
    const opener = mark === STRAIGHT ? STRAIGHT : OPENER_OF.get(mark);
    if (opener === undefined) continue;
    if ((openCount.get(opener) ?? 0) === 0) {
      // A lone ’ is an apostrophe (Xiaomi’s), not a broken quote.
      if (mark !== '’') unbalanced.push({ offset, mark });
      continue;
    }
    // Marks opened inside the one this closes and never closed are stranded: unmatched. Each mark
    // is popped once, so this stays linear.
    for (let top = pop(); top !== undefined; top = pop()) {
      if (top.mark === opener) {
        spans.push({ open: opener, close: mark, start: top.offset, end: offset + 1, inner: text.slice(top.offset + 1, offset), depth: open.length });
        break;
      }
      unbalanced.push(top);
    }
  }
  unbalanced.push(...open);
  unbalanced.sort((a, b) => a.offset - b.offset);
  return { spans: spans.sort((a, b) => a.start - b.start), unbalanced, leftOpen: open };
}

/** Whether any of the sorted offsets lies in [start, end). */
function holdsAny(sortedOffsets: readonly number[], start: number, end: number): boolean {
  let low = 0;
  let high = sortedOffsets.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sortedOffsets[middle] ?? 0) < start) low = middle + 1;
    else high = middle;
  }
  return low < sortedOffsets.length && (sortedOffsets[low] ?? end) < end;
}

/**
 * The spans that hold no unmatched mark: no quote is read across a mark that does not match. A
 * span's depth then counts only the spans kept around it, so a quote after a mark left open
 * (`“朵唯12promax"…購買的“12pro”`) is read as the top-level quote it is.
 */
function withoutUnmatched(spans: readonly QuoteSpan[], unbalanced: readonly UnclosedMark[]): QuoteSpan[] {
  if (unbalanced.length === 0) return [...spans];
  const offsets = unbalanced.map((mark) => mark.offset);
  const kept = spans.filter((span) => !holdsAny(offsets, span.start + 1, span.end));
  const enclosing: number[] = [];
  return kept.map((span) => {
    while (enclosing.length > 0 && (enclosing.at(-1) ?? 0) <= span.start) enclosing.pop();
    const depth = enclosing.length;
    enclosing.push(span.end);
    return depth === span.depth ? span : { ...span, depth };
  });
}

/** Finds quote spans in “…”, 「…」 and nested 『…』 (also ‘…’ nested in “…”), and the marks that never close or close without opening. */
export function scanQuoteMarks(text: string): { spans: QuoteSpan[]; unbalanced: UnclosedMark[] } {
  const { spans, unbalanced } = scanMarks(text);
  return { spans: withoutUnmatched(spans, unbalanced), unbalanced };
}

/** Whether a paragraph opens (after spaces or dashes) with `mark`: how a quote left open is continued. */
function opensWithMark(text: string | undefined, mark: string): boolean {
  return text !== undefined && text.replace(/^[\s—–－-]*/, '').startsWith(mark);
}

/**
 * Scans consecutive paragraphs. A quote left open at the end of a paragraph whose next paragraph
 * opens with the same mark is continued there (the typographic convention in Chinese and English:
 * reopen at each paragraph, close only at the end); each piece becomes a span of its own paragraph.
 * A piece is only continued when nothing after its opening mark is unmatched.
 */
export function scanParagraphQuoteMarks(texts: readonly string[]): ParagraphMarks[] {
  const scans = texts.map(scanMarks);
  /** The outermost mark left open in paragraph `index`, when the paragraph after continues it. */
  const runsOn = (index: number): UnclosedMark | null => {
    const scan = scans[index];
    const outermost = scan?.leftOpen[0];
    if (scan === undefined || outermost === undefined || !opensWithMark(texts[index + 1], outermost.mark)) return null;
    return scan.unbalanced.some((mark) => mark.offset > outermost.offset) ? null : outermost;
  };
  /**
   * A quote opened and never closed, the paragraph's only stray mark, after a colon or comma or opening a sentence, and running
   * to a sentence's end at the end of the paragraph (叶檀分析认为，…。“从该产品设计来看，…共担风险。): the closing mark was lost, and
   * a reader takes the words to the paragraph's end.
   */
  const lostClose = (index: number): UnclosedMark | null => {
    const scan = scans[index];
    const text = texts[index] ?? '';
    const only = scan?.unbalanced.length === 1 ? scan.leftOpen[0] : undefined;
    if (only === undefined || scan?.unbalanced[0] !== only || !'“「'.includes(only.mark)) return null;
    const before = text.slice(0, only.offset).trimEnd();
    const inner = text.slice(only.offset + 1).trimEnd();
    // Another quote after it (“三聚氰胺事件以来…信心。蒙牛…高声疾呼“国产奶粉历史最好”…) leaves where the words end unknown.
    return (before === '' || /[：:，,。！？!?]$/u.test(before)) && /[。！？!?]$/u.test(inner) && [...inner].length >= 8 && !/[“”「」『』]/u.test(inner) ? only : null;
  };
  return scans.map(({ spans, unbalanced }, index) => {
    const continuesPrevious = index > 0 && runsOn(index - 1) !== null;
    const continued = runsOn(index);
    const piece = continued ?? (continuesPrevious ? null : lostClose(index));
    if (piece === null) return { spans: withoutUnmatched(spans, unbalanced), unbalanced, continuesPrevious };
    const text = texts[index] ?? '';
    const openEnded: QuoteSpan = { open: piece.mark, close: '', start: piece.offset, end: text.length, inner: text.slice(piece.offset + 1), depth: 0 };
    const rest = unbalanced.filter((mark) => mark !== piece);
    return { spans: [...withoutUnmatched(spans, rest), openEnded].sort((a, b) => a.start - b.start), unbalanced: rest, continuesPrevious, ...(continued === null ? { readToEnd: piece } : {}) };
  });
}

/**
 * A paragraph's marks with each paired straight quote ("…") read as the curly pair (“…”) it stands for, and the
 * text to read with them: every rule about who speaks is written for the marks Chinese copy prints, and a wire
 * or WeChat reprint with straight quotes ("…"他告诉德国之声，"…") is the same sentence. Each mark is one code unit
 * either way, so offsets and the words inside stay the source's.
 */
function readStraightQuotesAsCurly(text: string, marks: ParagraphMarks): { text: string; marks: ParagraphMarks } {
  const straight = marks.spans.filter((span) => span.open === STRAIGHT);
  if (straight.length === 0) return { text, marks };
  const characters = text.split('');
  for (const span of straight) {
    characters[span.start] = '“';
    if (span.close === STRAIGHT) characters[span.end - 1] = '”';
  }
  const spans = marks.spans.map((span) => span.open === STRAIGHT ? { ...span, open: '“', close: span.close === STRAIGHT ? '”' : span.close } : span);
  return { text: characters.join(''), marks: { ...marks, spans } };
}

/** Paragraphs as the attribution rules read them: straight quote pairs curled (readStraightQuotesAsCurly), with their marks. */
export function readingCopy<Paragraph extends { text: string }>(paragraphs: readonly Paragraph[]): { paragraphs: Paragraph[]; marks: ParagraphMarks[] } {
  const readings = scanParagraphQuoteMarks(paragraphs.map((paragraph) => paragraph.text)).map((found, index) => readStraightQuotesAsCurly(paragraphs[index]?.text ?? '', found));
  return { paragraphs: paragraphs.map((paragraph, index) => ({ ...paragraph, text: withoutQuoteTickers(readings[index]?.text ?? paragraph.text) })), marks: readings.map((reading) => reading.marks) };
}

/** A live share price a portal prints after a company's name (光大银行(3.980, 0.10, 2.58%)): price, change, per cent. */
const SHARE_PRICE_TICKER = /[（(]\s*-?\d+(?:\.\d+)?\s*[,，]\s*[+-]?\d+(?:\.\d+)?\s*[,，]\s*[+-]?\d+(?:\.\d+)?%\s*[）)]/gu;

/**
 * The reading copy without a portal's share-price tickers, blanked to spaces of the same length: their commas would end the
 * clause inside a speaker's description (光大银行(3.980, 0.10, 2.58%)金融市场部分析师周茂华称), and they are no words of the story.
 */
function withoutQuoteTickers(text: string): string {
  return text.replace(SHARE_PRICE_TICKER, (ticker) => ' '.repeat(ticker.length));
}

/** A speaker's description without the tickers inside it (光大银行金融市场部分析师): they describe the market, not the person. */
export function withoutShareTickers(words: string): string {
  return words.replace(SHARE_PRICE_TICKER, '');
}

/** Blanks the words inside quotes so their punctuation and verbs do not count as the narrator's. */
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const { start, inner } of [...spans].sort((a, b) => a.start - b.start)) {
    const innerStart = start + 1;
    const innerEnd = innerStart + inner.length;
    // Nested spans lie inside one already blanked.
    if (innerEnd <= from) continue;
    parts.push(text.slice(from, Math.max(from, innerStart)), '□'.repeat(innerEnd - Math.max(from, innerStart)));
    from = innerEnd;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** How a mark fails to match, for the message that names it. */
export type MarkTrouble = 'unclosed' | 'unopened' | 'mismatched';

/**
 * Tells apart the ways a paragraph's unmatched marks fail: a mark opened and never closed, a
 * closing mark with nothing open, and a mark that looks like the source closing a quote with the
 * wrong mark (a second “ where ” belongs, `“…“`; or 」 closing a “). `partner` is the earlier mark
 * it seems meant to close.
 */
export function describeUnmatched(unbalanced: readonly UnclosedMark[]): { mark: UnclosedMark; trouble: MarkTrouble; partner: UnclosedMark | null }[] {
  const described: { mark: UnclosedMark; trouble: MarkTrouble; partner: UnclosedMark | null }[] = [];
  let lastOpen: UnclosedMark | null = null;
  for (const mark of unbalanced) {
    const opening = isOpeningMark(mark.mark);
    if (lastOpen !== null && (mark.mark === lastOpen.mark || !opening)) {
      described.push({ mark, trouble: 'mismatched', partner: lastOpen });
      lastOpen = null;
      continue;
    }
    described.push({ mark, trouble: opening ? 'unclosed' : 'unopened', partner: null });
    lastOpen = opening ? mark : null;
  }
  return described;
}
