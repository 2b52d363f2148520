import type { Article } from '../content/model';
import { SCRIPTS } from './script';
import { absoluteUrl, articleDataPath, articlePath } from './routes';

/**
 * The archive as open data: each article's contract JSON at `/data/articles/<slug>.json`, and
 * an index of all of them at `/data/articles/index.json`.
 */

export const DATA_VERSION = 1;

/** The index entry of one article: enough to choose, with links to its data and pages. */
export function dataIndexEntry(article: Article) {
  return {
    slug: article.slug,
    title: article.title,
    published: article.published,
    language: article.language,
    source: article.source,
    category: article.category,
    tags: article.tags,
    // The body's fixity hash, so a mirror can be checked against the index without the article.
    sha256: article.provenance.sha256,
    data: absoluteUrl(articleDataPath(article.slug)),
    pages: Object.fromEntries(SCRIPTS.map((script) => [script, absoluteUrl(articlePath(script, article.slug))])),
  };
}

/** The index of every article, newest first. */
export function dataIndex(articles: readonly Article[]) {
  return { version: DATA_VERSION, count: articles.length, articles: articles.map(dataIndexEntry) };
}
