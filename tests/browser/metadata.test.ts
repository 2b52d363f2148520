import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../lib/content/load-articles';
import { convertArticle } from '../../lib/content/convert';
import type { Article } from '../../lib/content/model';
import { findMalformedFiles } from '../../scripts/bench/wellformed';
import { served } from './helpers';

/**
 * What search engines and link previews read: the `<head>` of every exported page (parsed with
 * parse5), sitemap.xml and robots.txt. Pages the content calls for (indexes, articles and their
 * companions) are checked against the article model; every other page against general rules: it
 * names one canonical page of record, and every page of record is in the sitemap.
 */

const OUT = resolve('out');

// ---------------------------------------------------------------------------------------------
// The URL contract, spelled here as README's URL table states it, not taken from lib/site: its URL
// builders are what this test checks, and a bug there must not move the expectations with it.

const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
const SCRIPTS = ['zh-hant', 'zh-hans'] as const;
type Script = (typeof SCRIPTS)[number];
const LANGUAGE = { 'zh-hant': 'zh-Hant', 'zh-hans': 'zh-Hans' } as const satisfies Record<Script, string>;
const languageOfScript = (script: Script) => LANGUAGE[script];
const isScript = (segment: string): segment is Script => (SCRIPTS as readonly string[]).includes(segment);
const absoluteUrl = (path: string) => `${SITE_URL}${path}`;
const indexPath = (script: Script) => `/${script}/`;
const articlePath = (script: Script, slug: string) => `/${script}/articles/${slug}/`;
const sectionSharePath = (script: Script, slug: string, shareId: string) => `/${script}/articles/${slug}/s/${shareId}/`;

/** The share ids an article calls for: each section's id, and each alias that lands on a section. */
function shareableSectionIds(article: Article): { id: string; sectionId: string }[] {
  const sections = article.sections.map((section) => ({ id: section.id, sectionId: section.id }));
  const aliases = article.aliases.filter((alias) => article.sections.some((section) => section.id === alias.to)).map((alias) => ({ id: alias.from, sectionId: alias.to }));
  return [...sections, ...aliases];
}
const SITE_HINT = `(SITE_URL here is ${SITE_URL}: build and test with the same SITE_URL)`;
const HREFLANGS = ['zh-Hant', 'zh-Hans', 'x-default'];

// ---------------------------------------------------------------------------------------------
// Which pages the content calls for, and what each should say about itself

type PageKind =
  | { kind: 'index'; script: Script }
  | { kind: 'article'; script: Script; article: Article }
  | { kind: 'root' }
  | { kind: 'scriptless-article'; article: Article }
  | { kind: 'moved-article'; script: Script; article: Article }
  | { kind: 'section-share'; script: Script; article: Article; sectionId: string; shareId: string }
  | { kind: 'not-found' }
  /** A page this test has no content-derived expectations for (browse pages, search, …): general rules only. */
  | { kind: 'other' };

interface ExportedPage {
  /** `out/…/index.html`, relative to the project. */
  file: string;
  /** The URL path it is served at, decoded (`/zh-hant/tags/小米/`). */
  path: string;
  page: PageKind;
  document: T.Document;
}

