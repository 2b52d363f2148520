import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, formatSplit, readCorpus, readSecondLabels, readSplit, type CorpusArticle } from './eval/corpus';
import { createNameFolder, extractCorpusArticle, kindOfSpeaker } from './eval/extract';
import { addCounts, emptyCounts, metricsOf, scoreArticle, SPEAKER_KINDS, type ArticleScore, type Counts, type Miss, type SpeakerKind } from './eval/score';
import { parseEvalArgs } from './eval/args';
import { extendSplit, HALVES, type Half } from './eval/split';

/**
 * `npm run eval`: runs the real parser and extractors over the labelled corpus and prints, for the
 * development and the test half and for each outlet in them, how well quotes, speakers and timeline
 * events agree with the labels; then every miss of one half (`--half test`; default dev).
 * `--update-split` writes newly labelled ids into tests/corpus/split.json (existing ids never move).
 * `--corpus <dir>` scores another directory of the same layout instead (no halves; every miss listed); repeated, the
 * directories are scored as one group. `--no-misses` prints the summary rows only (an unread holdout stays unread).
 * `--against <dir>` scores a second labeller's labels of those articles in place of the extractor: how far two readers agree.
 */

const TARGETS = { speakerPrecision: 0.97, namedSpeakerRecall: 0.85, quoteF1: 0.93, timelineF1: 0.88 };

function percent(value: number | null): string {
  return value === null ? '   –' : `${(value * 100).toFixed(1).padStart(5)}%`;
}

function decimal(value: number | null): string {
  return value === null ? '  –  ' : value.toFixed(3);
}

const HEADER =
  'group'.padEnd(22) +
  'art  quotes P/R/F1          typed F1  speaker P (n)     named R (n)       timeline P/R/F1';

function row(name: string, articles: number, counts: Counts): string {
  const m = metricsOf(counts);
  const width = [...name].reduce((sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1), 0);
  return [
    name + ' '.repeat(Math.max(1, 22 - width)),
    String(articles).padStart(3),
    `  ${decimal(m.quotes.precision)}/${decimal(m.quotes.recall)}/${decimal(m.quotes.f1)}`,
    `  ${decimal(m.typedQuotes.f1)}`,
    `    ${percent(m.speakerPrecision)} (${counts.speakersRight}/${counts.speakersShown})`.padEnd(20),
    `${percent(m.namedSpeakerRecall)} (${counts.namedSpeakersFound}/${counts.namedSpeakers})`.padEnd(18),
    `${decimal(m.events.precision)}/${decimal(m.events.recall)}/${decimal(m.events.f1)}`,
  ].join('');
}

const KIND_NAMES: Readonly<Record<SpeakerKind, string>> = { person: 'named person', source: 'unnamed source', other: 'body or other' };

/** Where a group's precision and recall go: speaker precision by the kind of speaker shown, and what became of the named speakers not found. */
function breakdownLines(counts: Counts): string[] {
  const byKind = SPEAKER_KINDS.map((kind) => {
    const { shown, right } = counts.speakersByKind[kind];
    return `${KIND_NAMES[kind]} ${percent(shown === 0 ? null : right / shown).trim()} (${right}/${shown})`;
  });
  const missed = counts.namedMissed;
  const notFound = counts.namedSpeakers - counts.namedSpeakersFound;
  return [
    `speaker P by kind shown: ${byKind.join(', ')}`,
    `named speakers not found: ${notFound} of ${counts.namedSpeakers} (wrong speaker ${missed.wrongSpeaker}, no speaker ${missed.noSpeaker}, read as a term ${missed.readAsTerm}, quote missed ${missed.quoteMissed})`,
  ];
}

function describeMiss(id: string, miss: Miss): string {
  const where = `${id}:${miss.paragraph}`;
  const words = miss.text.length > 40 ? `${miss.text.slice(0, 40)}…` : miss.text;
  switch (miss.kind) {
    case 'wrong-speaker':
      return `${where} wrong speaker: ${miss.got} (label: ${miss.expected ?? 'none'}) 「${words}」`;
    case 'missed-speaker':
      return `${where} missed speaker: ${miss.expected} 「${words}」`;
    case 'wrong-kind':
      return `${where} kind ${miss.got}, label ${miss.expected} 「${words}」`;
    case 'missed-quote':
      return `${where} missed quote (${miss.expected}) 「${words}」`;
    case 'spurious-quote':
      return `${where} spurious quote (${miss.got}) 「${words}」`;
    case 'missed-event':
      return `${where} missed event ${miss.expected} ${words}`;
    case 'spurious-event':
      return `${where} spurious event ${miss.got} ${words}`;
    default:
      return miss.kind satisfies never;
  }
}

type Extract = (article: CorpusArticle) => ReturnType<typeof extractCorpusArticle>;

/** Runs the real parser over every article and scores it; an article the parser rejects is reported and left out. */
function scoreArticles(articles: readonly CorpusArticle[], extract: Extract = extractCorpusArticle): { scores: Map<string, ArticleScore>; failed: boolean } {
  const fold = createNameFolder();
  const scores = new Map<string, ArticleScore>();
  let failed = false;
  for (const article of articles) {
    const extracted = extract(article);
    if (!extracted.ok) {
      failed = true;
      for (const problem of extracted.problems) process.stderr.write(`${problem}\n`);
      continue;
    }
    scores.set(article.label.id, scoreArticle(article.label, extracted.extraction, fold, kindOfSpeaker));
  }
  return { scores, failed };
}

