import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, type Diagnostic } from './diagnostics';
import type { Article } from './model';
import { parseArticle } from './parse-article';

/**
 * The one module that reads content files. Everything else receives `Article` values.
 */

export const CONTENT_DIR = join(process.cwd(), 'content', 'articles');

export interface ContentCheck {
  articles: Article[];
  diagnostics: Diagnostic[];
  files: number;
}

/** Newest first by publication date, then by slug so the order never depends on the file system. */
export function compareArticlesNewestFirst(a: Article, b: Article): number {
  return b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug);
}

/** Lists the article files of a content folder, in a stable order. */
export function listArticleFiles(dir: string = CONTENT_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(dir, name));
}

/** Parses every article of a folder, collecting every problem of every file. */
export function checkContent(dir: string = CONTENT_DIR): ContentCheck {
  const files = listArticleFiles(dir);
  const articles: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const result = parseArticle(relative(process.cwd(), file) || file, readFileSync(file));
    diagnostics.push(...result.diagnostics);
    if (result.ok) articles.push(result.article);
  }
  articles.sort(compareArticlesNewestFirst);
  return { articles, diagnostics, files: files.length };
}

let cached: { dir: string; articles: Article[] } | null = null;

/** All articles, newest first; throws a `ContentError` naming every problem if any file is bad. Memoised per build. */
export function loadArticles(dir: string = CONTENT_DIR): Article[] {
  if (cached?.dir === dir) return cached.articles;
  const { articles, diagnostics } = checkContent(dir);
  if (diagnostics.some((d) => d.fatal)) throw new ContentError(diagnostics);
  cached = { dir, articles };
  return articles;
}

/** One article by slug, or undefined. */
export function findArticle(slug: string, dir: string = CONTENT_DIR): Article | undefined {
  return loadArticles(dir).find((article) => article.slug === slug);
}
