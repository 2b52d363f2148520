import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Article } from '../../content/model';
import { describeArticle } from '../article-description';
import { citationMetaTags } from '../citation';
import { OG_CARD_HEIGHT, OG_CARD_WIDTH } from '../og-card';
import { absoluteUrl, articlePath, ogImagePath } from '../routes';
import { SCRIPTS, languageOfScript, type Script } from '../script';
import { SITE_NAME } from '../ui-text';
import { meta } from './link-preview';

/** `hreflang` alternates of an article in every script, plus `x-default` (the Traditional page). */
function alternates(slug: string): Element[] {
  const languages = [...SCRIPTS.map((script) => [languageOfScript(script), script] as const), ['x-default', 'zh-hant'] as const];
  return languages.map(([hreflang, script]) => h('link', { rel: ['alternate'], hrefLang: hreflang, href: absoluteUrl(articlePath(script, slug)) }));
}

/**
 * The article page's metadata in `<head>`: title and description; the citation_* and Dublin Core
 * tags reference managers (Zotero, Google Scholar) read; canonical and alternates; the Open Graph
 * tags with the article's card, and X's card type.
 */
export function articleHead(article: Article, script: Script): Element[] {
  const url = absoluteUrl(articlePath(script, article.slug));
  const description = describeArticle(article);
  const image = absoluteUrl(ogImagePath(script, article.slug));
  return [
    h('title', `${article.title} · ${SITE_NAME[script]}`),
    meta('description', description),
    ...Object.entries(citationMetaTags(article, url, script)).map(([name, content]) => meta(name, content)),
    h('link', { rel: ['canonical'], href: url }),
    ...alternates(article.slug),
    meta('og:title', article.title),
    meta('og:description', description),
    meta('og:url', url),
    meta('og:site_name', SITE_NAME[script]),
    meta('og:locale', script === 'zh-hant' ? 'zh_TW' : 'zh_CN'),
    meta('og:image', image),
    meta('og:image:width', String(OG_CARD_WIDTH)),
    meta('og:image:height', String(OG_CARD_HEIGHT)),
    meta('og:image:alt', article.title),
    meta('og:type', 'article'),
    h('meta', { property: 'article:published_time', content: article.published }),
    ...(article.category ? [h('meta', { property: 'article:section', content: article.category })] : []),
    ...article.tags.map((tag) => h('meta', { property: 'article:tag', content: tag })),
    // X reads the title, description and image from the Open Graph tags when its own are left out (as the share pages do).
    meta('twitter:card', 'summary_large_image'),
  ];
}
