import { describe, expect, it } from 'vitest';
import { compareArticlesNewestFirst } from '../lib/content/load-articles';
import type { Article } from '../lib/content/model';
import { parseArticleOrThrow } from '../lib/content/parse-article';
import { collectTags } from '../lib/site/facets';
import { ARTICLES_PER_PAGE } from '../lib/site/paging';
import { eventsInSpan, mergeTimelines, timelineSpans } from '../lib/site/archive-timeline';
import { keepSelected, listBrowsePages, pageKey, tagPath, timelinePath, timelineYearPath } from '../lib/site/routes';
import { ALWAYS, SEARCH, listBuildUnits, ogUnitKey, ownerOf } from '../scripts/build/build-units';
import { generateSyntheticArticles, type SyntheticArticle } from '../scripts/bench/synthetic-articles';

/**
 * What an incremental build renders again: the units whose fingerprint changed. A change must
 * reach every page that shows it (else the export goes stale) and no page that does not (else
 * the build is not incremental). The end-to-end proof, byte for byte against a full build, is
 * tests/browser/incremental-build.test.ts.
 */

const generated = generateSyntheticArticles(60, { seed: 11 });

function parseAll(files: readonly SyntheticArticle[]): Article[] {
  return files.map((file) => parseArticleOrThrow(file.fileName, file.markdown)).sort(compareArticlesNewestFirst);
}

/** The keys whose fingerprints differ between two archives (new and vanished ones included). */
function changedKeys(before: readonly Article[], after: readonly Article[]): Set<string> {
  const a = listBuildUnits(before);
  const b = listBuildUnits(after);
  return new Set([...new Set([...a.keys(), ...b.keys()])].filter((key) => a.get(key) !== b.get(key)));
}

/** The key a tag or timeline path has in every script. */
const keyOfPath = (path: string) => path.slice('/zh-hant'.length);

const articles = parseAll(generated);

