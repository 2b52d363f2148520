import { describe, expect, it } from 'vitest';
import * as quotesModule from '../lib/content/extract/quotes';
import {
  classifyQuote,
  extractQuotes,
  findAttributions,
  findSentenceStart,
  isSentenceLike,
  maskQuotes,
  measureLength,
  resolveSpeaker,
  scanParagraphQuoteMarks,
  scanQuoteMarks,
  trimSpeakerPhrase,
  type QuoteContext,
} from '../lib/content/extract/quotes';
import { ID_PATTERN, quoteSchema, type LocatedParagraph, type Quote } from '../lib/content/model';
import { segmentParagraph } from '../lib/content/segments';

/** Body lines 4-58 of seed article 000_59b1de32102e14a5 (海右財經 via TMT觀察網), verbatim. */
const SEED_BODY = `
近日,海右財經獲悉,小米旗下金融科技公司天星數科正在積極拓展新增合作方,360數科、信也科技等均在洽談接觸中,或將成為首批落地的合作方。
這是繼小米消費金融公司承接其個人消費信貸業務“隨星借”后,天星數科首次主動對外擴張。
據某接近天星數科的從業者透露,目前天星數科較深度的合作方為京東數科和度小滿等,日放款規模約為300萬元,與此同時,天星數科意圖在2024年接入更多平臺,發力助貸業務。
從小米自帶的錢包App、天星數科App的頁面布局上,都可以明顯感受到天星數科為合作方開放流量的力度。
海右財經在體驗小米手機自帶的“錢包”App時發現,未進行用戶登陸時,主頁面頂部為“隨星借”產品入口,當點擊“星選·借錢”登錄后,頂部顯眼處便變更為“度小滿”產品入口。
同時,度小滿給予錢包用戶一定專享福利,頁面顯示最高可借額度為最高30萬元,和7天免息福利。
反觀被小米消費金融承接后的“隨星借”,其入口相對較深,被放置在了“我的-我的資產”內部,最高額度為20萬元。
在天星數科App同樣如此,海右財經體驗發現,星選·借錢在首頁便出現了3個入口,隨星借則內嵌在“我的-我的資產-可借額度” 中。
此外,除了貸款導流外,天星數科還給中信銀行、廣發銀行、寧波銀行、招商銀行信用卡導流。
由此可見,天星數科更愿意將流量傾斜給第三方合作機構。不管是從頁面曝光程度、貸款額度和福利的吸引力上,第三方合作產品都比“隨星借”更具優勢,這背后蘊含著運營細節的差異化和小心思。
實際上,OPPO、vivo、小米、華為手機廠商們在最初涉足消費金融業務時,基本都是利用流量優勢為第三方貸款機構導流。
某流量負責人告訴海右財經,小米消金成立之前,如拍拍貸、360借條等大平臺均與小米金融進行過流量合作;但在21年開啟自營業務后,小米就優先將流量低價導流至自家產品“隨星借”,故導致不少合作方受限于體量規模等原因紛紛終止合作。
“小米原計劃金融業務都劃給消金去做,直至2022年底、2023年初這個階段,小米消金和天星數科分家了,才開始各自算賬”。
除此之外,2023年下半年整體風險走高,也是天星數科再次大規模接入外部合作方、削弱小米消金導流占比的又一導火索。
——“小米消金在通過率上有所壓降,對于天星數科來說,本就便宜賣的流量收益變得更差,既然短期內解決不了問題,當然選擇找外部平臺合作”。
兜兜轉轉,還是賣流量更香。
天星數科此次主動擴張背后的原因,某業務人士分析認為,如果導流給第三方合作機構,天星數科是背靠小米龐大用戶的稀缺流量大戶,具有較強的議價空間和自主權。
“涉及到內部競爭甚至內部斗爭”,該人士直言。“一邊擁有大流量方的話語權,一邊享受更高的收益,何樂而不為?更重要的是,有利于自身金融業務的正向循環,進而跟OPPO、vivo抗衡金融變現的能力。”
但如果只導流給小米消費金融,不僅合作收益相對較低,而且大集團內部合作往往有一定“掣肘”,這在業內并不是個例。
知情人士透露,天星數科的合規法務直接對小米集團匯報,屬于集團派遣的業務協助方,這就造成對業務的強力掣肘。
“金融本來就是鋼絲上跳舞,法務不為業務想,只顧著合規,天星數科壓力可想而知。”
但對于小米消金而言,作為持牌業務線,法務在業務上的影響遠不如天星數科大,“畢竟小米消金僅靠輸出資金便可安穩賺錢,且目前的主力業務其實就是賣資金”。
另外,市場上部分流量合作會按照授信或者CPS進行費用結算,因此流量平臺更傾向與風控能力強的機構合作,流量變現收益更直觀。
有消費金融從業者認為,對于持牌消費金融公司而言,能把業務做“穩”,遠比把業務做大做好重要——“給我一大波流量,風險做爛了肯定是要背鍋擔責的,還不如踏踏實實賣資金,無功也無過。”
一個有牌照,但自營能力弱,一個手握流量,但變現能力不強,面對其他廠商的進擊,長久下去必定是雙輸的勢態。
“更加重要的是,分家之后勢必面對內部話語權的爭奪,天星數科作為手握流量的一方,通過導流其他平臺帶來的分潤,能狠狠打臉小米消金的自營能力——流量給你是白瞎了”,某從業者分析道。
相較于更具市場化的助貸平臺,大多數持牌消費金融的自營能力弱,已是業內共識。
將原本對小米消金的流量扶持力度分散給其他平臺,映射了消費金融行業中,同屬集團的不同公司對于內部資源分配的對抗,也像是天星數科“怒其不爭”后,無情扯下了其以牌照、流量等資源作為業務優勢的“遮羞布”。
近幾年,小米手機發展勢頭越來越猛,市場占有率越來越高。
1月16日,小米集團合伙人、總裁盧偉冰稱,小米手機逐漸縮小和蘋果三星差距,全球逐步形成蘋果、三星、小米頭部品牌格局。
據Canalys智能手機市場初步分析統計數據,2023年第四季度,蘋果公司以24%的市場份額位居第一,三星以17%市場份額位居第二,小米以13%市場份額位居第三。
從月活角度看,中國大陸MIUI月活用戶數已經接近1.5億,并還在持續上漲。此前小米集團財報里披露,截至2023年6月,全球MIUI月活躍用戶數達6.06億,同比增長10.8%。
其中,中國大陸MIUI月活躍用戶數達1.49億,同比增長6.5%。
經過多年的反復打撈,互聯網金融機構們尋求優質流量愈發艱難,當前同業之間互相導流存在客戶共債高、客群質量差的風險,有些機構更希望獲取異業流量。
但正如有網友總結的一樣——“手機里99%的App都可以借錢”,這背后折射出的是越來越多的異業平臺都已經加入了這場流量變現的盛宴。
小米手機內嵌的錢包入口的異業流量,對于渴求增量的各家機構而言,仍是當下搶手的“香餑餑”。
知情人士透露,目前天星數科內部分為支付,消服(消費者金融服務部),供應鏈三大板塊,雷震是消服的老大,也是金融錢包業務的負責人。
當時間撥回到小米的金融業務初開端之時,可謂是高歌猛進。
2013年,天星數科的前身——小米支付技術有限公司成立,雷軍親任董事長。
2015年初,小米正式推出了第一款金融產品“小米錢包”。同年5月11日,小米金融APP正式上線,11月9日,小米金融APP全網發布,內含理財產品“小米活期寶”、“小米基金寶”、“小米定期寶”,以及貸款產品“小米貸款”。
2016年,外界稱是小米金融業務突飛猛進的一年,小米通過收購的方式不斷進擊獲取牌照。
小米系曾集齊消費金融、小額貸款、商業保理、第三方支付、私募股權投資、保險等十余張金融牌照。顯然這是明智的。
2017年年會上,雷軍表示將“聚焦包括互聯網金融在內的五大核心戰略”。互聯網金融業務彼時的地位不言而喻。
小米的金融業務迎來了短暫的爆炸式增長期。
有從業者曾根據小米招股書和財報中的數據計算出2018至2019年金融收入,其2018年Q1的金融業務收入為3.1億。
但2019年半年報和三季報,小米披露了金融業務收入,分別為7.9億和10億,超過了當期游戲收入,為互聯網第二大收入,并且增速分別達到60%及90%以上。
可惜在這之后,小米的金融業務收入再也沒有被單獨披露過。
2019年,互聯網金融的監管大幕徐徐拉開,一直持續到今天。小米的金融業務也在這場合規大趨勢下不斷整改、縮身。
首先,從名稱上“去金融化”,在監管大環境變化下,多家頭部金融科技公司紛紛去“金服”,更名為“數字科技”,小米集團在2018年將金融業務整合組建小米金融,在2019年9月小米金融更名為小米數科。
2020年10月,“小米數科”宣布品牌升級為“天星數科”。同時,“小米錢包App”全面升級為“天星金融錢包App”,本次升級,還加入了小米隨星借(原小米貸款)、保險、金融、小米互助等服務。
再者,2021年4月,包括天星數科在內的14家網絡平臺企業被金融管理部門先后聯合約談,開啟了金融業務的合規整改。陸續開啟品牌隔離,監管亦于2022年初明確要求厘清科技服務與金融業務邊界。
2022年,天星數科的個人消費信貸“隨星借”業務由小米消費金融承接,天星金融APP顯示,“隨星借”服務已變更為小米消費金融提供,此前該服務由小米小貸提供。
不久后,2023年1月小米注銷了小貸牌照,與此同時還下架了保險產品、基金業務。
此前天星金融App內包括財富(基金、理財、黃金投資等)、保險、貸款等多項業務板塊,如今,只剩下了貸款。
所以,天星數科的貸款業務的收益“擔子”更重了,主動對外擴張、發力助貸似乎也是天星數科消金業務目前最好的選擇了。
`;

/** The seed as the parser would hand it over: one paragraph per line, ids named after seed line numbers. */
const seedParagraphs: LocatedParagraph[] = SEED_BODY.trim()
  .split('\n')
  .map((text, index) => ({ sectionId: 's', paragraphId: `p${index + 4}`, text }));

/** Builds paragraphs `p1`, `p2`, … of one section from plain strings. */
function paragraphs(...texts: string[]): LocatedParagraph[] {
  return texts.map((text, index) => ({ sectionId: 's', paragraphId: `p${index + 1}`, text }));
}

/** The kind, words and speaker of each quote: the part of a `Quote` the rules decide. */
function summarize(found: Quote[]): [string, string, string | null][] {
  return found.map((quote) => [quote.kind, quote.text, quote.speaker]);
}

/** Quotes of the seed paragraph that was on `line` of the seed file. */
function seedLine(found: Quote[], line: number): [string, string, string | null][] {
  return summarize(found.filter((quote) => quote.paragraphId === `p${line}`));
}

describe('public API', () => {
  it('exports the functions the parser and tests rely on', () => {
    const functions = Object.entries(quotesModule)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .sort();
    expect(functions).toEqual([
      'classifyQuote',
      'describeUnmatched',
      'endsWithNamingWord',
      'endsWithSpeechVerb',
      'extractQuotes',
      'findAttributionAfter',
      'findAttributions',
      'findIntroducedPeople',
      'findSentenceStart',
      'isClosingPredicate',
      'isCountedAsWord',
      'isOpeningMark',
      'isOrganisationName',
      'isPartialQuoteOfSpeech',
      'isSentenceLike',
      'isWordingInReportedSpeech',
      'maskQuotes',
      'measureLength',
      'readingCopy',
      'resolvePerson',
      'resolveSpeaker',
      'scanParagraphQuoteMarks',
      'scanQuoteMarks',
      'trimSpeakerPhrase',
      'withoutShareTickers',
    ]);
  });
});

