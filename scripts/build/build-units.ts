import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Article } from '../../lib/content/model';
import { personData } from '../../lib/site/open-data';
import { collectArchiveFacts, pageInputs } from '../../lib/site/page-inputs';
import { listArticlePages, listBrowsePages, listMovedArticlePages, listSectionSharePages, pageKey, personDataPath } from '../../lib/site/routes';

/**
 * The units an incremental build decides about: each page (both scripts, keyed by
 * `routes.pageKey`), each person's open-data file and each article's Open Graph cards, with a
 * fingerprint of exactly the data it shows. A unit whose fingerprint changed is rendered again;
 * one that vanished has its files deleted. Everything else the build writes (the archive index's
 * first page, the search page, feeds, sitemap, open-data indexes, stylesheets, public files) is
 * rendered on every build and copied only where its bytes differ; the search index is written by
 * its own step, which rewrites only the shards that changed.
 */

/** A hex SHA-256 of a value's JSON. */
export function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value) ?? 'undefined').digest('hex');
}

/** The key of an article's Open Graph cards (both scripts). */
export function ogUnitKey(slug: string): string {
  return `og:${slug}`;
}

/** Every unit of the archive and its fingerprint, by key. */
export function listBuildUnits(articles: readonly Article[]): Map<string, string> {
  const articleHashes = new Map(articles.map((article) => [article.slug, hashOf(article)]));
  const facts = collectArchiveFacts(articles, (slug) => articleHashes.get(slug) ?? 'missing');
  const units = new Map<string, string>();
  for (const page of [...listArticlePages(articles), ...listMovedArticlePages(articles), ...listSectionSharePages(articles), ...listBrowsePages(articles)]) {
    units.set(pageKey(page), hashOf(pageInputs(page, facts)));
  }
  for (const person of facts.people) units.set(personDataPath(person.key), hashOf(personData(person, articles)));
  // A card depends only on what is drawn on it: title, outlet and date (and the site name, which
  // is code), in each script converted from the original's by its language and region.
  for (const article of articles) {
    const { slug, title, source, published, language, region } = article;
    units.set(ogUnitKey(slug), hashOf({ slug, title, outlet: source.outlet, published, language, region }));
  }
  return units;
}

/** What `owner` answers for a file the build writes no unit for. */
export const ALWAYS = 'always';
/** The search index's files: its own step decides which to write. */
export const SEARCH = 'search';

/**
 * The unit that wrote a file of the export (a path below it, not a `.gz`/`.br` copy): a page's
 * `index.html` in either script (or the script-less article page) belongs to its page's key, an
 * article's data to the article's page, a person's data and an article's cards to their units.
 */
export function ownerOf(file: string, units: ReadonlySet<string> | ReadonlyMap<string, unknown>): string {
  if (file.startsWith('search/')) return SEARCH;
  const card = /^og\/zh-han[st]\/(.+)\.png$/.exec(file);
  if (card) return units.has(ogUnitKey(card[1]!)) ? ogUnitKey(card[1]!) : ALWAYS;
  const encode = (path: string) => path.split('/').map(encodeURIComponent).join('/');
  const articleData = /^data\/articles\/(.+)\.json$/.exec(file);
  const page = /^(?:zh-han[st]\/)?(.*\/)?index\.html$/.exec(file);
  const key =
    articleData ? `/articles/${encode(articleData[1]!)}/` :
    file.startsWith('data/people/') ? `/${encode(file)}` :
    page ? `/${encode(page[1] ?? '')}` :
    null;
  return key !== null && units.has(key) ? key : ALWAYS;
}

/** The files below a folder that hash into the code: every one, in a stable order. */
export function filesUnder(root: string, dir: string): string[] {
  const folder = join(root, dir);
  if (!existsSync(folder)) return [];
  if (statSync(folder).isFile()) return [dir];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** What the output depends on besides the articles: code, dependencies, configuration, public files. */
const CODE_PATHS = ['app', 'lib', 'public', 'scripts/build', 'package.json', 'package-lock.json', 'next.config.ts', 'tsconfig.json', 'tsconfig.app.json'];

/** Environment that changes the output (the origin in canonical URLs, feeds and the sitemap). */
const OUTPUT_ENVIRONMENT = ['SITE_URL'];

/**
 * A hash of everything but the articles that the export depends on: when it changes, no page can
 * be proven unaffected and the build is a full one. Node's version counts too (zlib's output).
 */
export function computeCodeHash(root: string): string {
  const hash = createHash('sha256');
  for (const file of CODE_PATHS.flatMap((path) => filesUnder(root, path))) {
    hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  }
  for (const name of OUTPUT_ENVIRONMENT) hash.update(`${name}=${process.env[name] ?? ''}\0`);
  hash.update(`node ${process.version}`);
  return hash.digest('hex');
}
