import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { z } from 'zod';
import { ContentError, type Diagnostic } from './diagnostics';
import { articleSchema, type Article } from './model';
import { parseArticle, type ParseResult } from './parse-article';
import { checkManifest, parseManifest } from './published-ids';
import { checkHashManifest } from './published-hashes';

/**
 * The one module that reads content files. Everything else receives `Article` values.
 */

/** The articles folder: `content/articles`, or `ARCHIVE_CONTENT_DIR` (benchmarks build generated content). */
export const CONTENT_DIR = process.env.ARCHIVE_CONTENT_DIR ?? join(process.cwd(), 'content', 'articles');

/** The published-ids manifest that belongs to an articles folder (beside it). */
export function manifestPathFor(dir: string): string {
  return join(dirname(dir), 'published-ids.txt');
}

/** The body-hash manifest that belongs to an articles folder (beside the ids manifest). */
export function hashManifestPathFor(dir: string): string {
  return join(dirname(dir), 'published-hashes.txt');
}

export interface ContentCheck {
  articles: Article[];
  diagnostics: Diagnostic[];
  files: number;
}

/** Newest first by publication date, then by slug so the order never depends on the file system. */
export function compareArticlesNewestFirst(a: Article, b: Article): number {
  return b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug);
}

/**
 * Whether a path names an article file: `.md` in any letter case (a `.MD` file saved by another
 * system is an article its editor meant to publish; leaving it out silently is the one outcome
 * nobody wants), not hidden (editor backups), not a folder's README.
 */
function isArticleFile(name: string): boolean {
  const parts = name.split(/[\\/]/);
  return /\.md$/i.test(name) && !parts.some((part) => part.startsWith('.')) && parts.at(-1)?.toLowerCase() !== 'readme.md';
}

/** The article files in a folder and every folder beneath it (none when the folder does not exist: every article was removed). */
function markdownFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(isArticleFile)
    .map((name) => join(dir, name));
}

/**
 * Lists the article files of a content folder, in a stable order: every `.md` file in the
 * articles folder and the folders beneath it, and, when the articles folder is the usual
 * `…/articles` of a content folder, the `.md` files dropped straight into that content folder,
 * so an article placed in `content/` is published rather than silently left out.
 */
