import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { describe, expect, it } from 'vitest';
import { convertArticle } from '../lib/content/convert';
import { parseArticleOrThrow } from '../lib/content/parse-article';
import { renderScriptlessArticlePage } from '../lib/site/render/scriptless-page';
import { encodeIndexedPng } from '../scripts/build/indexed-png';
import { attr, elements } from './fixtures/html-tree';

/** What keeps an article's files small: palette Open Graph images and the small script-less page. */

const SEED = 'content/articles/xiaomi-tianxing-traffic-partners.md';
const seed = parseArticleOrThrow(SEED, readFileSync(SEED));

/** Decodes a PNG to RGBA through resvg (an `<image>` in an SVG of the same size). */
function decode(png: Buffer, width: number, height: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="data:image/png;base64,${png.toString('base64')}" width="${width}" height="${height}"/></svg>`;
  return new Resvg(svg).render().pixels;
}

describe('palette PNG', () => {
  const width = 40;
  const height = 8;
  const pixels = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i += 1) pixels.set([(i % 16) * 16, ((i >> 4) % 8) * 32, 200, 255], i * 4);

  it('keeps every pixel of an opaque image of up to 256 colours', () => {
    const png = encodeIndexedPng(width, height, pixels);
    expect(png).not.toBeNull();
    expect(png!.readUInt8(25), 'colour type').toBe(3);
    expect(decode(png!, width, height).equals(pixels)).toBe(true);
  });

  it('writes one palette byte per pixel (plus a filter byte per row)', () => {
    const flat = Buffer.alloc(1200 * 630 * 4, 0xff);
    const png = encodeIndexedPng(1200, 630, flat)!;
    const idat = png.indexOf('IDAT');
    expect(inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4))).length).toBe((1200 + 1) * 630);
  });

  it('declines more than 256 colours and any transparency', () => {
    const many = Buffer.alloc(300 * 4);
    for (let i = 0; i < 300; i += 1) many.set([i % 256, Math.floor(i / 256), 0, 255], i * 4);
    expect(encodeIndexedPng(300, 1, many)).toBeNull();
    const clear = Buffer.from(pixels);
    clear[3] = 0;
    expect(encodeIndexedPng(width, height, clear)).toBeNull();
  });
});


describe('script-less article page', () => {
  const articles = { 'zh-hant': convertArticle(seed, 'zh-Hant'), 'zh-hans': convertArticle(seed, 'zh-Hans') };
  const { path, html } = renderScriptlessArticlePage(articles, 'location.replace("/x/")');
  const all = [...elements(parse(html))];

  it('lives at /articles/<slug>/ and is a few kB, not a copy of the article', () => {
    expect(path).toBe(`/articles/${seed.slug}/`);
    expect(Buffer.byteLength(html)).toBeLessThan(5000);
    expect(html).not.toContain(seed.sections[1]!.paragraphs[0]!.text);
  });

  it('runs the chooser first in <head> and links both scripts for a reader without script', () => {
    const head = all.find((e) => e.tagName === 'head')!;
    const firstScript = [...elements(head)].find((e) => e.tagName === 'script');
    expect(firstScript && attr(firstScript, 'type')).toBeUndefined();
    const links = all.filter((e) => e.tagName === 'a').map((e) => attr(e, 'href'));
    expect(links).toEqual([`/zh-hant/articles/${seed.slug}/`, `/zh-hans/articles/${seed.slug}/`]);
  });

  it('previews the Traditional article and names it as canonical', () => {
    const canonical = attr(all.find((e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical'), 'href');
    expect(canonical).toMatch(new RegExp(`/zh-hant/articles/${seed.slug}/$`));
    const ogTitle = attr(all.find((e) => attr(e, 'property') === 'og:title'), 'content');
    expect(ogTitle).toBe(articles['zh-hant'].title);
    const jsonLd = all.find((e) => attr(e, 'type') === 'application/ld+json')!;
    const text = (jsonLd.childNodes[0] as T.TextNode).value;
    expect(JSON.parse(text).headline).toBe(articles['zh-hant'].title);
  });
});
