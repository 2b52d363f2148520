import type { Root } from 'hast';
import { h } from 'hastscript';
import type { Article, Section } from '../../content/model';
import { absoluteUrl, articleFragmentPath, articlePath, listSectionSharePages, ogImagePath, sectionSharePath } from '../routes';
import { languageOfScript, type Script } from '../script';
import { openingWords, sectionShareTitle, shareableSectionIds } from '../share';
import { SITE_NAME, uiText } from '../ui-text';
import { renderHtml } from './html';
import { linkPreviewTags, meta } from './link-preview';

/**
 * Section share pages as plain HTML, written by the build: a link unfurler reads the head (the
 * section's title, opening words and the article's card), a reader is sent straight on to the
 * section by a meta refresh, with a link as the fallback. No script, and only the CSS the short
 * preview uses (colours and fonts as globals.css has them).
 */

const FONTS = {
  'zh-hant': '"PingFang TC","Hiragino Sans TC","Noto Sans CJK TC","Noto Sans TC","Source Han Sans TC","Microsoft JhengHei","Heiti TC",sans-serif',
  'zh-hans': '"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","Microsoft YaHei","Heiti SC",sans-serif',
} as const satisfies Record<Script, string>;

/** The stylesheet of a share page in a script: the site's colours (light and dark), font and measure. */
function sharePageCss(script: Script): string {
  return [
    ':root{color-scheme:light dark;--bg:#fbfaf7;--fg:#1d1d1f;--accent:#8a1c12}',
    '@media (prefers-color-scheme:dark){:root{--bg:#17181a;--fg:#e8e6e1;--accent:#f0a58f}}',
    `body{margin:0;background:var(--bg);color:var(--fg);font:1.0625rem/1.85 ${FONTS[script]};line-break:strict;overflow-wrap:anywhere}`,
    'main{max-width:calc(36em + 2.5rem);margin:0 auto;padding:2rem 1.25rem}',
    'h1{font-size:1.75rem;line-height:1.4}',
    'a{color:var(--accent);text-underline-offset:.2em}',
  ].join('');
}

/** The share page of one section under one share id (the section's own id, or an alias of it), as a hast document. */
export function sectionSharePage(article: Article, section: Section, shareId: string, script: Script): Root {
  const title = sectionShareTitle(article, section);
  const description = openingWords(section);
  const target = articleFragmentPath(script, article.slug, section.id);
  const image = absoluteUrl(ogImagePath(script, article.slug));
  const head = h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', `${title} · ${SITE_NAME[script]}`),
    meta('description', description),
    // The article is the page of record; this URL exists so previews can show one section.
    h('link', { rel: 'canonical', href: absoluteUrl(articlePath(script, article.slug)) }),
    ...linkPreviewTags({ title, description, url: absoluteUrl(sectionSharePath(script, article.slug, shareId)), siteName: SITE_NAME[script], image, imageAlt: article.title }),
    h('link', { rel: 'icon', href: '/icon.svg', type: 'image/svg+xml' }),
    h('meta', { httpEquiv: 'refresh', content: `0; url=${target}` }),
    h('style', sharePageCss(script)),
  ]);
  const body = h('body', h('main', [h('h1', title), h('p', description), h('p', h('a', { href: target }, uiText(script).readSection))]));
  return { type: 'root', children: [{ type: 'doctype' }, h('html', { lang: languageOfScript(script) }, [head, body])] };
}

/** Every share page of an article in a script (as routes lists them): its site path and its HTML. */
export function sectionSharePages(article: Article, script: Script): { path: string; html: string }[] {
  const sectionOf = new Map(shareableSectionIds(article).map(({ id, sectionId }) => [id, article.sections.find((section) => section.id === sectionId)]));
  return listSectionSharePages([article]).flatMap(({ shareId }) => {
    const section = sectionOf.get(shareId);
    return section ? [{ path: sectionSharePath(script, article.slug, shareId), html: renderHtml(sectionSharePage(article, section, shareId, script)) }] : [];
  });
}
