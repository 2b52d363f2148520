import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { GLOSSARY, type GlossaryEntry, type GlossaryKind } from '../lib/content/glossary/entries';
import {
  GLOSSARY_DIRECTIONS,
  createGlossaryConverter,
  findConflicts,
  glossaryChangesLength,
  glossaryPairDetails,
  glossaryPairs,
  lengthChangingPairs,
  openccConverter,
  sourceTerm,
  targetTerm,
  toDictionary,
  type GlossaryDirection,
} from '../lib/content/glossary/dictionary';
import { Trie } from 'opencc-js/t2cn';

const converters = Object.fromEntries(
  GLOSSARY_DIRECTIONS.map((direction) => [direction, createGlossaryConverter(direction)]),
) as Record<GlossaryDirection, (text: string) => string>;

const details = Object.fromEntries(GLOSSARY_DIRECTIONS.map((direction) => [direction, glossaryPairDetails(direction)])) as Record<
  GlossaryDirection,
  ReturnType<typeof glossaryPairDetails>
>;

/** The directions in which an entry rewrites its term. */
const activeDirections = (entry: GlossaryEntry) =>
  GLOSSARY_DIRECTIONS.filter((direction) => details[direction].some((pair) => pair.entry === entry && pair.role === 'term'));

const activeEntries = GLOSSARY.filter((entry) => activeDirections(entry).length > 0);

/** A readable test name for an entry. */
const label = (entry: GlossaryEntry) => `${[entry.tw, entry.hk, entry.cn].filter(Boolean).join(' / ')} (${entry.kind})`;

/**
 * Sentences an entry's term is set in, per kind, as a news report would use it: once after a
 * character (so opencc's phrase segmentation sees the term inside running text), once after
 * punctuation or at the start. They contain no glossary term of their own.
 */
const TRADITIONAL_CONTEXTS: Record<GlossaryKind, readonly string[]> = {
  'central-bank': ['{}週三宣布維持利率不變。', '市場預期{}將在下次會議調整政策。'],
  regulator: ['{}發布新規定，要求業者加強揭露。', '根據{}公布的資料，違規案件增加。'],
  organization: ['{}上調今年全球經濟預測。', '各國代表出席{}年會。'],
  exchange: ['{}今天的交易量明顯放大。', '這家公司計畫在{}掛牌。'],
  index: ['{}昨日收高百分之一。', '投資人關注{}的走勢。'],
  currency: ['{}兌美元匯率走弱。', '投資人買進{}資產。'],
  company: ['{}公布上季財報，營收優於預期。', '分析師看好{}的前景。'],
  person: ['{}表示將持續關注市場動向。', '記者詢問{}對此事的看法。'],
  'finance-term': ['分析師指出，{}的變化值得留意。', '市場人士表示{}仍是焦點。'],
  'tech-term': ['業者持續投資{}相關領域。', '{}需求帶動供應鏈出貨。'],
  place: ['公司在{}設立辦公室。', '{}的經濟表現受到關注。'],
};

const SIMPLIFIED_CONTEXTS: readonly string[] = ['据报道，{}的最新消息引发市场关注。', '市场人士关注{}动向。'];

const contextsFor = (entry: GlossaryEntry, direction: GlossaryDirection) =>
  (direction === 'cn-tw' ? SIMPLIFIED_CONTEXTS : TRADITIONAL_CONTEXTS[entry.kind]).map((context) => context.replace('{}', sourceTerm(entry, direction) ?? ''));

/** Code points of a text: the unit in which one-character keys are counted. */
const length = (text: string) => Array.from(text).length;

