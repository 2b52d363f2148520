import { z } from 'zod';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { ID_PATTERN, LANGUAGES, PARTIAL_DATE_PATTERN } from './model';
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

const httpUrl = z
  .string()
  .refine((value) => /^https?:\/\/[^\s]+$/.test(value), 'must be an absolute http(s) URL');

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
  /** Ids that were published and later renamed: old id → the id it now lands on. */
  aliases: z.record(z.string().regex(ID_PATTERN, 'alias ids must be URL-safe'), z.string().regex(ID_PATTERN, 'must be a URL-safe id')).optional(),
  /** Slugs this article was published under before; their URLs keep working. */
  formerSlugs: z.array(z.string().regex(ID_PATTERN, 'must be a URL-safe slug')).optional(),
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

export function parseFrontmatter(block: FrontmatterBlock, sink: DiagnosticSink): ParsedFrontmatter | null {
  const lineCounter = new LineCounter();
  // Failsafe schema: every scalar stays a string, so `published: 2024` is "2024", not a number.
  const document = parseDocument(block.value, { schema: 'failsafe', uniqueKeys: true, lineCounter, prettyErrors: false });
  const pointOf = (offset: number): Point => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: block.firstLine + line - 1, column: col };
  };

  if (document.errors.length > 0) {
    for (const error of document.errors) {
      sink.error(pointOf(error.pos[0]), 'frontmatter-yaml', `frontmatter is not valid YAML: ${error.message.split('\n')[0]}`);
    }
    return null;
  }

  const raw: unknown = document.toJS() ?? {};
  const result = frontmatterSchema.safeParse(raw);
  if (result.success) {
    const pointOfField = (path: readonly PropertyKey[]): Point => {
      const { node, keyNode } = nodeAt(document, path);
      const range = keyNode?.range ?? node?.range;
      return range ? pointOf(range[0]) : { line: block.firstLine, column: 1 };
    };
    const written = writtenLanguageSchema.safeParse(raw);
    return { data: result.data, pointOf: pointOfField, languageTag: written.success ? written.data.language : undefined };
  }

  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const { keyNode } = nodeAt(document, path);
        const point = keyNode?.range ? pointOf(keyNode.range[0]) : { line: block.firstLine, column: 1 };
        sink.error(point, 'frontmatter-unknown-field', `unknown frontmatter field "${fieldName(path)}" (check its spelling)`);
      }
      continue;
    }
    const { node, keyNode, found } = nodeAt(document, issue.path);
    const name = fieldName(issue.path);
    if (!found) {
      const point = node?.range ? pointOf(node.range[0]) : { line: block.firstLine, column: 1 };
      sink.error(point, 'frontmatter-required', `frontmatter field "${name}" is required`);
      continue;
    }
    const at = node?.range ?? keyNode?.range;
    const point = at ? pointOf(at[0]) : { line: block.firstLine, column: 1 };
    const got = isScalar(node) ? `, got "${String(node.value)}"` : '';
    const message = issue.code === 'invalid_type' ? `has the wrong type (expected ${issue.expected})` : issue.message;
    sink.error(point, 'frontmatter-invalid', `frontmatter field "${name}" ${message}${got}`);
  }
  return null;
}
