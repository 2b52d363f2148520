import { isBlankLine } from '../body';

/**
 * Plain text as copies of articles circulate (the seed's `000_….txt` is one): the title on the
 * first line, then the body, one paragraph per line. Blank lines are layout and are dropped; every
 * other line is kept exactly, spaces and all. Blank is what the body counts as blank (whitespace and
 * zero-width characters only), so every line kept here is a paragraph there.
 */

export interface PlainTextArticle {
  /** The first non-blank line, as written. */
  title: string | null;
  paragraphs: string[];
}

/** Splits plain text into its title line and body lines. */
export function readPlainText(text: string): PlainTextArticle {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).filter((line) => !isBlankLine(line));
  const [title, ...paragraphs] = lines;
  return { title: title ?? null, paragraphs };
}
