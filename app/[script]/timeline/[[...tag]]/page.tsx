import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { archiveTimeline, browseMetadata, fillText, findTimelineTag, indexedTimeline, tagTimeline, timelineTags } from '../../../_lib/browse';
import { groupByYear, groupRunsBySource, spanPageCount, type ArchiveEvent, type TimelineSpan } from '@/lib/site/archive-timeline';
import { eventsOnIndexedPage } from '@/lib/site/timeline-index';
import { facetName, type Facet } from '@/lib/site/facets';
import { articleFragmentPath, keepSelected, listTimelinePages, pageKey, shortestHref, timelinePath, timelineYearPath, type SitePageOf } from '@/lib/site/routes';
import { selectedKeys } from '../../../_lib/page-selection';
import { loadArticles } from '@/lib/content/load-articles';
import { formatDate, formatYearSpan } from '@/lib/site/format';
import { SCRIPTS, isScript, languageOfScript, otherScript, type Script } from '@/lib/site/script';
import { uiText } from '@/lib/site/ui-text';
import { SiteHeader } from '../../_components/site-header';
import { SiteFooter } from '../../_components/site-footer';
import { FacetLink } from '../../tags/_components/facet-list';
import { Pager } from '../../_components/archive-page';
import '../../_components/browse.css';

type Props = { params: Promise<{ script: string; tag?: string[] }> };

export const dynamicParams = false;

/**
 * `/<script>/timeline/` merges every article's dated events; `/<script>/timeline/<tag key>/` keeps
 * those of one tag's articles (the filter, as static pages). A timeline too long for one page
 * lists its pages of years, each named by its first year: `…/timeline/year/2015/`,
 * `…/timeline/<tag key>/year/2015/` (told apart from a tag by the number of segments), and a year
 * too long for one page continues on `…/year/2015/page/2/`. One route for all, as for tags.
 */
export function generateStaticParams() {
  const pages = keepSelected(listTimelinePages(loadArticles()), pageKey, selectedKeys());
  return SCRIPTS.flatMap((script) => pages.map((page) => ({ script, tag: segmentsOf(page) })));
}

/** The route segments after `timeline/` of a timeline page. */
function segmentsOf(page: SitePageOf<'timeline' | 'timeline-year' | 'tag-timeline' | 'tag-timeline-year'>): string[] {
  switch (page.kind) {
    case 'timeline':
      return [];
    case 'timeline-year':
      return ['year', page.year, ...pageSegments(page.page)];
    case 'tag-timeline':
      return [page.tagKey];
    case 'tag-timeline-year':
      return [page.tagKey, 'year', page.year, ...pageSegments(page.page)];
    default:
      return page satisfies never;
  }
}

/** `page/<n>` past a year's first page. */
function pageSegments(page: number): string[] {
  return page > 1 ? ['page', String(page)] : [];
}

/** A timeline page: its script, its tag (or the whole archive's) and, for a page of a long one, its years. */
interface TimelinePageOf {
  script: Script;
  tag: Facet | null;
  /** The years the page shows, or null for a timeline's front page. */
  span: TimelineSpan | null;
  /** The page of the span (1 when not a span's page). */
  page: number;
}

/** Reads the segments after `timeline/`; 404s for anything that names no page. */
async function resolve(props: Props): Promise<TimelinePageOf> {
  const { script, tag: segments = [] } = await props.params;
  if (!isScript(script)) notFound();
  // Static export hands non-ASCII params over percent-encoded; keys never hold a `%` of their own.
  const decoded = segments.map((segment) => decodeURIComponent(segment));
  // A year's later page ends in `page/<n>`: read it off, then the rest names the timeline and year.
  const paged = decoded.length >= 4 && decoded.at(-2) === 'page';
  const pageText = paged ? decoded.at(-1)! : '1';
  const [first, second, third] = paged ? decoded.slice(0, -2) : decoded;
  const length = decoded.length - (paged ? 2 : 0);
  const named =
    length === 0 ? { key: null, year: null } :
    length === 1 ? { key: first!, year: null } :
    length === 2 && first === 'year' ? { key: null, year: second! } :
    length === 3 && second === 'year' ? { key: first!, year: third! } :
    notFound();
  if (paged && named.year === null) notFound();
  const tag = named.key === null ? null : (findTimelineTag(named.key) ?? notFound());
  const page = /^[1-9][0-9]*$/.test(pageText) ? Number(pageText) : 0;
  if (named.year === null) return { script, tag, span: null, page };
  const span = indexedTimeline(script, tag).spanByFirst.get(named.year) ?? notFound();
  if (page < (paged ? 2 : 1) || page > spanPageCount(span.count)) notFound();
  return { script, tag, span, page };
}

/** The events a page shows: all, or those of the tag's articles. */
function eventsFor(script: Script, tag: Facet | null): ArchiveEvent[] {
  return tag ? tagTimeline(script, tag) : archiveTimeline(script);
}

/** Where the same page is in a script. */
function pathOf({ tag, span, page }: Pick<TimelinePageOf, 'tag' | 'span' | 'page'>, script: Script): string {
  return span === null ? timelinePath(script, tag?.key) : timelineYearPath(script, span.first, tag?.key, page);
}

/** The page's heading: the archive's timeline or a tag's, and the years of a page of a long one. */
function headingOf({ script, tag, span, page }: TimelinePageOf): string {
  const text = uiText(script);
  const heading = tag ? fillText(text.tagTimelineHeading, { name: facetName(tag, languageOfScript(script)) }) : text.archiveTimeline;
  if (span === null) return heading;
  const ofYear = `${heading} · ${formatYearSpan(span.first, span.last, script)}`;
  return page > 1 ? `${ofYear} · ${fillText(text.pageNumber, { n: page })}` : ofYear;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const page = await resolve(props);
  const { script, tag, span } = page;
  const text = uiText(script);
  const n = span === null ? eventsFor(script, tag).length : span.count;
  const description = tag ? fillText(text.tagTimelineDescription, { name: facetName(tag, languageOfScript(script)), n }) : fillText(text.archiveTimelineDescription, { n });
  return browseMetadata(script, headingOf(page), description, (s) => pathOf(page, s));
}

