import { z } from 'zod';
import type { ParseCache } from '../../lib/content/load-articles';
import { articleSchema } from '../../lib/content/model';
import type { ParseResult } from '../../lib/content/parse-article';
import { cacheVersion, openFileCache, type FileCache } from './file-cache';

/**
 * The build's parse cache: each article file's parse result, keyed by its path and bytes
 * (`parseKey`), in `node_modules/.cache/archive-parse/<version>/`, where the version hashes what a
 * parse depends on besides the file (lib/content, the locked dependencies, Node's version). A build
 * after one changed article parses that article only; a build after a change of the site's code (a
 * full build) still reuses every parse.
 */

const PARSER_PATHS = ['lib/content', 'package-lock.json'];

export function computeParserVersion(root: string): string {
  return cacheVersion(root, PARSER_PATHS);
}

const diagnosticSchema = z.object({ path: z.string(), line: z.number(), column: z.number(), message: z.string(), ruleId: z.string(), fatal: z.boolean() });

const parseResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), article: articleSchema, diagnostics: z.array(diagnosticSchema) }),
  z.object({ ok: z.literal(false), diagnostics: z.array(diagnosticSchema) }),
]);

export type FileParseCache = ParseCache & FileCache<ParseResult>;

/** The cache of the repository at `root` for the current parser version. */
export function openParseCache(root: string): FileParseCache {
  return openFileCache<ParseResult>(root, {
    name: 'archive-parse',
    dependsOn: PARSER_PATHS,
    accept(data) {
      const parsed = parseResultSchema.safeParse(data);
      return parsed.success ? parsed.data : undefined;
    },
  });
}
