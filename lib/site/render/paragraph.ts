import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Language, Paragraph, Quote } from '../../content/model';
import { segmentParagraph } from '../../content/segments';
import type { Script } from '../script';
import { uiText } from '../ui-text';
import { fillText } from '../fill-text';
import { aliasAnchors, permalink } from './permalink';
import { shortNumbers } from './short-numbers';

/** What one paragraph of an article page shows besides its text. */
export interface ParagraphContext {
  script: Script;
  quotes: readonly Quote[];
  /** Former ids of elements, by the id they now belong to. */
  aliases: ReadonlyMap<string, readonly string[]>;
  /** The page of the person who said a quote, or null for an unnamed source or none. */
  personHrefOf: (quoteId: string) => string | null;
  /** On a converted page, the paragraph as the source wrote it, when conversion changed it. */
  original?: { text: string; language: Language };
}

/** First words of a quote, for the speaker note beside the paragraph. */
function excerpt(text: string): string {
  const chars = Array.from(text);
  return chars.length > 14 ? `${chars.slice(0, 14).join('')}…` : text;
}

/** Who speaks in the paragraph, each linking to their words (and a named person to their page). */
function speakerList(speeches: readonly Quote[], context: ParagraphContext): Element {
  const text = uiText(context.script);
  return h(
    'ul',
    { className: ['speakers'], ariaLabel: text.speaker },
    speeches.map((quote) => {
      const personHref = context.personHrefOf(quote.id);
      // A named speaker links to everything they said across the archive; the quote links to its words.
      const personLink = personHref !== null && quote.speaker ? [h('a', { className: ['speaker-link'], href: personHref, title: fillText(text.speakerPage, { name: quote.speaker }) }, h('b', quote.speaker))] : [];
      const named = personHref === null ? [quote.speaker ? h('b', quote.speaker) : h('i', text.unattributedSpeech)] : [];
      return h('li', [...personLink, h('a', { href: `#${quote.id}` }, [...named, excerpt(quote.text)])]);
    }),
  );
}

/**
 * The paragraph's original text, one tap away without script or network: a checkbox (visually
 * hidden inside its label, still focusable) whose `:checked` state shows the original beneath the
 * converted text (article.css). The converted `<p id>` stays where it is, so permalinks land. The
 * checkbox sits inside its label, so it needs no `for`: a converted page has one per paragraph.
 */
function originalText(paragraphId: string, original: NonNullable<ParagraphContext['original']>, script: Script): Element[] {
  const text = uiText(script);
  // `~` cannot occur in archive ids ([a-z0-9-]), so this id never collides with a published one.
  const toggleId = `${paragraphId}~original`;
  return [
    // Spoken as 显示本段原文; the label shows 原文, the end of that name (WCAG 2.5.3).
    h('label', { className: ['original-label'] }, [
      h('input', { type: 'checkbox', id: toggleId, className: ['original-toggle'], ariaLabel: `${text.showParagraphOriginalPrefix}${text.originalWord}` }),
      text.originalWord,
    ]),
    h('p', { className: ['original'], lang: original.language }, original.text),
  ];
}

/**
 * One paragraph: its text is one unbroken run of the source (speech only wrapped, never
 * interrupted); its permalink and who speaks are said beside it, outside the paragraph.
 */
export function articleParagraph(paragraph: Paragraph, context: ParagraphContext): Element {
  const { script } = context;
  const segments = segmentParagraph(paragraph.text, context.quotes);
  const speeches = segments.flatMap((segment) => (segment.kind === 'speech' ? [segment.quote] : []));
  const content = segments.flatMap((segment): ElementContent[] =>
    segment.kind === 'text'
      ? shortNumbers(segment.text, script)
      : [h('span', { id: segment.quote.id, className: ['speech'], dataSpeaker: segment.quote.speaker ?? undefined }, shortNumbers(segment.text, script))],
  );
  return h('div', { className: ['paragraph'] }, [
    ...aliasAnchors(context.aliases.get(paragraph.id), paragraph.id),
    h('p', { id: paragraph.id }, content),
    permalink({ id: paragraph.id, label: uiText(script).paragraphLink, symbol: '¶' }),
    ...(speeches.length > 0 ? [speakerList(speeches, context)] : []),
    ...(context.original ? originalText(paragraph.id, context.original, script) : []),
  ]);
}
