import { z } from 'zod';
import { isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { DAY_PATTERN, EVENT_DATE_PATTERN, ID_PATTERN, LANGUAGES, PARTIAL_DATE_PATTERN, QUOTE_KINDS } from './model';
import type { DiagnosticSink, Point } from './diagnostics';

/**
 * The frontmatter as editors write it. Raw input, validated here and refined into `Article`
 * metadata by the parser; never cast.
 */

const text = z.string().trim().min(1, 'must not be empty');

/** True when a `YYYY[-MM[-DD]]` string names a day, month or year that exists. */
export function isRealPartialDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || year < 1900 || year > 2100) return false;
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

const partialDate = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, 'must be YYYY, YYYY-MM or YYYY-MM-DD (only as precise as the source states)')
  .refine(isRealPartialDate, 'is not a real date');

const day = z.string().regex(DAY_PATTERN, 'must be a day, YYYY-MM-DD').refine(isRealPartialDate, 'is not a real date');

/**
 * The tags editors write for each script: the archive's own (`zh-Hant`, `zh-Hans`) and the
 * regional ones sources use (`zh-TW`, `zh-HK`, `zh-MO` are Traditional; `zh-CN`, `zh-SG`, `zh-MY`
 * Simplified), in any letter case.
 */
const LANGUAGE_OF_TAG: ReadonlyMap<string, (typeof LANGUAGES)[number]> = new Map([
  ...['zh-hant', 'zh-tw', 'zh-hk', 'zh-mo', 'zh-hant-tw', 'zh-hant-hk', 'zh-hant-mo'].map((tag) => [tag, 'zh-Hant'] as const),
  ...['zh-hans', 'zh-cn', 'zh-sg', 'zh-my', 'zh-hans-cn', 'zh-hans-sg', 'zh-hans-my'].map((tag) => [tag, 'zh-Hans'] as const),
]);

const language = z
  .string()
  .transform((tag) => LANGUAGE_OF_TAG.get(tag.trim().toLowerCase().replace(/_/g, '-')) ?? tag)
  .pipe(z.enum(LANGUAGES, { error: `must be ${LANGUAGES.join(' or ')} (zh-TW, zh-HK, zh-CN and zh-SG are read as these)` }));

/**
 * A URL as an editor pastes it from the address bar may hold spaces in its path (…/article/2224904/冷鋒來襲連凍9日 今低見17℃):
 * such a URL is kept in its encoded form, which is the same address; anything that is no http(s) URL is an error.
 */
function encodedHttpUrl(value: string): string {
  if (/^https?:\/\/\S+$/.test(value) || !/^https?:\/\/\S/.test(value)) return value;
  try {
    return new URL(value).href;
  } catch {
    return value;
  }
}

const httpUrl = z
  .string()
  .transform(encodedHttpUrl)
  .refine((value) => /^https?:\/\/[^\s]+$/.test(value), 'must be an absolute http(s) URL');

/** The YAML is read with the failsafe schema, so `false` arrives as a word. */
const dropped = z.literal('false');
/**
 * A speaker or role as the editor gives it; `false` removes the machine's (`null` and `~` read as
 * no value at all, so they leave the machine's in place).
 */
const nameOrNone = z.string().trim().transform((value) => (value === 'false' ? null : value));

/** An editor's correction of one quote: `false` drops it, else the fields given replace the machine's. */
const quoteOverride = z.union([
  dropped,
  z.strictObject({
    kind: z.enum(QUOTE_KINDS, { error: `must be ${QUOTE_KINDS.join(' or ')}` }).optional(),
    speaker: nameOrNone.optional(),
    role: nameOrNone.optional(),
  }),
]);

/** An editor's correction of one timeline event: `false` drops it, else a date replaces the machine's. */
const eventOverride = z.union([
  dropped,
  z.strictObject({ date: z.string().regex(EVENT_DATE_PATTERN, 'must be YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Hn') }),
]);

export type QuoteOverride = z.output<typeof quoteOverride>;
export type EventOverride = z.output<typeof eventOverride>;

