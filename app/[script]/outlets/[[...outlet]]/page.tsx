import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { archiveOutlets, browseMetadata, facetArticlesOnPage, fillText, findOutlet } from '../../../_lib/browse';
import { facetName, type Facet } from '@/lib/site/facets';
import { keepSelected, listOutletPages, outletPath, outletsPath, pageKey } from '@/lib/site/routes';
import { selectedKeys } from '../../../_lib/page-selection';
import { loadArticles } from '@/lib/content/load-articles';
import { SCRIPTS, isScript, languageOfScript, otherScript, type Script } from '@/lib/site/script';
import { uiText } from '@/lib/site/ui-text';
import { SiteHeader } from '../../_components/site-header';
import { SiteFooter } from '../../_components/site-footer';
import { Pager } from '../../_components/archive-page';
import { FACET_ARTICLES_PER_PAGE, pageCount } from '@/lib/site/paging';
import { ArticleGroups } from '../../_components/article-card';
import { FacetList } from '../../tags/_components/facet-list';

type Props = { params: Promise<{ script: string; outlet?: string[] }> };

export const dynamicParams = false;

/** `/<script>/outlets/` lists every outlet; `/<script>/outlets/<key>/` one outlet's articles, paged as a tag's (one route, as for tags). */
export function generateStaticParams() {
  const pages = keepSelected(listOutletPages(loadArticles()), pageKey, selectedKeys());
  return SCRIPTS.flatMap((script) => pages.map((page) => ({ script, outlet: page.kind !== 'outlet' ? [] : page.page === 1 ? [page.key] : [page.key, 'page', String(page.page)] })));
}

/** The script and, on an outlet's page, the outlet; 404s for anything else. */
async function resolve(props: Props): Promise<{ script: Script; outlet: Facet | null; page: number }> {
  const { script, outlet } = await props.params;
  if (!isScript(script)) notFound();
  if (outlet === undefined || outlet.length === 0) return { script, outlet: null, page: 1 };
  // Static export hands non-ASCII params over percent-encoded; keys never hold a `%` of their own.
  const found = outlet.length === 1 || outlet.length === 3 ? findOutlet(decodeURIComponent(outlet[0]!)) : undefined;
  if (!found) notFound();
  if (outlet.length === 1) return { script, outlet: found, page: 1 };
  const page = outlet[1] === 'page' && /^[1-9][0-9]*$/.test(outlet[2]!) ? Number(outlet[2]) : 0;
  if (page < 2 || page > pageCount(found.slugs.length, FACET_ARTICLES_PER_PAGE)) notFound();
  return { script, outlet: found, page };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { script, outlet, page } = await resolve(props);
  const text = uiText(script);
  if (!outlet) return browseMetadata(script, text.allOutlets, text.outletsIntro, outletsPath);
  const name = facetName(outlet, languageOfScript(script));
  const heading = fillText(text.outletHeading, { name });
  return browseMetadata(
    script,
    page > 1 ? `${heading} · ${fillText(text.pageNumber, { n: page })}` : heading,
    fillText(text.outletDescription, { name: name, n: outlet.slugs.length }),
    (s) => outletPath(s, outlet.key, page),
  );
}

/** Every outlet with its number of articles. */
function AllOutlets({ script }: { script: Script }) {
  const text = uiText(script);
  return (
    <>
      <SiteHeader script={script} otherScriptPath={outletsPath(otherScript(script))} current="outlets" />
      <main id="main" className="browse">
        <h1>{text.allOutlets}</h1>
        <p className="lede">{text.outletsIntro}</p>
        <FacetList facets={archiveOutlets()} script={script} pathOf={(key) => outletPath(script, key)} unit={text.articlesCount} />
      </main>
      <SiteFooter script={script} />
    </>
  );
}

/** One outlet's articles, newest first under month headings. */
function OutletArticles({ script, outlet, page }: { script: Script; outlet: Facet; page: number }) {
  const text = uiText(script);
  const count = outlet.slugs.length;
  const total = pageCount(count, FACET_ARTICLES_PER_PAGE);
  return (
    <>
      <SiteHeader script={script} otherScriptPath={outletPath(otherScript(script), outlet.key, page)} current="outlets" />
      <main id="main" className="browse">
        <p className="browse-kicker">
          <a href={outletsPath(script)}>{text.allOutlets}</a>
        </p>
        <h1>{fillText(text.outletHeading, { name: facetName(outlet, languageOfScript(script)) })}</h1>
        <p className="count">
          {count} {text.articlesCount}
        </p>
        <ArticleGroups articles={facetArticlesOnPage(outlet, script, page, FACET_ARTICLES_PER_PAGE)} script={script} />
        <Pager script={script} page={page} total={total} pathOf={(n) => outletPath(script, outlet.key, n)} />
      </main>
      <SiteFooter script={script} />
    </>
  );
}

/** The list of outlets, or one outlet's articles. */
export default async function OutletsPage(props: Props) {
  const { script, outlet, page } = await resolve(props);
  return outlet ? <OutletArticles script={script} outlet={outlet} page={page} /> : <AllOutlets script={script} />;
}
