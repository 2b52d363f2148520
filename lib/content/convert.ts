import { Trie } from 'opencc-js/t2cn';
import { glossaryPairs, openccConverter, type GlossaryDirection } from './glossary/dictionary';
import type { Article, Language, Quote, Region, Section, TimelineEvent } from './model';

/**
 * Traditional ⇄ Simplified conversion, at build time only. The archived original stays the
 * master: the other script is always derived from it, never the reverse (Simplified is not a
 * lossless pivot: 台灣 → 台湾 → 臺灣).
 *
 * Each direction is opencc for the original's region, then the finance glossary as a second pass
 * (lib/content/glossary): Hong Kong copy runs hk2s (the only table that knows 衞 敍 粧 枱 糭),
 * Taiwan copy tw2s (particle 著 → 着, keeping 著名), Simplified copy s2tw: Taiwan-standard forms
 * (裡, 著, 溼), the edition's Traditional standard, and not twp, whose phrase localisation
 * (软件 → 軟體) would rewrite what a mainland source says; a mainland institution keeps its
 * mainland name in Traditional characters (美联储 → 美聯儲). Bundles: `opencc-js/t2cn` (109 kB)
 * holds both hk2s and tw2s; `opencc-js/cn2t` (1.1 MB) s2tw; not `full.js`.
 */

export type TextConverter = (text: string) => string;

/** The glossary direction a conversion runs: the original's region picks the table. */
function directionOf(from: Language, region: Region): GlossaryDirection {
  if (from === 'zh-Hans') return 'cn-tw';
  return region === 'HK' ? 'hk-cn' : 'tw-cn';
}

/** The region a language's text is taken to follow when nothing else says: Taiwan for Traditional, the mainland for Simplified. */
function defaultRegion(from: Language): Region {
  return from === 'zh-Hans' ? 'CN' : 'TW';
}

/** A text converted, with where each offset of the original lands in it. */
interface ConvertedText {
  text: string;
  /**
   * For every UTF-16 offset 0…length of the original, its offset in `text`; null when opencc's
   * stage did not keep code points one to one (never seen: the tests pin that every tw2s, hk2s and
   * s2tw entry maps n code points to n).
   */
  offsets: number[] | null;
}

interface DirectionConverter {
  convert: TextConverter;
  convertWithOffsets: (text: string) => ConvertedText;
}

const keepText: TextConverter = (text) => text;
const directionConverters = new Map<GlossaryDirection, DirectionConverter>();

/**
 * A converter from one script to the other for an original of `region` (default: Taiwan for
 * Traditional, the mainland for Simplified): identity for the same language, else opencc and the
 * glossary, built on first use and cached per direction.
 */
export function createTextConverter(from: Language, to: Language, region: Region = defaultRegion(from)): TextConverter {
  if (from === to) return keepText;
  return directionConverter(directionOf(from, region)).convert;
}

/**
 * opencc alone for a direction, cached: character for character (n code points to n), for
 * callers that compare texts position by position (script detection). It shares its cache with
 * the full converter, which runs the glossary over its output.
 */
export function createCharacterConverter(from: Language, to: Language, region: Region = defaultRegion(from)): TextConverter {
  if (from === to) return keepText;
  return characterConverter(directionOf(from, region));
}

const characterConverters = new Map<GlossaryDirection, TextConverter>();

/** Builds opencc on the first text (cn→tw's trie takes ~300 ms) and converts each distinct text once. */
function characterConverter(direction: GlossaryDirection): TextConverter {
  let converter = characterConverters.get(direction);
  if (!converter) {
    converter = cacheConversions((text) => openccConverter(direction)(text));
    characterConverters.set(direction, converter);
  }
  return converter;
}

function directionConverter(direction: GlossaryDirection): DirectionConverter {
  let converter = directionConverters.get(direction);
  if (!converter) {
    const convertCharacters = characterConverter(direction);
    let trie: Trie | undefined;
    const glossary = () => (trie ??= glossaryTrie(direction));
    converter = {
      convert: cacheConversions((text) => glossary().convert(convertCharacters(text))),
      convertWithOffsets: (text) => applyGlossary(text, convertCharacters(text), glossary()),
    };
    directionConverters.set(direction, converter);
  }
  return converter;
}

/** The glossary's pairs as one opencc-js trie: the same longest-match, left-to-right pass `CustomConverter` runs. */
function glossaryTrie(direction: GlossaryDirection): Trie {
  const trie = new Trie();
  trie.loadDict(glossaryPairs(direction));
  return trie;
}

/**
 * Runs the glossary over opencc's output segment by segment (a segment is a glossary key or a run
 * no key starts in, so each converts alone as it would in place), tracking where every offset of
 * the original lands: opencc keeps code points one to one; a glossary term may change length
 * (道琼 → 道琼斯), and an offset inside a replaced term lands at its start.
 */
