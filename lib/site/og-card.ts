import { formatDate } from './format';
import type { Article } from '../content/model';
import type { Script } from './script';
import { SITE_NAME } from './ui-text';

/**
 * The Open Graph card of an article (1200×630): an element tree in satori's object syntax
 * (`{ type, props }`, what JSX would compile to), built from data only. Rendering it to PNG, and
 * loading the fonts it names, is the build script's job (`scripts/build/og-images.ts`).
 */

export const OG_CARD_WIDTH = 1200;
export const OG_CARD_HEIGHT = 630;

/** The title: large bold type that wraps to at most three lines, then ends in an ellipsis. */
export const OG_TITLE = { fontSize: 66, lineHeight: 1.3, maxLines: 3 } as const;

export const OG_FONT_WEIGHTS = [400, 700] as const;
export type OgFontWeight = (typeof OG_FONT_WEIGHTS)[number];

export const OG_FONT_FAMILIES = ['Noto Sans TC', 'Noto Sans SC', 'Noto Emoji'] as const;
export type OgFontFamily = (typeof OG_FONT_FAMILIES)[number];

/**
 * The font stack of each script: its own regional forms first, the other family second for the
 * characters the first lacks (satori falls back glyph by glyph; Noto Sans TC has no 数 扩 张 财),
 * and a monochrome emoji font last, for titles of reposted copy that carry emoji (🚀).
 */
const FONT_STACK = {
  'zh-hant': ['Noto Sans TC', 'Noto Sans SC', 'Noto Emoji'],
  'zh-hans': ['Noto Sans SC', 'Noto Sans TC', 'Noto Emoji'],
} as const satisfies Record<Script, readonly OgFontFamily[]>;

/**
 * What a card draws for a character no font has: 〓 (the geta mark), the placeholder CJK
 * typesetting has always used for a missing character, instead of a .notdef box.
 */
export const OG_MISSING_GLYPH = '〓';

const SATORI_LOCALE = { 'zh-hant': 'zh-TW', 'zh-hans': 'zh-CN' } as const satisfies Record<Script, string>;

const COLORS = {
  background: '#fbfaf7',
  accent: '#8a1c12',
  title: '#1f1c18',
  meta: '#5b554c',
  rule: '#ddd7cc',
} as const;

/** A CSS declaration block as satori reads it (camel-cased properties). */
export type CardStyle = Record<string, string | number>;

/**
 * One element of the card. `key: null` makes it a valid React element shape, which is what
 * satori's types ask for; no React is involved.
 */
export interface CardElement {
  type: 'div';
  key: null;
  props: { style: CardStyle; lang?: string; children: string | CardElement[] };
}

/** The texts a card shows, in the card's script. */
export interface OgCardText {
  title: string;
  siteName: string;
  outlet: string;
  /** The publication date, only as precise as the article states it (`2024年1月`). */
  date: string;
}

/** What a card says, and the element tree that lays it out. */
export interface OgCard {
  script: Script;
  slug: string;
  text: OgCardText;
  element: CardElement;
}

/** A `div` with a style, children and, for the root, a language. */
function div(style: CardStyle, children: string | CardElement[], lang?: string): CardElement {
  return { type: 'div', key: null, props: lang === undefined ? { style, children } : { style, lang, children } };
}

/** The card's texts: title, site name, and outlet with the formatted publication date. */
export function describeOgCard(article: Article, script: Script): OgCardText {
  return {
    title: article.title,
    siteName: SITE_NAME[script],
    outlet: article.source.outlet,
    date: formatDate(article.published, script),
  };
}

/**
 * The card of an article whose texts are already in `script` (see `convertArticle`): an accent
 * bar, the site name, the title in large bold type (up to three lines), outlet and date.
 */
export function buildOgCard(article: Article, script: Script): OgCard {
  const text = describeOgCard(article, script);
  const element = div(
    {
      width: OG_CARD_WIDTH,
      height: OG_CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: COLORS.background,
      borderTop: `8px solid ${COLORS.accent}`,
      padding: '60px 80px',
      fontFamily: FONT_STACK[script].map((family) => `"${family}"`).join(', '),
      fontWeight: 400,
      color: COLORS.title,
    },
    [
      div({ display: 'flex', fontSize: 30, fontWeight: 700, color: COLORS.accent, letterSpacing: 2 }, text.siteName),
      div({ display: 'flex', flexGrow: 1, alignItems: 'center' }, [
        // `display: block` with `lineClamp` is what makes satori wrap, clamp and add the ellipsis.
        div(
          {
            display: 'block',
            width: '100%',
            fontSize: OG_TITLE.fontSize,
            fontWeight: 700,
            lineHeight: OG_TITLE.lineHeight,
            lineClamp: OG_TITLE.maxLines,
          },
          text.title,
        ),
      ]),
      div({ display: 'flex', alignItems: 'center', borderTop: `2px solid ${COLORS.rule}`, paddingTop: 26, fontSize: 32, color: COLORS.meta }, [
        div({ display: 'flex' }, text.outlet),
        // A short rule between outlet and date: a CJK middle dot is as wide as a character.
        div({ display: 'flex', width: 2, height: 28, margin: '0 22px', backgroundColor: COLORS.rule }, ''),
        div({ display: 'flex' }, text.date),
      ]),
    ],
    // Satori's `lang` (its locales include zh-TW and zh-CN) picks the word segmenter for wrapping.
    SATORI_LOCALE[script],
  );
  return { script, slug: article.slug, text, element };
}
