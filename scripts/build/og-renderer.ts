import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';
import satori, { type SatoriOptions } from 'satori';
import { OG_CARD_HEIGHT, OG_CARD_WIDTH, OG_FONT_FAMILIES, OG_FONT_WEIGHTS, type OgCard, type OgFontFamily, type OgFontWeight } from '../../lib/site/og-card';
import { encodeIndexedPng } from './indexed-png';

/**
 * The fonts of the Open Graph cards and the renderer that draws a card with them (satori lays the
 * card out as an SVG with the text as glyph outlines, resvg rasterizes it). Apart from the
 * archive's content so that a rendering thread (og-worker.ts) loads only this.
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

/** The code points a font file maps to a glyph, read with fontkit. */
export function readFontCoverage(bytes: Buffer): (codePoint: number) => boolean {
  const font = fontkit.create(bytes);
  if (!('hasGlyphForCodePoint' in font)) throw new Error('a font collection, not a single font');
  return (codePoint) => font.hasGlyphForCodePoint(codePoint);
}

/** Characters a card need not draw: invisible format characters (U+200B, bidi controls, variation selectors…). */
export const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;

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
      // A card is a few dozen colours: a palette PNG is the same pixels in about half the bytes.
      return encodeIndexedPng(image.width, image.height, image.pixels) ?? image.asPng();
    },
  };
}
