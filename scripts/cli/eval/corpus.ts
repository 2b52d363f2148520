import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { EVENT_DATE_PATTERN, LANGUAGES, PARTIAL_DATE_PATTERN } from '../../../lib/content/model';
import { HALVES, type Split } from './split';

/**
 * The labelled corpus in tests/corpus: `articles/<id>.txt` (line 1 the title, then one source
 * paragraph per line) and `labels/<id>.json` (the labels, written by hand after LABELS.md).
 */

export const CORPUS_DIR = 'tests/corpus';

const labelledQuoteSchema = z.object({
  paragraph: z.number().int().positive(),
  text: z.string(),
  kind: z.enum(['speech', 'term']),
  speaker: z.string().min(1).nullable(),
  role: z.string().min(1).nullable(),
});

const labelledEventSchema = z.object({
  paragraph: z.number().int().positive(),
  date: z.string().regex(EVENT_DATE_PATTERN),
  dateText: z.string(),
});

export const labelSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  outlet: z.string().min(1),
  via: z.string().nullable().optional(),
  // The archive takes only an absolute address as a source's url; a bare slug would drop the article from every figure.
  url: z.string().regex(/^https?:\/\/./u, 'must be an absolute http(s) URL').nullable().optional(),
  published: z.string().regex(PARTIAL_DATE_PATTERN),
  language: z.enum(LANGUAGES),
  region: z.string().min(1),
  genre: z.string().optional(),
  author: z.string().nullable().optional(),
  quotes: z.array(labelledQuoteSchema),
  events: z.array(labelledEventSchema),
});

export type Label = z.output<typeof labelSchema>;

export const splitSchema = z.object({ dev: z.array(z.string()), test: z.array(z.string()) });

export interface CorpusArticle {
  label: Label;
  title: string;
  /** The body lines, in order: paragraph n of the labels is `body[n - 1]`. */
  body: string[];
}

/** Reads every labelled article; an article without labels (or labels without text) is a problem, reported by id. */
export function readCorpus(dir = CORPUS_DIR): { articles: CorpusArticle[]; problems: string[] } {
  const problems: string[] = [];
  const articles: CorpusArticle[] = [];
  const ids = readdirSync(join(dir, 'labels'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
  for (const id of ids) {
    const labelPath = join(dir, 'labels', `${id}.json`);
    const textPath = join(dir, 'articles', `${id}.txt`);
    if (!existsSync(textPath)) {
      problems.push(`${labelPath}: no article text at ${textPath}`);
      continue;
    }
    const parsed = labelSchema.safeParse(JSON.parse(readFileSync(labelPath, 'utf8')));
    if (!parsed.success) {
      problems.push(`${labelPath}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
      continue;
    }
    if (parsed.data.id !== id) problems.push(`${labelPath}: id "${parsed.data.id}" is not the file name`);
    const [title = '', ...body] = readFileSync(textPath, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
    problems.push(...labelProblems(labelPath, parsed.data, body));
    articles.push({ label: parsed.data, title, body });
  }
  return { articles, problems };
}

/**
 * A second labeller's labels of corpus articles (`<dir>/labels/<id>.json`), each checked against its article like the
 * first's. An article with no second label is simply not in the map: a second labeller may cover part of a corpus.
 */
export function readSecondLabels(dir: string, articles: readonly CorpusArticle[]): { labels: Map<string, Label>; problems: string[] } {
  const labels = new Map<string, Label>();
  const problems: string[] = [];
  for (const article of articles) {
    const labelPath = join(dir, 'labels', `${article.label.id}.json`);
    if (!existsSync(labelPath)) continue;
    const parsed = labelSchema.safeParse(JSON.parse(readFileSync(labelPath, 'utf8')));
    if (!parsed.success) {
      problems.push(`${labelPath}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
      continue;
    }
    const found = labelProblems(labelPath, parsed.data, article.body);
    problems.push(...found);
    if (found.length === 0) labels.set(article.label.id, parsed.data);
  }
  return { labels, problems };
}

/**
 * Labels that cannot be right whatever the extractor does: a paragraph past the article's end, a
 * quote's words or an event's date words not in the paragraph named. A mistyped label would
 * otherwise count as a miss of the extractor forever.
 */
export function labelProblems(labelPath: string, label: Label, body: readonly string[]): string[] {
  const problems: string[] = [];
  const check = (what: string, paragraph: number, words: string) => {
    const text = body[paragraph - 1];
    if (text === undefined) problems.push(`${labelPath}: ${what} names paragraph ${paragraph}, but the article has ${body.length}`);
    else if (!text.includes(words)) problems.push(`${labelPath}: ${what} "${words}" is not in paragraph ${paragraph}`);
  };
  label.quotes.forEach((quote, index) => check(`quotes[${index}]`, quote.paragraph, quote.text));
  label.events.forEach((event, index) => check(`events[${index}] dateText`, event.paragraph, event.dateText));
  return problems;
}

/** Reads the split, or an empty one when none is written yet. */
export function readSplit(dir = CORPUS_DIR): Split {
  const path = join(dir, 'split.json');
  if (!existsSync(path)) return { dev: [], test: [] };
  return splitSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export function formatSplit(split: Split): string {
  return `${JSON.stringify({ dev: split.dev, test: split.test }, null, 2)}\n`;
}

export { HALVES };
