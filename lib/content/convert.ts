import { Converter as toSimplifiedConverter } from 'opencc-js/t2cn';
import { Converter as toTraditionalConverter } from 'opencc-js/cn2t';
import type { ConverterFunction, ConverterOptions } from 'opencc-js';
import type { Article, Language, Quote, Section, TimelineEvent } from './model';

/**
 * Traditional ⇄ Simplified conversion, at build time only. The archived original stays the
 * master: the other script is always derived from it, never the reverse (Simplified is not a
 * lossless pivot: 台灣 → 台湾 → 臺灣).
 *
 * Imports: the two one-direction bundles, `opencc-js/t2cn` (109 kB) and `opencc-js/cn2t`
 * (1.1 MB, mostly the Simplified → Traditional phrase list), not `full.js`, which carries the
 * Hong Kong and Japanese dictionaries too. The modular `opencc-js/core` + `preset/*` build
 * gives the same output on every OpenCC test case but loads ~25 ms slower in Node (36 files).
 */

export type TextConverter = (text: string) => string;

interface OpenccSettings {
  build: (options: ConverterOptions) => ConverterFunction;
  options: ConverterOptions;
}

/** How opencc converts into each language; with two languages, the target decides the direction. */
const OPENCC_SETTINGS = {
  // tw→cn runs OpenCC's tw2s: Taiwan variants first (particle 著 → 着, keeping 著名), then
  // Traditional → Simplified phrases. t→cn (t2s) would leave 看著 as 看著 in Simplified text;
  // neither config knows the six Hong Kong-only variants (衞 衹 敍 枱 粧 糭).
  'zh-Hans': { build: toSimplifiedConverter, options: { from: 'tw', to: 'cn' } },
  // cn→tw runs s2tw: Taiwan-standard character forms (裡, 著, 溼) only. Not twp, whose phrase
  // localisation rewrites vocabulary (软件 → 軟體) and so would change what the source says.
  'zh-Hant': { build: toTraditionalConverter, options: { from: 'cn', to: 'tw' } },
} as const satisfies Record<Language, OpenccSettings>;

const keepText: TextConverter = (text) => text;

const textConverters = new Map<Language, TextConverter>();

/** A converter from one script to the other: identity for the same language, else opencc, cached. */
export function createTextConverter(from: Language, to: Language): TextConverter {
  if (from === to) return keepText;
  let converter = textConverters.get(to);
  if (!converter) {
    const { build, options } = OPENCC_SETTINGS[to];
    converter = cacheConversions(() => build(options));
    textConverters.set(to, converter);
  }
  return converter;
}

/**
 * Builds the converter on the first text (building cn→tw's trie takes ~400 ms), and converts each
 * distinct text once: pages, feeds and JSON repeat titles and tags.
 */
function cacheConversions(create: () => ConverterFunction): TextConverter {
  let convert: ConverterFunction | undefined;
  const converted = new Map<string, string>();
  return (text) => {
    let result = converted.get(text);
    if (result === undefined) {
      convert ??= create();
      result = convert(text);
      converted.set(text, result);
    }
    return result;
  };
}

/** A paragraph before and after conversion: the frame its quotes and events are cut from. */
interface ParagraphText {
  original: string;
  converted: string;
  /**
   * Whether both have as many code points. Every tw2s and s2tw dictionary entry maps n code
   * points to n (the tests pin it), so then positions line up one to one, even where UTF-16
   * lengths differ (二噁英 → 二𫫇英).
   */
  aligned: boolean;
}

const convertedArticles = new WeakMap<Article, Map<Language, Article>>();

/**
 * The article with every reader-visible text in `to`'s script: same shape and ids; quote offsets
 * index the converted paragraphs; slug, dates, URL and `language` (the script of the archived
 * original) are kept. Memoised per article object and target.
 */
export function convertArticle(article: Article, to: Language): Article {
  if (to === article.language) return article;
  const byLanguage = convertedArticles.get(article) ?? new Map<Language, Article>();
  let converted = byLanguage.get(to);
  if (!converted) {
    converted = buildConvertedArticle(article, createTextConverter(article.language, to));
    byLanguage.set(to, converted);
    convertedArticles.set(article, byLanguage);
  }
  return converted;
}

