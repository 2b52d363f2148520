import type { Article } from '@/lib/content/model';
import { languageOfScript, scriptOfLanguage, type Script } from '@/lib/site/script';
import { articlePath, outletPath } from '@/lib/site/routes';
import { uiText } from '@/lib/site/ui-text';
import { outletKeyOfSlug } from '../../_lib/browse';
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
          <a className="outlet" href={outletPath(script, outletKeyOfSlug(article.slug))}>
            {article.source.outlet}
          </a>{' '}
          {text.reportedBy}
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
      {languageOfScript(script) !== article.language && (
        <p className="converted-note" role="note">
          {text.convertedNotice}
          <a href={articlePath(scriptOfLanguage(article.language), article.slug)} hrefLang={article.language}>
            {text.viewOriginal}
          </a>
        </p>
      )}
      {article.sections.some((section) => section.heading) && <p className="archive-note">{text.archiveHeadingsNote}</p>}
    </header>
  );
}
