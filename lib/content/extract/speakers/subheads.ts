import type { LocatedParagraph, Quote } from '../../model';

/**
 * A feature of many voices heads each account with a line quoted from it (“希望孩子过得比我们好”): the
 * words are those of the one who says them further down, not of whoever spoke just above the subhead.
 */

/** A paragraph that is one short quote and nothing else, with no sentence end inside: a subhead quoting the text below. */
const QUOTED_SUBHEAD = /^\s*[“「『]([^“”「」『』]{2,30})[”」』]\s*$/u;

/** The words of a quoted subhead, or null when the paragraph is anything else. */
export function quotedSubheadOf(text: string): string | null {
  const words = QUOTED_SUBHEAD.exec(text)?.[1];
  return words === undefined || /[。！？!?…]$/u.test(words) ? null : words;
}

/** A paragraph that is one quoted sentence and nothing else (“坚持开放，扩大合作。”), as a report may open on the line it quotes below. */
const QUOTED_PARAGRAPH = /^\s*[“「『]([^“”「」『』]{6,120})[”」』]\s*$/u;

/** The words of a paragraph that is only a quoted sentence, without its end mark; null otherwise. */
function quotedParagraphOf(text: string): string | null {
  return QUOTED_PARAGRAPH.exec(text)?.[1]?.replace(/[。！？!?…]+$/u, '') ?? null;
}

const paragraphIndexes = new WeakMap<readonly LocatedParagraph[], Map<string, number>>();

/** Where a paragraph stands in the article (-1 when absent), looked up once per article, not searched for every quote. */
function paragraphIndexOf(paragraphs: readonly LocatedParagraph[], paragraphId: string): number {
  let indexes = paragraphIndexes.get(paragraphs);
  if (indexes === undefined) {
    indexes = new Map(paragraphs.map((paragraph, index) => [paragraph.paragraphId, index]));
    paragraphIndexes.set(paragraphs, indexes);
  }
  return indexes.get(paragraphId) ?? -1;
}

/** The length of the longest run of characters two texts share. */
function longestSharedRun(a: string, b: string): number {
  let best = 0;
  for (let start = 0; start < a.length; start += 1) {
    for (let end = start + best + 1; end <= a.length && b.includes(a.slice(start, end)); end += 1) best = end - start;
  }
  return best;
}

/**
 * Whether a quote below repeats the subhead's words: a run of six characters or more that is at least
 * two fifths of the subhead (“新年愿望是给家人安稳的生活” in “…明年…首付买一套房，给家人安稳的生活。”).
 */
function repeats(subhead: string, quote: string): boolean {
  const run = longestSharedRun(subhead, quote);
  return run >= 6 && run * 5 >= subhead.length * 2;
}

/**
 * How many paragraphs below a quoted subhead or a quoted sentence its speaker is looked for: an account runs a few dozen
 * paragraphs at most, and looking to the end of a long article for every such quote made its reading quadratic.
 */
const ACCOUNT_REACH = 50;

/**
 * The speaker a subhead quote is given by the account below it: the first speech with a speaker, up
 * to the next quoted subhead, whose words repeat the subhead's. Null when no quote below repeats it.
 */
export function subheadSpeaker(quote: Quote, quotes: readonly Quote[], paragraphs: readonly LocatedParagraph[]): Pick<Quote, 'speaker' | 'role'> | null {
  const index = paragraphIndexOf(paragraphs, quote.paragraphId);
  const text = paragraphs[index]?.text ?? '';
  const subhead = quotedSubheadOf(text);
  // A whole quoted sentence is the one below only when said there word for word.
  const sentence = subhead === null ? quotedParagraphOf(text) : null;
  if (subhead === null && sentence === null) return null;
  const end = Math.min(nextSubheadAfter(paragraphs, index), index + 1 + ACCOUNT_REACH);
  // Words the speaker below only quotes (‘该消息可能含有不适宜内容’ inside her account) are not hers: the subhead is someone else's line.
  const ownWords = (words: string) => words.replace(/[‘『“「][^‘’『』“”「」]*[’』”」]/gu, '');
  const byParagraph = quotesByParagraph(quotes);
  for (let at = index + 1; at < end; at += 1) {
    const source = (byParagraph.get(paragraphs[at]?.paragraphId ?? '') ?? []).find((other) => other.kind === 'speech' && other.speaker !== null && (subhead !== null ? repeats(subhead, ownWords(other.text)) : ownWords(other.text).includes(sentence ?? '')));
    if (source !== undefined) return { speaker: source.speaker, role: source.role };
  }
  return null;
}

const nextSubheads = new WeakMap<readonly LocatedParagraph[], number[]>();

/** Where the next quoted subhead after a paragraph stands (the article's length when none), found in one pass per article. */
function nextSubheadAfter(paragraphs: readonly LocatedParagraph[], index: number): number {
  let next = nextSubheads.get(paragraphs);
  if (next === undefined) {
    next = new Array<number>(paragraphs.length);
    let following = paragraphs.length;
    for (let at = paragraphs.length - 1; at >= 0; at -= 1) {
      next[at] = following;
      if (quotedSubheadOf(paragraphs[at]?.text ?? '') !== null) following = at;
    }
    nextSubheads.set(paragraphs, next);
  }
  return next[index] ?? paragraphs.length;
}

const groupedQuotes = new WeakMap<readonly Quote[], Map<string, Quote[]>>();

/** The quotes of each paragraph, in order, grouped once per list of quotes. */
function quotesByParagraph(quotes: readonly Quote[]): Map<string, Quote[]> {
  let grouped = groupedQuotes.get(quotes);
  if (grouped === undefined) {
    grouped = new Map();
    for (const quote of quotes) {
      const inParagraph = grouped.get(quote.paragraphId);
      if (inParagraph === undefined) grouped.set(quote.paragraphId, [quote]);
      else inParagraph.push(quote);
    }
    groupedQuotes.set(quotes, grouped);
  }
  return grouped;
}

/**
 * Gives each quoted subhead the speaker of the account below that repeats it, and takes away the one
 * carried over from above when none does (precision first: the subhead is not the last speaker's line).
 */
export function attributeQuotedSubheads(quotes: readonly Quote[], paragraphs: readonly LocatedParagraph[]): Quote[] {
  return quotes.map((quote) => {
    if (quote.kind !== 'speech') return quote;
    const text = paragraphs[paragraphIndexOf(paragraphs, quote.paragraphId)]?.text ?? '';
    if (quotedSubheadOf(text) !== null) {
      const found = subheadSpeaker(quote, quotes, paragraphs);
      return { ...quote, speaker: found?.speaker ?? null, role: found?.role ?? null };
    }
    // A quoted sentence standing alone keeps the speaker it goes on with from above; one with none may take the one below who says it.
    if (quote.speaker !== null || quotedParagraphOf(text) === null) return quote;
    const found = subheadSpeaker(quote, quotes, paragraphs);
    return found === null ? quote : { ...quote, speaker: found.speaker, role: found.role };
  });
}
