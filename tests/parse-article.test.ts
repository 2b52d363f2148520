import { readFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../lib/content/parse-article';
import { formatDiagnostic } from '../lib/content/diagnostics';
import { articleSchema, type Article } from '../lib/content/model';
import { MINIMAL_FRONTMATTER } from './fixtures/minimal-frontmatter';

const SEED_PATH = 'content/articles/xiaomi-tianxing-traffic-partners.md';
const SEED_SOURCE_LINES = readFileSync('tests/fixtures/seed/000_59b1de32102e14a5.txt', 'utf8').split('\n');

const FRONTMATTER = MINIMAL_FRONTMATTER;

/** Parses a markdown string as if it were the file content/articles/<slug>.md. */
function parse(markdown: string, slug = 'test-article') {
  return parseArticle(`content/articles/${slug}.md`, new TextEncoder().encode(markdown));
}

/** Parses and expects success. */
function parseOk(markdown: string, slug?: string): Article {
  const result = parse(markdown, slug);
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return result.article;
}

/** Parses and returns the formatted diagnostics, expecting failure. */
function parseErrors(markdown: string | Uint8Array, slug = 'test-article'): string[] {
  const result = typeof markdown === 'string' ? parse(markdown, slug) : parseArticle(`content/articles/${slug}.md`, markdown);
  expect(result.ok).toBe(false);
  return result.diagnostics.filter((d) => d.fatal).map(formatDiagnostic);
}

describe('the seed article', () => {
  const article = parseOk(readFileSync(SEED_PATH, 'utf8'), 'xiaomi-tianxing-traffic-partners');
  const paragraphs = article.sections.flatMap((section) => section.paragraphs);

  it('keeps every body line (4-58) as exactly one paragraph, in order, character for character', () => {
    expect(paragraphs.map((p) => p.text)).toEqual(SEED_SOURCE_LINES.slice(3, 58));
  });

  it('keeps the conversion quirks and ASCII punctuation of the source', () => {
    const text = paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('“隨星借”后,');
    expect(text).toContain('并還在持續上漲');
    expect(text).toContain('小米集團財報里披露');
  });

  it('takes title, dek, category and notice from the source lines', () => {
    expect(`${article.title}${article.category}`).toBe(SEED_SOURCE_LINES[0]);
    expect(article.dek).toBe(SEED_SOURCE_LINES[1]);
    expect(article.notice).toEqual(SEED_SOURCE_LINES.slice(58, 61));
    expect(article.source).toEqual({ outlet: '海右財經', via: 'TMT觀察網', url: null });
    expect(article.published).toBe('2024-01');
    expect(article.language).toBe('zh-Hant');
  });

  it('has 6-9 archive sections with short stable ASCII ids', () => {
    expect(article.sections.length).toBeGreaterThanOrEqual(6);
    expect(article.sections.length).toBeLessThanOrEqual(9);
    for (const section of article.sections) {
      expect(section.id).toMatch(/^[a-z][a-z0-9-]{1,20}$/);
      expect(section.heading).toBeTruthy();
    }
    expect(article.sections[0]?.paragraphs[0]?.id).toBe('expansion-1');
  });

  it('matches the public JSON contract', () => {
    expect(() => articleSchema.parse(JSON.parse(JSON.stringify(article)))).not.toThrow();
  });

  it('finds speech with speakers and tells terms apart', () => {
    const speech = article.quotes.filter((q) => q.kind === 'speech');
    const terms = article.quotes.filter((q) => q.kind === 'term');
    expect(terms.map((q) => q.text)).toEqual(expect.arrayContaining(['遮羞布', '隨星借', '香餑餑', '掣肘']));
    expect(terms.every((q) => q.speaker === null)).toBe(true);
    const byText = (start: string) => speech.find((q) => q.text.startsWith(start));
    expect(byText('涉及到內部競爭')?.speaker).toBe('某業務人士');
    expect(byText('一邊擁有大流量方')?.speaker).toBe('某業務人士');
    expect(byText('金融本來就是鋼絲上跳舞')?.speaker).toBe('知情人士');
    expect(byText('小米原計劃金融業務')?.speaker).toBe('某流量負責人');
    expect(byText('更加重要的是')?.speaker).toBe('某從業者');
    expect(byText('聚焦包括互聯網金融')?.speaker).toBe('雷軍');
    for (const quote of article.quotes) {
      const paragraph = paragraphs.find((p) => p.id === quote.paragraphId);
      expect(paragraph?.text.slice(quote.start + 1, quote.end - 1)).toBe(quote.text);
    }
  });

  it('finds the dated events, normalized and in date order', () => {
    const dates = article.timeline.map((event) => event.date);
    expect(dates).toEqual(expect.arrayContaining(['2013', '2015-05-11', '2015-11-09', '2018-Q1', '2019-09', '2020-10', '2021-04', '2023-06', '2023-Q4', '2023-H2', '2024-01-16']));
    const event = article.timeline.find((e) => e.date === '2024-01-16');
    expect(event?.text).toContain('盧偉冰');
    for (const e of article.timeline) {
      const paragraph = paragraphs.find((p) => p.id === e.paragraphId);
      expect(paragraph?.text).toContain(e.text);
    }
    expect(article.timeline.some((e) => e.text.includes('近日'))).toBe(false);
  });
});

describe('content format', () => {
  it('accepts an article without headings as one section', () => {
    const article = parseOk(`${FRONTMATTER}\n第一段。\n\n第二段。\n`);
    expect(article.sections).toHaveLength(1);
    expect(article.sections[0]).toMatchObject({ id: 'section-1', heading: null });
    expect(article.sections[0]?.paragraphs.map((p) => p.id)).toEqual(['section-1-1', 'section-1-2']);
  });

  it('generates ids for headings without one and keeps explicit ids', () => {
    const article = parseOk(`${FRONTMATTER}\n## 開場\n\n甲。\n\n## 流量之爭 {#traffic}\n\n乙。\n`);
    expect(article.sections.map((s) => [s.id, s.heading])).toEqual([
      ['section-1', '開場'],
      ['traffic', '流量之爭'],
    ]);
  });

  it('keeps a source URL pasted with a space in its path, in its encoded form', () => {
    const pasted = FRONTMATTER.replace('  outlet: 測試財經\n', '  outlet: 測試財經\n  url: https://skypost.example.hk/article/2224904/冷鋒來襲 今低見17℃\n');
    expect(parseOk(`${pasted}\n甲。\n`).source.url).toBe('https://skypost.example.hk/article/2224904/%E5%86%B7%E9%8B%92%E4%BE%86%E8%A5%B2%20%E4%BB%8A%E4%BD%8E%E8%A6%8B17%E2%84%83');
    const notHttp = FRONTMATTER.replace('  outlet: 測試財經\n', '  outlet: 測試財經\n  url: ftp://example.hk/a b\n');
    expect(parseErrors(`${notHttp}\n甲。\n`).join('\n')).toMatch(/source\.url.*absolute http\(s\) URL/);
  });

  it('accepts a BOM and CRLF line endings', () => {
    const crlf = `\uFEFF${FRONTMATTER}\n## 標題 {#a}\n\n甲，乙。\n`.replace(/\n/g, '\r\n');
    const article = parseOk(crlf);
    expect(article.sections[0]?.paragraphs[0]?.text).toBe('甲，乙。');
    expect(article.title).toBe('測試文章');
  });

  it('keeps a year-only publication date as a string', () => {
    const article = parseOk(FRONTMATTER.replace('2024-03-05', '2024') + '\n甲。\n');
    expect(article.published).toBe('2024');
  });

  it('accepts a quote continued over paragraphs (reopened at each, closed at the end) and links its pieces', () => {
    const body = '人民銀行行長潘功勝周三在記者會上說：「今年貨幣政策將保持靈活適度。\n\n「我們還有降準空間，政策工具箱依然豐富。」\n';
    const article = parseOk(`${FRONTMATTER}\n${body}`);
    const [first, second] = article.sections[0]?.paragraphs ?? [];
    expect([first?.text, second?.text]).toEqual(body.trim().split('\n\n'));
    expect(article.quotes.map((quote) => quote.role)).toEqual(['人民銀行行長', '人民銀行行長']);
    expect(article.quotes.map((quote) => [quote.id, quote.kind, quote.speaker, quote.end, quote.continues])).toEqual([
      ['section-1-1-q1', 'speech', '潘功勝', first?.text.length, null],
      ['section-1-2-q1', 'speech', '潘功勝', second?.text.length, 'section-1-1-q1'],
    ]);
    expect(() => articleSchema.parse(JSON.parse(JSON.stringify(article)))).not.toThrow();
  });

  it('continues a quote past an archive heading, since the heading is not the source’s', () => {
    const article = parseOk(`${FRONTMATTER}\n## 甲\n\n他說：“今年会更好。\n\n## 乙\n\n“明年也是。”\n`);
    expect(article.quotes.map((quote) => [quote.sectionId, quote.continues])).toEqual([
      ['section-1', null],
      ['section-2', 'section-1-1-q1'],
    ]);
  });

  it('reads each line as a paragraph of its own, with or without blank lines between (one paragraph a line, as sources are copied)', () => {
    const lines = ['近日，海右財經獲悉，天星數科正在積極拓展新增合作方。', '　　這是繼小米消費金融公司承接其業務後，天星數科首次主動對外擴張。', '某從業者表示：「流量是最大的成本。」'];
    const article = parseOk(`${FRONTMATTER}\n${lines[0]}\n${lines[1]}\n\n${lines[2]}\n`);
    expect(article.sections[0]?.paragraphs).toEqual([
      { id: 'section-1-1', text: lines[0] },
      { id: 'section-1-2', text: lines[1] },
      { id: 'section-1-3', text: lines[2] },
    ]);
    expect(article.quotes.map((quote) => [quote.paragraphId, quote.speaker])).toEqual([['section-1-3', '某從業者']]);
  });

  it('keeps each line exactly as written, trailing spaces and a final backslash included, with a warning for the spaces', () => {
    const result = parse(`${FRONTMATTER}\n甲段。  \n乙段。\\\n丙段。\n`);
    expect(result.ok && result.article.sections[0]?.paragraphs.map((paragraph) => paragraph.text)).toEqual(['甲段。  ', '乙段。\\', '丙段。']);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([expect.stringMatching(/:9:4: warning: 1 line\(s\) end in spaces, the first here; kept as written \[odd-space\]/)]);
  });

  it('decodes markdown escapes so the text is the source text', () => {
    const article = parseOk(`${FRONTMATTER}\n成本 \\<10% 且 1\\*2\\*3。\n`);
    expect(article.sections[0]?.paragraphs[0]?.text).toBe('成本 <10% 且 1*2*3。');
  });
});

describe('bad input fails with path:line:column and no article', () => {
  it('reports a missing required field', () => {
    const errors = parseErrors(FRONTMATTER.replace('title: 測試文章\n', '') + '\n甲。\n');
    expect(errors).toEqual([expect.stringMatching(/^content\/articles\/test-article\.md:\d+:\d+: frontmatter field "title" is required/)]);
  });

  it('reports a missing nested field at its parent', () => {
    const errors = parseErrors(FRONTMATTER.replace('  outlet: 測試財經\n', '  via: 轉載網\n') + '\n甲。\n');
    expect(errors[0]).toMatch(/:6:3: frontmatter field "source.outlet" is required/);
  });

  it('reports an unknown field at its line', () => {
    const errors = parseErrors(FRONTMATTER.replace('language: zh-Hant\n', 'language: zh-Hant\ntitel: 錯字\n') + '\n甲。\n');
    expect(errors).toEqual([expect.stringMatching(/:5:1: unknown frontmatter field "titel"/)]);
  });

  it('reports a mistyped field', () => {
    const errors = parseErrors(FRONTMATTER.replace('language: zh-Hant', 'language: Traditional').replace('published: 2024-03-05', 'published: [2024]') + '\n甲。\n');
    expect(errors.join('\n')).toMatch(/:3:12: frontmatter field "published" has the wrong type/);
    expect(errors.join('\n')).toMatch(/:4:11: frontmatter field "language" must be zh-Hant or zh-Hans \(zh-TW, zh-HK, zh-CN and zh-SG are read as these\), got "Traditional"/);
  });

  it('reports an impossible date', () => {
    const errors = parseErrors(FRONTMATTER.replace('2024-03-05', '2023-02-30') + '\n甲。\n');
    expect(errors).toEqual([expect.stringMatching(/:3:12: frontmatter field "published" is not a real date, got "2023-02-30"/)]);
  });

  it('reports a date more precise than the format allows', () => {
    const errors = parseErrors(FRONTMATTER.replace('2024-03-05', '2024/03/05') + '\n甲。\n');
    expect(errors[0]).toMatch(/"published" must be YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  it('reports duplicate section ids', () => {
    const errors = parseErrors(`${FRONTMATTER}\n## 甲 {#same}\n\n一。\n\n## 乙 {#same}\n\n二。\n`);
    expect(errors).toEqual([expect.stringMatching(/:13:1: id "same" is already used at line 9 \[duplicate-id\]/)]);
  });

  it('reports an id that is not URL-safe', () => {
    const errors = parseErrors(`${FRONTMATTER}\n## 甲 {#流量 war}\n\n一。\n`);
    expect(errors).toEqual([expect.stringMatching(/:9:1: section id "流量 war" is not URL-safe/)]);
  });

  it('reports an empty body', () => {
    expect(parseErrors(FRONTMATTER)).toEqual([expect.stringMatching(/: the article has no body text \[empty-body\]/)]);
    expect(parseErrors(`${FRONTMATTER}\n## 只有標題\n`).join('\n')).toMatch(/has no paragraphs/);
  });

  it('reports a file that is not UTF-8 at the bad byte', () => {
    const good = new TextEncoder().encode(`${FRONTMATTER}\n甲乙`);
    const big5 = new Uint8Array([...good, 0xa4, 0xa4, 0xa4, 0xe5, 0x0a]);
    expect(parseErrors(big5)).toEqual([expect.stringMatching(/:9:3: file is not valid UTF-8 \(byte \d+\)/)]);
  });

  it('reports a missing frontmatter block', () => {
    expect(parseErrors('甲。\n')).toEqual([expect.stringMatching(/test-article\.md:1:1: the file must start with YAML frontmatter/)]);
  });

  it('reports broken YAML', () => {
    expect(parseErrors(FRONTMATTER.replace('title: 測試文章', 'title: [unclosed') + '\n甲。\n')[0]).toMatch(/frontmatter is not valid YAML/);
  });

  it('reports every problem at once', () => {
    const errors = parseErrors(FRONTMATTER.replace('title: 測試文章\n', 'titel: x\n') + '\n## 甲 {#a}\n\n一。\n\n## 乙 {#a}\n\n二。\n\n## {#main}\n\n三。\n');
    expect(errors.map((error) => /\[([a-z-]+)\]$/.exec(error)?.[1]).sort()).toEqual(['duplicate-id', 'empty-heading', 'frontmatter-required', 'frontmatter-unknown-field', 'id-reserved']);
  });
});

describe('npm run article (CLI)', () => {
  it('prints the contract JSON for the seed', () => {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/cli/article.ts', SEED_PATH], { encoding: 'utf8' });
    const json: unknown = JSON.parse(stdout);
    expect(articleSchema.parse(json).slug).toBe('xiaomi-tianxing-traffic-partners');
    expect(Object.keys(json as object)).toEqual(['slug', 'title', 'dek', 'category', 'published', 'language', 'region', 'regionSource', 'source', 'author', 'tags', 'notice', 'aliases', 'formerSlugs', 'provenance', 'corrections', 'sections', 'quotes', 'timeline']);
  });

  it('exits non-zero with diagnostics and no partial output on bad content', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli/article.ts', 'tests/fixtures/bad/impossible-date.md'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^tests\/fixtures\/bad\/impossible-date\.md:3:12: frontmatter field "published" is not a real date, got "2023-02-30" \[frontmatter-invalid\]\n$/);
  });
});

const HANT_BODY = '滙豐銀行周五宣布上調港元最優惠利率，是該行自2008年以來首次連續兩次加息。行政總裁在記者會上表示：「我們會密切留意市場情況。」';
const HANS_BODY = '比亚迪董事长王传福在业绩说明会上说：“价格战还会持续一段时间，但我们有信心保持领先。”去年12月，比亚迪曾宣布推出新车型。';
/** The test frontmatter with another `language` line (null: none), titled in the script of the body that follows. */
const withLanguage = (line: string | null, title = '測試文章') =>
  FRONTMATTER.replace('language: zh-Hant\n', line === null ? '' : `${line}\n`).replace('測試文章', title);
const HANS_TITLE = '测试文章';

describe('the language', () => {
  it('reads the regional tags editors copy from sources as the two scripts', () => {
    for (const tag of ['zh-TW', 'zh-hk', 'ZH-MO', 'zh_Hant_TW']) expect(parseOk(`${withLanguage(`language: ${tag}`)}\n${HANT_BODY}\n`).language).toBe('zh-Hant');
    for (const tag of ['zh-CN', 'zh-sg', 'zh-Hans']) expect(parseOk(`${withLanguage(`language: ${tag}`, HANS_TITLE)}\n${HANS_BODY}\n`).language).toBe('zh-Hans');
  });

  it('fails when the text is written in the other script than the one declared, at the field', () => {
    const errors = parseErrors(`${withLanguage('language: zh-Hant', HANS_TITLE)}\n${HANS_BODY}\n`);
    expect(errors).toEqual([
      expect.stringMatching(/test-article\.md:4:1: frontmatter field "language" is zh-Hant but the text reads as zh-Hans \(0 of \d+ Han characters \(0\.0 %\) are Traditional forms\): set "language: zh-Hans" \[language-mismatch\]/),
    ]);
    expect(parseErrors(`${withLanguage('language: zh-Hans')}\n${HANT_BODY}\n`).join('\n')).toMatch(/is zh-Hans but the text reads as zh-Hant/);
  });

  it('keeps the declared language of a Traditional text with a few Simplified conversion quirks (并, 后, 里)', () => {
    const quirky = HANT_BODY.replace('是該行', '并是該行').replace('記者會上', '記者會后');
    expect(parseOk(`${FRONTMATTER}\n${quirky}\n`).language).toBe('zh-Hant');
  });

  it('reads a missing language from the text, with a warning; fails only when the text cannot tell', () => {
    const result = parse(`${withLanguage(null, HANS_TITLE)}\n${HANS_BODY}\n`);
    expect(result.ok && result.article.language).toBe('zh-Hans');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/warning: frontmatter has no "language"; the text reads as zh-Hans .*: add "language: zh-Hans" to say so \[language-inferred\]/),
    ]);
    expect(parseErrors(`${withLanguage(null)}\n甲乙丙。\n`)).toEqual([
      expect.stringMatching(/frontmatter field "language" is required \(zh-Hant or zh-Hans\): the text is too short or too mixed to tell/),
    ]);
  });
});

