import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';
import { describe, expect, it } from 'vitest';
import { convertArticle } from '../lib/content/convert';
import type { Article } from '../lib/content/model';
import { parseArticleOrThrow } from '../lib/content/parse-article';
import { personKeyOf } from '../lib/site/people';
import { articlePage, renderArticlePage, type ArticlePageAssets } from '../lib/site/render/article-page';
import { renderHtml } from '../lib/site/render/html';
import { renderMovedArticlePage } from '../lib/site/render/moved-article-page';
import { writeArticlePages } from '../scripts/build/article-pages';
import { compileStylesheets } from '../scripts/build/article-stylesheet';
import { attr, elements } from './fixtures/html-tree';

/** The article page the build writes from lib: what a reader, a crawler and a reference manager get. */

const SEED = 'content/articles/xiaomi-tianxing-traffic-partners.md';
const seed = parseArticleOrThrow(SEED, readFileSync(SEED));
/** The quotes the page marks as speech (terms in quotation marks are not). */
const speeches = seed.quotes.filter((quote) => quote.kind === 'speech');
const ASSETS: ArticlePageAssets = { stylesheet: '.article-page{color:red}', iconUrl: 'data:image/png;base64,AAAA', everyPage: 'everyPage()', rememberVertical: 'rememberVertical()' };

const textOf = (node: T.ParentNode): string => node.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : 'childNodes' in child ? textOf(child) : '')).join('');

/** The page of `original` in a script, parsed. */
function page(original: Article, script: 'zh-hant' | 'zh-hans') {
  const converted = convertArticle(original, script === 'zh-hant' ? 'zh-Hant' : 'zh-Hans');
  const { path, html } = renderArticlePage(original, converted, script, ASSETS);
  const all = [...elements(parse(html))];
  const byId = new Map(all.flatMap((element) => (attr(element, 'id') ? [[attr(element, 'id')!, element] as const] : [])));
  const meta = (key: string) => attr(all.find((e) => e.tagName === 'meta' && (attr(e, 'property') ?? attr(e, 'name')) === key), 'content');
  return { path, html, all, byId, meta, converted };
}

