import { createTextConverter } from '../../../lib/content/convert';
import { formatDiagnostic } from '../../../lib/content/diagnostics';
import { parseArticle } from '../../../lib/content/parse-article';
import type { Article } from '../../../lib/content/model';
import { toArticleSource } from './article-source';
import type { CorpusArticle } from './corpus';
import { isPersonalName } from '../../../lib/content/extract/speakers/name-shape';
import { isFamiliarForm } from '../../../lib/content/extract/speakers/name-forms';
import { isUnnamedSource } from '../../../lib/content/extract/speakers/anonymous';
import type { Extraction, FoldName, SpeakerKind } from './score';

/** Folds a name to one script (Simplified), so 張建平 and 张建平 are one speaker. */
export function createNameFolder(): FoldName {
  const toSimplified = createTextConverter('zh-Hant', 'zh-Hans');
  return (name) => toSimplified(name.normalize('NFKC').replace(/\s+/g, ''));
}

/** A shown speaker's kind, by the extractor's own name shapes: a person's name or familiar form, an unnamed source, or else. */
export function kindOfSpeaker(speaker: string): SpeakerKind {
  if (isPersonalName(speaker) || isFamiliarForm(speaker)) return 'person';
  return isUnnamedSource(speaker) ? 'source' : 'other';
}

/** The speaker's role, when the model carries one (it is added to the contract by issue 11). */
function roleOf(quote: Article['quotes'][number]): string | null {
  return 'role' in quote && typeof quote.role === 'string' ? quote.role : null;
}

/**
 * Runs the real parser on a corpus article, built in memory as a content file, and returns what it
 * extracted in the labels' terms (paragraph = 1-based body line), or the parser's problems.
 */
export function extractCorpusArticle(article: CorpusArticle): { ok: true; extraction: Extraction } | { ok: false; problems: string[] } {
  const { label } = article;
  const source = toArticleSource({ ...article, ...label, title: article.title });
  const result = parseArticle(`${label.id}.md`, source);
  if (!result.ok) return { ok: false, problems: result.diagnostics.map(formatDiagnostic) };
  // Blank lines are no paragraph: the n-th parsed paragraph is the n-th non-blank body line.
  const lineOfParagraph = article.body.flatMap((line, index) => (line.trim() === '' ? [] : [index + 1]));
  const paragraphIds = result.article.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.id));
  if (paragraphIds.length !== lineOfParagraph.length) {
    return { ok: false, problems: [`${label.id}: ${lineOfParagraph.length} body lines became ${paragraphIds.length} paragraphs`] };
  }
  const lineOf = new Map(paragraphIds.map((id, index) => [id, lineOfParagraph[index] ?? 0]));
  return {
    ok: true,
    extraction: {
      quotes: result.article.quotes.map((quote) => ({
        paragraph: lineOf.get(quote.paragraphId) ?? 0,
        text: quote.text,
        kind: quote.kind,
        speaker: quote.speaker,
        role: roleOf(quote),
      })),
      events: result.article.timeline.map((event) => ({ paragraph: lineOf.get(event.paragraphId) ?? 0, date: event.date, dateText: event.dateText })),
    },
  };
}
