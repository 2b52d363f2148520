import type { Element } from 'hast';
import { h } from 'hastscript';
import { OG_CARD_HEIGHT, OG_CARD_WIDTH } from '../og-card';

/** What a link unfurler shows for a page the build writes outside Next: one card, one image. */
export interface LinkPreview {
  title: string;
  description: string;
  /** The page's own absolute URL. */
  url: string;
  siteName: string;
  /** Absolute URL of the article's Open Graph card. */
  image: string;
  /** The card's alternative text: the article title. */
  imageAlt: string;
}

/** A `<meta>` element: `property` for Open Graph, `name` for everything else. */
export function meta(key: string, content: string): Element {
  return key.startsWith('og:') ? h('meta', { property: key, content }) : h('meta', { name: key, content });
}

/** The Open Graph and card tags of a preview, in the order Next writes them on its own pages. */
export function linkPreviewTags(preview: LinkPreview): Element[] {
  return [
    meta('og:title', preview.title),
    meta('og:description', preview.description),
    meta('og:url', preview.url),
    meta('og:site_name', preview.siteName),
    meta('og:image', preview.image),
    meta('og:image:width', String(OG_CARD_WIDTH)),
    meta('og:image:height', String(OG_CARD_HEIGHT)),
    meta('og:image:alt', preview.imageAlt),
    meta('og:type', 'article'),
    // X reads twitter:title, :description and :image from the Open Graph tags when they are left
    // out: the same 0.5 kB again on every share page is what an article's 14 of them cannot afford.
    meta('twitter:card', 'summary_large_image'),
  ];
}
