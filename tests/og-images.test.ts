import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import satori from 'satori';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findArticle } from '../lib/content/load-articles';
import { convertArticle } from '../lib/content/convert';
import type { Article } from '../lib/content/model';
import { OG_CARD_HEIGHT, OG_CARD_WIDTH, OG_MISSING_GLYPH, OG_TITLE, buildOgCard, type CardElement, type OgCard } from '../lib/site/og-card';
import { SCRIPTS, languageOfScript, type Script } from '../lib/site/script';
import { SITE_NAME } from '../lib/site/ui-text';
import { createOgRenderer, fitArticleToFonts, loadOgFonts, readFontCoverage, renderOgImages, type OgFont, type OgImagesSummary } from '../scripts/build/og-images';

const SEED_SLUG = 'xiaomi-tianxing-traffic-partners';
/** Unassigned in Unicode, so in no font: what tofu looks like. */
const NO_GLYPH = '\u0378';

let fonts: OgFont[];
let seed: Article;
let outDir: string;
let summary: OgImagesSummary;

beforeAll(async () => {
  fonts = await loadOgFonts();
  const article = findArticle(SEED_SLUG);
  if (!article) throw new Error(`seed article ${SEED_SLUG} is missing`);
  seed = article;
  outDir = await mkdtemp(join(tmpdir(), 'og-images-'));
  summary = await renderOgImages(outDir, { articles: [seed], fonts });
}, 60_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** The seed's card in a script, from the article converted as the pages convert it. */
function seedCard(script: Script): OgCard {
  return buildOgCard(convertArticle(seed, languageOfScript(script)), script);
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function readPngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.readUInt32BE(8)).toBe(13);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * The outline satori draws for each character, all at the same origin so equal glyphs give
 * equal paths: the first is a character no font has (the `.notdef` box, tofu).
 */
async function drawCharacters(characters: readonly string[], card: OgCard, fontWeight: number): Promise<string[]> {
  const cell = (character: string): CardElement => ({
    type: 'div',
    key: null,
    props: { style: { position: 'absolute', left: 0, top: 0, display: 'flex', fontSize: 100, fontWeight }, children: character },
  });
  const probe: CardElement = {
    type: 'div',
    key: null,
    props: {
      style: { width: 200, height: 200, display: 'flex', fontFamily: card.element.props.style.fontFamily ?? '' },
      children: [NO_GLYPH, ...characters].map(cell),
    },
  };
  const svg = await satori(probe, { width: 200, height: 200, fonts: fonts.map((font) => font.satori) });
  return [...svg.matchAll(/<path[^>]* d="([^"]*)"/g)].map((match) => match[1] ?? '');
}

describe('og images', { timeout: 30_000 }, () => {
  it('renders the seed card in both scripts as 1200×630 PNGs at /og/<script>/<slug>.png', async () => {
    expect(summary.images.map((image) => image.path)).toEqual(SCRIPTS.map((script) => `og/${script}/${SEED_SLUG}.png`));
    for (const image of summary.images) {
      const png = await readFile(join(outDir, image.path));
      expect(png.byteLength).toBe(image.bytes);
      expect(readPngSize(png)).toEqual({ width: OG_CARD_WIDTH, height: OG_CARD_HEIGHT });
      // Two cards an article: a palette and a deflate that searches for the glyphs' repeats (22.6 kB run-length).
      expect(png.byteLength).toBeLessThan(19_000);
    }
  });

  it('shows title, site name, outlet and date in the card’s script', () => {
    expect(seedCard('zh-hant').text).toEqual({
      title: '天星數科大力擴張流量合作方,扯下了小米消金的“遮羞布”',
      siteName: SITE_NAME['zh-hant'],
      outlet: '海右財經',
      date: '2024年1月',
    });
    expect(seedCard('zh-hans').text).toEqual({
      title: '天星数科大力扩张流量合作方,扯下了小米消金的“遮羞布”',
      siteName: SITE_NAME['zh-hans'],
      outlet: '海右财经',
      date: '2024年1月',
    });
  });

  it('has a glyph for every character of the cards, by the fonts’ cmaps', () => {
    const renderer = createOgRenderer(fonts);
    for (const script of SCRIPTS) expect(renderer.findMissingCharacters(seedCard(script))).toEqual([]);
    // The check does find what no font has, and the Simplified glyphs Noto Sans TC lacks.
    const tofu = seedCard('zh-hant');
    expect(renderer.findMissingCharacters({ ...tofu, text: { ...tofu.text, title: `標題${NO_GLYPH}` } })).toEqual([NO_GLYPH]);
    const tc = fonts.filter((font) => font.family === 'Noto Sans TC');
    expect([...'数扩张财'].filter((c) => tc.some((font) => font.covers(c.codePointAt(0) ?? 0)))).toEqual([]);
  });

  it('draws every title character as a real glyph, not the .notdef box', async () => {
    for (const script of SCRIPTS) {
      const card = seedCard(script);
      // The last character is a control: the check must catch it.
      const characters = [...new Set(card.text.title)].filter((c) => c.trim() !== '').concat(NO_GLYPH);
      const [notdef, ...paths] = await drawCharacters(characters, card, 700);
      expect(notdef, 'the .notdef box is drawn').toMatch(/\d/);
      expect(paths).toHaveLength(characters.length);
      const tofu = characters.filter((_, i) => paths[i] === notdef || !/\d/.test(paths[i] ?? ''));
      expect(tofu, `${script}: characters drawn as tofu`).toEqual([NO_GLYPH]);
    }
  });

  it('draws a title with emoji, Extension B and invisible characters without tofu, and never stops the build', async () => {
    // 𠮷 (Extension B) is in none of the fonts; the rest must come out as real glyphs or not at all.
    const title = `小米\u200B消金🚀\t漲停\u202E𠮷\u200D👨‍👩‍👧\uFE0F${NO_GLYPH}`;
    const renderer = createOgRenderer(fonts);
    const fitted = fitArticleToFonts({ ...seed, title }, 'zh-hant', renderer.covers);
    expect(fitted.warning).toContain(`og/zh-hant/${SEED_SLUG}.png`);
    expect(fitted.warning).toContain('U+20BB7 𠮷');
    expect(fitted.warning).toContain(title);
    expect(fitted.warning).not.toContain('U+200B');
    expect(Array.from(fitted.article.title).filter((c) => c === OG_MISSING_GLYPH)).toHaveLength(2);
    expect(fitted.article.title).toContain('🚀');
    // Noto Emoji's own space is 1.27 em wide: the space after an emoji is drawn by the text font.
    expect(fitArticleToFonts({ ...seed, title: '小米🚀 升空 A' }, 'zh-hant', renderer.covers).article.title).toBe('小米🚀\u00a0升空 A');
    expect(fitted.article.title).not.toContain('\u200B');

    const card = buildOgCard(fitted.article, 'zh-hant');
    const characters = [...new Set(fitted.article.title)].filter((c) => c.trim() !== '' && !/^\p{Default_Ignorable_Code_Point}$/u.test(c));
    const [notdef, ...paths] = await drawCharacters(characters, card, 700);
    expect(characters.filter((_, i) => paths[i] === notdef || !/\d/.test(paths[i] ?? '')), 'characters drawn as tofu').toEqual([]);

    const rendered = await renderOgImages(outDir, { articles: [{ ...seed, title }], fonts });
    expect(rendered.images).toHaveLength(SCRIPTS.length);
    expect(rendered.warnings).toHaveLength(SCRIPTS.length);
    expect(rendered.warnings[1]).toContain(`og/zh-hans/${SEED_SLUG}.png`);
  });

  it('clamps a long title to three lines', async () => {
    const card = buildOgCard({ ...seed, title: seed.title.repeat(4) }, 'zh-hant');
    const heights: number[] = [];
    await satori(card.element, {
      width: OG_CARD_WIDTH,
      height: OG_CARD_HEIGHT,
      fonts: fonts.map((font) => font.satori),
      onNodeDetected: (node) => {
        if (node.textContent === card.text.title) heights.push(node.height);
      },
    });
    expect(heights).toHaveLength(1);
    expect((heights[0] ?? 0) / (OG_TITLE.fontSize * OG_TITLE.lineHeight)).toBeCloseTo(OG_TITLE.maxLines, 1);
  });

  it('reads glyph coverage from the font bytes', () => {
    for (const font of fonts.filter((candidate) => candidate.family !== 'Noto Emoji')) {
      expect([0x41, 0x201c, 0x2026, 0x5929, 0x3013].map(font.covers), `${font.family} ${font.weight}`).toEqual([true, true, true, true, true]);
      expect(font.covers(NO_GLYPH.codePointAt(0) ?? 0)).toBe(false);
      expect(font.covers(0x1f680)).toBe(false);
    }
    for (const font of fonts.filter((candidate) => candidate.family === 'Noto Emoji')) expect(font.covers(0x1f680), `Noto Emoji ${font.weight}`).toBe(true);
    expect(() => readFontCoverage(Buffer.alloc(16))).toThrow();
  });
});