describe('the glossary as data', () => {
  it('has at least 300 entries that rewrite a term', () => {
    expect(activeEntries.length).toBeGreaterThanOrEqual(300);
  });

  it('every entry rewrites its term in some direction, except the recorded decisions (unchanged: true), which rewrite nothing', () => {
    const idle = GLOSSARY.filter((entry) => !entry.unchanged && activeDirections(entry).length === 0).map(label);
    const busy = GLOSSARY.filter((entry) => entry.unchanged && activeDirections(entry).length > 0).map(label);
    expect(idle).toEqual([]);
    expect(busy).toEqual([]);
  });

  it('has a note and a mainland form for every entry, and cnTw only with cn', () => {
    for (const entry of GLOSSARY) {
      expect(entry.note.length, label(entry)).toBeGreaterThan(10);
      expect(entry.cn.length, label(entry)).toBeGreaterThan(0);
      expect(entry.tw ?? entry.hk ?? entry.cnTw, label(entry)).toBeDefined();
    }
  });

  it.each(GLOSSARY_DIRECTIONS)('%s: no two pairs give one key different values', (direction) => {
    expect(findConflicts(details[direction]).map(({ key }) => key)).toEqual([]);
  });

  it('reports a conflict rather than picking a side', () => {
    const twice: GlossaryEntry[] = [
      { kind: 'place', tw: '雪梨', cn: '悉尼', note: 'Sydney, as in the glossary.' },
      { kind: 'place', tw: '雪梨', cn: '雪梨市', note: 'A conflicting entry for the test.' },
    ];
    const pairs = glossaryPairDetails('tw-cn', twice);
    expect(findConflicts(pairs).map(({ key }) => key)).toEqual(['雪梨']);
    expect(() => toDictionary(pairs)).toThrow(/雪梨/);
  });

  it('has no duplicate entry (same term for the same direction twice)', () => {
    for (const direction of GLOSSARY_DIRECTIONS) {
      const terms = details[direction].filter((pair) => pair.role === 'term').map((pair) => pair.source);
      expect(terms.filter((term, at) => terms.indexOf(term) !== at), direction).toEqual([]);
    }
  });

  it('uses every keep word: each contains its term once converted, in some direction', () => {
    const unused = GLOSSARY.flatMap((entry) =>
      (entry.keep ?? [])
        .filter((word) => !GLOSSARY_DIRECTIONS.some((direction) => details[direction].some((pair) => pair.entry === entry && pair.role === 'keep' && pair.source === word)))
        .map((word) => `${label(entry)}: ${word}`),
    );
    expect(unused).toEqual([]);
  });

  it('gives every one- or two-character term a case where it must not fire (keep words or notIn sentences)', () => {
    const unguarded = activeEntries.filter((entry) =>
      activeDirections(entry).some((direction) => {
        const term = sourceTerm(entry, direction) ?? '';
        return length(term) <= 2 && !entry.keep?.length && !entry.notIn?.length && !SAFE_SHORT_TERMS.has(term);
      }),
    );
    expect(unguarded.map(label)).toEqual([]);
  });

  it('keys every pair on what opencc makes of the source form, so keys cannot drift', () => {
    for (const direction of GLOSSARY_DIRECTIONS) {
      const convert = openccConverter(direction);
      for (const pair of details[direction]) expect(pair.key, `${direction} ${pair.source}`).toBe(convert(pair.source));
    }
  });
});

/**
 * Short terms checked by hand for words they could hide in, found none in a dictionary of
 * compounds, and so need no keep list: they are transliterations whose characters pair rarely.
 */
const SAFE_SHORT_TERMS = new Set([
  '那斯達克', // (4, listed for clarity)
  '澳幣', '日圓', '韓圜', '韓幣', '紐幣', '披索', '泰幣', '港紙', '輝達', '賓士', '網飛', '嬌生', '寶僑', '耐吉', '巴郡', '面書', '積架', '霍士',
  '達梭', '威訊', '坡元', '蓋茲', '普丁', '葉倫', '布希', '布殊', '雷根', '孖展', '沽空', '沽出', '沽售', '沽壓', '沽盤', '賣壓', '窩輪',
  '止蝕', '止賺', '停損', '軋空', '殺盤', '次按', '樓價', '好倉', '淡倉', '財爺', '通膨', '半碼', '評等', '匯價', '財測', '拆款', '呆帳',
  '壞賬', '期權', '晶片', '軟體', '硬體', '網路', '筆電', '螢幕', '熒幕', '奈米', '雷射', '寬頻', '串流', '矽', '矽谷', '雪梨', '杜拜',
  '葉門', '迦納', '寮國', '汶萊', '南韓', '北韓', '帛琉', '諾魯', '永珍', '宿霧', '曼島', '杜哈', '麻州', '碳權', '黃豆', '峇里', '珀斯', '肯雅',
  '東協', '台化', '台电', '恒隆', '恒基', '恒力', '恒逸', '斗鱼', '台塑', '台泥', '川普', '鮑爾', '亞培', '新力', '超微', '平治',
]);

describe.each(GLOSSARY_DIRECTIONS)('%s', (direction) => {
  const convert = converters[direction];
  const plain = openccConverter(direction);
  const entries = activeEntries.filter((entry) => activeDirections(entry).includes(direction));

  describe('fires in context', () => {
    it.each(entries.map((entry) => [label(entry), entry] as const))('%s', (_, entry) => {
      const target = targetTerm(entry, direction) ?? '';
      for (const sentence of contextsFor(entry, direction)) {
        const converted = convert(sentence);
        expect(converted, sentence).toContain(target);
        // opencc alone does not get there: the entry is what makes the difference.
        expect(plain(sentence), sentence).not.toBe(converted);
      }
    });
  });

  const guarded = entries.filter((entry) => entry.keep?.length || entry.notIn?.length);
  describe('does not fire inside other words', () => {
    it.each(guarded.map((entry) => [label(entry), entry] as const))('%s', (_, entry) => {
      const cases = [...(entry.notIn ?? []), ...(entry.keep ?? []).map((word) => `報導提到「${word}」一詞。`)];
      for (const sentence of cases) expect(convert(sentence), sentence).toBe(plain(sentence));
    });
  });
});