/**
 * Links to the whole timeline and to each tag's, the page's own marked current: a filter without
 * JavaScript, on the front pages. A page of years links only to the timeline it belongs to (marked):
 * every dated tag on each of them was 4.6 kB of a 21.6 kB page at 200 synthetic articles, and tied
 * every page to the list of tags. Only the archive timeline's front page counts each tag's events:
 * counts on every page would tie each of them to every article, and one new dated article would
 * rebuild every timeline page of the archive (README, "Incremental builds").
 */
function TagFilter({ script, current, onSpanPage, hrefOf }: { script: Script; current: Facet | null; onSpanPage: boolean; hrefOf: (path: string) => string }) {
  const mark = (isCurrent: boolean) => (isCurrent ? (onSpanPage ? 'true' : 'page') : undefined);
  const text = uiText(script);
  const language = languageOfScript(script);
  const counted = current === null && !onSpanPage;
  const listed = onSpanPage ? (current ? [current] : []) : timelineTags();
  return (
    <nav className="timeline-filter" aria-label={text.filterByTag}>
      <ul className="facet-list">
        <li>
          <FacetLink href={hrefOf(timelinePath(script))} name={text.allEvents} count={counted ? archiveTimeline(script).length : undefined} unit={text.events} current={mark(current === null)} />
        </li>
        {listed.map((tag) => (
          <li key={tag.key}>
            <FacetLink href={hrefOf(timelinePath(script, tag.key))} name={facetName(tag, language)} count={counted ? tagTimeline(script, tag).length : undefined} unit={text.events} current={mark(current?.key === tag.key)} />
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The pages of a long timeline, each named by its years and linking to its first page; the page's
 * own marked current. The timeline's front page counts each page's events (and its intro says what
 * the numbers are); a page of years does not, so an event added to one year does not change the
 * pages of every other year.
 */
function YearIndex({ script, tag, spans, current, hrefOf }: { script: Script; tag: Facet | null; spans: readonly TimelineSpan[]; current: TimelineSpan | null; hrefOf: (path: string) => string }) {
  const text = uiText(script);
  return (
    <nav className="timeline-years" aria-label={text.timelineYears}>
      <h2>{text.timelineYears}</h2>
      {current === null && <p className="timeline-years-intro">{text.timelineYearsIntro}</p>}
      <ul className="facet-list">
        {spans.map(({ first, last, count }) => (
          <li key={first}>
            <FacetLink href={hrefOf(timelineYearPath(script, first, tag?.key))} name={formatYearSpan(first, last, script)} count={current === null ? count : undefined} unit={text.events} current={current?.first === first ? 'page' : undefined} />
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The merged timeline, or one tag's: events under their year, each linking to the paragraph that
 * states it. Both name the article that states them at the head of each run of its events (an
 * event's words rarely say whose plan or result it is). The link is the date and the event's
 * words, nothing else: no class or wrapper per part, and the date in `<b>`, not `<time datetime>`
 * (the article page's own timeline keeps that): 30 to 50 bytes of every entry. A timeline too long
 * for one page shows its pages of years instead, and each of those its events.
 */
export default async function TimelinePage(props: Props) {
  const page = await resolve(props);
  const { script, tag, span } = page;
  const text = uiText(script);
  const all = eventsFor(script, tag);
  const index = indexedTimeline(script, tag);
  const spans = index.spans;
  const events = span !== null ? eventsOnIndexedPage(index, span, page.page) : spans.length > 0 ? [] : all;
  // A page of years links to its timeline's other pages relative to itself (`../2022/`); the front
  // pages keep whole paths (a handful of pages).
  const here = pathOf(page, script);
  const hrefOf = (path: string) => (span === null ? path : shortestHref(here, path));
  return (
    <>
      <SiteHeader script={script} otherScriptPath={pathOf(page, otherScript(script))} current="timeline" />
      <main id="main" className="browse archive-timeline">
        <h1>{headingOf(page)}</h1>
        <p className="lede">{text.archiveTimelineIntro}</p>
        <TagFilter script={script} current={tag} onSpanPage={span !== null} hrefOf={hrefOf} />
        <p className="count">
          {span === null ? all.length : span.count} {text.events}
        </p>
        {spans.length > 0 && <YearIndex script={script} tag={tag} spans={spans} current={span} hrefOf={hrefOf} />}
        {groupByYear(events).map((group) => (
          <section key={group.period} className="timeline-year" aria-labelledby={`year-${group.period}`}>
            <h2 id={`year-${group.period}`}>{formatDate(group.period, script)}</h2>
            <ol className="timeline-entries">
              {groupRunsBySource(group.items).flatMap((run) =>
                run.items.map(({ slug, event }, index) => (
                  <li key={`${slug}/${event.id}`}>
                    {index === 0 && <cite>{run.title}</cite>}
                    <a href={articleFragmentPath(script, slug, event.paragraphId)}>
                      <b>{formatDate(event.date, script)}</b>
                      {event.text}
                    </a>
                  </li>
                )),
              )}
            </ol>
          </section>
        ))}
        {span !== null && <Pager script={script} page={page.page} total={spanPageCount(span.count)} pathOf={(n) => hrefOf(timelineYearPath(script, span.first, tag?.key, n))} />}
      </main>
      <SiteFooter script={script} />
    </>
  );
}
