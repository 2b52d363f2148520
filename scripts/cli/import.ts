import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR, listArticleFiles } from '../../lib/content/load-articles';
import { formatDiagnostic } from '../../lib/content/diagnostics';
import { parseArticle } from '../../lib/content/parse-article';
import { serializeArticleFile } from '../../lib/content/serialize-article';
import { slugOfFile } from '../../lib/content/slug';
import { decodeInput, looksLikeHtml } from '../../lib/content/import/decode-input';
import { importArticle, type ImportFlags, type InputForm } from '../../lib/content/import/import-article';

/**
 * `npm run --silent import -- <file|-> [--outlet NAME] …`: writes `content/articles/<slug>.md`
 * from a plain-text copy or a saved web page and prints its path. What it read, and what it left
 * out, goes to standard error; it never overwrites a file, and it writes nothing unless the file
 * it would write builds and parsing it gives back every paragraph exactly.
 */

const USAGE =
  'usage: npm run --silent import -- <file|-> [--outlet NAME] [--published YYYY[-MM[-DD]]] [--url URL] [--via NAME] [--author NAME] [--title TEXT] [--language zh-Hant|zh-Hans] [--slug SLUG] [--captured YYYY-MM-DD]';

const FLAG_NAMES = ['outlet', 'published', 'url', 'via', 'author', 'title', 'language', 'slug', 'captured'] as const;

function fail(lines: string[], code = 1): number {
  for (const line of lines) process.stderr.write(`import: ${line}\n`);
  return code;
}

/** Reads the named file, or standard input for `-`. */
function readInput(input: string): Buffer {
  return input === '-' ? readFileSync(0) : readFileSync(input);
}

/** The slug a file gets: `--slug`, else the input file's name, else (standard input) the title, by README's slug rules. */
function slugFor(chosen: string | null, input: string, title: string): string {
  if (chosen) return chosen;
  const name = input === '-' ? title : basename(input, extname(input));
  return slugOfFile(`${name}.md`).slug;
}

/** The file the slug already names in the content folder, if any (in any subfolder, or dropped beside it). */
function fileWithSlug(slug: string): string | null {
  if (!existsSync(CONTENT_DIR)) return null;
  return listArticleFiles(CONTENT_DIR).find((file) => slugOfFile(file).slug === slug) ?? null;
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: Object.fromEntries(FLAG_NAMES.map((name) => [name, { type: 'string' as const }])) });
  } catch (error) {
    return fail([(error as Error).message, USAGE], 2);
  }
  const [input, ...extra] = parsed.positionals;
  if (!input || extra.length > 0) return fail([USAGE], 2);
  const flags: ImportFlags = Object.fromEntries(Object.entries(parsed.values).filter(([, value]) => typeof value === 'string'));

  let bytes: Buffer;
  try {
    bytes = readInput(input);
  } catch (error) {
    return fail([`cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`]);
  }
  const namedHtml = /\.x?html?$/i.test(input);
  const decoded = decodeInput(bytes, { isHtml: namedHtml || input === '-' });
  if (!decoded.ok) return fail([`${input}: ${decoded.message}`]);
  const form: InputForm = namedHtml || (input === '-' && looksLikeHtml(decoded.text)) ? 'html' : 'text';

  const result = importArticle(form, decoded.text, flags);
  if (!result.ok) {
    for (const note of result.notes) process.stderr.write(`import: ${note}\n`);
    return fail(result.errors);
  }
  const { fields, paragraphs, notes } = result.article;

  const slug = slugFor(result.article.slug, input, fields.title);
  const taken = fileWithSlug(slug);
  if (taken) return fail([`slug "${slug}" is already used by ${relative(process.cwd(), taken) || taken}: nothing was written; pass --slug SLUG to choose another`]);
  const target = join(CONTENT_DIR, `${slug}.md`);
  const shown = relative(process.cwd(), target) || target;

  const file = serializeArticleFile(fields, paragraphs);
  // Read back the file as the archive will, before writing it: it must build, and its body must be
  // the input's, character for character.
  const check = parseArticle(shown, file);
  if (!check.ok) {
    const hints = check.diagnostics.some((d) => d.fatal && /"language" is required|"language" is zh-/.test(d.message)) ? ['pass --language zh-Hant or --language zh-Hans'] : [];
    for (const diagnostic of check.diagnostics) process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
    return fail(['the archive would not build with this file (above); nothing was written', ...hints]);
  }
  const archived = check.article.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text));
  const differs = paragraphs.findIndex((text, index) => archived[index] !== text);
  if (differs >= 0 || archived.length !== paragraphs.length) {
    const at = differs >= 0 ? differs : Math.min(archived.length, paragraphs.length);
    return fail([`paragraph ${at + 1} would not be archived exactly (${JSON.stringify(paragraphs[at] ?? '')} reads back as ${JSON.stringify(archived[at] ?? '')}); nothing was written`]);
  }

  mkdirSync(CONTENT_DIR, { recursive: true });
  writeFileSync(target, file, { flag: 'wx' });
  for (const note of notes) process.stderr.write(`import: ${note}\n`);
  for (const diagnostic of check.diagnostics) process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
  process.stdout.write(`${shown}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
