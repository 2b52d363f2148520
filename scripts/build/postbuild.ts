import { readdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatScriptlessPages, writeScriptlessPages } from './scriptless-pages';
import { formatSharePages, writeSharePages } from './share-pages';
import { linksStylesheet } from './link-stylesheets';
import { stripRuntime } from './strip-runtime';
import { listFiles } from './list-files';
import { formatArticlePages, writeArticlePages } from './article-pages';
import { loadArticles } from '../../lib/content/load-articles';
import type { Article } from '../../lib/content/model';
import { pageKey } from '../../lib/site/routes';

export interface PostbuildSummary {
  pages: number;
  stripped: number;
  /** Pages that kept the runtime, with the reason `stripRuntime` gave. */
  kept: { page: string; reason: string }[];
  flightFilesDeleted: number;
  scriptFilesDeleted: number;
  htmlBytesBefore: number;
  htmlBytesAfter: number;
  bytesBefore: number;
  bytesAfter: number;
}

/** Sums the sizes of the given files below `dir`. */
async function sumSizes(dir: string, files: readonly string[]): Promise<number> {
  const sizes = await Promise.all(files.map(async (file) => (await stat(join(dir, file))).size));
  return sizes.reduce((total, size) => total + size, 0);
}

/**
 * Lists the flight files the runtime fetches for the route exported as `page`: `a.txt` beside
 * `a.html` (or `index.txt` beside `index.html`) and the `__next.*.txt` segment files directly in
 * the route's folder (`a/`, or the folder of `index.html`); nested routes own their own folders.
 */
export function findFlightFiles(page: string, files: ReadonlySet<string>): string[] {
  const route = page.replace(/\.html$/, '');
  const folder = basename(route) === 'index' ? posix.dirname(route) : route;
  const own = files.has(`${route}.txt`) ? [`${route}.txt`] : [];
  return [...own, ...(flightFilesByFolder(files).get(folder) ?? [])];
}

const flightIndexes = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();

/**
 * The `__next.*.txt` files of every folder, indexed once per file list: looking them up by
 * scanning every file for every page made the step quadratic (100 s of 224 s at 1,000 articles).
 */
function flightFilesByFolder(files: ReadonlySet<string>): Map<string, string[]> {
  let index = flightIndexes.get(files);
  if (!index) {
    index = new Map();
    for (const file of files) {
      const name = posix.basename(file);
      if (!/^__next\.[^/]*\.txt$/.test(name)) continue;
      const folder = posix.dirname(file);
      index.set(folder, [...(index.get(folder) ?? []), file]);
    }
    flightIndexes.set(files, index);
  }
  return index;
}

/** Removes the folders below `dir` (and `dir` itself) that deleting files left empty. */
async function removeEmptyFolders(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  await Promise.all(entries.filter((e) => e.isDirectory()).map((e) => removeEmptyFolders(join(dir, e.name))));
  if ((await readdir(dir)).length === 0) await rmdir(dir);
}

/** Removes a route folder that held nothing but flight files, so no empty folders are deployed. */
async function removeIfEmpty(folder: string): Promise<void> {
  if ((await readdir(folder)).length === 0) await rmdir(folder);
}

