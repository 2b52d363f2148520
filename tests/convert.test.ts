import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { ConverterFunction, ConverterOptions } from 'opencc-js';
import { Locale as simplifiedLocale } from 'opencc-js/t2cn';
import { Locale as traditionalLocale } from 'opencc-js/cn2t';
import { convertArticle, createCharacterConverter, createTextConverter } from '../lib/content/convert';
import { LANGUAGES, articleSchema, type Article, type Language, type Quote, type Region } from '../lib/content/model';
import { SCRIPTS, isScript, languageOfScript, otherScript, scriptOfLanguage } from '../lib/site/script';
import { parseArticleOrThrow } from '../lib/content/parse-article';

const opencc = vi.hoisted(() => {
  /** How often opencc built a converter and converted a text. */
  const counts = { created: 0, calls: 0 };
  /** Wraps a bundle's `Converter` so that every build and every conversion is counted. */
  const counting = (Converter: (options: ConverterOptions) => ConverterFunction) => (options: ConverterOptions) => {
    counts.created += 1;
    const convert = Converter(options);
    return (text: string) => {
      counts.calls += 1;
      return convert(text);
    };
  };
  return { counts, counting };
});

// Counts what lib/convert asks of opencc, without a test hook in production code.
vi.mock('opencc-js/t2cn', async (importOriginal) => {
  const actual = await importOriginal<typeof import('opencc-js/t2cn')>();
  return { ...actual, Converter: opencc.counting(actual.Converter) };
});
vi.mock('opencc-js/cn2t', async (importOriginal) => {
  const actual = await importOriginal<typeof import('opencc-js/cn2t')>();
  return { ...actual, Converter: opencc.counting(actual.Converter) };
});

const toSimplified = createTextConverter('zh-Hant', 'zh-Hans');
const toTraditional = createTextConverter('zh-Hans', 'zh-Hant');

describe('public API', () => {
  it('exports the converters and the script helpers, nothing else', async () => {
    expect(Object.keys(await import('../lib/content/convert')).sort()).toEqual(['convertArticle', 'createCharacterConverter', 'createTextConverter']);
    expect(Object.keys(await import('../lib/site/script')).sort()).toEqual(['SCRIPTS', 'isScript', 'languageOfScript', 'otherScript', 'scriptOfLanguage']);
  });

  it('maps every URL script to a language and back', () => {
    expect(SCRIPTS.map(languageOfScript)).toEqual(['zh-Hant', 'zh-Hans']);
    expect(LANGUAGES.map(scriptOfLanguage)).toEqual(['zh-hant', 'zh-hans']);
    expect(SCRIPTS.map(otherScript)).toEqual(['zh-hans', 'zh-hant']);
  });

  it('recognises script segments exactly: lowercase, as they appear in URLs', () => {
    expect(['zh-hant', 'zh-hans', 'zh-Hant', 'zh', 'zh-tw', ''].filter(isScript)).toEqual(['zh-hant', 'zh-hans']);
  });
});

describe('caching', () => {
  it('builds no opencc converter until a text needs one, then one per direction', async () => {
    vi.resetModules();
    const fresh = await import('../lib/content/convert');
    const created = opencc.counts.created;
    const simplify = fresh.createTextConverter('zh-Hant', 'zh-Hans');
    const traditionalise = fresh.createTextConverter('zh-Hans', 'zh-Hant');
    expect(opencc.counts.created - created).toBe(0);
    simplify('發展');
    fresh.createTextConverter('zh-Hant', 'zh-Hans')('頭髮');
    expect(opencc.counts.created - created).toBe(1);
    traditionalise('发展');
    traditionalise('头发');
    expect(opencc.counts.created - created).toBe(2);
  });

  it('hands each distinct text to opencc once', () => {
    const text = '快取測試：同一段文字只交給轉換器一次。';
    const calls = opencc.counts.calls;
    expect(toSimplified(text)).toBe('快取测试：同一段文字只交给转换器一次。');
    expect(toSimplified(text)).toBe('快取测试：同一段文字只交给转换器一次。');
    expect(createTextConverter('zh-Hant', 'zh-Hans')(text)).toBe('快取测试：同一段文字只交给转换器一次。');
    expect(opencc.counts.calls - calls).toBe(1);
  });

  it('keeps texts apart by direction', () => {
    expect(toSimplified('台灣')).toBe('台湾');
    expect(toTraditional('台灣')).toBe('臺灣');
  });

  it('is the identity, without opencc, when both languages are the same', () => {
    const calls = opencc.counts.calls;
    expect(createTextConverter('zh-Hant', 'zh-Hant')('台灣與臺灣，并后里')).toBe('台灣與臺灣，并后里');
    expect(createTextConverter('zh-Hans', 'zh-Hans')('发展与头发')).toBe('发展与头发');
    expect(opencc.counts.calls - calls).toBe(0);
  });
});

