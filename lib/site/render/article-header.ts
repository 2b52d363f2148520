import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Article } from '../../content/model';
import { articlePath, outletPath } from '../routes';
import { languageOfScript, scriptOfLanguage, type Script } from '../script';
import { uiText } from '../ui-text';
import { dateText } from './date-text';

/** Title, dek and the byline (who reported it, who published this copy, when); `outletKey` names the outlet's page. */
export function articleHeader(article: Article, script: Script, outletKey: string): Element {
  const text = uiText(script);
  const byline = h('p', { className: ['byline'] }, [
    h('span', [h('a', { className: ['outlet'], href: outletPath(script, outletKey) }, article.source.outlet), ` ${text.reportedBy}`]),
    ...(article.author ? [h('span', `${text.author}：${article.author}`)] : []),
    ...(article.source.via ? [h('span', `${article.source.via} ${text.publishedVia}`)] : []),
    dateText(article.published, script),
  ]);
  const converted =
    languageOfScript(script) !== article.language
      ? [h('p', { className: ['converted-note'], role: 'note' }, [text.convertedNotice, h('a', { href: articlePath(scriptOfLanguage(article.language), article.slug), hrefLang: article.language }, text.viewOriginal)])]
      : [];
  const headed = article.sections.some((section) => section.heading) ? [h('p', { className: ['archive-note'] }, text.archiveHeadingsNote)] : [];
  return h('header', { className: ['article-header'] }, [
    ...(article.category ? [h('p', { className: ['category'] }, article.category)] : []),
    h('h1', article.title),
    ...(article.dek ? [h('p', { className: ['dek'] }, article.dek)] : []),
    byline,
    ...converted,
    ...headed,
  ]);
}
