import { isRealPartialDate } from '../frontmatter';
import { ID_PATTERN, LANGUAGES, PARTIAL_DATE_PATTERN, type Language } from '../model';
import type { ArticleFileFields } from '../serialize-article';
import { readPlainText } from './read-plain-text';
import { readSavedPage, type PageFact, type SavedPage } from './read-saved-page';

/**
 * From what an editor has (a plain-text copy or a saved page) and what they say on the command
 * line to the fields and paragraphs of a content file. Flags win over the file; what neither
 * gives is left out and reported, never guessed; a required field nobody gave is an error that
 * names the flag to pass.
 */

/** What the editor says on the command line; every field optional. */
export interface ImportFlags {
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  via?: string;
  author?: string;
  language?: string;
  slug?: string;
  captured?: string;
}

export type InputForm = 'text' | 'html';

export interface ImportedArticle {
  fields: ArticleFileFields;
  paragraphs: string[];
  /** The slug the editor chose (`--slug`), if any; the CLI derives one otherwise. */
  slug: string | null;
  /** One line per field: where its value came from, or that it was left out and how to give it. */
  notes: string[];
}

/** On failure, the notes still say what was read, so one run shows everything the editor must supply. */
export type ImportResult = { ok: true; article: ImportedArticle } | { ok: false; errors: string[]; notes: string[] };

/** What a file gave for each field, with where it was read: the same facts whatever its form. */
type FileFacts = SavedPage;

function readFile(form: InputForm, text: string): FileFacts {
  if (form === 'html') return readSavedPage(text);
  const { title, paragraphs } = readPlainText(text);
  return {
    title: title === null ? null : { value: title, from: 'the first line' },
    outlet: null,
    published: null,
    author: null,
    url: null,
    captured: null,
    paragraphs,
    unreadable: [],
  };
}

/** The first words of a paragraph, for a note. */
function excerpt(text: string): string {
  const characters = Array.from(text.trim());
  return characters.length > 16 ? `${characters.slice(0, 16).join('')}…` : characters.join('');
}

/** Checks the flags' own forms, so a typo is named before anything is read. */
function checkFlags(flags: ImportFlags): string[] {
  const errors: string[] = [];
  if (flags.published !== undefined && !(PARTIAL_DATE_PATTERN.test(flags.published) && isRealPartialDate(flags.published))) {
    errors.push(`--published "${flags.published}" is not a real date of the form YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  if (flags.captured !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(flags.captured) && isRealPartialDate(flags.captured))) {
    errors.push(`--captured "${flags.captured}" is not a real day of the form YYYY-MM-DD`);
  }
  if (flags.url !== undefined && !/^https?:\/\/\S+$/.test(flags.url)) errors.push(`--url "${flags.url}" is not an absolute http(s) URL`);
  if (flags.language !== undefined && !(LANGUAGES as readonly string[]).includes(flags.language)) {
    errors.push(`--language "${flags.language}" must be ${LANGUAGES.join(' or ')}`);
  }
  if (flags.slug !== undefined && !ID_PATTERN.test(flags.slug)) errors.push(`--slug "${flags.slug}" is not a URL slug (lowercase ASCII words joined by "-")`);
  for (const [name, value] of Object.entries(flags)) {
    if (typeof value === 'string' && value.trim() === '') errors.push(`--${name} is empty`);
  }
  return errors;
}

/** The flag wins, else the file's fact; notes say which, or that the field is left out. */
function settle(field: string, flagName: string, flag: string | undefined, fact: PageFact | null, notes: string[], missingHint: string): string | undefined {
  if (flag !== undefined) {
    notes.push(fact && fact.value !== flag ? `${field}: "${flag}" from --${flagName} (the file says "${fact.value}" in ${fact.from})` : `${field}: "${flag}" from --${flagName}`);
    return flag;
  }
  if (fact) {
    notes.push(`${field}: "${fact.value}" from ${fact.from}`);
    return fact.value;
  }
  notes.push(`${field}: left out (${missingHint})`);
  return undefined;
}

/** Reads the input and merges the flags into the fields of a content file, or says what is missing. */
export function importArticle(form: InputForm, text: string, flags: ImportFlags): ImportResult {
  const flagErrors = checkFlags(flags);
  if (flagErrors.length > 0) return { ok: false, errors: flagErrors, notes: [] };
  const facts = readFile(form, text);
  const notes: string[] = [];
  const errors: string[] = [];
  const fileSays = form === 'html' ? 'the page does not say' : 'plain text holds only a title and body';

  const title = settle('title', 'title', flags.title, facts.title, notes, fileSays);
  const outlet = settle('source.outlet', 'outlet', flags.outlet, facts.outlet, notes, fileSays);
  const published = settle('published', 'published', flags.published, facts.published, notes, fileSays);
  const via = settle('source.via', 'via', flags.via, null, notes, 'pass --via NAME for who published this copy');
  const url = settle('source.url', 'url', flags.url, facts.url, notes, `${fileSays}; pass --url URL`);
  const author = settle('author', 'author', flags.author, facts.author, notes, `${fileSays}; pass --author NAME`);
  const captured = settle('captured', 'captured', flags.captured, facts.captured, notes, `${fileSays}; pass --captured YYYY-MM-DD for the day the copy was taken`);
  if (flags.language !== undefined) notes.push(`language: ${flags.language} from --language`);
  else notes.push('language: left out (the archive reads the script from the text)');
  for (const unreadable of facts.unreadable) notes.push(`left out: ${unreadable}`);

  if (title === undefined) errors.push(`no title (${form === 'html' ? 'the page states none' : 'the input is empty'}): pass --title TEXT`);
  if (outlet === undefined) errors.push(`no outlet, who reported it (${fileSays}): pass --outlet NAME`);
  if (published === undefined) errors.push(`no publication date (${fileSays}): pass --published YYYY[-MM[-DD]], only as precise as the source`);
  if (facts.paragraphs.length === 0) {
    errors.push(form === 'html' ? 'no article text found in the page (Readability found no article)' : 'no body: the input has a title line and nothing after it');
  }
  if (errors.length > 0 || title === undefined || outlet === undefined || published === undefined) return { ok: false, errors, notes };

  // A page's article block often opens with its headline: that line is the title, not the body's first paragraph.
  const paragraphs = form === 'html' && facts.paragraphs.length > 1 && facts.paragraphs[0]!.trim() === title.trim() ? facts.paragraphs.slice(1) : facts.paragraphs;
  if (paragraphs !== facts.paragraphs) notes.push('body: its first block is the headline, kept as the title only');
  // Where the body starts and ends, so the editor can see at a glance that it is the article and all of it.
  notes.push(`body: ${paragraphs.length} paragraph(s), from "${excerpt(paragraphs[0]!)}" to "${excerpt(paragraphs.at(-1)!)}"`);

  const fields: ArticleFileFields = {
    // The frontmatter trims its fields: the title is read the same way the archive will read it.
    title: title.trim(),
    published,
    ...(captured === undefined ? {} : { captured }),
    ...(flags.language === undefined ? {} : { language: flags.language as Language }),
    ...(author === undefined ? {} : { author: author.trim() }),
    source: { outlet: outlet.trim(), ...(via === undefined ? {} : { via: via.trim() }), ...(url === undefined ? {} : { url }) },
  };
  return { ok: true, article: { fields, paragraphs, slug: flags.slug ?? null, notes } };
}