describe('scanQuoteMarks', () => {
  it('finds a 「」 span with UTF-16 offsets (start at the opening mark, end after the closing one)', () => {
    expect(scanQuoteMarks('他說：「好。」')).toEqual({
      spans: [{ open: '「', close: '」', start: 3, end: 7, inner: '好。', depth: 0 }],
      unbalanced: [],
    });
  });

  it('counts offsets in code units, so a character outside the BMP takes two', () => {
    expect(scanQuoteMarks('𠮷“好”').spans[0]).toMatchObject({ start: 2, end: 5 });
  });

  it('nests 『』 inside 「」 and orders spans by opening mark', () => {
    const { spans, unbalanced } = scanQuoteMarks('「市場稱之為『躺平』，我不同意」');
    expect(spans.map((span) => [span.open, span.inner, span.depth])).toEqual([
      ['「', '市場稱之為『躺平』，我不同意', 0],
      ['『', '躺平', 1],
    ]);
    expect(unbalanced).toEqual([]);
  });

  it('reads ‘’ as a quote only inside “”, and a lone ’ as an apostrophe', () => {
    const { spans, unbalanced } = scanQuoteMarks('Xiaomi’s ‘plan’: “堅持‘穩中求進’”');
    expect(spans.map((span) => [span.open, span.inner, span.depth])).toEqual([
      ['“', '堅持‘穩中求進’', 0],
      ['‘', '穩中求進', 1],
    ]);
    expect(unbalanced).toEqual([]);
  });

  it('reports an opening “ that never closes', () => {
    expect(scanQuoteMarks('他說：“我們不會降價。')).toEqual({ spans: [], unbalanced: [{ offset: 3, mark: '“' }] });
  });

  it('reports a stray closing 」', () => {
    expect(scanQuoteMarks('公司表示」沒有計劃。').unbalanced).toEqual([{ offset: 4, mark: '」' }]);
  });

  it('reports the inner mark a closing pair strands, and reads no quote across it', () => {
    const { spans, unbalanced } = scanQuoteMarks('「他說“好」');
    expect(spans).toEqual([]);
    expect(unbalanced).toEqual([{ offset: 3, mark: '“' }]);
  });

  it('reads straight ASCII quotes that pair up as quote marks, and leaves an odd one out alone', () => {
    // LABELS.md: paired straight quotes are quote marks like “…”; a lone one (5" for inches) is typography.
    expect(scanQuoteMarks('請注明"來源:TMT觀察網"').spans.map((span) => span.inner)).toEqual(['來源:TMT觀察網']);
    expect(scanQuoteMarks('螢幕為6.1"，「小而美」。')).toEqual({ spans: [{ open: '「', close: '」', start: 8, end: 13, inner: '小而美', depth: 0 }], unbalanced: [] });
  });
});

describe('straight quotes read as the curly pair they stand for', () => {
  const located = (...texts: string[]): LocatedParagraph[] => texts.map((text, index) => ({ sectionId: 's', paragraphId: `s-${index + 1}`, text }));

  it('gives the words after "…"他告诉德国之声，"…" to the one who told them, as with curly marks (德国之声, fresh71-dw-1)', () => {
    const paragraph = '不过他说，竞争正在占据越来越重要的地位。 "来自中国航空公司的竞争发挥了至关重要的作用。"他告诉德国之声，"中国航空公司受益于成本优势。"';
    const quotes = extractQuotes(located('普渡大学副教授高毅指出，澳航在中国大陆的业务一直有限。', paragraph));
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['来自中国航空公司的竞争发挥了至关重要的作用。', '高毅'],
      ['中国航空公司受益于成本优势。', '高毅'],
    ]);
    // The offsets are the source's: the marks there are still straight.
    expect(quotes.map((quote) => paragraph.slice(quote.start, quote.end).at(0))).toEqual(['"', '"']);
  });

  it('reads past a portal’s share-price ticker in a speaker’s description, and leaves it out of the role (光大银行(3.980, 0.10, 2.58%)金融市场部分析师周茂华称)', () => {
    const [quote] = extractQuotes(located('“监管肯定了金融科技创新的作用。未来需要平衡好金融安全与金融创新。”光大银行(3.980, 0.10, 2.58%)金融市场部分析师周茂华称。'));
    expect([quote?.speaker, quote?.role]).toEqual(['周茂华', '光大银行金融市场部分析师']);
  });

  it('shows a speaker holding quoted words with the marks the source printed', () => {
    const [, speech] = extractQuotes(located('集中采购办公室（"联采办"）人士表示："我们正在研究。"'));
    expect(speech?.speaker).toBe('集中采购办公室（"联采办"）人士');
  });
});

describe('scanParagraphQuoteMarks (quotes continued over paragraphs)', () => {
  it('links a quote left open to the next paragraph that reopens it, the open piece running to its paragraph end', () => {
    const texts = ['行長說：「甲。', '「乙。', '「丙。」他說。'];
    expect(scanParagraphQuoteMarks(texts)).toEqual([
      { spans: [{ open: '「', close: '', start: 4, end: 7, inner: '甲。', depth: 0 }], unbalanced: [], continuesPrevious: false },
      { spans: [{ open: '「', close: '', start: 0, end: 3, inner: '乙。', depth: 0 }], unbalanced: [], continuesPrevious: true },
      { spans: [{ open: '「', close: '」', start: 0, end: 4, inner: '丙。', depth: 0 }], unbalanced: [], continuesPrevious: true },
    ]);
  });

  it('lets spaces or dashes come before the reopening mark', () => {
    expect(scanParagraphQuoteMarks(['他說：“甲。', '——“乙。”']).map((marks) => [marks.unbalanced, marks.continuesPrevious])).toEqual([
      [[], false],
      [[], true],
    ]);
  });

  it('keeps an open mark an error when the next paragraph does not reopen it with the same mark', () => {
    expect(scanParagraphQuoteMarks(['他說：「甲。', '乙。」']).map((marks) => marks.unbalanced)).toEqual([[{ offset: 3, mark: '「' }], [{ offset: 2, mark: '」' }]]);
    expect(scanParagraphQuoteMarks(['他說：「甲。', '“乙。”'])[0]?.unbalanced).toEqual([{ offset: 3, mark: '「' }]);
    expect(scanParagraphQuoteMarks(['他說：「甲。', '乙「丙」。'])[0]?.unbalanced).toEqual([{ offset: 3, mark: '「' }]);
  });

  it('reports the last piece of a chain that never closes, and nothing before it', () => {
    expect(scanParagraphQuoteMarks(['他說：「甲。', '「乙。']).map((marks) => marks.unbalanced)).toEqual([[], [{ offset: 0, mark: '「' }]]);
  });

  it('continues no quote whose open piece holds a mark left open: both marks stay unmatched', () => {
    const [first, second] = scanParagraphQuoteMarks(['他說：「市場稱之為『躺平', '「乙。」']);
    expect(first?.spans).toEqual([]);
    expect(first?.unbalanced).toEqual([{ offset: 3, mark: '「' }, { offset: 9, mark: '『' }]);
    expect(second?.continuesPrevious).toBe(false);
    expect(second?.spans.map((span) => span.inner)).toEqual(['乙。']);
  });

  it('reads a quote whose closing mark was lost to its paragraph\'s end, when it runs to a sentence\'s end and holds no other mark', () => {
    const [lost] = scanParagraphQuoteMarks(['叶檀分析认为，阿里巴巴成立网络银行的冲击很大。“从该产品设计来看，说明阿里已经解决了小贷资金来源的问题。', '叶檀认为，是否成立网络银行依然很遥远。']);
    expect(lost?.spans.map((span) => [span.inner, span.close])).toEqual([['从该产品设计来看，说明阿里已经解决了小贷资金来源的问题。', '']]);
    expect(lost?.unbalanced).toEqual([]);
    expect(lost?.readToEnd).toEqual({ offset: 23, mark: '“' });
    // Not when another quote follows it (where the words end is unknown), nor when the words stop short of a sentence's end.
    expect(scanParagraphQuoteMarks(['王丁棉一语道破：“三聚氰胺事件以来信心不断受打击。蒙牛高声疾呼“国产奶粉历史最好”，无不在树立信心。'])[0]?.readToEnd).toBeUndefined();
    expect(scanParagraphQuoteMarks(['他說：「今年市場會比去年更好，明年則難說'])[0]?.readToEnd).toBeUndefined();
  });

  it('keeps nested spans inside an open piece', () => {
    const [first] = scanParagraphQuoteMarks(['他說：“所謂‘躺平’不是我說的。', '“我說的是調整。”']);
    expect(first?.spans.map((span) => [span.inner, span.depth])).toEqual([['所謂‘躺平’不是我說的。', 0], ['躺平', 1]]);
  });
});

describe('rule helpers', () => {
  it('measures length in words: Han characters plus Latin/digit runs, punctuation free', () => {
    expect(measureLength('手機里99%的App都可以借錢')).toBe(11);
    expect(measureLength('我的-我的資產-可借額度')).toBe(10);
  });

  it('treats sentence punctuation or more than twelve words as a clause', () => {
    expect(isSentenceLike('目前沒有裁員計劃。')).toBe(true);
    expect(isSentenceLike('聚焦包括互聯網金融在內的五大核心戰略')).toBe(true);
    expect(isSentenceLike('穩增長、防風險')).toBe(false);
    expect(isSentenceLike('1,000億')).toBe(false);
    expect(isSentenceLike('誰也不知道底部在哪裡')).toBe(true);
    expect(isSentenceLike('我的-我的資產-可借額度')).toBe(false);
  });

  it('trims a clause to the speaker noun phrase', () => {
    expect(trimSpeakerPhrase('但正如有網友')).toBe('網友');
    expect(trimSpeakerPhrase('某業務人士分析')).toBe('某業務人士');
    expect(trimSpeakerPhrase('據某接近天星數科的從業者')).toBe('某接近天星數科的從業者');
    expect(trimSpeakerPhrase('招商銀行行長王良近日對記者')).toBe('招商銀行行長王良');
    expect(trimSpeakerPhrase('有人')).toBe('有人');
    expect(trimSpeakerPhrase('有關人士')).toBe('有關人士');
    expect(trimSpeakerPhrase('某對沖基金經理')).toBe('某對沖基金經理');
  });

  it('drops the occasion between the speaker and the verb (接受專訪時, 出席論壇時, 被問及…時)', () => {
    expect(trimSpeakerPhrase('董事長劉德音日前接受專訪時')).toBe('董事長劉德音');
    expect(trimSpeakerPhrase('行長出席陸家嘴論壇時')).toBe('行長');
    expect(trimSpeakerPhrase('该公司CEO被问及裁员传闻时')).toBe('该公司CEO');
    expect(trimSpeakerPhrase('分析師王明接受本報訪問')).toBe('分析師王明');
    expect(trimSpeakerPhrase('經濟學家談到通脹前景時')).toBe('經濟學家');
    expect(trimSpeakerPhrase('深圳市國資委2月底曾')).toBe('深圳市國資委');
    expect(trimSpeakerPhrase('央行行長周一')).toBe('央行行長');
    expect(trimSpeakerPhrase('财政部长星期三')).toBe('财政部长');
  });

  it('rejects phrases that name no one', () => {
    expect(trimSpeakerPhrase('也就是')).toBeNull();
    expect(trimSpeakerPhrase('據')).toBeNull();
    expect(trimSpeakerPhrase('這')).toBeNull();
    expect(trimSpeakerPhrase('被')).toBeNull();
  });

  it('resolves references to the latest matching speaker, never inventing one', () => {
    expect(resolveSpeaker('該人士', ['知情人士', '王明'])).toBe('知情人士');
    expect(resolveSpeaker('他', ['知情人士', '王明'])).toBe('王明');
    expect(resolveSpeaker('他', [])).toBeNull();
    // 他/她 mean a person: not the company or regulator named since; 其 and 對方 may mean either.
    expect(resolveSpeaker('他', ['王明', '公司'])).toBe('王明');
    expect(resolveSpeaker('她', ['中原地產研究部高級聯席董事黃良昇', '香港金管局'])).toBe('黃良昇');
    expect(resolveSpeaker('他', ['證監會'])).toBeNull();
    expect(resolveSpeaker('其', ['王明', '證監會'])).toBe('證監會');
    expect(resolveSpeaker('他', ['王明', '滙豐銀行行政總裁'])).toBe('滙豐銀行行政總裁');
    expect(resolveSpeaker('该负责人', [])).toBeNull();
    expect(resolveSpeaker('易綱', ['王明'])).toBe('易綱');
  });

  it('classifies with clause shape first, then naming words, then speech cues', () => {
    const base: QuoteContext = { inner: '', leadIn: '', after: '', opensParagraph: false, attributedBefore: false, attributedAfter: false, spansParagraphs: false };
    expect(classifyQuote({ ...base, inner: '數字科技', leadIn: '更名為', after: '。' })).toBe('term');
    expect(classifyQuote({ ...base, inner: '聚焦包括互聯網金融在內的五大核心戰略', leadIn: '雷軍表示將' })).toBe('speech');
    expect(classifyQuote({ ...base, inner: '交易已接近完成', leadIn: '據知情人士透露，', after: '。' })).toBe('speech');
    expect(classifyQuote({ ...base, inner: '花唄', leadIn: '他表示，', after: '是主力產品。' })).toBe('term');
    expect(classifyQuote({ ...base, inner: '沒有流量就沒有一切', leadIn: '有人總結——', after: '。', attributedBefore: true })).toBe('speech');
    expect(classifyQuote({ ...base, inner: '小米錢包', leadIn: '第一款產品——', after: '。' })).toBe('term');
    expect(classifyQuote({ ...base, inner: '好', leadIn: '', after: '', spansParagraphs: true })).toBe('speech');
  });

  it('ends a sentence at a quote whose words end in 。', () => {
    const text = '「甲。」「乙」';
    const { spans } = scanQuoteMarks(text);
    expect(findSentenceStart(maskQuotes(text, spans), spans, 4)).toBe(4);
    expect(maskQuotes(text, spans)).toBe('「□□」「□」');
  });
});

