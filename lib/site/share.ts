import type { Article, Section } from '../content/model';

/**
 * What a section's share page says and which ids have one (its path is `sectionSharePath` in
 * routes): fragments never reach link unfurlers, so each section has a page that previews it.
 */

/** The preview title of a section: its heading, then the article title. */
export function sectionShareTitle(article: Article, section: Section): string {
  return section.heading ? joinShareTitle(section.heading, article.title) : article.title;
}

/** A preview title from a section heading and the article title (enhance.js builds it from the page's own h2 and h1). */
export function joinShareTitle(heading: string, title: string): string {
  return `${heading} · ${title}`;
}

/** The section's opening words for a preview description (about 100 characters, cut at a sentence end when one is near). */
export function openingWords(section: Section, limit = 100): string {
  const text = Array.from(section.paragraphs.map((paragraph) => paragraph.text).join(''));
  if (text.length <= limit) return text.join('');
  const head = text.slice(0, limit).join('');
  const sentenceEnd = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？'));
  return sentenceEnd >= limit * 0.6 ? head.slice(0, sentenceEnd + 1) : `${head}…`;
}

/** Every share-page id of an article: its sections, and aliases that point at a section. */
export function shareableSectionIds(article: Article): { id: string; sectionId: string }[] {
  const sectionIds = new Set(article.sections.map((section) => section.id));
  return [
    ...article.sections.map((section) => ({ id: section.id, sectionId: section.id })),
    ...article.aliases.filter((alias) => sectionIds.has(alias.to)).map((alias) => ({ id: alias.from, sectionId: alias.to })),
  ];
}
