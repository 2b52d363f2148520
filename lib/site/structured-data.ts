import type { Article } from '../content/model';

/**
 * schema.org `NewsArticle` for an article page: the reporting outlet is the author unless a
 * person is named, and the copy's publisher is the outlet that published it. The body is not
 * repeated here: it is on the page and in the article's JSON.
 */
export function newsArticleJsonLd(article: Article, url: string, inLanguage: string): Record<string, unknown> {
  const organization = (name: string) => ({ '@type': 'Organization', name });
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    ...(article.dek ? { description: article.dek } : {}),
    datePublished: article.published,
    inLanguage,
    url,
    mainEntityOfPage: url,
    author: article.author ? { '@type': 'Person', name: article.author } : organization(article.source.outlet),
    publisher: organization(article.source.via ?? article.source.outlet),
    sourceOrganization: organization(article.source.outlet),
    ...(article.category ? { articleSection: article.category } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags.join(',') } : {}),
    ...(article.source.url ? { isBasedOn: article.source.url } : {}),
  };
}
