import { classifyQuote, type QuoteContext } from '../lib/content/extract/quote-kind';

/** The kind the classifier gives a quote, from its lead-in, its words and what follows, nothing else said unless `context` says it. */
export function kindOf(leadIn: string, inner: string, after: string, context: Partial<QuoteContext> = {}): string {
  return classifyQuote({
    inner,
    leadIn,
    after,
    opensParagraph: false,
    attributedBefore: false,
    attributedAfter: false,
    spansParagraphs: false,
    ...context,
  });
}

/** Someone speaks earlier in the same sentence. */
export const spoken = { attributedBefore: true };

/** Someone speaks in an earlier sentence of the same paragraph. */
export const spokenEarlier = { spokenEarlierInParagraph: true };