describe('article page', () => {
  it('carries every paragraph, section, quote and event id once, each paragraph with its text unbroken', () => {
    const { all, byId } = page(seed, 'zh-hant');
    const ids = all.map((element) => attr(element, 'id')).filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
    for (const section of seed.sections) {
      expect(byId.get(section.id)?.tagName).toBe('section');
      for (const paragraph of section.paragraphs) expect(textOf(byId.get(paragraph.id)!)).toBe(paragraph.text);
    }
    for (const quote of speeches) expect(byId.get(quote.id)?.tagName).toBe('span');
    for (const event of seed.timeline) expect(byId.get(event.id)?.tagName).toBe('li');
    for (const alias of seed.aliases) expect(attr(byId.get(alias.from), 'data-alias-of')).toBe(alias.to);
  });

  it('links a named speaker to their page and an unnamed source to nothing but the words', () => {
    const { byId, all } = page(seed, 'zh-hans');
    const named = speeches.find((quote) => personKeyOf(quote, seed.language) !== null)!;
    const unnamed = speeches.find((quote) => personKeyOf(quote, seed.language) === null)!;
    const speakerLinks = all.filter((element) => element.tagName === 'a' && attr(element, 'class') === 'speaker-link');
    expect(speakerLinks.map((link) => attr(link, 'href'))).toContain(`/zh-hans/people/${encodeURIComponent(personKeyOf(named, seed.language)!)}/`);
    const noteOf = (quoteId: string) => all.find((element) => element.tagName === 'a' && attr(element, 'href') === `#${quoteId}` && element.parentNode?.nodeName === 'li')!;
    expect(attr(noteOf(named.id).parentNode as T.Element, 'class')).toBeUndefined();
    expect((noteOf(named.id).parentNode as T.Element).childNodes.some((child) => 'tagName' in child && attr(child, 'class') === 'speaker-link')).toBe(true);
    expect((noteOf(unnamed.id).parentNode as T.Element).childNodes.some((child) => 'tagName' in child && attr(child, 'class') === 'speaker-link')).toBe(false);
    expect(attr(byId.get(named.id), 'class')).toBe('speech');
  });

  it('offers the original of each changed paragraph on the converted page, and vertical reading on the Traditional one', () => {
    const hans = page(seed, 'zh-hans');
    const originals = hans.all.filter((element) => element.tagName === 'p' && attr(element, 'class') === 'original');
    const changed = seed.sections.flatMap((section) => section.paragraphs).filter((paragraph, index) => paragraph.text !== hans.converted.sections.flatMap((s) => s.paragraphs)[index]!.text);
    expect(originals.map(textOf)).toEqual(changed.map((paragraph) => paragraph.text));
    expect(originals.every((element) => attr(element, 'lang') === 'zh-Hant')).toBe(true);
    expect(hans.byId.has('vertical~reading')).toBe(false);
    const hant = page(seed, 'zh-hant');
    expect(hant.all.some((element) => attr(element, 'class') === 'original')).toBe(false);
    expect(attr(hant.byId.get('vertical~reading'), 'type')).toBe('checkbox');
  });

  it('tells crawlers and reference managers the canonical page, its other script, its card and citation', () => {
    const { all, meta, path } = page(seed, 'zh-hans');
    expect(path).toBe(`/zh-hans/articles/${seed.slug}/`);
    const links = all.filter((element) => element.tagName === 'link');
    expect(attr(links.find((link) => attr(link, 'rel') === 'canonical'), 'href')).toMatch(new RegExp(`/zh-hans/articles/${seed.slug}/$`));
    expect(links.filter((link) => attr(link, 'hreflang')).map((link) => attr(link, 'hreflang'))).toEqual(['zh-Hant', 'zh-Hans', 'x-default']);
    expect(meta('og:image')).toMatch(new RegExp(`/og/zh-hans/${seed.slug}\\.png$`));
    expect(meta('citation_title')).toBe(convertArticle(seed, 'zh-Hans').title);
    expect(meta('og:locale')).toBe('zh_CN');
    expect(attr(all.find((e) => e.tagName === 'html'), 'lang')).toBe('zh-Hans');
    const jsonLd = all.find((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json')!;
    expect(JSON.parse(textOf(jsonLd)).headline).toBe(convertArticle(seed, 'zh-Hans').title);
  });

  it('escapes untrusted text: a title or paragraph holding markup stays text', () => {
    const hostile: Article = {
      ...seed,
      title: '</title><script>alert(1)</script>"&',
      dek: '<img src=x onerror=alert(1)>',
      tags: ['<script>tag</script>'],
      sections: [{ id: 'a', heading: '<b>“x”</b>', paragraphs: [{ id: 'a-1', text: '"><script>alert(2)</script> & </p>' }, { id: 'a-2', text: '再見</script>' }] }],
      aliases: [],
      quotes: [],
      timeline: [],
    };
    const { all, byId, html } = page(hostile, 'zh-hant');
    const scripts = all.filter((element) => element.tagName === 'script');
    // Ours only: vertical reading, JSON-LD, speculation rules, the every-page script.
    expect(scripts.map((script) => attr(script, 'type') ?? textOf(script))).toEqual(['rememberVertical()', 'application/ld+json', 'speculationrules', 'everyPage()']);
    expect(all.some((element) => element.tagName === 'img' || element.tagName === 'b')).toBe(false);
    expect(textOf(all.find((element) => element.tagName === 'h1')!)).toBe(hostile.title);
    expect(textOf(all.find((element) => element.tagName === 'title')!)).toContain(hostile.title);
    expect(textOf(byId.get('a-1')!)).toBe('"><script>alert(2)</script> & </p>');
    expect(html).not.toContain('</script>"&');
    expect(JSON.parse(textOf(scripts[1]!)).headline).toBe(hostile.title);
  });
});

describe('moved article page', () => {
  it('sends the reader from a former slug to the article, and is not indexed', () => {
    const { path, html } = renderMovedArticlePage(seed, 'old-slug', 'zh-hant', { ...ASSETS, keepFragment: 'keepFragment()' });
    expect(path).toBe('/zh-hant/articles/old-slug/');
    const all = [...elements(parse(html))];
    const meta = (key: string) => attr(all.find((e) => e.tagName === 'meta' && (attr(e, 'name') ?? attr(e, 'http-equiv')) === key), 'content');
    expect(meta('refresh')).toBe(`0; url=/zh-hant/articles/${seed.slug}/`);
    expect(meta('robots')).toBe('noindex');
    expect(attr(all.find((e) => e.tagName === 'main')?.childNodes.at(-1) as T.Element, 'class')).toBeUndefined();
    expect(all.filter((e) => e.tagName === 'a').map((a) => attr(a, 'href'))).toContain(`/zh-hant/articles/${seed.slug}/`);
    expect(attr(all.find((e) => e.tagName === 'script' && attr(e, 'data-redirect-to')), 'data-redirect-to')).toBe(`/zh-hant/articles/${seed.slug}/`);
  });
});

describe('writing article pages', () => {
  it('writes both scripts, former slugs and the data of the selected articles only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'article-pages-'));
    const other: Article = { ...seed, slug: 'another-article', formerSlugs: ['older-slug'] };
    try {
      const written = await writeArticlePages(dir, [seed, other], new Set(['/articles/older-slug/', `/articles/${seed.slug}/`]));
      expect(written).toMatchObject({ pages: 2, movedPages: 2, dataFiles: 1 });
      expect(readFileSync(join(dir, 'data', 'articles', `${seed.slug}.json`), 'utf8')).toBe(JSON.stringify(seed));
      for (const script of ['zh-hant', 'zh-hans']) {
        expect(existsSync(join(dir, script, 'articles', seed.slug, 'index.html'))).toBe(true);
        expect(readFileSync(join(dir, script, 'articles', 'older-slug', 'index.html'), 'utf8')).toContain(`url=/${script}/articles/another-article/`);
        expect(existsSync(join(dir, script, 'articles', 'another-article'))).toBe(false);
      }
      expect(existsSync(join(dir, 'data', 'articles', 'another-article.json'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('article page HTML', () => {
  it('leaves out only what the parser infers: the same document as with every tag and quote written', () => {
    for (const [script, language] of [['zh-hant', 'zh-Hant'], ['zh-hans', 'zh-Hans']] as const) {
      const { html } = renderArticlePage(seed, convertArticle(seed, language), script, ASSETS);
      const full = renderHtml(articlePage(seed, convertArticle(seed, language), script, ASSETS));
      expect(serialize(parse(html))).toBe(serialize(parse(full)));
      expect(html.length).toBeLessThan(full.length * 0.97);
    }
  });
});

describe('article page stylesheet', () => {
  const stylesheets = compileStylesheets(process.cwd());

  it('inlines the site, header and article rules in the order Next did, minified', () => {
    const order = [':root{', '.search-link{', '.browse-nav{', '.article-header{'].map((rule) => stylesheets.article.indexOf(rule));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(stylesheets.article).not.toMatch(/\/\*|\n\s/);
  });

  it('gives a moved page only the site rules', () => {
    expect(stylesheets.moved).toContain('.redirect-page{');
    expect(stylesheets.moved).not.toContain('.article-header');
    expect(stylesheets.moved.length).toBeLessThan(stylesheets.article.length / 2);
  });
});
