import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { archiveTags, browseMetadata, facetArticlesOnPage, fillText, findTag, hasTimeline } from '../../../_lib/browse';
import { facetName, type Facet } from '@/lib/site/facets';
import { keepSelected, listTagPages, pageKey, tagPath, tagsPath, timelinePath } from '@/lib/site/routes';
import { selectedKeys } from '../../../_lib/page-selection';
import { loadArticles } from '@/lib/content/load-articles';
import { SCRIPTS, isScript, languageOfScript, otherScript, type Script } from '@/lib/site/script';
import { uiText } from '@/lib/site/ui-text';
import { SiteHeader } from '../../_components/site-header';
import { SiteFooter } from '../../_components/site-footer';
import { Pager } from '../../_components/archive-page';
import { FACET_ARTICLES_PER_PAGE, pageCount } from '@/lib/site/paging';
import { ArticleGroups } from '../../_components/article-card';
import { FacetList } from '../_components/facet-list';

type Props = { params: Promise<{ script: string; tag?: string[] }> };

export const dynamicParams = false;

/**
 * `/<script>/tags/` lists every tag; `/<script>/tags/<key>/` lists one tag's articles, and
 * `/<script>/tags/<key>/page/<n>/` those past each FACET_ARTICLES_PER_PAGE. One route for all so
 * static export always has a page to build, even when no article has a tag.
 */
export function generateStaticParams() {
  const pages = keepSelected(listTagPages(loadArticles()), pageKey, selectedKeys());
  return SCRIPTS.flatMap((script) => pages.map((page) => ({ script, tag: page.kind !== 'tag' ? [] : page.page === 1 ? [page.key] : [page.key, 'page', String(page.page)] })));
}

/** The script and, on a tag's page, the tag; 404s for anything else. */
async function resolve(props: Props): Promise<{ script: Script; tag: Facet | null; page: number }> {
  const { script, tag } = await props.params;
  if (!isScript(script)) notFound();
  if (tag === undefined || tag.length === 0) return { script, tag: null, page: 1 };
  // Static export hands non-ASCII params over percent-encoded; keys never hold a `%` of their own.
  const found = tag.length === 1 || tag.length === 3 ? findTag(decodeURIComponent(tag[0]!)) : undefined;
  if (!found) notFound();
  if (tag.length === 1) return { script, tag: found, page: 1 };
  const page = tag[1] === 'page' && /^[1-9][0-9]*$/.test(tag[2]!) ? Number(tag[2]) : 0;
  if (page < 2 || page > pageCount(found.slugs.length, FACET_ARTICLES_PER_PAGE)) notFound();
  return { script, tag: found, page };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { script, tag, page } = await resolve(props);
  const text = uiText(script);
  if (!tag) return browseMetadata(script, text.allTags, text.tagsIntro, tagsPath);
  const name = facetName(tag, languageOfScript(script));
  const heading = fillText(text.tagHeading, { name });
  return browseMetadata(
    script,
    page > 1 ? `${heading} · ${fillText(text.pageNumber, { n: page })}` : heading,
    fillText(text.tagDescription, { name, n: tag.slugs.length }),
    (s) => tagPath(s, tag.key, page),
  );
}

/** Every tag with its number of articles. */
function AllTags({ script }: { script: Script }) {
  const text = uiText(script);
  return (
    <>
      <SiteHeader script={script} otherScriptPath={tagsPath(otherScript(script))} current="tags" />
      <main id="main" className="browse">
        <h1>{text.allTags}</h1>
        <p className="lede">{text.tagsIntro}</p>
        <FacetList facets={archiveTags()} script={script} pathOf={(key) => tagPath(script, key)} unit={text.articlesCount} />
      </main>
      <SiteFooter script={script} />
    </>
  );
}

/** One tag's articles, newest first under month headings. */
function TagArticles({ script, tag, page }: { script: Script; tag: Facet; page: number }) {
  const text = uiText(script);
  const name = facetName(tag, languageOfScript(script));
  const count = tag.slugs.length;
  const total = pageCount(count, FACET_ARTICLES_PER_PAGE);
  const withTimeline = hasTimeline(tag.key);
  return (
    <>
      <SiteHeader script={script} otherScriptPath={tagPath(otherScript(script), tag.key, page)} current="tags" />
      <main id="main" className="browse">
        <p className="browse-kicker">
          <a href={tagsPath(script)}>{text.allTags}</a>
        </p>
        <h1>{fillText(text.tagHeading, { name })}</h1>
        <p className="count">
          {count} {text.articlesCount}
          {withTimeline && (
            <>
              {' · '}
              <a href={timelinePath(script, tag.key)}>{text.tagTimelineLink}</a>
            </>
          )}
        </p>
        <ArticleGroups articles={facetArticlesOnPage(tag, script, page, FACET_ARTICLES_PER_PAGE)} script={script} />
        <Pager script={script} page={page} total={total} pathOf={(n) => tagPath(script, tag.key, n)} />
      </main>
      <SiteFooter script={script} />
    </>
  );
}

/** The list of tags, or one tag's articles. */
export default async function TagsPage(props: Props) {
  const { script, tag, page } = await resolve(props);
  return tag ? <TagArticles script={script} tag={tag} page={page} /> : <AllTags script={script} />;
}