// --- OpenCC's own test cases, run through our cached wrapper -------------------------------

const peerFileSchema = z.object({
  cases: z.array(z.object({ id: z.string(), input: z.string(), expected: z.record(z.string(), z.string()) })),
});
type PeerCase = z.output<typeof peerFileSchema>['cases'][number];

/** OpenCC's test cases; the upstream file has a trailing comma, which JSON.parse rejects. */
function readPeerCases(): PeerCase[] {
  const text = readFileSync(new URL('./fixtures/opencc/testcases.json', import.meta.url), 'utf8');
  return peerFileSchema.parse(JSON.parse(text.replace(/,(\s*[\]}])/g, '$1'))).cases;
}

/** The cases a converter gets wrong for one OpenCC config, with what it produced. */
function peerFailures(cases: readonly PeerCase[], config: string, convert: (text: string) => string) {
  return cases.flatMap((peer) => {
    const expected = peer.expected[config];
    if (expected === undefined) return [];
    const actual = convert(peer.input);
    return actual === expected ? [] : [{ id: peer.id, input: peer.input, expected, actual }];
  });
}

const peerCases = readPeerCases();

/**
 * The OpenCC configs our three directions run before the glossary (Taiwan, Hong Kong and
 * mainland originals), and the failures we accept (none). The glossary is tested on its own
 * (tests/glossary.test.ts): it rewrites a few of these inputs on purpose (輝達 → 英伟达).
 */
const PEER_CONFIGS: readonly { config: string; from: Language; to: Language; region: Region; cases: number; knownFailures: readonly string[] }[] = [
  { config: 'tw2s', from: 'zh-Hant', to: 'zh-Hans', region: 'TW', cases: 32, knownFailures: [] },
  { config: 'hk2s', from: 'zh-Hant', to: 'zh-Hans', region: 'HK', cases: 21, knownFailures: [] },
  { config: 's2tw', from: 'zh-Hans', to: 'zh-Hant', region: 'CN', cases: 65, knownFailures: [] },
];

describe('OpenCC peer test cases', () => {
  it('reads all 232 cases', () => {
    expect(peerCases).toHaveLength(232);
  });

  it.each(PEER_CONFIGS)('$config: $from ($region) → $to passes every case but the known failures', ({ config, from, to, region, cases, knownFailures }) => {
    const failures = peerFailures(peerCases, config, createCharacterConverter(from, to, region));
    expect(peerCases.filter((peer) => peer.expected[config] !== undefined)).toHaveLength(cases);
    expect(failures.filter((failure) => !knownFailures.includes(failure.id))).toEqual([]);
    expect(failures.map((failure) => failure.id)).toEqual(knownFailures);
  });

  it('shows why zh-Hant → zh-Hans is tw→cn: t→cn (t2s) fails three tw2s cases, all on Taiwan usage', async () => {
    const { Converter } = await vi.importActual<typeof import('opencc-js/t2cn')>('opencc-js/t2cn');
    const standardToSimplified = Converter({ from: 't', to: 'cn' });
    expect(peerFailures(peerCases, 'tw2s', standardToSimplified).map((failure) => failure.id)).toEqual([
      'case_044', // 著裝 → 着装: Taiwan writes the particle and 著裝 with 著
      'BYVoid_OpenCC_Issue_1469_simplified_me_passthrough', // 老么 → 老幺
      'BYVoid_OpenCC_Issue_767_solace', // 慰藉著 → 慰藉着
    ]);
  });
});

// --- One-to-many traps, in the style of the archive -----------------------------------------

