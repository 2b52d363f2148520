import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import { loadArticles } from '../../lib/content/load-articles';
import { convertArticle } from '../../lib/content/convert';
import type { Article } from '../../lib/content/model';
import { OG_CARD_HEIGHT, OG_CARD_WIDTH, OG_FONT_FAMILIES, OG_FONT_WEIGHTS, buildOgCard, type OgCard, type OgFontFamily, type OgFontWeight } from '../../lib/site/og-card';
import { ogImagePath } from '../../lib/site/routes';
import { SCRIPTS, languageOfScript, type Script } from '../../lib/site/script';

/**
 * Renders the Open Graph image of every article in every script, after `next build`, to
 * `out/og/<script>/<slug>.png` (served as `/og/<script>/<slug>.png`). The card is laid out by
 * lib/og-card; satori turns it into an SVG with the text as glyph outlines, resvg into a PNG.
 */

const require = createRequire(import.meta.url);

/** The static TTF of each family and weight (OFL), from the @expo-google-fonts packages. */
const FONT_FILES = {
  'Noto Sans TC': {
    400: '@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf',
    700: '@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf',
  },
  'Noto Sans SC': {
    400: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    700: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  },
} as const satisfies Record<OgFontFamily, Record<OgFontWeight, string>>;

type SatoriFont = SatoriOptions['fonts'][number];

/** A loaded font: satori's font entry and the code points its `cmap` maps to a glyph. */
export interface OgFont {
  family: OgFontFamily;
  weight: OgFontWeight;
  bytes: number;
  covers: (codePoint: number) => boolean;
  satori: SatoriFont;
}

/** Renders cards to PNG with fonts loaded once. */
export interface OgRenderer {
  /** The card's characters that no loaded font has a glyph for (they would render as tofu). */
  findMissingCharacters: (card: OgCard) => string[];
  renderSvg: (card: OgCard) => Promise<string>;
  renderPng: (card: OgCard) => Promise<Buffer>;
}

export interface OgImage {
  script: Script;
  slug: string;
  /** Path below the output folder, `og/<script>/<slug>.png`. */
  path: string;
  bytes: number;
  /** Time to lay out, rasterize and write it; the first image also parses the fonts. */
  ms: number;
}

export interface OgImagesSummary {
  images: OgImage[];
  /** Reading and indexing the font files. */
  fontMs: number;
  /** Everything, fonts included. */
  totalMs: number;
}

/**
 * A code point lookup from a TrueType/OpenType font's `cmap`: its Unicode full-repertoire
 * subtable (format 12) when it has one, else its BMP subtable (format 4).
 */
export function readCmapCoverage(font: Uint8Array): (codePoint: number) => boolean {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tableCount = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tableCount; i++) {
    const record = 12 + i * 16;
    if (view.getUint32(record) === 0x636d6170 /* cmap */) cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error('font has no cmap table');
  const subtables = new Map<string, number>();
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    subtables.set(`${view.getUint16(record)}/${view.getUint16(record + 2)}`, cmap + view.getUint32(record + 4));
  }
  // Windows full Unicode, Unicode full; then Windows BMP, Unicode BMP.
  const offset = ['3/10', '0/4', '0/6', '3/1', '0/3'].map((key) => subtables.get(key)).find((at) => at !== undefined);
  if (offset === undefined) throw new Error('font has no Unicode cmap subtable');
  const format = view.getUint16(offset);
  if (format === 12) return readFormat12(view, offset);
  if (format === 4) return readFormat4(view, offset);
  throw new Error(`unsupported cmap subtable format ${format}`);
}

/** Format 12: sorted groups of consecutive code points mapped to consecutive glyphs. */
function readFormat12(view: DataView, offset: number): (codePoint: number) => boolean {
  const groupCount = view.getUint32(offset + 12);
  return (codePoint) => {
    let low = 0;
    let high = groupCount - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const group = offset + 16 + middle * 12;
      if (codePoint < view.getUint32(group)) high = middle - 1;
      else if (codePoint > view.getUint32(group + 4)) low = middle + 1;
      else return view.getUint32(group + 8) + codePoint - view.getUint32(group) !== 0;
    }
    return false;
  };
}

/** Format 4: BMP segments, each mapped by a delta or through the glyph id array. */
function readFormat4(view: DataView, offset: number): (codePoint: number) => boolean {
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return false;
    for (let i = 0; i < segments; i++) {
      if (codePoint > view.getUint16(ends + i * 2)) continue;
      const start = view.getUint16(starts + i * 2);
      if (codePoint < start) return false;
      const delta = view.getUint16(deltas + i * 2);
      const rangeOffset = view.getUint16(rangeOffsets + i * 2);
      if (rangeOffset === 0) return ((codePoint + delta) & 0xffff) !== 0;
      const glyph = view.getUint16(rangeOffsets + i * 2 + rangeOffset + (codePoint - start) * 2);
      return glyph !== 0;
    }
    return false;
  };
}