describe('false hits found while building the glossary (kept as regression cases)', () => {
  const tw = converters['tw-cn'];
  const hk = converters['hk-cn'];
  const cn = converters['cn-tw'];
  it.each([
    // Short keys dropped or lengthened: these words must come out as plain opencc makes them.
    ['tw-cn', '刷卡達到上限後無法消費。'], // 卡達 (Qatar) dropped: only 卡達投資局, 卡達航空, 卡達政府
    ['tw-cn', '歐美金融市場同步下跌。'], // 美金 dropped: only 萬美金, 億美金
    ['tw-cn', '中美金融合作持續。'],
    ['tw-cn', '個人行為不代表公司立場。'], // 人行 (PBoC, HK) dropped
    ['hk-cn', '個人行為不代表公司立場。'],
    ['hk-cn', '政府致力擴大市場規模。'], // 大市 (HK: the market) dropped
    ['hk-cn', '平淡市況持續。'], // 淡市 (HK: bear market) dropped
    ['hk-cn', '歐美匯市波動加劇。'], // 美匯 dropped: only 美匯指數
    ['tw-cn', '他說那指的是去年的數字。'], // 那指 (Nasdaq, Taiwan) dropped
    ['tw-cn', '這是一個奇異的現象。'], // 奇異 (GE) lengthened to 奇異公司
    ['tw-cn', '在美中資企業面臨審查。'], // 美中 (US-China) not listed
    ['tw-cn', '福斯推出新片。'], // 福斯 (VW or Fox) lengthened
    ['tw-cn', '投資安全是首要考量。'], // 資安 (infosec) dropped
    ['tw-cn', '數位專家出席會議。'], // 數位 (digital) lengthened to 數位化 etc.
    ['tw-cn', '國營運輸公司虧損。'], // 營運 (operations) not listed: the mainland writes 营运 too
    ['tw-cn', '他在紐約證交所旁的餐廳用餐。'.replace('紐約', '東京').replace('東京證交所', '證交所')], // 證交所 alone dropped
    ['tw-cn', '聖地牙哥港口繁忙。'], // 聖地牙哥 (San Diego or Santiago) not listed
    ['tw-cn', '喬治亞州選舉結果出爐。'], // 喬治亞 (Georgia: state or country) not listed
    ['tw-cn', '默克宣布收購案。'], // 默克 (Merck & Co. or Merck KGaA) not listed
  ] as const)('%s: %s', (direction, sentence) => {
    const convert = { 'tw-cn': tw, 'hk-cn': hk, 'cn-tw': cn }[direction];
    expect(convert(sentence)).toBe(openccConverter(direction)(sentence));
  });

  it('longer entries win over the shorter ones inside them', () => {
    expect(tw('美國聯準會決定升息一碼。')).toBe('美联储决定加息25个基点。');
    expect(tw('南北韓關係緊張。')).toBe('朝韩关系紧张。');
    expect(tw('阿聯酋與阿聯同為產油國。')).toBe('阿联酋与阿联酋同为产油国。');
    expect(tw('道瓊工業指數與道瓊斯公司。')).toBe('道琼斯工业指数与道琼斯公司。');
    expect(tw('公司董事長兼執行長將執行長期計畫。')).toBe('公司董事长兼首席执行官将执行长期计划。');
    expect(tw('德州儀器在德州設廠。')).toBe('德州仪器在得州设厂。');
    expect(tw('美超微與超微都是伺服器供應商。')).toBe('超微电脑与AMD都是服务器供应商。');
    expect(hk('中國證監會與證監會簽署備忘錄。')).toBe('中国证监会与香港证监会签署备忘录。');
    expect(hk('聯儲局加息，恒指下跌，沽空金額上升，窩輪成交減少。')).toBe('美联储加息，恒指下跌，卖空金额上升，权证成交减少。');
    expect(cn('台积电与恒隆地产公布业绩，美联储维持利率。')).toBe('台積電與恒隆地產公佈業績，美聯儲維持利率。');
  });
});

/** OpenCC's own test cases: inputs, and the output OpenCC expects per config. */
function openccCases(): { input: string; expected: Record<string, string> }[] {
  const raw = readFileSync(new URL('./fixtures/opencc/testcases.json', import.meta.url), 'utf8').replace(/,(\s*[\]}])/g, '$1');
  return (JSON.parse(raw) as { cases: { input: string; expected: Record<string, string> }[] }).cases;
}