const TRADITIONAL_TO_SIMPLIFIED: readonly (readonly [string, string])[] = [
  ['創辦人在發布會上撥了撥頭髮，談起集團未來三年的發展規劃。', '创办人在发布会上拨了拨头发，谈起集团未来三年的发展规划。'],
  ['以後每逢新品上市，這款被稱為「手機界皇后」的機型都會率先降價。', '以后每逢新品上市，这款被称为「手机界皇后」的机型都会率先降价。'],
  ['集團派駐的財務幹部抱怨，北方乾燥的冬天讓機房能耗大增。', '集团派驻的财务干部抱怨，北方干燥的冬天让机房能耗大增。'],
  ['這裡距離新建的物流園區不到三公里，地價一年上漲近兩成。', '这里距离新建的物流园区不到三公里，地价一年上涨近两成。'],
  ['這家著名券商一直看著同業擴張，遲遲沒有出手。', '这家著名券商一直看着同业扩张，迟迟没有出手。'],
  ['監管部門希望進一步瞭解平臺的資金流向。', '监管部门希望进一步了解平台的资金流向。'],
  ['公司已準備按照新的會計標準重編財報。', '公司已准备按照新的会计标准重编财报。'],
  ['新規擴大了監管範圍，並附上合同範本。', '新规扩大了监管范围，并附上合同范本。'],
  ['這宗併購於是成為年內規模最大的一筆交易。', '这宗并购于是成为年内规模最大的一笔交易。'],
  // Simplified has one form for both: 台湾. The Traditional page keeps whichever the source wrote.
  ['台灣與臺灣兩種寫法都見於本地財經媒體。', '台湾与台湾两种写法都见于本地财经媒体。'],
];

const SIMPLIFIED_TO_TRADITIONAL: readonly (readonly [string, string])[] = [
  // 發佈會: OpenCC's s2tw choice (Taiwan's dictionary also lists 發布).
  ['创始人在发布会上拨了拨头发，谈起集团未来三年的发展规划。', '創始人在發佈會上撥了撥頭髮，談起集團未來三年的發展規劃。'],
  ['集团派驻的财务干部抱怨，北方干燥的冬天让机房能耗大增，但总部不愿干涉。', '集團派駐的財務幹部抱怨，北方乾燥的冬天讓機房能耗大增，但總部不願干涉。'],
  ['他一边吃着面条，一边谈起公司在研发方面的投入。', '他一邊吃著麵條，一邊談起公司在研發方面的投入。'],
  ['后来，这款被称为“手机界皇后”的机型率先降价。', '後來，這款被稱為“手機界皇后”的機型率先降價。'],
  ['这里的新能源车续航里程普遍超过五百公里。', '這裡的新能源車續航里程普遍超過五百公里。'],
  ['截至六月末，该行理财产品余额为三千亿元。', '截至六月末，該行理財產品餘額為三千億元。'],
  ['只有一只基金在上半年录得正收益。', '只有一隻基金在上半年錄得正收益。'],
  ['他向朋友借钱炒股，称这是借鉴了海外投资者的做法。', '他向朋友借錢炒股，稱這是借鑑了海外投資者的做法。'],
];

describe('one-to-many traps', () => {
  it.each(TRADITIONAL_TO_SIMPLIFIED)('zh-Hant → zh-Hans: %s', (input, expected) => {
    expect(toSimplified(input)).toBe(expected);
  });

  it.each(SIMPLIFIED_TO_TRADITIONAL)('zh-Hans → zh-Hant: %s', (input, expected) => {
    expect(toTraditional(input)).toBe(expected);
  });

  it('keeps mainland vocabulary as written in Traditional (s2tw, not twp), while the glossary gives a mainland reader mainland words', () => {
    expect(toTraditional('软件、网络与信息服务')).toBe('軟件、網絡與信息服務');
    expect(createCharacterConverter('zh-Hant', 'zh-Hans')('軟體、網路與資訊服務')).toBe('软体、网路与资讯服务');
    expect(toSimplified('軟體、網路與資訊服務')).toBe('软件、网络与资讯服务');
  });
});

// --- The seed's mainland forms inside Traditional text --------------------------------------

