import type { Article } from '@/lib/content/model';
import type { Script } from '@/lib/site/script';
import { uiText } from '@/lib/site/ui-text';
import { DateText } from './date-text';

/** The article's dated events in date order, each linking to the paragraph that states it. */
export function Timeline({ article, script }: { article: Article; script: Script }) {
  if (article.timeline.length === 0) return null;
  const text = uiText(script);
  return (
    <section className="timeline" id="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{text.timeline}</h2>
      <p className="timeline-intro">{text.timelineIntro}</p>
      <ol>
        {article.timeline.map((event) => (
          <li key={event.id} id={event.id}>
            <a href={`#${event.paragraphId}`}>
              <DateText date={event.date} script={script} className="event-date" />
              <span className="event-text">{event.text}</span>
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
