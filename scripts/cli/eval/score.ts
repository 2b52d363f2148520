/**
 * Scores extracted quotes and timeline events against hand labels. Pure: no files, no parser, no
 * converter (names are folded by the function the caller passes), so the metric is tested on
 * tiny synthetic pairs and cannot drift silently.
 */

export interface ScoredQuote {
  /** 1-based body line (the title is not counted). */
  paragraph: number;
  text: string;
  kind: 'speech' | 'term';
  speaker: string | null;
  role: string | null;
}

export interface ScoredEvent {
  paragraph: number;
  date: string;
  dateText: string;
}

/** One article's quotes and events, labelled or extracted: both sides have the same shape. */
export interface Extraction {
  quotes: readonly ScoredQuote[];
  events: readonly ScoredEvent[];
}

export interface Tally { tp: number; fp: number; fn: number }

export interface Counts {
  /** Quotes matched by paragraph and text. */
  quotes: Tally;
  /** Quotes matched by paragraph, text and kind (speech or term). */
  typedQuotes: Tally;
  /** Matched quotes on which a speaker is shown. */
  speakersShown: number;
  /** Of those, the ones whose speaker is the labelled one. */
  speakersRight: number;
  /** Labelled speech with a speaker. */
  namedSpeakers: number;
  /** Of those, the ones extracted with that speaker. */
  namedSpeakersFound: number;
  /** Shown speakers, and the right ones among them, by the kind of speaker shown. */
  speakersByKind: Record<SpeakerKind, { shown: number; right: number }>;
  /** Where the labelled named speakers that were not found went. */
  namedMissed: { wrongSpeaker: number; noSpeaker: number; readAsTerm: number; quoteMissed: number };
  /** Events matched by paragraph and date. */
  events: Tally;
}

/**
 * The kind of a shown speaker: a person by name (张建平, 阿真, Martyn Davies), an unnamed source
 * (知情人士, 某券商分析师), or anything else (a body, a document). Precision is told apart by kind
 * because the kinds fail differently on unseen copy.
 */
export type SpeakerKind = 'person' | 'source' | 'other';
export const SPEAKER_KINDS: readonly SpeakerKind[] = ['person', 'source', 'other'];
export type KindOfSpeaker = (speaker: string) => SpeakerKind;

export type MissKind =
  | 'missed-quote'
  | 'spurious-quote'
  | 'wrong-kind'
  | 'wrong-speaker'
  | 'missed-speaker'
  | 'missed-event'
  | 'spurious-event';

export interface Miss {
  kind: MissKind;
  paragraph: number;
  /** The quote's words or the event's date text. */
  text: string;
  expected: string | null;
  got: string | null;
}

export interface ArticleScore { counts: Counts; misses: Miss[] }

export type FoldName = (name: string) => string;

export function emptyCounts(): Counts {
  return {
    quotes: { tp: 0, fp: 0, fn: 0 },
    typedQuotes: { tp: 0, fp: 0, fn: 0 },
    speakersShown: 0,
    speakersRight: 0,
    namedSpeakers: 0,
    namedSpeakersFound: 0,
    speakersByKind: { person: { shown: 0, right: 0 }, source: { shown: 0, right: 0 }, other: { shown: 0, right: 0 } },
    namedMissed: { wrongSpeaker: 0, noSpeaker: 0, readAsTerm: 0, quoteMissed: 0 },
    events: { tp: 0, fp: 0, fn: 0 },
  };
}

/** Pairs items by key, each at most once, in order: duplicates pair up one for one. */
function pairByKey<L, R>(left: readonly L[], right: readonly R[], keyOfLeft: (item: L) => string, keyOfRight: (item: R) => string) {
  const unpaired = new Map<string, R[]>();
  for (const item of right) {
    const key = keyOfRight(item);
    unpaired.set(key, [...(unpaired.get(key) ?? []), item]);
  }
  const pairs: [L, R][] = [];
  const onlyLeft: L[] = [];
  for (const item of left) {
    const match = unpaired.get(keyOfLeft(item))?.shift();
    if (match === undefined) onlyLeft.push(item);
    else pairs.push([item, match]);
  }
  const onlyRight = [...unpaired.values()].flat();
  return { pairs, onlyLeft, onlyRight };
}

const quoteKey = (quote: ScoredQuote) => `${quote.paragraph}\u0000${quote.text}`;
const eventKey = (event: ScoredEvent) => `${event.paragraph}\u0000${event.date}`;

