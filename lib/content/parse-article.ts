import { decodeContent, findForbiddenCharacters } from './decode';
import { ContentError, DiagnosticSink, type Diagnostic, type Point } from './diagnostics';
import { splitDocument, type SplitDocument } from './document';
import { parseFrontmatter, type ParsedFrontmatter } from './frontmatter';
import { parseBody, shorten, toModelSections, type ParsedSection } from './body';
import { articleSchema, type Article, type Language, type LocatedParagraph } from './model';
import { settleLanguage } from './article-language';
import { settleRegion } from './article-region';
import { baseNameOf, slugOfFile } from './slug';
import { idProblem, slugProblem } from './ids';
import { extractQuotes, type AttributionNotes } from './extract/quotes';
import { refuseWeakAttributions } from './extract/speakers/confidence';
import { describeUnmatched, scanParagraphQuoteMarks } from './extract/quote-marks';
import { extractTimeline } from './extract/timeline';
import { checkCorrections, correctionsOf, provenanceOf } from './provenance';
import { applyOverrides } from './overrides';

/**
 * The article pipeline: bytes → text (strict UTF-8, no control characters) → frontmatter block
 * and body lines, each with its line number → checked frontmatter + sections → enrichment
 * (quotes, timeline) → `Article`. Every input ends in an `Article` or in positioned messages.
 */

