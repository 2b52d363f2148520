import { isSearchArticleList } from './match';
import type { SearchArticle, SearchParagraph } from './search-index';

/**
 * A snippet chunk as it is written (`a/<n>.json`) and read back. A paragraph's id is almost always
 * its section's id and its place (`rivalry-2`, as the parser numbers them), so the chunk writes
 * such a paragraph as its text alone and keeps `[id, text]` for any other: 14 bytes a paragraph,
 * about 0.9 kB an article over both scripts.
 */

/** One paragraph as a chunk holds it: its text when its id is the one its place gives, else `[id, text]`. */
type ChunkParagraph = string | SearchParagraph;

/** The id a paragraph has by its place: its section's id, then its 1-based number. */
function placeId(sectionId: string, index: number): string {
  return `${sectionId}-${index + 1}`;
}

/** A chunk's text: its articles with each paragraph written as `ChunkParagraph`. */
export function encodeChunk(articles: readonly SearchArticle[]): string {
  return JSON.stringify(
    articles.map((article) => ({
      ...article,
      sections: article.sections.map((section) => ({
        ...section,
        paragraphs: section.paragraphs.map(([id, text], index): ChunkParagraph => (id === placeId(section.id, index) ? text : [id, text])),
      })),
    })),
  );
}

/** The articles of a fetched chunk, each paragraph with its id again; null when the data is not a chunk. */
export function decodeChunk(data: unknown): SearchArticle[] | null {
  if (!Array.isArray(data)) return null;
  const expanded: unknown = data.map((article: unknown) => {
    if (typeof article !== 'object' || article === null || !Array.isArray((article as { sections?: unknown }).sections)) return article;
    const { sections } = article as { sections: unknown[] };
    return {
      ...article,
      sections: sections.map((section) => {
        if (typeof section !== 'object' || section === null) return section;
        const { id, paragraphs } = section as { id?: unknown; paragraphs?: unknown };
        if (typeof id !== 'string' || !Array.isArray(paragraphs)) return section;
        return { ...section, paragraphs: paragraphs.map((paragraph: unknown, index) => (typeof paragraph === 'string' ? [placeId(id, index), paragraph] : paragraph)) };
      }),
    };
  });
  return isSearchArticleList(expanded) ? expanded : null;
}