describe('the slug', () => {
  const slugOf = (fileName: string) => {
    const result = parseArticle(`content/articles/${fileName}`, `${FRONTMATTER}\n甲。\n`);
    if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
    return { slug: result.article.slug, warnings: result.diagnostics.map(formatDiagnostic) };
  };

  it('is the file name when that is already a slug, with nothing to say', () => {
    expect(slugOf('xiaomi-tianxing-traffic-partners.md')).toEqual({ slug: 'xiaomi-tianxing-traffic-partners', warnings: [] });
  });

  it('is derived from any other file name, the same way every time, with a warning naming the slug', () => {
    expect(slugOf('2024_Xiaomi Finance.md').slug).toBe('2024-xiaomi-finance');
    expect(slugOf('000_59b1de32102e14a5.md').slug).toBe('000-59b1de32102e14a5');
    expect(slugOf('ＡＩ　２０２４.md').slug).toBe('ai-2024');
    const { slug, warnings } = slugOf('Bad_Slug.md');
    expect(slug).toBe('bad-slug');
    expect(warnings).toEqual([expect.stringMatching(/Bad_Slug\.md:1:1: warning: file name "Bad_Slug\.md" is not a URL slug .*published as "bad-slug": rename the file to "bad-slug\.md"/)]);
  });

  it('keeps names in Chinese apart with a hash of the whole name', () => {
    const [xiaomi, huawei, dated] = ['小米消金.md', '華為.md', '2024-小米消金.md'].map((name) => slugOf(name).slug);
    expect(xiaomi).toMatch(/^article-[0-9a-f]{8}$/);
    expect(huawei).toMatch(/^article-[0-9a-f]{8}$/);
    expect(huawei).not.toBe(xiaomi);
    expect(dated).toMatch(/^2024-[0-9a-f]{8}$/);
    expect(slugOf('小米消金.md').slug).toBe(xiaomi);
  });
});
