import type { DiagnosticSink, Point } from './diagnostics';
import type { SourceLine } from './document';
import { idProblem } from './ids';
import { type Section } from './model';
import { createQuirkReader } from './quirks';

/**
 * Reads the body, line by line, into sections of verbatim paragraphs. The body is archived text,
 * not a document to format, so its grammar is two kinds of line:
 * - `## 標題 {#id}`: the archive's own heading, opening a section;
 * - any other line that is not blank: one paragraph, exactly as written. The one thing read in it
 *   is `\` before an ASCII punctuation mark, which stands for that mark (`\*` is `*`), so a file
 *   can say "this is text" where a line would look like a heading; a `\` before anything else is
 *   kept.
 * Lines that look like markdown (lists, quotes, HTML, links) are text like any other and are kept
 * as written, with a warning; the pages escape whatever they hold. Nothing is nested or matched
 * across lines, so reading is one pass, linear in the body's size.
 */

const HEADING_PREFIX = '## ';

/**
 * What counts as blank: whitespace (ASCII, U+3000, NBSP and the other Unicode spaces) and the
 * zero-width characters, which copies carry over from web pages.
 */
const BLANK = /^[\s\u200B-\u200D\u2060]*$/;
const ASCII_BLANK = /^[ \t]*$/;

/** Whether a line is blank as the body counts it (and so is no paragraph): the importer drops the same lines. */
export function isBlankLine(line: string): boolean {
  return BLANK.test(line);
}

/** `\` before an ASCII punctuation mark: an escape standing for the mark. */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

/** A paragraph with where it starts in the file, so later checks can point at its text. */
export interface ParsedParagraph {
  id: string;
  text: string;
  /** Where each character of `text` starts in the file, for diagnostics inside the paragraph. */
  pointAt: (offset: number) => Point;
}

export interface ParsedSection {
  id: string;
  heading: string | null;
  paragraphs: ParsedParagraph[];
  idPoint: Point;
}

/** A line's text with its escapes decoded, and the column in the file of each character of it. */
export interface DecodedLine {
  text: string;
  columnAt: (offset: number) => number;
}

/** Decodes `\` + ASCII punctuation escapes, remembering where each dropped `\` was so columns stay true. */
export function decodeEscapes(raw: string): DecodedLine {
  if (!raw.includes('\\')) return { text: raw, columnAt: (offset) => offset + 1 };
  // Offsets in the decoded text at which a `\` was dropped (each shifts later columns by one).
  const dropped: number[] = [];
  const text = raw.replace(ESCAPE, (_match, mark: string, at: number) => {
    dropped.push(at - dropped.length);
    return mark;
  });
  const columnAt = (offset: number): number => {
    let low = 0;
    let high = dropped.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((dropped[middle] ?? 0) <= offset) low = middle + 1;
      else high = middle;
    }
    return offset + low + 1;
  };
  return { text, columnAt };
}

/**
 * Splits `## 標題 {#id}` into the heading words and the id, if one is given: the id is what lies
 * between the first `{#` after the previous `}` and a `}` that only spaces follow. Found by index,
 * not by a regular expression, so a heading line of 64 kB of spaces reads in linear time.
 */
export function splitHeadingId(raw: string): { heading: string; id: string | null } {
  const trimmed = raw.trimEnd();
  const close = trimmed.length - 1;
  const open = trimmed.endsWith('}') ? trimmed.indexOf('{#', trimmed.lastIndexOf('}', close - 1) + 1) : -1;
  if (open === -1 || open >= close) return { heading: raw.trim(), id: null };
  return { heading: raw.slice(0, open).trim(), id: trimmed.slice(open + 2, close) };
}

/** Builds sections from the body lines: `## ` lines open sections, every other non-blank line is a paragraph. */
export function parseBody(lines: readonly SourceLine[], sink: DiagnosticSink): ParsedSection[] {
  const sections: ParsedSection[] = [];
  let current: ParsedSection | null = null;
  const startSection = (heading: string | null, explicitId: string | null, idPoint: Point): ParsedSection => {
    const section: ParsedSection = { id: explicitId ?? `section-${sections.length + 1}`, heading, paragraphs: [], idPoint };
    sections.push(section);
    return section;
  };

  const quirks = createQuirkReader(sink);
  for (const { text: raw, line } of lines) {
    if (BLANK.test(raw)) {
      if (!ASCII_BLANK.test(raw)) {
        sink.warn({ line, column: 1 }, 'invisible-line', `line holds only invisible characters (${codePointsOf(raw)}); it is not made a paragraph`);
      }
      continue;
    }
    if (raw.startsWith(HEADING_PREFIX)) {
      current = readHeading(raw, line, sink, startSection);
      continue;
    }
    const { text, columnAt } = decodeEscapes(raw);
    quirks.read(raw, line);
    current ??= startSection(null, null, { line, column: 1 });
    current.paragraphs.push({ id: `${current.id}-${current.paragraphs.length + 1}`, text, pointAt: (offset) => ({ line, column: columnAt(offset) }) });
  }

  quirks.finish();
  for (const section of sections) {
    if (section.paragraphs.length === 0) sink.error(section.idPoint, 'empty-section', `section "${section.id}" has no paragraphs`);
  }
  return sections;
}

/** Reads a `## ` line into a new section, reporting an empty heading and an id that cannot be used. */
function readHeading(raw: string, line: number, sink: DiagnosticSink, startSection: (heading: string | null, id: string | null, idPoint: Point) => ParsedSection): ParsedSection {
  const { heading, id } = splitHeadingId(decodeEscapes(raw.slice(HEADING_PREFIX.length)).text);
  const point = { line, column: 1 };
  if (heading === '') sink.error(point, 'empty-heading', 'section heading has no words');
  const problem = id === null ? null : idProblem(id, 'section');
  if (id !== null && problem !== null) sink.error(point, problem.ruleId, `section id "${shorten(id)}" ${problem.message}`);
  return startSection(heading === '' ? null : heading, id, point);
}

/** The code points of a line of invisible characters, as editors search for them (`U+200B`). */
function codePointsOf(raw: string): string {
  const distinct = [...new Set(raw)].filter((character) => !ASCII_BLANK.test(character));
  return distinct.map((character) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
}

/** A long value cut for a message, so a 100,000-character id does not fill the terminal. */
export function shorten(value: string, length = 80): string {
  return value.length > length ? `${value.slice(0, length)}…` : value;
}

/** Drops parse-time helpers, leaving the model's sections. */
export function toModelSections(sections: ParsedSection[]): Section[] {
  return sections.map(({ id, heading, paragraphs }) => ({
    id,
    heading,
    paragraphs: paragraphs.map(({ id: paragraphId, text }) => ({ id: paragraphId, text })),
  }));
}
