import type { Article } from '@/lib/content/model';
import { languageOfScript, type Script } from '@/lib/site/script';
import { uiText } from '@/lib/site/ui-text';
import { DateText } from './date-text';

/** How many hex digits of the hash show before the reader asks for all of it. */
const SHORT_HASH_LENGTH = 12;

/** The capture day and the body's fixity hash (short, the whole of it on demand), beside the source link. */
export function Provenance({ article, script }: { article: Article; script: Script }) {
  const text = uiText(script);
  const { captured, sha256 } = article.provenance;
  return (
    <div className="provenance">
      {captured && (
        <p>
          <span className="label">{text.captured}</span>
          <DateText date={captured} script={script} />
        </p>
      )}
      <details className="fixity">
        <summary>
          <span className="label">{text.fixity}</span>
          SHA-256 <code translate="no">{sha256.slice(0, SHORT_HASH_LENGTH)}…</code>
        </summary>
        <p>
          <code className="hash" translate="no">
            {sha256}
          </code>
        </p>
        <p>
          {text.fixityNote}
          {languageOfScript(script) !== article.language && text.fixityOfOriginal}
        </p>
      </details>
    </div>
  );
}

/** The dated log of declared corrections to the body, when there are any. */
export function CorrectionsLog({ article, script }: { article: Article; script: Script }) {
  if (article.corrections.length === 0) return null;
  const text = uiText(script);
  return (
    <section className="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">{text.corrections}</h2>
      <p>{text.correctionsIntro}</p>
      <ol>
        {article.corrections.map((correction, index) => (
          <li key={index}>
            <DateText date={correction.date} script={script} />
            {'：'}
            {correction.note}
          </li>
        ))}
      </ol>
    </section>
  );
}
