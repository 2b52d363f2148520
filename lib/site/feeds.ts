import type { Article } from '../content/model';
import { articleContent } from './render/article';
import { renderHtml } from './render/html';
import type { Script } from './script';
import { languageOfScript } from './script';
import { absoluteUrl, articlePath, atomPath, indexPath, rssPath } from './routes';
import { SITE_NAME, uiText } from './ui-text';

/**
 * RSS 2.0 and Atom feeds of the archive, one per script, with every article's full text.
 * Dates are never made more precise than the source: RSS `pubDate` (optional) appears only
 * for a full publication day; Atom's required `updated` is the start of the stated period.
 */

/**
 * Articles a feed carries, newest first: a caller need not convert more than these. A feed client
 * polls for what is new, not the archive (the site and its open data hold that), and the feed is
 * ordered by publication, so an old article archived today never heads it anyway. Ten is what
 * WordPress and jekyll-feed carry by default: four feeds of ten full-text items are ~0.4 MB, where
 * fifty were 1.9 MB (6.5 kB an article of a 300-article archive).
 */
export const FEED_LIMIT = 10;

/** Characters XML 1.0 cannot carry at all, not even as a character reference. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * Escapes text for XML character data and attribute values. Text holding a character XML cannot
 * carry (C0 controls, U+FFFE/FFFF, a lone surrogate) is refused rather than dropped: the content
 * check should have stopped it, and a feed must never change a character of the source.
 */
export function escapeXml(text: string): string {
  const bad = NOT_XML.exec(text);
  if (bad) throw new Error(`U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at offset ${bad.index} cannot be written into XML: ${JSON.stringify(text.slice(Math.max(0, bad.index - 20), bad.index + 20))}`);
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c).replace(/[\t\n\r\u0085\u2028\u2029]/g, characterReference);
}

/**
 * A character as a numeric reference: white space that XML readers would otherwise rewrite
 * (a tab or line break in an attribute becomes a space; CR, NEL and U+2028 become a line feed in
 * parsers that normalise line ends as XML 1.1 does) reaches every reader as the source has it.
 */
function characterReference(character: string): string {
  return `&#x${character.codePointAt(0)!.toString(16).toUpperCase()};`;
}

/** The article's full text as HTML (the one renderer: hast → rehype-stringify), with the archive's headings and the attribution. */
export function articleHtml(article: Article, script: Script): string {
  return renderHtml({ type: 'root', children: articleContent(article, script) });
}

/** Runs `write` for one article, naming the article when its text cannot be written. */
function forArticle<T>(article: Article, write: () => T): T {
  try {
    return write();
  } catch (error) {
    throw new Error(`feed entry for ${article.slug}: ${(error as Error).message}`);
  }
}

/** RFC 822 date for RSS, only when the publication day is known. */
export function rfc822Date(published: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (!match) return null;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.toUTCString().replace('GMT', '+0000');
}

/** RFC 3339 instant at the start of a `YYYY[-MM[-DD]]` period (Atom requires a full timestamp). */
export function periodStart(published: string): string {
  const [year, month = '01', day = '01'] = published.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
}

/** The RSS 2.0 feed of a script's articles (newest first). */
export function rssFeed(articles: readonly Article[], script: Script): string {
  const text = uiText(script);
  const items = articles.slice(0, FEED_LIMIT).map((article) => forArticle(article, () => {
    const url = absoluteUrl(articlePath(script, article.slug));
    const pubDate = rfc822Date(article.published);
    return [
      '<item>',
      `<title>${escapeXml(article.title)}</title>`,
      `<link>${escapeXml(url)}</link>`,
      `<guid isPermaLink="true">${escapeXml(url)}</guid>`,
      article.dek ? `<description>${escapeXml(article.dek)}</description>` : '',
      `<content:encoded>${escapeXml(articleHtml(article, script))}</content:encoded>`,
      `<dc:creator>${escapeXml(article.author ?? article.source.outlet)}</dc:creator>`,
      pubDate ? `<pubDate>${pubDate}</pubDate>` : '',
      ...article.tags.map((tag) => `<category>${escapeXml(tag)}</category>`),
      '</item>',
    ].join('');
  }));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(SITE_NAME[script])}</title>`,
    `<link>${escapeXml(absoluteUrl(indexPath(script)))}</link>`,
    `<description>${escapeXml(text.siteTagline)}</description>`,
    `<language>${languageOfScript(script)}</language>`,
    `<atom:link href="${escapeXml(absoluteUrl(rssPath(script)))}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** The Atom feed of a script's articles (newest first). */
export function atomFeed(articles: readonly Article[], script: Script): string {
  const text = uiText(script);
  const shown = articles.slice(0, FEED_LIMIT);
  const updated = shown.map((article) => periodStart(article.published)).sort().at(-1) ?? '1970-01-01T00:00:00Z';
  const entries = shown.map((article) => forArticle(article, () => {
    const url = absoluteUrl(articlePath(script, article.slug));
    const day = /^\d{4}-\d{2}-\d{2}$/.test(article.published);
    return [
      '<entry>',
      `<title>${escapeXml(article.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `<id>${escapeXml(url)}</id>`,
      `<updated>${periodStart(article.published)}</updated>`,
      day ? `<published>${periodStart(article.published)}</published>` : '',
      `<author><name>${escapeXml(article.author ?? article.source.outlet)}</name></author>`,
      article.dek ? `<summary>${escapeXml(article.dek)}</summary>` : '',
      `<content type="html">${escapeXml(articleHtml(article, script))}</content>`,
      ...article.tags.map((tag) => `<category term="${escapeXml(tag)}"/>`),
      '</entry>',
    ].join('');
  }));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${languageOfScript(script)}">`,
    `<title>${escapeXml(SITE_NAME[script])}</title>`,
    `<subtitle>${escapeXml(text.siteTagline)}</subtitle>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(indexPath(script)))}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(atomPath(script)))}"/>`,
    `<id>${escapeXml(absoluteUrl(indexPath(script)))}</id>`,
    `<updated>${updated}</updated>`,
    `<author><name>${escapeXml(SITE_NAME[script])}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
