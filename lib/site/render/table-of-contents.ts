import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Article } from '../../content/model';
import type { Script } from '../script';
import { uiText } from '../ui-text';

/** Links to the titled sections (and the timeline); none when the article has fewer than two. */
export function tableOfContents(article: Article, script: Script): Element[] {
  const titled = article.sections.filter((section) => section.heading);
  if (titled.length < 2) return [];
  const text = uiText(script);
  return [
    h('nav', { className: ['toc'], ariaLabelledBy: 'toc-heading' }, [
      h('h2', { id: 'toc-heading' }, text.contents),
      h('ol', titled.map((section) => h('li', h('a', { href: `#${section.id}` }, section.heading ?? '')))),
      ...(article.timeline.length > 0 ? [h('p', { className: ['toc-timeline'] }, h('a', { href: '#timeline' }, text.timeline))] : []),
    ]),
  ];
}
