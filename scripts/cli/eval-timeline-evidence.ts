import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanDateMentions, type DateMention } from '../../lib/content/extract/dates';
import { extractTimeline } from '../../lib/content/extract/timeline';
import { readCorpus, readSplit, type CorpusArticle } from './eval/corpus';
import { createNameFolder, extractCorpusArticle } from './eval/extract';
import { scoreArticle, type Extraction, type ScoredEvent } from './eval/score';

/**
 * `npx tsx scripts/cli/eval-timeline-evidence.ts [--dev] [--review] [--show | --show-right] [<corpus dir>…]`: how often
 * a timeline event shown is right, by the shape of its date text (bare year, 今年, year and month, weekday,
 * range, 年度…) and by the form the scanner read it as (`calendar/absolute/year`, `weekday`, …), with the
 * labelled events missed per shape. Right and wrong are the eval's own (`scoreArticle`: paragraph and date).
 * `--review` adds tests/fixtures/timeline-review (judged events in place of labels); `--show` lists the
 * wrong and missed events under each shape, `--show-right` the right ones too. It is the table to read before making a rule stricter:
 * a shape whose events are often wrong across sources is the one to tighten.
 * Never run it on a holdout whose figures are meant to stay unseen.
 */

interface Tally { shown: number; right: number; missed: number; examples: string[]; rightExamples: string[] }

/** The shape of a date as written: what a reader sees before any context. */
export function shapeOf(dateText: string): string {
  const text = dateText.normalize('NFKC').replace(/\s+/g, '');
  if (/年度|財年|财年|FY/i.test(text)) return 'fiscal / 年度';
  if (/\d\s*[-~至到—–]\s*\d/.test(text)) return 'range';
  if (/(?:周|週|星期|禮拜|礼拜)[一二三四五六日天]/.test(text)) return 'weekday';
  if (/^(?:今|昨|前|明|尋|噚)\s*(?:\(\d+\))?\s*(?:日|天)/.test(text)) return 'today / yesterday';
  if (/^(?:同|當|当|次|翌|隔|第二)/.test(text)) return 'anchored (同年, 當日…)';
  if (/^(?:上|本|下)(?:個|个)?(?:月|週|周)/.test(text)) return 'month / week offset';
  if (/年中/.test(text)) return 'N年中';
  if (/(?:今|去|明|前)年/.test(text)) {
    if (/(?:今|去|明|前)年(?:\(\d+\))?$/.test(text)) return 'relative year (今年)';
    if (/半年|季|[初底末]|全年|Q\d|H\d/.test(text)) return 'relative year + part';
    return 'relative year + month/day';
  }
  if (/半年|季|Q\d|H\d/.test(text)) return /\d{2,4}年/.test(text) ? 'year + half/quarter' : 'bare half/quarter';
  if (/年[初底末]|全年/.test(text)) return 'year + early/late';
  if (/\d+年\d+月\d+[日號号]/.test(text)) return 'full date';
  if (/\d+年\d+月/.test(text)) return 'year + month';
  if (/^\d{2,4}年?$/.test(text)) return 'bare year';
  if (/^\d+月\d+[日號号]/.test(text)) return 'month + day';
  if (/^\d+月/.test(text)) return 'bare month';
  if (/^\d+[日號号]/.test(text)) return 'bare day';
  if (/[上下中]午|早上|晚上|晚間|晚间|凌晨|GMT/.test(text)) return 'time of day';
  return 'other';
}

/** The form the scanner reads the date text as, standing in for the rule that found it. */
function formOf(dateText: string): string {
  const mention: DateMention | undefined = scanDateMentions(dateText)[0];
  if (mention === undefined) return '(dateline or unscanned)';
  if (mention.kind !== 'calendar') return mention.kind;
  return `calendar/${mention.year.kind}/${mention.period.unit}`;
}

function tallyOf(table: Map<string, Tally>, key: string): Tally {
  const tally = table.get(key) ?? { shown: 0, right: 0, missed: 0, examples: [], rightExamples: [] };
  table.set(key, tally);
  return tally;
}

/** One source's articles, as labelled and as extracted, named for the examples. */
interface Scored { id: string; published: string; labelled: Extraction; extracted: Extraction }

function corpusScored(articles: readonly CorpusArticle[]): Scored[] {
  return articles.flatMap((article) => {
    const result = extractCorpusArticle(article);
    if (!result.ok) return [];
    return [{ id: article.label.id, published: article.label.published, labelled: { quotes: [], events: article.label.events }, extracted: { quotes: [], events: result.extraction.events } }];
  });
}

const REVIEW_DIR = 'tests/fixtures/timeline-review';

