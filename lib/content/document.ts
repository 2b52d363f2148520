import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { DiagnosticSink } from './diagnostics';
import { MAX_FRONTMATTER_CHARS, type FrontmatterBlock } from './frontmatter';

/**
 * Splits a content file into its YAML frontmatter block and the body lines after it, each with
 * its line number in the file, so every later message points at the true line and column. The
 * frontmatter is remark-frontmatter's to read (the `yaml` node and its position, as STYLE.md's
 * Velite lesson asks); remark parses only the file's head, up to the closing fence found in one
 * pass over the lines. The body is not markdown (body.ts reads it line by line, verbatim), so no
 * markdown parser ever runs over it: linear in the file's size.
 */

/** remark with the frontmatter extension: reads the `---` block at the head of a file as a `yaml` node. */
const frontmatterReader = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** The YAML block remark-frontmatter finds at the head of the file, with the line its value starts on. */
function readFrontmatter(head: string): FrontmatterBlock | null {
  const first = frontmatterReader.parse(head).children[0];
  if (first?.type !== 'yaml' || !first.position) return null;
  return { value: first.value, firstLine: first.position.start.line + 1 };
}

/** One line of the file (without its line ending) and its 1-based number. */
export interface SourceLine {
  text: string;
  line: number;
}

export interface SplitDocument {
  frontmatter: FrontmatterBlock | null;
  body: SourceLine[];
  /** The last line of the file, where "nothing here" problems point. */
  lastLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Splits decoded text (line endings already `\n`) into frontmatter and body lines, reporting a missing or unclosed block. */
export function splitDocument(text: string, sink: DiagnosticSink): SplitDocument {
  const lines = text.split('\n');
  const numbered = (from: number): SourceLine[] => lines.slice(from).map((line, index) => ({ text: line, line: from + index + 1 }));
  if (!FENCE.test(lines[0] ?? '')) {
    sink.error({ line: 1, column: 1 }, 'frontmatter-missing', 'the file must start with YAML frontmatter between "---" lines (title, published, language, source.outlet)');
    return { frontmatter: null, body: numbered(0), lastLine: lines.length };
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) {
    sink.error({ line: 1, column: 1 }, 'frontmatter-unclosed', 'the frontmatter opened on line 1 is never closed: end it with a line holding only "---", before the body');
    return { frontmatter: null, body: [], lastLine: lines.length };
  }
  const value = lines.slice(1, close).join('\n');
  // A block over the limit is refused by its size alone (frontmatter.ts): not worth a markdown parse.
  const frontmatter = value.length > MAX_FRONTMATTER_CHARS ? { value, firstLine: 2 } : readFrontmatter(lines.slice(0, close + 1).join('\n'));
  if (!frontmatter) {
    sink.error({ line: 1, column: 1 }, 'frontmatter-missing', 'the file must start with YAML frontmatter between "---" lines (title, published, language, source.outlet)');
    return { frontmatter: null, body: numbered(close + 1), lastLine: lines.length };
  }
  return { frontmatter, body: numbered(close + 1), lastLine: lines.length };
}