export type ParseResult =
  | { ok: true; article: Article; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * The largest file the archive reads: 2 MB, some 700,000 Chinese characters, forty times a long
 * report. Reading stays linear, but a paste of a whole site is a mistake to name, not to build.
 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Parses one content file into an `Article`, or reports every problem found in it. */
export function parseArticle(path: string, bytes: Uint8Array | string): ParseResult {
  const sink = new DiagnosticSink(path);
  try {
    return parseInto(sink, path, bytes);
  } catch (error) {
    // A last guard: whatever a file holds, `check` goes on to the other files and says where.
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    sink.error({ line: 1, column: 1 }, 'internal-error', `the archive could not read this file (${shorten(reason, 200)}); this is a bug in the archive, please report it with the file`);
    return { ok: false, diagnostics: sink.diagnostics };
  }
}

function parseInto(sink: DiagnosticSink, path: string, bytes: Uint8Array | string): ParseResult {
  const size = typeof bytes === 'string' ? bytes.length : bytes.byteLength;
  if (size > MAX_FILE_BYTES) {
    sink.error({ line: 1, column: 1 }, 'file-too-large', `the file is ${(size / 1024 / 1024).toFixed(1)} MB; an article may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB: split it into several articles`);
    return { ok: false, diagnostics: sink.diagnostics };
  }
  const decoded = typeof bytes === 'string' ? { ok: true as const, text: bytes.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') } : decodeContent(bytes);
  if (!decoded.ok) {
    sink.error(decoded, 'not-utf8', `file is not valid UTF-8 (byte ${decoded.byteOffset}); save it as UTF-8`);
    return { ok: false, diagnostics: sink.diagnostics };
  }
  reportForbiddenCharacters(decoded.text, sink);

  const { slug, exact } = slugOfFile(path);
  if (!exact) {
    sink.warn(
      { line: 1, column: 1 },
      'slug-derived',
      `file name "${shorten(baseNameOf(path))}.md" is not a URL slug (lowercase ASCII words joined by "-"), so the article is published as "${shorten(slug)}": rename the file to "${shorten(slug)}.md", or to words of your own, to choose its URL`,
    );
  }
  const badSlug = slugProblem(slug);
  if (badSlug !== null) sink.error({ line: 1, column: 1 }, 'slug-reserved', `the file name gives the slug "${shorten(slug)}", which ${badSlug}: rename the file`);

  const document: SplitDocument = splitDocument(decoded.text, sink);
  const frontmatter = document.frontmatter && parseFrontmatter(document.frontmatter, sink);
  const sections = parseBody(document.body, sink);
  // Without frontmatter the body was not told apart from it; that error says enough.
  if (sections.length === 0 && document.frontmatter !== null) {
    sink.error({ line: document.lastLine, column: 1 }, 'empty-body', 'the article has no body text');
  }
  checkUniqueIds(sections, sink);
  checkQuoteMarks(sections, sink);
  reportUnreadParagraphs(sections, sink);
  if (frontmatter) checkAliases(frontmatter, sections, slug, sink);
  if (frontmatter) checkCorrections(frontmatter, sink);
  const language = frontmatter && settleLanguage(frontmatter.data.language, readableText(frontmatter, sections), frontmatter.pointOf(['language']), sink);

  if (sink.failed || !frontmatter || !language) return { ok: false, diagnostics: sink.diagnostics };
  // Editors' corrections come last: they name ids the extraction gave.
  const overrides = { quotes: frontmatter.data.quotes ?? {}, timeline: frontmatter.data.timeline ?? {} };
  const article = applyOverrides(buildArticle(slug, frontmatter, sections, language), overrides, frontmatter.pointOf, sink);
  if (sink.failed) return { ok: false, diagnostics: sink.diagnostics };
  return { ok: true, article: articleSchema.parse(article), diagnostics: sink.diagnostics };
}

/**
 * Reports control characters, NUL and noncharacters where they are: the encoding is the editor's
 * (a copy or conversion left them), and a feed holding one is not well-formed XML.
 */
function reportForbiddenCharacters(text: string, sink: DiagnosticSink): void {
  const { listed, total } = findForbiddenCharacters(text);
  for (const { line, column, codePoint } of listed) {
    sink.error({ line, column }, 'control-character', `character ${codePoint} is a control character (or a noncharacter), which no source prints and XML cannot hold: delete it, or type the character the source has`);
  }
  const last = listed.at(-1);
  if (last !== undefined && total > listed.length) sink.error(last, 'control-character', `and ${total - listed.length} more control character(s) after this one`);
}

/** Like `parseArticle`, but throws a `ContentError` listing every problem. */
export function parseArticleOrThrow(path: string, bytes: Uint8Array | string): Article {
  const result = parseArticle(path, bytes);
  if (!result.ok) throw new ContentError(result.diagnostics);
  return result.article;
}

/**
 * The longest paragraph the extractors read. Real paragraphs run to a few thousand characters; a
 * paste without line breaks can be a whole article in one line, and reading it for quotes and dates
 * would cost time for nothing useful. Such a paragraph is archived as written and not read.
 */
export const MAX_READ_PARAGRAPH = 10_000;

/** Warns about paragraphs too long to be read for quotes and dates (they are still archived verbatim). */
function reportUnreadParagraphs(sections: ParsedSection[], sink: DiagnosticSink): void {
  for (const paragraph of sections.flatMap((section) => section.paragraphs)) {
    if (paragraph.text.length > MAX_READ_PARAGRAPH) {
      sink.warn(paragraph.pointAt(0), 'paragraph-not-read', `paragraph of ${paragraph.text.length} characters is kept as written but not read for quotes and dates (paragraphs over ${MAX_READ_PARAGRAPH} are not): is it several source paragraphs on one line?`);
    }
  }
}

/** Reports ids used twice in one article: every section and paragraph id must be a unique fragment. */
function checkUniqueIds(sections: ParsedSection[], sink: DiagnosticSink): void {
  const seen = new Map<string, Point>();
  const claim = (id: string, point: Point) => {
    const first = seen.get(id);
    if (first) sink.error(point, 'duplicate-id', `id "${id}" is already used at line ${first.line}`);
    else seen.set(id, point);
  };
  for (const section of sections) {
    const sectionIsDuplicate = seen.has(section.id);
    claim(section.id, section.idPoint);
    // Paragraph ids derive from the section id: a duplicate section would repeat them all.
    if (sectionIsDuplicate) continue;
    for (const paragraph of section.paragraphs) claim(paragraph.id, paragraph.pointAt(0));
  }
}

/**
 * Warns about quote marks that do not match within their paragraph: the source's own text, kept
 * as printed. A quote left open at a paragraph's end is fine when the next paragraph opens with
 * the same mark: that continues the quote, and only the paragraph where it never closes has a mark
 * left over. One left open to a sentence's end at the paragraph's end is read to there, and still warned of. No quote is
 * read across a mark that does not match (quote-marks.ts).
 */
function checkQuoteMarks(sections: ParsedSection[], sink: DiagnosticSink): void {
  // A quote may run on past an archive heading: headings are ours, the quote is the source's.
  const paragraphs = sections.flatMap((section) => section.paragraphs);
  const marks = scanParagraphQuoteMarks(paragraphs.map((paragraph) => paragraph.text));
  paragraphs.forEach((paragraph, index) => {
    const readToEnd = marks[index]?.readToEnd;
    if (readToEnd !== undefined) {
      sink.warn(paragraph.pointAt(readToEnd.offset), 'quote-mark-unmatched', `quote mark ${readToEnd.mark} is not closed within its paragraph; kept as written, and its words are read as a quote to the paragraph's end (the closing mark taken as lost)`);
    }
    for (const { mark, trouble, partner } of describeUnmatched(marks[index]?.unbalanced ?? [])) {
      const point = paragraph.pointAt(mark.offset);
      if (trouble === 'mismatched' && partner !== null) {
        const column = paragraph.pointAt(partner.offset).column;
        sink.warn(point, 'quote-mark-mismatched', `quote mark ${mark.mark} does not close the ${partner.mark} at column ${column} (the source may have closed it with the wrong mark); kept as written, and no quote is read across it`);
      } else if (trouble === 'unclosed') {
        sink.warn(point, 'quote-mark-unmatched', `quote mark ${mark.mark} is not closed within its paragraph (nor continued by the next paragraph opening with ${mark.mark}); kept as written, and no quote is read across it`);
      } else {
        sink.warn(point, 'quote-mark-unmatched', `quote mark ${mark.mark} closes a quote that was not opened in its paragraph; kept as written`);
      }
    }
  });
}

/** Reports aliases that would shadow a current id or land nowhere, and a former slug equal to the slug. */
function checkAliases({ data, pointOf }: ParsedFrontmatter, sections: ParsedSection[], slug: string, sink: DiagnosticSink): void {
  const ids = new Set(sections.flatMap((section) => [section.id, ...section.paragraphs.map((paragraph) => paragraph.id)]));
  for (const [from, to] of Object.entries(data.aliases ?? {})) {
    const problem = idProblem(from, 'alias');
    if (problem !== null) sink.error(pointOf(['aliases', from]), problem.ruleId, `alias "${shorten(from)}" ${problem.message}`);
    if (ids.has(from)) sink.error(pointOf(['aliases', from]), 'alias-shadows-id', `alias "${from}" is still a current id: remove the alias or rename the id`);
    if (!ids.has(to)) sink.error(pointOf(['aliases', from]), 'alias-target-missing', `alias "${from}" points to "${to}", which is not a section or paragraph id of this article`);
  }
  (data.formerSlugs ?? []).forEach((former, index) => {
    if (former === slug) sink.error(pointOf(['formerSlugs', index]), 'former-slug-is-current', `former slug "${former}" is the article's current slug`);
    const problem = slugProblem(former);
    if (problem !== null) sink.error(pointOf(['formerSlugs', index]), 'slug-reserved', `former slug "${shorten(former)}" ${problem}`);
  });
}

/** The article's own words, whose script tells its language: title, dek and every paragraph, each as the pages convert it. */
function readableText({ data }: ParsedFrontmatter, sections: ParsedSection[]): string[] {
  const paragraphs = sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text));
  return [data.title, ...(data.dek === undefined ? [] : [data.dek]), ...paragraphs];
}

