import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { archiveOutlets, articlesOf, browseMetadata, fillText, findOutlet } from '../../../_lib/browse';
import { facetName, type Facet } from '@/lib/site/facets';
import { listOutletPages, outletPath, outletsPath } from '@/lib/site/routes';
import { loadArticles } from '@/lib/content/load-articles';
import { SCRIPTS, isScript, languageOfScript, otherScript, type Script } from '@/lib/site/script';
import { uiText } from '@/lib/site/ui-text';
import { SiteHeader } from '../../_components/site-header';
import { SiteFooter } from '../../_components/site-footer';
import { ArticleGroups } from '../../_components/article-card';
import { FacetList } from '../../tags/_components/facet-list';

type Props = { params: Promise<{ script: string; outlet?: string[] }> };

export const dynamicParams = false;

/** `/<script>/outlets/` lists every outlet; `/<script>/outlets/<key>/` one outlet's articles (one route, as for tags). */
export function generateStaticParams() {
  const pages = listOutletPages(loadArticles());
  return SCRIPTS.flatMap((script) => pages.map((page) => ({ script, outlet: page.kind === 'outlet' ? [page.key] : [] })));
}

/** The script and, on an outlet's page, the outlet; 404s for anything else. */
async function resolve(props: Props): Promise<{ script: Script; outlet: Facet | null }> {
  const { script, outlet } = await props.params;
  if (!isScript(script)) notFound();
  if (outlet === undefined || outlet.length === 0) return { script, outlet: null };
  // Static export hands non-ASCII params over percent-encoded; keys never hold a `%` of their own.
  const found = outlet.length === 1 ? findOutlet(decodeURIComponent(outlet[0]!)) : undefined;
  if (!found) notFound();
  return { script, outlet: found };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { script, outlet } = await resolve(props);
  const text = uiText(script);
  if (!outlet) return browseMetadata(script, text.allOutlets, text.outletsIntro, outletsPath);
  const name = facetName(outlet, languageOfScript(script));
  return browseMetadata(script, fillText(text.outletHeading, { name }), fillText(text.outletDescription, { name, n: outlet.slugs.length }), (s) => outletPath(s, outlet.key));
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
function OutletArticles({ script, outlet }: { script: Script; outlet: Facet }) {
  const text = uiText(script);
  const articles = articlesOf(outlet, script);
  return (
    <>
      <SiteHeader script={script} otherScriptPath={outletPath(otherScript(script), outlet.key)} current="outlets" />
      <main id="main" className="browse">
        <p className="browse-kicker">
          <a href={outletsPath(script)}>{text.allOutlets}</a>
        </p>
        <h1>{fillText(text.outletHeading, { name: facetName(outlet, languageOfScript(script)) })}</h1>
        <p className="count">
          {articles.length} {text.articlesCount}
        </p>
        <ArticleGroups articles={articles} script={script} />
      </main>
      <SiteFooter script={script} />
    </>
  );
}

/** The list of outlets, or one outlet's articles. */
export default async function OutletsPage(props: Props) {
  const { script, outlet } = await resolve(props);
  return outlet ? <OutletArticles script={script} outlet={outlet} /> : <AllOutlets script={script} />;
}
