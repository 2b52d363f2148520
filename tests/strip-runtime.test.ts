import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { parse, serialize, type DefaultTreeAdapterTypes as T, type ParserError } from 'parse5';
import { afterEach, describe, expect, it } from 'vitest';
import * as stripModule from '../scripts/build/strip-runtime';
import { findRuntimeNeed, needsRuntime, stripRuntime } from '../scripts/build/strip-runtime';
import { findFlightFiles, postbuild } from '../scripts/build/postbuild';

// Real `next build` output (Next 16.4.6, Turbopack, output: 'export') from a throwaway app.
const FIXTURES = join(import.meta.dirname, 'fixtures', 'next-export');
const article = await readFile(join(FIXTURES, 'article.html'), 'utf8');
const needsRuntimePage = await readFile(join(FIXTURES, 'needs-runtime.html'), 'utf8');
const bailoutPage = await readFile(join(FIXTURES, 'client-bailout.html'), 'utf8');

/** Collects the text a reader sees in `<body>`: no script, style or template contents. */
function readBodyText(html: string): string {
  const parts: string[] = [];
  const visit = (node: T.ParentNode): void => {
    for (const child of node.childNodes) {
      if (child.nodeName === '#text') parts.push((child as T.TextNode).value);
      else if ('tagName' in child && !['script', 'style', 'template'].includes(child.tagName)) visit(child);
    }
  };
  const html_ = parse(html).childNodes.find((node) => node.nodeName === 'html') as T.Element;
  visit(html_.childNodes.find((node) => node.nodeName === 'body') as T.Element);
  return parts.join('');
}

/** Lists the opening tags of one element name, as written, to assert on attributes. */
function findTags(html: string, tag: string): string[] {
  return html.match(new RegExp(`<${tag}\\b[^>]*>`, 'g')) ?? [];
}

describe('strip-runtime module', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(stripModule).sort()).toEqual(['findRuntimeNeed', 'needsRuntime', 'stripRuntime']);
  });
});

describe('the article fixture is real Next output', () => {
  it('carries every runtime artifact the strip step targets', () => {
    expect(article).toContain('<script src="/_next/static/chunks/');
    expect(article).toContain('<link rel="preload" as="script"');
    expect(article).toContain('noModule=""');
    expect(article).toContain('<script id="_R_">');
    expect(article).toContain('self.__next_f.push([1,');
    expect(article).toContain('<div hidden=""><!--$--><!--/$--></div>');
    expect(article).toContain('<!-- -->');
  });
});

