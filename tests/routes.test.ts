import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../lib/content/model';
import { parseArticleOrThrow } from '../lib/content/parse-article';
import {
  listIndexPages,
  listMovedArticlePages,
  listPagesOfRecord,
  listSectionSharePages,
  pagePath,
  shortestHref,
  timelineYearPath,
  type SitePage,
} from '../lib/site/routes';
import { SCRIPTS } from '../lib/site/script';

const SEED_FILE = 'content/articles/xiaomi-tianxing-traffic-partners.md';
const seed = parseArticleOrThrow(SEED_FILE, readFileSync(SEED_FILE));
const [firstSection, secondSection] = seed.sections;
if (!firstSection || !secondSection) throw new Error('the seed has at least two sections');
const firstParagraph = firstSection.paragraphs[0]!;

/** The seed as if it had moved from an old slug and renamed a section and a paragraph. */
const moved = articleSchema.parse({
  ...seed,
  formerSlugs: ['old-slug'],
  aliases: [
    { from: 'old-section', to: secondSection.id },
    { from: 'old-paragraph', to: firstParagraph.id },
  ],
});

describe('the list of pages', () => {
  it('gives every page one path per script, differing only in the script segment', () => {
    const pages: SitePage[] = [...listPagesOfRecord([moved]), ...listSectionSharePages([moved]), ...listMovedArticlePages([moved])];
    const paths = pages.map((page) => pagePath('zh-hant', page));
    expect(new Set(paths).size).toBe(paths.length);
    for (const page of pages) {
      for (const script of SCRIPTS) expect(pagePath(script, page)).toBe(pagePath('zh-hant', page).replace(/^\/zh-hant\//, `/${script}/`));
    }
  });

  it('has a share page per section and per old section id, none for an old paragraph id', () => {
    const shareIds = listSectionSharePages([moved]).map((page) => page.shareId);
    expect(shareIds).toEqual([...seed.sections.map((section) => section.id), 'old-section']);
    expect(pagePath('zh-hans', listSectionSharePages([moved]).at(-1)!)).toBe(`/zh-hans/articles/${seed.slug}/s/old-section/`);
  });

  it('keeps a redirect page at a former slug, outside the pages of record', () => {
    expect(listMovedArticlePages([moved]).map((page) => pagePath('zh-hant', page))).toEqual(['/zh-hant/articles/old-slug/']);
    expect(listPagesOfRecord([moved]).map((page) => pagePath('zh-hant', page))).not.toContain('/zh-hant/articles/old-slug/');
  });

  it('always has the index, even for an empty archive', () => {
    expect(listIndexPages([]).map((page) => pagePath('zh-hant', page))).toEqual(['/zh-hant/']);
    expect(listPagesOfRecord([seed]).slice(0, 2).map((page) => pagePath('zh-hans', page))).toEqual(['/zh-hans/', `/zh-hans/articles/${seed.slug}/`]);
  });
});

describe('links between pages of years', () => {
  /** Where a link written on the page at `from` takes a browser. */
  const landing = (from: string, href: string) => new URL(href, `http://example.org${from}`).pathname + new URL(href, `http://example.org${from}`).hash;

  it('land where the whole path does, and are never longer than it', () => {
    const pages = [
      timelineYearPath('zh-hant', '2021', '數字化轉型'),
      timelineYearPath('zh-hant', '2021', '數字化轉型', 3),
      timelineYearPath('zh-hant', '2009'),
      timelineYearPath('zh-hans', '2015', undefined, 2),
    ];
    const targets = [...pages, '/zh-hant/timeline/', '/zh-hant/timeline/%E6%95%B8/', '/zh-hant/articles/a-b/#section-2-3', '/zh-hans/'];
    for (const from of pages) {
      for (const to of targets) {
        const href = shortestHref(from, to);
        expect(landing(from, href), `${to} from ${from}`).toBe(to);
        expect(href.length).toBeLessThanOrEqual(to.length);
      }
    }
  });

  it('name a sibling year or a later page of the same year by the segments that differ', () => {
    const tagYear = timelineYearPath('zh-hant', '2021', '數字化轉型');
    expect(shortestHref(tagYear, timelineYearPath('zh-hant', '2022', '數字化轉型'))).toBe('../2022/');
    expect(shortestHref(tagYear, timelineYearPath('zh-hant', '2021', '數字化轉型', 2))).toBe('page/2/');
    expect(shortestHref(timelineYearPath('zh-hant', '2021', '數字化轉型', 2), tagYear)).toBe('../../');
  });
});
