import { stringify } from 'yaml';
import type { Language } from './model';

/**
 * Writes an article file from fields and the source's paragraphs, so that parsing the file gives
 * back each paragraph exactly. The body grammar (body.ts) reads every non-blank line as one
 * paragraph, a line starting `## ` as the archive's heading, and `\` before ASCII punctuation as
 * that punctuation. Every character markdown would read as syntax is escaped, not only the ones
 * the grammar needs: an escape decodes to the character itself, it tells the reader of the file
 * (and the markdown-like-line check) that the line is text, and the file still reads right in a
 * markdown viewer.
 */

/** What the importer writes to the frontmatter; absent fields are left out, never guessed. */
export interface ArticleFileFields {
  title: string;
  published: string;
  captured?: string;
  language?: Language;
  author?: string;
  source: { outlet: string; via?: string; url?: string };
}

/** Characters markdown reads as syntax anywhere in a line (emphasis, code, links, HTML, entities, tables, headings, strikethrough). */
const SYNTAX_ANYWHERE = /[\\`*_[\]<>#~|!&]/g;

/**
 * Characters that are syntax only where a line starts (after any indent): list bullets, setext
 * underlines and thematic breaks (`+`, `-`, `=`), and the `.` or `)` after an ordered list's number.
 */
const SYNTAX_AT_START = /^([ \t]*)(?:([+\-=])|(\d{1,9})([.)]))/;

/** Escapes one paragraph so that both body grammars read it back character for character. */
export function escapeParagraph(text: string): string {
  const escaped = text.replace(SYNTAX_ANYWHERE, '\\$&');
  return escaped.replace(SYNTAX_AT_START, (_match, indent: string, mark: string | undefined, digits: string | undefined, after: string | undefined) =>
    mark !== undefined ? `${indent}\\${mark}` : `${indent}${digits}\\${after}`,
  );
}

/** A paragraph the line grammar can hold: one line with something on it. */
function checkParagraph(text: string, index: number): void {
  if (/[\r\n]/.test(text)) throw new Error(`paragraph ${index + 1} has a line break in it: a paragraph is one line`);
  if (text.trim() === '') throw new Error(`paragraph ${index + 1} is blank`);
}

/** The frontmatter as YAML, in the order README lists the fields, with only the fields given. */
function frontmatterOf(fields: ArticleFileFields): string {
  const source = {
    outlet: fields.source.outlet,
    ...(fields.source.via === undefined ? {} : { via: fields.source.via }),
    ...(fields.source.url === undefined ? {} : { url: fields.source.url }),
  };
  const data = {
    title: fields.title,
    published: fields.published,
    ...(fields.captured === undefined ? {} : { captured: fields.captured }),
    ...(fields.language === undefined ? {} : { language: fields.language }),
    ...(fields.author === undefined ? {} : { author: fields.author }),
    source,
  };
  // Plain scalars only where YAML would read them back as the same string; no line folding.
  return stringify(data, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
}

/** The whole content file: frontmatter, then one escaped paragraph per line with a blank line between. */
export function serializeArticleFile(fields: ArticleFileFields, paragraphs: readonly string[]): string {
  if (paragraphs.length === 0) throw new Error('the article has no paragraphs');
  paragraphs.forEach(checkParagraph);
  // Blank lines between paragraphs: markdown readers would otherwise take a `---` or `===` line
  // under a paragraph as its heading underline.
  return `---\n${frontmatterOf(fields)}---\n\n${paragraphs.map(escapeParagraph).join('\n\n')}\n`;
}
