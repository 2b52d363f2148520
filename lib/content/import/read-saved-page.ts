import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { isRealPartialDate } from '../frontmatter';
import { isBlankLine } from '../body';

/**
 * A web page as a browser saves it. The article text is found by @mozilla/readability (Firefox
 * Reader View's algorithm, kept by Mozilla and tested on hundreds of real pages) over linkedom (a
 * light DOM that loads no resources and runs no scripts). The facts around it are read from what
 * the page states about itself (Open Graph, JSON-LD, `<meta>`, `<link rel=canonical>`), each with
 * where it was found, so the editor can judge it; nothing is inferred from the text.
 */

/** One fact read from the page, and where. */
export interface PageFact {
  value: string;
  from: string;
}

export interface SavedPage {
  title: PageFact | null;
  outlet: PageFact | null;
  published: PageFact | null;
  author: PageFact | null;
  url: PageFact | null;
  captured: PageFact | null;
  /** The article's paragraphs, each one line of text as the page shows it. */
  paragraphs: string[];
  /** Facts the page states in a form the importer does not read (left out, and said so). */
  unreadable: string[];
}

type Document = ReturnType<typeof parseHTML>['document'];
type JsonObject = Record<string, unknown>;

/** The content of the first `<meta>` whose property or name is one of `keys` (case-insensitive). */
function metaContent(document: Document, keys: readonly string[]): PageFact | null {
  for (const key of keys) {
    for (const meta of document.querySelectorAll('meta')) {
      const name = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
      const content = meta.getAttribute('content')?.trim();
      if (name === key && content) return { value: content, from: `<meta ${meta.hasAttribute('property') ? 'property' : 'name'}="${key}">` };
    }
  }
  return null;
}

/** Every object in the page's JSON-LD blocks, `@graph` and arrays flattened. */
function jsonLdObjects(document: Document): JsonObject[] {
  const objects: JsonObject[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      objects.push(value as JsonObject);
      const graph = (value as JsonObject)['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block states nothing we can read; the other sources still count.
    }
  }
  return objects;
}

/** A name from JSON-LD: a string, `{ name }`, or a list of either (joined with 、). */
function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => name !== null);
    return names.length > 0 ? names.join('、') : null;
  }
  if (value && typeof value === 'object') return nameOf((value as JsonObject).name);
  return null;
}

/** The first JSON-LD object that describes an article (it has a headline or a publication date). */
function jsonLdArticle(document: Document): JsonObject | null {
  return jsonLdObjects(document).find((object) => 'headline' in object || 'datePublished' in object) ?? null;
}

function jsonLdFact(article: JsonObject | null, key: string, read: (value: unknown) => string | null = nameOf): PageFact | null {
  const value = article ? read(article[key]) : null;
  return value ? { value, from: `JSON-LD ${key}` } : null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The date a written date or timestamp names, only as precise as it is written: `2024`, `2024-01`,
 * `2024-01-05`, `2024/1/5`, `2024年1月5日`. A timestamp keeps the day written in its own offset
 * (`2024-01-05T23:30:00-05:00` is the 5th), never shifted through this machine's time zone.
 */
export function partialDateOf(written: string): string | null {
  const text = written.trim();
  const pad = (part: string) => part.padStart(2, '0');
  const full = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(text) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
  const month = /^(\d{4})-(\d{2})$/.exec(text) ?? /^(\d{4})年(\d{1,2})月$/.exec(text);
  const year = /^(\d{4})年?$/.exec(text);
  const date = full ? `${full[1]}-${pad(full[2]!)}-${pad(full[3]!)}` : month ? `${month[1]}-${pad(month[2]!)}` : year ? year[1]! : null;
  return date !== null && isRealPartialDate(date) ? date : null;
}

/** The day a SingleFile save names in its header comment (`saved date: Thu Dec 03 2026 …`), as written. */
function singleFileSavedDay(html: string): string | null {
  const match = /saved date:\s*\w{3},? (\w{3}) (\d{1,2}),? (\d{4})/i.exec(html.slice(0, 4096));
  const month = match ? MONTHS.indexOf(match[1]!.toLowerCase()) + 1 : 0;
  if (!match || month === 0) return null;
  const day = `${match[3]}-${String(month).padStart(2, '0')}-${match[2]!.padStart(2, '0')}`;
  return isRealPartialDate(day) ? day : null;
}

/** An absolute http(s) URL, or null. */
function httpUrl(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text && /^https?:\/\/\S+$/.test(text) ? text : null;
}

/** Where the page says it lives: canonical link, og:url, JSON-LD url, or the browser's `saved from url=` comment. */
function canonicalUrl(document: Document, html: string, article: JsonObject | null): PageFact | null {
  const canonical = httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  if (canonical) return { value: canonical, from: '<link rel="canonical">' };
  const og = metaContent(document, ['og:url']);
  if (og && httpUrl(og.value)) return og;
  const jsonLd = jsonLdFact(article, 'url', (value) => httpUrl(typeof value === 'string' ? value : null)) ??
    jsonLdFact(article, 'mainEntityOfPage', (value) => httpUrl(typeof value === 'string' ? value : nameOf((value as JsonObject | null)?.['@id'])));
  if (jsonLd) return jsonLd;
  const savedFrom = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1];
  return httpUrl(savedFrom) ? { value: savedFrom!, from: 'the "saved from url" comment the browser wrote' } : null;
}

