import { readFileSync } from 'node:fs';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { resolveSitemap } from 'next/dist/build/webpack/loaders/metadata/resolve-route-data';
import { parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import { describe, expect, it } from 'vitest';
import { convertArticle } from '../lib/content/convert';
import type { Article } from '../lib/content/model';
import { parseArticleOrThrow } from '../lib/content/parse-article';
import { atomFeed, rssFeed } from '../lib/site/feeds';
import { SCRIPTS, languageOfScript } from '../lib/site/script';
import { absoluteUrl, listPagesOfRecord, pagePath } from '../lib/site/routes';
import { xmlProblems } from '../scripts/bench/wellformed';

/**
 * Feeds and sitemap stay well-formed XML for any text the parser accepts, and carry it unchanged:
 * a fixture article holding every kind of hostile character (tests/fixtures/hostile), written
 * through the lib functions the routes use, read back with saxes, a conformant XML parser.
 */

const read = (path: string) => parseArticleOrThrow(path, readFileSync(path));
const hostile = read('tests/fixtures/hostile/hostile-characters.md');
const seed = read('content/articles/xiaomi-tianxing-traffic-partners.md');

/** The text of each direct child element of an HTML fragment, `[tag, text]`. */
function htmlBlocks(html: string): [string, string][] {
  const textOf = (node: T.ChildNode): string => ('value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '');
  return parseFragment(html).childNodes.filter((node): node is T.Element => 'tagName' in node).map((element) => [element.tagName, textOf(element)]);
}

/** Headings and paragraphs as a reader of the feed sees them. */
const bodyBlocks = (article: Article) => article.sections.flatMap((s) => [...(s.heading ? [['h2', s.heading]] : []), ...s.paragraphs.map((p) => ['p', p.text])]);

const elementsNamed = (xml: string, name: string): Element[] => Array.from(new DOMParser().parseFromString(xml, 'text/xml').getElementsByTagName(name));

describe('the strict XML check', () => {
  it('refuses what lenient parsers accept', () => {
    expect(xmlProblems('<a>x</a>')).toEqual([]);
    for (const xml of ['<a>\u0001</a>', '<a>\uFFFE</a>', '<a>]]></a>', '<a>x & y</a>', '<a>&nbsp;</a>', '<x:a/>', '']) expect(xmlProblems(xml), JSON.stringify(xml)).not.toEqual([]);
  });
});

describe('the hostile fixture', () => {
  it('holds the characters it is meant to', () => {
    const text = JSON.stringify(hostile);
    for (const character of ['&', '<', '>', '"', "'", ']]>', '🚀', '𠮷', '\u3000', '\u00a0', '\u200b', '\u200d', '\u202e', '\u2066', '\t', '\u2028', '\ufe0f']) {
      expect(text.includes(JSON.stringify(character).slice(1, -1)) || text.includes(character), JSON.stringify(character)).toBe(true);
    }
  });
});

describe.each(SCRIPTS)('feeds in %s', (script) => {
  const articles = [convertArticle(hostile, languageOfScript(script)), convertArticle(seed, languageOfScript(script))];
  const article = articles[0]!;

  it('RSS is well-formed and carries every text unchanged', () => {
    const xml = rssFeed(articles, script);
    expect(xmlProblems(xml)).toEqual([]);
    const item = elementsNamed(xml, 'item')[0]!;
    const text = (name: string) => Array.from(item.getElementsByTagName(name)).map((element) => element.textContent);
    expect(text('title')).toEqual([article.title]);
    expect(text('description')).toEqual([article.dek]);
    expect(text('category')).toEqual(article.tags);
    expect(text('dc:creator')).toEqual([article.author]);
    const blocks = htmlBlocks(text('content:encoded')[0] ?? '');
    expect(blocks.slice(0, bodyBlocks(article).length)).toEqual(bodyBlocks(article));
    expect(blocks.map(([, t]) => t)).toContain(article.notice[0]);
  });

  it('Atom is well-formed and carries every text unchanged', () => {
    const xml = atomFeed(articles, script);
    expect(xmlProblems(xml)).toEqual([]);
    const entry = elementsNamed(xml, 'entry')[0]!;
    const text = (name: string) => Array.from(entry.getElementsByTagName(name)).map((element) => element.textContent);
    expect(text('title')).toEqual([article.title]);
    expect(text('summary')).toEqual([article.dek]);
    expect(Array.from(entry.getElementsByTagName('category')).map((element) => element.getAttribute('term'))).toEqual(article.tags);
    expect(htmlBlocks(text('content')[0] ?? '').slice(0, bodyBlocks(article).length)).toEqual(bodyBlocks(article));
  });
});

describe('text XML cannot carry', () => {
  it('stops the feed with the article named instead of writing XML no reader parses', () => {
    // The content check refuses such text first; the feed must not depend on it.
    const broken = { ...seed, slug: 'control-character', title: `標題\u0001` };
    expect(() => rssFeed([broken], 'zh-hant')).toThrow(/control-character: U\+0001/);
    expect(() => atomFeed([{ ...seed, slug: 'not-a-character', dek: '\uFFFE' }], 'zh-hant')).toThrow(/not-a-character: U\+FFFE/);
  });
});

describe('sitemap', () => {
  it('is well-formed with the hostile article’s pages (its tags hold & < > and quotes)', () => {
    // Every page of record, as app/sitemap.ts lists them; Next writes each URL into <loc> without escaping, so every path must come percent-encoded.
    const articles = [hostile, seed];
    const urls = listPagesOfRecord(articles).flatMap((page) => SCRIPTS.map((script) => pagePath(script, page)));
    const xml = resolveSitemap(urls.map((path) => ({ url: absoluteUrl(path), alternates: { languages: { 'x-default': absoluteUrl(path) } } })));
    expect(xmlProblems(xml)).toEqual([]);
    expect(elementsNamed(xml, 'loc')).toHaveLength(urls.length);
  });
});
