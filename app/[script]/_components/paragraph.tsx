import type { Paragraph as ParagraphModel, Quote } from '@/lib/content/model';
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
  /** The page of the person who said a quote, or null for an unnamed source or none. */
  personHrefOf: (quoteId: string) => string | null;
}

/**
 * One paragraph: its text is one unbroken run of the source (speech only wrapped, never
 * interrupted); its permalink and who speaks are said beside it, outside the paragraph.
 */
export function Paragraph({ paragraph, quotes, script, aliases, personHrefOf }: ParagraphProps) {
  const text = uiText(script);
  const segments = segmentParagraph(paragraph.text, quotes);
  const speeches = segments.flatMap((segment) => (segment.kind === 'speech' ? [segment.quote] : []));
  return (
    <div className="paragraph">
      <AliasAnchors ids={aliases.get(paragraph.id)} target={paragraph.id} />
      <p id={paragraph.id}>
        {segments.map((segment, index) =>
          segment.kind === 'text' ? (
            segment.text
          ) : (
            <span key={index} id={segment.quote.id} className="speech" data-speaker={segment.quote.speaker ?? undefined}>
              {segment.text}
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
    </div>
  );
}