describe('stripRuntime on an article page', () => {
  const { html, removed, runtimeNeed } = stripRuntime(article);

  it('removes every framework script, preload, inline push and marker', () => {
    expect(runtimeNeed).toBeUndefined();
    // CSS shares the chunks folder with the JavaScript: only references to .js must go.
    expect(html).not.toMatch(/\/_next\/[^"]*\.js"/);
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('TURBOPACK');
    expect(html).not.toContain('_R_');
    expect(html).not.toMatch(/nomodule/i);
    expect(html).not.toMatch(/as="script"/);
    expect(html).not.toMatch(/<!--[$/&]|<!-- -->/);
    expect(html).not.toContain('<div hidden');
    expect(removed).toEqual({ scripts: 11, preloads: 1, markers: 8, hiddenDivs: 1, inlineBytes: expect.any(Number) });
    // The inline flight data repeats the article: it is most of what goes.
    expect(removed.inlineBytes).toBeGreaterThan(article.length / 2);
  });

  it('keeps our scripts and data blocks, byte for byte', () => {
    expect(findTags(html, 'script')).toEqual([
      '<script type="application/ld+json">',
      '<script src="/enhance.js" defer="" data-keep="true">',
      '<script type="speculationrules">',
    ]);
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(article)?.[1];
    expect(jsonLd).toBeDefined();
    expect(html).toContain(`<script type="application/ld+json">${jsonLd}</script>`);
    expect(html).toContain('{"prerender":[{"where":{"href_matches":"/*"},"eagerness":"moderate"}]}');
  });

  it('keeps the head: stylesheets, non-script preloads, title, meta and links', () => {
    expect(findTags(html, 'link')).toEqual([
      '<link rel="preload" href="/_next/static/media/probe_font-s.p.2-2c7-e-ddmo0.woff2" as="font" crossorigin="" type="font/woff2">',
      '<link rel="preload" as="image" href="/icon.svg">',
      '<link rel="stylesheet" href="/_next/static/chunks/0au_kf4kaq9we.css" data-precedence="next">',
      '<link rel="stylesheet" href="/_next/static/chunks/41plz--70uvtg.css" data-precedence="next">',
      '<link rel="canonical" href="https://example.org/article">',
      '<link rel="icon" href="/icon.svg">',
    ]);
    expect(findTags(html, 'meta')).toEqual([
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<meta name="description" content="人行下調貸款市場報價利率。">',
      '<meta name="next-size-adjust" content="">',
    ]);
    expect(html).toContain('<title>央行宣布降息｜財經新聞檔案</title>');
  });

  it('keeps the html and body attributes and the doctype', () => {
    expect(html.startsWith('<!DOCTYPE html><html lang="zh-Hant" class="probe-html" data-theme="light"><head>')).toBe(true);
    expect(html).toContain('<body class="probe-body">');
  });

  it('minified, parses to the same document in fewer bytes', () => {
    const minified = stripRuntime(article, { minify: true }).html;
    expect(serialize(parse(minified))).toBe(serialize(parse(html)));
    expect(minified.length).toBeLessThan(html.length * 0.95);
    expect(readBodyText(minified)).toBe(readBodyText(article));
  });

  it('leaves the text a reader sees identical', () => {
    expect(readBodyText(html)).toBe(readBodyText(article));
    expect(readBodyText(html)).toContain('下調10個基點');
  });

  it('writes valid HTML that survives a parse5 round trip', () => {
    const errors: ParserError[] = [];
    const document = parse(html, { onParseError: (error) => errors.push(error) });
    expect(errors).toEqual([]);
    expect(serialize(document)).toBe(html);
  });

  it('is idempotent', () => {
    const again = stripRuntime(html);
    expect(again.html).toBe(html);
    expect(again.removed).toEqual({ scripts: 0, preloads: 0, markers: 0, hiddenDivs: 0, inlineBytes: 0 });
  });
});

describe('pages that need the runtime', () => {
  it('leaves a page with data-needs-runtime untouched, byte for byte', () => {
    expect(needsRuntime(needsRuntimePage)).toBe(true);
    const result = stripRuntime(needsRuntimePage);
    expect(result.html).toBe(needsRuntimePage);
    expect(result.runtimeNeed).toBe('<button data-needs-runtime>');
  });

  it('keeps a page whose Suspense boundary bailed out to client rendering', () => {
    // Without React, `<!--$!-->` would show the fallback forever in place of the content.
    expect(bailoutPage).toContain('<!--$!--><template data-dgst=""></template><p>等待</p><!--/$-->');
    expect(findRuntimeNeed(bailoutPage)).toMatch(/<!--\$!-->/);
    expect(stripRuntime(bailoutPage).html).toBe(bailoutPage);
  });

  it('does not mistake the words, or the flight data, for the attribute', () => {
    expect(needsRuntime(article)).toBe(false);
    expect(needsRuntime('<!DOCTYPE html><html><body><p>data-needs-runtime</p></body></html>')).toBe(false);
  });
});

describe('stripRuntime on hand-written edge cases', () => {
  /** Builds a minimal page around the given head and body markup. */
  const wrap = (head: string, body: string): string =>
    `<!DOCTYPE html><html lang="zh-Hant"><head>${head}</head><body>${body}</body></html>`;

  it('keeps data-keep preloads, module scripts we mark, and inert data blocks', () => {
    const page = wrap(
      '<link rel="modulepreload" href="/enhance.js" data-keep=""><script type="module" src="/enhance.js" data-keep=""></script>',
      '<script type="application/json" id="facts">{"a":1}</script><script>alert(1)</script>',
    );
    const { html, removed } = stripRuntime(page);
    expect(html).toBe(
      wrap(
        '<link rel="modulepreload" href="/enhance.js" data-keep=""><script type="module" src="/enhance.js" data-keep=""></script>',
        '<script type="application/json" id="facts">{"a":1}</script>',
      ),
    );
    expect(removed.scripts).toBe(1);
  });

  it('keeps a hidden div of ours and comments of ours', () => {
    const body = '<div hidden="">脚注</div><main><div hidden=""></div><!-- note --><p>正文</p></main>';
    expect(stripRuntime(wrap('', body)).html).toBe(wrap('', body));
  });
});

describe('findFlightFiles', () => {
  const files = new Set([
    'index.html', 'index.txt', '__next._full.txt', '__next.__PAGE__.txt', 'robots.txt',
    'news.html', 'news.txt', 'news/__next._tree.txt', 'news/__next.news.__PAGE__.txt',
    'news/a.html', 'news/a.txt', 'news/a/__next.news.$d$slug.__PAGE__.txt',
    'about/index.html', 'about/index.txt', 'about/__next._full.txt',
  ]);

  it('finds a route’s own flight files and no one else’s', () => {
    expect(findFlightFiles('index.html', files)).toEqual(['index.txt', '__next._full.txt', '__next.__PAGE__.txt']);
    expect(findFlightFiles('news.html', files)).toEqual(['news.txt', 'news/__next._tree.txt', 'news/__next.news.__PAGE__.txt']);
    expect(findFlightFiles('news/a.html', files)).toEqual(['news/a.txt', 'news/a/__next.news.$d$slug.__PAGE__.txt']);
    expect(findFlightFiles('about/index.html', files)).toEqual(['about/index.txt', 'about/__next._full.txt']);
  });
});

describe('postbuild', () => {
  let dir = '';
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Writes a small export: pages from the fixtures, their flight files, JS, CSS and a font. */
  async function writeExport(pages: Record<string, string>): Promise<void> {
    dir = await mkdtemp(join(tmpdir(), 'postbuild-'));
    const files: Record<string, string> = {
      ...pages,
      '_next/static/chunks/app.js': 'js',
      '_next/static/chunks/app.js.map': '{}',
      '_next/static/build-id/_buildManifest.js': 'js',
      '_next/static/chunks/site.css': 'css',
      '_next/static/media/font.woff2': 'font',
      'robots.txt': 'User-agent: *',
    };
    for (const page of Object.keys(pages)) {
      const route = page.replace(/\.html$/, '');
      files[`${route}.txt`] = 'flight';
      files[`${route}/__next._full.txt`] = 'flight';
    }
    for (const [file, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, file)), { recursive: true });
      await writeFile(join(dir, file), text);
    }
  }

  /** Lists what is left in the export, as POSIX paths. */
  async function listLeft(): Promise<string[]> {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .sort();
  }

  it('keeps the JavaScript and the flight files of a page that needs the runtime', async () => {
    await writeExport({ 'article.html': article, 'client.html': needsRuntimePage });
    const summary = await postbuild(dir);
    expect(summary).toMatchObject({ pages: 2, stripped: 1, flightFilesDeleted: 2, scriptFilesDeleted: 0 });
    expect(summary.kept).toEqual([{ page: 'client.html', reason: '<button data-needs-runtime>' }]);
    expect(await readFile(join(dir, 'article.html'), 'utf8')).toBe(stripRuntime(article, { minify: true }).html);
    expect(await readFile(join(dir, 'client.html'), 'utf8')).toBe(needsRuntimePage);
    expect(await listLeft()).toEqual([
      '_next/static/build-id/_buildManifest.js',
      '_next/static/chunks/app.js',
      '_next/static/chunks/app.js.map',
      '_next/static/chunks/site.css',
      '_next/static/media/font.woff2',
      'article.html',
      'client.html',
      'client.txt',
      'client/__next._full.txt',
      'robots.txt',
    ]);
  });

  it('deletes the JavaScript but not CSS or media when no page kept the runtime', async () => {
    await writeExport({ 'article.html': article, 'news/a.html': article });
    const summary = await postbuild(dir);
    expect(summary).toMatchObject({ pages: 2, stripped: 2, kept: [], flightFilesDeleted: 4, scriptFilesDeleted: 3 });
    expect(summary.bytesAfter).toBeLessThan(summary.bytesBefore);
    expect(await listLeft()).toEqual([
      '_next/static/chunks/site.css',
      '_next/static/media/font.woff2',
      'article.html',
      'news/a.html',
      'robots.txt',
    ]);
  });
});