/** Assembles the model from checked parts and runs the enrichment steps in order. */
function buildArticle(slug: string, parsedFrontmatter: ParsedFrontmatter, parsed: ParsedSection[], language: Language): Article {
  const frontmatter = parsedFrontmatter.data;
  const sections = toModelSections(parsed);
  const located: LocatedParagraph[] = sections.flatMap((section) =>
    // A paragraph too long to read is handed on empty: it holds no quote or date, and breaks any quote continued over it.
    section.paragraphs.map((paragraph) => ({ sectionId: section.id, paragraphId: paragraph.id, text: paragraph.text.length > MAX_READ_PARAGRAPH ? '' : paragraph.text })),
  );
  const source = { outlet: frontmatter.source.outlet, via: frontmatter.source.via ?? null, url: frontmatter.source.url ?? null };
  // How the rules found each speaker, for the gate: a reach through a reference across sentences is refused.
  const notes: AttributionNotes = new Map();
  return {
    slug,
    title: frontmatter.title,
    dek: frontmatter.dek ?? null,
    category: frontmatter.category ?? null,
    published: frontmatter.published,
    language,
    ...settleRegion({ language, languageTag: parsedFrontmatter.languageTag, source, texts: readableText(parsedFrontmatter, parsed) }),
    source,
    author: frontmatter.author ?? null,
    tags: frontmatter.tags ?? [],
    notice: frontmatter.notice ?? [],
    aliases: Object.entries(frontmatter.aliases ?? {}).map(([from, to]) => ({ from, to })),
    formerSlugs: frontmatter.formerSlugs ?? [],
    provenance: provenanceOf(frontmatter.captured, sections),
    corrections: correctionsOf(frontmatter.corrections),
    sections,
    quotes: refuseWeakAttributions(extractQuotes(located, notes), located, undefined, notes),
    // Dates like 1月16日 are resolved against the publication date, so it goes in.
    timeline: extractTimeline(located, frontmatter.published),
  };
}