/** Strips the runtime from every exported page that hydrates nothing and deletes what only it used. */
export async function postbuild(dir: string): Promise<PostbuildSummary> {
  const files = await listFiles(dir);
  const fileSet = new Set(files);
  const pages = files.filter((file) => file.endsWith('.html'));
  const summary: PostbuildSummary = {
    pages: pages.length,
    stripped: 0,
    kept: [],
    flightFilesDeleted: 0,
    scriptFilesDeleted: 0,
    htmlBytesBefore: await sumSizes(dir, pages),
    htmlBytesAfter: 0,
    bytesBefore: await sumSizes(dir, files),
    bytesAfter: 0,
  };

  for (const page of pages) {
    const result = stripRuntime(await readFile(join(dir, page), 'utf8'), { minify: true, ...(linksStylesheet(page) ? { linkStylesheetsTo: fileSet } : {}) });
    if (result.runtimeNeed !== undefined) {
      summary.kept.push({ page, reason: result.runtimeNeed });
      continue;
    }
    await writeFile(join(dir, page), result.html);
    summary.stripped += 1;
    const flights = findFlightFiles(page, fileSet);
    for (const flight of flights) await rm(join(dir, flight));
    summary.flightFilesDeleted += flights.length;
    const folders = new Set(flights.map((flight) => posix.dirname(flight)).filter((folder) => folder !== '.'));
    for (const folder of folders) await removeIfEmpty(join(dir, folder));
  }

  // Chunks load one another by id at run time, so which ones a kept page needs cannot be read
  // from its HTML: the JavaScript goes only when no page kept the runtime. CSS and media stay.
  const scripts = files.filter((file) => file.startsWith('_next/static/') && /\.js(?:\.map)?$/.test(file));
  if (summary.kept.length === 0 && scripts.length > 0) {
    for (const file of scripts) await rm(join(dir, file));
    summary.scriptFilesDeleted = scripts.length;
    await removeEmptyFolders(join(dir, '_next'));
  }

  // Next also exports its not-found route as pages of their own (`/404/`, `/_not-found/`), which a
  // static host would serve with status 200; `404.html` is the one hosts serve for missing URLs.
  for (const duplicate of ['404/index.html', '_not-found/index.html', '404/index.txt', '_not-found/index.txt']) {
    await rm(join(dir, duplicate), { force: true });
  }
  for (const folder of ['404', '_not-found']) {
    if (files.some((file) => file.startsWith(`${folder}/`))) await removeEmptyFolders(join(dir, folder)).catch(() => undefined);
  }

  const remaining = await listFiles(dir);
  summary.htmlBytesAfter = await sumSizes(dir, remaining.filter((file) => file.endsWith('.html')));
  summary.bytesAfter = await sumSizes(dir, remaining);
  return summary;
}

/** Formats a byte count as kB with one decimal, as the build log does. */
function formatKilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** Describes a summary in one line for the build log. */
export function formatSummary(summary: PostbuildSummary, dir: string): string {
  return (
    `postbuild: stripped the runtime from ${summary.stripped}/${summary.pages} pages ` +
    `(${summary.kept.length} kept it), deleted ${summary.flightFilesDeleted} flight and ` +
    `${summary.scriptFilesDeleted} script files; HTML ${formatKilobytes(summary.htmlBytesBefore)} → ` +
    `${formatKilobytes(summary.htmlBytesAfter)}, ${dir}/ ${formatKilobytes(summary.bytesBefore)} → ` +
    `${formatKilobytes(summary.bytesAfter)}`
  );
}

/**
 * The post-build step on an export folder: strips the runtime, then writes the article pages (with
 * their former slugs' pages and their data), share and script-less pages of every article, or,
 * given `selected` (an incremental build's changed page keys), of those selected.
 */
export async function runPostbuild(dir: string, articles: readonly Article[] = loadArticles(), selected: ReadonlySet<string> | null = null): Promise<PostbuildSummary> {
  const summary = await postbuild(dir);
  console.log(formatSummary(summary, dir));
  // Kept pages are listed so a page that lost its way to static HTML gets noticed.
  for (const { page, reason } of summary.kept) console.log(`  kept runtime: ${page}: ${reason}`);
  // Written after the strip: these pages are plain HTML from lib, with no runtime to strip.
  console.log(formatArticlePages(await writeArticlePages(dir, articles, selected)));
  const changed = selected === null ? articles : articles.filter((article) => selected.has(pageKey({ kind: 'article', slug: article.slug })));
  console.log(formatSharePages(await writeSharePages(dir, changed)));
  console.log(formatScriptlessPages(await writeScriptlessPages(dir, changed)));
  return summary;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runPostbuild(process.argv[2] ?? 'out');
}
