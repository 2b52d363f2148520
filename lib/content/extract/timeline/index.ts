import type { LocatedParagraph, TimelineEvent } from '../../model';
import { compareEventDates, parsePublished } from '../dates';
import { clauseStart, eventClause } from './clauses';
import { briefDateline, datelineAnchors, datelineEnd, datelineEvent, filingDate, HEADLINE_AFTER_DATELINE, isBylineStamp, isOnlyDateline, isReporterByline } from './datelines';
import { confidentParagraph } from './confidence';
import { firstOfEachPeriod } from './dedupe';
import { countsRepublicYears } from './era';
import { dateParagraph, type Anchors, type DatedParagraph } from './paragraph';
import { REPORTING_VERB } from './plans';
import { boxMonthDate, isDayItem, monthHeading } from './boxes';
import type { PublishedDate } from '../date-types';

export { compareEventDates } from '../dates';
export { isComparisonBaseline, isEditionOfWork } from './baselines';
export { clauseStart, eventClause, isClauseBoundary, trimClause } from './clauses';
export { isBareRelativeYear } from './mentions';
export { isForecastOfResults } from './outlooks';
export { isForwardLooking } from './plans';
export { isYearToDate } from './spans';

/**
 * The timeline: every statement the text anchors to a date. Dates are found and resolved in
 * `dates.ts`; this module decides which mentions are events, what year context each one gets
 * (in document order, because `同年` means the year named last), and which clause states it.
 */


/** A reporting verb ending the clause before (`黃天牧4日表示，`): what follows is what was said. */
const REPORTED_BEFORE = new RegExp(`(?:${REPORTING_VERB.source})\\s*[，,：:]$`);

/**
 * Whether a time no timeline date holds (`2000年代初`, `本週`) ends the clause of the event before
 * it: it does (`1994年在港上市，2000年代初進軍內地`), except in what someone is reported to say
 * (`4日表示，本週將公布…`), which belongs to the saying.
 */
function endsClauseBefore(text: string, undatedStart: number): boolean {
  return !REPORTED_BEFORE.test(text.slice(0, clauseStart(text, undatedStart)));
}

/** Turns one paragraph's dated mentions into events, numbered in text order; a clause ends where another time begins (see `endsClauseBefore`), and starts after the dateline (`from`). */
function paragraphEvents(paragraph: LocatedParagraph, { dated, undatedStarts }: DatedParagraph, from: number): TimelineEvent[] {
  const cuts = undatedStarts.filter((start) => endsClauseBefore(paragraph.text, start));
  const starts = [...dated.map(({ mention }) => mention.start), ...cuts].sort((a, b) => a - b);
  return firstOfEachPeriod(dated).map(({ mention, date }, index) => ({
    id: `${paragraph.paragraphId}-t${index + 1}`,
    date,
    dateText: mention.text,
    text: eventClause(paragraph.text, mention, starts, from),
    sectionId: paragraph.sectionId,
    paragraphId: paragraph.paragraphId,
    checked: false,
  }));
}

/** Sorts events chronologically (see `compareEventDates`), keeping document order among equals. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event, order) => ({ event, order }))
    .sort((a, b) => compareEventDates(a.event.date, b.event.date) || a.order - b.order)
    .map(({ event }) => event);
}

/** Extracts every dated event the text anchors to a date, sorted by date then document order. */
export function extractTimeline(paragraphs: LocatedParagraph[], published: string): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  let anchors: Anchors = { year: null, month: null, day: null };
  // Only the copy's opening can carry a dateline.
  const opening = paragraphs[0]?.text ?? '';
  const dateline = datelineEnd(opening);
  const publication = filingDate(opening, dateline, parsePublished(published));
  anchors = datelineAnchors(opening, dateline, publication) ?? anchors;
  const republicYears = countsRepublicYears(paragraphs.map((paragraph) => paragraph.text));
  // The month a timeline box's heading names (`2007年7月：`), for the items under it that open on a bare day.
  let boxMonth: PublishedDate | null = null;
  // Paragraphs in document order: `同年` means the year named last before it.
  paragraphs.forEach((paragraph, index) => {
    // A dateline standing alone after the opening (`中青在线北京4月25日电` closing the copy) says when it was filed, no happening.
    if ((index > 0 && isOnlyDateline(paragraph.text)) || isBylineStamp(paragraph.text)) return;
    const heading = index > 0 ? monthHeading(paragraph.text, anchors.year ?? publication.year) : null;
    boxMonth = heading !== null ? boxMonthDate(heading) : isDayItem(paragraph.text) ? boxMonth : null;
    // A heading whose items carry their own days is no happening: each item is.
    if (heading !== null && isDayItem(paragraphs[index + 1]?.text ?? '')) return;
    // A dateline opening on a headline (`新华社北京1月28日电 题： 2026年中国AI发展趋势前瞻`): the headline's dates are its title, no happening.
    const headline = index === 0 && dateline > 0 && HEADLINE_AFTER_DATELINE.test(paragraph.text.slice(dateline));
    const from = index === 0 ? (headline ? paragraph.text.length : dateline) : 0;
    // A digest's brief (`8月12日消息，百度今天…`) counts its own days from the day it was filed; a box's item, from its month.
    const filed = boxMonth ?? briefDateline(paragraph.text, publication)?.filed ?? publication;
    const result = confidentParagraph(paragraph.text, dateParagraph(paragraph.text, filed, anchors, from, republicYears), filed);
    anchors = result.anchors;
    // Ids are given per paragraph before sorting, so they do not move when the order changes.
    const own = paragraphEvents(paragraph, result, from);
    // The lead under a headline is the next paragraph that is more than a reporter's byline (记者 吴涛).
    const nextLead = headline ? paragraphs.slice(1).find((next) => !isReporterByline(next.text))?.text : undefined;
    const lead = index === 0 && dateline > 0 ? datelineEvent(paragraph, dateline, publication, own, nextLead) : null;
    events.push(...(lead === null ? own : [lead, ...own]));
  });
  return sortEvents(events);
}
