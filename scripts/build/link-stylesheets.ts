import type { DefaultTreeAdapterTypes as T } from 'parse5';

/**
 * Browsing pages link their stylesheet instead of carrying it inline. Next inlines every page's CSS
 * (`experimental.inlineCss`), which saves the article page and the index a render-blocking request;
 * but the timeline, tag, outlet and people pages, 2,000 of them at 1,000 articles, carried the same
 * 8.2 kB each (17 MB of the export), though a reader browsing them fetches it once and then has it
 * cached. The files are Next's own CSS chunks, which the export keeps and every build writes.
 */

/** The exported pages whose stylesheet is linked: everything under a script's timeline, tags, outlets and people. */
const LINKED_PAGE = /^zh-han[st]\/(?:timeline|tags|outlets|people)\//;

/** Tells whether an exported page (`zh-hant/timeline/index.html`) links its stylesheet. */
export function linksStylesheet(page: string): boolean {
  return LINKED_PAGE.test(page);
}

/** Reads an attribute of an element, or undefined when it is absent. */
function getAttribute(element: T.Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** A `<link rel=stylesheet>` for a CSS file, in the tree `parent` holds. */
function stylesheetLink(href: string, parent: T.Element): T.Element {
  return {
    nodeName: 'link',
    tagName: 'link',
    attrs: [
      { name: 'rel', value: 'stylesheet' },
      { name: 'href', value: href },
    ],
    namespaceURI: parent.namespaceURI,
    childNodes: [],
    parentNode: parent,
  };
}

/**
 * Replaces each of `<head>`'s inline `<style data-href="/_next/static/….css …">` with a link to
 * each file it was made from, in order, when every one of them is in the export (`files`, paths
 * without the leading slash); a style without that attribute, or naming a missing file, stays
 * inline. Returns how many styles were replaced.
 */
export function linkInlineStylesheets(head: T.Element, files: ReadonlySet<string>): number {
  let replaced = 0;
  head.childNodes = head.childNodes.flatMap((node) => {
    if (!('tagName' in node) || node.tagName !== 'style') return [node];
    const hrefs = (getAttribute(node, 'data-href') ?? '').split(/\s+/).filter(Boolean);
    const linkable = hrefs.length > 0 && hrefs.every((href) => /^\/_next\/static\/[^?#]+\.css$/.test(href) && files.has(href.slice(1)));
    if (!linkable) return [node];
    replaced += 1;
    return hrefs.map((href) => stylesheetLink(href, head));
  });
  return replaced;
}
