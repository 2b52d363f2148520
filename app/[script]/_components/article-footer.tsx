import type { Article } from '@/lib/content/model';
import type { Script } from '@/lib/site/script';
import { uiText } from '@/lib/site/ui-text';
import { tagPath } from '@/lib/site/routes';
import { tagKeysOfSlug } from '../../_lib/browse';
import { CorrectionsLog, Provenance } from './provenance';

/** Attribution at the foot: tags (each linking to its page), the source link with the copy's provenance, corrections and the reprint notice. */
export function ArticleFooter({ article, script }: { article: Article; script: Script }) {
  const text = uiText(script);
  const tagKeys = tagKeysOfSlug(article.slug);
  return (
    <footer className="article-footer">
      {article.tags.length > 0 && (
        <p className="tags">
          <span className="label">{text.tags}</span>
          {article.tags.map((tag, index) => (
            <a key={tag} className="tag" href={tagPath(script, tagKeys[index] ?? '')}>
              {tag}
            </a>
          ))}
        </p>
      )}
      <p className="attribution">
        <span className="label">{text.source}</span>
        {article.source.outlet}
        {article.source.via && ` · ${article.source.via} ${text.publishedVia}`}
        {article.source.url && (
          <>
            {' · '}
            <a href={article.source.url} rel="noopener external">
              {text.sourceLink}
            </a>
          </>
        )}
      </p>
      <Provenance article={article} script={script} />
      <CorrectionsLog article={article} script={script} />
      {article.notice.length > 0 && (
        <section className="notice" aria-labelledby="notice-heading">
          <h2 id="notice-heading">{text.notice}</h2>
          {article.notice.map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </section>
      )}
    </footer>
  );
}
