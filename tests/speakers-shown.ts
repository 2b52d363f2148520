import { extractQuotes, type AttributionNotes } from '../lib/content/extract/quotes';
import { refuseWeakAttributions } from '../lib/content/extract/speakers/confidence';
import type { LocatedParagraph, Quote } from '../lib/content/model';

/** Paragraphs of one section, in order, as the extractors take them. */
export function located(...texts: string[]): LocatedParagraph[] {
  return texts.map((text, index) => ({ sectionId: 'section-1', paragraphId: `section-1-${index + 1}`, text }));
}

/** The speech quotes of some paragraphs as a reader sees them: after the confidence gate. */
export function speechShown(...texts: string[]): Quote[] {
  const paragraphs = located(...texts);
  // As the parser runs them: the gate reads how the rules found each speaker.
  const notes: AttributionNotes = new Map();
  return refuseWeakAttributions(extractQuotes(paragraphs, notes), paragraphs, undefined, notes).filter((quote) => quote.kind === 'speech');
}

/** The speaker shown for each speech quote of some paragraphs. */
export function shown(...texts: string[]): (string | null)[] {
  return speechShown(...texts).map((quote) => quote.speaker);
}