describe("the seed's conversion quirks", () => {
  // Sentences quoted from content/articles/xiaomi-tianxing-traffic-partners.md: the Traditional
  // text was itself converted from Simplified and kept 并 后 里 于 范, which are Simplified forms
  // already; tw→cn leaves them as they are, which is right for the Simplified page.
  it.each([
    ['但如果只導流給小米消費金融,不僅合作收益相對較低,而且大集團內部合作往往有一定“掣肘”,這在業內并不是個例。', '但如果只导流给小米消费金融,不仅合作收益相对较低,而且大集团内部合作往往有一定“掣肘”,这在业内并不是个例。'],
    ['這是繼小米消費金融公司承接其個人消費信貸業務“隨星借”后,天星數科首次主動對外擴張。', '这是继小米消费金融公司承接其个人消费信贷业务“随星借”后,天星数科首次主动对外扩张。'],
    ['此前小米集團財報里披露,截至2023年6月,全球MIUI月活躍用戶數達6.06億,同比增長10.8%。', '此前小米集团财报里披露,截至2023年6月,全球MIUI月活跃用户数达6.06亿,同比增长10.8%。'],
    ['故導致不少合作方受限于體量規模等原因紛紛終止合作。', '故导致不少合作方受限于体量规模等原因纷纷终止合作。'],
    ['1.TMT觀察網遵循行業規范,任何轉載的稿件都會明確標注作者和來源;', '1.TMT观察网遵循行业规范,任何转载的稿件都会明确标注作者和来源;'],
  ])('keeps the mainland forms: %s', (input, expected) => {
    expect(toSimplified(input)).toBe(expected);
  });

  it('reads the seed’s particle 著 as Taiwan usage (着), which t→cn would keep as 著', () => {
    expect(toSimplified('這背后蘊含著運營細節的差異化和小心思。')).toBe('这背后蕴含着运营细节的差异化和小心思。');
  });

  it('cannot rebuild the original from Simplified: the Traditional page must stay the original', () => {
    expect(toTraditional(toSimplified('這在業內并不是個例'))).toBe('這在業內並不是個例');
  });
});

// --- The invariant convertArticle relies on to cut quotes and events -----------------------

const dictSchema = z.union([z.string(), z.array(z.tuple([z.string(), z.string()]))]);
const chainSchema = z.array(z.array(dictSchema));
const configSchema = z.object({ normalizationChain: chainSchema.optional(), conversionChain: chainSchema });

/** Every [source, replacement] pair of an opencc-js preset config. */
function configEntries(config: unknown): [string, string][] {
  const { normalizationChain = [], conversionChain } = configSchema.parse(config);
  return [...normalizationChain, ...conversionChain].flat().flatMap((dict) =>
    typeof dict === 'string' ? dict.split('|').map((line): [string, string] => [line.split(' ')[0] ?? '', line.split(' ')[1] ?? '']) : dict,
  );
}

describe('opencc dictionaries', () => {
  it.each([
    ['tw2s', simplifiedLocale.configs['tw2s']],
    ['s2tw', traditionalLocale.configs['s2tw']],
  ])('%s maps every phrase to one with as many code points', (_name, config) => {
    const entries = configEntries(config);
    expect(entries.length).toBeGreaterThan(5000);
    expect(entries.filter(([source, replacement]) => Array.from(source).length !== Array.from(replacement).length)).toEqual([]);
  });
});

// --- convertArticle ----------------------------------------------------------------------

/** A quote located by its words, so the literal below carries no hand-counted offsets. */
function quoteIn(paragraph: string, fields: Omit<Quote, 'start' | 'end' | 'continues'>): Quote {
  const start = paragraph.indexOf(fields.text) - 1;
  if (start < 0) throw new Error(`quote not in paragraph: ${fields.text}`);
  return { ...fields, start, end: start + fields.text.length + 2, continues: null };
}

const P1 = '近日，海右財經獲悉，天星數科正在積極拓展新增合作方。某從業者透露：“這裡的幹部都在準備併購，頭髮都快愁白了。”';
const P2 = '2023年1月，小米注銷了小貸牌照，與此同時還下架了保險產品、基金業務。';
const P3 = '2015年初，小米正式推出了第一款金融產品“小米錢包”，此後發展勢頭越來越猛，這背後蘊含著運營細節的差異化。';
const P4 = '報告指出，二噁英排放仍是園區的頭號難題，負責人坦言“整改期限已經延後”。';

