import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';
import { renderPageHtml } from '../../lib/site/render/html';
import { linkInlineStylesheets } from './link-stylesheets';

/** What one call removed, so the post-build step can report it. */
export interface RemovedCounts {
  scripts: number;
  preloads: number;
  markers: number;
  hiddenDivs: number;
  /** UTF-8 bytes of removed inline script bodies (mostly `self.__next_f` flight data). */
  inlineBytes: number;
}

export interface StripResult {
  html: string;
  removed: RemovedCounts;
  /** Why the page was left untouched; undefined when it was stripped. */
  runtimeNeed: string | undefined;
}

/**
 * Comments React's server renderer writes for hydration: Suspense (`$`, `/$`), Activity (`&`, `/&`),
 * text separators (` `), form state (`F`, `F!`) and preamble markers. React renders no other
 * comments, so an exact match cannot hit one of ours.
 */
const REACT_MARKERS = new Set(['$', '/$', '&', '/&', ' ', 'F', 'F!', 'html', 'head', 'body']);

/** Boundaries whose real content only arrives through the runtime (pending, queued, client-rendered). */
const INCOMPLETE_BOUNDARIES = new Set(['$?', '$~', '$!']);

/** Script types the browser executes; every other type is an inert data block (JSON-LD, speculation rules). */
const EXECUTABLE_TYPE =
  /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/(?:jscript|livescript|javascript1\.[0-5]))$/;