/** Converts the article's texts: whole paragraphs first, then quotes and events cut from them. */
function buildConvertedArticle(article: Article, convert: TextConverter): Article {
  const paragraphs = new Map<string, ParagraphText>();
  const sections = article.sections.map((section): Section => ({
    ...section,
    heading: convertNullable(section.heading, convert),
    paragraphs: section.paragraphs.map((paragraph) => {
      // Whole paragraphs: opencc converts phrases, and fragments converted apart can split one.
      const converted = convert(paragraph.text);
      const aligned = Array.from(paragraph.text).length === Array.from(converted).length;
      paragraphs.set(paragraphKey(section.id, paragraph.id), { original: paragraph.text, converted, aligned });
      return { ...paragraph, text: converted };
    }),
  }));
  const paragraphOf = (at: { sectionId: string; paragraphId: string }) => paragraphs.get(paragraphKey(at.sectionId, at.paragraphId));

  return {
    ...article,
    title: convert(article.title),
    dek: convertNullable(article.dek, convert),
    category: convertNullable(article.category, convert),
    source: { ...article.source, outlet: convert(article.source.outlet), via: convertNullable(article.source.via, convert) },
    author: convertNullable(article.author, convert),
    tags: article.tags.map(convert),
    notice: article.notice.map(convert),
    corrections: article.corrections.map((correction) => ({ ...correction, note: convert(correction.note) })),
    sections,
    quotes: article.quotes.map((quote) => convertQuote(quote, paragraphOf(quote), convert)),
    timeline: article.timeline.map((event) => convertEvent(event, paragraphOf(event), convert)),
  };
}

/**
 * A quote whose words are the converted paragraph between its marks, so quote and paragraph read
 * alike; its offsets index the converted paragraph (the same numbers unless an astral character
 * came or went before them).
 */
function convertQuote(quote: Quote, paragraph: ParagraphText | undefined, convert: TextConverter): Quote {
  const speaker = quote.speaker === null ? null : convertFragment(quote.speaker, paragraph, convert);
  const role = quote.role === null ? null : convertFragment(quote.role, paragraph, convert);
  // Unaligned paragraphs cannot occur with tw2s/s2tw; keep what we have rather than guess.
  if (!paragraph?.aligned) return { ...quote, text: convert(quote.text), speaker, role };
  const start = alignOffset(paragraph, quote.start);
  const end = alignOffset(paragraph, quote.end);
  const marksHoldText = paragraph.original.slice(quote.start + 1, quote.end - 1) === quote.text;
  const text = marksHoldText ? paragraph.converted.slice(start + 1, end - 1) : convert(quote.text);
  return { ...quote, text, speaker, role, start, end };
}

/** A timeline event whose clause and date expression are cut from the converted paragraph. */
function convertEvent(event: TimelineEvent, paragraph: ParagraphText | undefined, convert: TextConverter): TimelineEvent {
  return {
    ...event,
    text: convertFragment(event.text, paragraph, convert),
    dateText: convertFragment(event.dateText, paragraph, convert),
  };
}

/**
 * Converts a verbatim fragment of a paragraph by cutting it, where it first occurs, from the
 * converted paragraph; converts it alone when it is not in the paragraph.
 */
function convertFragment(fragment: string, paragraph: ParagraphText | undefined, convert: TextConverter): string {
  const at = paragraph?.aligned ? paragraph.original.indexOf(fragment) : -1;
  if (!paragraph || at < 0) return convert(fragment);
  return paragraph.converted.slice(alignOffset(paragraph, at), alignOffset(paragraph, at + fragment.length));
}

/** Where an offset of an aligned paragraph's original lands in its converted text: after as many code points. */
function alignOffset({ original, converted }: ParagraphText, offset: number): number {
  const points = Array.from(original.slice(0, offset)).length;
  return Array.from(converted).slice(0, points).join('').length;
}

/** Converts an optional text, keeping null. */
function convertNullable(text: string | null, convert: TextConverter): string | null {
  return text === null ? null : convert(text);
}

/** A map key for a paragraph; ids are `[a-z0-9-]`, so a space cannot occur in either part. */
function paragraphKey(sectionId: string, paragraphId: string): string {
  return `${sectionId} ${paragraphId}`;
}
