import type { Article } from '@/lib/model';
import type { Script } from '@/lib/script';
import { uiText } from '@/lib/ui-text';
import { DateText } from './date-text';

/** Title, dek and the byline: who reported it, who published this copy, when. */
export function ArticleHeader({ article, script }: { article: Article; script: Script }) {
  const text = uiText(script);
  return (
    <header className="article-header">
      {article.category && <p className="category">{article.category}</p>}
      <h1>{article.title}</h1>
      {article.dek && <p className="dek">{article.dek}</p>}
      <p className="byline">
        <span>
          {article.source.outlet} {text.reportedBy}
        </span>
        {article.author && (
          <span>
            {text.author}：{article.author}
          </span>
        )}
        {article.source.via && (
          <span>
            {article.source.via} {text.publishedVia}
          </span>
        )}
        <DateText date={article.published} script={script} />
      </p>
      {article.sections.some((section) => section.heading) && <p className="archive-note">{text.archiveHeadingsNote}</p>}
    </header>
  );
}
