import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

/**
 * The one way the site turns a hast tree into HTML outside React: feeds' full text and the pages
 * the build writes itself. rehype-stringify escapes every text and attribute value, so no text
 * from an article can become markup.
 */

const processor = unified().use(rehypeStringify, { characterReferences: { useNamedReferences: true } }).freeze();

/** Serialises a hast tree (a fragment or a whole document) to HTML. */
export function renderHtml(tree: Root): string {
  return processor.stringify(tree);
}
