import type { Article } from '../content/model';

/** An article's meta description: its dek, else the first 80 characters of its text (else its title). */
export function describeArticle(article: Article): string {
  if (article.dek) return article.dek;
  const first = article.sections[0]?.paragraphs[0]?.text ?? article.title;
  return Array.from(first).slice(0, 80).join('');
}