describe('stripRuntime puts the head in one order, whatever order React hoisted it in', () => {
  const page = (head: string) => `<!DOCTYPE html><html lang="zh-Hant"><head>${head}</head><body><p>正文</p></body></html>`;
  const charset = '<meta charset="utf-8">';
  const viewport = '<meta name="viewport" content="width=device-width, initial-scale=1">';
  const style = '<style>p{color:red}</style>';
  const feed = '<link rel="alternate" type="application/rss+xml" title="RSS" href="/zh-hant/feed.xml">';
  const theme = '<meta name="theme-color" content="#fbfaf7" media="(prefers-color-scheme: light)">';
  const title = '<title>標題</title>';
  const og = '<meta property="og:title" content="標題"><meta property="og:image" content="/og/a.png"><meta property="og:image:width" content="1200">';

  it('gives the same bytes for feed links before or after the theme colour (as a full and an incremental build did)', () => {
    const one = stripRuntime(page(charset + viewport + style + feed + theme + title + og)).html;
    const other = stripRuntime(page(charset + viewport + style + theme + feed + title + og)).html;
    expect(one).toBe(other);
  });

  it('orders charset, viewport metas, stylesheet, feed links, then the rest as written', () => {
    const { html } = stripRuntime(page(title + feed + style + viewport + theme + og + charset));
    const head = html.slice(html.indexOf('<head>') + 6, html.indexOf('</head>'));
    expect(head).toBe(charset + viewport + theme + style + feed + title + og);
  });
});

describe('stripRuntime, minifying', () => {
  const page = (head: string) => `<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8">${head}</head><body><p>正文</p></body></html>`;
  const metas = (html: string) => [...html.matchAll(/<meta (?:name|property)=([^ >]+) content=([^>]*)>/g)].map((match) => `${match[1]}=${match[2]}`);

  it('drops the twitter: tags that repeat an Open Graph tag, and keeps the card type and any that differ', () => {
    const og = '<meta property="og:title" content="時間線"><meta property="og:description" content="事件"><meta property="og:image" content="/og/a.png">';
    const twitter = '<meta name="twitter:card" content="summary"><meta name="twitter:title" content="時間線"><meta name="twitter:description" content="另一段"><meta name="twitter:image" content="/og/a.png">';
    const { html } = stripRuntime(page(og + twitter), { minify: true });
    expect(metas(html)).toEqual(['og:title=時間線', 'og:description=事件', 'og:image=/og/a.png', 'twitter:card=summary', 'twitter:description=另一段']);
    expect(stripRuntime(page(og + twitter)).html).toContain('<meta name="twitter:title" content="時間線">');
  });
});
