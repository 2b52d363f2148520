import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Locale } from 'opencc-js/t2cn';
import { regionOfLanguageTag, regionOfOutlet, regionOfText, settleRegion } from '../lib/content/article-region';
import { convertArticle, createCharacterConverter, createTextConverter } from '../lib/content/convert';
import { REGIONS, articleSchema, type Article, type Region } from '../lib/content/model';
import { parseArticleOrThrow } from '../lib/content/parse-article';
import { createGlossaryConverter } from '../lib/content/glossary/dictionary';

const excerptsSchema = z.object({
  source: z.string(),
  excerpts: z.array(
    z.object({
      id: z.string(),
      outlet: z.string(),
      url: z.string(),
      region: z.enum(REGIONS),
      paragraphs: z.array(z.string()).min(1),
      mainlandReads: z.array(z.string()),
      mainlandNeverReads: z.array(z.string()),
    }),
  ),
});
const { excerpts } = excerptsSchema.parse(JSON.parse(readFileSync(new URL('./fixtures/regional/excerpts.json', import.meta.url), 'utf8')));

const hongKongToSimplified = createTextConverter('zh-Hant', 'zh-Hans', 'HK');
const taiwanToSimplified = createTextConverter('zh-Hant', 'zh-Hans', 'TW');

/**
 * Hong Kong-only character forms: the Hong Kong variants of OpenCC's table (HKVariantsRev, what
 * hk2s reads) that tw→cn leaves as they are, so they would survive into a "Simplified" page.
 */
const HONG_KONG_ONLY_FORMS = (() => {
  const dictionary = z.union([z.string(), z.array(z.tuple([z.string(), z.string()]))]);
  const groups = z.array(z.array(dictionary)).parse(Locale.from['hk']);
  const variants = groups
    .flat()
    .flatMap((entries) => (typeof entries === 'string' ? entries.split('|').map((line) => line.split(' ')[0] ?? '') : entries.map(([from]) => from)))
    .filter((form) => Array.from(form).length === 1);
  return [...new Set(variants)].filter((form) => taiwanToSimplified(form) === form && hongKongToSimplified(form) !== form);
})();

const hongKongFormsIn = (text: string) => HONG_KONG_ONLY_FORMS.filter((form) => text.includes(form));

