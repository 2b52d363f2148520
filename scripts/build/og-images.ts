import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';
import satori, { type SatoriOptions } from 'satori';
import { loadArticles } from '../../lib/content/load-articles';
import { convertArticle } from '../../lib/content/convert';
import type { Article } from '../../lib/content/model';
import { OG_CARD_HEIGHT, OG_CARD_WIDTH, OG_FONT_FAMILIES, OG_FONT_WEIGHTS, OG_MISSING_GLYPH, buildOgCard, type OgCard, type OgFontFamily, type OgFontWeight } from '../../lib/site/og-card';
import { ogImagePath } from '../../lib/site/routes';
import { SCRIPTS, languageOfScript, type Script } from '../../lib/site/script';
import { encodeIndexedPng } from './indexed-png';

/**
 * Renders the Open Graph image of every article in every script, after `next build`, to
 * `out/og/<script>/<slug>.png` (served as `/og/<script>/<slug>.png`). The card is laid out by
 * lib/og-card; satori turns it into an SVG with the text as glyph outlines, resvg into a PNG.
 * A title never stops the build: emoji come from Noto Emoji, invisible format characters are
 * left out, and a character no font has is drawn as 〓 with a warning naming the image and title.
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
  'Noto Emoji': {
    400: '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
    700: '@expo-google-fonts/noto-emoji/700Bold/NotoEmoji_700Bold.ttf',
  },
} as const satisfies Record<OgFontFamily, Record<OgFontWeight, string>>;

type SatoriFont = SatoriOptions['fonts'][number];

/** A loaded font: satori's font entry and the code points its character map gives a glyph. */
export interface OgFont {
  family: OgFontFamily;
  weight: OgFontWeight;
  bytes: number;
  covers: (codePoint: number) => boolean;
  satori: SatoriFont;
}

/** Renders cards to PNG with fonts loaded once. */
export interface OgRenderer {
  /** Whether any loaded font has a glyph for the code point. */
  covers: (codePoint: number) => boolean;
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
  /** One line per card that drew a placeholder: the image, the characters and the text they were in. */
  warnings: string[];
  /** Reading and indexing the font files. */
  fontMs: number;
  /** Everything, fonts included. */
  totalMs: number;
}

/** The code points a font file maps to a glyph, read with fontkit. */
export function readFontCoverage(bytes: Buffer): (codePoint: number) => boolean {
  const font = fontkit.create(bytes);
  if (!('hasGlyphForCodePoint' in font)) throw new Error('a font collection, not a single font');
  return (codePoint) => font.hasGlyphForCodePoint(codePoint);
}

/** Characters a card need not draw: invisible format characters (U+200B, bidi controls, variation selectors…). */
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;

/**
 * A text as the card can draw it with the loaded fonts: characters no font has are left out
 * when invisible, become a space when they are white space (a tab), and are drawn as 〓
 * otherwise; `missing` lists those.
 */
export function fitToFonts(text: string, covers: (codePoint: number) => boolean): { text: string; missing: string[] } {
  const missing: string[] = [];
  const drawn = Array.from(text, (character) => {
    if (covers(character.codePointAt(0)!)) return character;
    if (INVISIBLE.test(character)) return '';
    if (/^\s$/u.test(character)) return ' ';
    missing.push(character);
    return OG_MISSING_GLYPH;
  });
  return { text: drawn.join('').replace(SPACE_AFTER_EMOJI, '\u00a0'), missing };
}

/**
 * A space right after an emoji: satori draws it with the emoji font, whose space is 1.27 em
 * wide (a gap of three characters on the card). A no-break space, which Noto Emoji lacks, comes
 * from the text font at its usual width.
 */
const SPACE_AFTER_EMOJI = /(?<=\p{Extended_Pictographic}\uFE0F?) /gu;