describe('extractQuotes on the seed article', () => {
  const found = extractQuotes(seedParagraphs);

  it('produces valid, uniquely numbered quotes in document order', () => {
    for (const quote of found) expect(quoteSchema.parse(quote)).toEqual(quote);
    expect(found.every((quote) => ID_PATTERN.test(quote.id))).toBe(true);
    expect(new Set(found.map((quote) => quote.id)).size).toBe(found.length);
    expect(found.filter((quote) => quote.paragraphId === 'p43').map((quote) => quote.id)).toEqual(['p43-q1', 'p43-q2', 'p43-q3', 'p43-q4', 'p43-q5']);
    const order = found.map((quote) => [Number(quote.paragraphId.slice(1)), quote.start]);
    expect(order).toEqual([...order].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0)));
  });

  it('keeps offsets that cut the marks out of the paragraph text', () => {
    for (const quote of found) {
      const text = seedParagraphs.find((paragraph) => paragraph.paragraphId === quote.paragraphId)?.text ?? '';
      expect(text.slice(quote.start + 1, quote.end - 1)).toBe(quote.text);
    }
  });

  it('reads product names in narration as terms (line 8, 13, 15)', () => {
    expect(seedLine(found, 8)).toEqual([
      ['term', '錢包', null],
      ['term', '隨星借', null],
      ['term', '星選·借錢', null],
      ['term', '度小滿', null],
    ]);
    expect(seedLine(found, 13)).toEqual([['term', '隨星借', null]]);
    expect(seedLine(found, 15)).toEqual([['term', '隨星借', null]]);
  });

  it('gives a quote paragraph the speaker the previous paragraph introduced (line 16 after 15, 24 after 23)', () => {
    expect(seedLine(found, 16)).toEqual([['speech', expect.stringMatching(/^小米原計劃/), '某流量負責人']]);
    expect(seedLine(found, 24)).toEqual([['speech', expect.stringMatching(/^金融本來就是/), '知情人士']]);
  });

  it('leaves a quote paragraph unattributed when the paragraph before names no one (line 18 after 17)', () => {
    expect(seedLine(found, 18)).toEqual([['speech', expect.stringMatching(/^小米消金在通過率上/), null]]);
  });

  it('resolves 該人士 and continues the speaker into the next sentence (line 21)', () => {
    expect(seedLine(found, 21)).toEqual([
      ['speech', '涉及到內部競爭甚至內部斗爭', '某業務人士'],
      ['speech', expect.stringMatching(/^一邊擁有/), '某業務人士'],
    ]);
  });

  it('reads scare quotes as terms (lines 22, 31, 39)', () => {
    expect(seedLine(found, 22)).toEqual([['term', '掣肘', null]]);
    expect(seedLine(found, 31)).toEqual([
      ['term', '怒其不爭', null],
      ['term', '遮羞布', null],
    ]);
    expect(seedLine(found, 39)).toEqual([['term', '香餑餑', null]]);
  });

  it('leaves a clause quoted after a comma, with no one named in its sentence, unattributed (line 25)', () => {
    expect(seedLine(found, 25)).toEqual([['speech', expect.stringMatching(/^畢竟小米消金/), null]]);
  });

  it('attributes a quote after —— to the sentence’s speaker, trimming 有 (line 27)', () => {
    expect(seedLine(found, 27)).toEqual([
      ['term', '穩', null],
      ['speech', expect.stringMatching(/^給我一大波流量/), '消費金融從業者'],
    ]);
  });

  it('finds a speaker named after the quote (line 29) and after 有…總結 (line 38)', () => {
    expect(seedLine(found, 29)).toEqual([['speech', expect.stringMatching(/^更加重要的是/), '某從業者']]);
    expect(seedLine(found, 38)).toEqual([['speech', '手機里99%的App都可以借錢', '網友']]);
  });

  it('reads products in a list as terms (line 43)', () => {
    expect(seedLine(found, 43).map(([kind, text]) => `${kind}:${text}`)).toEqual([
      'term:小米錢包',
      'term:小米活期寶',
      'term:小米基金寶',
      'term:小米定期寶',
      'term:小米貸款',
    ]);
  });

  it('reads reported words after 表示將 as speech (line 46)', () => {
    expect(seedLine(found, 46)).toEqual([['speech', '聚焦包括互聯網金融在內的五大核心戰略', '雷軍']]);
  });

  it('reads renamed brands and slogans as terms, even after 宣布 (lines 52, 53, 55, 58)', () => {
    expect(seedLine(found, 52)).toEqual([
      ['term', '去金融化', null],
      ['term', '金服', null],
      ['term', '數字科技', null],
    ]);
    expect(seedLine(found, 53).every(([kind]) => kind === 'term')).toBe(true);
    expect(seedLine(found, 55)).toEqual([
      ['term', '隨星借', null],
      ['term', '隨星借', null],
    ]);
    expect(seedLine(found, 58)).toEqual([['term', '擔子', null]]);
  });

  it('finds exactly ten speeches in the seed and gives every term a null speaker', () => {
    expect(found.filter((quote) => quote.kind === 'speech').map((quote) => quote.id)).toEqual([
      'p16-q1', 'p18-q1', 'p21-q1', 'p21-q2', 'p24-q1', 'p25-q1', 'p27-q2', 'p29-q1', 'p38-q1', 'p46-q1',
    ]);
    expect(found.filter((quote) => quote.kind === 'term').every((quote) => quote.speaker === null)).toBe(true);
  });
});

