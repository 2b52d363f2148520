/**
 * Writes a corpus article as the content file an editor would: frontmatter from its labels, and
 * one markdown paragraph per source line with every ASCII punctuation character escaped, so the
 * parser reads each line back as exactly one paragraph of the same text.
 */

export interface ArticleSourceInput {
  title: string;
  published: string;
  language: string;
  outlet: string;
  via?: string | null | undefined;
  url?: string | null | undefined;
  body: readonly string[];
}

/** Every ASCII punctuation character: CommonMark decodes `\` before any of them to the character itself. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/**
 * One source line as a markdown paragraph. ASCII spaces and tabs at either end are dropped (markdown
 * would read them as indentation or a line break); they hold no quote and no date.
 */
export function escapeLine(line: string): string {
  return line.replace(/^[ \t]+|[ \t]+$/g, '').replace(ASCII_PUNCTUATION, '\\$&');
}

/** The title eval gives an article whose source line 1 is empty: the title is not scored. */
const UNTITLED = '（無標題）';

export function toArticleSource(input: ArticleSourceInput): string {
  const field = (value: string) => JSON.stringify(value);
  const lines = [
    '---',
    // A page stored without its headline still has a body to score; an editor would have to give it a title.
    `title: ${field(input.title.trim() === '' ? UNTITLED : input.title)}`,
    `published: ${field(input.published)}`,
    `language: ${input.language}`,
    'source:',
    `  outlet: ${field(input.outlet)}`,
    ...(input.via ? [`  via: ${field(input.via)}`] : []),
    ...(input.url ? [`  url: ${field(input.url)}`] : []),
    '---',
    '',
  ];
  const body = input.body.filter((line) => line.trim() !== '').map(escapeLine);
  return `${lines.join('\n')}${body.join('\n\n')}\n`;
}