/** Real text: OpenCC's test inputs, the seed article (Traditional), a mainland fixture. */
function corpus(): string[] {
  const seed = readFileSync(new URL('./fixtures/seed/000_59b1de32102e14a5.txt', import.meta.url), 'utf8').split('\n');
  const mainland = readFileSync(new URL('./fixtures/zh-hans/bank-rate-cut.md', import.meta.url), 'utf8').split('\n');
  return [...openccCases().map((testCase) => testCase.input), ...seed, ...mainland].filter((line) => line.trim() !== '');
}

/** The replacements the glossary makes in an opencc-converted text (found with opencc-js's own trie). */
function firings(direction: GlossaryDirection, converted: string): string[] {
  const pairs = new Map(glossaryPairs(direction));
  const trie = new Trie();
  trie.loadDict(glossaryPairs(direction));
  return trie.segment(converted).filter((part) => pairs.has(part) && pairs.get(part) !== part).map((part) => pairs.get(part) ?? part);
}

describe('opencc unchanged on text without glossary terms', () => {
  const paragraphs = {
    'tw-cn': '臺灣的軟著陸仍有待觀察。他頭髮乾燥，著名的幹部說了解情況後再決定，裡面的麵包很好吃。',
    'hk-cn': '衞生署表示，化粧品與櫃枱的敍述均須更新，市民可於網上查閱。',
    'cn-tw': '他头发干燥，著名的干部说了解情况后再决定，里面的面包很好吃，台风过后天气转晴。',
  } as const;

  it.each(GLOSSARY_DIRECTIONS)('%s: a paragraph converts identically with and without the glossary', (direction) => {
    expect(converters[direction](paragraphs[direction])).toBe(openccConverter(direction)(paragraphs[direction]));
  });

  it.each(GLOSSARY_DIRECTIONS)('%s: on real text, the glossary changes only lines that hold one of its terms', (direction) => {
    const terms = activeEntries.map((entry) => sourceTerm(entry, direction)).filter((term): term is string => term !== undefined);
    // The lines in the direction's source script: Traditional lines change under tw→cn, Simplified ones do not.
    const traditional = (line: string) => openccConverter('tw-cn')(line) !== line;
    const lines = corpus().filter((line) => traditional(line) === (direction !== 'cn-tw'));
    expect(lines.length).toBeGreaterThan(100);
    const changed = lines.filter((line) => converters[direction](line) !== openccConverter(direction)(line));
    expect(changed.filter((line) => !terms.some((term) => line.includes(term)))).toEqual([]);
  });

  it('tw-cn: where OpenCC\'s own tw2sp (Taiwan phrases) test cases expect a mainland word, each replacement agrees', () => {
    const disagreements = openccCases()
      .filter((testCase) => testCase.expected.tw2sp !== undefined)
      .flatMap((testCase) => {
        const expected = testCase.expected.tw2sp ?? '';
        const made = firings('tw-cn', openccConverter('tw-cn')(testCase.input));
        const count = (text: string, word: string) => text.split(word).length - 1;
        return [...new Set(made)]
          .filter((word) => count(expected, word) < made.filter((other) => other === word).length)
          .map((word) => `${testCase.input}: ${word} (OpenCC: ${expected})`);
      });
    expect(disagreements).toEqual([]);
  });
});

describe('API', () => {
  it('exports the pairs as opencc-js dictionary tuples, sorted and unique by key', () => {
    for (const direction of GLOSSARY_DIRECTIONS) {
      const pairs = glossaryPairs(direction);
      const keys = pairs.map(([key]) => key);
      expect(new Set(keys).size).toBe(keys.length);
      expect([...keys].sort()).toEqual(keys);
      expect(pairs.every((pair) => pair.length === 2 && typeof pair[0] === 'string' && typeof pair[1] === 'string')).toBe(true);
    }
    expect(glossaryPairs('tw-cn')).toContainEqual(['联准会', '美联储']);
    expect(glossaryPairs('hk-cn')).toContainEqual(['联储局', '美联储']);
    expect(glossaryPairs('cn-tw')).toContainEqual(['臺積電', '台積電']);
  });

  it('tells which directions can change a text\'s length', () => {
    expect(glossaryChangesLength('tw-cn')).toBe(true);
    expect(glossaryChangesLength('hk-cn')).toBe(true);
    expect(glossaryChangesLength('cn-tw')).toBe(false);
    expect(lengthChangingPairs('tw-cn')).toContainEqual(['道琼', '道琼斯']);
    expect(lengthChangingPairs('tw-cn')).not.toContainEqual(['联准会', '美联储']);
  });
});