describe('extractQuotes on new sentences', () => {
  /** Each case: paragraphs, then the expected [kind, words, speaker] of every quote, in order. */
  const cases: [string, string[], [string, string, string | null][]][] = [
    ['speech verb and colon before 「」 (Traditional)', ['央行行長易綱表示：「穩健的貨幣政策要靈活適度。」'], [['speech', '穩健的貨幣政策要靈活適度。', '易綱']]],
    ['speaker after the quote, setting trimmed (Traditional)', ['「我們不會降價。」該公司董事長王明在發布會上說。'], [['speech', '我們不會降價。', '王明']]],
    ['demonstrative speaker with nobody earlier names no one (Simplified)', ['该负责人称，“目前没有裁员计划”。'], [['speech', '目前没有裁员计划', null]]],
    ['據…透露 introduces a short quote', ['據知情人士透露，「交易已接近完成」。'], [['speech', '交易已接近完成', '知情人士']]],
    ['product launched in 「」 is a term', ['公司推出「花唄」產品，主打年輕用戶。'], [['term', '花唄', null]]],
    ['nested 『』 stays inside the speech', ['分析師李華說：「市場把這稱為『躺平式投資』，但我不同意。」'], [['speech', '市場把這稱為『躺平式投資』，但我不同意。', '李華']]],
    ['speaker after a comma (Traditional)', ['「降息空間已經有限，下半年更要看財政發力」，分析師李華指出。'], [['speech', '降息空間已經有限，下半年更要看財政發力', '李華']]],
    ['他 resolves to the speaker named in the paragraph before', ['招商銀行行長王良近日對記者表示，零售業務仍是重點。', '他表示：「我們會繼續控制不良率。」'], [['speech', '我們會繼續控制不良率。', '王良']]],
    ['他 with nobody named before is null, never a guess', ['他說：“市場會慢慢回暖。”'], [['speech', '市場會慢慢回暖。', null]]],
    ['speech with no attribution anywhere is null', ['市場情緒仍然低迷，“誰也不知道底部在哪裡”。'], [['speech', '誰也不知道底部在哪裡', null]]],
    ['更名为 names a term (Simplified)', ['2019年，小米金融更名为“小米数科”。'], [['term', '小米数科', null]]],
    ['升级为 beats 宣布 (Simplified)', ['蚂蚁集团宣布品牌升级为“蚂蚁科技”。'], [['term', '蚂蚁科技', null]]],
    ['slogan after 强调 used as a noun is a term', ['监管层多次强调“房住不炒”的定位。'], [['term', '房住不炒', null]]],
    ['quote paragraph inherits from the paragraph before (Simplified)', ['一位券商分析师告诉记者，今年行业整体承压。', '“佣金下调的影响会在下半年集中体现。”'], [['speech', '佣金下调的影响会在下半年集中体现。', '券商分析师']]],
    ['quote paragraph after plain narration stays unattributed', ['今年以來，多家銀行下調了存款利率。', '「存款搬家的趨勢還會持續。」'], [['speech', '存款搬家的趨勢還會持續。', null]]],
    ['该人士 resolves across paragraphs', ['一位接近监管的人士透露，新规预计年内出台。', '“细则还在讨论中”，该人士说。'], [['speech', '细则还在讨论中', '接近监管的人士']]],
    ['他 after a company was named speaks for no one the text names, not for the company', ['公司於2023年6月上市。次月，公司宣布回購。', '他表示，「2025年經濟將全面回升」。'], [['speech', '2025年經濟將全面回升', null]]],
    ['她 skips the regulator named since and points back at the analyst', ['摩根士丹利分析師陳曉明表示：「息口見頂。」', '證監會昨日宣布新規。她補充：「樓價仍會回落。」'], [['speech', '息口見頂。', '陳曉明'], ['speech', '樓價仍會回落。', '陳曉明']]],
    [
      'an interview’s answers (答：, A：) are the interviewee’s, not the interviewer’s',
      ['台積電前資深副總經理林本堅日前接受本報專訪，談及AI晶片需求。', '問：外界擔心AI是「泡沫」，您怎麼看？', '答：「我不認為現在是泡沫。」', '記者：美國設廠會不會稀釋優勢？', 'A：「最先進的製程仍會留在台灣。」'],
      [['term', '泡沫', null], ['speech', '我不認為現在是泡沫。', '林本堅'], ['speech', '最先進的製程仍會留在台灣。', '林本堅']],
    ],
    ['an answer with no one introduced stays unattributed', ['答：「不會。」'], [['speech', '不會。', null]]],
    [
      'a measure before 預估 (成長率預估下修) is no speaker, so 他 still means the one who spoke',
      ['央行總裁楊金龍會後記者會表示：「這次降息不是要救股市。」', '楊金龍說，今年台灣經濟成長率預估下修至2.8%，「下半年出口動能可能趨緩」。', '他坦言，美國關稅政策「仍有很大不確定性」。'],
      [['speech', '這次降息不是要救股市。', '楊金龍'], ['speech', '下半年出口動能可能趨緩', '楊金龍'], ['speech', '仍有很大不確定性', '楊金龍']],
    ],
    ['a second quote sentence continues the same speaker', ['證監會主席吳清表示：「要讓投資者有更多獲得感。」「資本市場改革會繼續推進。」'], [['speech', '要讓投資者有更多獲得感。', '吳清'], ['speech', '資本市場改革會繼續推進。', '吳清']]],
    ['spokesperson with full title (Simplified)', ['国家统计局新闻发言人付凌晖指出：“经济运行总体平稳。”'], [['speech', '经济运行总体平稳。', '付凌晖']]],
    ['在…上 is a setting, not part of the speaker', ['證監會主席在陸家嘴論壇上說，「A股市場正在走出低谷」。'], [['speech', 'A股市場正在走出低谷', '證監會主席']]],
    ['在接受采访时 is trimmed too (Simplified)', ['恒生银行首席经济学家王丹在接受采访时表示，“人民币汇率将保持基本稳定”。'], [['speech', '人民币汇率将保持基本稳定', '王丹']]],
    ['paired ASCII quotes are quotes like “…”', ['公司將這一策略稱為"輕資產"模式。'], [['term', '輕資產', null]]],
    ['idiom in 「」 is a term', ['投資者對管理層可謂「恨鐵不成鋼」。'], [['term', '恨鐵不成鋼', null]]],
    ['brand names before App and in narration are terms (Simplified)', ['用户可以在“支付宝”App中申请“借呗”。'], [['term', '支付宝', null], ['term', '借呗', null]]],
    ['笑稱 is a speech verb', ['馬雲笑稱：「我對錢沒有興趣。」'], [['speech', '我對錢沒有興趣。', '馬雲']]],
    ['有 before a speaker is dropped', ['有業內人士直言，“這輪降費只是開始”。'], [['speech', '這輪降費只是開始', '業內人士']]],
    ['據…報道 names the outlet as the source', ['據路透社報道，「談判已經破裂」。'], [['speech', '談判已經破裂', '路透社']]],
    ['a lone quote paragraph opening the article has no speaker', ['“降准是大概率事件。”'], [['speech', '降准是大概率事件。', null]]],
    ['a reporter’s question is speech by the reporter', ['記者問：“公司是否考慮分拆上市？”'], [['speech', '公司是否考慮分拆上市？', '記者']]],
    ['他还 resolves to the previous named speaker (Simplified)', ['小米集团总裁卢伟冰称，手机业务将继续增长。', '他还透露，“高端化战略已经初见成效”。'], [['speech', '高端化战略已经初见成效', '卢伟冰']]],
    ['a dash after 總結 introduces a short speech', ['有分析師總結得很直白——“沒有流量就沒有一切”。'], [['speech', '沒有流量就沒有一切', '分析師']]],
    ['a dash with no speaker introduces a product name', ['小米的第一款金融產品——“小米錢包”，於2015年上線。'], [['term', '小米錢包', null]]],
    ['‘’ nested in a speech stays in its words', ['“‘穩中求進’是今年的總基調”，一位銀行高管說。'], [['speech', '‘穩中求進’是今年的總基調', '銀行高管']]],
    ['term and speech in one paragraph, numbered in order', ['對於「花唄」的整改，螞蟻集團回應稱：「將嚴格落實監管要求。」'], [['term', '花唄', null], ['speech', '將嚴格落實監管要求。', '螞蟻集團']]],
    ['a question quote paragraph with 道 after the speaker (Simplified)', ['“利率还会再降吗？”一位储户问道。'], [['speech', '利率还会再降吗？', '储户']]],
    ['也就是说 names no one', ['也就是说，“钱从哪里来”仍是核心问题。'], [['term', '钱从哪里来', null]]],
    ['a term opening a paragraph that runs on is still a term (Simplified)', ['“十四五”规划提出，要加快数字化转型。'], [['term', '十四五', null]]],
    ['quote paragraphs chain the speaker on', ['易綱表示，今年經濟將保持平穩。', '「通脹壓力總體可控。」', '「我們有足夠的政策工具。」'], [['speech', '通脹壓力總體可控。', '易綱'], ['speech', '我們有足夠的政策工具。', '易綱']]],
    ['被…稱為 names a term', ['多家國有大行相繼下調存款利率，被業內稱為“降息潮”。'], [['term', '降息潮', null]]],
    [
      'an attribution interrupting a quote names both halves (Simplified)',
      ['“我们有信心渡过难关，”万科董事会主席郁亮在业绩会上说，“公司不会成为第二个恒大。”'],
      [['speech', '我们有信心渡过难关，', '郁亮'], ['speech', '公司不会成为第二个恒大。', '郁亮']],
    ],
    [
      'a dash attribution after the quote beats the speaker of the paragraph before',
      ['記者獲悉，深圳市國資委2月底曾表態支持萬科。', '「現在判斷拐點為時尚早。」——一位券商地產分析師對記者說。'],
      [['speech', '現在判斷拐點為時尚早。', '券商地產分析師']],
    ],
    ['the occasion is not part of the speaker', ['董事長劉德音日前接受專訪時說：「AI需求非常強勁。」'], [['speech', 'AI需求非常強勁。', '劉德音']]],
  ];

  it.each(cases)('%s', (_name, texts, expected) => {
    expect(summarize(extractQuotes(paragraphs(...texts)))).toEqual(expected);
  });

  it('numbers quotes per paragraph and keeps section and paragraph ids', () => {
    const located: LocatedParagraph[] = [
      { sectionId: 'intro', paragraphId: 'a1', text: '公司推出「花唄」和「借唄」。' },
      { sectionId: 'risk', paragraphId: 'b7', text: '王明表示：「風險可控。」' },
    ];
    expect(extractQuotes(located).map((quote) => [quote.id, quote.sectionId, quote.paragraphId, quote.start, quote.end])).toEqual([
      ['a1-q1', 'intro', 'a1', 4, 8],
      ['a1-q2', 'intro', 'a1', 9, 13],
      ['b7-q1', 'risk', 'b7', 5, 12],
    ]);
  });

  it('skips unbalanced marks instead of guessing a span', () => {
    expect(extractQuotes(paragraphs('他說：“我們不會降價。'))).toEqual([]);
  });
});

describe('extractQuotes on quotes continued over paragraphs', () => {
  /** Kind, words, speaker and link of every quote: what a continued quote adds to the summary. */
  const linked = (found: Quote[]) => found.map((quote) => [quote.id, quote.kind, quote.text, quote.speaker, quote.continues]);

  it('makes each paragraph a speech piece linked to the one before, all with the speaker named before the first', () => {
    const texts = ['人民銀行行長潘功勝周三在記者會上說：「今年貨幣政策將保持靈活適度。', '「我們還有降準空間，政策工具箱依然豐富。」'];
    expect(linked(extractQuotes(paragraphs(...texts)))).toEqual([
      ['p1-q1', 'speech', '今年貨幣政策將保持靈活適度。', '潘功勝', null],
      ['p2-q1', 'speech', '我們還有降準空間，政策工具箱依然豐富。', '潘功勝', 'p1-q1'],
    ]);
  });

  it('ends an open piece at its paragraph end and starts the next at its reopening mark', () => {
    const texts = ['他說：“甲乙。', '——“丙丁。”'];
    const [first, second] = extractQuotes(paragraphs('王明表示，市場平穩。', ...texts)).slice(-2);
    expect([first?.start, first?.end, second?.start, second?.end]).toEqual([3, texts[0]?.length, 2, texts[1]?.length]);
  });

  it('gives every piece the speaker named after the last one (…」他說。), over the paragraph before', () => {
    const texts = ['記者獲悉，深圳市國資委曾表態支持萬科。', '“现在判断拐点为时尚早。', '“成交回暖还要等到下半年。”一位券商地产分析师对记者说。'];
    expect(linked(extractQuotes(paragraphs(...texts)))).toEqual([
      ['p2-q1', 'speech', '现在判断拐点为时尚早。', '券商地产分析师', null],
      ['p3-q1', 'speech', '成交回暖还要等到下半年。', '券商地产分析师', 'p2-q1'],
    ]);
  });

  it('resolves 他 after the last piece to the speaker named earlier', () => {
    const texts = ['滙豐亞洲區首席經濟學家范力民昨日表示，美國經濟正在放緩。', '「減息周期已經開始，', '「但步伐會比市場預期慢。」他說。'];
    expect(summarize(extractQuotes(paragraphs(...texts)))).toEqual([
      ['speech', '減息周期已經開始，', '范力民'],
      ['speech', '但步伐會比市場預期慢。', '范力民'],
    ]);
  });

  it('reads a short piece as speech: only speech runs over paragraphs', () => {
    expect(summarize(extractQuotes(paragraphs('「好', '「就這樣」')))).toEqual([
      ['speech', '好', null],
      ['speech', '就這樣', null],
    ]);
  });

  it('numbers a piece after the quotes before it and starts a new quote after the chain closes', () => {
    const texts = ['對於「花唄」的整改，螞蟻集團回應稱：「將嚴格落實監管要求。', '「整改已經完成。」此外，“借唄”照常營業。'];
    expect(linked(extractQuotes(paragraphs(...texts)))).toEqual([
      ['p1-q1', 'term', '花唄', null, null],
      ['p1-q2', 'speech', '將嚴格落實監管要求。', '螞蟻集團', null],
      ['p2-q1', 'speech', '整改已經完成。', '螞蟻集團', 'p1-q2'],
      ['p2-q2', 'term', '借唄', null, null],
    ]);
  });

  it('renders each piece as a speech segment, the text joining back exactly', () => {
    const texts = ['他說：「甲乙。', '「丙丁。」他補充。'];
    const found = extractQuotes(paragraphs(...texts));
    texts.forEach((text, index) => {
      const segments = segmentParagraph(text, found.filter((quote) => quote.paragraphId === `p${index + 1}`));
      expect(segments.map((segment) => segment.text).join('')).toBe(text);
      expect(segments.filter((segment) => segment.kind === 'speech').map((segment) => segment.text)).toEqual([index === 0 ? '「甲乙。' : '「丙丁。」']);
    });
  });

  it('leaves a mark that is neither closed nor continued out of the quotes', () => {
    expect(extractQuotes(paragraphs('他說：“甲。', '乙。'))).toEqual([]);
  });

  it('produces quotes the schema accepts, with a link only on continuing pieces (null on the others)', () => {
    const found = extractQuotes(paragraphs('他說：“甲。', '“乙。”'));
    for (const quote of found) expect(quoteSchema.parse(quote)).toEqual(quote);
    expect(found.map((quote) => quote.continues)).toEqual([null, found[0]?.id]);
  });
});

