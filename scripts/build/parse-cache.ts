import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ParseCache } from '../../lib/content/load-articles';
import { articleSchema } from '../../lib/content/model';
import type { ParseResult } from '../../lib/content/parse-article';
import { filesUnder } from './build-units';

/**
 * The build's parse cache: each article's parse result as a file, kept between builds in
 * `node_modules/.cache/archive-parse/<version>/`, where the version hashes what a parse depends on
 * besides the file (lib/content, the locked dependencies, Node's version). A build after one
 * changed article parses that article only; a build after a change of the site's code (a full
 * build) still reuses every parse. Results the build did not ask for are dropped when it ends, and
 * so are other versions' folders, so the cache holds one archive's worth.
 */

const CACHE_ROOT = join('node_modules', '.cache', 'archive-parse');

/** What a parse result depends on besides the file's path and bytes. */
const PARSER_PATHS = ['lib/content', 'package-lock.json'];

export function computeParserVersion(root: string): string {
  const hash = createHash('sha256');
  for (const file of PARSER_PATHS.flatMap((path) => filesUnder(root, path))) {
    hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  }
  hash.update(`node ${process.version}`);
  return hash.digest('hex').slice(0, 16);
}

const diagnosticSchema = z.object({ path: z.string(), line: z.number(), column: z.number(), message: z.string(), ruleId: z.string(), fatal: z.boolean() });

const parseResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), article: articleSchema, diagnostics: z.array(diagnosticSchema) }),
  z.object({ ok: z.literal(false), diagnostics: z.array(diagnosticSchema) }),
]);

export interface FileParseCache extends ParseCache {
  /** Results read from the cache and results parsed, this run. */
  readonly stats: { hits: number; misses: number };
  /** Drops the results this run did not use and other versions' folders. */
  prune(): void;
}

/** The cache of the repository at `root` for the current parser version. */
export function openParseCache(root: string): FileParseCache {
  const version = computeParserVersion(root);
  const folder = join(root, CACHE_ROOT, version);
  mkdirSync(folder, { recursive: true });
  const used = new Set<string>();
  const reused = new Set<string>();
  const stats = { hits: 0, misses: 0 };
  const fileOf = (key: string) => join(folder, `${key}.json`);
  return {
    stats,
    get(key) {
      used.add(key);
      if (!existsSync(fileOf(key))) return undefined;
      // A damaged or foreign file is a miss, never an error: the article is simply parsed again.
      const parsed = parseResultSchema.safeParse(safeJson(readFileSync(fileOf(key), 'utf8')));
      if (!parsed.success) return undefined;
      stats.hits += 1;
      reused.add(key);
      const result: ParseResult = parsed.data;
      return result;
    },
    set(key, result) {
      used.add(key);
      if (reused.has(key)) return;
      stats.misses += 1;
      // A new file, never one rewritten in place: node_modules may be hard-linked to another checkout's.
      rmSync(fileOf(key), { force: true });
      writeFileSync(fileOf(key), JSON.stringify(result));
    },
    prune() {
      for (const name of readdirSync(join(root, CACHE_ROOT))) if (name !== version) rmSync(join(root, CACHE_ROOT, name), { recursive: true, force: true });
      for (const name of readdirSync(folder)) if (!used.has(name.replace(/\.json$/, ''))) rmSync(join(folder, name), { force: true });
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