export const frontmatterSchema = z.strictObject({
  title: text,
  dek: text.optional(),
  category: text.optional(),
  published: partialDate,
  /** Optional: without it the script is read from the text (lib/article-language.ts). */
  language: language.optional(),
  author: text.optional(),
  source: z.strictObject({
    outlet: text,
    via: text.optional(),
    url: httpUrl.optional(),
  }),
  tags: z.array(text).optional(),
  notice: z.array(text).optional(),
  /** The day the archived copy was taken. */
  captured: day.optional(),
  /** Declared changes to a published body: `- date: YYYY-MM-DD` / `note: …` (lib/content/provenance.ts). */
  corrections: z.array(z.strictObject({ date: day, note: text })).optional(),
  /** Ids that were published and later renamed: old id → the id it now lands on. */
  aliases: z.record(z.string().regex(ID_PATTERN, 'alias ids must be URL-safe'), z.string().regex(ID_PATTERN, 'must be a URL-safe id')).optional(),
  /** Slugs this article was published under before; their URLs keep working. */
  formerSlugs: z.array(z.string().regex(ID_PATTERN, 'must be a URL-safe slug')).optional(),
  /** Editors' corrections of extracted quotes, by quote id (`rivalry-2-q1: { speaker: 某業務人士 }`, `{ kind: term }`, `false`). */
  quotes: z.record(z.string().regex(ID_PATTERN, 'quote ids are URL-safe'), quoteOverride).optional(),
  /** Editors' corrections of timeline events, by event id (`history-3-t2: { date: 2015-H1 }`, `false`). */
  timeline: z.record(z.string().regex(ID_PATTERN, 'event ids are URL-safe'), eventOverride).optional(),
});

export type Frontmatter = z.output<typeof frontmatterSchema>;

/** Where the YAML block sits in the file: the line its first YAML line is on. */
export interface FrontmatterBlock {
  value: string;
  firstLine: number;
}

/** Finds the YAML node for a path of keys, or the deepest existing ancestor when the path is missing. */
function nodeAt(document: Document, path: readonly PropertyKey[]): { node: Node | null; keyNode: Node | null; found: boolean } {
  let current: Node | null = isNode(document.contents) ? document.contents : null;
  let keyNode: Node | null = null;
  for (const key of path) {
    let next: unknown;
    if (isSeq(current) && typeof key === 'number') {
      next = current.items[key];
    } else if (isMap(current)) {
      const pair = current.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      keyNode = pair && isScalar(pair.key) ? pair.key : keyNode;
      next = pair?.value;
    }
    if (!isNode(next)) return { node: current, keyNode, found: false };
    current = next;
  }
  return { node: current, keyNode, found: true };
}