describe('extractQuotes on sentences in the style of other outlets (HK, Taiwan, mainland)', () => {
  /** Each case: paragraphs, then the expected [kind, words, speaker] of every quote, in order. */
  const cases: [string, string[], [string, string, string | null][]][] = [
    ['HK 指 reports speech, and a quote after a comma closing the sentence is its words', ['滙豐香港區行政總裁林慧虹則指，銀行暫時未有計劃加息，「我哋會密切留意資金流向」。'], [['speech', '我哋會密切留意資金流向', '林慧虹']]],
    ['苦笑 is manner, not part of the speaker', ['「唔係唔想買，係真係冇錢。」一名正在睇樓的市民苦笑說。'], [['speech', '唔係唔想買，係真係冇錢。', '正在睇樓的市民']]],
    ['預計 reports a forecast', ['恒生銀行首席經濟師王振邦預計，本港經濟今年增長約3%，「下半年出口仍然疲弱」。'], [['speech', '下半年出口仍然疲弱', '王振邦']]],
    [
      'a predicate quoted after a subject noun (的影響「…」) is the speaker’s words',
      ['金管局總裁余偉文表示，聯匯制度運作暢順。', '他認為，今次加息對樓市的影響「有限但心理打擊大」。'],
      [['speech', '有限但心理打擊大', '余偉文']],
    ],
    ['a quote after an attribution and a speaker named mid-paragraph (Taiwan)', ['「我們原本預估只會持平。」徐曉梅坦承，今年的表現「超出預期」。'], [['speech', '我們原本預估只會持平。', '徐曉梅'], ['speech', '超出預期', '徐曉梅']]],
    ['a quote opening with a modal or adverb is a predicate', ['長實地產投資董事郭子威則稱，旗下新盤的單位已經「差不多清晒」。'], [['speech', '差不多清晒', '郭子威']]],
    ['a Cantonese modal (唔會) opens a predicate too', ['一位接近港交所的人士透露，監管機構審批「唔會放寬」。'], [['speech', '唔會放寬', '接近港交所的人士']]],
    ['a target stated as a figure after 是 is speech (Simplified)', ['业内人士普遍认为，今年的目标是“在此基础上增长20%”。'], [['speech', '在此基础上增长20%', '业内人士']]],
    ['a figure closing the sentence is speech', ['克而瑞研究中心的报告则称，重点城市成交量环比增长“超过三成”。'], [['speech', '超过三成', '克而瑞研究中心的报告']]],
    ['a scare-quoted noun after a verb stays a term', ['他表示，公司將繼續推進「數字化轉型」。'], [['term', '數字化轉型', null]]],
    ['a slogan after 是 stays a term', ['行政總裁李強指出，集團今年的重點是「降本增效」。'], [['term', '降本增效', null]]],
    ['a keyword after 是 stays a term (Simplified)', ['乘联会秘书长崔东树认为，今年车市的关键词是“以价换量”。'], [['term', '以价换量', null]]],
    ['a noun after 是…的 stays a term', ['他表示，這是公司的核心「護城河」。'], [['term', '護城河', null]]],
    ['a name with a number is not a figure', ['他表示，今年是“双11”。'], [['term', '双11', null]]],
    ['an apposition after 即 is a term', ['他表示，公司有三大業務，即「花唄」。'], [['term', '花唄', null]]],
    ['a topic after 對於 is a term, though the clause after it speaks', ['對於「花唄」，螞蟻集團回應稱：「將嚴格落實監管要求。」'], [['term', '花唄', null], ['speech', '將嚴格落實監管要求。', '螞蟻集團']]],
    ['an organisation ending in 会 is a speaker (Simplified)', ['中国证监会表示，将坚持“稳中求进”工作总基调，“更好服务新质生产力发展”。'], [['term', '稳中求进', null], ['speech', '更好服务新质生产力发展', '中国证监会']]],
    ['在朋友圈 is a setting and 发问 a speech verb', ['小鹏汽车董事长何小鹏则在朋友圈发问：“难道价格是唯一的竞争力吗？”'], [['speech', '难道价格是唯一的竞争力吗？', '何小鹏']]],
    ['會後記者會上 is a setting without 在 (Taiwan)', ['央行總裁楊金龍會後記者會上說：「這次調升存準率，是為了『未雨綢繆』，並非緊縮。」'], [['speech', '這次調升存準率，是為了『未雨綢繆』，並非緊縮。', '楊金龍']]],
    ['在…後 is a setting', ['「我們對香港市場有信心。」美的集團副總裁在上市儀式後說。'], [['speech', '我們對香港市場有信心。', '美的集團副總裁']]],
    ['分析 names a speaker whom 他續說 points back at', ['美聯物業首席分析師劉嘉輝分析，息口高企，樓價短期受壓。', '他續說：「樓價未必即刻反彈。」'], [['speech', '樓價未必即刻反彈。', '劉嘉輝']]],
    ['又 between speaker and verb is dropped', ['雷霆又指：「買家而家好精明。」'], [['speech', '買家而家好精明。', '雷霆']]],
    ['a 他 with no one to point back at still makes the sentence attributed', ['她坦言，去年推出的“惠企贷”产品不良率略有上升，“但总体可控”。'], [['term', '惠企贷', null], ['speech', '但总体可控', null]]],
    ['an interview label names the speaker (Simplified)', ['王丽：“不会！我们更多是优化岗位结构。”'], [['speech', '不会！我们更多是优化岗位结构。', '王丽']]],
    ['a one-character label names no one', ['圖：「蘋果」新機發布會現場。', '他說：「好。」'], [['term', '蘋果', null], ['speech', '好。', null]]],
    ['whether-questions (是否) read as clauses', ['对方称，检查重点是“资金是否真正流向实体经济”。'], [['speech', '资金是否真正流向实体经济', null]]],
    ['someone brought in by 出席 is whom 他 points back at', ['新地副董事總經理雷霆昨日出席新盤記者會。', '他表示：「市場有需要，我哋就會推。」'], [['speech', '市場有需要，我哋就會推。', '雷霆']]],
    ['a speaker phrase does not start with 的 after a quoted nickname', ['被形容為「股神」的巴菲特表示，「不會出售」。'], [['term', '股神', null], ['speech', '不會出售', '巴菲特']]],
    ['同时 between speaker and verb is dropped, so 她 resolves (Simplified)', ['商务部新闻发言人束珏婷表示，今年将开展“消费提振年”活动。', '她同时指出，各地发放的消费券“拉动效应明显”。'], [['term', '消费提振年', null], ['speech', '拉动效应明显', '束珏婷']]],
    ['有所 opens a predicate', ['首席统计师董莉娟解读称，受春节因素影响，食品价格涨幅“有所扩大”。'], [['speech', '有所扩大', '董莉娟']]],
    ['抱怨 hands over to a short quote', ['有投資者抱怨：「抽唔到。」'], [['speech', '抽唔到。', '投資者']]],
  ];

  it.each(cases)('%s', (_name, texts, expected) => {
    expect(summarize(extractQuotes(paragraphs(...texts)))).toEqual(expected);
  });

  it('keeps 指 inside other words (指數, 手指) out of the attributions', () => {
    const text = '恒生指數下跌，他用手指著屏幕，分析師指，';
    expect(findAttributions(text, text).map((found) => found.phrase)).toEqual(['分析師']);
  });

  it('tells an organisation ending in 會 from a modal 會', () => {
    expect(trimSpeakerPhrase('港交所上市委員會')).toBe('港交所上市委員會');
    expect(trimSpeakerPhrase('他會')).toBeNull();
    expect(trimSpeakerPhrase('可能會')).toBeNull();
  });
});

describe('extractQuotes on wire copy, long-form, company statements and translated styles', () => {
  /** Each case: paragraphs, then the expected [kind, words, speaker] of every quote, in order. */
  const cases: [string, string[], [string, string, string | null][]][] = [
        ['an English name in brackets is a gloss, not part of the speaker', ['渣打銀行大中華區首席經濟學家丁爽（Ding Shuang）在報告中指出：「內需復甦仍然緩慢。」'], [['speech', '內需復甦仍然緩慢。', '丁爽']]],
    ['an English name in brackets, then 她 points back at that speaker (Simplified)', ['贝莱德投资研究所所长让·博伊文（Jean Boivin）表示，市场低估了衰退风险。', '“降息不会来得那么快，”她说。'], [['speech', '降息不会来得那么快，', '让·博伊文']]],
    // Dates, times and occasions between the speaker and the verb.
    ['a Taiwan-style date 今（8）日 is not part of the speaker', ['聯發科執行長蔡力行今（8）日表示：「天璣晶片出貨將創新高。」'], [['speech', '天璣晶片出貨將創新高。', '蔡力行']]],
    ['the same with ASCII brackets, and a bare day', ['緯創董事長林憲銘昨(7)日說：「訂單能見度到明年。」', '廣達副董事長梁次震7日也說：「AI伺服器供不應求。」'], [['speech', '訂單能見度到明年。', '林憲銘'], ['speech', 'AI伺服器供不應求。', '梁次震']]],
    ['a time of day (今早, 下午) and 稍後 are not part of the speaker', ['財政司司長陳茂波今早出席電台節目時表示：「赤字會逐步收窄。」', '美國商務部長雷蒙多（Gina Raimondo）稍後說：「我們會繼續施壓。」'], [['speech', '赤字會逐步收窄。', '陳茂波'], ['speech', '我們會繼續施壓。', '雷蒙多']]],
    ['a press conference without 上 is an occasion', ['台積電總裁魏哲家法說會表示：「先進製程產能仍然吃緊。」'], [['speech', '先進製程產能仍然吃緊。', '魏哲家']]],
    ['a long 在…上 occasion is trimmed (Simplified)', ['财政部部长在十四届全国人大常委会第十二次会议上表示，“要坚持在发展中化债”。'], [['speech', '要坚持在发展中化债', '财政部部长']]],
    ['a comment section is a setting (Simplified)', ['有网友在小红书评论区写道：“排队三个月还没提到车。”'], [['speech', '排队三个月还没提到车。', '网友']]],
    ['发文 between an account and its verb is dropped (Simplified)', ['小红书官方账号发文称：“平台将严厉打击虚假种草。”'], [['speech', '平台将严厉打击虚假种草。', '小红书官方账号']]],
    // Wire copy: whom the speaker talks to, and whom an outlet quotes.
    ['the outlet spoken to (對彭博) is not part of the speaker', ['一位基金經理對彭博表示：「資金正在撤出新興市場。」'], [['speech', '資金正在撤出新興市場。', '基金經理']]],
    ['the wire spoken to (对路透) is not part of the speaker (Simplified)', ['一名外汇交易员对路透说，“央行的底线是7.3”。'], [['speech', '央行的底线是7.3', '外汇交易员']]],
    ['who an outlet quotes (路透引述…稱) is the speaker', ['路透引述兩位知情人士稱：「收購案最快下月宣布。」'], [['speech', '收購案最快下月宣布。', '知情人士']]],
    ['援引 works the same way (Simplified)', ['彭博援引消息人士报道称，“谈判已进入最后阶段”。'], [['speech', '谈判已进入最后阶段', '消息人士']]],
    // Verbs.
    ['又稱 before punctuation is 稱 said again, not 又稱 (also called)', ['證券商協會主席陳志華表示，業界支持改革。', '他又稱：「細行需要過渡期。」'], [['speech', '細行需要過渡期。', '陳志華']]],
    ['質疑 and 留言 hand over to speech', ['有分析師質疑：「聯準會還能獨立多久？」', '有网友留言：“这波回应很有格局。”'], [['speech', '聯準會還能獨立多久？', '分析師'], ['speech', '这波回应很有格局。', '网友']]],
    ['相關報導 is a noun, not an outlet reporting', ['宏達電在重訊中表示，相關報導「純屬市場臆測」。'], [['speech', '純屬市場臆測', '宏達電']]],
    // Whom 對方 points back at.
    ['對方 after 向…查詢 is the one asked (HK)', ['本報向金管局查詢，對方回覆稱：「銀行體系穩健。」'], [['speech', '銀行體系穩健。', '金管局']]],
    ['对方 after 向…求证 is the one asked (Simplified)', ['记者就此向比亚迪求证，对方回复称：“以公司公告为准。”'], [['speech', '以公司公告为准。', '比亚迪']]],
    ['someone who 持不同看法 is whom 她 points back at', ['瑞銀分析師王浩表示，港股估值偏低。另一分析師李敏則持相反看法。她坦言：「盈利仍未見底。」'], [['speech', '盈利仍未見底。', '李敏']]],
    ['someone introduced by 在接受采访时 is whom 他 points back at (Simplified)', ['蔚来创始人李斌在接受采访时被问及价格战，他回答：“价格战没有赢家。”'], [['speech', '价格战没有赢家。', '李斌']]],
    // Two speakers in one paragraph.
    [
      'two speakers alternating: a clause ending in a colon introduces the next quote, and a closed quote handed over by 說： takes no later clause',
      ['工會主席周明說：「加薪是底線。」資方代表林娟則回應：「公司已經盡力。」周明其後補充，雙方下周再談。'],
      [['speech', '加薪是底線。', '周明'], ['speech', '公司已經盡力。', '林娟']],
    ],
    ['two speakers alternating (Simplified)', ['卖方分析师张伟说：“估值已经见底。”买方基金经理刘洋则反驳：“盈利还没见底。”张伟随后补充，分歧在于时间点。'], [['speech', '估值已经见底。', '张伟'], ['speech', '盈利还没见底。', '刘洋']]],
    // A short quote that fills the predicate of a reported clause is the speaker's words.
    ['a quote after a modal (可望) is the predicate of the reported clause', ['台達電董事長鄭平表示，電動車業務明年可望「轉虧為盈」。'], [['speech', '轉虧為盈', '鄭平']]],
    ['a quote closing the sentence after 將 is a future, not an object of 將 (Simplified)', ['国家发改委表示，将“加快出台扩内需政策”。'], [['speech', '加快出台扩内需政策', '国家发改委']]],
    ['a quote after a bare subject (公司) closing its clause is the statement’s words', ['比亞迪回應稱，公司「對相關傳聞不予置評」，並保留法律追訴權。'], [['speech', '對相關傳聞不予置評', '比亞迪']]],
    ['the same in Simplified', ['小米集团回应称，公司“高度重视用户反馈”，将尽快升级系统。'], [['speech', '高度重视用户反馈', '小米集团']]],
    ['adverbs that open a predicate (仍有, 始終) count before a comma too', ['央行總裁楊金龍表示，物價「仍有上行壓力」，央行會「審慎應對」。', '宁德时代在公告中称，其“始终坚持合规经营”，并将配合调查。'], [['speech', '仍有上行壓力', '楊金龍'], ['speech', '審慎應對', '楊金龍'], ['speech', '始终坚持合规经营', '宁德时代']]],
    ['a figure in 億元 is a quantity (Simplified)', ['比亚迪董事长王传福表示，今年营收目标是“突破8000亿元”。'], [['speech', '突破8000亿元', '王传福']]],
    ['預估 reports a forecast, and a share stated as 一成 is a figure', ['法人預估，聯發科第四季營收「季增一成」。'], [['speech', '季增一成', '法人']]],
    ['符合預估 is the forecast, not someone forecasting', ['營收符合預估，「表現不錯」。'], [['term', '表現不錯', null]]],
    ['記者從…處獲悉 names the source (Simplified)', ['记者从多位接近监管的人士处获悉，“细则已经报送国务院”。'], [['speech', '细则已经报送国务院', '接近监管的人士']]],
    ['基本 opens a predicate, but 「基本盤」 stays a noun', ['國家統計局發言人表示，全年物價「基本穩定」。', '他強調，要穩住「基本盤」。'], [['speech', '基本穩定', '國家統計局發言人'], ['term', '基本盤', null]]],
    // What stays a term.
    ['将 before a name the sentence runs on from is still 把 (Simplified)', ['国家发改委表示，将“以旧换新”政策扩大到家电。'], [['term', '以旧换新', null]]],
    ['an ending like 行 does not make a verb a subject (進行「…」 stays a term)', ['金管會表示，放款已近上限，將持續進行「道德勸說」。'], [['term', '道德勸說', null]]],
    ['a term list with 、 stays terms', ['會議延續「一帶一路」、「雙循環」等方向，並首度提出「新質生產力」。'], [['term', '一帶一路', null], ['term', '雙循環', null], ['term', '新質生產力', null]]],
  ];

  it.each(cases)('%s', (_name, texts, expected) => {
    expect(summarize(extractQuotes(paragraphs(...texts)))).toEqual(expected);
  });

  it('rejects a clause opening with a personal pronoun as a speaker, keeping the bare pronoun', () => {
    expect(trimSpeakerPhrase('他要求只')).toBeNull();
    expect(trimSpeakerPhrase('她请求不')).toBeNull();
    expect(trimSpeakerPhrase('他')).toBe('他');
    expect(trimSpeakerPhrase('他們')).toBe('他們');
  });

  it('keeps 補充 in 補充預算 out of the attributions, and still reads 補充說明 as speech', () => {
    const text = '政府將提交補充預算，財長補充說明，';
    expect(findAttributions(text, text).map((found) => found.phrase)).toEqual(['財長']);
  });
});

