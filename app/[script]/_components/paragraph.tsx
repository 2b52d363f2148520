import type { Language, Paragraph as ParagraphModel, Quote } from '@/lib/content/model';
import { segmentParagraph } from '@/lib/content/segments';
import type { Script } from '@/lib/site/script';
import { uiText } from '@/lib/site/ui-text';
import { fillText } from '../../_lib/browse';
import { AliasAnchors, Permalink } from './permalink';

/** First words of a quote, for the speaker note beside the paragraph. */
function excerpt(text: string): string {
  const chars = Array.from(text);
  return chars.length > 14 ? `${chars.slice(0, 14).join('')}…` : text;
}

interface ParagraphProps {
  paragraph: ParagraphModel;
  quotes: readonly Quote[];
  script: Script;
  aliases: ReadonlyMap<string, string[]>;
  /** On a converted page, the paragraph as the source wrote it, when conversion changed it. */
  original?: { text: string; language: Language };
  /** The page of the person who said a quote, or null for an unnamed source or none. */
  personHrefOf: (quoteId: string) => string | null;
}

/**
 * One paragraph: its text is one unbroken run of the source (speech only wrapped, never
 * interrupted); its permalink and who speaks are said beside it, outside the paragraph.
 */
export function Paragraph({ paragraph, quotes, script, aliases, personHrefOf, original }: ParagraphProps) {
  const text = uiText(script);
  const segments = segmentParagraph(paragraph.text, quotes);
  const speeches = segments.flatMap((segment) => (segment.kind === 'speech' ? [segment.quote] : []));
  return (
    <div className="paragraph">
      <AliasAnchors ids={aliases.get(paragraph.id)} target={paragraph.id} />
      <p id={paragraph.id}>
        {segments.map((segment, index) =>
          segment.kind === 'text' ? (
            <ShortNumbers key={index} text={segment.text} script={script} />
          ) : (
            <span key={index} id={segment.quote.id} className="speech" data-speaker={segment.quote.speaker ?? undefined}>
              <ShortNumbers text={segment.text} script={script} />
            </span>
          ),
        )}
      </p>
      <Permalink id={paragraph.id} label={text.paragraphLink} symbol="¶" />
      {speeches.length > 0 && (
        <ul className="speakers" aria-label={text.speaker}>
          {speeches.map((quote) => {
            const personHref = personHrefOf(quote.id);
            return (
              <li key={quote.id}>
                {/* A named speaker links to everything they said across the archive; the quote links to its words. */}
                {personHref !== null && quote.speaker ? (
                  <a className="speaker-link" href={personHref} title={fillText(text.speakerPage, { name: quote.speaker })}>
                    <b>{quote.speaker}</b>
                  </a>
                ) : null}
                <a href={`#${quote.id}`}>
                  {personHref === null && (quote.speaker ? <b>{quote.speaker}</b> : <i>{text.unattributedSpeech}</i>)}
                  {excerpt(quote.text)}
                </a>
              </li>
            );
          })}
        </ul>
      )}
      {original && <OriginalText paragraphId={paragraph.id} original={original} script={script} />}
    </div>
  );
}

/** One or two ASCII digits standing alone (5月11日, 第3季), not part of a longer number, decimal or percentage. */
const SHORT_NUMBER = /(?<![0-9A-Za-z.,])([0-9]{1,2})(?![0-9A-Za-z.,%])/;

/**
 * Text with its short numbers in spans, on the Traditional page only, where vertical reading
 * sets them upright in one cell (縱中橫, text-combine-upright); the text itself is unchanged.
 */
function ShortNumbers({ text, script }: { text: string; script: Script }) {
  if (script !== 'zh-hant') return text;
  // split with one capture group: odd indexes are the numbers.
  const parts = text.split(new RegExp(SHORT_NUMBER.source, 'g'));
  return parts.map((part, index) => (index % 2 === 1 ? <span key={index} className="tcy">{part}</span> : part));
}

/**
 * The paragraph's original text, one tap away without script or network: a checkbox (visually
 * folded into its label, still focusable) whose `:checked` state shows the original beneath the
 * converted text (articles/[slug]/article.css). The converted `<p id>` stays where it is, so permalinks land.
 */
function OriginalText({ paragraphId, original, script }: { paragraphId: string; original: NonNullable<ParagraphProps['original']>; script: Script }) {
  const text = uiText(script);
  // `~` cannot occur in archive ids ([a-z0-9-]), so this id never collides with a published one.
  const toggleId = `${paragraphId}~original`;
  return (
    <>
      {/* Spoken as 显示本段原文; the label shows 原文, the end of that name (WCAG 2.5.3). */}
      <input type="checkbox" id={toggleId} className="original-toggle visually-hidden" aria-label={`${text.showParagraphOriginalPrefix}${text.originalWord}`} />
      <label htmlFor={toggleId} className="original-label">
        {text.originalWord}
      </label>
      <p className="original" lang={original.language}>
        {original.text}
      </p>
    </>
  );
}