/** Reads every font file the card names, once; satori parses each on first use and keeps it. */
export async function loadOgFonts(): Promise<OgFont[]> {
  const entries = OG_FONT_FAMILIES.flatMap((family) => OG_FONT_WEIGHTS.map((weight) => ({ family, weight })));
  return Promise.all(
    entries.map(async ({ family, weight }): Promise<OgFont> => {
      const data = await readFile(require.resolve(FONT_FILES[family][weight]));
      return {
        family,
        weight,
        bytes: data.byteLength,
        covers: readCmapCoverage(data),
        satori: { name: family, data, weight, style: 'normal' },
      };
    }),
  );
}

/** A renderer over loaded fonts: one satori font list for every card, so satori parses each font once. */
export function createOgRenderer(fonts: readonly OgFont[]): OgRenderer {
  const satoriFonts = fonts.map((font) => font.satori);
  const renderSvg = (card: OgCard) => satori(card.element, { width: OG_CARD_WIDTH, height: OG_CARD_HEIGHT, fonts: satoriFonts });
  return {
    findMissingCharacters: (card) => {
      // The ellipsis too: a clamped title ends in one.
      const { title, siteName, outlet, date } = card.text;
      const characters = new Set(Array.from(`${title}${siteName}${outlet}${date}…`));
      return [...characters].filter((character) => {
        const codePoint = character.codePointAt(0) ?? 0;
        return !fonts.some((font) => font.covers(codePoint));
      });
    },
    renderSvg,
    renderPng: async (card) => {
      const svg = await renderSvg(card);
      // Text is already outlines: resvg needs no fonts, and must not pick the machine's own.
      return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
    },
  };
}

export interface RenderOgImagesOptions {
  /** The articles, in their original script; all of them by default. */
  articles?: readonly Article[];
  /** Fonts already loaded (tests share them); read from node_modules by default. */
  fonts?: readonly OgFont[];
}

/**
 * Renders every article in every script to `<outDir>/og/<script>/<slug>.png`. Throws, naming
 * them all, when a card has characters no loaded font covers, rather than ship tofu.
 */
export async function renderOgImages(outDir: string, options: RenderOgImagesOptions = {}): Promise<OgImagesSummary> {
  const started = performance.now();
  const renderer = createOgRenderer(options.fonts ?? (await loadOgFonts()));
  const fontMs = performance.now() - started;
  const articles = options.articles ?? loadArticles();

  const cards = SCRIPTS.flatMap((script) =>
    articles.map((article) => buildOgCard(convertArticle(article, languageOfScript(script)), script)),
  );
  const problems = cards.flatMap((card) => {
    const missing = renderer.findMissingCharacters(card);
    return missing.length === 0 ? [] : [`${ogImagePath(card.script, card.slug)}: no font has ${missing.join(' ')}`];
  });
  if (problems.length > 0) throw new Error(`og-images: characters without a glyph\n${problems.join('\n')}`);

  const images: OgImage[] = [];
  for (const script of SCRIPTS) await mkdir(join(outDir, 'og', script), { recursive: true });
  for (const card of cards) {
    const cardStarted = performance.now();
    const png = await renderer.renderPng(card);
    const path = ogImagePath(card.script, card.slug).slice(1);
    await writeFile(join(outDir, path), png);
    images.push({ script: card.script, slug: card.slug, path, bytes: png.byteLength, ms: performance.now() - cardStarted });
  }
  return { images, fontMs, totalMs: performance.now() - started };
}

/** Describes a run in one line for the build log. */
export function formatOgSummary(summary: OgImagesSummary, outDir: string): string {
  const { images } = summary;
  const sizes = images.map((image) => image.bytes);
  const kilobytes = (bytes: number) => (bytes / 1000).toFixed(1);
  const details = [`fonts read ${Math.round(summary.fontMs)} ms`];
  if (images.length > 0) {
    details.push(`first image ${Math.round(images[0]?.ms ?? 0)} ms`);
    details.push(`${kilobytes(Math.min(...sizes))}–${kilobytes(Math.max(...sizes))} kB each`);
  }
  return `og-images: rendered ${images.length} images to ${join(outDir, 'og')}/ in ${Math.round(summary.totalMs)} ms (${details.join(', ')})`;
}

/** Renders into `out/` or the folder given as the first argument. */
async function main(): Promise<void> {
  const outDir = process.argv[2] ?? 'out';
  console.log(formatOgSummary(await renderOgImages(outDir), outDir));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
