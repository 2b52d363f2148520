import type { Article, Quote } from '@/lib/content/model';
import type { Script } from '@/lib/site/script';
import { sectionShareTitle } from '@/lib/site/share';
import { personPath, sectionSharePath } from '@/lib/site/routes';
import { personKeyOfQuote } from '../../_lib/people';
import { uiText } from '@/lib/site/ui-text';
import { VERTICAL_TOGGLE_ID } from '@/lib/site/reading-mode';
import { clientCode } from '../../_lib/client-code';
import { Paragraph } from './paragraph';
import { AliasAnchors, Permalink } from './permalink';

/** Groups items by a key, keeping their order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * The article's sections, each with the archive's heading, its permalink and the source
 * paragraphs; on a converted page (`original` given), each changed paragraph carries its original
 * text behind a toggle, and one toggle above the body shows them all; the Traditional page offers
 * vertical reading there too, remembered by a small inline script. The toggles are checkboxes
 * read by CSS (`:checked`, `:has()`), so they work without script.
 */
export function ArticleBody({ article, script, original }: { article: Article; script: Script; original?: Article }) {
  const text = uiText(script);
  const quotesByParagraph: Map<string, Quote[]> = groupBy(article.quotes, (quote) => quote.paragraphId);
  const personHrefOf = (quoteId: string): string | null => {
    const key = personKeyOfQuote(article.slug, quoteId);
    return key === null ? null : personPath(script, key);
  };
  const aliasesByTarget = new Map([...groupBy(article.aliases, (alias) => alias.to)].map(([to, aliases]) => [to, aliases.map((alias) => alias.from)]));
  const originals = original ? originalTexts(original, article) : new Map<string, string>();
  const offersOriginals = original !== undefined && originals.size > 0;
  // Vertical reading is a Traditional reader's habit (直排); the Simplified edition stays horizontal.
  const offersVertical = script === 'zh-hant';
  return (
    <>
      {(offersOriginals || offersVertical) && (
        <p className="reading-options">
          {offersOriginals && (
            <>
              <input type="checkbox" id="originals~all" className="originals-all-toggle visually-hidden" />
              <label htmlFor="originals~all" className="original-label">
                {text.showAllOriginals}
              </label>
            </>
          )}
          {offersVertical && (
            <>
              <input type="checkbox" id={VERTICAL_TOGGLE_ID} className="vertical-toggle visually-hidden" />
              <label htmlFor={VERTICAL_TOGGLE_ID} className="original-label">
                {text.verticalReading}
              </label>
              {/* Here, before the body is parsed: a remembered choice is applied before the first paint. */}
              <script data-keep="" dangerouslySetInnerHTML={{ __html: clientCode('rememberVertical') }} />
            </>
          )}
        </p>
      )}
      <div className="article-body">
        {article.sections.map((section) => (
          <section key={section.id} id={section.id} aria-labelledby={section.heading ? `${section.id}-heading` : undefined}>
            <AliasAnchors ids={aliasesByTarget.get(section.id)} target={section.id} />
            {section.heading && (
              <div className="heading-row">
                <h2 id={`${section.id}-heading`} className="archive-heading">
                  {section.heading}
                </h2>
                <Permalink
                  id={section.id}
                  label={`${text.sectionLink}：${section.heading}`}
                  symbol="#"
                  sharePath={sectionSharePath(script, article.slug, section.id)}
                  shareTitle={sectionShareTitle(article, section)}
                />
              </div>
            )}
            {section.paragraphs.map((paragraph) => {
              const originalText = originals.get(paragraph.id);
              return (
                <Paragraph
                  key={paragraph.id}
                  paragraph={paragraph}
                  quotes={quotesByParagraph.get(paragraph.id) ?? []}
                  script={script}
                  aliases={aliasesByTarget}
                  personHrefOf={personHrefOf}
                  original={original && originalText !== undefined ? { text: originalText, language: original.language } : undefined}
                />
              );
            })}
          </section>
        ))}
      </div>
    </>
  );
}

/** Original paragraph texts by id, only where the converted page reads differently. */
function originalTexts(original: Article, converted: Article): Map<string, string> {
  const shown = new Map(converted.sections.flatMap((section) => section.paragraphs.map((paragraph) => [paragraph.id, paragraph.text] as const)));
  return new Map(
    original.sections.flatMap((section) => section.paragraphs.filter((paragraph) => shown.get(paragraph.id) !== paragraph.text).map((paragraph) => [paragraph.id, paragraph.text] as const)),
  );
}