describe('speaker as a person, role apart', () => {
  const people = (...texts: string[]) => extractQuotes(paragraphs(...texts)).map((quote) => [quote.text, quote.speaker, quote.role]);

  it('splits the role the text gives before a name from the name', () => {
    expect(people('毕马威特殊资产组合伙人胡雪梅表示：“不良资产的处置周期正在拉长。”')).toEqual([['不良资产的处置周期正在拉长。', '胡雪梅', '毕马威特殊资产组合伙人']]);
    expect(people('美聯儲主席傑羅姆·鮑威爾說：「通脹仍然太高。」')).toEqual([['通脹仍然太高。', '傑羅姆·鮑威爾', '美聯儲主席']]);
  });

  it('keeps a body, a spokesperson and an anonymous source whole, with no role', () => {
    expect(people('阿里巴巴發言人表示：「公司不評論市場傳聞。」', '某業務人士透露：「合作已經暫停。」', '舍得酒業回應稱：「公司經營一切正常。」')).toEqual([
      ['公司不評論市場傳聞。', '阿里巴巴發言人', null],
      ['合作已經暫停。', '某業務人士', null],
      ['公司經營一切正常。', '舍得酒業', null],
    ]);
  });

  it('gives a later mention by name alone the role given the first time', () => {
    expect(people('國泰證券首席經濟學家陳大文指出：「降息週期已經開始。」', '陳大文又說：「港股估值偏低。」')).toEqual([
      ['降息週期已經開始。', '陳大文', '國泰證券首席經濟學家'],
      ['港股估值偏低。', '陳大文', '國泰證券首席經濟學家'],
    ]);
  });

  it('resolves a surname with an honorific to the one person of that surname named before', () => {
    expect(people('退休教師李玉兒表示，去年買入基金後虧了兩成。', '李女士說：「現在只想保本。」')).toEqual([['現在只想保本。', '李玉兒', '退休教師']]);
    // Two people named 王: which one 王先生 is cannot be told, so he stays as written.
    expect(people('散戶王大明表示虧損。股民王小強也表示虧損。', '王先生說：「我不會再買。」').map((quote) => quote[1])).toEqual(['王先生']);
  });

  it('resolves a title used alone to the person named with it before', () => {
    expect(people('華信銀行董事長張志遠昨日出席股東會。', '董事長表示：「明年不會裁員。」')).toEqual([['明年不會裁員。', '張志遠', '華信銀行董事長']]);
    expect(people('總經理表示：「訂單能見度到第三季。」')).toEqual([['訂單能見度到第三季。', '總經理', null]]);
  });

  it('resolves 前者 and 後者 to the earlier and the later of two speakers', () => {
    expect(
      people('分析師周明認為：「央行會減息。」經濟學家吳芳則說：「不會這麼快。」', '前者補充：「市場已經反映。」後者坦言：「要看數據。」').map((quote) => quote[1]),
    ).toEqual(['周明', '吳芳', '周明', '吳芳']);
  });
});

describe('rules learnt from the labelled corpus (development half), on sentences of our own', () => {
  const summary = (...texts: string[]) => summarize(extractQuotes(paragraphs(...texts)));

  it('drops a gloss in brackets and reads a transliterated name after a title', () => {
    expect(summary('瑞典央行行長西奧登（Erik Thedeen）表示：「通脹已經回落。」')).toEqual([['speech', '通脹已經回落。', '西奧登']]);
  });

  it('resolves a foreign surname used alone to the full name given before', () => {
    expect(summary('美聯儲主席Jerome Powell說，利率已見頂。', 'Powell強調：「我們不急於減息。」')).toEqual([['speech', '我們不急於減息。', 'Jerome Powell']]);
  });

  it('drops a day repeated in brackets after 今日 (Hong Kong)', () => {
    expect(summary('證監會行政總裁梁鳳儀今日(15日)表示，「市場運作有序」。')).toEqual([['speech', '市場運作有序', '梁鳳儀']]);
  });

  it('never takes a clause opening with a modal for a speaker (应该从…进行分析)', () => {
    expect(summary('分析师林峰表示，应该从现金流方面进行分析。“利润可以调节，现金流很难。”')).toEqual([['speech', '利润可以调节，现金流很难。', '林峰']]);
  });

  it('reads a quote after 題為 as a title however long, and the setting around it is not the speaker', () => {
    expect(summary('人民日報在題為「中國經濟長期向好的基本面沒有改變」的評論中指出，外需「正在回暖」。')).toEqual([
      ['term', '中國經濟長期向好的基本面沒有改變', null],
      ['speech', '正在回暖', '人民日報'],
    ]);
  });

  it('keeps the speaker named before when the clause after the quote runs on to introduce someone else', () => {
    expect(summary('央行在報告中指出，消費「仍有修復空間」，不少分析師認為，降息仍會延續。')).toEqual([['speech', '仍有修復空間', '央行']]);
  });

  it('reads a few words with a stray stop inside the marks, run into by the sentence, as a term', () => {
    expect(summary('王芳表示，兩地合作正在進入“深水區。”未來還要擴大開放。')).toEqual([['term', '深水區。', null]]);
  });

  it('shows no speaker that is a piece of a clause, and past four characters only one shaped like a name, body or description', async () => {
    const { isPlausibleSpeaker } = await import('../lib/content/extract/speaker-name');
    for (const fragment of ['社論中', '應該從財務指標方面進行', '這條規定在文件中沒有專', '市場情緒已經轉好的時候大家']) expect(isPlausibleSpeaker(fragment)).toBe(false);
    for (const speaker of ['比亞迪', '宏達電', '王傳福', '國家統計局', '一名正在睇樓的市民', '消費金融從業者', '小红书官方账号', 'Gary Gensler', '傑羅姆·鮑威爾', '日本']) expect(isPlausibleSpeaker(speaker)).toBe(true);
    expect(summary('市場情緒已經轉好的時候大家認為：「不必擔心。」')).toEqual([['speech', '不必擔心。', null]]);
  });

  it('names the speaker in a sentence of its own after the quote (「…」。X說。)', () => {
    expect(summary('「出口壓力仍大」。陳立說。')).toEqual([['speech', '出口壓力仍大', '陳立']]);
  });

  it('goes on with the speaker of the paragraph before in a paragraph that names no one, even mid-paragraph', () => {
    expect(summary('國務院研究室副主任向東介紹，目標考慮了就業。', '第二是考慮了增速。「綜合這些因素，目標是合理的。」')).toEqual([['speech', '綜合這些因素，目標是合理的。', '向東']]);
  });

  it('reads a quote after the modal 要 closing a reported sentence as the speaker’s words', () => {
    expect(summary('財政司司長陳茂波認為，酒樓將轉型，要「做精些、做專些」。')).toEqual([['speech', '做精些、做專些', '陳茂波']]);
  });

  it('reads a quote after 是在 closing a reported sentence as the speaker’s words', () => {
    expect(summary('部長陳立表示，把兩件事相提並論是在「混淆視聽」。')).toEqual([['speech', '混淆視聽', '陳立']]);
  });
});

describe('the failure kinds the issue names, on sentences of our own', () => {
  const people = (...texts: string[]) => extractQuotes(paragraphs(...texts)).map((quote) => [quote.kind, quote.speaker, quote.role]);

  it('never glues an adverb or a clause to the name (X仍然, X在董監改選前已)', () => {
    expect(people('林伯豐仍然強調：「電價不能再漲。」')).toEqual([['speech', '林伯豐', null]]);
    expect(people('張忠謀在董監改選前已表示：「我會退休。」')).toEqual([['speech', '張忠謀', null]]);
  });

  it('drops the addressee glued to the speaker (X向Y喊話 is X) and shows no one for the words introducing a saying', () => {
    expect(people('郭台銘向蔡英文喊話：「請正視經濟。」')).toEqual([['speech', '郭台銘', null]]);
    expect(people('他對員工的一句話是這樣說的：「不要怕失敗。」')).toEqual([['speech', null, null]]);
  });

  it('understands a speech act between name and colon (語帶威脅：, 交代…的過程：, 說明：)', () => {
    expect(people('黃仁勳語帶威脅：「我們會換供應商。」')).toEqual([['speech', '黃仁勳', null]]);
    expect(people('受害人李玉兒表示被騙。她交代貸款的過程：「對方先要我付手續費。」')).toEqual([['speech', '李玉兒', '受害人']]);
    expect(people('鴻海總經理說明：「第三季出貨回溫。」')).toEqual([['speech', '鴻海總經理', null]]);
  });

  it('resolves a role named earlier (董事長) to the person who holds it', () => {
    expect(people('鴻海董事長劉揚偉昨出席股東會。', '董事長表示：「明年營收會成長。」')).toEqual([['speech', '劉揚偉', '鴻海董事長']]);
  });
});