/** One group's rows: a row per outlet, the group's total and whether it meets the targets. */
function summaryLines(title: string, total: string, ids: readonly string[], byId: ReadonlyMap<string, CorpusArticle>, scores: ReadonlyMap<string, ArticleScore>): string[] {
  const scored = ids.filter((id) => scores.has(id));
  const countsOf = (some: readonly string[]) => some.reduce((sum, id) => addCounts(sum, scores.get(id)?.counts ?? emptyCounts()), emptyCounts());
  const outlets = [...new Set(scored.map((id) => byId.get(id)?.label.outlet ?? ''))].sort();
  const out = [`\n== ${title}: ${scored.length} articles ==`, HEADER];
  for (const outlet of outlets) {
    const mine = scored.filter((id) => byId.get(id)?.label.outlet === outlet);
    out.push(row(outlet, mine.length, countsOf(mine)));
  }
  const counts = countsOf(scored);
  out.push(row(total, scored.length, counts), ...breakdownLines(counts));
  const m = metricsOf(counts);
  const met = (value: number | null, target: number) => (value !== null && value >= target ? 'met' : 'NOT met');
  out.push(
    `targets: speaker P ≥ 97% ${met(m.speakerPrecision, TARGETS.speakerPrecision)}, named R ≥ 85% ${met(m.namedSpeakerRecall, TARGETS.namedSpeakerRecall)}, ` +
      `quote F1 ≥ 0.93 ${met(m.quotes.f1, TARGETS.quoteF1)} (typed ${met(m.typedQuotes.f1, TARGETS.quoteF1)}), timeline F1 ≥ 0.88 ${met(m.events.f1, TARGETS.timelineF1)}`,
  );
  return out;
}

function missLines(title: string, ids: readonly string[], scores: ReadonlyMap<string, ArticleScore>): string[] {
  return [`\n== misses, ${title} ==`, ...ids.flatMap((id) => (scores.get(id)?.misses ?? []).map((miss) => describeMiss(id, miss)))];
}

/**
 * Scores other directories of the corpus's layout (fresh holdouts, a review sample) as one group:
 * they have no halves, so all of their misses are listed, unless only the summary is asked for.
 */
function evaluateDirectories(dirs: readonly string[], listMisses: boolean, againstDir: string | null): number {
  const read = dirs.map((dir) => readCorpus(dir));
  const labelled = read.flatMap((corpus) => corpus.articles);
  const second = againstDir === null ? null : readSecondLabels(againstDir, labelled);
  // Against a second labeller, only the articles it labelled are scored, its labels standing in for the extractor's output.
  const articles = second === null ? labelled : labelled.filter((article) => second.labels.has(article.label.id));
  const problems = [...read.flatMap((corpus) => corpus.problems), ...(second?.problems ?? [])];
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  const { scores, failed } = scoreArticles(articles, second === null ? extractCorpusArticle : (article) => ({ ok: true, extraction: second.labels.get(article.label.id)! }));
  const byId = new Map<string, CorpusArticle>(articles.map((article) => [article.label.id, article]));
  const ids = articles.map((article) => article.label.id);
  const title = againstDir === null ? dirs.join(' + ') : `${dirs.join(' + ')}, second labeller ${againstDir} scored as the extraction`;
  process.stdout.write(`${[...summaryLines(title, 'all', ids, byId, scores), ...(listMisses ? missLines(title, ids, scores) : [])].join('\n')}\n`);
  return failed || problems.length > 0 ? 1 : 0;
}

function evaluateCorpus(listed: Half, updateSplit: boolean, listMisses: boolean): number {
  const { articles, problems } = readCorpus();
  for (const problem of problems) process.stderr.write(`${problem}\n`);

  const stored = readSplit();
  const split = extendSplit(stored, articles.map(({ label }) => ({ id: label.id, outlet: label.outlet, region: label.region })));
  const unassigned = articles.length - stored.dev.length - stored.test.length;
  if (updateSplit) writeFileSync(join(CORPUS_DIR, 'split.json'), formatSplit(split));
  else if (unassigned > 0) process.stderr.write(`${unassigned} article(s) not in split.json yet, assigned by its rule for this run (npm run eval -- --update-split to record)\n`);

  const { scores, failed } = scoreArticles(articles);
  const byId = new Map<string, CorpusArticle>(articles.map((article) => [article.label.id, article]));
  const out = HALVES.flatMap((half) => summaryLines(`${half} half`, `all ${half}`, split[half], byId, scores));
  if (listMisses) out.push(...missLines(`${listed} half`, split[listed], scores));
  process.stdout.write(`${out.join('\n')}\n`);
  return failed || problems.length > 0 ? 1 : 0;
}

function main(argv: readonly string[]): number {
  const parsed = parseEvalArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n`);
    return 2;
  }
  const { corpusDirs, listedHalf, updateSplit, listMisses, againstDir } = parsed.options;
  return corpusDirs.length === 0 ? evaluateCorpus(listedHalf, updateSplit, listMisses) : evaluateDirectories(corpusDirs, listMisses, againstDir);
}

process.exitCode = main(process.argv.slice(2));
