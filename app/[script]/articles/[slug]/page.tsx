import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { articleFormerlyAt, articleIn, originalArticle } from '../../../_lib/archive';
import { loadArticles } from '@/lib/content/load-articles';
import { RedirectPage } from '../../../_components/redirect-page';
import { SITE_NAME, uiText } from '@/lib/site/ui-text';
import { alternateLanguages } from '../../../_lib/alternates';
import { SCRIPTS, isScript, languageOfScript, otherScript, type Script } from '@/lib/site/script';
import { absoluteUrl, articlePath, keepSelected, listArticlePages, listMovedArticlePages, ogImagePath, pageKey } from '@/lib/site/routes';
import { selectedKeys } from '../../../_lib/page-selection';
import { newsArticleJsonLd } from '@/lib/site/structured-data';
import { describeArticle } from '@/lib/site/article-description';
import { citationMetaTags } from '@/lib/site/citation';
import { OG_CARD_HEIGHT, OG_CARD_WIDTH } from '@/lib/site/og-card';
import type { Article } from '@/lib/content/model';
import { SiteHeader } from '../../_components/site-header';
import { SiteFooter } from '../../_components/site-footer';
import { ArticleHeader } from '../../_components/article-header';
import { TableOfContents } from '../../_components/table-of-contents';
import { ArticleBody } from '../../_components/article-body';
import { Timeline } from '../../_components/timeline';
import { ArticleFooter } from '../../_components/article-footer';
import { JsonLd } from '../../_components/json-ld';
import { ArticleCitation } from '../../_components/article-citation';

type Props = { params: Promise<{ script: string; slug: string }> };

export const dynamicParams = false;

/** Every article in every script, plus a redirect page at each former slug. */
export function generateStaticParams() {
  const pages = keepSelected([...listArticlePages(loadArticles()), ...listMovedArticlePages(loadArticles())], pageKey, selectedKeys());
  return SCRIPTS.flatMap((script) => pages.map(({ slug }) => ({ script, slug })));
}

/** The redirect for a former slug, if the params name one. */
async function formerSlugRedirect(props: Props): Promise<{ script: Script; article: Article } | null> {
  const { script, slug } = await props.params;
  const moved = articleFormerlyAt(slug);
  if (!isScript(script) || !moved) return null;
  const article = articleIn(script, moved.slug);
  return article ? { script, article } : null;
}

/** Resolves the route params to a script and its article, or 404s. */
async function resolve(props: Props): Promise<{ script: Script; article: Article }> {
  const { script, slug } = await props.params;
  if (!isScript(script)) notFound();
  const article = articleIn(script, slug);
  if (!article) notFound();
  return { script, article };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const moved = await formerSlugRedirect(props);
  if (moved) return { title: moved.article.title, alternates: { canonical: articlePath(moved.script, moved.article.slug) }, robots: { index: false } };
  const { script, article } = await resolve(props);
  const path = articlePath(script, article.slug);
  const description = describeArticle(article);
  const image = { url: absoluteUrl(ogImagePath(script, article.slug)), width: OG_CARD_WIDTH, height: OG_CARD_HEIGHT, alt: article.title };
  return {
    title: `${article.title} · ${SITE_NAME[script]}`,
    description,
    alternates: { canonical: path, languages: alternateLanguages((s) => articlePath(s, article.slug)) },
    openGraph: {
      type: 'article',
      title: article.title,
      description,
      url: absoluteUrl(path),
      siteName: SITE_NAME[script],
      locale: script === 'zh-hant' ? 'zh_TW' : 'zh_CN',
      publishedTime: article.published,
      section: article.category ?? undefined,
      tags: article.tags,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: article.title, description, images: [image.url] },
    // What reference managers (Zotero, Google Scholar) read: citation_* and Dublin Core.
    other: citationMetaTags(article, absoluteUrl(path), script),
  };
}

/** The article page: header, contents, sections, timeline and attribution. */
export default async function ArticlePage(props: Props) {
  const moved = await formerSlugRedirect(props);
  if (moved) {
    const text = uiText(moved.script);
    return <RedirectPage to={articlePath(moved.script, moved.article.slug)} heading={moved.article.title} lead={text.movedTo} linkText={moved.article.title} />;
  }
  const { script, article } = await resolve(props);
  const url = absoluteUrl(articlePath(script, article.slug));
  return (
    <>
      <SiteHeader script={script} otherScriptPath={articlePath(otherScript(script), article.slug)} />
      <main id="main" className="article-page">
        <article>
          <ArticleHeader article={article} script={script} />
          <TableOfContents article={article} script={script} />
          <ArticleBody article={article} script={script} original={article.language === languageOfScript(script) ? undefined : originalArticle(article.slug)} />
          <Timeline article={article} script={script} />
          <ArticleFooter article={article} script={script} />
          <ArticleCitation article={article} script={script} url={url} />
        </article>
      </main>
      <SiteFooter script={script} />
      <JsonLd data={newsArticleJsonLd(article, url, languageOfScript(script))} />
    </>
  );
}
