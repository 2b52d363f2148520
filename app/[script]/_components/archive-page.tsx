import type { Metadata } from 'next';
import { articleCount, articlesInRange } from '../../_lib/archive';
import { browseMetadata, fillText } from '../../_lib/browse';
import { indexPagePath } from '@/lib/site/routes';
import { ARTICLES_PER_PAGE, pageCount, pagerItems } from '@/lib/site/paging';
import { languageOfScript, otherScript, type Script } from '@/lib/site/script';
import { uiText } from '@/lib/site/ui-text';
import { SiteHeader } from './site-header';
import { SiteFooter } from './site-footer';
import { ArticleGroups } from './article-card';

/** Metadata of index page `page`: page 2 on is its own canonical page, named by its number. */
export function archivePageMetadata(script: Script, page: number): Metadata {
  const text = uiText(script);
  const heading = page > 1 ? `${text.archiveIndex} · ${fillText(text.pageNumber, { n: page })}` : text.archiveIndex;
  return browseMetadata(script, heading, text.siteTagline, (s) => indexPagePath(s, page));
}

/** Links to the other pages of a paged list (the index by default); the neighbours carry `rel=prev` / `rel=next`. */
export function Pager({ script, page, total, pathOf = (n) => indexPagePath(script, n) }: { script: Script; page: number; total: number; pathOf?: (page: number) => string }) {
  if (total <= 1) return null;
  const text = uiText(script);
  return (
    <nav className="pager" aria-label={text.pagination}>
      {page > 1 ? (
        <a className="pager-step" href={pathOf(page - 1)} rel="prev">
          {text.previousPage}
        </a>
      ) : (
        <span className="pager-step" aria-hidden="true">
          {text.previousPage}
        </span>
      )}
      <ol>
        {pagerItems(page, total).map((item, index) =>
          item === null ? (
            <li key={`gap-${index}`} className="pager-gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item}>
              <a href={pathOf(item)} aria-current={item === page ? 'page' : undefined} aria-label={fillText(text.pageNumber, { n: item })}>
                {item}
              </a>
            </li>
          ),
        )}
      </ol>
      {page < total ? (
        <a className="pager-step" href={pathOf(page + 1)} rel="next">
          {text.nextPage}
        </a>
      ) : (
        <span className="pager-step" aria-hidden="true">
          {text.nextPage}
        </span>
      )}
    </nav>
  );
}

/** One page of the archive index: its articles newest first under month headings, and the pager. */
export function ArchivePage({ script, page }: { script: Script; page: number }) {
  const text = uiText(script);
  const count = articleCount();
  const total = pageCount(count);
  // Only this page's articles are converted: converting the archive for each page grew with it.
  const shown = articlesInRange(script, (page - 1) * ARTICLES_PER_PAGE, page * ARTICLES_PER_PAGE);
  return (
    <>
      {page > 1 && <link rel="prev" href={indexPagePath(script, page - 1)} />}
      {page < total && <link rel="next" href={indexPagePath(script, page + 1)} />}
      <SiteHeader script={script} otherScriptPath={indexPagePath(otherScript(script), page)} />
      <main id="main" className="index">
        <h1>{text.archiveIndex}</h1>
        <p className="lede">{text.siteTagline}</p>
        {shown.some((article) => article.language !== languageOfScript(script)) && <p className="converted-note">{text.convertedIndexNotice}</p>}
        <p className="count">
          {count} {text.articlesCount}
          {total > 1 && ` · ${fillText(text.pageOfTotal, { n: page, total })}`}
        </p>
        <ArticleGroups articles={shown} script={script} />
        <Pager script={script} page={page} total={total} />
      </main>
      <SiteFooter script={script} />
    </>
  );
}
