import type { Article } from '@/lib/content/model';
import type { Script } from '@/lib/site/script';
import { uiText } from '@/lib/site/ui-text';
import { apaCitation, gbt7714Citation } from '@/lib/site/citation';

/** The "cite" block: GB/T 7714-2015 and APA forms of this page, in its script; closed until asked for. */
export function ArticleCitation({ article, script, url }: { article: Article; script: Script; url: string }) {
  const text = uiText(script);
  return (
    <details className="cite">
      <summary>{text.cite}</summary>
      <dl>
        <dt>{text.citeGbt}</dt>
        <dd className="citation" data-style="gbt7714">
          {gbt7714Citation(article, url)}
        </dd>
        <dt>{text.citeApa}</dt>
        <dd className="citation" data-style="apa">
          {apaCitation(article, url, script)}
        </dd>
      </dl>
      <p>{text.citeAccessNote}</p>
    </details>
  );
}