/** The timeline review fixture: judged events stand in for labels. */
function reviewScored(): Scored[] {
  const judgements = JSON.parse(readFileSync(join(REVIEW_DIR, 'judgements.json'), 'utf8')) as Record<string, { published: string; events: ScoredEvent[] }>;
  return readdirSync(join(REVIEW_DIR, 'articles')).sort().flatMap((name) => {
    const id = name.replace(/\.txt$/, '');
    const judged = judgements[id];
    if (judged === undefined) return [];
    const [, ...body] = readFileSync(join(REVIEW_DIR, 'articles', name), 'utf8').replace(/\n$/, '').split('\n');
    const located = body.map((text, index) => ({ sectionId: 's', paragraphId: `p${index + 1}`, text }));
    const events = extractTimeline(located, judged.published).map((event) => ({ paragraph: Number(event.paragraphId.slice(1)), date: event.date, dateText: event.dateText }));
    return [{ id, published: judged.published, labelled: { quotes: [], events: judged.events }, extracted: { quotes: [], events } }];
  });
}

function sources(args: readonly string[]): [string, Scored[]][] {
  const result: [string, Scored[]][] = [];
  if (args.includes('--dev')) {
    const dev = new Set(readSplit().dev);
    result.push(['dev', corpusScored(readCorpus().articles.filter((article) => dev.has(article.label.id)))]);
  }
  for (const dir of args.filter((arg) => !arg.startsWith('--'))) result.push([dir, corpusScored(readCorpus(dir).articles)]);
  if (args.includes('--review')) result.push([REVIEW_DIR, reviewScored()]);
  return result;
}

/** Tallies one source by shape and by form: right events, spurious ones (from the eval's misses) and missed labels. */
function tabulate(scored: readonly Scored[]): { byShape: Map<string, Tally>; byForm: Map<string, Tally> } {
  const fold = createNameFolder();
  const byShape = new Map<string, Tally>();
  const byForm = new Map<string, Tally>();
  for (const { id, published, labelled, extracted } of scored) {
    const { misses } = scoreArticle(labelled, extracted, fold, () => 'other');
    const spurious = misses.filter((miss) => miss.kind === 'spurious-event').map((miss) => `${miss.paragraph}\u0000${miss.got}\u0000${miss.text}`);
    for (const event of extracted.events) {
      const key = `${event.paragraph}\u0000${event.date}\u0000${event.dateText}`;
      const at = spurious.indexOf(key);
      if (at !== -1) spurious.splice(at, 1);
      for (const tally of [tallyOf(byShape, shapeOf(event.dateText)), tallyOf(byForm, formOf(event.dateText))]) {
        tally.shown += 1;
        if (at === -1) {
          tally.right += 1;
          tally.rightExamples.push(`    right  ${id}:${event.paragraph} ${event.dateText} → ${event.date}`);
        } else tally.examples.push(`    wrong  ${id}:${event.paragraph} ${event.dateText} → ${event.date} (published ${published})`);
      }
    }
    for (const miss of misses.filter((candidate) => candidate.kind === 'missed-event')) {
      for (const tally of [tallyOf(byShape, shapeOf(miss.text)), tallyOf(byForm, formOf(miss.text))]) {
        tally.missed += 1;
        tally.examples.push(`    missed ${id}:${miss.paragraph} ${miss.text} → ${miss.expected} (published ${published})`);
      }
    }
  }
  return { byShape, byForm };
}

function render(title: string, table: Map<string, Tally>, show: boolean, showRight = false): string[] {
  const lines = [title, `  ${'class'.padEnd(34)} shown right  prec  missed`];
  for (const [key, tally] of [...table].sort((a, b) => b[1].shown - a[1].shown)) {
    const precision = tally.shown === 0 ? '  –  ' : (tally.right / tally.shown).toFixed(3);
    lines.push(`  ${key.padEnd(34)} ${String(tally.shown).padStart(5)} ${String(tally.right).padStart(5)} ${precision} ${String(tally.missed).padStart(5)}`);
    if (show) lines.push(...tally.examples);
    if (showRight) lines.push(...tally.rightExamples);
  }
  return lines;
}

function main(args: readonly string[]): number {
  const chosen = sources(args);
  if (chosen.length === 0) {
    process.stderr.write('usage: eval-timeline-evidence.ts [--dev] [--review] [--show] [<corpus dir>…]\n');
    return 2;
  }
  const showRight = args.includes('--show-right');
  const show = showRight || args.includes('--show');
  const lines: string[] = [];
  for (const [name, scored] of chosen) {
    const { byShape, byForm } = tabulate(scored);
    const total = [...byShape.values()].reduce((sum, tally) => ({ shown: sum.shown + tally.shown, right: sum.right + tally.right, missed: sum.missed + tally.missed }), { shown: 0, right: 0, missed: 0 });
    const overall = `all: shown ${total.shown}, right ${total.right}, missed ${total.missed}: P ${(total.right / total.shown).toFixed(3)}, R ${(total.right / (total.right + total.missed)).toFixed(3)}`;
    lines.push(`== ${name}: ${scored.length} articles ==`, overall, ...render('events by shape of the date text', byShape, show, showRight), '', ...render('events by form read (the rule that found them)', byForm, false), '');
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