describe('quoted wording inside reported speech, on sentences of our own', () => {
  const summary = (...texts: string[]) => summarize(extractQuotes(paragraphs(...texts)));

  it('reads a described phrase in a speaker’s sentence as their words (的 inside, 這個/一項 before, 形容 with its object)', () => {
    expect(summary('部長陳立表示，這是一項「艱難的決定」。')).toEqual([['speech', '艱難的決定', '陳立']]);
    expect(summary('部长陈立表示，市场对这个“敏感”话题难有共识。')).toEqual([['speech', '敏感', '陈立']]);
    expect(summary('分析師王芳形容目前樓市「冰火兩重天」。')).toEqual([['speech', '冰火兩重天', '王芳']]);
    expect(summary('分析师王芳形容目前楼市“冰火两重天”。')).toEqual([['speech', '冰火两重天', '王芳']]);
  });

  it('keeps names the sentence classes, single characters and slogans as terms even there', () => {
    expect(summary('王芳表示，這個「星河計劃」進展順利。')).toEqual([['term', '星河計劃', null]]);
    expect(summary('王芳表示，公司推出的這種「隨心貸」產品很受歡迎。')).toEqual([['term', '隨心貸', null]]);
    expect(summary('王芳表示，要把服務做得很「暖」。')).toEqual([['term', '暖', null]]);
    expect(summary('王芳表示，今年的主題是「穩中求進」。')).toEqual([['term', '穩中求進', null]]);
  });
});

describe('who speaks, trimmed to the name, on sentences of our own', () => {
  const speakers = (...texts: string[]) => extractQuotes(paragraphs(...texts)).map((quote) => [quote.kind, quote.speaker]);

  it('drops whom the speaker addresses (向員工, 對股東), in both scripts, but keeps 向 inside a name after a title', () => {
    expect(speakers('李嘉誠向員工說：「不要怕失敗。」')).toEqual([['speech', '李嘉誠']]);
    expect(speakers('李嘉诚对股东说：“不要怕失败。”')).toEqual([['speech', '李嘉诚']]);
    expect(speakers('國務院研究室副主任向東說：「目標是合理的。」')).toEqual([['speech', '向東']]);
  });

  it('names an unnamed source without its count or pointer (多位, 不少, 上述), as LABELS.md does', () => {
    expect(speakers('多位業內人士表示：「市場會好轉。」')).toEqual([['speech', '業內人士']]);
    expect(speakers('不少网友留言：“加油”、“好期待”。')).toEqual([['speech', '网友'], ['speech', '网友']]);
    expect(speakers('上述知情人士表示：「細則仍在討論。」')).toEqual([['speech', '知情人士']]);
  });

  it('reads a run of sayings after one speech verb as the same speaker’s (網友留言「…」「…」)', () => {
    expect(speakers('網友留言「加油」「好期待」。')).toEqual([['speech', '網友'], ['speech', '網友']]);
    expect(speakers('网友留言“加油”“好期待”。')).toEqual([['speech', '网友'], ['speech', '网友']]);
  });

  it('names a body speaking through its side (X方面), a paper in title marks, and reads Taiwan’s 今（20）天', () => {
    expect(speakers('阿里巴巴方面表示「不予置評」。')).toEqual([['speech', '阿里巴巴']]);
    expect(speakers('阿里巴巴方面表示：“不予置评。”')).toEqual([['speech', '阿里巴巴']]);
    expect(speakers('《環球時報》稱，這是「昂起頭來的聲音」。')).toEqual([['speech', '環球時報']]);
    expect(speakers('据《华尔街日报》报道，“苹果将裁员。”')).toEqual([['speech', '华尔街日报']]);
    expect(speakers('台積電今（20）天表示「不評論市場傳聞」。')).toEqual([['speech', '台積電']]);
  });

  it('shows no speaker when several are listed for one saying', () => {
    expect(speakers('陳立、王強均表示：「市場會好轉。」')).toEqual([['speech', null]]);
    expect(speakers('中信證券、華泰證券等機構均表示：「市場見底。」')).toEqual([['speech', null]]);
    expect(speakers('中金公司和高盛都认为：“市场见底。”')).toEqual([['speech', null]]);
    expect(speakers('商务部原副部长、中国国际经济交流中心副理事长魏建国表示：“市场见底。”')).toEqual([['speech', '魏建国']]);
    expect(speakers('陈立和王强都表示“不会减息”。')).toEqual([['speech', null]]);
  });
});

describe('manner, means and offices around the name, on sentences of our own', () => {
  const speakers = (...texts: string[]) => extractQuotes(paragraphs(...texts)).map((quote) => [quote.kind, quote.speaker, quote.role]);

  it('drops the manner (語重心長地, 紛紛), the means (透過發言人, 通过微博) and the statement a body issues', () => {
    expect(speakers('陳立語重心長地表示：「壓力很大。」')).toEqual([['speech', '陳立', null]]);
    expect(speakers('陈立无奈地说：“压力很大。”')).toEqual([['speech', '陈立', null]]);
    expect(speakers('消息傳出後，股民紛紛表示：「壓力很大。」')).toEqual([['speech', '股民', null]]);
    expect(speakers('陳立透過發言人表示：「一切正常。」')).toEqual([['speech', '陳立', null]]);
    expect(speakers('陈立通过微博表示：“一切正常。”')).toEqual([['speech', '陈立', null]]);
    expect(speakers('恒大集团发表声明称：“公司运营正常。”')).toEqual([['speech', '恒大集团', null]]);
  });

  it('keeps a place before 地 in the name it belongs to', () => {
    expect(speakers('內地官員表示：「合作順利。」')).toEqual([['speech', '內地官員', null]]);
  });

  it('reads a transliterated name after an office held abroad (美國總統拜登), and exchanges (港交所) as bodies', () => {
    expect(speakers('美國總統拜登週三表示：「經濟很強。」')).toEqual([['speech', '拜登', '美國總統']]);
    expect(speakers('日本首相岸田文雄表示：“将加强合作。”')).toEqual([['speech', '岸田文雄', '日本首相']]);
    expect(speakers('港交所回覆本報查詢時表示：「不評論個別公司。」')).toEqual([['speech', '港交所', null]]);
  });

  it('shows no one for someone unnamed (有人說) or for a saying (俗話說, 正如俗话说的)', () => {
    expect(speakers('此外，也有人說：「市場會好轉。」')).toEqual([['speech', null, null]]);
    expect(speakers('俗話說：「不要怕失敗。」')).toEqual([['speech', null, null]]);
    expect(speakers('正如俗话说的：“不要怕失败。”')).toEqual([['speech', null, null]]);
  });

  it('reads a paragraph-opening label as a speaker only when it is shaped like one (not 公告顯示：)', () => {
    expect(speakers('公告顯示：「公司將停牌。」')).toEqual([['speech', null, null]]);
    expect(speakers('市民陳先生：「樓價太貴。」')).toEqual([['speech', '陳先生', '市民']]);
  });
});

describe('datelines, documents, platforms and briefings around the speaker, on sentences of our own', () => {
  const speakers = (...texts: string[]) => extractQuotes(paragraphs(...texts)).map((quote) => [quote.kind, quote.speaker, quote.role]);

  it('keeps a wire dateline or byline out of the role', () => {
    expect(speakers('（中央社記者林芳台北3日電）行政院長陳立今天表示：「經濟會好轉。」')).toEqual([['speech', '陳立', '行政院長']]);
    expect(speakers('【記者王小明／台北報導】鴻海董事長劉揚偉今（3）日表示：「AI需求強勁。」')).toEqual([['speech', '劉揚偉', '鴻海董事長']]);
  });

  it('names the body whose document speaks (經濟部新聞稿, 中金公司研报) and the one a reporter phoned (致电X，对方)', () => {
    expect(speakers('經濟部今天發布新聞稿表示，「會全力協助」。')).toEqual([['speech', '經濟部', null]]);
    expect(speakers('中金公司研报称，“经济持续恢复”。')).toEqual([['speech', '中金公司', null]]);
    expect(speakers('记者就此事致电比亚迪，对方表示“一切正常”。')).toEqual([['speech', '比亚迪', null]]);
  });

  it('drops the platform and the occasion (在PTT發文, 在臉書社團, 致詞時, 就…答記者問時)', () => {
    expect(speakers('一名網友在PTT發文：「房價太貴了。」')).toEqual([['speech', '網友', null]]);
    expect(speakers('有網友在臉書社團表示：「房價太貴了。」')).toEqual([['speech', '網友', null]]);
    expect(speakers('賴清德致詞時表示，「台灣要團結」。')).toEqual([['speech', '賴清德', null]]);
    expect(speakers('央行有关部门负责人就降准答记者问时表示：“保持流动性合理充裕。”')).toEqual([['speech', '央行有关部门负责人', null]]);
  });
});

describe('partial quotes of reported speech, on sentences of our own', () => {
  const summary = (...texts: string[]) => summarize(extractQuotes(paragraphs(...texts)));

  it('reads a quote that is the predicate of a short subject in someone’s sentence as their words', () => {
    expect(summary('處長林芳說，出口表現「優於預期」。')).toEqual([['speech', '優於預期', '林芳']]);
    expect(summary('分析师王芳认为，经济“持续恢复”。')).toEqual([['speech', '持续恢复', '王芳']]);
  });

  it('reads a quote standing as a clause of its own between commas as the speaker’s', () => {
    expect(summary('林芳說，需求強勁，「明年會更好」，但也要注意風險。')).toEqual([['speech', '明年會更好', '林芳']]);
  });

  it('names the speaker in a bare name-and-verb sentence right after the quote, and takes 指示 as speech', () => {
    expect(summary('「需求強勁」林芳說。')).toEqual([['speech', '需求強勁', '林芳']]);
    expect(summary('院長陳立今天在院會中指示，「要全力救災」。')).toEqual([['speech', '要全力救災', '陳立']]);
  });

  it('still reads a noun run on from the quote as a term (「雙11」期間…)', () => {
    expect(summary('「雙11」期間平台銷量大增。')).toEqual([['term', '雙11', null]]);
  });
});

describe('voices of a feature, on sentences of our own', () => {
  const summary = (...texts: string[]) => summarize(extractQuotes(paragraphs(...texts)));

  it('does not carry the last speaker over a paragraph that brings in someone else (李然（化名）)', () => {
    // The one brought in, named by a pseudonym after a description, heads the sentence before the quote: theirs (LABELS.md).
    expect(summary('张明对记者表示，行业很难。', '90后的李然（化名）在一家互联网公司工作。“我每天加班到十点。”')).toEqual([['speech', '我每天加班到十点。', '李然']]);
    expect(summary('張明對記者表示，行業很難。', '張明隨後出席了會議。「我每天加班到十點。」')).toEqual([['speech', '我每天加班到十點。', '張明']]);
  });

  it('lets 她 point back at someone named by a pseudonym', () => {
    expect(summary('张明对记者表示，行业很难。', '在深圳工作的小雅（化名）已经跳槽三次。她说：“我每天加班到十点。”')).toEqual([['speech', '我每天加班到十点。', '小雅']]);
  });
});

describe('viewpoints and manners of saying in features, on sentences of our own', () => {
  const speakers = (...texts: string[]) => extractQuotes(paragraphs(...texts)).map((quote) => [quote.kind, quote.speaker]);

  it('reads a viewpoint framed around the speaker (在X看來, 用X的話說, X的解釋是：)', () => {
    expect(speakers('在李然看来，“行业已经见底了。”')).toEqual([['speech', '李然']]);
    expect(speakers('用李然的話說，「行業已經見底了」。')).toEqual([['speech', '李然']]);
    expect(speakers('李然對此的解釋是：「行業已經見底了。」')).toEqual([['speech', '李然']]);
  });

  it('drops an aspect or restraint before the verb (笑著說, 接着说, 忍不住感嘆) and takes 回憶 as speech', () => {
    expect(speakers('李然笑著說：「太誇張了。」')).toEqual([['speech', '李然']]);
    expect(speakers('李然接着说：“太夸张了。”')).toEqual([['speech', '李然']]);
    expect(speakers('李然忍不住感嘆：「太誇張了。」')).toEqual([['speech', '李然']]);
    expect(speakers('“那段时间每天都在加班。”李然回忆道。')).toEqual([['speech', '李然']]);
  });

  it('never gives the outer speaker words the sentence puts in someone else’s mouth (他的老板曾对他说)', () => {
    expect(speakers('李然说，他的老板曾对他说：“太夸张了。”')).toEqual([['speech', null]]);
    expect(speakers('王強說，李然曾對他說：「太誇張了。」')).toEqual([['speech', '李然']]);
  });
});

