import type { Article, Quote } from '@/lib/model';
import type { Script } from '@/lib/script';
import { Paragraph } from './paragraph';

/** The article's sections, each with the archive's heading and the source paragraphs. */
export function ArticleBody({ article, script }: { article: Article; script: Script }) {
  const quotesByParagraph = new Map<string, Quote[]>();
  for (const quote of article.quotes) quotesByParagraph.set(quote.paragraphId, [...(quotesByParagraph.get(quote.paragraphId) ?? []), quote]);
  return (
    <div className="article-body">
      {article.sections.map((section) => (
        <section key={section.id} id={section.id} aria-labelledby={section.heading ? `${section.id}-heading` : undefined}>
          {section.heading && (
            <h2 id={`${section.id}-heading`} className="archive-heading">
              {section.heading}
            </h2>
          )}
          {section.paragraphs.map((paragraph) => (
            <Paragraph key={paragraph.id} paragraph={paragraph} quotes={quotesByParagraph.get(paragraph.id) ?? []} script={script} />
          ))}
        </section>
      ))}
    </div>
  );
}