/** Reads an attribute of an element, or undefined when it is absent. */
function getAttribute(element: T.Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** Lists the children of a node, including a `<template>`'s content, which parse5 keeps apart. */
function getChildren(node: T.ParentNode): T.ChildNode[] {
  return 'content' in node ? node.content.childNodes : node.childNodes;
}

/** Tells whether a node is an element, narrowing its type. */
function isElement(node: T.Node): node is T.Element {
  return 'tagName' in node;
}

/** Tells whether a node is a comment, narrowing its type. */
function isComment(node: T.Node): node is T.CommentNode {
  return node.nodeName === '#comment';
}

/** Returns why a parsed page cannot lose the runtime, or undefined when it hydrates nothing. */
function findRuntimeNeedIn(node: T.ParentNode): string | undefined {
  for (const child of getChildren(node)) {
    if (isComment(child) && INCOMPLETE_BOUNDARIES.has(child.data)) {
      return `Suspense boundary <!--${child.data}--> shows its fallback until React renders the content`;
    }
    if (!isElement(child)) continue;
    if (getAttribute(child, 'data-needs-runtime') !== undefined) {
      return `<${child.tagName} data-needs-runtime>`;
    }
    const found = findRuntimeNeedIn(child);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Returns why a page must keep Next's runtime, or undefined when it can be stripped. */
export function findRuntimeNeed(html: string): string | undefined {
  return findRuntimeNeedIn(parse(html));
}

/** Tells whether a page must keep Next's runtime (it says so, or its content needs React to appear). */
export function needsRuntime(html: string): boolean {
  return findRuntimeNeed(html) !== undefined;
}

/** Tells whether a script is Next's (any executable script we did not mark `data-keep`). */
function isRuntimeScript(script: T.Element): boolean {
  if (getAttribute(script, 'data-keep') !== undefined) return false;
  const type = (getAttribute(script, 'type') ?? '').trim().toLowerCase();
  return EXECUTABLE_TYPE.test(type);
}

/** Tells whether a `<link>` only exists to fetch JavaScript, which a stripped page never runs. */
function isScriptPreload(link: T.Element): boolean {
  if (getAttribute(link, 'data-keep') !== undefined) return false;
  const rel = (getAttribute(link, 'rel') ?? '').toLowerCase().split(/\s+/);
  const as = (getAttribute(link, 'as') ?? '').toLowerCase();
  const href = getAttribute(link, 'href') ?? '';
  return (
    rel.includes('modulepreload') ||
    (rel.includes('preload') && as === 'script') ||
    (href.startsWith('/_next/') && /\.m?js(?:$|\?)/.test(href))
  );
}

/** Tells whether an element is Next's `<div hidden>` metadata boundary, now emptied of its markers. */
function isEmptyHiddenDiv(element: T.Element, parent: T.ParentNode): boolean {
  return (
    parent.nodeName === 'body' &&
    element.tagName === 'div' &&
    element.attrs.length === 1 &&
    element.attrs[0]?.name === 'hidden' &&
    element.childNodes.every((child) => 'value' in child && /^\s*$/.test(child.value))
  );
}

/** Removes runtime nodes below `node` in place, counting them; children first so emptied divs are seen empty. */
function stripNode(node: T.ParentNode, removed: RemovedCounts): void {
  const kept: T.ChildNode[] = [];
  for (const child of getChildren(node)) {
    if (isComment(child)) {
      if (REACT_MARKERS.has(child.data)) {
        removed.markers += 1;
        continue;
      }
    } else if (isElement(child)) {
      stripNode(child, removed);
      if (child.tagName === 'script' && isRuntimeScript(child)) {
        removed.scripts += 1;
        const body = child.childNodes.map((text) => ('value' in text ? text.value : '')).join('');
        removed.inlineBytes += Buffer.byteLength(body);
        continue;
      }
      if (child.tagName === 'link' && isScriptPreload(child)) {
        removed.preloads += 1;
        continue;
      }
      if (isEmptyHiddenDiv(child, node)) {
        removed.hiddenDivs += 1;
        continue;
      }
    }
    kept.push(child);
  }
  // Replace the array's contents rather than the array, so a template's content keeps its identity.
  getChildren(node).splice(0, Infinity, ...kept);
}

/**
 * Next's inline flight scripts, `<script>self.__next_f.push(…)</script>` and the one that creates
 * the queue: most of a page's bytes (64% of a timeline page). Next escapes `<` in them, so a body
 * without `<` ends at the first `</script>` exactly as the HTML parser ends it; a script that does
 * not match is left to the parser.
 */
const FLIGHT_SCRIPT = /<script>((?:self\.__next_f\.push|\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push)\([^<]*)<\/script>/g;

/**
 * Cuts the flight scripts out of the page's text before it is parsed: the stripper would remove
 * them anyway, and leaving them to parse5 doubled the time of the post-build step. The parsed
 * tree is the same less those elements (a script's text is raw: it holds no comment or element).
 */
function cutFlightScripts(html: string, removed: RemovedCounts): string {
  return html.replace(FLIGHT_SCRIPT, (_, body: string) => {
    removed.scripts += 1;
    removed.inlineBytes += Buffer.byteLength(body);
    return '';
  });
}

/**
 * Where an element of `<head>` goes in the page's fixed order: the charset, the viewport's metas,
 * stylesheets and preloads, the feed links, then everything else as Next wrote it. React hoists the layout's
 * feed links and Next's viewport metas into `<head>` in the order their renders finish, which
 * varies with the machine's load (a full and an incremental build of the same page differed only
 * there); browsers and crawlers read these elements in any order.
 */
function headRank(node: T.ChildNode): number {
  if (!isElement(node)) return 4;
  const name = getAttribute(node, 'name');
  if (node.tagName === 'meta' && getAttribute(node, 'charset') !== undefined) return 0;
  if (node.tagName === 'meta' && (name === 'viewport' || name === 'theme-color' || name === 'color-scheme')) return 1;
  const rel = node.tagName === 'link' ? getAttribute(node, 'rel') : undefined;
  if (node.tagName === 'style' || rel === 'stylesheet' || rel === 'preload') return 2;
  if (node.tagName === 'link' && getAttribute(node, 'rel') === 'alternate' && getAttribute(node, 'type') !== undefined) return 3;
  return 4;
}

/** The page's `<head>`, if the parser made one. */
function findHead(document: T.Document): T.Element | undefined {
  const html = getChildren(document).find((node): node is T.Element => isElement(node) && node.tagName === 'html');
  return html && getChildren(html).find((node): node is T.Element => isElement(node) && node.tagName === 'head');
}

/** Puts `<head>`'s children in the fixed order of `headRank` (stable: equal ranks keep Next's order). */
function orderHead(document: T.Document): void {
  const head = findHead(document);
  if (!head) return;
  const ordered = getChildren(head)
    .map((node, index) => ({ node, index, rank: headRank(node) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ node }) => node);
  getChildren(head).splice(0, Infinity, ...ordered);
}

/** X's tags that repeat an Open Graph tag, which X reads when its own is left out. */
const TWITTER_COPIES = { 'twitter:title': 'og:title', 'twitter:description': 'og:description', 'twitter:image': 'og:image' } as const;

/**
 * Removes the `twitter:` title, description and image that only repeat the Open Graph ones: Next
 * writes them from the page's metadata even when only the card type is asked for (about 0.35 kB a
 * browsing page).
 */
function dropTwitterCopies(head: T.Element): void {
  const metas = getChildren(head).filter((node): node is T.Element => isElement(node) && node.tagName === 'meta');
  const contentOf = (key: string) => metas.find((meta) => getAttribute(meta, 'property') === key)?.attrs.find((attr) => attr.name === 'content')?.value;
  const kept = getChildren(head).filter((node) => {
    if (!isElement(node) || node.tagName !== 'meta') return true;
    const name = getAttribute(node, 'name');
    if (name === undefined || !(name in TWITTER_COPIES)) return true;
    const copied = contentOf(TWITTER_COPIES[name as keyof typeof TWITTER_COPIES]);
    return copied === undefined || copied !== getAttribute(node, 'content');
  });
  getChildren(head).splice(0, Infinity, ...kept);
}

export interface StripOptions {
  /** The export's files: given, the page's inline stylesheets become links to them (link-stylesheets.ts). */
  linkStylesheetsTo?: ReadonlySet<string>;
  /**
   * Writes the page as the pages the build writes itself are written (lib/site/render/html.ts):
   * without optional tags, quotes or empty values where HTML lets the parser infer them (the
   * listing pages are mostly short list items, so each `</li>` and pair of quotes counts), and
   * without `twitter:` tags that repeat an Open Graph one.
   */
  minify?: boolean;
}

/** Removes Next's client runtime from an exported page, unless the page needs it. */
export function stripRuntime(html: string, options: StripOptions = {}): StripResult {
  const removed: RemovedCounts = { scripts: 0, preloads: 0, markers: 0, hiddenDivs: 0, inlineBytes: 0 };
  const document = parse(cutFlightScripts(html, removed));
  const runtimeNeed = findRuntimeNeedIn(document);
  // A page that needs React keeps its bytes exactly, not a parse5 re-serialization of them.
  if (runtimeNeed !== undefined) return { html, removed: { scripts: 0, preloads: 0, markers: 0, hiddenDivs: 0, inlineBytes: 0 }, runtimeNeed };
  stripNode(document, removed);
  const head = findHead(document);
  if (head && options.linkStylesheetsTo) linkInlineStylesheets(head, options.linkStylesheetsTo);
  if (head && options.minify) dropTwitterCopies(head);
  orderHead(document);
  return { html: options.minify ? renderPageHtml(fromParse5(document) as Root) : serialize(document), removed, runtimeNeed };
}
