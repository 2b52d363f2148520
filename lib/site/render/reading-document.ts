import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { ENHANCE_CLASSES } from '../client-classes';
import { ENHANCE_WORD_ATTRIBUTES, wordAttributes } from '../client-words';
import { atomPath, rssPath } from '../routes';
import { languageOfScript, type Script } from '../script';
import { THEME_COLORS } from '../theme';
import { SITE_NAME, uiText } from '../ui-text';
import { inlineScript, speculationRules } from './page-scripts';
import { classesOf, usedCss } from './used-css';

/** What every reading page the build writes carries besides its own content: made once per build, outside lib. */
export interface PageAssets {
  /** The page's stylesheet, inlined (a reading page saves a render-blocking request) without the rules no element of the page can match. */
  stylesheet: string;
  /** The site icon as a `data:` URL. */
  iconUrl: string;
  /** The inline script at the end of every page (app/_client/every-page.ts). */
  everyPage: string;
}

/** One page's own parts of the document. */
export interface ReadingPageParts {
  /** Head elements after the shared ones (title, description, links, previews). */
  metadata: Element[];
  /** Head elements after the icon (a redirect's refresh). */
  afterIcon?: Element[];
  /** The body's own content, before the shared scripts. */
  body: ElementContent[];
}

/** Feed discovery links. */
function feedLinks(script: Script): Element[] {
  return [
    h('link', { rel: ['alternate'], type: 'application/rss+xml', title: `${SITE_NAME[script]} (RSS)`, href: rssPath(script) }),
    h('link', { rel: ['alternate'], type: 'application/atom+xml', title: `${SITE_NAME[script]} (Atom)`, href: atomPath(script) }),
  ];
}

/**
 * The document of a reading page in a script, as the site's other pages have it: charset, viewport
 * and browser-chrome colours, the inline stylesheet, feed links, the page's metadata, the icon; a
 * body carrying the words enhance.js shows (`data-ui-*`), ending in the speculation rules and the
 * script that loads enhance.js.
 */
export function readingDocument(script: Script, parts: ReadingPageParts, assets: PageAssets): Root {
  const body = h('body', wordAttributes(ENHANCE_WORD_ATTRIBUTES, uiText(script)), [...parts.body, speculationRules(), inlineScript(assets.everyPage)]);
  // The head has no classed elements; enhance.js adds its classes to the body later.
  const classes = classesOf(body, new Set(Object.values(ENHANCE_CLASSES)));
  const head = h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    ...THEME_COLORS.map(({ media, color }) => h('meta', { name: 'theme-color', content: color, media })),
    h('style', usedCss(assets.stylesheet, classes)),
    ...feedLinks(script),
    ...parts.metadata,
    h('link', { rel: ['icon'], href: assets.iconUrl }),
    ...(parts.afterIcon ?? []),
  ]);
  return { type: 'root', children: [{ type: 'doctype' }, h('html', { lang: languageOfScript(script) }, [head, body])] };
}
