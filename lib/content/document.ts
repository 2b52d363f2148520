import type { DiagnosticSink } from './diagnostics';
import type { FrontmatterBlock } from './frontmatter';

/**
 * Splits a content file into its YAML frontmatter block and the body lines after it, each with
 * its line number in the file, so every later message points at the true line and column. The
 * rule is remark-frontmatter's: the file opens with a `---` line and the block ends at the next
 * `---` line. The body is not markdown (body.ts reads it line by line), so no markdown parser is
 * run: one pass over the lines, linear in the file's size.
 */

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
  return { frontmatter: { value: lines.slice(1, close).join('\n'), firstLine: 2 }, body: numbered(close + 1), lastLine: lines.length };
}
