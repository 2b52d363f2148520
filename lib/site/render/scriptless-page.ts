import type { Root } from 'hast';
import { h } from 'hastscript';
import type { Article } from '../../content/model';
import { describeArticle } from '../article-description';
import { absoluteUrl, articlePath, ogImagePath, scriptlessArticlePath } from '../routes';
import { SCRIPTS, languageOfScript, type Script } from '../script';
import { newsArticleJsonLd } from '../structured-data';
import { SITE_NAME } from '../ui-text';
import { renderPageHtml } from './html';
import { linkPreviewTags, meta } from './link-preview';

/**
 * The script-less article URL (`/articles/<slug>/`) as a page of its own of about 3 kB, written by
 * the build: its head previews the Traditional article (title, description, Open Graph, JSON-LD,
 * canonical and alternates, as the article page has them), an inline script sends every reader on
 * to the article in their script before anything is painted, and its body links to both scripts
 * for a reader without script. It used to be a third full copy of the article page.
 */

/** The article in every script, keyed by script: the Traditional one previews the page. */
export type ArticleInScripts = Record<Script, Article>;

/** The page as a hast document; `followScript` is the compiled inline script (app/_client/follow-script.ts). */
export function scriptlessArticlePage(articles: ArticleInScripts, followScript: string): Root {
  const article = articles['zh-hant'];
  const url = absoluteUrl(articlePath('zh-hant', article.slug));
  const description = describeArticle(article);
  const image = absoluteUrl(ogImagePath('zh-hant', article.slug));
  const alternates = [...SCRIPTS.map((script) => [languageOfScript(script), script] as const), ['x-default', 'zh-hant'] as const].map(([hreflang, script]) =>
    h('link', { rel: 'alternate', hrefLang: hreflang, href: absoluteUrl(articlePath(script, article.slug)) }),
  );
  const head = h('head', [
    h('meta', { charSet: 'utf-8' }),
    // First, so a reader with script is on their way before the rest of the page is read.
    h('script', followScript),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', `${article.title} · ${SITE_NAME['zh-hant']}`),
    meta('description', description),
    h('link', { rel: 'canonical', href: url }),
    ...alternates,
    ...linkPreviewTags({ title: article.title, description, url, siteName: SITE_NAME['zh-hant'], image, imageAlt: article.title }),
    h('link', { rel: 'icon', href: '/icon.svg', type: 'image/svg+xml' }),
    // `<` escaped so no text can close the script element.
    h('script', { type: 'application/ld+json' }, JSON.stringify(newsArticleJsonLd(article, url, languageOfScript('zh-hant'))).replace(/</g, '\\u003c')),
  ]);
  const links = SCRIPTS.map((script) =>
    h('li', h('a', { href: articlePath(script, article.slug), hrefLang: languageOfScript(script), lang: languageOfScript(script) }, articles[script].title)),
  );
  const body = h('body', h('main', [h('h1', article.title), h('ul', links)]));
  return { type: 'root', children: [{ type: 'doctype' }, h('html', { lang: languageOfScript('zh-hant') }, [head, body])] };
}

/** The page's site path and its HTML. */
export function renderScriptlessArticlePage(articles: ArticleInScripts, followScript: string): { path: string; html: string } {
  return { path: scriptlessArticlePath(articles['zh-hant'].slug), html: renderPageHtml(scriptlessArticlePage(articles, followScript)) };
}
