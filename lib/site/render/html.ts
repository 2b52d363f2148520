import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

/**
 * The one way the site turns a hast tree into HTML outside React: feeds' full text and the pages
 * the build writes itself. rehype-stringify escapes every text and attribute value, so no text
 * from an article can become markup.
 */

const processor = unified().use(rehypeStringify, { characterReferences: { useNamedReferences: true } }).freeze();

/**
 * Pages leave out what HTML lets a parser infer: optional tags (`</p>` before a block, `</li>`,
 * `<head>`), quotes around a value without spaces or quotes, `=""` of empty attributes. Every
 * parser builds the same tree from it (the HTML standard's own rules; no parse error), and an
 * article page is 3–4% smaller (the seed: 52,326 → 50,546 and 73,887 → 71,142 bytes). Feed HTML
 * keeps every tag: feed readers vary.
 */
const pageProcessor = unified()
  .use(rehypeStringify, { characterReferences: { useNamedReferences: true }, omitOptionalTags: true, preferUnquoted: true, collapseEmptyAttributes: true })
  .freeze();

/** Serialises a hast tree (a fragment or a whole document) to HTML. */
export function renderHtml(tree: Root): string {
  return processor.stringify(tree);
}

/** Serialises a whole page the build writes, in the shortest HTML that parses to the same tree. */
export function renderPageHtml(tree: Root): string {
  return pageProcessor.stringify(tree);
}
