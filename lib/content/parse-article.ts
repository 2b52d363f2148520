import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { decodeContent } from './decode';
import { ContentError, DiagnosticSink, type Diagnostic, type Point } from './diagnostics';
import { parseFrontmatter, type ParsedFrontmatter } from './frontmatter';
import { parseBody, toModelSections, type ParsedSection } from './body';
import { articleSchema, type Article, type Language, type LocatedParagraph } from './model';
import { settleLanguage } from './article-language';
import { settleRegion } from './article-region';
import { baseNameOf, slugOfFile } from './slug';
import { extractQuotes } from './extract/quotes';
import { isOpeningMark, scanParagraphQuoteMarks } from './extract/quote-marks';
import { extractTimeline } from './extract/timeline';

/**
 * The article pipeline: bytes → text → mdast (frontmatter kept in the tree so positions stay
 * true) → checked frontmatter + sections → enrichment (quotes, timeline) → `Article`.
 */

export type ParseResult =
  | { ok: true; article: Article; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** Parses one content file into an `Article`, or reports every problem found in it. */
export function parseArticle(path: string, bytes: Uint8Array | string): ParseResult {
  const sink = new DiagnosticSink(path);
  const decoded = typeof bytes === 'string' ? { ok: true as const, text: bytes.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') } : decodeContent(bytes);
  if (!decoded.ok) {
    sink.error(decoded, 'not-utf8', `file is not valid UTF-8 (byte ${decoded.byteOffset}); save it as UTF-8`);
    return { ok: false, diagnostics: sink.diagnostics };
  }

  const { slug, exact } = slugOfFile(path);
  if (!exact) {
    sink.warn(
      { line: 1, column: 1 },
      'slug-derived',
      `file name "${baseNameOf(path)}.md" is not a URL slug (lowercase ASCII words joined by "-"), so the article is published as "${slug}": rename the file to "${slug}.md", or to words of your own, to choose its URL`,
    );
  }

  const root: Root = markdown.parse(decoded.text);
  const frontmatter = readFrontmatter(root, sink);
  const problemsBeforeBody = sink.diagnostics.length;
  const sections = parseBody(root, sink);
  // An empty body is worth saying only when no rejected block already explains it.
  if (sections.every((section) => section.paragraphs.length === 0) && sink.diagnostics.length === problemsBeforeBody) {
    const end = root.position?.end;
    sink.error(end ? { line: end.line, column: end.column } : { line: 1, column: 1 }, 'empty-body', 'the article has no body text');
  }
  checkUniqueIds(sections, sink);
  checkQuoteMarks(sections, sink);
  if (frontmatter) checkAliases(frontmatter, sections, slug, sink);
  const language = frontmatter && settleLanguage(frontmatter.data.language, readableText(frontmatter, sections), frontmatter.pointOf(['language']), sink);

  if (sink.failed || !frontmatter || !language) return { ok: false, diagnostics: sink.diagnostics };
  const article = buildArticle(slug, frontmatter, sections, language);
  return { ok: true, article: articleSchema.parse(article), diagnostics: sink.diagnostics };
}

/** Like `parseArticle`, but throws a `ContentError` listing every problem. */
export function parseArticleOrThrow(path: string, bytes: Uint8Array | string): Article {
  const result = parseArticle(path, bytes);
  if (!result.ok) throw new ContentError(result.diagnostics);
  return result.article;
}

/** Finds and validates the YAML frontmatter block, which must open the file. */
function readFrontmatter(root: Root, sink: DiagnosticSink): ParsedFrontmatter | null {
  const first = root.children[0];
  if (!first || first.type !== 'yaml') {
    sink.error({ line: 1, column: 1 }, 'frontmatter-missing', 'the file must start with YAML frontmatter between "---" lines (title, published, language, source.outlet)');
    return null;
  }
  const firstLine = (first.position?.start.line ?? 1) + 1;
  return parseFrontmatter({ value: first.value, firstLine }, sink);
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
 * Reports quote marks that open without closing (or close without opening) inside a paragraph. A
 * quote left open at a paragraph's end is fine when the next paragraph opens with the same mark:
 * that continues the quote, and only the paragraph where it never closes is at fault.
 */
function checkQuoteMarks(sections: ParsedSection[], sink: DiagnosticSink): void {
  // A quote may run on past an archive heading: headings are ours, the quote is the source's.
  const paragraphs = sections.flatMap((section) => section.paragraphs);
  const marks = scanParagraphQuoteMarks(paragraphs.map((paragraph) => paragraph.text));
  paragraphs.forEach((paragraph, index) => {
    for (const { offset, mark } of marks[index]?.unbalanced ?? []) {
      const hint = isOpeningMark(mark) ? ` (to continue a quote, open the next paragraph with ${mark})` : '';
      sink.error(paragraph.pointAt(offset), 'unbalanced-quote', `quote mark ${mark} is not matched within its paragraph${hint}`);
    }
  });
}

/** Reports aliases that would shadow a current id or land nowhere, and a former slug equal to the slug. */
function checkAliases({ data, pointOf }: ParsedFrontmatter, sections: ParsedSection[], slug: string, sink: DiagnosticSink): void {
  const ids = new Set(sections.flatMap((section) => [section.id, ...section.paragraphs.map((paragraph) => paragraph.id)]));
  for (const [from, to] of Object.entries(data.aliases ?? {})) {
    if (ids.has(from)) sink.error(pointOf(['aliases', from]), 'alias-shadows-id', `alias "${from}" is still a current id: remove the alias or rename the id`);
    if (!ids.has(to)) sink.error(pointOf(['aliases', from]), 'alias-target-missing', `alias "${from}" points to "${to}", which is not a section or paragraph id of this article`);
  }
  (data.formerSlugs ?? []).forEach((former, index) => {
    if (former === slug) sink.error(pointOf(['formerSlugs', index]), 'former-slug-is-current', `former slug "${former}" is the article's current slug`);
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
    section.paragraphs.map((paragraph) => ({ sectionId: section.id, paragraphId: paragraph.id, text: paragraph.text })),
  );
  const source = { outlet: frontmatter.source.outlet, via: frontmatter.source.via ?? null, url: frontmatter.source.url ?? null };
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
    sections,
    quotes: extractQuotes(located),
    // Dates like 1月16日 are resolved against the publication date, so it goes in.
    timeline: extractTimeline(located, frontmatter.published),
  };
}
