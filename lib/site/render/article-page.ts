import type { Root } from 'hast';
import { h } from 'hastscript';
import type { Article } from '../../content/model';
import { facetKey, outletKeyOf } from '../facets';
import { personKeyOf } from '../people';
import { absoluteUrl, articlePath, personPath } from '../routes';
import { languageOfScript, otherScript, type Script } from '../script';
import { newsArticleJsonLd } from '../structured-data';
import { articleBody } from './article-body';
import { articleFooter } from './article-footer';
import { articleHead } from './article-head';
import { articleHeader } from './article-header';
import { articleTimeline } from './article-timeline';
import { citationBlock } from './citation-block';
import { renderPageHtml } from './html';
import { jsonLd } from './page-scripts';
import { readingDocument, type PageAssets } from './reading-document';
import { siteFooter } from './site-footer';
import { siteHeader } from './site-header';
import { tableOfContents } from './table-of-contents';

/**
 * The article page (`/<script>/articles/<slug>/`), written by the build as plain HTML: header,
 * contents, sections, timeline, attribution and citation, with the head tags reference managers,
 * crawlers and link unfurlers read. Everything interactive works without script (checkboxes read
 * by CSS); enhance.js adds copy and share buttons when the reader reaches for them.
 */

/** What an article page needs besides the archived original: the assets, and the inline script of vertical reading. */
export interface ArticlePageAssets extends PageAssets {
  rememberVertical: string;
}

/**
 * The page of an archived `original` in a script, as a hast document: `article` is the original
 * converted to the script (the original itself in its own script). Tag, outlet and person keys
 * come from the original, so links never depend on the page's script.
 */
export function articlePage(original: Article, article: Article, script: Script, assets: ArticlePageAssets): Root {
  const url = absoluteUrl(articlePath(script, article.slug));
  const personKeys = new Map(original.quotes.map((quote) => [quote.id, personKeyOf(quote, original.language)]));
  const personHrefOf = (quoteId: string): string | null => {
    const key = personKeys.get(quoteId) ?? null;
    return key === null ? null : personPath(script, key);
  };
  // A converted page (the article's language is not the page's) offers the original beside each changed paragraph.
  const originalBeside = article.language === languageOfScript(script) ? undefined : original;
  const main = h('main', { id: 'main', className: ['article-page'] }, [
    h('article', [
      articleHeader(article, script, outletKeyOf(original)),
      ...tableOfContents(article, script),
      ...articleBody(article, { script, original: originalBeside, personHrefOf, rememberVertical: assets.rememberVertical }),
      ...articleTimeline(article, script),
      articleFooter(article, script, original.tags.map((tag) => facetKey(tag, original.language))),
      citationBlock(article, script, url),
    ]),
  ]);
  return readingDocument(
    script,
    {
      metadata: articleHead(article, script),
      body: [...siteHeader(script, articlePath(otherScript(script), article.slug)), main, siteFooter(script), jsonLd(newsArticleJsonLd(article, url, languageOfScript(script)))],
    },
    assets,
  );
}

/** The page's site path and its HTML. */
export function renderArticlePage(original: Article, article: Article, script: Script, assets: ArticlePageAssets): { path: string; html: string } {
  return { path: articlePath(script, article.slug), html: renderPageHtml(articlePage(original, article, script, assets)) };
}