describe('the region of an original', () => {
  const source = { outlet: '某財經', via: null, url: null };

  it('is named by a regional language tag, before the outlet or the text', () => {
    expect(['zh-HK', 'zh_hk', 'zh-Hant-HK', 'zh-MO', 'zh-TW', 'zh-Hant', 'zh-CN'].map(regionOfLanguageTag)).toEqual(['HK', 'HK', 'HK', 'HK', 'TW', null, null]);
    expect(settleRegion({ language: 'zh-Hant', languageTag: 'zh-HK', source: { outlet: '中央社', via: null, url: null }, texts: ['臺灣'] })).toEqual({ region: 'HK', regionSource: 'language' });
  });

  it('is the mainland for every Simplified original', () => {
    expect(settleRegion({ language: 'zh-Hans', languageTag: 'zh-SG', source: { outlet: '明報', via: null, url: null }, texts: [] })).toEqual({ region: 'CN', regionSource: 'language' });
  });

  it('comes from the outlet (who published the copy first), and from the URL for 經濟日報, which both regions have', () => {
    expect(regionOfOutlet({ outlet: '明報', via: null, url: null })).toBe('HK');
    expect(regionOfOutlet({ outlet: '中時新聞網', via: null, url: null })).toBe('TW');
    expect(regionOfOutlet({ outlet: '中央社', via: '華視新聞', url: null })).toBe('TW');
    expect(regionOfOutlet({ outlet: '路透社', via: '香港01', url: null })).toBe('HK');
    expect(regionOfOutlet({ outlet: '經濟日報', via: null, url: 'https://inews.hket.com/article/1' })).toBe('HK');
    expect(regionOfOutlet({ outlet: '經濟日報', via: null, url: 'https://money.udn.com/money/story/1' })).toBe('TW');
    expect(regionOfOutlet({ outlet: '經濟日報', via: null, url: null })).toBeNull();
    expect(regionOfOutlet({ outlet: '某財經', via: null, url: 'https://news.example.com.hk/1' })).toBe('HK');
    expect(regionOfOutlet(source)).toBeNull();
  });

  it('falls back to the text: Hong Kong forms and usage against Taiwan’s, Taiwan on a tie', () => {
    expect(settleRegion({ language: 'zh-Hant', languageTag: 'zh-Hant', source, texts: ['衞生署指本港沽空活動增加。'] })).toEqual({ region: 'HK', regionSource: 'text' });
    expect(settleRegion({ language: 'zh-Hant', languageTag: undefined, source, texts: ['金管會表示，新台幣走弱。'] })).toEqual({ region: 'TW', regionSource: 'text' });
    expect(regionOfText(['公司公布業績。'])).toBe('TW');
  });

  it('reads every Traditional article of the corpus as its outlet’s region from the text alone', () => {
    const sources = readFileSync(new URL('./corpus/SOURCES-hant.md', import.meta.url), 'utf8');
    const rows = sources
      .split('\n')
      .filter((line) => /^\| [a-z0-9]+-\d+ \|/.test(line))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    expect(rows.length).toBeGreaterThanOrEqual(20);
    const files = new Set(readdirSync(new URL('./corpus/articles/', import.meta.url)));
    for (const [, id = '', outlet = '', url = ''] of rows) {
      expect(files.has(`${id}.txt`)).toBe(true);
      const text = readFileSync(new URL(`./corpus/articles/${id}.txt`, import.meta.url), 'utf8');
      const byOutlet = regionOfOutlet({ outlet, via: null, url });
      expect({ id, region: byOutlet }).toEqual({ id, region: expect.stringMatching(/^(HK|TW)$/) });
      expect({ id, region: regionOfText([text]) }).toEqual({ id, region: byOutlet });
    }
  });

  it('puts the seed, a mainland report in Taiwan-standard Traditional (via TMT觀察網), in Taiwan by its text', () => {
    const seed = parseArticleOrThrow('content/articles/xiaomi-tianxing-traffic-partners.md', readFileSync(new URL('../content/articles/xiaomi-tianxing-traffic-partners.md', import.meta.url)));
    expect([seed.region, seed.regionSource]).toEqual(['TW', 'text']);
  });

  it('is read from the frontmatter by the parser', () => {
    const article = parseArticleOrThrow('content/articles/hk.md', '---\ntitle: 港股半日升54點\npublished: 2024-03-08\nlanguage: zh-HK\nsource:\n  outlet: 某財經\n---\n\n港股早段反彈350點後走勢反覆。\n');
    expect([article.language, article.region, article.regionSource]).toEqual(['zh-Hant', 'HK', 'language']);
  });
});

