import type { Article } from '../content/model';
import type { Script } from './script';
import { languageOfScript } from './script';
import { formatDate } from './format';

/**
 * How an article page is cited: the meta tags reference managers read (Google Scholar's
 * `citation_*`, which Zotero reads too, and Dublin Core), and the two citation forms readers
 * copy. Every part is what the article states; what it does not state (an author, a day) is left
 * out, never filled in, so a citation is as precise as its source and no more.
 */

/** The placeholder for the day the reader accessed the page, which a static page cannot know. */
export const ACCESS_DATE_PLACEHOLDER = '引用日期';

/** Google Scholar's date form: `YYYY/MM/DD`, or `YYYY/MM`, or `YYYY`, only as precise as known. */
export function scholarDate(published: string): string {
  return published.replaceAll('-', '/');
}

/**
 * GB/T 7714-2015 for an online newspaper article (electronic resource, [N/OL]):
 * `作者. 題名[N/OL]. 報紙名, 出版日期[引用日期]. 獲取路徑.` An unknown author is omitted (the
 * standard allows it for numbered references); the date is as precise as the article gives it.
 */
export function gbt7714Citation(article: Article, url: string): string {
  const author = article.author ? `${article.author}. ` : '';
  return `${author}${article.title}[N/OL]. ${article.source.outlet}, ${article.published}[${ACCESS_DATE_PLACEHOLDER}]. ${url}.`;
}

/**
 * APA 7 for a newspaper article online, in its Chinese form: `作者（2024年1月5日）。題名。報紙名。URL`.
 * Without an author the title takes the author's place: `題名（2024年1月）。報紙名。URL`.
 */
export function apaCitation(article: Article, url: string, script: Script): string {
  const date = `（${formatDate(article.published, script)}）`;
  const lead = article.author ? `${article.author}${date}。${article.title}` : `${article.title}${date}`;
  return `${lead}。${article.source.outlet}。${url}`;
}

/** The meta tags for reference managers, by name; authors and the source URL only when known. */
export function citationMetaTags(article: Article, url: string, script: Script): Record<string, string> {
  const language = languageOfScript(script);
  return {
    citation_title: article.title,
    ...(article.author ? { citation_author: article.author } : {}),
    citation_publication_date: scholarDate(article.published),
    citation_journal_title: article.source.outlet,
    citation_publisher: article.source.outlet,
    citation_language: language,
    citation_public_url: url,
    'DC.title': article.title,
    ...(article.author ? { 'DC.creator': article.author } : {}),
    'DC.date': article.published,
    'DC.publisher': article.source.outlet,
    'DC.language': language,
    'DC.identifier': url,
    'DC.type': 'Text',
    ...(article.source.url ? { 'DC.source': article.source.url } : {}),
  };
}
