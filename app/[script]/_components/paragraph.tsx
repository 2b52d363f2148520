import type { Paragraph as ParagraphModel, Quote } from '@/lib/model';
import { segmentParagraph } from '@/lib/segments';
import type { Script } from '@/lib/script';
import { uiText } from '@/lib/ui-text';

/** First words of a quote, for the speaker note beside the paragraph. */
function excerpt(text: string): string {
  const chars = Array.from(text);
  return chars.length > 14 ? `${chars.slice(0, 14).join('')}…` : text;
}

/**
 * One paragraph: its text is one unbroken run of the source (speech only wrapped, never
 * interrupted), and who speaks is said beside it, outside the paragraph.
 */
export function Paragraph({ paragraph, quotes, script }: { paragraph: ParagraphModel; quotes: readonly Quote[]; script: Script }) {
  const text = uiText(script);
  const segments = segmentParagraph(paragraph.text, quotes);
  const speeches = segments.flatMap((segment) => (segment.kind === 'speech' ? [segment.quote] : []));
  return (
    <div className="paragraph">
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
      {speeches.length > 0 && (
        <ul className="speakers" aria-label={text.speaker}>
          {speeches.map((quote) => (
            <li key={quote.id}>
              <a href={`#${quote.id}`}>
                <span className={quote.speaker ? 'speaker' : 'speaker unnamed'}>{quote.speaker ?? text.unattributedSpeech}</span>
                <span className="said">{excerpt(quote.text)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