describe('Hong Kong and Taiwan copy as a mainland reader reads it', () => {
  it('knows the six forms only Hong Kong writes', () => {
    expect(HONG_KONG_ONLY_FORMS).toEqual(expect.arrayContaining(['衞', '衹', '敍', '枱', '粧', '糭']));
  });

  it.each(excerpts)('$id ($outlet): the outlet says $region', ({ outlet, url, region }) => {
    expect(regionOfOutlet({ outlet, via: null, url })).toBe(region);
  });

  it.each(excerpts)('$id: no Hong Kong-only form, the glossary’s terms in mainland form', ({ paragraphs, region, mainlandReads, mainlandNeverReads }) => {
    const simplified = paragraphs.map(createTextConverter('zh-Hant', 'zh-Hans', region)).join('\n');
    expect(hongKongFormsIn(simplified)).toEqual([]);
    for (const word of mainlandReads) expect(simplified).toContain(word);
    for (const word of mainlandNeverReads) expect(simplified).not.toContain(word);
  });

  it('maps Hong Kong forms in context that tw→cn would leave in a Simplified page', () => {
    const text = '衞生署指出，化粧品櫃枱的糭子禮盒銷情理想，報告敍述衹屬初步。';
    expect(hongKongFormsIn(taiwanToSimplified(text)).sort()).toEqual(['衞', '衹', '敍', '枱', '粧', '糭'].sort());
    expect(hongKongToSimplified(text)).toBe('卫生署指出，化妆品柜台的粽子礼盒销情理想，报告叙述只属初步。');
  });

  it('leaves no Hong Kong-only form in OpenCC’s own Hong Kong test inputs', () => {
    const peer = z.object({ cases: z.array(z.object({ input: z.string(), expected: z.record(z.string(), z.string()) })) });
    const raw = readFileSync(new URL('./fixtures/opencc/testcases.json', import.meta.url), 'utf8').replace(/,(\s*[\]}])/g, '$1');
    const inputs = peer.parse(JSON.parse(raw)).cases.filter((testCase) => testCase.expected['hk2s'] !== undefined).map((testCase) => testCase.input);
    expect(inputs.length).toBeGreaterThan(10);
    expect(inputs.flatMap((input) => hongKongFormsIn(hongKongToSimplified(input)))).toEqual([]);
  });

  it('does not rewrite Hong Kong usage into Taiwan’s (no twp), and gives each region’s names their mainland form', () => {
    expect(hongKongToSimplified('的士司機用軟件查閱網絡')).toBe('的士司机用软件查阅网络');
    expect(hongKongToSimplified('聯儲局議息後恒指回落')).toBe('美联储议息后恒指回落');
    expect(taiwanToSimplified('聯準會升息後道瓊、那斯達克走低')).toBe('美联储加息后道琼斯、纳斯达克走低');
  });

  it('converts a Simplified original to Taiwan-standard Traditional, keeping mainland names', () => {
    const toTraditional = createTextConverter('zh-Hans', 'zh-Hant', 'CN');
    expect(toTraditional('美联储表示，里面的软件')).toBe('美聯儲表示，裡面的軟件');
  });

  it('has a character-for-character stage per region', () => {
    expect(createCharacterConverter('zh-Hant', 'zh-Hans', 'HK')('聯儲局衞生')).toBe('联储局卫生');
    expect(createCharacterConverter('zh-Hant', 'zh-Hans', 'TW')('聯儲局衞生')).toBe('联储局衞生');
  });
});

describe('the glossary pass', () => {
  it('gives what the glossary’s own CustomConverter gives, on every Traditional corpus article, by region', () => {
    const corpus = new URL('./corpus/articles/', import.meta.url);
    const texts = readdirSync(corpus)
      .map((file) => readFileSync(new URL(file, corpus), 'utf8'))
      .filter((text) => /[們這國說來]/.test(text));
    expect(texts.length).toBeGreaterThanOrEqual(20);
    for (const [region, direction] of [['TW', 'tw-cn'], ['HK', 'hk-cn']] as const) {
      const reference = createGlossaryConverter(direction);
      const convert = createTextConverter('zh-Hant', 'zh-Hans', region);
      for (const text of texts) expect(convert(text)).toBe(reference(text));
      // Paragraphs go through the offset-keeping path: it must read exactly the same.
      const lines = texts.flatMap((text) => text.split('\n')).filter((line) => line.trim() !== '');
      const article = convertArticle(articleOf(region, lines, [], []), 'zh-Hans');
      expect(article.sections[0]!.paragraphs.map((paragraph) => paragraph.text)).toEqual(lines.map(reference));
    }
  });
});

// --- Offsets when the glossary changes a paragraph's length -------------------------------

