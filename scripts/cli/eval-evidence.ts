import { parseArticle } from '../../lib/content/parse-article';
import type { LocatedParagraph } from '../../lib/content/model';
import { extractQuotes, type AttributionNotes } from '../../lib/content/extract/quotes';
import { refuseWeakAttributions, type SpeakerAssessments } from '../../lib/content/extract/speakers/confidence';
import { toArticleSource } from './eval/article-source';
import { readCorpus, readSplit, type CorpusArticle } from './eval/corpus';
import { createNameFolder } from './eval/extract';

/**
 * `npx tsx scripts/cli/eval-evidence.ts [--dev] [<corpus dir>…]`: how often the speaker shown is
 * right, by how the extractor found it (named in the clause, through a reference, carried over)
 * and where the confidence gate saw its evidence (the quote's sentence, its paragraph, the
 * paragraph before…). Also what each refusal of the gate withheld: right speakers lost against
 * wrong ones avoided. It is the table to read before making the gate stricter or looser: a class
 * whose speakers are often wrong on development copy is the one to withhold.
 * Never run it on a holdout whose figures are meant to stay unseen.
 */

interface Tally { shown: number; right: number }

function add(table: Map<string, Tally>, key: string, right: boolean): void {
  const tally = table.get(key) ?? { shown: 0, right: 0 };
  tally.shown += 1;
  if (right) tally.right += 1;
  table.set(key, tally);
}

function articlesOf(args: readonly string[]): CorpusArticle[] {
  const articles: CorpusArticle[] = [];
  if (args.includes('--dev')) {
    const dev = new Set(readSplit().dev);
    articles.push(...readCorpus().articles.filter((article) => dev.has(article.label.id)));
  }
  for (const dir of args.filter((arg) => !arg.startsWith('--'))) articles.push(...readCorpus(dir).articles);
  return articles;
}

function main(args: readonly string[]): number {
  const articles = articlesOf(args);
  if (articles.length === 0) {
    process.stderr.write('usage: eval-evidence.ts [--dev] [<corpus dir>…]\n');
    return 2;
  }
  const fold = createNameFolder();
  const shown = new Map<string, Tally>();
  const withheld = new Map<string, Tally>();
  for (const article of articles) {
    const { label } = article;
    const parsed = parseArticle(`${label.id}.md`, toArticleSource({ ...article, ...label, title: article.title }));
    if (!parsed.ok) continue;
    const lineOfParagraph = article.body.flatMap((line, index) => (line.trim() === '' ? [] : [index + 1]));
    const paragraphs: LocatedParagraph[] = parsed.article.sections.flatMap((section) =>
      section.paragraphs.map((paragraph) => ({ sectionId: section.id, paragraphId: paragraph.id, text: paragraph.text })),
    );
    const lineOf = new Map(paragraphs.map((paragraph, index) => [paragraph.paragraphId, lineOfParagraph[index] ?? 0]));
    const notes: AttributionNotes = new Map();
    const assessments: SpeakerAssessments = new Map();
    refuseWeakAttributions(extractQuotes(paragraphs, notes), paragraphs, assessments, notes);
    for (const quote of parsed.article.quotes) {
      const line = lineOf.get(quote.paragraphId) ?? 0;
      const labelled = label.quotes.find((candidate) => candidate.paragraph === line && candidate.text === quote.text);
      if (labelled === undefined || quote.kind !== 'speech') continue;
      const assessment = assessments.get(quote.id);
      const isRight = (name: string) => labelled.kind === 'speech' && labelled.speaker !== null && fold(labelled.speaker) === fold(name);
      if (quote.speaker !== null) {
        add(shown, `${notes.get(quote.id) ?? 'named'} / ${assessment?.evidence ?? '?'}`, isRight(quote.speaker));
      } else if (assessment?.refusal) {
        add(withheld, assessment.refusal, isRight(assessment.speaker));
      }
    }
  }
  const lines = [`${articles.length} articles`, '', 'speakers shown, by basis / evidence: shown, right, precision'];
  const sorted = (table: Map<string, Tally>) => [...table].sort((a, b) => b[1].shown - a[1].shown);
  for (const [key, tally] of sorted(shown)) lines.push(`  ${key.padEnd(32)} ${String(tally.shown).padStart(4)} ${String(tally.right).padStart(4)}  ${((tally.right / tally.shown) * 100).toFixed(1)}%`);
  lines.push('', 'speakers withheld by the gate, by refusal: withheld, of them right (recall lost)');
  for (const [key, tally] of sorted(withheld)) lines.push(`  ${key.padEnd(32)} ${String(tally.shown).padStart(4)} ${String(tally.right).padStart(4)}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
