import type { Root } from 'hast';
import { h } from 'hastscript';
import type { Article } from '../../content/model';
import { absoluteUrl, articlePath } from '../routes';
import type { Script } from '../script';
import { uiText } from '../ui-text';
import { renderPageHtml } from './html';
import { meta } from './link-preview';
import { inlineScript } from './page-scripts';
import { readingDocument, type PageAssets } from './reading-document';

/** What a moved article's page needs besides the shared assets: the script that carries the reader's fragment. */
export interface MovedPageAssets extends PageAssets {
  keepFragment: string;
}

/**
 * The page at an article's former slug (`/<script>/articles/<former>/`), whose only job is to send
 * the reader on: an immediate meta refresh (no JavaScript needed), a script that also carries the
 * `#fragment` along (`/old-slug/#p3` → `/new-slug/#p3`), and a plain link as the fallback. Not indexed.
 */
export function movedArticlePage(article: Article, script: Script, assets: MovedPageAssets): Root {
  const to = articlePath(script, article.slug);
  return readingDocument(
    script,
    {
      metadata: [h('title', article.title), meta('robots', 'noindex'), h('link', { rel: ['canonical'], href: absoluteUrl(to) })],
      afterIcon: [h('meta', { httpEquiv: 'refresh', content: `0; url=${to}` })],
      body: [
        h('main', { id: 'main', className: ['redirect-page'] }, [h('h1', article.title), h('p', uiText(script).movedTo), h('p', h('a', { href: to }, article.title))]),
        inlineScript(assets.keepFragment, { 'data-redirect-to': to }),
      ],
    },
    assets,
  );
}

/** The page at `former` (a former slug of `article`): its site path and its HTML. */
export function renderMovedArticlePage(article: Article, former: string, script: Script, assets: MovedPageAssets): { path: string; html: string } {
  return { path: articlePath(script, former), html: renderPageHtml(movedArticlePage(article, script, assets)) };
}