describe('a spokesperson’s phrase with its object after it, on sentences of our own', () => {
  const summary = (...texts: string[]) => summarize(extractQuotes(paragraphs(...texts)));

  it('reads a quoted verb after a modal in someone’s sentence as their words, though the sentence runs on', () => {
    expect(summary('外交部發言人稱，將「密切關注」事態發展。')).toEqual([['speech', '密切關注', '外交部發言人']]);
    expect(summary('外交部发言人称，将“密切关注”事态发展。')).toEqual([['speech', '密切关注', '外交部发言人']]);
  });

  it('keeps a policy name the sentence classes a term (将“以旧换新”政策)', () => {
    expect(summary('商务部表示，将“以旧换新”行动扩大到家电。')).toEqual([['term', '以旧换新', null]]);
  });
});

describe('a paragraph that goes on about the last speaker, on sentences of our own', () => {
  const summary = (...texts: string[]) => summarize(extractQuotes(paragraphs(...texts)));

  it('gives a quote ending a sentence the speaker of the paragraph before when the paragraph points back at them (他所在的公司…)', () => {
    expect(summary('一位教培从业者对记者说，经营完全依靠老学员和转介绍。', '尽管如此，他所在的公司暂时没有考虑转型，因为转型有成本，“再转又能到哪里去呢？”')).toEqual([
      ['speech', '再转又能到哪里去呢？', '教培从业者'],
    ]);
  });

  it('does not without the pointing back (the seed’s line 25 stays unattributed)', () => {
    expect(summary('王強對記者說，行業很難。', '但對於同業而言，轉型有成本，「再轉又能到哪裡去呢？」')).toEqual([['speech', '再轉又能到哪裡去呢？', null]]);
  });
});

describe('surnames, offices, datelines and false verbs, on sentences of our own', () => {
  const speakers = (...texts: string[]) => extractQuotes(paragraphs(...texts)).map((quote) => [quote.kind, quote.speaker, quote.role]);

  it('knows the surnames 賴, 洪, 蕭 and 傅, and titles such as 一級巡視員', () => {
    expect(speakers('基金總經理賴明說：「市場偏熱。」')).toEqual([['speech', '賴明', '基金總經理']]);
    expect(speakers('发改委价格司副司长、一级巡视员萧平表示：“价格总体平稳。”')).toEqual([['speech', '萧平', '发改委价格司副司长、一级巡视员']]);
  });

  it('reads a transliterated name after 主席 or 發言人 (輪值主席布朗)', () => {
    expect(speakers('論壇輪值主席布朗表示：「議題很複雜。」')).toEqual([['speech', '布朗', '論壇輪值主席']]);
  });

  it('drops a wire dateline and times or limits before the verb (近期剛剛, 會前, 僅)', () => {
    expect(speakers('路透北京9月21日 - 中国银保监会表示：“监管不会放松。”')).toEqual([['speech', '中国银保监会', null]]);
    expect(speakers('紫金矿业近期刚刚宣布：“将收购金矿。”')).toEqual([['speech', '紫金矿业', null]]);
    expect(speakers('理事長吳明會前表示：「景氣溫和。」')).toEqual([['speech', '吳明', '理事長']]);
  });

  it('shows no one for a clause with 讓 before the verb, and reads no verb in 轉介紹, 屈指 or 介紹頁', () => {
    expect(speakers('这让不少投资者相信：“牛市来了。”')).toEqual([['speech', null, null]]);
    expect(speakers('公司在App介绍页中写明“数字出版”。')).toEqual([['term', null, null]]);
  });
});

describe('names glossed in Latin letters, on sentences of our own', () => {
  const summary = (...texts: string[]) => summarize(extractQuotes(paragraphs(...texts)));

  it('reads a long quoted name followed by its Latin abbreviation as a term', () => {
    expect(summary('成員包括執政黨「新喀里多尼亞社會主義民族解放陣線」（FLNKS）。')).toEqual([['term', '新喀里多尼亞社會主義民族解放陣線', null]]);
    expect(summary('部长表示，“全面与进步跨太平洋伙伴关系协定组织”（CPTPP）会扩大。')).toEqual([['term', '全面与进步跨太平洋伙伴关系协定组织', null]]);
  });
});

describe('blogs and social accounts as settings, on sentences of our own', () => {
  const speakers = (...texts: string[]) => extractQuotes(paragraphs(...texts)).map((quote) => [quote.kind, quote.speaker]);

  it('drops 在網誌, 在Facebook between the speaker and the verb', () => {
    expect(speakers('財政司司長陳立在網誌指：「經濟穩步復蘇。」')).toEqual([['speech', '陳立']]);
    expect(speakers('陈立在Facebook发帖表示：“经济稳步复苏。”')).toEqual([['speech', '陈立']]);
  });

  it('drops wherever the speaker posts, named or not (观察者网, 2021-10-28: 王神爱在豆瓣发文表示)', () => {
    expect(speakers('27日晚，王神爱在豆瓣发文表示：“第一次被这么多人骂的手脚冰凉的，感觉有必要解释一些事情。”')).toEqual([['speech', '王神爱']]);
  });
});

describe('urging someone, on sentences of our own', () => {
  const summary = (...texts: string[]) => summarize(extractQuotes(paragraphs(...texts)));

  it('reads what comes after whom a speaker urges as their words (呼籲各方「…」, 提醒投资者“…”)', () => {
    expect(summary('外交部長林立呼籲各方「保持克制」。')).toEqual([['speech', '保持克制', '林立']]);
    expect(summary('证监会提醒投资者“注意风险”。')).toEqual([['speech', '注意风险', '证监会']]);
  });
});

describe('a label pinned in the passive by a named group or person, on real sentences', () => {
  const summary = (...texts: string[]) => summarize(extractQuotes(paragraphs(...texts)));

  it('gives the label to the group that pinned it (燃财经, 00后职场图鉴, 2022-05-15; 连线Insight, 有赞裁员, 2022-03-31)', () => {
    expect(summary('尽管一些00后的职场态度，被部分企业认为是“摆烂”、“躺平”、“娇生惯养”，但在更多的职场人看来，这是员工在努力为自己争取应得的权益。')).toEqual([
      ['speech', '摆烂', '企业'],
      ['speech', '躺平', '企业'],
      ['speech', '娇生惯养', '企业'],
    ]);
    expect(summary('虽然此次裁员也涉及不少入职不足半年的新员工，但被不少员工称为“体面裁员”。')).toEqual([['speech', '体面裁员', '员工']]);
  });

  it('reads a group the writer scare-quotes as the group (零态LT, 小米冲击高端, 2022-02-16)', () => {
    expect(summary('而已过去的2021年，也被“米粉”们称为冲击高端的“关键年”。')).toEqual([
      ['term', '米粉', null],
      ['speech', '关键年', '米粉'],
    ]);
  });

  it('never lets a group counted as many point back at one of them named before', () => {
    expect(summary('近期离职的有赞员工宋晓慧表示：“很突然。”', '但此次裁员被不少员工称为“体面裁员”。').map(([, , speaker]) => speaker)).toEqual(['宋晓慧', '员工']);
  });

  it('leaves a name given by everyone, by a body or with no agent a term (被外界稱為, 被稱為, 被視為)', () => {
    expect(summary('巴菲特被外界稱為「股神」。')).toEqual([['term', '股神', null]]);
    expect(summary('該產品被稱為「隨星借」。')).toEqual([['term', '隨星借', null]]);
    expect(summary('他被不少投資人視為「接班人」。')).toEqual([['term', '接班人', null]]);
  });
});

describe('a modal opening the clause before a verb, on a real sentence', () => {
  const speakers = (...texts: string[]) => extractQuotes(paragraphs(...texts)).map((quote) => [quote.text, quote.speaker]);

  it('reads 寧願相信 as no speaker, so the verdict stays with who said it (NOWnews今日新聞, 2025-12-31: 林楚茵)', () => {
    expect(speakers('對此，民進黨立委林楚茵今（31）日表示，寧願相信世上有鬼也別聽信國民黨的嘴，而時間證明國民黨是「股海冥燈」、「地獄級反指標」。')).toEqual([
      ['股海冥燈', '林楚茵'],
      ['地獄級反指標', '林楚茵'],
    ]);
  });
});

describe('a speaker counted as many, on sentences of our own', () => {
  const speakers = (...texts: string[]) => extractQuotes(paragraphs(...texts)).map((quote) => quote.speaker);

  it('keeps 多位分析師 a group, not the analyst named before', () => {
    expect(speakers('中金公司分析師李明表示：「估值偏高。」', '多位分析師認為：「明年會更好。」')).toEqual(['李明', '分析師']);
    expect(speakers('中金公司分析師李明表示：「估值偏高。」', '分析師又說：「明年會更好。」')).toEqual(['李明', '李明']);
  });
});

describe('short phrases in reported speech, on real sentences', () => {
  const summary = (...texts: string[]) => summarize(extractQuotes(paragraphs(...texts)));

  it('reads the resolve a body pledges, qualified by the quote, as its wording (新华社, 2021-04-30)', () => {
    expect(summary('中国互联网金融协会表示，将带领和督促广大会员机构严格落实金融监管要求，以“刮骨疗伤”的决心和勇气，认真开展自查。')).toEqual([['speech', '刮骨疗伤', '中国互联网金融协会']]);
  });

  it('reads the standards an official sets, one word each, as his, across the semicolons of his sentence (新华社, 2022-02-18)', () => {
    expect(
      summary('国家税务总局政策法规司负责人戴诗友说，征管配套要做到“快”，确保政策第一时间落地；宣传辅导做到“精”，“一对一”精准推送政策；落实督导做到“严”，对征收“过头税费”、落实减税降费政策不到位的，发现一起查处一起。'),
    ).toEqual([
      ['speech', '快', '戴诗友'],
      ['speech', '精', '戴诗友'],
      ['speech', '一对一', '戴诗友'],
      ['speech', '严', '戴诗友'],
      ['term', '过头税费', null],
    ]);
  });

  it('leaves a scheme named after 做到 without a speaker, and a noun before 的決心 in the narration, terms', () => {
    expect(summary('各地要做到“应退尽退”。')).toEqual([['term', '应退尽退', null]]);
    expect(summary('市場以「躺平」的態度面對。')).toEqual([['term', '躺平', null]]);
  });
});

describe('what is said of someone, on a real sentence (观察者网 via 新浪财经, 2022-08-12)', () => {
  const summary = (...texts: string[]) => summarize(extractQuotes(paragraphs(...texts)));

  it('reads the quote after 说它 as what the speaker said of it', () => {
    expect(summary('不少账号说它“唐风禅境特色鲜明”，是“宁波小京都”——')[0]).toEqual(['speech', '唐风禅境特色鲜明', '账号']);
  });

  it('keeps a name said of it a term (说它“一带一路”项目…)', () => {
    expect(summary('外媒说它“一带一路”项目进展缓慢。')[0]?.[0]).toBe('term');
  });
});

describe('quote marks inside a work’s title in 《》 (《关于深入实施“人工智能+”行动的意见》)', () => {
  it('are part of the title, no quote of their own; marks outside it still are', () => {
    expect(summarize(extractQuotes(paragraphs('国务院印发《关于深入实施“人工智能+”行动的意见》，提出“强化智能算力统筹”。')))).toEqual([['term', '强化智能算力统筹', null]]);
    expect(summarize(extractQuotes(paragraphs('《“人工智能+制造”专项行动实施意见》发布后，“人工智能+”成为热词。')))).toEqual([['term', '人工智能+', null]]);
  });
});