const quoteAfter = (paragraph: string, words: string, id: string, paragraphId: string) => {
  const start = paragraph.indexOf(`「${words}」`);
  return { id, kind: 'speech' as const, text: words, speaker: null, role: null, sectionId: 'market', paragraphId, start, end: start + words.length + 2, continues: null, checked: false };
};

function articleOf(region: Region, paragraphs: string[], quotes: Article['quotes'], timeline: Article['timeline']): Article {
  return articleSchema.parse({
    slug: `glossary-offsets-${region.toLowerCase()}`,
    title: '美股收盤',
    dek: null,
    category: null,
    published: '2024-03-08',
    language: 'zh-Hant',
    region,
    regionSource: 'language',
    source: { outlet: '測試財經', via: null, url: null },
    author: null,
    tags: [],
    notice: [],
    aliases: [],
    formerSlugs: [],
    provenance: { captured: null, sha256: '0'.repeat(64) },
    corrections: [],
    sections: [{ id: 'market', heading: null, paragraphs: paragraphs.map((text, index) => ({ id: `market-${index + 1}`, text })) }],
    quotes,
    timeline,
  });
}

describe('convertArticle when a glossary term changes the paragraph’s length', () => {
  const P1 = '道瓊工業指數週五下跌，分析師說：「聯準會不會急著降息。」那斯達克則在3月8日收高。';
  const P2 = '聯儲局主席表示：「減息要看數據。」恒指隨即回落。';
  const taiwan = articleOf('TW', [P1], [quoteAfter(P1, '聯準會不會急著降息。', 'market-1-q1', 'market-1')], [
    { id: 'market-1-t1', date: '2024-03-08', dateText: '3月8日', text: '那斯達克則在3月8日收高', sectionId: 'market', paragraphId: 'market-1', checked: false },
  ]);

  it('cuts the quote after 道瓊 (→ 道琼斯, one character longer) from the converted paragraph, between its marks', () => {
    const converted = convertArticle(taiwan, 'zh-Hans');
    const text = converted.sections[0]!.paragraphs[0]!.text;
    expect(text.length).toBeGreaterThan(P1.length);
    const [quote] = converted.quotes;
    expect(text.slice(quote!.start, quote!.end)).toBe(`「${quote!.text}」`);
    expect(quote!.text).toBe('美联储不会急着降息。');
    expect(quote!.start).toBe(taiwan.quotes[0]!.start + 1);
  });

  it('cuts the event after both terms from the converted paragraph', () => {
    const converted = convertArticle(taiwan, 'zh-Hans');
    const [event] = converted.timeline;
    expect(event).toMatchObject({ text: '纳斯达克则在3月8日收高', dateText: '3月8日' });
    expect(converted.sections[0]!.paragraphs[0]!.text).toContain(event!.text);
  });

  it('converts a Hong Kong article with the Hong Kong table and glossary, offsets following', () => {
    const hongKong = articleOf('HK', [P2], [quoteAfter(P2, '減息要看數據。', 'market-1-q1', 'market-1')], []);
    const converted = convertArticle(hongKong, 'zh-Hans');
    const text = converted.sections[0]!.paragraphs[0]!.text;
    expect(text).toBe('美联储主席表示：「减息要看数据。」恒指随即回落。');
    const [quote] = converted.quotes;
    expect(text.slice(quote!.start, quote!.end)).toBe('「减息要看数据。」');
    expect(convertArticle(hongKong, 'zh-Hans').region).toBe('HK');
  });

  it('converts the same text by region: Taiwan’s and Hong Kong’s articles get different tables', () => {
    const text = '衞生署：聯儲局';
    const [taiwanPage, hongKongPage] = (['TW', 'HK'] as const).map((region) => convertArticle(articleOf(region, [text], [], []), 'zh-Hans').sections[0]!.paragraphs[0]!.text);
    expect(hongKongPage).toBe('卫生署：美联储');
    expect(taiwanPage).not.toBe(hongKongPage);
  });
});
