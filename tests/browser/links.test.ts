import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { SITE_URL } from '../../lib/site/routes';

/**
 * A link check over the whole export: every internal link, every `#fragment` it names, and
 * every URL in page heads and sitemap resolves to a file and an id that exist.
 */

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const OUT = 'out';

/** Every file below a folder, as paths relative to it with `/` separators. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [relative(OUT, path).split(sep).join('/')];
  });
}

/** Walks every element of a parsed document. */
function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child);
  if ('content' in node && node.content) yield* elements(node.content as Node);
}

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

/** The export file a site path is served from, or null. */
function fileFor(path: string): string | null {
  const clean = decodeURIComponent(path).replace(/^\//, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.find((candidate) => existsSync(join(OUT, candidate)) && statSync(join(OUT, candidate)).isFile()) ?? null;
}

/** The URL path a page file is served at. */
function urlPathOf(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}

interface PageLinks {
  ids: Set<string>;
  links: { href: string; where: string }[];
}

/** Reads a page's ids and every URL it points at. */
function readPage(file: string): PageLinks {
  const document = parse(readFileSync(join(OUT, file), 'utf8'));
  const ids = new Set<string>();
  const links: PageLinks['links'] = [];
  for (const element of elements(document)) {
    const id = attribute(element, 'id');
    if (id) ids.add(id);
    for (const name of ['href', 'src']) {
      const value = attribute(element, name);
      if (value !== undefined) links.push({ href: value, where: `<${element.tagName} ${name}>` });
    }
    const content = attribute(element, 'content');
    if (element.tagName === 'meta' && content) {
      const refresh = /url=(.+)$/i.exec(content);
      if (attribute(element, 'http-equiv') === 'refresh' && refresh?.[1]) links.push({ href: refresh[1], where: '<meta refresh>' });
      if (/^og:(url|image)$|^twitter:image$/.test(attribute(element, 'property') ?? attribute(element, 'name') ?? '')) links.push({ href: content, where: `<meta ${attribute(element, 'property') ?? attribute(element, 'name')}>` });
    }
  }
  return { ids, links };
}

describe('links in the export', () => {
  const files = filesBelow(OUT);
  const pages = files.filter((file) => file.endsWith('.html'));
  const parsed = new Map(pages.map((file) => [file, readPage(file)]));

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('every internal link, asset and #fragment resolves', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const [file, { links }] of parsed) {
      const base = new URL(urlPathOf(file), `${SITE_URL}/`);
      for (const { href, where } of links) {
        const url = new URL(href, base);
        if (url.origin !== new URL(SITE_URL).origin) continue;
        checked++;
        const target = fileFor(url.pathname);
        if (!target) {
          broken.push(`${file}: ${where} ${href} → no file for ${url.pathname}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && !parsed.get(target)?.ids.has(fragment)) broken.push(`${file}: ${where} ${href} → ${target} has no id "${fragment}"`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('every URL in sitemap.xml is an exported page', () => {
    const sitemap = readFileSync(join(OUT, 'sitemap.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/(?:<loc>|<xhtml:link[^>]*href=")([^<"]+)/g)].map((match) => match[1] ?? '');
    expect(urls.length).toBeGreaterThan(4);
    const missing = urls.filter((url) => !url.startsWith(SITE_URL) || !fileFor(new URL(url).pathname));
    expect(missing).toEqual([]);
  });
});
