import type { Article } from '@/lib/content/model';
import { groupByMonth } from '@/lib/site/period-groups';
import { articlePath, outletPath } from '@/lib/site/routes';
import type { Script } from '@/lib/site/script';
import { outletKeyOfSlug } from '../../_lib/browse';
import { DateText } from './date-text';
import './browse.css';

/** One article in a list: category, date as precise as published, outlet (linked), title and dek. */
export function ArticleCard({ article, script }: { article: Article; script: Script }) {
  return (
    <li className="article-card">
      <p className="card-meta">
        {article.category && <span className="category">{article.category}</span>}
        <DateText date={article.published} script={script} />
        <a className="outlet" href={outletPath(script, outletKeyOfSlug(article.slug))}>
          {article.source.outlet}
        </a>
      </p>
      <h3>
        <a href={articlePath(script, article.slug)}>{article.title}</a>
      </h3>
      {article.dek && <p className="dek">{article.dek}</p>}
    </li>
  );
}

/** Articles under month headings (`2024年1月`; the year for year-only dates), in the order given. */
export function ArticleGroups({ articles, script }: { articles: readonly Article[]; script: Script }) {
  return (
    <div className="period-groups">
      {groupByMonth(articles).map((group) => (
        <section key={group.period} className="period-group" aria-labelledby={`period-${group.period}`}>
          <h2 id={`period-${group.period}`} className="period-heading">
            <DateText date={group.period} script={script} />
          </h2>
          <ol className="article-list">
            {group.items.map((article) => (
              <ArticleCard key={article.slug} article={article} script={script} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
