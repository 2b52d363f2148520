import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { archiveTimeline, browseMetadata, fillText, timelineTags } from '../../../_lib/browse';
import { eventsOfArticles, facetName, groupByYear, timelinePath, type ArchiveEvent, type Facet } from '@/lib/browse';
import { formatDate } from '@/lib/format';
import { SCRIPTS, isScript, languageOfScript, otherScript, type Script } from '@/lib/script';
import { articlePath } from '@/lib/site';
import { uiText } from '@/lib/ui-text';
import { SiteHeader } from '../../_components/site-header';
import { SiteFooter } from '../../_components/site-footer';
import { DateText } from '../../_components/date-text';
import '../../_components/browse.css';

type Props = { params: Promise<{ script: string; tag?: string[] }> };

export const dynamicParams = false;

/**
 * `/<script>/timeline/` merges every article's dated events; `/<script>/timeline/<tag key>/` keeps
 * those of one tag's articles (the filter, as static pages). One route for both, as for tags.
 */
export function generateStaticParams() {
  return SCRIPTS.flatMap((script) => [{ script, tag: [] as string[] }, ...timelineTags().map((tag) => ({ script, tag: [tag.key] }))]);
}

/** The script and, on a tag's timeline, the tag; 404s for anything else. */
async function resolve(props: Props): Promise<{ script: Script; tag: Facet | null }> {
  const { script, tag } = await props.params;
  if (!isScript(script)) notFound();
  if (tag === undefined || tag.length === 0) return { script, tag: null };
  // Static export hands non-ASCII params over percent-encoded; keys never hold a `%` of their own.
  const key = tag.length === 1 ? decodeURIComponent(tag[0]!) : undefined;
  const found = key === undefined ? undefined : timelineTags().find((dated) => dated.key === key);
  if (!found) notFound();
  return { script, tag: found };
}

/** The events a page shows: all, or those of the tag's articles. */
function eventsFor(script: Script, tag: Facet | null): ArchiveEvent[] {
  const events = archiveTimeline(script);
  return tag ? eventsOfArticles(events, tag.slugs) : events;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { script, tag } = await resolve(props);
  const text = uiText(script);
  const n = eventsFor(script, tag).length;
  if (!tag) return browseMetadata(script, text.archiveTimeline, fillText(text.archiveTimelineDescription, { n }), (s) => timelinePath(s));
  const name = facetName(tag, languageOfScript(script));
  return browseMetadata(script, fillText(text.tagTimelineHeading, { name }), fillText(text.tagTimelineDescription, { name, n }), (s) => timelinePath(s, tag.key));
}

/** Links to the whole timeline and to each tag's, the page's own marked current: a filter without JavaScript. */
function TagFilter({ script, current }: { script: Script; current: Facet | null }) {
  const text = uiText(script);
  const language = languageOfScript(script);
  const all = archiveTimeline(script);
  return (
    <nav className="timeline-filter" aria-label={text.filterByTag}>
      <ul className="facet-list">
        <li>
          <a href={timelinePath(script)} aria-current={current === null ? 'page' : undefined}>
            <span className="facet-name">{text.allEvents}</span>
            <span className="facet-count">
              {all.length}
              <span className="visually-hidden"> {text.events}</span>
            </span>
          </a>
        </li>
        {timelineTags().map((tag) => (
          <li key={tag.key}>
            <a href={timelinePath(script, tag.key)} aria-current={current?.key === tag.key ? 'page' : undefined}>
              <span className="facet-name">{facetName(tag, language)}</span>
              <span className="facet-count">
                {eventsOfArticles(all, tag.slugs).length}
                <span className="visually-hidden"> {text.events}</span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The merged timeline, or one tag's: events under their year, each linking to the paragraph that states it. */
export default async function TimelinePage(props: Props) {
  const { script, tag } = await resolve(props);
  const text = uiText(script);
  const events = eventsFor(script, tag);
  const otherPath = tag ? timelinePath(otherScript(script), tag.key) : timelinePath(otherScript(script));
  return (
    <>
      <SiteHeader script={script} otherScriptPath={otherPath} current="timeline" />
      <main id="main" className="browse archive-timeline">
        <h1>{tag ? fillText(text.tagTimelineHeading, { name: facetName(tag, languageOfScript(script)) }) : text.archiveTimeline}</h1>
        <p className="lede">{text.archiveTimelineIntro}</p>
        <TagFilter script={script} current={tag} />
        <p className="count">
          {events.length} {text.events}
        </p>
        {groupByYear(events).map((group) => (
          <section key={group.period} className="timeline-year" aria-labelledby={`year-${group.period}`}>
            <h2 id={`year-${group.period}`}>{formatDate(group.period, script)}</h2>
            <ol className="timeline-entries">
              {group.items.map(({ slug, title, event }) => (
                <li key={`${slug}/${event.id}`}>
                  <a href={`${articlePath(script, slug)}#${event.paragraphId}`}>
                    <DateText date={event.date} script={script} className="event-date" />
                    <span className="event-text">{event.text}</span>
                    <span className="event-source">{title}</span>
                  </a>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </main>
      <SiteFooter script={script} />
    </>
  );
}
