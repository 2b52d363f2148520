import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Article } from '../../content/model';
import type { Script } from '../script';
import { uiText } from '../ui-text';
import { dateText } from './date-text';

/**
 * The article's dated events in date order, each linking to the paragraph that states it; none
 * without events. An entry is its date then its words, styled by position (article.css): no class
 * on every entry.
 */
export function articleTimeline(article: Article, script: Script): Element[] {
  if (article.timeline.length === 0) return [];
  const text = uiText(script);
  return [
    h('section', { className: ['timeline'], id: 'timeline', ariaLabelledBy: 'timeline-heading' }, [
      h('h2', { id: 'timeline-heading' }, text.timeline),
      h('p', { className: ['timeline-intro'] }, text.timelineIntro),
      h(
        'ol',
        article.timeline.map((event) =>
          h('li', { id: event.id }, h('a', { href: `#${event.paragraphId}` }, [dateText(event.date, script), h('span', event.text)])),
        ),
      ),
    ]),
  ];
}