const ARTICLE: Article = articleSchema.parse({
  slug: 'conversion-test',
  title: '天星數科擴張合作方，扯下了小米消金的“遮羞布”',
  dek: '“離開你，我將活得更好”',
  category: '快訊',
  published: '2024-01',
  language: 'zh-Hant',
  region: 'TW',
  regionSource: 'text',
  source: { outlet: '海右財經', via: 'TMT觀察網', url: 'https://example.com/財經/臺灣/1' },
  author: '記者 張偉',
  tags: ['小米', '消費金融'],
  notice: ['1.轉載請注明來源。'],
  aliases: [],
  formerSlugs: [],
  provenance: { captured: null, sha256: '0'.repeat(64) },
  corrections: [],
  sections: [
    { id: 'expansion', heading: '擴張合作方', paragraphs: [{ id: 'expansion-1', text: P1 }, { id: 'expansion-2', text: P2 }] },
    { id: 'history', heading: '金融業務的起落', paragraphs: [{ id: 'history-1', text: P3 }, { id: 'history-2', text: P4 }] },
  ],
  quotes: [
    quoteIn(P1, { id: 'quote-1', kind: 'speech', text: '這裡的幹部都在準備併購，頭髮都快愁白了。', speaker: '某從業者', role: null, sectionId: 'expansion', paragraphId: 'expansion-1', checked: false }),
    quoteIn(P3, { id: 'quote-2', kind: 'term', text: '小米錢包', speaker: null, role: null, sectionId: 'history', paragraphId: 'history-1', checked: false }),
    quoteIn(P4, { id: 'quote-3', kind: 'speech', text: '整改期限已經延後', speaker: '負責人', role: null, sectionId: 'history', paragraphId: 'history-2', checked: false }),
  ],
  timeline: [
    { id: 'event-1', date: '2023-01', dateText: '2023年1月', text: '小米注銷了小貸牌照', sectionId: 'expansion', paragraphId: 'expansion-2', checked: false },
    { id: 'event-2', date: '2015', dateText: '2015年初', text: '小米正式推出了第一款金融產品“小米錢包”', sectionId: 'history', paragraphId: 'history-1', checked: false },
  ],
});

/** The converted text of a paragraph, found by id. */
function paragraphText(article: Article, paragraphId: string): string {
  const paragraph = article.sections.flatMap((section) => section.paragraphs).find((candidate) => candidate.id === paragraphId);
  if (!paragraph) throw new Error(`no paragraph ${paragraphId}`);
  return paragraph.text;
}

