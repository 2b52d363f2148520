import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { clientCode } from '../../app/_lib/client-code';
import { SITE_ICON_URL } from '../../app/_lib/icon';
import { convertArticle } from '../../lib/content/convert';
import { loadArticles } from '../../lib/content/load-articles';
import type { Article } from '../../lib/content/model';
import { renderArticlePage, type ArticlePageAssets } from '../../lib/site/render/article-page';
import { renderMovedArticlePage, type MovedPageAssets } from '../../lib/site/render/moved-article-page';
import { articleDataPath, pageKey } from '../../lib/site/routes';
import { SCRIPTS, languageOfScript } from '../../lib/site/script';
import { compileStylesheets } from './article-stylesheet';
import { writeHtmlPages, type HtmlPage } from './write-html-pages';

/**
 * Writes the article pages of both scripts, the pages at former slugs and each article's data
 * (`/data/articles/<slug>.json`) into the export, as plain HTML and JSON from lib
 * (lib/site/render/article-page.ts), one article at a time so a large archive is never held in
 * memory as HTML. Next renders none of them: after the post-build strip they were plain HTML anyway.
 */

export interface ArticlePagesWritten {
  pages: number;
  movedPages: number;
  dataFiles: number;
  bytes: number;
}

/** The assets every article page carries, made once per run from the repository at the working directory. */
function pageAssets(): { article: ArticlePageAssets; moved: MovedPageAssets } {
  const stylesheets = compileStylesheets(process.cwd());
  const shared = { iconUrl: SITE_ICON_URL, everyPage: clientCode('everyPage') };
  return {
    article: { ...shared, stylesheet: stylesheets.article, rememberVertical: clientCode('rememberVertical') },
    moved: { ...shared, stylesheet: stylesheets.moved, keepFragment: clientCode('keepFragment') },
  };
}

/** Whether an incremental build selected a page (every page is selected in a full build: `selected` null). */
function isSelected(slug: string, selected: ReadonlySet<string> | null): boolean {
  return selected === null || selected.has(pageKey({ kind: 'article', slug }));
}

/**
 * Writes the pages and data of every article (or, given `selected`, an incremental build's changed
 * page keys: `/articles/<slug>/` for an article's pages and data, `/articles/<former>/` for a
 * former slug's page).
 */
export async function writeArticlePages(dir: string, articles: readonly Article[] = loadArticles(), selected: ReadonlySet<string> | null = null): Promise<ArticlePagesWritten> {
  const assets = pageAssets();
  const written: ArticlePagesWritten = { pages: 0, movedPages: 0, dataFiles: 0, bytes: 0 };
  function* pagesOf(original: Article): Generator<HtmlPage> {
    if (isSelected(original.slug, selected)) {
      for (const script of SCRIPTS) yield renderArticlePage(original, convertArticle(original, languageOfScript(script)), script, assets.article);
    }
  }
  function* movedPagesOf(original: Article): Generator<HtmlPage> {
    for (const former of original.formerSlugs.filter((slug) => isSelected(slug, selected))) {
      for (const script of SCRIPTS) yield renderMovedArticlePage(convertArticle(original, languageOfScript(script)), former, script, assets.moved);
    }
  }
  for (const original of articles) {
    const pages = await writeHtmlPages(dir, pagesOf(original));
    const moved = await writeHtmlPages(dir, movedPagesOf(original));
    written.pages += pages.pages;
    written.movedPages += moved.pages;
    written.bytes += pages.bytes + moved.bytes;
    if (!isSelected(original.slug, selected)) continue;
    // The bytes `Response.json(article)` served when a route wrote it: the article as parsed, in its original script.
    const data = JSON.stringify(original);
    const file = join(dir, articleDataPath(original.slug));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, data);
    written.dataFiles += 1;
    written.bytes += Buffer.byteLength(data);
  }
  return written;
}

/** Describes a run in one line for the build log. */
export function formatArticlePages({ pages, movedPages, dataFiles, bytes }: ArticlePagesWritten): string {
  const files = pages + movedPages + dataFiles;
  return `article pages: wrote ${pages} article pages, ${movedPages} moved-slug pages and ${dataFiles} data files, ${(bytes / 1000).toFixed(1)} kB (${files ? Math.round(bytes / files) : 0} bytes each)`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatArticlePages(await writeArticlePages(process.argv[2] ?? 'out')));
}