function applyGlossary(original: string, characters: string, glossary: Trie): ConvertedText {
  const openccOffsets = alignCodePoints(original, characters);
  const segments = glossary.segment(characters);
  const finalOffsets: number[] = [];
  let text = '';
  let from = 0;
  for (const segment of segments) {
    const replacement = glossary.convert(segment);
    if (replacement === segment) {
      for (let index = 0; index < segment.length; index += 1) finalOffsets[from + index] = text.length + index;
    } else {
      for (let index = 0; index < segment.length; index += 1) finalOffsets[from + index] = text.length;
    }
    from += segment.length;
    text += replacement;
  }
  finalOffsets[from] = text.length;
  const offsets = openccOffsets && openccOffsets.map((offset) => finalOffsets[offset] ?? text.length);
  return { text, offsets };
}

/** For each UTF-16 offset of `original`, the offset after as many code points in `converted`; null when their code points differ in number. */
function alignCodePoints(original: string, converted: string): number[] | null {
  const originalPoints = Array.from(original);
  const convertedPoints = Array.from(converted);
  if (originalPoints.length !== convertedPoints.length) return null;
  const offsets: number[] = [];
  let at = 0;
  originalPoints.forEach((point, index) => {
    offsets.push(at);
    if (point.length === 2) offsets.push(at);
    at += convertedPoints[index]?.length ?? 0;
  });
  offsets.push(at);
  return offsets;
}

/** Converts each distinct text once: pages, feeds and JSON repeat titles and tags. */
function cacheConversions(convert: TextConverter): TextConverter {
  const converted = new Map<string, string>();
  return (text) => {
    let result = converted.get(text);
    if (result === undefined) {
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
  /** Where each UTF-16 offset of the original lands in the converted text (see `ConvertedText`). */
  offsets: number[] | null;
}

const convertedArticles = new WeakMap<Article, Map<Language, Article>>();

/**
 * The article with every reader-visible text in `to`'s script, converted with its region's table:
 * same shape and ids; quote offsets index the converted paragraphs; slug, dates, URL, `language`
 * (the script of the archived original) and `region` are kept. Memoised per article object and target.
 */
export function convertArticle(article: Article, to: Language): Article {
  if (to === article.language) return article;
  const byLanguage = convertedArticles.get(article) ?? new Map<Language, Article>();
  let converted = byLanguage.get(to);
  if (!converted) {
    converted = buildConvertedArticle(article, directionConverter(directionOf(article.language, article.region)));
    byLanguage.set(to, converted);
    convertedArticles.set(article, byLanguage);
  }
  return converted;
}

/** Converts the article's texts: whole paragraphs first, then quotes and events cut from them. */
function buildConvertedArticle(article: Article, { convert, convertWithOffsets }: DirectionConverter): Article {
  const paragraphs = new Map<string, ParagraphText>();
  const sections = article.sections.map((section): Section => ({
    ...section,
    heading: convertNullable(section.heading, convert),
    paragraphs: section.paragraphs.map((paragraph) => {
      // Whole paragraphs: opencc converts phrases, and fragments converted apart can split one.
      const { text: converted, offsets } = convertWithOffsets(paragraph.text);
      paragraphs.set(paragraphKey(section.id, paragraph.id), { original: paragraph.text, converted, offsets });
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
 * alike; its offsets index the converted paragraph (they move where a glossary term before them
 * changed length, 道瓊 → 道琼斯, or an astral character came or went).
 */
function convertQuote(quote: Quote, paragraph: ParagraphText | undefined, convert: TextConverter): Quote {
  const speaker = quote.speaker === null ? null : convertFragment(quote.speaker, paragraph, convert);
  const role = quote.role === null ? null : convertFragment(quote.role, paragraph, convert);
  const offsets = paragraph?.offsets;
  // Offsets are unknown only if opencc broke its one-to-one mapping; keep what we have rather than guess.
  if (!paragraph || !offsets) return { ...quote, text: convert(quote.text), speaker, role };
  const start = offsets[quote.start] ?? quote.start;
  const end = offsets[quote.end] ?? quote.end;
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
  const offsets = paragraph?.offsets;
  const at = paragraph && offsets ? paragraph.original.indexOf(fragment) : -1;
  if (!paragraph || !offsets || at < 0) return convert(fragment);
  return paragraph.converted.slice(offsets[at], offsets[at + fragment.length]);
}

/** Converts an optional text, keeping null. */
function convertNullable(text: string | null, convert: TextConverter): string | null {
  return text === null ? null : convert(text);
}

/** A map key for a paragraph; ids are `[a-z0-9-]`, so a space cannot occur in either part. */
function paragraphKey(sectionId: string, paragraphId: string): string {
  return `${sectionId} ${paragraphId}`;
}