/** Every exported `.html` file and the URL path a static host serves it at. */
function exportedFiles(): { file: string; path: string }[] {
  return readdirSync(OUT, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const rel = relative(OUT, join(entry.parentPath, entry.name)).split('\\').join('/');
      const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      return { file: relative(process.cwd(), join(entry.parentPath, entry.name)), path };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Every page the content calls for, by URL path. */
function expectedPages(): Map<string, PageKind> {
  const pages = new Map<string, PageKind>([['/', { kind: 'root' }]]);
  // Only 404.html: the post-build step removes Next's /404/ and /_not-found/ copies (served 200).
  pages.set('/404.html', { kind: 'not-found' });
  for (const script of SCRIPTS) pages.set(indexPath(script), { kind: 'index', script });
  for (const original of loadArticles()) {
    pages.set(`/articles/${original.slug}/`, { kind: 'scriptless-article', article: original });
    for (const script of SCRIPTS) {
      const article = convertArticle(original, languageOfScript(script));
      pages.set(articlePath(script, article.slug), { kind: 'article', script, article });
      for (const former of article.formerSlugs) pages.set(articlePath(script, former), { kind: 'moved-article', script, article });
      for (const { id, sectionId } of shareableSectionIds(article)) {
        pages.set(sectionSharePath(script, article.slug, id), { kind: 'section-share', script, article, sectionId, shareId: id });
      }
    }
  }
  return pages;
}

/** The page of record a page should name as canonical; null for 404 documents, undefined when this test cannot tell. */
function canonicalPath(page: PageKind): string | null | undefined {
  switch (page.kind) {
    case 'index':
      return indexPath(page.script);
    case 'article':
    case 'moved-article':
    case 'section-share':
      return articlePath(page.script, page.article.slug);
    case 'root':
      return indexPath('zh-hant');
    case 'scriptless-article':
      return articlePath('zh-hant', page.article.slug);
    case 'not-found':
      return null;
    case 'other':
      return undefined;
  }
  return page satisfies never;
}

/** The same page in each script plus x-default, where the content says what they are. */
function expectedAlternates(page: PageKind): Record<string, string> | null {
  const all = (pathIn: (script: Script) => string) => ({
    'zh-Hant': absoluteUrl(pathIn('zh-hant')),
    'zh-Hans': absoluteUrl(pathIn('zh-hans')),
    'x-default': absoluteUrl(pathIn('zh-hant')),
  });
  switch (page.kind) {
    case 'index':
    case 'root':
      return all(indexPath);
    case 'article':
    case 'scriptless-article': {
      const slug = page.article.slug;
      return all((script) => articlePath(script, slug));
    }
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading parsed HTML

/** Every element below a node, in document order. */
function* elements(node: T.ParentNode): Generator<T.Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elements(child.tagName === 'template' ? (child as T.Template).content : child);
  }
}

function attr(element: T.Element | undefined, name: string): string | undefined {
  return element?.attrs.find((a) => a.name === name)?.value;
}

function textOf(element: T.Element): string {
  return element.childNodes.map((child) => (child.nodeName === '#text' ? (child as T.TextNode).value : 'tagName' in child ? textOf(child) : '')).join('');
}

/** All elements of a tag whose attributes match. */
function find(document: T.Document, tag: string, attributes: Record<string, string> = {}): T.Element[] {
  return [...elements(document)].filter((element) => element.tagName === tag && Object.entries(attributes).every(([name, value]) => attr(element, name) === value));
}

/** The content of the one `<meta>` with that name or property; undefined if absent, an error if repeated. */
function metaContent(document: T.Document, key: { name: string } | { property: string }): string | undefined {
  const found = find(document, 'meta', key);
  if (found.length > 1) throw new Error(`${found.length} <meta ${JSON.stringify(key)}> elements`);
  return attr(found[0], 'content');
}

function isNoindex(document: T.Document): boolean {
  return /\bnoindex\b/.test(metaContent(document, { name: 'robots' }) ?? '');
}

/** The page's hreflang alternates, `{ hreflang: href }`. */
function alternatesOf(document: T.Document): Record<string, string> {
  return Object.fromEntries(
    find(document, 'link', { rel: 'alternate' })
      .filter((link) => attr(link, 'hreflang') !== undefined)
      .map((link) => [attr(link, 'hreflang')!, attr(link, 'href')!]),
  );
}

/** The decoded path of an absolute URL on this site (`…/tags/%E5%B0%8F%E7%B1%B3/` → `/tags/小米/`), or null for any other URL. */
function sitePath(url: string): string | null {
  if (!url.startsWith(`${SITE_URL}/`)) return null;
  return decodeURIComponent(new URL(url).pathname);
}

/** The file `out/` serves for an absolute site URL or a root-relative path, if it is one of ours. */
function fileFor(url: string): string | null {
  let path: string;
  if (url.startsWith(`${SITE_URL}/`)) path = url.slice(SITE_URL.length);
  else if (url.startsWith('/') && !url.startsWith('//')) path = url;
  else return null;
  path = decodeURIComponent(path.split(/[?#]/)[0]!);
  return join(OUT, path.endsWith('/') ? `${path}index.html` : path);
}

// ---------------------------------------------------------------------------------------------

const expected = expectedPages();
let pages: ExportedPage[] = [];
let byPath = new Map<string, ExportedPage>();

beforeAll(() => {
  pages = exportedFiles().map(({ file, path }) => ({ file, path, page: expected.get(path) ?? { kind: 'other' }, document: parse(readFileSync(file, 'utf8')) }));
  byPath = new Map(pages.map((entry) => [entry.path, entry]));
});

/** The exported pages of some kinds. */
function pagesOf(...kinds: PageKind['kind'][]): ExportedPage[] {
  return pages.filter((entry) => kinds.includes(entry.page.kind));
}

/** The one canonical URL a page names, or undefined when it names none or several. */
function canonicalOf(document: T.Document): string | undefined {
  const links = find(document, 'link', { rel: 'canonical' });
  return links.length === 1 ? attr(links[0], 'href') : undefined;
}

/** Pages of record: indexable pages whose canonical is themselves. These, and only these, belong in the sitemap. */
function pagesOfRecord(): ExportedPage[] {
  return pages.filter((entry) => {
    const canonical = canonicalOf(entry.document);
    return canonical !== undefined && sitePath(canonical) === entry.path && !isNoindex(entry.document);
  });
}

describe('exported pages', () => {
  it('out/ holds every page the content calls for', () => {
    expect(
      [...expected.keys()].filter((path) => !byPath.has(path)),
      'pages the content calls for that out/ lacks',
    ).toEqual([]);
  });

  it('each page has exactly one non-empty <title> and the <html lang> of its script', () => {
    const problems: string[] = [];
    for (const { file, path, page, document } of pages) {
      const titles = find(document, 'title');
      if (titles.length !== 1) problems.push(`${file}: ${titles.length} <title> elements`);
      else if (!textOf(titles[0]!).trim()) problems.push(`${file}: empty <title>`);
      const lang = attr(find(document, 'html')[0], 'lang');
      const segment = path.split('/')[1] ?? '';
      const wanted = 'script' in page ? languageOfScript(page.script) : isScript(segment) ? languageOfScript(segment) : 'zh-Hant';
      if (lang !== wanted) problems.push(`${file}: <html lang="${lang}">, expected "${wanted}"`);
    }
    expect(problems).toEqual([]);
  });

  it('each page names one absolute canonical page of record; 404 documents say noindex and name none', () => {
    const problems: string[] = [];
    for (const { file, path, page, document } of pages) {
      const canonicals = find(document, 'link', { rel: 'canonical' }).map((link) => attr(link, 'href') ?? '');
      const wanted = canonicalPath(page);
      if (wanted === null) {
        if (canonicals.length > 0) problems.push(`${file}: a 404 document with canonical ${canonicals.join(', ')}`);
        if (!isNoindex(document)) problems.push(`${file}: a 404 document without <meta name="robots" content="noindex">`);
        continue;
      }
      if (canonicals.length !== 1) {
        problems.push(`${file}: ${canonicals.length} canonical links ${JSON.stringify(canonicals)}`);
        continue;
      }
      const canonical = canonicals[0]!;
      if (wanted !== undefined && canonical !== absoluteUrl(wanted)) {
        problems.push(`${file}: canonical ${canonical}, expected ${absoluteUrl(wanted)}`);
        continue;
      }
      // Wherever it points, the chain ends at once: the canonical page exists and is its own canonical.
      const target = sitePath(canonical);
      const record = target === null ? undefined : byPath.get(target);
      if (!record) problems.push(`${file}: canonical ${canonical} is not an exported page of this site`);
      else if (record.path !== path && canonicalOf(record.document) !== canonical) {
        problems.push(`${file}: canonical ${canonical}, whose own canonical is ${canonicalOf(record.document)}`);
      }
    }
    expect(problems, SITE_HINT).toEqual([]);
  });

  it('each indexable page has one non-empty meta description; redirect pages say noindex', () => {
    const problems: string[] = [];
    for (const { file, page, document } of pages) {
      if (page.kind === 'not-found' || page.kind === 'moved-article' || isNoindex(document)) continue;
      const descriptions = find(document, 'meta', { name: 'description' });
      if (descriptions.length !== 1 || !attr(descriptions[0], 'content')?.trim()) problems.push(`${file}: ${descriptions.length} meta descriptions (need one, non-empty)`);
    }
    for (const { file, page, document } of pages) {
      const refreshes = find(document, 'meta').some((meta) => attr(meta, 'http-equiv')?.toLowerCase() === 'refresh');
      // Share pages are the exception on purpose: their head is the preview a link unfurler shows.
      if ((refreshes || page.kind === 'moved-article') && page.kind !== 'section-share' && !isNoindex(document)) problems.push(`${file}: a redirect page without noindex`);
    }
    for (const { file, page, document } of pagesOf('index', 'article', 'root', 'scriptless-article')) {
      if (isNoindex(document)) problems.push(`${file}: a ${page.kind} page that says noindex`);
    }
    expect(problems).toEqual([]);
  });

  it('hreflang alternates name zh-Hant, zh-Hans and x-default, each an exported page', () => {
    const problems: string[] = [];
    for (const { file, page, document } of pages) {
      const shown = alternatesOf(document);
      const wanted = expectedAlternates(page);
      if (wanted !== null) {
        if (JSON.stringify(shown, Object.keys(shown).sort()) !== JSON.stringify(wanted, Object.keys(wanted).sort())) {
          problems.push(`${file}: hreflang alternates ${JSON.stringify(shown)}, expected ${JSON.stringify(wanted)}`);
        }
        continue;
      }
      if (Object.keys(shown).length === 0) continue;
      if (JSON.stringify(Object.keys(shown).sort()) !== JSON.stringify([...HREFLANGS].sort())) problems.push(`${file}: hreflang alternates for ${Object.keys(shown).join(', ')}, expected ${HREFLANGS.join(', ')}`);
      for (const [lang, href] of Object.entries(shown)) {
        const target = sitePath(href);
        if (target === null || !byPath.has(target)) problems.push(`${file}: hreflang ${lang} → ${href} is not an exported page`);
      }
      if (shown['x-default'] !== shown['zh-Hant']) problems.push(`${file}: x-default ${shown['x-default']} is not the zh-Hant page ${shown['zh-Hant']}`);
    }
    expect(problems, SITE_HINT).toEqual([]);
  });

  it('every site URL in a <head> (icons, feeds, images, canonical, alternates, refresh) names a file in out/', () => {
    const problems: string[] = [];
    for (const { file, document } of pages) {
      const head = find(document, 'head')[0]!;
      for (const element of elements(head)) {
        const refresh = element.tagName === 'meta' && attr(element, 'http-equiv')?.toLowerCase() === 'refresh' ? /url=(.+)$/i.exec(attr(element, 'content') ?? '')?.[1] : undefined;
        const urls = [attr(element, 'href'), attr(element, 'src'), element.tagName === 'meta' ? attr(element, 'content') : undefined, refresh];
        const key = ['rel', 'name', 'property', 'http-equiv'].map((name) => attr(element, name) && `${name}="${attr(element, name)}"`).find(Boolean);
        for (const url of new Set(urls)) {
          const target = url && fileFor(url.trim());
          if (target && !existsSync(target)) problems.push(`${file}: <${element.tagName}${key ? ` ${key}` : ''}> points to ${url}, but ${relative(process.cwd(), target)} does not exist`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('article pages', () => {
  it('carry Open Graph, Twitter card and NewsArticle JSON-LD that match the model', () => {
    const articles = pagesOf('article', 'scriptless-article');
    expect(articles.length, 'article pages in out/').toBeGreaterThan(0);
    for (const { file, page, document } of articles) {
      if (page.kind !== 'article' && page.kind !== 'scriptless-article') continue;
      const script: Script = page.kind === 'article' ? page.script : 'zh-hant';
      const article = convertArticle(page.article, languageOfScript(script));
      const url = absoluteUrl(articlePath(script, article.slug));
      const description = metaContent(document, { name: 'description' });
      const og = {
        title: metaContent(document, { property: 'og:title' }),
        description: metaContent(document, { property: 'og:description' }),
        url: metaContent(document, { property: 'og:url' }),
        type: metaContent(document, { property: 'og:type' }),
      };
      expect(og, `${file}: Open Graph ${SITE_HINT}`).toEqual({ title: article.title, description, url, type: 'article' });
      expect(description, `${file}: meta description`).toBe(article.dek ?? Array.from(article.sections[0]!.paragraphs[0]!.text).slice(0, 80).join(''));
      expect(metaContent(document, { name: 'twitter:card' }), `${file}: twitter:card`).toMatch(/^summary(_large_image)?$/);

      const scripts = find(document, 'script', { type: 'application/ld+json' });
      expect(scripts.length, `${file}: JSON-LD scripts`).toBe(1);
      let data: Record<string, unknown>;
      try {
        data = JSON.parse(textOf(scripts[0]!)) as Record<string, unknown>;
      } catch (error) {
        throw new Error(`${file}: JSON-LD does not parse: ${(error as Error).message}\n${textOf(scripts[0]!)}`);
      }
      expect(
        { context: data['@context'], type: data['@type'], headline: data.headline, datePublished: data.datePublished, url: data.url, inLanguage: data.inLanguage },
        `${file}: JSON-LD`,
      ).toEqual({ context: 'https://schema.org', type: 'NewsArticle', headline: article.title, datePublished: article.published, url, inLanguage: languageOfScript(script) });
    }
  });

  it('the seed article is dated 2024-01 in its JSON-LD', () => {
    const seed = byPath.get(articlePath('zh-hant', 'xiaomi-tianxing-traffic-partners'));
    expect(seed, 'the Traditional seed article page').toBeDefined();
    const data = JSON.parse(textOf(find(seed!.document, 'script', { type: 'application/ld+json' })[0]!)) as { datePublished?: string };
    expect(data.datePublished).toBe('2024-01');
  });

  it('section share pages preview their section and send the reader on to it', () => {
    const problems: string[] = [];
    for (const { file, page, document } of pagesOf('section-share')) {
      if (page.kind !== 'section-share') continue;
      const ogUrl = metaContent(document, { property: 'og:url' });
      const wantedUrl = absoluteUrl(sectionSharePath(page.script, page.article.slug, page.shareId));
      if (ogUrl !== wantedUrl) problems.push(`${file}: og:url ${ogUrl}, expected ${wantedUrl}`);
      const heading = page.article.sections.find((section) => section.id === page.sectionId)?.heading;
      const ogTitle = metaContent(document, { property: 'og:title' }) ?? '';
      if (heading && !ogTitle.startsWith(heading)) problems.push(`${file}: og:title “${ogTitle}” does not start with the heading “${heading}”`);
      const refresh = find(document, 'meta').find((meta) => attr(meta, 'http-equiv')?.toLowerCase() === 'refresh');
      const wantedRefresh = `0; url=${articlePath(page.script, page.article.slug)}#${page.sectionId}`;
      if (attr(refresh, 'content') !== wantedRefresh) problems.push(`${file}: meta refresh ${attr(refresh, 'content') ?? 'missing'}, expected "${wantedRefresh}"`);
    }
    expect(problems).toEqual([]);
  });
});

describe('sitemap.xml and robots.txt', () => {
  /** The `<url>` entries of a sitemap in out/: each `<loc>` and its hreflang alternates (well-formedness is checked below). */
  function readSitemap(path: string) {
    const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';
    const XHTML = 'http://www.w3.org/1999/xhtml';
    const document = new DOMParser().parseFromString(readFileSync(join(OUT, path), 'utf8'), 'text/xml');
    const root = document.documentElement;
    const named = (parent: XmlElement, namespace: string, name: string) => Array.from(parent.getElementsByTagNameNS(namespace, name));
    return {
      root: root ? `{${root.namespaceURI}}${root.localName}` : null,
      urls: root
        ? named(root, SITEMAP, 'url').map((url) => ({
            loc: named(url, SITEMAP, 'loc')[0]?.textContent?.trim() ?? '',
            alternates: Object.fromEntries(
              named(url, XHTML, 'link')
                .filter((link) => link.getAttribute('rel') === 'alternate')
                .map((link) => [link.getAttribute('hreflang') ?? '', link.getAttribute('href') ?? '']),
            ) as Record<string, string>,
          }))
        : [],
    };
  }

  it('sitemap.xml parses and lists every page of record once (indexes and articles in both scripts among them), with its hreflang alternates', async () => {
    const response = await fetch(served('/sitemap.xml'));
    expect(response.status, 'status of /sitemap.xml').toBe(200);
    expect(response.headers.get('content-type'), 'content type of /sitemap.xml').toMatch(/^(application|text)\/xml/);
    const sitemap = readSitemap('sitemap.xml');
    expect(sitemap.root).toBe('{http://www.sitemaps.org/schemas/sitemap/0.9}urlset');

    const listed = sitemap.urls.map((url) => sitePath(url.loc) ?? `(not on ${SITE_URL}) ${url.loc}`);
    expect(listed.filter((path, index) => listed.indexOf(path) !== index), 'URLs listed twice in sitemap.xml').toEqual([]);
    const ofRecord = pagesOfRecord();
    for (const script of SCRIPTS) {
      expect(ofRecord.map((entry) => entry.path), `pages of record (self-canonical, indexable) ${SITE_HINT}`).toContain(indexPath(script));
      for (const article of loadArticles()) expect(ofRecord.map((entry) => entry.path)).toContain(articlePath(script, article.slug));
    }
    expect([...listed].sort(), `paths in sitemap.xml vs the exported pages of record ${SITE_HINT}`).toEqual(ofRecord.map((entry) => entry.path).sort());

    const problems: string[] = [];
    for (const url of sitemap.urls) {
      const page = byPath.get(sitePath(url.loc) ?? '');
      if (!page) continue;
      const inHead = alternatesOf(page.document);
      if (Object.keys(inHead).length === 0) continue;
      if (JSON.stringify(url.alternates, Object.keys(url.alternates).sort()) !== JSON.stringify(inHead, Object.keys(inHead).sort())) {
        problems.push(`${url.loc}: xhtml:link alternates ${JSON.stringify(url.alternates)}, but the page's head says ${JSON.stringify(inHead)}`);
      }
    }
    expect(problems, 'sitemap alternates that differ from the pages’ own hreflang links').toEqual([]);
    for (const page of ofRecord.filter((entry) => entry.page.kind === 'index' || entry.page.kind === 'article')) {
      const url = sitemap.urls.find((candidate) => sitePath(candidate.loc) === page.path)!;
      expect(url.alternates, `xhtml:link alternates of ${url.loc}`).toEqual(expectedAlternates(page.page));
    }
  });

  it('every XML file in out/ (sitemap, feeds) is well-formed XML 1.0 and every JSON file parses', async () => {
    // saxes, a conformant parser: a browser's lenient one lets control characters and `]]>` in text through.
    const { checked, problems } = await findMalformedFiles(OUT);
    expect(checked, 'XML and JSON files in out/').toBeGreaterThan(4);
    expect(problems).toEqual([]);
  });

  it('robots.txt names the sitemap by its absolute URL', () => {
    const robots = readFileSync(join(OUT, 'robots.txt'), 'utf8');
    expect(robots.split(/\r?\n/).map((line) => line.trim()), `out/robots.txt:\n${robots}`).toContain(`Sitemap: ${absoluteUrl('/sitemap.xml')}`);
  });
});