/** Scores one article's extraction against its labels, listing every disagreement. */
export function scoreArticle(labelled: Extraction, extracted: Extraction, fold: FoldName, kindOf: KindOfSpeaker): ArticleScore {
  const counts = emptyCounts();
  const misses: Miss[] = [];
  const sameName = (a: string, b: string) => fold(a) === fold(b);

  const quotes = pairByKey(labelled.quotes, extracted.quotes, quoteKey, quoteKey);
  counts.quotes = { tp: quotes.pairs.length, fp: quotes.onlyRight.length, fn: quotes.onlyLeft.length };
  for (const label of quotes.onlyLeft) misses.push({ kind: 'missed-quote', paragraph: label.paragraph, text: label.text, expected: label.kind, got: null });
  for (const found of quotes.onlyRight) misses.push({ kind: 'spurious-quote', paragraph: found.paragraph, text: found.text, expected: null, got: found.kind });

  const typed = counts.typedQuotes;
  typed.fp += quotes.onlyRight.length;
  typed.fn += quotes.onlyLeft.length;
  for (const [label, found] of quotes.pairs) {
    if (label.kind === found.kind) typed.tp += 1;
    else {
      typed.fp += 1;
      typed.fn += 1;
      misses.push({ kind: 'wrong-kind', paragraph: label.paragraph, text: label.text, expected: label.kind, got: found.kind });
    }
    const shown = found.kind === 'speech' ? found.speaker : null;
    const right = shown !== null && label.kind === 'speech' && label.speaker !== null && sameName(shown, label.speaker);
    if (shown !== null) {
      const byKind = counts.speakersByKind[kindOf(shown)];
      counts.speakersShown += 1;
      byKind.shown += 1;
      if (right) {
        counts.speakersRight += 1;
        byKind.right += 1;
      } else misses.push({ kind: 'wrong-speaker', paragraph: label.paragraph, text: label.text, expected: label.speaker, got: shown });
    }
    if (label.kind === 'speech' && label.speaker !== null) {
      counts.namedSpeakers += 1;
      if (right) counts.namedSpeakersFound += 1;
      else if (shown !== null) counts.namedMissed.wrongSpeaker += 1;
      else {
        if (found.kind === 'term') counts.namedMissed.readAsTerm += 1;
        else counts.namedMissed.noSpeaker += 1;
        misses.push({ kind: 'missed-speaker', paragraph: label.paragraph, text: label.text, expected: label.speaker, got: null });
      }
    }
  }
  for (const label of quotes.onlyLeft) {
    if (label.kind !== 'speech' || label.speaker === null) continue;
    counts.namedSpeakers += 1;
    counts.namedMissed.quoteMissed += 1;
  }

  const events = pairByKey(labelled.events, extracted.events, eventKey, eventKey);
  counts.events = { tp: events.pairs.length, fp: events.onlyRight.length, fn: events.onlyLeft.length };
  for (const label of events.onlyLeft) misses.push({ kind: 'missed-event', paragraph: label.paragraph, text: label.dateText, expected: label.date, got: null });
  for (const found of events.onlyRight) misses.push({ kind: 'spurious-event', paragraph: found.paragraph, text: found.dateText, expected: null, got: found.date });

  misses.sort((a, b) => a.paragraph - b.paragraph);
  return { counts, misses };
}

/** Sums counts over articles. */
export function addCounts(total: Counts, more: Counts): Counts {
  const add = (a: Tally, b: Tally): Tally => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
  return {
    quotes: add(total.quotes, more.quotes),
    typedQuotes: add(total.typedQuotes, more.typedQuotes),
    speakersShown: total.speakersShown + more.speakersShown,
    speakersRight: total.speakersRight + more.speakersRight,
    namedSpeakers: total.namedSpeakers + more.namedSpeakers,
    namedSpeakersFound: total.namedSpeakersFound + more.namedSpeakersFound,
    speakersByKind: Object.fromEntries(
      SPEAKER_KINDS.map((kind) => [kind, { shown: total.speakersByKind[kind].shown + more.speakersByKind[kind].shown, right: total.speakersByKind[kind].right + more.speakersByKind[kind].right }]),
    ) as Counts['speakersByKind'],
    namedMissed: {
      wrongSpeaker: total.namedMissed.wrongSpeaker + more.namedMissed.wrongSpeaker,
      noSpeaker: total.namedMissed.noSpeaker + more.namedMissed.noSpeaker,
      readAsTerm: total.namedMissed.readAsTerm + more.namedMissed.readAsTerm,
      quoteMissed: total.namedMissed.quoteMissed + more.namedMissed.quoteMissed,
    },
    events: add(total.events, more.events),
  };
}

/** A ratio, or null when there is nothing to measure (0 of 0 is no evidence either way). */
function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export interface Rates { precision: number | null; recall: number | null; f1: number | null }

export function ratesOf({ tp, fp, fn }: Tally): Rates {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface Metrics {
  quotes: Rates;
  typedQuotes: Rates;
  speakerPrecision: number | null;
  namedSpeakerRecall: number | null;
  events: Rates;
}

export function metricsOf(counts: Counts): Metrics {
  return {
    quotes: ratesOf(counts.quotes),
    typedQuotes: ratesOf(counts.typedQuotes),
    speakerPrecision: ratio(counts.speakersRight, counts.speakersShown),
    namedSpeakerRecall: ratio(counts.namedSpeakersFound, counts.namedSpeakers),
    events: ratesOf(counts.events),
  };
}
