import type { Article, LocatedParagraph } from './model';
import { extractQuotes, type AttributionBasis, type AttributionNotes } from './extract/quotes';

/**
 * The attributions an editor should look at first: the ones the extractor is least sure of (a
 * speaker found through a pronoun or description, or carried over from a sentence or paragraph
 * before; speech told from a term by length alone), and not yet checked in the frontmatter.
 */

export interface ReviewItem {
  quoteId: string;
  basis: Exclude<AttributionBasis, 'named'>;
  speaker: string | null;
  text: string;
}

/** Why each basis is uncertain, in the words the review prints. */
export const BASIS_REASONS: Readonly<Record<ReviewItem['basis'], string>> = {
  reference: 'speaker found through a pronoun or description',
  carried: 'speaker carried over from a sentence or paragraph before',
  length: 'speech told from a term by its length alone',
};

/** The unchecked attributions of an article that rest on the weaker rules, in text order. */
export function reviewAttributions(article: Article): ReviewItem[] {
  const paragraphs: LocatedParagraph[] = article.sections.flatMap((section) =>
    section.paragraphs.map((paragraph) => ({ sectionId: section.id, paragraphId: paragraph.id, text: paragraph.text })),
  );
  const notes: AttributionNotes = new Map();
  extractQuotes(paragraphs, notes);
  return article.quotes.flatMap((quote): ReviewItem[] => {
    const basis = notes.get(quote.id);
    if (basis === undefined || basis === 'named' || quote.checked || quote.kind !== 'speech') return [];
    return [{ quoteId: quote.id, basis, speaker: quote.speaker, text: quote.text }];
  });
}
