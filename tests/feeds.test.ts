import { readFileSync } from 'node:fs';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import { describe, expect, it } from 'vitest';
import { atomFeed, articleHtml, periodStart, rfc822Date, rssFeed } from '../lib/site/feeds';
import { parseArticleOrThrow } from '../lib/content/parse-article';
import { convertArticle } from '../lib/content/convert';
import type { Article } from '../lib/content/model';

const seed = parseArticleOrThrow('content/articles/xiaomi-tianxing-traffic-partners.md', readFileSync('content/articles/xiaomi-tianxing-traffic-partners.md'));
const hostile: Article = { ...seed, slug: 'hostile', published: '2024-02-29', title: '標題 <script>alert(1)</script> & “引號”', dek: null, tags: ['A&B'] };

/** Parses XML strictly: any well-formedness error fails the test. */
function parseXml(xml: string): Document {
  const errors: string[] = [];
  const document = new DOMParser({ onError: (level, message) => { if (level !== 'warning') errors.push(message); } }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  return document;
}

/** The text of each element of an HTML fragment as a browser reads it, in document order: `[tag, text]`. */
function htmlBlocks(html: string): [string, string][] {
  const textOf = (node: T.ChildNode): string => ('value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '');
  return parseFragment(html).childNodes.filter((node): node is T.Element => 'tagName' in node).map((element) => [element.tagName, textOf(element)]);
}

const children = (parent: Element | Document, name: string): Element[] => Array.from(parent.getElementsByTagName(name));
const textOf = (parent: Element, name: string): string | null => children(parent, name)[0]?.textContent ?? null;

describe('RSS 2.0', () => {
  const xml = rssFeed([hostile, seed], 'zh-hant');
  const document = parseXml(xml);
  const items = children(document, 'item');

  it('is well-formed RSS 2.0 with a self link', () => {
    expect(document.documentElement?.getAttribute('version')).toBe('2.0');
    const channel = children(document, 'channel')[0];
    expect(channel && textOf(channel, 'title')).toBe('華文財經新聞典藏');
    expect(xml).toContain('rel="self" type="application/rss+xml"');
  });

  it('has one item per article with the full text, escaped', () => {
    expect(items).toHaveLength(2);
    const [first, second] = items;
    if (!first || !second) throw new Error('missing items');
    expect(textOf(first, 'title')).toBe(hostile.title);
    expect(textOf(second, 'link')).toBe('http://localhost:3000/zh-hant/articles/xiaomi-tianxing-traffic-partners/');
    const html = textOf(second, 'content:encoded') ?? '';
    const wanted = seed.sections.flatMap((s) => [...(s.heading ? [['h2', s.heading]] : []), ...s.paragraphs.map((p) => ['p', p.text])]);
    expect(htmlBlocks(html).slice(0, wanted.length)).toEqual(wanted);
    expect(html).toContain('TMT觀察網');
    expect(textOf(first, 'content:encoded')).not.toContain('<script>');
    expect(textOf(first, 'category')).toBe('A&B');
  });

  it('gives a pubDate only when the source states the day', () => {
    expect(textOf(items[0] as Element, 'pubDate')).toBe('Thu, 29 Feb 2024 00:00:00 +0000');
    expect(textOf(items[1] as Element, 'pubDate')).toBeNull();
    expect(rfc822Date('2024-01')).toBeNull();
  });
});

describe('Atom', () => {
  const simplified = convertArticle(seed, 'zh-Hans');
  const document = parseXml(atomFeed([simplified], 'zh-hans'));
  const entries = children(document, 'entry');

  it('is a well-formed Atom feed with the required elements', () => {
    const feed = document.documentElement;
    expect(feed?.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    expect(feed?.getAttribute('xml:lang')).toBe('zh-Hans');
    for (const name of ['id', 'title', 'updated', 'author']) expect(children(document, name).length, name).toBeGreaterThan(0);
    expect(entries).toHaveLength(1);
  });

  it('carries the converted full text and never a day the source does not state', () => {
    const entry = entries[0] as Element;
    expect(textOf(entry, 'title')).toBe(simplified.title);
    expect(textOf(entry, 'content')).toContain('随星借');
    expect(textOf(entry, 'updated')).toBe('2024-01-01T00:00:00Z');
    expect(textOf(entry, 'published')).toBeNull();
    expect(periodStart('2024')).toBe('2024-01-01T00:00:00Z');
  });
});

describe('feed article HTML', () => {
  it('escapes text and keeps headings, paragraphs and attribution', () => {
    const html = articleHtml({ ...hostile, sections: [{ id: 'a', heading: '<b>', paragraphs: [{ id: 'a-1', text: '1 < 2 & 3' }] }] }, 'zh-hant');
    expect(htmlBlocks(html).slice(0, 2)).toEqual([['h2', '<b>'], ['p', '1 < 2 & 3']]);
    expect(html).not.toContain('<b>');
    expect(html).toContain('海右財經');
  });

  it('marks speech with its speaker and keeps the paragraph text unbroken', () => {
    const speech = seed.quotes.find((quote) => quote.kind === 'speech' && quote.speaker);
    if (!speech) throw new Error('the seed has a speech quote with a speaker');
    const html = articleHtml(seed, 'zh-hant');
    const span = new RegExp(`<span class="speech" data-speaker="${speech.speaker}">([^<]*)</span>`).exec(html);
    expect(span?.[1]).toBe(seed.sections.flatMap((s) => s.paragraphs).find((p) => p.id === speech.paragraphId)?.text.slice(speech.start, speech.end));
  });
});
