import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Article } from '../../content/model';
import { tagPath } from '../routes';
import type { Script } from '../script';
import { uiText } from '../ui-text';
import { correctionsLog, provenance } from './provenance';

/**
 * Attribution at the foot: tags (each linking to its page; `tagKeys` aligned with the article's
 * tags), the source link with the copy's provenance, corrections and the reprint notice.
 */
export function articleFooter(article: Article, script: Script, tagKeys: readonly string[]): Element {
  const text = uiText(script);
  const tags =
    article.tags.length > 0
      ? [h('p', { className: ['tags'] }, [h('span', { className: ['label'] }, text.tags), ...article.tags.map((tag, index) => h('a', { className: ['tag'], href: tagPath(script, tagKeys[index] ?? '') }, tag))])]
      : [];
  const attribution = h('p', { className: ['attribution'] }, [
    h('span', { className: ['label'] }, text.source),
    article.source.outlet,
    ...(article.source.via ? [` · ${article.source.via} ${text.publishedVia}`] : []),
    ...(article.source.url ? [' · ', h('a', { href: article.source.url, rel: ['noopener', 'external'] }, text.sourceLink)] : []),
  ]);
  const notice =
    article.notice.length > 0
      ? [h('section', { className: ['notice'], ariaLabelledBy: 'notice-heading' }, [h('h2', { id: 'notice-heading' }, text.notice), ...article.notice.map((line) => h('p', line))])]
      : [];
  return h('footer', { className: ['article-footer'] }, [...tags, attribution, provenance(article, script), ...correctionsLog(article, script), ...notice]);
}
