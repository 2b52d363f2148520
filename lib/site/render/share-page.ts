import type { Root } from 'hast';
import { h } from 'hastscript';
import type { Article, Section } from '../../content/model';
import { absoluteUrl, articleFragmentPath, articlePath, listSectionSharePages, ogImagePath, sectionSharePath } from '../routes';
import { languageOfScript, type Script } from '../script';
import { openingWords, sectionShareTitle, shareableSectionIds } from '../share';
import { SITE_NAME, uiText } from '../ui-text';
import { renderPageHtml } from './html';
import { linkPreviewTags, meta } from './link-preview';

/**
 * Section share pages as plain HTML, written by the build: a link unfurler reads the head (the
 * section's title, opening words and the article's card), a reader is sent straight on to the
 * section by a meta refresh, with the title and a link as the fallback. No script and no
 * stylesheet: the page is gone before it is painted (its 0.6 kB of CSS was a fifth of each of an
 * article's 14 share pages); `color-scheme` keeps that moment dark for a reader in dark mode.
 */

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
    h('meta', { name: 'color-scheme', content: 'light dark' }),
    h('meta', { httpEquiv: 'refresh', content: `0; url=${target}` }),
  ]);
  // The opening words are for unfurlers (in the head); a reader only passes through.
  const body = h('body', h('main', [h('h1', title), h('p', h('a', { href: target }, uiText(script).readSection))]));
  return { type: 'root', children: [{ type: 'doctype' }, h('html', { lang: languageOfScript(script) }, [head, body])] };
}

/** Every share page of an article in a script (as routes lists them): its site path and its HTML. */
export function sectionSharePages(article: Article, script: Script): { path: string; html: string }[] {
  const sectionOf = new Map(shareableSectionIds(article).map(({ id, sectionId }) => [id, article.sections.find((section) => section.id === sectionId)]));
  return listSectionSharePages([article]).flatMap(({ shareId }) => {
    const section = sectionOf.get(shareId);
    return section ? [{ path: sectionSharePath(script, article.slug, shareId), html: renderPageHtml(sectionSharePage(article, section, shareId, script)) }] : [];
  });
}
