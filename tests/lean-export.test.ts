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

  /** The inflated image data of a PNG: rows of packed palette indices, each after its filter byte. */
  const imageData = (png: Buffer) => {
    const idat = png.indexOf('IDAT');
    return inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
  };

  it('packs each pixel in as few bits as its palette needs (plus a filter byte per row)', () => {
    const flat = Buffer.alloc(1200 * 630 * 4, 0xff);
    expect(imageData(encodeIndexedPng(1200, 630, flat)!).length).toBe((1200 / 8 + 1) * 630);
    // 128 colours: a byte a pixel.
    expect(imageData(encodeIndexedPng(width, height, pixels)!).length).toBe((width + 1) * height);
  });

  /** A card-like image: a flat background, a dark block, and `shades` rare edge colours of `each` pixels each. */
  function cardLike(shades: number, each: number): Buffer {
    const image = Buffer.alloc(200 * 100 * 4);
    for (let i = 0; i < 200 * 100; i += 1) image.set(i % 200 < 60 ? [31, 28, 24, 255] : [251, 250, 247, 255], i * 4);
    for (let shade = 0; shade < shades; shade += 1) {
      for (let k = 0; k < each; k += 1) image.set([60 + shade * 4, 58 + shade * 4, 52 + shade * 4, 255], (shade * each + k) * 4 * 7);
    }
    return image;
  }

  it('cuts a palette to 16 colours when at most 1% of the pixels change, keeping the flat colours exact', () => {
    const image = cardLike(40, 4);
    const png = encodeIndexedPng(200, 100, image, { fewerColours: true })!;
    expect(png.readUInt8(24), 'bit depth').toBe(4);
    const decoded = decode(png, 200, 100);
    let changed = 0;
    for (let i = 0; i < 200 * 100; i += 1) if (decoded.readUInt32BE(i * 4) !== image.readUInt32BE(i * 4)) changed += 1;
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBeLessThanOrEqual(200);
    expect(decoded.readUInt32BE(199 * 4)).toBe(image.readUInt32BE(199 * 4));
    expect(decoded.readUInt32BE(1 * 4)).toBe(image.readUInt32BE(1 * 4));
    // Without being asked, every pixel is kept.
    expect(decode(encodeIndexedPng(200, 100, image)!, 200, 100).equals(image)).toBe(true);
  });

  it('gives a rare shade of red text a red, not a nearer grey (no grey fringe on red glyphs)', () => {
    const colours: [number, number, number, number][] = [
      [251, 250, 247, 15_848], // background
      [31, 28, 24, 2_000], // text
      [138, 28, 18, 1_000], // red
      [196, 194, 191, 300], // a grey edge shade
      [166, 83, 75, 300], // a red edge shade
      ...Array.from({ length: 11 }, (_, i): [number, number, number, number] => [40 + i * 5, 38 + i * 5, 35 + i * 5, 50]),
      [194, 139, 132, 2], // rare: nearer the grey shade in RGB, a red one to the eye
    ];
    const image = Buffer.alloc(200 * 100 * 4);
    let pixel = 0;
    for (const [r, g, b, count] of colours) for (let k = 0; k < count && pixel < 200 * 100; k += 1, pixel += 1) image.set([r, g, b, 255], pixel * 4);
    const rare = (pixel - 1) * 4;
    expect([...image.subarray(rare, rare + 3)]).toEqual([194, 139, 132]);
    const decoded = decode(encodeIndexedPng(200, 100, image, { fewerColours: true })!, 200, 100);
    expect([...decoded.subarray(rare, rare + 3)]).toEqual([166, 83, 75]);
  });

  it('keeps every colour when cutting the palette would change more than 1% of the pixels', () => {
    const image = cardLike(40, 20);
    const png = encodeIndexedPng(200, 100, image, { fewerColours: true })!;
    expect(png.readUInt8(24), 'bit depth').toBe(8);
    expect(decode(png, 200, 100).equals(image)).toBe(true);
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
