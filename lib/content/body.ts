import type { Heading, Paragraph as MdParagraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { DiagnosticSink, Point } from './diagnostics';
import { ID_PATTERN, type Section } from './model';

/**
 * Turns the markdown body into sections of verbatim paragraphs. The body is archived text,
 * not a document to format: anything beyond `##` headings and plain paragraphs is reported.
 */

const EXPLICIT_ID = /\s*\{#([^}]*)\}\s*$/;

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

/** Start point of an mdast node (1:1 when a node has no position). */
function startOf(node: { position?: { start: { line: number; column: number } } }): Point {
  return node.position ? { line: node.position.start.line, column: node.position.start.column } : { line: 1, column: 1 };
}

/** The characters a child of a paragraph stands for: its text, or a line break (two trailing spaces or `\` in markdown). */
function charactersOf(child: PhrasingContent): string | null {
  if (child.type === 'text') return child.value;
  return child.type === 'break' ? '\n' : null;
}

/** Plain text of a heading or paragraph, or the first child that is not plain text. */
function plainText(children: PhrasingContent[]): { text: string } | { offending: PhrasingContent } {
  let text = '';
  for (const child of children) {
    const characters = charactersOf(child);
    if (characters === null) return { offending: child };
    text += characters;
  }
  return { text };
}

/** Explains why an inline construct is not allowed in archived text. */
function describeInline(node: PhrasingContent): { ruleId: string; message: string } {
  switch (node.type) {
    case 'html':
      return { ruleId: 'no-raw-html', message: `raw HTML is not allowed in article text: ${JSON.stringify(node.value.slice(0, 40))} (escape "<" as "\\<" if it is part of the source text)` };
    case 'link':
    case 'linkReference':
      return { ruleId: 'no-links', message: 'links are not part of archived text (put the source URL in frontmatter "source.url")' };
    case 'image':
    case 'imageReference':
      return { ruleId: 'no-images', message: 'images are not supported in article text' };
    default:
      return { ruleId: 'plain-text-only', message: `markdown ${node.type} is not allowed in archived text (escape the characters with "\\" if they are part of the source)` };
  }
}

/** Maps an offset in a paragraph's text back to a file point, following its text nodes (and line breaks). */
function makePointMapper(paragraph: MdParagraph): (offset: number) => Point {
  return (offset: number) => {
    let seen = 0;
    for (const child of paragraph.children) {
      const characters = charactersOf(child);
      if (characters === null) continue;
      const length = characters.length;
      if (offset < seen + length || child === paragraph.children[paragraph.children.length - 1]) {
        const start = startOf(child);
        const inside = characters.slice(0, offset - seen);
        const newlines = inside.split('\n');
        if (newlines.length === 1) return { line: start.line, column: start.column + inside.length };
        return { line: start.line + newlines.length - 1, column: (newlines[newlines.length - 1] ?? '').length + 1 };
      }
      seen += length;
    }
    return startOf(paragraph);
  };
}

/** Splits `## 標題 {#id}` into the heading words and the id, if one is given. */
export function splitHeadingId(raw: string): { heading: string; id: string | null } {
  const match = EXPLICIT_ID.exec(raw);
  if (!match) return { heading: raw.trim(), id: null };
  return { heading: raw.slice(0, match.index).trim(), id: match[1] ?? '' };
}

/**
 * Splits a markdown paragraph at its line breaks: archived copy keeps one source paragraph to a
 * line, as sources and their plain-text copies do (`000_….txt`), so lines that follow one another
 * without a blank line between are still paragraphs of their own, never one run with newlines
 * in it. Chinese copy is not wrapped by hand, so a break is never just layout.
 */
function splitSourceParagraphs(text: string, pointAt: (offset: number) => Point): Omit<ParsedParagraph, 'id'>[] {
  const lines: Omit<ParsedParagraph, 'id'>[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const from = start;
    if (line.trim() !== '') lines.push({ text: line, pointAt: (offset) => pointAt(from + offset) });
    start += line.length + 1;
  }
  return lines;
}

/** Builds sections from the body nodes, reporting every node that is not a `##` heading or plain paragraph. */
export function parseBody(root: Root, sink: DiagnosticSink): ParsedSection[] {
  const sections: ParsedSection[] = [];
  let current: ParsedSection | null = null;

  const startSection = (heading: string | null, explicitId: string | null, idPoint: Point): ParsedSection => {
    const id = explicitId ?? `section-${sections.length + 1}`;
    const section: ParsedSection = { id, heading, paragraphs: [], idPoint };
    sections.push(section);
    return section;
  };

  for (const node of root.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading') {
      current = readHeading(node, sink, startSection, sections);
      continue;
    }
    if (node.type === 'paragraph') {
      const content = plainText(node.children);
      if ('offending' in content) {
        const { ruleId, message } = describeInline(content.offending);
        sink.error(startOf(content.offending), ruleId, message);
        continue;
      }
      current ??= startSection(null, null, startOf(node));
      for (const line of splitSourceParagraphs(content.text, makePointMapper(node))) {
        current.paragraphs.push({ id: `${current.id}-${current.paragraphs.length + 1}`, ...line });
      }
      continue;
    }
    reportBlock(node, sink);
  }

  for (const section of sections) {
    if (section.paragraphs.length === 0) {
      sink.error(section.idPoint, 'empty-section', `section "${section.id}" has no paragraphs`);
    }
  }
  return sections;
}

/** Reads a `##` heading into a new section, or reports a heading of another depth or with formatting. */
function readHeading(
  node: Heading,
  sink: DiagnosticSink,
  startSection: (heading: string | null, id: string | null, idPoint: Point) => ParsedSection,
  sections: ParsedSection[],
): ParsedSection | null {
  if (node.depth !== 2) {
    sink.error(startOf(node), 'heading-depth', `section headings use "##" (found a level-${node.depth} heading; the title belongs in frontmatter)`);
    return sections[sections.length - 1] ?? null;
  }
  const content = plainText(node.children);
  if ('offending' in content) {
    const { ruleId, message } = describeInline(content.offending);
    sink.error(startOf(content.offending), ruleId, message);
    return startSection(null, null, startOf(node));
  }
  const { heading, id } = splitHeadingId(content.text);
  const point = startOf(node);
  if (heading === '') sink.error(point, 'empty-heading', 'section heading has no words');
  if (id !== null && !ID_PATTERN.test(id)) {
    sink.error(point, 'id-not-url-safe', `section id "${id}" is not URL-safe: use lowercase ASCII letters and digits joined by "-" (e.g. {#traffic-war})`);
  }
  return startSection(heading === '' ? null : heading, id, point);
}

/** Reports a block that archived text cannot contain. */
function reportBlock(node: RootContent, sink: DiagnosticSink): void {
  if (node.type === 'html') {
    sink.error(startOf(node), 'no-raw-html', `raw HTML is not allowed in article text: ${JSON.stringify(node.value.slice(0, 40))}`);
    return;
  }
  const hint =
    node.type === 'list'
      ? ' (a paragraph starting "1. " or "- " reads as a list: escape it as "1\\. " or "\\- ")'
      : node.type === 'code'
        ? ' (indented lines read as code: remove the indentation)'
        : '';
  sink.error(startOf(node), 'unsupported-block', `markdown ${node.type} is not allowed in the body: use "##" headings and plain paragraphs${hint}`);
}

/** Drops parse-time helpers, leaving the model's sections. */
export function toModelSections(sections: ParsedSection[]): Section[] {
  return sections.map(({ id, heading, paragraphs }) => ({
    id,
    heading,
    paragraphs: paragraphs.map(({ id: paragraphId, text }) => ({ id: paragraphId, text })),
  }));
}