/** How a character is named in a warning: `U+20BB7 𠮷`. */
function describeCharacter(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} ${character}`;
}

/**
 * The article as its card can draw it (title and outlet fitted to the fonts), and a warning
 * naming the image, the characters and the text when something had to become a placeholder.
 */
export function fitArticleToFonts(article: Article, script: Script, covers: (codePoint: number) => boolean): { article: Article; warning: string | null } {
  const title = fitToFonts(article.title, covers);
  const outlet = fitToFonts(article.source.outlet, covers);
  const problems = [
    ...(title.missing.length > 0 ? [`title “${article.title}”`] : []),
    ...(outlet.missing.length > 0 ? [`outlet “${article.source.outlet}”`] : []),
  ];
  const missing = [...new Set([...title.missing, ...outlet.missing])];
  return {
    article: { ...article, title: title.text, source: { ...article.source, outlet: outlet.text } },
    warning: missing.length === 0 ? null : `og-images: warning: ${ogImagePath(script, article.slug).slice(1)}: no font has ${missing.map(describeCharacter).join(', ')} in the ${problems.join(' and ')}; drawn as ${OG_MISSING_GLYPH}`,
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
        covers: readFontCoverage(data),
        satori: { name: family, data, weight, style: 'normal' },
      };
    }),
  );
}

/** A renderer over loaded fonts: one satori font list for every card, so satori parses each font once. */
export function createOgRenderer(fonts: readonly OgFont[]): OgRenderer {
  const satoriFonts = fonts.map((font) => font.satori);
  const renderSvg = (card: OgCard) => satori(card.element, { width: OG_CARD_WIDTH, height: OG_CARD_HEIGHT, fonts: satoriFonts });
  const covers = (codePoint: number) => fonts.some((font) => font.covers(codePoint));
  return {
    covers,
    findMissingCharacters: (card) => {
      // The ellipsis too: a clamped title ends in one.
      const { title, siteName, outlet, date } = card.text;
      const characters = new Set(Array.from(`${title}${siteName}${outlet}${date}…`));
      return [...characters].filter((character) => !covers(character.codePointAt(0)!) && !INVISIBLE.test(character) && !/^\s$/u.test(character));
    },
    renderSvg,
    renderPng: async (card) => {
      const svg = await renderSvg(card);
      // Text is already outlines: resvg needs no fonts, and must not pick the machine's own.
      const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
      // A card is a few dozen colours, most of them anti-aliasing shades of its few flat ones: a
      // palette of 16 (the rarest shades merged into their nearest) at four bits a pixel.
      return encodeIndexedPng(image.width, image.height, image.pixels, { fewerColours: true }) ?? image.asPng();
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
 * Renders every article in every script to `<outDir>/og/<script>/<slug>.png`. A character no
 * font has is drawn as a placeholder and reported in `warnings`; a card that still fails to
 * render fails the build with the image's path.
 */
export async function renderOgImages(outDir: string, options: RenderOgImagesOptions = {}): Promise<OgImagesSummary> {
  const started = performance.now();
  const renderer = createOgRenderer(options.fonts ?? (await loadOgFonts()));
  const fontMs = performance.now() - started;
  const articles = options.articles ?? loadArticles();

  const warnings: string[] = [];
  const cards = SCRIPTS.flatMap((script) =>
    articles.map((original) => {
      const fitted = fitArticleToFonts(convertArticle(original, languageOfScript(script)), script, renderer.covers);
      if (fitted.warning) warnings.push(fitted.warning);
      return buildOgCard(fitted.article, script);
    }),
  );

  const images: OgImage[] = [];
  for (const script of SCRIPTS) await mkdir(join(outDir, 'og', script), { recursive: true });
  for (const card of cards) {
    const cardStarted = performance.now();
    const path = ogImagePath(card.script, card.slug).slice(1);
    let png: Buffer;
    try {
      png = await renderer.renderPng(card);
    } catch (error) {
      throw new Error(`og-images: ${path} (title “${card.text.title}”): ${(error as Error).message}`);
    }
    await writeFile(join(outDir, path), png);
    images.push({ script: card.script, slug: card.slug, path, bytes: png.byteLength, ms: performance.now() - cardStarted });
  }
  return { images, warnings, fontMs, totalMs: performance.now() - started };
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
  const summary = await renderOgImages(outDir);
  for (const warning of summary.warnings) console.warn(warning);
  console.log(formatOgSummary(summary, outDir));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
