import type { DateMention } from '../dates';
import { isOneOf } from '../dates';

/** Sentences and clauses of a paragraph: where the statement holding a date begins and ends. */

/** Sentence ends; the ASCII ones appear in copy typed on Latin keyboards. */
const SENTENCE_ENDS = '。！？；!?;\n】';

/** Whether a character ends a sentence; an ASCII full stop does only after Chinese text (`一季報.報告顯示`), not in `1249.44` or `U.S.`. */
export function isSentenceEnd(text: string, index: number): boolean {
  const c = text.charAt(index);
  if (c === '.') return /[\u3400-\u9fff”」』）)]/.test(text.charAt(index - 1));
  return isOneOf(SENTENCE_ENDS, c);
}

/** Clause boundaries inside a sentence. */
const CLAUSE_MARKS = '，,：:';

/** Whether a character ends a clause; an ASCII comma between digits is a thousands separator. */
export function isClauseBoundary(text: string, index: number): boolean {
  const c = text.charAt(index);
  if (!isOneOf(CLAUSE_MARKS, c)) return false;
  return !(c === ',' && /[0-9]/.test(text.charAt(index - 1)) && /[0-9]/.test(text.charAt(index + 1)));
}

/** Offset where the sentence holding `index` starts. */
export function sentenceStart(text: string, index: number): number {
  for (let i = index - 1; i >= 0; i -= 1) if (isSentenceEnd(text, i)) return i + 1;
  return 0;
}

/** Offset where the sentence holding `index` ends (its terminator excluded). */
export function sentenceEnd(text: string, index: number): number {
  for (let i = index; i < text.length; i += 1) if (isSentenceEnd(text, i)) return i;
  return text.length;
}

/** Offset where the clause holding `index` starts: just after the last boundary in its sentence. */
export function clauseStart(text: string, index: number): number {
  const floor = sentenceStart(text, index);
  for (let i = index - 1; i >= floor; i -= 1) if (isClauseBoundary(text, i)) return i + 1;
  return floor;
}

/** Offset where the clause holding `index` ends: its next boundary or sentence end. */
export function clauseEnd(text: string, index: number): number {
  for (let i = index; i < text.length; i += 1) if (isClauseBoundary(text, i) || isSentenceEnd(text, i)) return i;
  return text.length;
}

/** Openers and their closers; a clause cut out of a sentence may keep only one of a pair. */
const BRACKETS = new Map([['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』'], ['（', '）'], ['(', ')'], ['《', '》'], ['【', '】']]);
const CLOSERS = new Map([...BRACKETS].map(([open, close]) => [close, open]));
const EDGE_PUNCTUATION = /^[\s，,、:：;；。.!！?？…—–\-·]+|[\s，,、:：;；。.!！?？…—–\-·]+$/g;

/** Counts a character in a string. */
function count(text: string, c: string): number {
  return text.split(c).length - 1;
}

/** Whether the first character opens a pair that the rest never closes, or is a stray closer. */
function hasUnpairedStart(text: string): boolean {
  const first = text.charAt(0);
  if (CLOSERS.has(first)) return true;
  const close = BRACKETS.get(first);
  if (close !== undefined) return count(text, first) > count(text, close);
  return first === '"' && count(text, '"') % 2 === 1;
}

/** Whether the last character closes a pair that was opened before the clause, or is a stray opener. */
function hasUnpairedEnd(text: string): boolean {
  const last = text.charAt(text.length - 1);
  if (BRACKETS.has(last)) return true;
  const open = CLOSERS.get(last);
  if (open !== undefined) return count(text, last) > count(text, open);
  return last === '"' && count(text, '"') % 2 === 1;
}

/** Quotation marks and their closers; a straight `"` closes itself. */
const QUOTE_MARKS = new Map([['“', '”'], ['「', '」'], ['『', '』']]);

/** How far back a date looks for the quote it may stand in: further than any real quote runs. */
const QUOTE_REACH = 1000;

/**
 * Where the quotation open at `index` closes, or null when `index` is not inside one. A date said
 * inside a quote (`“2024年，經濟將回升，”他表示`) states its event in the speaker's words, so its
 * clause ends with the quote and does not run on into the attribution.
 */
export function quoteEnd(text: string, index: number): number | null {
  const open: string[] = [];
  // Looking back a bounded stretch keeps a paragraph of thousands of dates linear (4,000 took 2.3 s).
  for (let i = Math.max(0, index - QUOTE_REACH); i < index; i += 1) {
    const c = text.charAt(i);
    const closesInnermost = open.length > 0 && (QUOTE_MARKS.get(open.at(-1) ?? '') ?? '"') === c;
    if (closesInnermost) open.pop();
    else if (QUOTE_MARKS.has(c) || c === '"') open.push(c);
  }
  const innermost = open.at(-1);
  if (innermost === undefined) return null;
  const close = text.indexOf(QUOTE_MARKS.get(innermost) ?? '"', index);
  return close === -1 ? null : close;
}

/** Trims punctuation and unpaired quote marks or brackets from both ends; the result stays a substring. */
export function trimClause(text: string): string {
  let trimmed = text;
  for (let previous = ''; previous !== trimmed; ) {
    previous = trimmed;
    trimmed = trimmed.replace(EDGE_PUNCTUATION, '');
    if (hasUnpairedStart(trimmed)) trimmed = trimmed.slice(1);
    if (hasUnpairedEnd(trimmed)) trimmed = trimmed.slice(0, -1);
  }
  return trimmed;
}

/**
 * The clause that states an event: from the start of the clause holding the date (never before
 * `from`, where a dateline ends) to the end of its sentence (or of the quote it is said in), or to
 * the next clause that holds another time, whichever comes first. Dates in the same clause
 * (`2022年底、2023年初這個階段…`) share it.
 */
export function eventClause(text: string, mention: DateMention, eventStarts: readonly number[], from = 0): string {
  const start = Math.max(from, clauseStart(text, mention.start));
  const end = Math.min(sentenceEnd(text, mention.end), quoteEnd(text, mention.start) ?? text.length);
  const clauseStarts = eventStarts.map((offset) => clauseStart(text, offset)).filter((offset) => offset > start && offset < end);
  const [nextClause, afterNext] = clauseStarts;
  if (nextClause !== undefined && isOnlyTheDate(text.slice(start, nextClause), mention.text)) return trimClause(text.slice(start, afterNext ?? end));
  return trimClause(text.slice(start, nextClause ?? end));
}

/** Times of day and marks that may stand beside a date in a clause that says nothing else (`4月29日晚間，`, `同日下午3時，`). */
const TIME_OF_DAY = /^(?:[上下中]午|晚[間间上]|早[上間间晨]|凌晨|傍晚|盤[前中後]|盘[前中后]|[0-9０-９]{1,2}[時时點点](?:[0-9０-９]{1,2}分|半)?|[於于在])*$/;

/**
 * Whether a clause is only its date (`同日，`, `4月29日晚間，`): a leading adverbial that states
 * nothing, so the event is in the clause after it, even when that clause holds a date of its own
 * (`同日，比亞迪宣布將於5月下旬推出新車型`: the announcing is on 同日, the launch in late May).
 */
export function isOnlyTheDate(clause: string, dateText: string): boolean {
  return TIME_OF_DAY.test(trimClause(clause).replace(dateText, ''));
}

