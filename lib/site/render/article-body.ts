import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Article, Quote } from '../../content/model';
import { VERTICAL_TOGGLE_ID } from '../reading-mode';
import type { Script } from '../script';
import { uiText } from '../ui-text';
import { articleParagraph } from './paragraph';
import { aliasAnchors, permalink } from './permalink';

/** What the body of an article page needs besides the article in the page's script. */
export interface ArticleBodyContext {
  script: Script;
  /** The archived original, on a converted page (its changed paragraphs are offered beside the text). */
  original?: Article;
  /** The page of the person who said a quote, or null for an unnamed source or none. */
  personHrefOf: (quoteId: string) => string | null;
  /** The inline script that restores the reader's vertical-reading choice before the body is parsed. */
  rememberVertical: string;
}

/** Groups items by a key, keeping their order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Original paragraph texts by id, only where the converted page reads differently. */
function originalTexts(original: Article, converted: Article): Map<string, string> {
  const shown = new Map(converted.sections.flatMap((section) => section.paragraphs.map((paragraph) => [paragraph.id, paragraph.text] as const)));
  return new Map(original.sections.flatMap((section) => section.paragraphs.filter((paragraph) => shown.get(paragraph.id) !== paragraph.text).map((paragraph) => [paragraph.id, paragraph.text] as const)));
}

/**
 * The toggles above the body: every original at once (converted pages with changed paragraphs) and
 * vertical reading (the Traditional page: 直排 is a Traditional reader's habit), remembered by a
 * small inline script placed before the body so the choice applies before the first paint. The
 * toggles are checkboxes read by CSS (`:checked`, `:has()`), so they work without script.
 */
function readingOptions(offersOriginals: boolean, offersVertical: boolean, context: ArticleBodyContext): Element[] {
  if (!offersOriginals && !offersVertical) return [];
  const text = uiText(context.script);
  const originals = offersOriginals
    ? [h('input', { type: 'checkbox', id: 'originals~all', className: ['originals-all-toggle', 'visually-hidden'] }), h('label', { htmlFor: 'originals~all', className: ['original-label'] }, text.showAllOriginals)]
    : [];
  const vertical = offersVertical
    ? [
        h('input', { type: 'checkbox', id: VERTICAL_TOGGLE_ID, className: ['vertical-toggle', 'visually-hidden'] }),
        h('label', { htmlFor: VERTICAL_TOGGLE_ID, className: ['original-label'] }, text.verticalReading),
        h('script', { dataKeep: '' }, context.rememberVertical),
      ]
    : [];
  return [h('p', { className: ['reading-options'] }, [...originals, ...vertical])];
}

/** The article's sections, each with the archive's heading, its permalink and the source paragraphs. */
export function articleBody(article: Article, context: ArticleBodyContext): Element[] {
  const { script, original } = context;
  const text = uiText(script);
  const quotesByParagraph: Map<string, Quote[]> = groupBy(article.quotes, (quote) => quote.paragraphId);
  const aliasesByTarget = new Map([...groupBy(article.aliases, (alias) => alias.to)].map(([to, aliases]) => [to, aliases.map((alias) => alias.from)]));
  const originals = original ? originalTexts(original, article) : new Map<string, string>();
  const sections = article.sections.map((section) =>
    h('section', { id: section.id, ariaLabelledBy: section.heading ? `${section.id}-heading` : undefined }, [
      ...aliasAnchors(aliasesByTarget.get(section.id), section.id),
      ...(section.heading
        ? [
            h('div', { className: ['heading-row'] }, [
              h('h2', { id: `${section.id}-heading`, className: ['archive-heading'] }, section.heading),
              permalink({ id: section.id, label: `${text.sectionLink}：${section.heading}`, symbol: '#' }),
            ]),
          ]
        : []),
      ...section.paragraphs.map((paragraph) => {
        const originalText = originals.get(paragraph.id);
        return articleParagraph(paragraph, {
          script,
          quotes: quotesByParagraph.get(paragraph.id) ?? [],
          aliases: aliasesByTarget,
          personHrefOf: context.personHrefOf,
          original: original && originalText !== undefined ? { text: originalText, language: original.language } : undefined,
        });
      }),
    ]),
  );
  return [...readingOptions(original !== undefined && originals.size > 0, script === 'zh-hant', context), h('div', { className: ['article-body'] }, sections)];
}
