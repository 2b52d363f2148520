import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Article } from '../../content/model';
import { languageOfScript, type Script } from '../script';
import { uiText } from '../ui-text';
import { dateText } from './date-text';

/** How many hex digits of the hash show before the reader asks for all of it. */
const SHORT_HASH_LENGTH = 12;

/** The capture day and the body's fixity hash (short, the whole of it on demand), beside the source link. */
export function provenance(article: Article, script: Script): Element {
  const text = uiText(script);
  const { captured, sha256 } = article.provenance;
  return h('div', { className: ['provenance'] }, [
    ...(captured ? [h('p', [h('span', { className: ['label'] }, text.captured), dateText(captured, script)])] : []),
    h('details', { className: ['fixity'] }, [
      h('summary', [h('span', { className: ['label'] }, text.fixity), 'SHA-256 ', h('code', { translate: 'no' }, `${sha256.slice(0, SHORT_HASH_LENGTH)}…`)]),
      h('p', h('code', { className: ['hash'], translate: 'no' }, sha256)),
      h('p', [text.fixityNote, ...(languageOfScript(script) !== article.language ? [text.fixityOfOriginal] : [])]),
    ]),
  ]);
}

/** The dated log of declared corrections to the body; none when there are none. */
export function correctionsLog(article: Article, script: Script): Element[] {
  if (article.corrections.length === 0) return [];
  const text = uiText(script);
  return [
    h('section', { className: ['corrections'], ariaLabelledBy: 'corrections-heading' }, [
      h('h2', { id: 'corrections-heading' }, text.corrections),
      h('p', text.correctionsIntro),
      h('ol', article.corrections.map((correction) => h('li', [dateText(correction.date, script), '：', correction.note]))),
    ]),
  ];
}
