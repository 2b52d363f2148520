import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseArticleOrThrow } from '../lib/content/parse-article';
import { convertArticle, createTextConverter } from '../lib/content/convert';
import { apaCitation, citationMetaTags, gbt7714Citation } from '../lib/site/citation';

const SEED_PATH = 'content/articles/xiaomi-tianxing-traffic-partners.md';
const URL = 'https://example.org/zh-hant/articles/xiaomi-tianxing-traffic-partners/';

/** The seed's frontmatter read straight from the file, not through the parser under test. */
function seedFrontmatter(): { title: string; published: string; author?: string; source: { outlet: string } } {
  const text = readFileSync(SEED_PATH, 'utf8');
  return parse(text.split('\n---\n')[0]!.replace(/^---\n/, ''), { schema: 'failsafe' });
}

// GB/T 7714-2015, 4.x electronic newspaper article: 主要責任者. 題名[N/OL]. 報紙名, 出版日期[引用日期]. 獲取路徑.
// The author may be omitted in numbered references; the date is YYYY-MM-DD or as much of it as is known.
const GBT_NEWSPAPER_ONLINE = /^(?:(?<author>[^\[\]]+?)\. )?(?<title>.+)\[N\/OL\]\. (?<paper>[^,]+), (?<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)\[(?<accessed>[^\]]+)\]\. (?<url>https?:\/\/\S+)\.$/u;
// APA 7 newspaper article online, Chinese form: 作者（日期）。題名。報紙名。URL — or, without an author, 題名（日期）。報紙名。URL
const APA_NO_AUTHOR = /^(?<title>.+)（(?<date>\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?)）。(?<paper>[^。]+)。(?<url>https?:\/\/\S+)$/u;
const APA_WITH_AUTHOR = /^(?<author>[^（]+)（(?<date>\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?)）。(?<title>.+)。(?<paper>[^。]+)。(?<url>https?:\/\/\S+)$/u;

describe('citations of the seed', () => {
  const article = parseArticleOrThrow(SEED_PATH, readFileSync(SEED_PATH));
  const frontmatter = seedFrontmatter();

  it('GB/T 7714-2015 [N/OL]: no author (the seed names none), the outlet, the month only, the page URL', () => {
    const match = GBT_NEWSPAPER_ONLINE.exec(gbt7714Citation(article, URL));
    expect(match?.groups).toMatchObject({ author: undefined, title: frontmatter.title, paper: frontmatter.source.outlet, date: frontmatter.published, url: URL });
    // The seed gives a month: the citation never shows a day.
    expect(match?.groups?.date).toMatch(/^\d{4}-\d{2}$/);
  });

  it('APA 7: the title in the author position when there is no author, and the month as the seed gives it', () => {
    const match = APA_NO_AUTHOR.exec(apaCitation(article, URL, 'zh-hant'));
    const [year, month] = frontmatter.published.split('-').map(Number);
    expect(match?.groups).toMatchObject({ title: frontmatter.title, date: `${year}年${month}月`, paper: frontmatter.source.outlet, url: URL });
  });

  it('the Simplified page cites in Simplified script', () => {
    const toSimplified = createTextConverter('zh-Hant', 'zh-Hans');
    const simplified = convertArticle(article, 'zh-Hans');
    const match = GBT_NEWSPAPER_ONLINE.exec(gbt7714Citation(simplified, URL));
    expect(match?.groups?.title).toBe(toSimplified(frontmatter.title));
    expect(match?.groups?.paper).toBe(toSimplified(frontmatter.source.outlet));
    expect(APA_NO_AUTHOR.exec(apaCitation(simplified, URL, 'zh-hans'))?.groups?.title).toBe(toSimplified(frontmatter.title));
  });

  it('names the author and the day when an article gives them', () => {
    const dated = { ...article, author: '王小明', published: '2024-01-05' };
    expect(GBT_NEWSPAPER_ONLINE.exec(gbt7714Citation(dated, URL))?.groups).toMatchObject({ author: '王小明', date: '2024-01-05' });
    expect(APA_WITH_AUTHOR.exec(apaCitation(dated, URL, 'zh-hant'))?.groups).toMatchObject({ author: '王小明', date: '2024年1月5日', title: frontmatter.title });
  });

  it('meta tags: Google Scholar date form, no citation_author or DC.creator without an author', () => {
    const tags = citationMetaTags(article, URL, 'zh-hant');
    expect(tags.citation_publication_date).toBe(frontmatter.published.replace('-', '/'));
    expect(tags).not.toHaveProperty('citation_author');
    expect(tags).not.toHaveProperty('DC.creator');
    expect(tags.citation_journal_title).toBe(frontmatter.source.outlet);
    expect(tags['DC.identifier']).toBe(URL);
    expect(citationMetaTags({ ...article, author: '王小明' }, URL, 'zh-hant')).toMatchObject({ citation_author: '王小明', 'DC.creator': '王小明' });
  });
});