/** Describes a field path the way editors write it (`source.outlet`, `tags[2]`). */
function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`))
    .join('');
}

/** Parses and validates a frontmatter block, reporting each problem at the field it concerns. */
export interface ParsedFrontmatter {
  data: Frontmatter;
  /** Where a field (or its nearest existing parent) is written, for later checks that concern it. */
  pointOf: (path: readonly PropertyKey[]) => Point;
  /** `language` as written (`zh-HK`), before it is read as a script: it may name a region. */
  languageTag: string | undefined;
}

const writtenLanguageSchema = z.object({ language: z.string() });

/** The largest frontmatter block read: 16 kB holds any real article's fields many times over (the seed's is 0.6 kB), and bounds the markdown parse that reads it. */
export const MAX_FRONTMATTER_CHARS = 16 * 1024;

/** How deep frontmatter nests: `source.outlet` and `aliases.old-id` are two levels; a little room beyond for a clear message. */
export const MAX_FRONTMATTER_DEPTH = 4;

/** How many unknown fields are listed one by one before the rest are counted. */
const LISTED_UNKNOWN_FIELDS = 20;

/** Values YAML reads as nothing: `~`, `null` and an empty value. */
const NOTHING = new Set(['', '~', 'null', 'Null', 'NULL']);

export function parseFrontmatter(block: FrontmatterBlock, sink: DiagnosticSink): ParsedFrontmatter | null {
  const pointOf = (offset: number, counter: LineCounter): Point => {
    const { line, col } = counter.linePos(offset);
    return { line: block.firstLine + line - 1, column: col };
  };
  if (block.value.length > MAX_FRONTMATTER_CHARS) {
    const before = block.value.slice(0, MAX_FRONTMATTER_CHARS).split('\n');
    const point = { line: block.firstLine + before.length - 1, column: (before.at(-1) ?? '').length + 1 };
    sink.error(point, 'frontmatter-too-large', `frontmatter is ${Math.round(block.value.length / 1024)} kB; it may be at most ${MAX_FRONTMATTER_CHARS / 1024} kB (the fields of one article): is the body inside it?`);
    return null;
  }
  const lineCounter = new LineCounter();
  let document: Document;
  try {
    // Failsafe schema: every scalar stays a string, so `published: 2024` is "2024", not a number.
    // Keys are checked for duplicates below, in linear time (yaml's own check compares each key with every other).
    document = parseDocument(block.value, { schema: 'failsafe', uniqueKeys: false, lineCounter, prettyErrors: false });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    sink.error({ line: block.firstLine, column: 1 }, 'frontmatter-too-deep', `frontmatter nests too deeply to read; fields are at most ${MAX_FRONTMATTER_DEPTH} levels deep`);
    return null;
  }
  const at = (offset: number) => pointOf(offset, lineCounter);

  if (document.errors.length > 0) {
    const seen = new Set<string>();
    for (const error of document.errors) {
      const message = error.code === 'RESOURCE_EXHAUSTION' ? `frontmatter nests too deeply to read; fields are at most ${MAX_FRONTMATTER_DEPTH} levels deep` : `frontmatter is not valid YAML: ${error.message.split('\n')[0]}`;
      const key = `${error.pos[0]} ${message}`;
      if (seen.has(key) || (error.code === 'RESOURCE_EXHAUSTION' && seen.has('deep'))) continue;
      seen.add(key);
      if (error.code === 'RESOURCE_EXHAUSTION') seen.add('deep');
      sink.error(at(error.pos[0]), error.code === 'RESOURCE_EXHAUSTION' ? 'frontmatter-too-deep' : 'frontmatter-yaml', message);
    }
    return null;
  }
  if (!checkStructure(document, at, sink)) return null;
  const empty = dropEmptyValues(document);

  const raw: unknown = document.toJS() ?? {};
  const result = frontmatterSchema.safeParse(raw);
  if (result.success) {
    const pointOfField = (path: readonly PropertyKey[]): Point => {
      const { node, keyNode } = nodeAt(document, path);
      const range = keyNode?.range ?? node?.range;
      return range ? at(range[0]) : { line: block.firstLine, column: 1 };
    };
    const written = writtenLanguageSchema.safeParse(raw);
    return { data: result.data, pointOf: pointOfField, languageTag: written.success ? written.data.language : undefined };
  }

  const keyIndex = indexKeys(document);
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const listed = issue.keys.slice(0, LISTED_UNKNOWN_FIELDS);
      if (issue.keys.length > listed.length) {
        sink.error({ line: block.firstLine, column: 1 }, 'frontmatter-unknown-field', `frontmatter has ${issue.keys.length} unknown fields; the first ${listed.length} are listed (the fields are: title, published, language, source, dek, category, author, tags, notice, aliases, formerSlugs)`);
      }
      for (const key of listed) {
        const path = [...issue.path, key];
        const keyNode = issue.path.length === 0 ? keyIndex.get(String(key)) : nodeAt(document, path).keyNode;
        const point = keyNode?.range ? at(keyNode.range[0]) : { line: block.firstLine, column: 1 };
        sink.error(point, 'frontmatter-unknown-field', `unknown frontmatter field "${fieldName(path).slice(0, 80)}" (check its spelling)`);
      }
      continue;
    }
    const name = fieldName(issue.path);
    const emptied = empty.get(name);
    if (emptied !== undefined) {
      sink.error(at(emptied), 'frontmatter-empty', `frontmatter field "${name}" has no value (YAML reads ~, null and nothing after the colon as none): write it, or quote it ('~') if those are the characters meant`);
      continue;
    }
    const { node, keyNode, found } = nodeAt(document, issue.path);
    if (!found) {
      const point = node?.range ? at(node.range[0]) : { line: block.firstLine, column: 1 };
      sink.error(point, 'frontmatter-required', `frontmatter field "${name}" is required`);
      continue;
    }
    const range = node?.range ?? keyNode?.range;
    const point = range ? at(range[0]) : { line: block.firstLine, column: 1 };
    const got = isScalar(node) ? `, got "${String(node.value)}"` : '';
    const message = issue.code === 'invalid_type' ? `has the wrong type (expected ${issue.expected})` : issue.message;
    sink.error(point, 'frontmatter-invalid', `frontmatter field "${name}" ${message}${got}`);
  }
  return null;
}

/**
 * Rejects what YAML would read in a way no editor means: aliases and anchors (`category: *快訊*`
 * is emphasis typed into YAML, but YAML reads `*快訊*` as a reference to an anchor, and an alias
 * bomb expands exponentially), and nesting deeper than any field goes. Runs before the document
 * is turned into values, so nothing is expanded.
 */
function checkStructure(document: Document, at: (offset: number) => Point, sink: DiagnosticSink): boolean {
  let fine = true;
  const keyOf = (path: readonly unknown[]): string => {
    const pair = [...path].reverse().find(isPair);
    return pair && isScalar(pair.key) ? String(pair.key.value) : 'field';
  };
  visit(document, (_key, node, path) => {
    if (isAlias(node)) {
      fine = false;
      const start = node.range?.[0] ?? 0;
      sink.error(at(start), 'frontmatter-alias', `YAML reads "*${node.source}" as an alias (a reference to an anchor), not as text: quote the value, e.g. ${keyOf(path)}: '*${node.source}'`);
      return visit.SKIP;
    }
    if (isNode(node) && node.anchor !== undefined) {
      fine = false;
      const start = node.range?.[0] ?? 0;
      sink.error(at(start), 'frontmatter-alias', `YAML reads "&${node.anchor}" as an anchor name, not as text: quote the value, e.g. ${keyOf(path)}: '&${node.anchor} …'`);
    }
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const { key } of node.items) {
        if (!isScalar(key)) continue;
        const name = String(key.value);
        const start = key.range?.[0] ?? 0;
        const first = seen.get(name);
        if (first === undefined) {
          seen.set(name, start);
          continue;
        }
        fine = false;
        sink.error(at(start), 'frontmatter-duplicate-field', `frontmatter field "${name.slice(0, 80)}" is written twice (first on line ${at(first).line}): keep one`);
      }
    }
    const depth = path.filter(isCollection).length;
    if (isCollection(node) && depth >= MAX_FRONTMATTER_DEPTH) {
      fine = false;
      sink.error(at(node.range?.[0] ?? 0), 'frontmatter-too-deep', `frontmatter nests ${depth + 1} levels deep here; fields are at most ${MAX_FRONTMATTER_DEPTH} levels deep`);
      return visit.SKIP;
    }
    return undefined;
  });
  return fine;
}

/**
 * Removes fields whose value YAML reads as nothing (`title: ~`, `dek: null`, `author:`), so an
 * optional one is simply absent and a required one is reported as empty, not published as "~".
 * Returns where each removed field was, by its name (`source.outlet`).
 */
function dropEmptyValues(document: Document): Map<string, number> {
  const empty = new Map<string, number>();
  visit(document, {
    Pair(_key, pair, path) {
      const value = pair.value;
      const isNothing = value === null || (isScalar(value) && value.type === 'PLAIN' && NOTHING.has(String(value.value ?? '')));
      if (!isNothing || !isScalar(pair.key)) return undefined;
      const names = path.filter(isPair).map((parent) => (isScalar(parent.key) ? String(parent.key.value) : ''));
      empty.set([...names, String(pair.key.value)].join('.'), pair.key.range?.[0] ?? 0);
      return visit.REMOVE;
    },
  });
  return empty;
}

/** The top-level keys of the document by name, so reporting thousands of unknown fields stays linear. */
function indexKeys(document: Document): Map<string, Node> {
  const keys = new Map<string, Node>();
  if (isMap(document.contents)) {
    for (const item of document.contents.items) if (isScalar(item.key) && !keys.has(String(item.key.value))) keys.set(String(item.key.value), item.key);
  }
  return keys;
}
