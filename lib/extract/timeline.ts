import type { LocatedParagraph, TimelineEvent } from '../model';
import {
  compareEventDates,
  formatEventDate,
  isOneOf,
  parsePublished,
  resolveExpression,
  scanDateMentions,
  type DateMention,
  type PublishedDate,
} from './dates';

export { compareEventDates } from './dates';

/**
 * The timeline: every statement the text anchors to a date. Dates are found and resolved in
 * `dates.ts`; this module decides which mentions are events, what year context each one gets
 * (in document order, because `同年` means the year named last), and which clause states it.
 */

/** A mention that became an event, before ids and sorting. */
interface DatedMention { mention: DateMention; date: string }

/** Sentence ends; the ASCII ones appear in copy typed on Latin keyboards. */
const SENTENCE_ENDS = '。！？；!?;\n';
/** Clause boundaries inside a sentence. */
const CLAUSE_MARKS = '，,：:';

/** Whether a character ends a clause; an ASCII comma between digits is a thousands separator. */
export function isClauseBoundary(text: string, index: number): boolean {
  const c = text.charAt(index);
  if (!isOneOf(CLAUSE_MARKS, c)) return false;
  return !(c === ',' && /[0-9]/.test(text.charAt(index - 1)) && /[0-9]/.test(text.charAt(index + 1)));
}

/** Offset where the sentence holding `index` starts. */
function sentenceStart(text: string, index: number): number {
  for (let i = index - 1; i >= 0; i -= 1) if (isOneOf(SENTENCE_ENDS, text.charAt(i))) return i + 1;
  return 0;
}

/** Offset where the sentence holding `index` ends (its terminator excluded). */
function sentenceEnd(text: string, index: number): number {
  for (let i = index; i < text.length; i += 1) if (isOneOf(SENTENCE_ENDS, text.charAt(i))) return i;
  return text.length;
}

/** Offset where the clause holding `index` starts: just after the last boundary in its sentence. */
export function clauseStart(text: string, index: number): number {
  const floor = sentenceStart(text, index);
  for (let i = index - 1; i >= floor; i -= 1) if (isClauseBoundary(text, i)) return i + 1;
  return floor;
}

/** Words that make a clause a plan, so a date without a year is the next one, not the last one. */
const FORWARD_BEFORE = /將|将|擬|拟|計劃|计划|預計|预计|預期|预期|有望|準備|准备|打算|定於|定于/;
const FORWARD_AFTER = /^起?(?:將|将|擬|拟)/;

/** Whether the clause around a mention speaks of the future (`將於3月1日召開`, `3月1日起將實施`). */
export function isForwardLooking(text: string, mention: DateMention): boolean {
  const before = text.slice(clauseStart(text, mention.start), mention.start);
  return FORWARD_BEFORE.test(before) || FORWARD_AFTER.test(text.slice(mention.end));
}

/** Whether a mention is only the baseline of a comparison (`較去年同期`, `比上月`, `與2022年相比`), which dates nothing. */
export function isComparisonBaseline(text: string, mention: DateMention): boolean {
  if (isOneOf('較较比', text.charAt(mention.start - 1))) return true;
  return /^(?:同期|相比|相較|相较)/.test(text.slice(mention.end));
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
 * The clause that states an event: from the start of the clause holding the date to the end of
 * its sentence, or to the next clause that holds another event's date, whichever comes first.
 * Dates in the same clause (`2022年底、2023年初這個階段…`) share it.
 */
export function eventClause(text: string, mention: DateMention, eventStarts: readonly number[]): string {
  const start = clauseStart(text, mention.start);
  const end = sentenceEnd(text, mention.end);
  const nextClause = eventStarts.map((offset) => clauseStart(text, offset)).find((offset) => offset > start && offset < end);
  return trimClause(text.slice(start, nextClause ?? end));
}

/** Whether a mention is a whole year named relative to publication (`去年`, `今年`), with no month or quarter. */
export function isBareRelativeYear(mention: DateMention): boolean {
  return mention.kind === 'calendar' && mention.year.kind === 'published' && mention.period.unit === 'year';
}

/** Dates the mentions of one paragraph in text order; returns them with the year named last, for the paragraphs after. */
function dateParagraph(text: string, published: PublishedDate, anchorYear: number | null): { dated: DatedMention[]; anchorYear: number | null } {
  const dated: DatedMention[] = [];
  let lastYear = anchorYear;
  let paragraphYear: number | null = null;
  for (const mention of scanDateMentions(text)) {
    if (isComparisonBaseline(text, mention)) continue;
    const forward = isForwardLooking(text, mention);
    const resolved = resolveExpression(mention, { published, anchorYear: lastYear, paragraphYear, forward });
    if (resolved === null) continue;
    // Later 同年 count from here, whichever form named this year. Bare dates do too, except after
    // a bare 去年/今年: "去年以来…，第二季度…" means the current quarter, not last year's.
    lastYear = resolved.year;
    if (!isBareRelativeYear(mention)) paragraphYear = resolved.year;
    dated.push({ mention, date: formatEventDate(resolved) });
  }
  return { dated, anchorYear: lastYear };
}

/** Turns one paragraph's dated mentions into events, numbered in text order. */
function paragraphEvents(paragraph: LocatedParagraph, dated: readonly DatedMention[]): TimelineEvent[] {
  const starts = dated.map(({ mention }) => mention.start);
  return dated.map(({ mention, date }, index) => ({
    id: `${paragraph.paragraphId}-t${index + 1}`,
    date,
    dateText: mention.text,
    text: eventClause(paragraph.text, mention, starts),
    sectionId: paragraph.sectionId,
    paragraphId: paragraph.paragraphId,
  }));
}

/** Sorts events chronologically (see `compareEventDates`), keeping document order among equals. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event, order) => ({ event, order }))
    .sort((a, b) => compareEventDates(a.event.date, b.event.date) || a.order - b.order)
    .map(({ event }) => event);
}

/** Extracts every dated event the text anchors to a date, sorted by date then document order. */
export function extractTimeline(paragraphs: LocatedParagraph[], published: string): TimelineEvent[] {
  const publication = parsePublished(published);
  const events: TimelineEvent[] = [];
  let anchorYear: number | null = null;
  // Paragraphs in document order: `同年` means the year named last before it.
  for (const paragraph of paragraphs) {
    const result = dateParagraph(paragraph.text, publication, anchorYear);
    anchorYear = result.anchorYear;
    // Ids are given per paragraph before sorting, so they do not move when the order changes.
    events.push(...paragraphEvents(paragraph, result.dated));
  }
  return sortEvents(events);
}
