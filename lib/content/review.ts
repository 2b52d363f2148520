import type { Article, LocatedParagraph } from './model';
import { extractQuotes, type AttributionBasis, type AttributionNotes } from './extract/quotes';
import { refuseWeakAttributions, type SpeakerAssessments, type SpeakerRefusal } from './extract/speakers/confidence';

/**
 * The attributions an editor should look at first: the ones the extractor is least sure of (a
 * speaker found through a pronoun or description, or carried over from a sentence or paragraph
 * before; speech told from a term by length alone), and not yet checked in the frontmatter.
 */

export interface ReviewItem {
  quoteId: string;
  /**
   * `withheld`: the confidence gate took away the speaker the rules found (shown here as `speaker`); `opener`: it gave the
   * words to the one the sentence opens on, the speaker found being named only inside their report or a cut of a later clause.
   */
  basis: Exclude<AttributionBasis, 'named'> | 'withheld' | 'opener' | 'tied';
  speaker: string | null;
  text: string;
  /** For a withheld speaker, the shape of attribution that misleads. */
  refusal: SpeakerRefusal | null;
}

/** Why each basis is uncertain, in the words the review prints. */
export const BASIS_REASONS: Readonly<Record<ReviewItem['basis'], string>> = {
  reference: 'speaker found through a pronoun or description',
  carried: 'speaker carried over from a sentence or paragraph before',
  length: 'speech told from a term by its length alone',
  withheld: 'speaker found but withheld as a weak attribution',
  opener: 'speaker taken from the one the sentence opens on, the one found being named inside their report or a cut of a later clause',
  tied: 'no one named for the quote itself; given to the one the next sentence of its paragraph opens on and quotes',
};

/** The unchecked attributions of an article that rest on the weaker rules, in text order. */
export function reviewAttributions(article: Article): ReviewItem[] {
  const paragraphs: LocatedParagraph[] = article.sections.flatMap((section) =>
    section.paragraphs.map((paragraph) => ({ sectionId: section.id, paragraphId: paragraph.id, text: paragraph.text })),
  );
  const notes: AttributionNotes = new Map();
  const assessments: SpeakerAssessments = new Map();
  refuseWeakAttributions(extractQuotes(paragraphs, notes), paragraphs, assessments, notes);
  return article.quotes.flatMap((quote): ReviewItem[] => {
    if (quote.checked || quote.kind !== 'speech') return [];
    const assessment = assessments.get(quote.id);
    const refusal = assessment?.refusal ?? null;
    if (refusal !== null && quote.speaker === null) return [{ quoteId: quote.id, basis: 'withheld', speaker: assessment?.speaker ?? null, text: quote.text, refusal }];
    // Given to the one the sentence opens on, unless an editor has said so since: a guess made by the gate, not found by the rules.
    if (assessment?.opener !== undefined && quote.speaker === assessment.opener.speaker) return [{ quoteId: quote.id, basis: 'opener', speaker: quote.speaker, text: quote.text, refusal }];
    // Given to the one who speaks next in the paragraph, the quote itself naming no one: a guess made by the gate, as above.
    if (assessment?.tiedToNext === true && quote.speaker === assessment.speaker) return [{ quoteId: quote.id, basis: 'tied', speaker: quote.speaker, text: quote.text, refusal: null }];
    const basis = notes.get(quote.id);
    if (basis === undefined || basis === 'named') return [];
    return [{ quoteId: quote.id, basis, speaker: quote.speaker, text: quote.text, refusal: null }];
  });
}
