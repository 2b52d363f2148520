import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Article } from '../../content/model';
import { apaCitation, gbt7714Citation } from '../citation';
import type { Script } from '../script';
import { uiText } from '../ui-text';

/** The "cite" block: GB/T 7714-2015 and APA forms of the page at `url`, in its script; closed until asked for. */
export function citationBlock(article: Article, script: Script, url: string): Element {
  const text = uiText(script);
  return h('details', { className: ['cite'] }, [
    h('summary', text.cite),
    h('dl', [
      h('dt', text.citeGbt),
      h('dd', { className: ['citation'], dataStyle: 'gbt7714' }, gbt7714Citation(article, url)),
      h('dt', text.citeApa),
      h('dd', { className: ['citation'], dataStyle: 'apa' }, apaCitation(article, url, script)),
    ]),
    h('p', text.citeAccessNote),
  ]);
}