describe('build units', { timeout: 60_000 }, () => {
  it('a retitled article reaches its own pages, card, listings and timelines, and nothing it is not on', () => {
    const target = generated.find((file) => file.language === 'zh-Hant' && file.tags.length > 0 && file.markdown.includes('\n## '))!;
    const retitled = generated.map((file) => (file === target ? { ...file, markdown: file.markdown.replace(/^title: .*$/m, 'title: 新標題') } : file));
    const changed = changedKeys(articles, parseAll(retitled));
    const article = articles.find((candidate) => candidate.slug === target.slug)!;
    const position = articles.indexOf(article);

    expect(changed).toContain(`/articles/${article.slug}/`);
    expect([...changed].some((key) => key.startsWith(`/articles/${article.slug}/s/`))).toBe(true);
    expect(changed).toContain(ogUnitKey(article.slug));
    // Its index page (page 1 is rendered on every build), and no other.
    const page = Math.floor(position / ARTICLES_PER_PAGE) + 1;
    const indexKeys = [...changed].filter((key) => key.startsWith('/page/'));
    expect(indexKeys).toEqual(page === 1 ? [] : [`/page/${page}/`]);
    // Each of its tags' pages; a tag it does not carry is untouched.
    const tags = collectTags(articles);
    for (const tag of tags.filter((candidate) => candidate.slugs.includes(article.slug))) expect(changed).toContain(keyOfPath(tagPath('zh-hant', tag.key)));
    const untagged = tags.filter((candidate) => !candidate.slugs.includes(article.slug));
    expect(untagged.length).toBeGreaterThan(0);
    for (const tag of untagged) {
      expect(changed).not.toContain(keyOfPath(tagPath('zh-hant', tag.key)));
      expect(changed).not.toContain(keyOfPath(timelinePath('zh-hant', tag.key)));
    }
    // Other articles' pages stay.
    for (const other of articles.filter((candidate) => candidate !== article)) expect(changed).not.toContain(`/articles/${other.slug}/`);
  });

  it('a new article reaches every index page (each shows how many articles the archive holds) and its own pages, not the other articles', () => {
    const [extra] = generateSyntheticArticles(61, { seed: 11 }).slice(60);
    const grown = parseAll([...generated, extra!]);
    const changed = changedKeys(articles, grown);
    const indexPages = listBrowsePages(grown).filter((page) => page.kind === 'index-page');
    expect(indexPages.length).toBeGreaterThan(1);
    for (const page of indexPages) expect(changed).toContain(pageKey(page));
    expect(changed).toContain(`/articles/${extra!.slug}/`);
    for (const other of articles) expect(changed).not.toContain(`/articles/${other.slug}/`);
  });

  it('a removed article leaves its units, and nothing changes when nothing changed', () => {
    const gone = articles[5]!;
    const changed = changedKeys(articles, articles.filter((candidate) => candidate !== gone));
    expect(changed).toContain(`/articles/${gone.slug}/`);
    expect(changed).toContain(ogUnitKey(gone.slug));
    expect(changedKeys(articles, parseAll(generated)).size).toBe(0);
  });

  it('a new tag reaches the timelines’ front pages (their filter lists every dated tag), not the pages of years that do not show the tagged article', () => {
    const target = generated.find((file) => file.language === 'zh-Hans' && /^tags:\n/m.test(file.markdown) && articles.find((article) => article.slug === file.slug)!.timeline.length > 0)!;
    const tagged = generated.map((file) => (file === target ? { ...file, markdown: file.markdown.replace(/^tags:\n/m, "tags:\n  - '全新标签'\n") } : file));
    const changed = changedKeys(articles, parseAll(tagged));
    expect(changed).toContain(keyOfPath(timelinePath('zh-hant')));
    expect(changed).toContain(keyOfPath(timelinePath('zh-hant', '全新标签')));
    const events = mergeTimelines(articles);
    const spans = timelineSpans(events);
    const untouched = spans.filter((span) => !eventsInSpan(events, span).some((entry) => entry.slug === target.slug));
    expect(untouched.length, 'pages of years without the tagged article').toBeGreaterThan(0);
    for (const span of untouched) expect(changed).not.toContain(keyOfPath(timelineYearPath('zh-hant', span.first)));
  });

  it('attributes each exported file to the unit that wrote it', () => {
    const units = listBuildUnits(articles);
    const [slug, tag] = [articles[0]!.slug, collectTags(articles)[0]!.key];
    expect(ownerOf(`zh-hans/articles/${slug}/index.html`, units)).toBe(`/articles/${slug}/`);
    expect(ownerOf(`articles/${slug}/index.html`, units)).toBe(`/articles/${slug}/`);
    expect(ownerOf(`data/articles/${slug}.json`, units)).toBe(`/articles/${slug}/`);
    expect(ownerOf(`og/zh-hant/${slug}.png`, units)).toBe(ogUnitKey(slug));
    expect(ownerOf(`zh-hant/tags/${tag}/index.html`, units)).toBe(keyOfPath(tagPath('zh-hant', tag)));
    expect(ownerOf('zh-hant/index.html', units)).toBe(ALWAYS);
    expect(ownerOf('sitemap.xml', units)).toBe(ALWAYS);
    expect(ownerOf('data/articles/index.json', units)).toBe(ALWAYS);
    expect(ownerOf('search/zh-hant/meta.json', units)).toBe(SEARCH);
  });
});

describe('keepSelected', () => {
  const pages = ['a', 'b', 'c'];
  it('keeps everything without a selection, the selected items with one, and the first when none is selected', () => {
    expect(keepSelected(pages, (page) => page, null)).toEqual(pages);
    expect(keepSelected(pages, (page) => page, new Set(['c', 'x']))).toEqual(['c']);
    expect(keepSelected(pages, (page) => page, new Set())).toEqual(['a']);
    expect(keepSelected([], (page) => page, new Set())).toEqual([]);
  });
});