describe('convertArticle', () => {
  const converted = convertArticle(ARTICLE, 'zh-Hans');

  it('keeps the shape, the ids and what is not reader-visible text', () => {
    expect(articleSchema.parse(converted)).toEqual(converted);
    const shape = (article: Article) => ({
      sections: article.sections.map((section) => [section.id, section.paragraphs.map((paragraph) => paragraph.id)]),
      quotes: article.quotes.map((quote) => [quote.id, quote.kind, quote.sectionId, quote.paragraphId]),
      timeline: article.timeline.map((event) => [event.id, event.date, event.sectionId, event.paragraphId]),
    });
    expect(shape(converted)).toEqual(shape(ARTICLE));
    expect([converted.slug, converted.published, converted.language, converted.source.url]).toEqual([
      'conversion-test',
      '2024-01',
      'zh-Hant',
      'https://example.com/財經/臺灣/1',
    ]);
  });

  it('converts every reader-visible text', () => {
    expect(converted.title).toBe('天星数科扩张合作方，扯下了小米消金的“遮羞布”');
    expect([converted.dek, converted.category, converted.author]).toEqual(['“离开你，我将活得更好”', '快讯', '记者 张伟']);
    expect(converted.source).toEqual({ outlet: '海右财经', via: 'TMT观察网', url: 'https://example.com/財經/臺灣/1' });
    expect(converted.tags).toEqual(['小米', '消费金融']);
    expect(converted.notice).toEqual(['1.转载请注明来源。']);
    expect(converted.sections.map((section) => section.heading)).toEqual(['扩张合作方', '金融业务的起落']);
    expect(converted.quotes.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['这里的干部都在准备并购，头发都快愁白了。', '某从业者'],
      ['小米钱包', null],
      ['整改期限已经延后', '负责人'],
    ]);
    expect(converted.timeline.map((event) => [event.dateText, event.text])).toEqual([
      ['2023年1月', '小米注销了小贷牌照'],
      ['2015年初', '小米正式推出了第一款金融产品“小米钱包”'],
    ]);
  });

  it('converts whole paragraphs, exactly as the text converter does', () => {
    const originals = ARTICLE.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text));
    const texts = converted.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text));
    expect(texts).toEqual(originals.map(toSimplified));
  });

  it('cuts each quote from its converted paragraph, between its marks', () => {
    for (const quote of converted.quotes) {
      const text = paragraphText(converted, quote.paragraphId);
      expect(quote.text).toBe(text.slice(quote.start + 1, quote.end - 1));
      expect(text.slice(quote.start, quote.end)).toBe(`“${quote.text}”`);
    }
  });

  it('keeps offsets where the paragraph keeps its length, and follows an astral character where it does not', () => {
    expect(converted.quotes.slice(0, 2).map(({ start, end }) => [start, end])).toEqual(ARTICLE.quotes.slice(0, 2).map(({ start, end }) => [start, end]));
    // 二噁英 → 二𫫇英: 𫫇 is one code point but two UTF-16 units, so the later quote moves by one.
    expect(paragraphText(converted, 'history-2')).toHaveLength(P4.length + 1);
    const [original, shifted] = [ARTICLE.quotes[2], converted.quotes[2]];
    expect(shifted && [shifted.start, shifted.end]).toEqual(original && [original.start + 1, original.end + 1]);
  });

  it('cuts each event from its converted paragraph', () => {
    for (const event of converted.timeline) {
      expect(paragraphText(converted, event.paragraphId)).toContain(event.text);
      expect(paragraphText(converted, event.paragraphId)).toContain(event.dateText);
    }
  });

  it('returns the article itself for its own language, and one memoised object per target', () => {
    expect(convertArticle(ARTICLE, 'zh-Hant')).toBe(ARTICLE);
    expect(convertArticle(ARTICLE, 'zh-Hans')).toBe(converted);
  });

  it('cuts a fragment that ends mid-phrase as its paragraph reads (乾燥), not as alone (干 → 幹)', () => {
    const paragraph = '2023年冬，北方干燥的天气让数据中心能耗大增。';
    const simplified: Article = {
      ...ARTICLE,
      language: 'zh-Hans',
      sections: [{ id: 'winter', heading: null, paragraphs: [{ id: 'winter-1', text: paragraph }] }],
      quotes: [],
      timeline: [{ id: 'event-1', date: '2023', dateText: '2023年冬', text: '北方干', sectionId: 'winter', paragraphId: 'winter-1', checked: false }],
    };
    expect(toTraditional('北方干')).toBe('北方幹');
    expect(convertArticle(simplified, 'zh-Hant').timeline[0]?.text).toBe('北方乾');
  });

  it('cuts each piece of a quote continued over paragraphs from its converted paragraph, the open piece up to its paragraph’s end', () => {
    const source = `---\ntitle: 央行\npublished: 2024-03-08\nlanguage: zh-Hant\nsource:\n  outlet: 測試財經\n---\n\n行長說：「這裡的幹部都在準備併購，頭髮都快愁白了。\n\n「但整改期限已經延後。」\n`;
    const article = parseArticleOrThrow('content/articles/continued.md', source);
    const simplified = convertArticle(article, 'zh-Hans');
    const [open, last] = simplified.quotes;
    const [first, second] = simplified.sections[0]!.paragraphs;
    expect(open).toMatchObject({ text: first!.text.slice(open!.start + 1), end: first!.text.length, continues: null });
    expect(open!.text).toBe('这里的干部都在准备并购，头发都快愁白了。');
    expect(last).toMatchObject({ text: second!.text.slice(last!.start + 1, last!.end - 1), continues: open!.id });
  });

  it('converts a quote alone when its words are not between its marks', () => {
    const quote = ARTICLE.quotes[1];
    if (!quote) throw new Error('fixture has three quotes');
    const stray = { ...ARTICLE, quotes: [{ ...quote, text: '隨星借' }] };
    expect(convertArticle(stray, 'zh-Hans').quotes[0]?.text).toBe('随星借');
  });
});