export function listArticleFiles(dir: string = CONTENT_DIR): string[] {
  const dropped = basename(dir) === 'articles' && existsSync(dirname(dir)) ? readdirSync(dirname(dir)).filter(isArticleFile).map((name) => join(dirname(dir), name)) : [];
  return [...markdownFilesUnder(dir), ...dropped].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Parse results kept between runs, keyed by `parseKey` (the file's path and bytes). The build
 * keeps one per version of lib/content (scripts/build/parse-cache.ts), so a result is only
 * reused by the code that produced it.
 */
export interface ParseCache {
  get(key: string): ParseResult | undefined;
  set(key: string, result: ParseResult): void;
}

/** What a parse depends on besides the code: the path (it is in every message) and the bytes. */
export function parseKey(path: string, bytes: Uint8Array): string {
  return createHash('sha256').update(path).update('\0').update(bytes).digest('hex');
}

export interface CheckOptions {
  /**
   * Whether a missing or empty manifest is an error while articles exist (the default): without
   * it no published link is checked. `ids:update`, which writes it, turns this off.
   */
  requireManifest?: boolean;
  /** Earlier results to reuse (the build's); without one every file is parsed. */
  cache?: ParseCache;
}

/** A file's bytes, or the system's reason it cannot be read (a folder named `x.md`, no permission). */
function readBytes(file: string): Uint8Array | string {
  try {
    return readFileSync(file);
  } catch (error) {
    return error instanceof Error && 'code' in error ? String(error.code) : String(error);
  }
}

/** Parses every article of a folder, collecting every problem of every file. */
export function checkContent(dir: string = CONTENT_DIR, { requireManifest = true, cache }: CheckOptions = {}): ContentCheck {
  const files = listArticleFiles(dir);
  const articles: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  const pathOfSlug = new Map<string, string>();
  for (const file of files) {
    const path = relative(process.cwd(), file) || file;
    const bytes = readBytes(file);
    if (typeof bytes === 'string') {
      diagnostics.push({ path, line: 1, column: 1, ruleId: 'read-failed', fatal: true, message: `cannot read the file (${bytes}): is it a folder named like an article, or not readable?` });
      continue;
    }
    const key = cache === undefined ? null : parseKey(path, bytes);
    const result = (key === null ? undefined : cache?.get(key)) ?? parseArticle(path, bytes);
    if (key !== null) cache?.set(key, result);
    diagnostics.push(...result.diagnostics);
    if (!result.ok) continue;
    const taken = pathOfSlug.get(result.article.slug);
    if (taken !== undefined) {
      diagnostics.push({ path, line: 1, column: 1, ruleId: 'duplicate-slug', message: `slug "${result.article.slug}" is already used by ${taken}: give one of the files another name`, fatal: true });
      continue;
    }
    pathOfSlug.set(result.article.slug, path);
    articles.push(result.article);
  }
  articles.sort(compareArticlesNewestFirst);
  checkSlugsUnique(articles, diagnostics, pathOfSlug);
  const manifest = manifestPathFor(dir);
  const manifestPath = relative(process.cwd(), manifest) || manifest;
  const manifestBytes = existsSync(manifest) ? readBytes(manifest) : null;
  if (typeof manifestBytes === 'string') diagnostics.push({ path: manifestPath, line: 1, column: 1, ruleId: 'read-failed', fatal: true, message: `cannot read the published-ids manifest (${manifestBytes})` });
  const manifestText = manifestBytes === null || typeof manifestBytes === 'string' ? null : new TextDecoder().decode(manifestBytes);
  if (requireManifest && files.length > 0 && (manifestText === null || parseManifest(manifestText).length === 0)) {
    const state = manifestText === null ? 'is missing' : 'lists no id';
    diagnostics.push({ path: manifestPath, line: 1, column: 1, ruleId: 'manifest-missing', fatal: true, message: `the published-ids manifest ${state} while ${files.length} article file(s) exist, so no published link is checked: run "npm run ids:update" to write it (and commit it with the articles)` });
  }
  // Only when every file parsed: a broken file would make all its published ids look removed.
  if (manifestText !== null && articles.length === files.length) {
    diagnostics.push(...checkManifest(manifestPath, manifestText, articles));
  }
  const hashes = hashManifestPathFor(dir);
  const hashesPath = relative(process.cwd(), hashes) || hashes;
  const publishedSlugs = new Set((manifestText === null ? [] : parseManifest(manifestText)).map((entry) => entry.id).filter((id) => !id.includes('#')));
  // Absent (a folder that never ran ids:update since hashes were kept), nothing is held to a hash.
  if (existsSync(hashes)) {
    const pathOf = (article: Article) => pathOfSlug.get(article.slug) ?? `${article.slug}.md`;
    diagnostics.push(...checkHashManifest(hashesPath, readFileSync(hashes, 'utf8'), articles, pathOf, publishedSlugs));
  }
  return { articles, diagnostics, files: files.length };
}

/** Reports a former slug that another article uses (or also claims), since both URLs would collide. */
function checkSlugsUnique(articles: Article[], diagnostics: Diagnostic[], pathOfSlug: ReadonlyMap<string, string>): void {
  const owner = new Map<string, string>();
  for (const article of articles) owner.set(article.slug, article.slug);
  for (const article of articles) {
    for (const former of article.formerSlugs) {
      const other = owner.get(former);
      if (other !== undefined) {
        const path = pathOfSlug.get(article.slug) ?? `${article.slug}.md`;
        diagnostics.push({ path, line: 1, column: 1, ruleId: 'former-slug-taken', message: `former slug "${former}" is already used by ${pathOfSlug.get(other) ?? `${other}.md`}`, fatal: true });
      }
      owner.set(former, article.slug);
    }
  }
}

/**
 * The articles of a checked folder as the build hands them to `next build`'s processes
 * (`ARCHIVE_ARTICLES_SNAPSHOT` names the file), so each of them reads one file instead of
 * parsing every article again: at 1,000 articles that parse is some 70 s of CPU per process.
 */
export const articlesSnapshotSchema = z.object({ dir: z.string(), articles: z.array(articleSchema) });
export type ArticlesSnapshot = z.output<typeof articlesSnapshotSchema>;

/** The snapshot of `dir` the environment names, or null (none named, or one of another folder). */
function readSnapshot(dir: string): Article[] | null {
  const file = process.env.ARCHIVE_ARTICLES_SNAPSHOT;
  if (file === undefined || file === '') return null;
  const snapshot = articlesSnapshotSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return snapshot.dir === dir ? snapshot.articles : null;
}

let cached: { dir: string; articles: Article[] } | null = null;

/** All articles, newest first; throws a `ContentError` naming every problem if any file is bad. Memoised per build. */
export function loadArticles(dir: string = CONTENT_DIR): Article[] {
  if (cached?.dir === dir) return cached.articles;
  const snapshot = readSnapshot(dir);
  if (snapshot !== null) {
    cached = { dir, articles: snapshot };
    return snapshot;
  }
  const { articles, diagnostics } = checkContent(dir);
  if (diagnostics.some((d) => d.fatal)) throw new ContentError(diagnostics);
  cached = { dir, articles };
  return articles;
}

/** One article by slug, or undefined. */
export function findArticle(slug: string, dir: string = CONTENT_DIR): Article | undefined {
  return loadArticles(dir).find((article) => article.slug === slug);
}
