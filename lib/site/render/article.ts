import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Article, Paragraph, Quote } from '../../content/model';
import { segmentParagraph } from '../../content/segments';
import type { Script } from '../script';
import { uiText } from '../ui-text';

/**
 * An article's full text as hast, for readers outside the site (feeds): the archive's headings,
 * every paragraph as one unbroken run of the source text with its speech marked, then who
 * reported it and the source's notice. Ids are left out: they belong to the article page.
 */

/** One paragraph: text segments as text, speech as a span naming its speaker when the text does. */
export function paragraphContent(paragraph: Paragraph, quotes: readonly Quote[]): ElementContent {
  const children = segmentParagraph(paragraph.text, quotes).map((segment): ElementContent =>
    segment.kind === 'text' ? { type: 'text', value: segment.text } : h('span', { className: ['speech'], dataSpeaker: segment.quote.speaker ?? undefined }, segment.text),
  );
  return h('p', children);
}

/** The body of an article, in the order the page reads it. */
export function articleContent(article: Article, script: Script): ElementContent[] {
  const text = uiText(script);
  const quotesByParagraph = new Map<string, Quote[]>();
  for (const quote of article.quotes) quotesByParagraph.set(quote.paragraphId, [...(quotesByParagraph.get(quote.paragraphId) ?? []), quote]);
  const body = article.sections.flatMap((section) => [
    ...(section.heading ? [h('h2', section.heading)] : []),
    ...section.paragraphs.map((paragraph) => paragraphContent(paragraph, quotesByParagraph.get(paragraph.id) ?? [])),
  ]);
  const via = article.source.via ? ` · ${article.source.via} ${text.publishedVia}` : '';
  const attribution = h('p', h('small', `${text.source}：${article.source.outlet} ${text.reportedBy}${via}`));
  const notice = article.notice.map((line) => h('p', h('small', line)));
  return [...body, attribution, ...notice];
}