/**
 * The headline: what the page declares (og:title, JSON-LD headline), else its `<h1>` when the
 * `<title>` begins with it (titles often carry `_頻道_網站` after the headline), else the title
 * Readability settles on.
 */
function headline(document: Document, article: JsonObject | null, readabilityTitle: string | null): PageFact | null {
  const declared = metaContent(document, ['og:title']) ?? jsonLdFact(article, 'headline');
  if (declared) return declared;
  const pageTitle = document.querySelector('title')?.textContent?.trim() ?? '';
  for (const h1 of document.querySelectorAll('h1')) {
    const text = collapseSpaces(h1.textContent ?? '').trim();
    if (text !== '' && pageTitle.startsWith(text)) return { value: text, from: '<h1> (the start of <title>)' };
  }
  const title = readabilityTitle?.trim() || pageTitle;
  return title ? { value: title, from: '<title>' } : null;
}

// ---------------------------------------------------------------------------------------------
// The article's text, one paragraph per block, as a browser lays it out

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** HTML collapses runs of its own whitespace (ASCII space, tab, newline, form feed) to one space; U+3000 and NBSP are text. */
function collapseSpaces(text: string): string {
  return text.replace(/[ \t\n\f\r]+/g, ' ');
}

/** The lines a rendered fragment shows: a new line at every block and `<br>`, collapsible spaces dropped at line ends. */
function linesOf(root: { childNodes: ArrayLike<unknown> }): string[] {
  const lines: string[] = [];
  let current = '';
  const endLine = () => {
    const line = current.replace(/^[ \t\n\f\r]+|[ \t\n\f\r]+$/g, '');
    if (!isBlankLine(line)) lines.push(line);
    current = '';
  };
  const walk = (node: { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<unknown> }, inPre: boolean): void => {
    if (node.nodeType === 3) {
      current += inPre ? (node.textContent ?? '') : collapseSpaces(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toLowerCase();
    if (tag === 'br') return endLine();
    if (tag === 'script' || tag === 'style' || tag === 'template') return;
    const block = BLOCKS.has(tag);
    if (block) endLine();
    for (const child of Array.from(node.childNodes)) walk(child as typeof node, inPre || tag === 'pre');
    if (block) endLine();
  };
  for (const child of Array.from(root.childNodes)) walk(child as Parameters<typeof walk>[0], false);
  endLine();
  return lines.flatMap((line) => line.split('\n')).filter((line) => !isBlankLine(line));
}

/** The article's paragraphs as Readability finds them, or none when it finds no article. */
function articleParagraphs(html: string): { paragraphs: string[]; title: string | null } {
  const { document } = parseHTML(html);
  // linkedom implements the DOM Readability uses; its types are its own, not lib.dom's.
  const article = new Readability(document as unknown as globalThis.Document).parse();
  if (!article?.content) return { paragraphs: [], title: null };
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  return { paragraphs: linesOf(content.body), title: article.title ?? null };
}

/** Reads a saved page: its article text and what it says about itself. */
export function readSavedPage(html: string): SavedPage {
  // Metadata first, from a document of its own: Readability rewrites the document it reads.
  const { document } = parseHTML(html);
  const article = jsonLdArticle(document);
  const unreadable: string[] = [];

  const publishedFact =
    metaContent(document, ['article:published_time']) ?? jsonLdFact(article, 'datePublished') ?? metaContent(document, ['publishdate', 'pubdate']);
  const publishedDay = publishedFact ? partialDateOf(publishedFact.value) : null;
  if (publishedFact && publishedDay === null) unreadable.push(`${publishedFact.from} says "${publishedFact.value}", which is not a date the importer reads`);

  const authorFact = jsonLdFact(article, 'author') ?? metaContent(document, ['author', 'article:author']);
  const savedDay = singleFileSavedDay(html);
  const { paragraphs, title } = articleParagraphs(html);
  return {
    title: headline(document, article, title),
    outlet: metaContent(document, ['og:site_name']) ?? jsonLdFact(article, 'publisher'),
    published: publishedFact && publishedDay ? { value: publishedDay, from: `${publishedFact.from} "${publishedFact.value}"` } : null,
    // A profile URL says who, but not by name.
    author: authorFact && !httpUrl(authorFact.value) ? authorFact : null,
    url: canonicalUrl(document, html, article),
    captured: savedDay ? { value: savedDay, from: 'the "saved date" SingleFile wrote' } : null,
    paragraphs,
    unreadable,
  };
}
