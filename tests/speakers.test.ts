import { describe, expect, it } from 'vitest';
import { extractQuotes, resolvePerson, trimSpeakerPhrase } from '../lib/content/extract/quotes';
import { fullNameOfDoubleSurname } from '../lib/content/extract/speakers/coreference';
import { isUnnamedSource } from '../lib/content/extract/speaker-name';
import { findDescribedHonorificAtHead, findNameAtHead, findRoleAndNameAtHead, isPlausibleSpeaker, splitSpeakerRole } from '../lib/content/extract/speakers/name-shape';
import type { LocatedParagraph, Quote } from '../lib/content/model';

/**
 * Speaker rules on the shapes real copy takes. Sentences marked with an outlet are short excerpts
 * of its published copy (quoted to test the grammar, as LABELS.md describes); the others are built
 * on the same shape, with names changed.
 */

function paragraphs(...texts: string[]): LocatedParagraph[] {
  return texts.map((text, index) => ({ sectionId: 's', paragraphId: `p${index + 1}`, text }));
}

function speakers(found: Quote[]): [string, string, string | null][] {
  return found.map((quote) => [quote.kind, quote.text, quote.speaker]);
}

describe('the clause around the speech verb', () => {
  it('steps over a quoted event name inside a setting to reach the speaker (Yahoo奇摩新聞, 2025-11-20)', () => {
    const found = extractQuotes(paragraphs('龔明鑫前一日出席「2025國際金融與資產管理趨勢論壇」時提到，「我們沒有病，有病的是講我們有病的人」，也建議《經濟學人》應該去關心中國問題。'));
    expect(speakers(found)).toEqual([
      ['term', '2025國際金融與資產管理趨勢論壇', null],
      ['speech', '我們沒有病，有病的是講我們有病的人', '龔明鑫'],
    ]);
  });

  it('gives a verb without a subject of its own the person the clause before opens with (每日经济新闻, 2023)', () => {
    const found = extractQuotes(paragraphs('此外，针对网上关于公司产品被纳入新的集采等传言，张德申也予以否认，并称：“市场上有传言说是和浙江集采一事有关联，但均未听说相关情况。”'));
    expect(speakers(found)).toEqual([['speech', '市场上有传言说是和浙江集采一事有关联，但均未听说相关情况。', '张德申']]);
  });

  it('shares no subject across a clause that opens with something other than a person', () => {
    const found = extractQuotes(paragraphs('此外，针对网上的传言，公司股价也大幅下跌，并称：“市场上有传言，但均未听说相关情况。”'));
    expect(found[0]?.speaker).toBeNull();
  });

  it('keeps the speaker of a short phrase when a denied speech act follows it (並未進一步回應)', () => {
    const found = extractQuotes(paragraphs('對於市場傳聞，阿里巴巴發言人表示「密切關注」，並未進一步回應。'));
    expect(speakers(found)).toEqual([['speech', '密切關注', '阿里巴巴發言人']]);
  });

  it('drops the 有 of "there is" before a source but keeps the 有 of a name (连线Insight, 2022)', () => {
    expect(trimSpeakerPhrase('一位有赞员工')).toBe('有赞员工');
    expect(trimSpeakerPhrase('另一位有赞员工对连线Insight')).toBe('有赞员工');
    expect(trimSpeakerPhrase('有赞方面向连线Insight')).toBe('有赞');
    expect(trimSpeakerPhrase('有消費金融從業者')).toBe('消費金融從業者');
    expect(trimSpeakerPhrase('有網友')).toBe('網友');
    expect(trimSpeakerPhrase('有台商')).toBe('台商');
  });

  it('refuses a denied speech act and a single character as speakers', () => {
    expect(trimSpeakerPhrase('並未進一步')).toBeNull();
    expect(trimSpeakerPhrase('該公司拒絕')).toBeNull();
    expect(trimSpeakerPhrase('應')).toBeNull();
    expect(trimSpeakerPhrase('他')).toBe('他');
    // 不少 is a count, not a negation: 不少網友 speak.
    expect(trimSpeakerPhrase('不少網友')).toBe('網友');
  });
});

describe('people named with a title at the head of a clause', () => {
  it('finds the title and the name, and where the name ends before its predicate', () => {
    expect(findRoleAndNameAtHead('經濟部長龔明鑫今天出席立法院經濟委員會')).toEqual({ speaker: '龔明鑫', role: '經濟部長' });
    expect(findRoleAndNameAtHead('董事長王強在會上發言')).toEqual({ speaker: '王強', role: '董事長' });
    expect(findRoleAndNameAtHead('首航节能董秘侯建峰对媒体公开表示')).toEqual({ speaker: '侯建峰', role: '首航节能董秘' });
    expect(findRoleAndNameAtHead('市民李玉兒去年買了兩套房')).toEqual({ speaker: '李玉兒', role: '市民' });
    expect(findNameAtHead('张德申也予以否认')).toBe('张德申');
  });

  it('finds no one in a clause that opens otherwise', () => {
    expect(findRoleAndNameAtHead('記者昨日走訪多家銀行')).toBeNull();
    expect(findRoleAndNameAtHead('董事會的主席是誰')).toBeNull();
    expect(findNameAtHead('股价大幅下跌')).toBeNull();
  });

  it('lets 他 in the next paragraph point back at someone introduced without speaking', () => {
    const found = extractQuotes(paragraphs('恒大集團董事長許家印昨日在股東會上發言。', '他說：「公司有信心度過難關，不會讓投資者吃虧。」'));
    expect(found.map((quote) => [quote.speaker, quote.role])).toEqual([['許家印', '恒大集團董事長']]);
  });

  it('resolves 李女士 to the 李 named before (市民李玉兒)', () => {
    const found = extractQuotes(paragraphs('市民李玉兒去年買了兩套房。', '李女士說：「我沒想到房價會跌得這麼厲害，現在每個月都要還貸款。」'));
    expect(found[0]?.speaker).toBe('李玉兒');
  });

  it('resolves 前者 and 後者 to the pair named just before', () => {
    const found = extractQuotes(paragraphs('中國人民銀行行長易綱和副行長陳雨露分別出席了會議。前者表示：「貨幣政策將保持穩健，不搞大水漫灌。」後者則指出：「要加大對小微企業的支持力度，降低融資成本。」'));
    expect(found.map((quote) => quote.speaker)).toEqual(['易綱', '陳雨露']);
  });
});

describe('what is not a speaker, and who a later mention is (观察者网, 连线Insight, 2022)', () => {
  it('reads 說 inside a claim the sentence names (網上說…的說法, 那些說她…的) as no one speaking', () => {
    const found = extractQuotes(paragraphs(
      '近日，王神爱接受了节目的采访。',
      '至于网上说她和老公为房贷吃糠咽菜克扣孩子的说法，她澄清，自己和老公靠公积金就可以覆盖房贷。',
      '“节目组联系我，解释了因为版权问题导致他们不能放全片，只能放剪辑后的片段在微博。”',
    ));
    expect(found.map((quote) => quote.speaker)).toEqual(['王神爱']);
  });

  it('reads 自己 as the subject it stands for', () => {
    const found = extractQuotes(paragraphs('记者联系了市民王小红。她表示，自己在接受采访时说：“我没有囤积症，家里是极简风。”'));
    expect(found[0]?.speaker).toBe('王小红');
  });

  it('resolves 上述消息人士 to the unnamed source just quoted', () => {
    const found = extractQuotes(paragraphs(
      '至于此次裁员计划，一位有赞员工告诉连线Insight“现在公司流传了两个版本，一个是裁到1500人，一个是裁掉1500人。”',
      '“裁员是分批进行，这周还会离职一波”，上述消息人士表示，“暂且无法得知目前剩余员工人数。”',
    ));
    expect(found.map((quote) => quote.speaker)).toEqual(['有赞员工', '有赞员工', '有赞员工']);
  });

  it('gives a clause between an embedded phrase and a quote to the quote after it', () => {
    const found = extractQuotes(paragraphs('这波裁员并未像公司内部传言一般“裁1500人”，据宋晓慧回忆，“1月只裁了400多人，主要裁产品和技术研发部门。”'));
    expect(found.map((quote) => quote.speaker)).toEqual([null, '宋晓慧']);
  });

  it('still gives an interrupted quote to the speaker named in the middle', () => {
    const found = extractQuotes(paragraphs('“我们不会降价，”王强说，“但会推出更多优惠活动，回馈老客户。”'));
    expect(found.map((quote) => quote.speaker)).toEqual(['王强', '王强']);
  });
});

describe('a feature\'s people (众面 via 36氪, 2022)', () => {
  it('reads 更不用說 as no one speaking', () => {
    expect(trimSpeakerPhrase('这也就意味着喜欢光鲜履历的大厂，暗中为他关闭了通道，更不用')).toBeNull();
    expect(trimSpeakerPhrase('不必')).toBeNull();
  });

  it('takes the manner and the laugh off the speaker (很坚定地说, 苦笑道)', () => {
    const found = extractQuotes(paragraphs(
      '“我没有范进中举地执着。” 孙建说，言语中透露出一丝无奈，但随后他又很坚地的说，“希望三战能够取得胜利，不枉每天深夜挑灯夜读。”“考公考的都快魔怔了。” 他苦笑道。',
      '“但理想很丰满，现实很骨感，作为曾经的大厂人，并没有获得实质性成长。” 赵灵苦笑道。',
    ));
    expect(found.map((quote) => quote.speaker)).toEqual(['孙建', '孙建', '孙建', '赵灵']);
  });

  it('gives a quote standing after a clause about a person to that person, by a name the article gives a speaker elsewhere', () => {
    const found = extractQuotes(paragraphs(
      '转正前夕，赵灵决定离开大厂，踏上考公赛道。',
      '在被问到为何做此选择时，赵灵语气顿了顿，“恐怕这是我做的最明智的选择了。”',
      '“但理想很丰满，现实很骨感，作为曾经的大厂人，并没有获得实质性成长。” 赵灵苦笑道。',
    ));
    expect(found.map((quote) => quote.speaker)).toEqual(['赵灵', '赵灵']);
  });

  it('gives a quote opening the sentence after one about a person to that person', () => {
    const found = extractQuotes(paragraphs('对于未来，李华（化名）显得很悲观。“这个行业可能要洗牌了，能活下来的没几家。”'));
    expect(found[0]?.speaker).toBe('李华');
  });

  it('gives no one a quote after a clause about a thing', () => {
    const found = extractQuotes(paragraphs('赵灵苦笑道：“我决定逃离。”', '今年以来，大厂的招聘需求明显下降，“现在就业环境确实让人产生自我怀疑，每天备考，却又无法确信能够考上。”'));
    expect(found.map((quote) => quote.speaker)).toEqual(['赵灵', null]);
  });
});

describe('precision first: fragments and far-off antecedents name no one', () => {
  it('refuses short phrases shaped like a clause, keeps short names (燃财经-style first-person copy)', () => {
    for (const fragment of ['一定要拿', '老板一直', '一点我', '按理', '大喇喇', '忘记']) expect(isPlausibleSpeaker(fragment)).toBe(false);
    for (const name of ['比亞迪', '華為', '小紅書', '老板']) expect(extractQuotes(paragraphs(`${name}表示：“公司经营一切正常，相关传言不实。”`))[0]?.speaker).toBe(name);
  });

  it('lets 他 reach back two paragraphs at most', () => {
    const near = extractQuotes(paragraphs('律师王强表示，这类纠纷越来越多。', '公司方面没有回应。', '他说：“劳动者要保留好证据。”'));
    const far = extractQuotes(paragraphs('律师王强表示，这类纠纷越来越多。', '公司方面没有回应。', '今年以来，类似案件增加了三成。', '部分企业开始整改。', '他说：“劳动者要保留好证据。”'));
    expect(near[0]?.speaker).toBe('王强');
    expect(far[0]?.speaker).toBeNull();
  });
});

describe('a quote inside who speaks', () => {
  it('keeps a quote inside a description as part of the speaker (燃财经, 2022)', () => {
    const found = extractQuotes(paragraphs('一位接触过“00后仲裁公司案例”的律师告诉燃财经，出现这种职场现象与家庭条件有关，“这些或许都是95后、00后择业观‘刚烈’的主要原因。”'));
    expect(found.at(-1)?.speaker).toBe('接触过“00后仲裁公司案例”的律师');
  });

  it('leaves a quoted nickname before a name out of the name', () => {
    const found = extractQuotes(paragraphs('被形容為「股神」的巴菲特表示，「不會出售」。'));
    expect(found.at(-1)?.speaker).toBe('巴菲特');
  });
});

describe('a title after the name (Taiwan and Hong Kong copy)', () => {
  it('splits an office or calling after a full name from the name', () => {
    expect(splitSpeakerRole('蔡英文總統')).toEqual({ speaker: '蔡英文', role: '總統' });
    expect(splitSpeakerRole('經濟部龔明鑫部長')).toEqual({ speaker: '龔明鑫', role: '經濟部部長' });
    expect(splitSpeakerRole('林建甫教授')).toEqual({ speaker: '林建甫', role: '教授' });
    expect(splitSpeakerRole('李玉兒女士')).toEqual({ speaker: '李玉兒', role: null });
  });

  it('leaves a body and its officer whole (國發會主委, 國泰金董事長, 央行有關部門負責人)', () => {
    expect(splitSpeakerRole('國發會主委')).toEqual({ speaker: '國發會主委', role: null });
    expect(splitSpeakerRole('國泰金董事長')).toEqual({ speaker: '國泰金董事長', role: null });
    expect(splitSpeakerRole('央行有關部門負責人')).toEqual({ speaker: '央行有關部門負責人', role: null });
  });
});

describe('descriptions around a name (灵台, 燃财经)', () => {
  it('takes the name out of a description ending in 的, and 們 off a group', () => {
    expect(splitSpeakerRole('41岁的雷军')).toEqual({ speaker: '雷军', role: '41岁' });
    expect(trimSpeakerPhrase('不少米粉们')).toBe('米粉');
  });

  it('reads 在我問「…」的時候 as a moment, not a person called 時候', () => {
    const found = extractQuotes(paragraphs('结果又是这位小领导不发言，并且在我问“那是不是我们也可以不用说了”的时候回答道，“我是领导，我可以不说。”'));
    expect(found.map((quote) => quote.speaker)).not.toContain('时候');
  });
});

describe('interviews', () => {
  it('gives 答： the person the piece says it interviewed, even when the answer says 我們預計', () => {
    const found = extractQuotes(paragraphs('记者日前专访了中金公司首席经济学家彭文生。', '问：明年经济增速会是多少？', '答：我们预计在5%左右，“消费复苏是主要动力”。'));
    expect(found.map((quote) => [quote.speaker, quote.role])).toEqual([['彭文生', '中金公司首席经济学家']]);
  });

  it('keeps the interviewer out of the interviewee\'s role', () => {
    const found = extractQuotes(paragraphs('近日，界面新闻专访了蔚来汽车创始人李斌。', '界面新闻：你怎么看价格战？', '李斌：价格战不可持续，“最终比拼的还是产品力”。'));
    expect(found.map((quote) => [quote.speaker, quote.role])).toEqual([['李斌', '蔚来汽车创始人']]);
  });
});

describe('Taiwan wire and paper copy (中央社, 三立, 鉅亨 shapes, 2020-2026)', () => {
  it('gives a verb after a setting only (，於會前受訪時表示) the person the clause before opens with', () => {
    const found = extractQuotes(paragraphs('經濟部長王美花今日出席「台灣區電機電子工業同業公會第26屆第1次會員代表大會」,於會前受訪時表示,拜登的亞洲行,就是要強化與亞太的合作關係,「台灣的半導體產業,在全球具有重要的供應關係,我想這個競爭力是不會有影響的。」'));
    expect(speakers(found)).toEqual([
      ['term', '台灣區電機電子工業同業公會第26屆第1次會員代表大會', null],
      ['speech', '台灣的半導體產業,在全球具有重要的供應關係,我想這個競爭力是不會有影響的。', '王美花'],
    ]);
  });

  it('reaches the speaker over the quoted event they attend right before the verb, and reads a simile as their wording', () => {
    const found = extractQuotes(paragraphs('經濟部長龔明鑫今(15)日出席「2026台灣經濟論壇」指出,半導體產業是AI科技發展的關鍵基礎,地位宛如「國王皇冠上的明珠」。'));
    expect(speakers(found)).toEqual([
      ['term', '2026台灣經濟論壇', null],
      ['speech', '國王皇冠上的明珠', '龔明鑫'],
    ]);
  });

  it('trims 竟 before the verb and reads the quoted predicate of a modal as speech (竟稱, 本來應該「…」)', () => {
    expect(extractQuotes(paragraphs('更扯的是,被問到兩岸關係時,賴清德竟稱,中國目前經濟非常不好,「台灣很樂意幫中國解決各項問題」。'))[0]?.speaker).toBe('賴清德');
    expect(speakers(extractQuotes(paragraphs('中國國台辦發言人陳斌華昨藉此散播疑美論,質疑台積電本來應該「從從容容、游刃有餘」。')))).toEqual([['speech', '從從容容、游刃有餘', '陳斌華']]);
  });
});

describe('objects and openers that are not speakers', () => {
  it('reads the one a verb asks (要求公司解釋) as no speaker', () => {
    const found = extractQuotes(paragraphs('5月29日，深交所对公司下发关注函，要求公司解释董秘所述的事项。', '“大约在下午2点的时候，我公司董秘接到该投资者电话。”'));
    expect(found[0]?.speaker).not.toBe('要求公司');
    expect(isPlausibleSpeaker('要求公司')).toBe(false);
  });

  it('drops 甚至 and the 有 of "there is" before a source (甚至有机构放言)', () => {
    const found = extractQuotes(paragraphs('彼时港股一派火热，吸引南下资金汹涌而入，甚至有机构放言“跨过香江去，夺取定价权”。'));
    expect(found[0]?.speaker).toBe('机构');
  });
});

describe('sayings the sentence mentions', () => {
  it('gives no speaker to quotes that qualify a noun (以及「…」、「…」的心態), though someone speaks in the sentence', () => {
    const found = extractQuotes(paragraphs('一位律师告诉记者，出现职场现象，与现在00后家庭条件良好以及“房子、车子，都太贵，打工那点钱也不够干嘛”、“我干嘛惯着你”的心态有一定的关系，“这些或许都是择业观的主要原因。”'));
    expect(found.map((quote) => quote.speaker)).toEqual([null, null, '律师']);
  });
});

describe('papers and broadcast copy', () => {
  it('reads a paper in title marks after its country, and a report by its outlet', () => {
    expect(extractQuotes(paragraphs('美國《華爾街日報》報導，「蘋果正在考慮將部分產能轉移到印度。」'))[0]?.speaker).toBe('華爾街日報');
    expect(extractQuotes(paragraphs('路透報導指出，「這項交易預計明年完成，雙方仍在談判細節。」'))[0]?.speaker).toBe('路透');
  });

  it('takes a titled name before a colon mid-paragraph as the speaker (有線財經, 2022)', () => {
    const found = extractQuotes(paragraphs('英國《金融時報》報道,英倫銀行原訂10月6日逐步減持國債,直至債市回復穩定,利得證券(香港)董事總經理王榮昆:「投資者對他的觀感,在過去兩個星期急轉直下。」'));
    expect(found.at(-1)?.speaker).toBe('王榮昆');
  });
});

describe('Hong Kong exchange copy (信報, 經濟通 shapes)', () => {
  it('keeps the speaker of a phrase that qualifies a plain noun (是「應該做及將會做」的事情)', () => {
    const found = extractQuotes(paragraphs('李小加指出,將第二上市企業納入「港股通」是「應該做及將會做」的事情,但仍需要與中國方面繼續商討。'));
    expect(speakers(found)).toEqual([['term', '港股通', null], ['speech', '應該做及將會做', '李小加']]);
  });

  it('trims a meeting named without 上 and reads a degree adverb as a predicate (在中期業績發布會表示…「挺火爆」)', () => {
    const found = extractQuotes(paragraphs('港交所(00388)集團行政總裁陳翊庭在中期業績發布會表示，今年上半年香港新股市場「挺火爆」，到目前為止，港交所已經完成超過50宗IPO。'));
    expect(speakers(found)).toEqual([['speech', '挺火爆', '陳翊庭']]);
  });
});

describe('who gets a person page: named people and bodies, never descriptors', () => {
  it('treats descriptions, groups, trades and a bare surname with an honorific as unnamed sources', () => {
    for (const descriptor of ['接触过“00后仲裁公司案例”的律师', '南京一位建材公司老板', '卖酒商人', '离职员工', '米粉', '卖家', '李女士', '某業務人士', '網友']) expect(isUnnamedSource(descriptor)).toBe(true);
  });

  it('keeps personal names, even ones ending like a group, and bodies as named', () => {
    for (const named of ['張國民', '王榮昆', 'Gary Gensler', '證監會', '舍得酒业', '環球時報']) expect(isUnnamedSource(named)).toBe(false);
  });
});


describe('a body heading the clause before a verb with no subject of its own', () => {
  it('keeps a body named in apposition whole past its gloss, and splits the description off as its role (中央社, 2023-08-23)', () => {
    const found = extractQuotes(paragraphs('聯合國核監督機構國際原子能總署（International Atomic Energy Agency, IAEA）今年7月為排放計畫背書，表示這項排放符合國際標準，對人類和環境的影響「微不足道」。'));
    expect(found.map((quote) => [quote.kind, quote.speaker, quote.role])).toEqual([['speech', '國際原子能總署', '聯合國核監督機構']]);
  });

  it('reads an unnamed source heading the clause before (深圳商报, 2021-08-24)', () => {
    const found = extractQuotes(paragraphs('今年2月10日，贵州茅台股价突破2600元，某券商将茅台一年内目标股价调至3000元，并在标题里直言“三万亿从头越”。'));
    expect(speakers(found)).toEqual([['speech', '三万亿从头越', '某券商']]);
  });

  it('splits only a description ending in a noun of kind from a name shaped like a body', () => {
    expect(splitSpeakerRole('中國官媒環球時報')).toEqual({ speaker: '環球時報', role: '中國官媒' });
    expect(splitSpeakerRole('中國證監會')).toEqual({ speaker: '中國證監會', role: null });
    expect(splitSpeakerRole('研究機構人士')).toEqual({ speaker: '研究機構人士', role: null });
  });
});

describe('dialogue a narrator tells, on real sentences (燃财经, 00后职场图鉴, 2022-05-15)', () => {
  it('drops the day of the story and the manner written with 的 before the verb', () => {
    expect(speakers(extractQuotes(paragraphs('第二天大领导问我，“怎么昨天大家都去吃饭了，但是没看见你？”我说我有事，他也开玩笑地说，“谈恋爱去了吗。”')))).toEqual([
      ['speech', '怎么昨天大家都去吃饭了，但是没看见你？', '大领导'],
      ['speech', '谈恋爱去了吗。', '大领导'],
    ]);
    expect(speakers(extractQuotes(paragraphs('立案时，劳动局工作人员诧异的问我，“你才18岁吗？”')))).toEqual([['speech', '你才18岁吗？', '劳动局工作人员']]);
  });

  it('reads 来了一句 as saying, and 突然 as no part of who says it', () => {
    expect(speakers(extractQuotes(paragraphs('但临近下班的时候，小领导突然来了一句，“今天下班不许请假，全都必须得去。”')))).toEqual([['speech', '今天下班不许请假，全都必须得去。', '小领导']]);
  });

  it('keeps 的 before a verb when what comes before it is no manner (公司的回應 is no one speaking by manner)', () => {
    expect(trimSpeakerPhrase('公司內部的')).toBeNull();
  });
});

describe('a central bank governor abroad, on a real sentence (有線新聞, 2022-10-18)', () => {
  it('reads the transliterated name after 行長 and keeps the office as the role', () => {
    expect(splitSpeakerRole('法國央行行長德加洛')).toEqual({ speaker: '德加洛', role: '法國央行行長' });
    expect(splitSpeakerRole('中國人民銀行行長易綱')).toEqual({ speaker: '易綱', role: '中國人民銀行行長' });
    expect(splitSpeakerRole('該行行長')).toEqual({ speaker: '該行行長', role: null });
  });
});

describe('the clause before a verb with no subject, on real sentences (眾新聞, 2018-03-20)', () => {
  it('takes no word and its verb for a name at the head of that clause (焦點放在…, 形容這是)', () => {
    const found = extractQuotes(paragraphs('英國《衛報》在中國全國人大會議閉幕的報道，焦點放在習近平的講話，形容這是「民族主義演詞」。'));
    expect(found.map((quote) => quote.speaker)).toEqual([null]);
  });

  it('takes a name the article gives a speaker elsewhere, and knows the surname 習', () => {
    const found = extractQuotes(paragraphs('國家主席習近平發表講話，強調維護主權。', '習近平在長達4700字的講話中，表示「每一寸領土都絕對不能也絕對不可能從中國分割出去」。'));
    expect(found.map((quote) => quote.speaker)).toEqual(['習近平']);
  });

  it('drops the work a speaker wrote it in, named in title marks', () => {
    expect(trimSpeakerPhrase('《紐約時報》記者儲百亮（Chris Buckley）在總結會議的新聞《中國全國人大的五個要點》')).toBe('《紐約時報》記者儲百亮（Chris Buckley）');
    expect(trimSpeakerPhrase('一位头部在线教育公司人士对《财经十一人》')).toBe('头部在线教育公司人士');
  });
});

describe('shouted words, on a real sentence (零态LT, 小米冲击高端, 2022-02-16)', () => {
  it('gives what a group shouts to the group, past 以至于 and the time it shouted', () => {
    const found = extractQuotes(paragraphs('伴随而来的恶性BUG的广泛出现，让MIUI成了小米手机不稳定的元凶之一，以至于米粉们在对小米有不满的时候高喊：“雷军！金凡！”。'));
    expect(speakers(found)).toEqual([['speech', '雷军！金凡！', '米粉']]);
  });
});

describe('an attack in words by a group heading the clause before, on a real sentence (观察者网, 2021-10-28)', () => {
  it('gives the attack to the group, counted or not, and never to someone named before', () => {
    const found = extractQuotes(paragraphs('豆友王神爱接受了节目的采访。', '点开两万多条评论，不少网友都表达了对这种观念的抵触，甚至攻击王神爱有“精神疾病”。'));
    expect(speakers(found)).toEqual([['speech', '精神疾病', '网友']]);
  });

  it('shows no one when the clause before opens with no group or person', () => {
    const found = extractQuotes(paragraphs('点开两万多条评论，观念的抵触很明显，甚至攻击王神爱有“精神疾病”。'));
    expect(speakers(found)).toEqual([['speech', '精神疾病', null]]);
  });
});

describe('clauses that open with their verb between the subject and 并表示, on a real sentence (观察者网, 2021-10-28)', () => {
  it('steps back over them to the person the sentence opened with, named as a speaker elsewhere', () => {
    const found = extractQuotes(paragraphs('王神爱在节目中表示，自己贯彻的是极简生活的原则，“如非必要，不增实体”。', '近日，王神爱接受了节目《和陌生人说话》的采访，分享自己“一路抠来”的心路历程，反思了当下社会超前消费的现象，并表示抠组里的年轻人“不是抠的人，是认真生活的人”。'));
    expect(speakers(found).at(-1)).toEqual(['speech', '不是抠的人，是认真生活的人', '王神爱']);
  });

  it('stops at a clause with a subject of its own it cannot name', () => {
    const found = extractQuotes(paragraphs('近日，王神爱接受了节目的采访，节目组剪掉了很多内容，并表示“时间有限”。'));
    expect(found.map((quote) => quote.speaker)).toEqual([null]);
  });
});

describe('people as real copy names them (新浪财经 from 九派新闻 and 新华每日电讯, 2021-12-28)', () => {
  const who = (text: string) => extractQuotes(paragraphs(text)).map((quote) => [quote.speaker, quote.role]);

  it('reads a person named by relation to another as written', () => {
    expect(who('上访当事人的妻子说：“不接受。以后吧，别来了，没有用。”')).toEqual([['上访当事人的妻子', null]]);
  });

  it('reads 总书记 after a name as his title, and 公然 as manner', () => {
    expect(who('习近平总书记强调：“共产党的干部要坚持当‘老百姓的官’。”')).toEqual([['习近平', '总书记']]);
    expect(who('河南商丘有居民投诉社区问题，被投诉的社区书记竟公然宣称“他打12345投诉，我有100个办法对付他”。')).toEqual([['被投诉的社区书记', null]]);
  });

  it('leaves the reporter reaching someone out of the role', () => {
    expect(findRoleAndNameAtHead('记者联系到该事件中被威胁的当事人谢某某')).toEqual({ speaker: '谢某某', role: '该事件中被威胁的当事人' });
  });
});

describe('words given as a reply or a reason, on a real sentence (眾新聞, 2020-09-11) and LABELS.md', () => {
  const summary = (text: string) => speakers(extractQuotes(paragraphs(text)));

  it('gives the reply to whoever replied with it', () => {
    expect(summary('美國駐港總領事館發言人以「暫不評論」回應記者查詢。')).toEqual([['speech', '暫不評論', '美國駐港總領事館發言人']]);
    expect(summary('盒马以“业务调整”为由关闭了门店。')).toEqual([['speech', '业务调整', '盒马']]);
  });

  it('leaves a name used as a means a term (以「一帶一路」為主題)', () => {
    expect(summary('論壇以「一帶一路」為主題。')).toEqual([['term', '一帶一路', null]]);
  });
});

describe('words someone said quoted as what a noun holds, on a real sentence (观察者网, 2021-10-28)', () => {
  it('gives them to the pronoun or known name before 说的', () => {
    const found = extractQuotes(paragraphs('王神爱在节目中表示，自己贯彻的是极简生活的原则，“如非必要，不增实体”。', '王神爱在和节目组的沟通中表示，应该多保留一点她说的“尊重每个人消费观”的话。'));
    expect(speakers(found).at(-1)).toEqual(['speech', '尊重每个人消费观', '王神爱']);
  });

  it('needs a pronoun or a known name: 网上说的 names no one', () => {
    const found = extractQuotes(paragraphs('网上说的“躺平”并不准确。'));
    expect(speakers(found)).toEqual([['term', '躺平', null]]);
  });
});

describe('a topic that is someone speaking, on sentences of our own (the shape of 中新社, 2021-01-15: 针对蓬佩奥表示“…”)', () => {
  it('gives the words to the person the topic names right before the verb', () => {
    const found = extractQuotes(paragraphs('13日，针对王强表示“联合国不能没有美国的领导”，赵立坚提醒说：“请先把欠费交了。”'));
    expect(found.map((quote) => quote.speaker)).toEqual(['王强', '赵立坚']);
  });

  it('names no one for a topic that is not a person (针对此事表示)', () => {
    expect(trimSpeakerPhrase('针对此事')).toBeNull();
    expect(trimSpeakerPhrase('對於網上的傳言')).toBeNull();
  });
});

describe('precision on unlabelled real copy (自立晚報 2019-10-14, 聯合報 2025-12-05, 中央社 2022-11-21, 中央社 via 臺灣之音 2022-08-02)', () => {
  const who = (...texts: string[]) => extractQuotes(paragraphs(...texts)).map((quote) => [quote.text, quote.speaker]);

  it('reads a full name ending like a place as a name (陳時中)', () => {
    expect(who('陳時中說，要對自己的國家有信心，「我們都是勇敢的台灣人、堅毅的台灣人」，全體一起因應國際情勢。')).toEqual([['我們都是勇敢的台灣人、堅毅的台灣人', '陳時中']]);
  });

  it('takes no office for a name after 總統, and drops 只有 and 以及', () => {
    expect(who('張忠謀今天透露,總統府只有指示「不必避免見面、不必避免打招呼」。')).toEqual([['不必避免見面、不必避免打招呼', '總統府']]);
    expect(who('台積電創辦人張忠謀今天出席記者會。', '至於後來,他恭喜習近平20大的成就,以及他講自己健康的情形,「都是我自己的主意」。')).toEqual([['都是我自己的主意', '張忠謀']]);
  });

  it('reads being unable to say as no speaker, and keeps the one who said it', () => {
    expect(who('對於日方說沒發出賀電,謝長廷說,沒有辦法替日本解釋,「但是日本這樣回答也對」。')).toEqual([['但是日本這樣回答也對', '謝長廷']]);
  });

  it('drops the building the speaker was in', () => {
    expect(who('駐日代表謝長廷14日在立法院受訪表示,「賀電當然是真的」。')).toEqual([['賀電當然是真的', '謝長廷']]);
  });

  it('never lets 他 mean everyone (各界), and carries no speaker over a semicolon to a whole saying: the party maintaining it is named', () => {
    expect(who('國民黨發言人牛煦庭表示，各界普遍解讀高市早苗的答詢。他說，民進黨應要理解這段對話背後的真實用意；國民黨主張「台灣沒事，日本沒事」，區域的穩定才是目標。')).toEqual([['台灣沒事，日本沒事', '國民黨']]);
  });
});

describe('names of plans and the question answered, on real sentences (券商中国, 2021-10-17; 新浪财经, 2021-08-30)', () => {
  const summary = (text: string) => speakers(extractQuotes(paragraphs(text)));

  it('reads a long plan name and what the text calls it after 下称 as terms', () => {
    expect(summary('10月15日，京沪高铁发布公告称，平安资管根据“平安资管-建设银行-京沪高铁股权投资计划”（下称“京沪计划”）受益人的减持申请，计划减持所持公司股份。')).toEqual([
      ['term', '平安资管-建设银行-京沪高铁股权投资计划', null],
      ['term', '京沪计划', null],
    ]);
  });

  it('drops the question the speaker answers and 这样 before the verb', () => {
    expect(summary('“我觉得短期不排除这种可能性，但中长期可能比较难。”刘格菘对于风格轮动的问题这样说道。')).toEqual([['speech', '我觉得短期不排除这种可能性，但中长期可能比较难。', '刘格菘']]);
  });
});

describe('提出 right before the quote, on a real sentence (证券时报网, 2021-07-28)', () => {
  it('gives what a meeting puts forward to the meeting, without 近期', () => {
    expect(speakers(extractQuotes(paragraphs('关于风险，近期高层会议提出“应对好可能发生的周期性风险”。')))).toEqual([['speech', '应对好可能发生的周期性风险', '高层会议']]);
  });

  it('leaves a scheme it puts forward by name a term (提出「一帶一路」倡議)', () => {
    expect(speakers(extractQuotes(paragraphs('習近平2013年提出「一帶一路」倡議。')))).toEqual([['term', '一帶一路', null]]);
  });
});

describe('a clause that ends in a body is no body heading it, on a real sentence (明報, 2022-02-23)', () => {
  it('shows no body named 僅稱這是今屆政府 for 僅稱這是今屆政府最後一份預算案,總結…, but the official the sentence opened with', () => {
    const found = extractQuotes(paragraphs('財政司長陳茂波今午(23日)舉行財政預算案記者會,三度被問是否有意參選特首均沒有正面回答,僅稱這是今屆政府最後一份預算案,總結過去5年的工作、體會和觀察,尤其近月社會情況與開始做諮詢時已不同,「有好多嘢要重做」,相當費勁。'));
    expect(found.map((quote) => quote.speaker)).toEqual(['陳茂波']);
  });
});

describe('先 between the speaker and the verb, on a real sentence (明報, 2022-02-23)', () => {
  it('reads 他先表示 as 他 speaking, who is the person named before', () => {
    const found = extractQuotes(paragraphs('財政司長陳茂波今午舉行財政預算案記者會。', '陳茂波在晚上的財政預算案論壇再被問到會否在新一屆政府工作,他先表示今屆政府遇到很多挑戰,這數年的體驗「最重要、亦要做得最細心的是如何把握好民情」,以及社會的需要和痛點。'));
    expect(speakers(found)).toEqual([['speech', '最重要、亦要做得最細心的是如何把握好民情', '陳茂波']]);
    expect(trimSpeakerPhrase('王先生')).toBe('王先生');
  });
});

describe('being asked, between the subject and the verb that shares it, on a real paragraph (明報, 2022-02-23)', () => {
  it('steps back over 三度被問… to the official the sentence opened with, and drops the tail of 【20:31更新】', () => {
    const found = extractQuotes(paragraphs('【20:31更新】財政司長陳茂波今午(23日)舉行財政預算案記者會,三度被問是否有意參選特首均沒有正面回答,僅稱這是今屆政府最後一份預算案,總結過去5年的工作、體會和觀察,尤其近月社會情況與開始做諮詢時已不同,「有好多嘢要重做」,相當費勁。'));
    expect(found.map((quote) => [quote.kind, quote.speaker, quote.role])).toEqual([['speech', '陳茂波', '財政司長']]);
  });
});

describe('a paragraph that opens on a bare name, on real sentences (聯合報 金管會20年改革篇, via bg3.co; 中新社 via 江苏龙网, 2019-03-16)', () => {
  it('points a later 他 at the name the paragraph opens with, not at the speaker of the paragraph before, and reads 認爲 as 認為', () => {
    const found = extractQuotes(paragraphs(
      '施俊吉說,當時他在金管會想把八家問題金融機構全部接管,還想一併解決問題保險公司,可惜沒有那麼多時間和預算。',
      '陳裕璋則是另一種風格的主委,任期三年兩個月,在當時是任期最長的主委,卻也被金融界視爲是最保守的主委。在無預警下臺後,他認爲真正原因是「監理上的堅持得罪很多人」,這位謹慎、堅持的「孤鳥」,卸任後回鄉下種苦茶樹。',
    ));
    expect(speakers(found)).toEqual([
      ['speech', '監理上的堅持得罪很多人', '陳裕璋'],
      ['term', '孤鳥', null],
    ]);
  });

  it('takes the name at the head of the opening clause, past a connective, as the one whose words open the next sentence', () => {
    const found = extractQuotes(paragraphs('但庄太量认为 , 仅仅对涉事公司进行罚款、吊销牌照的处置还不够 , 应该对上市委员会也进行相应的处罚 。 “如果一个上市企业的老板跑路 , 应该是背后监管机构来买单 , 不应由资本市场的投资者来承担风险 。 ”他甚至鼓励 , 将更多的上市审核权利交由证监会来统一管理 。'));
    expect(found[0]?.speaker).toBe('庄太量');
  });

  it('does not take a place or thing opening the paragraph for a person', () => {
    const found = extractQuotes(paragraphs('金管會今日召開記者會,會上氣氛緊張。他直言,「緩議就是反對」。'));
    expect(found[0]?.speaker).toBeNull();
  });
});

describe('negated clauses and named words, on real sentences (東方日報, 2016-09-08; fountmedia on 金管會例行記者會)', () => {
  it('takes no 絕不是官員 for a speaker, so the next paragraph\'s 他 still points at the one who spoke', () => {
    const found = extractQuotes(paragraphs(
      '上市公司商會昨舉行上市監管論壇,主席梁伯韜對證監會及港交所(00388)都沒派員出席表示失望及遺憾,並批評上市監管諮詢是「顛覆性」改革,絕不是官員形容的「微調」,對市場影響深遠,如市場反對聲音太大,當局應考慮撤回改革建議。',
      '他形容改革建議是「革上市委員會的命」,按上設的兩個新委員會本子辦事,笑言上市委員會用「人工智能」或「機械人」做都得!',
    ));
    expect(found.map((quote) => quote.speaker)).not.toContain('絕不是官員');
    expect(found.find((quote) => quote.text === '革上市委員會的命')?.speaker).toBe('梁伯韜');
  });

  it('keeps words an urging names (呼籲市場不應出現「互相攻擊」等字眼) a term with no speaker', () => {
    const found = extractQuotes(paragraphs('此外,童政彰呼籲市場不應出現「互相攻擊」等字眼或行為,這些都不利於金融市場的健康發展。'));
    expect(speakers(found)).toEqual([['term', '互相攻擊', null]]);
  });
});

describe('a phrase in the narration before a verb whose words follow it, on a real sentence (經濟日報 via udn, 2025-08-11)', () => {
  it('keeps the plan a term, and gives the speaker the quote that closes what they say', () => {
    const found = extractQuotes(paragraphs('金管會主委彭金隆上任一年多以來，積極推動「亞洲資產管理中心」，他表示，推動亞洲資產管理中心的終極目標是提升台灣金融業產值、壯大金融產業鏈，吸引更多高階金融人才回流投入，最終是要讓年輕人看到金融業的未來與機會，「不用再去新加坡丟履歷」。'));
    expect(speakers(found)).toEqual([
      ['term', '亞洲資產管理中心', null],
      ['speech', '不用再去新加坡丟履歷', '彭金隆'],
    ]);
  });
});

describe('one person speaking through a paragraph, on real sentences (新浪科技, 蜻蜓FM 2019-11-27)', () => {
  it('gives a quote closing a later sentence of the paragraph to the one who has spoken in it', () => {
    const found = extractQuotes(paragraphs(
      '张强表示，万物互联的时代，音频面临着巨大的机会，更加精细的场景划分推动音频的渗透和发展，而如何做好音频内容与场景的匹配，也是一项挑战。',
      '“我们认为未来AIoT时代——万物互联时代对音频是一个巨大的机会，音频的渗透率将会有一个非常大的提升。”他表示，现在音频的整体渗透率比视频、文字低了不少，大概是在30%左右，后续随着5G的来临会出现很多新的终端，很多硬件终端都会被接入物联网。在新的这些终端上，人机交互会发生一些新的变化，比如语音交互会越来越被普及，而音频的机会就会大过在视觉交互情况下的机会，“这是我们对音频在未来时代的判断”。',
    ));
    expect(found.map((quote) => quote.speaker)).toEqual(['张强', '张强']);
  });

  it('leaves it unattributed when two people have spoken in the paragraph', () => {
    const found = extractQuotes(paragraphs('张强表示，音频面临着巨大的机会。李明则认为，挑战不小。在新的这些终端上，人机交互会发生一些新的变化，“这是我们的判断”。'));
    expect(found[0]?.speaker).toBeNull();
  });
});

describe('a pronoun doing one thing and then speaking, on a real sentence (長和業績記者會, via shuohk.com)', () => {
  it('reads 惟他迅即意識到並說 as 他 speaking, 他 being the director who answered first, and 此時的 as no role', () => {
    const found = extractQuotes(paragraphs('有記者問到3歐洲的表現,聯席董事總經理霍建寧率先搶答,惟他迅即意識到並說:“I preempt my Chairman(我搶在主席之前)。”此時的李澤鉅從容不迫地回應:“no, no, no, go ahead(不,請繼續)。”'));
    expect(found.map((quote) => [quote.speaker, quote.role])).toEqual([
      ['霍建寧', '聯席董事總經理'],
      ['李澤鉅', null],
    ]);
  });
});

describe('a speaker\'s verdict in quotes, on real sentences (經理人, 2019-11-18; 經濟日報 via udn, 2025-08-11; fountmedia on 金管會例行記者會)', () => {
  it('reads 這根本是「…」 closing a speaker\'s clause as their words', () => {
    const found = extractQuotes(paragraphs('他將砲口對準金融監督管理委員會(以下簡稱金管會),表示金管會根本沒有和網路業者交流或舉行公聽會之前,竟然委託銀行公會制定「電子支付機構管理條例」的12項子法,詹宏志認為,這根本是「黑箱作業」。'));
    expect(speakers(found)).toEqual([
      ['term', '電子支付機構管理條例', null],
      ['speech', '黑箱作業', '詹宏志'],
    ]);
  });

  it('keeps a name after a demonstrative copula a term when the sentence runs on from it (這是「一帶一路」的…)', () => {
    const found = extractQuotes(paragraphs('詹宏志認為,這是「一帶一路」的延伸。'));
    expect(found[0]?.kind).toBe('term');
  });

  it('reads a quote holding 這是 as a clause: the speaker\'s words', () => {
    const found = extractQuotes(paragraphs('彭金隆坦言，現在許多學生選擇科系時，傾向選擇理工科系，導致商管、法政等金融相關領域的人才來源出現失衡「這是一大隱憂」，金融業未來恐將面臨人才供給不足的挑戰。'));
    expect(speakers(found)).toEqual([['speech', '這是一大隱憂', '彭金隆']]);
  });

  it('reads 他直說 as 他 speaking', () => {
    const found = extractQuotes(paragraphs('童政彰指出,16日副主委講得很清楚。他直說大白話,「緩議就是反對!」'));
    expect(found.at(-1)?.speaker).toBe('童政彰');
  });
});

describe('a title and a name the article knows, before any verb, on a real paragraph (fountmedia on 金管會例行記者會)', () => {
  it('finds the official a later 他 points at, though nothing after the name tells where it ends', () => {
    const found = extractQuotes(paragraphs(
      '金管會日前以「緩議」駁回中新併,原本中信金能就此收手,未料,中信金沈澱一日後,公開強調會重新修訂計畫再送董事會。對此,金管會今(19)日召開例行記者會,銀行局副局長童政彰罕見動怒,他直說大白話,「緩議就是反對!」強調不允許任何擾動市場秩序的行為。',
      '童政彰指出,16日副主委講得很清楚,「緩議」就是反對,他強調,維護市場秩序是金管會的首要任務,任何可能擾動市場秩序的行為都不被允許。',
    ));
    expect(found.find((quote) => quote.text === '緩議就是反對!')?.speaker).toBe('童政彰');
    expect(found.find((quote) => quote.text === '緩議就是反對!')?.role).toBe('銀行局副局長');
  });

  it('names no one when the name after the title is not one the article gives a speaker', () => {
    const found = extractQuotes(paragraphs('銀行局副局長童政彰罕見動怒,他直說大白話,「緩議就是反對!」'));
    expect(found[0]?.speaker).toBeNull();
  });
});

describe('the occasion before the verb, on the shape of Hong Kong copy (Now新聞台: 港交所行政總裁李小加出席上市儀式後會見傳媒)', () => {
  it('steps over 出席…後 to the official, as it does over 出席…時', () => {
    const found = extractQuotes(paragraphs('港交所行政總裁陳翊庭出席上市儀式後表示：「新股市場十分強勁。」'));
    expect(found.map((quote) => [quote.speaker, quote.role])).toEqual([['陳翊庭', '港交所行政總裁']]);
  });
});

describe('manner and occasion words that must not cut into a name (Taiwan copy shapes: 鴻海董事長劉揚偉, 金管會主委彭金隆)', () => {
  it('keeps the last character of a three-character name before 接著/笑著, and still drops 苦笑著', () => {
    const found = extractQuotes(paragraphs(
      '鴻海董事長劉揚偉接著說：「今年會是很好的一年。」',
      '劉揚偉笑著說：「AI伺服器需求強勁。」',
      '王強笑著說：「訂單已經排到明年。」',
      '趙靈苦笑著說：「再轉又能到哪裡去呢？」',
    ));
    expect(found.map((quote) => quote.speaker)).toEqual(['劉揚偉', '劉揚偉', '王強', '趙靈']);
  });

  it('steps over a joint interview (接受媒體聯訪時) instead of showing the clause as the speaker', () => {
    const found = extractQuotes(paragraphs('彭金隆今天接受媒體聯訪時指出，「銀行體質健全」。'));
    expect(found[0]?.speaker).toBe('彭金隆');
  });
});

describe('figures a speaker cites before the verb (the shape of Hong Kong copy: 陳茂波引述數據指)', () => {
  it('keeps the speaker who cites data, and still gives a wire\'s quoted source the words', () => {
    const found = extractQuotes(paragraphs('陳茂波引述統計處最新數據指，「失業率回落」。', '路透引述知情人士稱，「交易已完成」。'));
    expect(found.map((quote) => quote.speaker)).toEqual(['陳茂波', '知情人士']);
  });
});

describe('shapes from a fresh sample of mainland and Taiwan copy (虎嗅, 证券时报网, 36氪 reprints, 2021-2022)', () => {
  it('reads 如是说 after a quote as the speaker saying so, and drops the 有 of "there is" before a trade', () => {
    const found = extractQuotes(paragraphs('“挂牌价格低于市场价，但略高于参考价，还算是笋盘。”有房产中介经理如是说。', '“這就是我們必須改變的原因。”Frances Haugen上週二作證時如是說。'));
    expect(found.map((quote) => quote.speaker)).toEqual(['房产中介经理', 'Frances Haugen']);
  });

  it('parts the role from the name after a coach\'s, a commander\'s or a firefighter\'s title (澎湃新闻 via 虎嗅, 2021)', () => {
    expect(splitSpeakerRole('国足主帅李铁')).toEqual({ speaker: '李铁', role: '国足主帅' });
    expect(splitSpeakerRole('美国中央司令部司令肯尼斯·麦肯齐')).toEqual({ speaker: '肯尼斯·麦肯齐', role: '美国中央司令部司令' });
    expect(splitSpeakerRole('纽约市消防局的消防员丹·尼格罗')).toEqual({ speaker: '丹·尼格罗', role: '纽约市消防局的消防员' });
    const found = extractQuotes(paragraphs('国足主帅李铁随后表示，“分组非常好，我们会竭尽全力打好每一场比赛。”'));
    expect(found[0]?.speaker).toBe('李铁');
  });

  it('leaves a social-media handle off the name it follows (澎湃新闻 via 虎嗅, 2021)', () => {
    expect(splitSpeakerRole('北京理工大学副教授张华平@ICTCLAS张华平博士')).toEqual({ speaker: '张华平', role: '北京理工大学副教授' });
  });

  it('reads a Latin name spaced with full-width spaces as one name (证券时报网, 2022)', () => {
    expect(splitSpeakerRole('Again　Capital　LLC的合伙人John　Kilduff')).toEqual({ speaker: 'John　Kilduff', role: 'Again　Capital　LLC的合伙人' });
  });

  it('resolves a transliterated surname alone to the one full name the article gives it, even someone who had not spoken', () => {
    const found = extractQuotes(paragraphs('9日下午，纽约市长埃里克·亚当斯在火灾现场听取了官员的简报。亚当斯表示，大火将给纽约市带来“痛苦和绝望”。'));
    expect(speakers(found)).toEqual([['speech', '痛苦和绝望', '埃里克·亚当斯']]);
  });

  it('keeps a surname alone unresolved when two full names end with it', () => {
    const found = extractQuotes(paragraphs('埃里克·亚当斯和约翰·亚当斯都在场。亚当斯表示，“会有更多报告。”'));
    expect(found[0]?.speaker).toBeNull();
  });

  it('takes an outcome the speaker names at the end of their clause as their wording, not one the sentence runs on from', () => {
    const found = extractQuotes(paragraphs('消防员丹·尼格罗表示，预计会有“更多死亡报告”。', '上述律师也表示，这也直接导致“00后整顿职场”话题愈加引人关注。'));
    expect(speakers(found)).toEqual([
      ['speech', '更多死亡报告', '丹·尼格罗'],
      ['term', '00后整顿职场', null],
    ]);
  });

  it('hands a comment before a colon to its quote (新浪科技 via 虎嗅, 2021)', () => {
    const found = extractQuotes(paragraphs('随后，特斯拉CEO马斯克在推特上对该消息进行评论：“特斯拉总是在偿还债务”，间接证实了这一消息。'));
    expect(speakers(found)).toEqual([['speech', '特斯拉总是在偿还债务', '马斯克']]);
  });

  it('takes a quote right after 回应 for what is answered, not the answer (路透社 via 虎嗅, 2021)', () => {
    const found = extractQuotes(paragraphs('美团回应“反垄断罚款”'));
    expect(found[0]?.speaker).toBeNull();
  });

  it('shows no conjunction or time word as a speaker (几何小姐姐 via 36氪, 2021)', () => {
    expect(isPlausibleSpeaker('和屈直')).toBe(false);
    expect(isPlausibleSpeaker('直到')).toBe(false);
    expect(isPlausibleSpeaker('和讯网')).toBe(true);
    const found = extractQuotes(paragraphs('B轮20多个机构围了这个项目，但直到宣布前的两周才确定下来。“另外还有一家强势资本在最后一刻选择了退出。”'));
    expect(found[0]?.speaker).toBeNull();
  });
});

describe('a transliterated surname against the names the article gives in full (紐約時報中文網, 2023)', () => {
  it('parts a second title from the full name before resolving the surname alone to it', () => {
    const found = extractQuotes(paragraphs('微軟副董事長兼總裁布拉德·史密斯的研究人員對這場運動進行了分析。', '「我認為這種做法不值得，」史密斯週一接受採訪時說。'));
    expect(found[0]?.speaker).toBe('布拉德·史密斯');
  });
});

describe('later mentions of sources and foreign names (证券时报网, 虎嗅, 2021)', () => {
  it('reads 上述 or 前述 before a long descriptor as pointing back, and 评价 at a comma as speaking', () => {
    const found = extractQuotes(paragraphs('“银行系统的腐败官员大多有权钱交易的问题。”上述接近江苏地区银行系统监管人士向记者评价，“违规伸手将被严查。”'));
    expect(found[1]?.speaker).toBe('接近江苏地区银行系统监管人士');
  });

  it('resolves a surname after a title to the full name given earlier, but not to one the article gives only further on', () => {
    const earlier = extractQuotes(paragraphs('特斯拉CEO埃隆·马斯克（Elon Musk）旗下SpaceX估值已超过1000亿美元。', '特斯拉CEO马斯克在推特上对该消息进行评论：“特斯拉总是在偿还债务”。'));
    expect(earlier[0]?.speaker).toBe('埃隆·马斯克');
    const later = extractQuotes(paragraphs('特斯拉CEO马斯克在推特上对该消息进行评论：“特斯拉总是在偿还债务”。', '特斯拉CEO埃隆·马斯克（Elon Musk）旗下SpaceX估值已超过1000亿美元。'));
    expect(later[0]?.speaker).toBe('马斯克');
  });
});

describe('Hong Kong report shapes from a fresh sample (眾新聞, 2017-2019; 財聯社, 2021)', () => {
  it('steps over the document a speaker said it in, named by its kind, to the name before it (2019-03-15)', () => {
    const found = extractQuotes(paragraphs('班克斯在法案說明稱，「法案旨在減少敏感資訊擴散到中國、俄羅斯、北韓」。', '班克斯在聲明說：「像中國這樣的國家，可能會使用顛覆性的策略。」'));
    expect(found.map((quote) => quote.speaker)).toEqual(['班克斯', '班克斯']);
  });

  it('steps over a clock time and a statement issued to the body that issued it (2019-06-20)', () => {
    const found = extractQuotes(paragraphs('政府晚上8時18分發新聞稿指「基於保安考慮，明日（6月21日）添馬政府總部暫停開放。」'));
    expect(found[0]?.speaker).toBe('政府');
  });

  it('steps over being questioned by others to the official who answered (2017-10-19)', () => {
    const found = extractQuotes(paragraphs('報告引述，氣象局前局長馮瑞權受立法會議員書面質詢時曾指出：「所有決定均是經詳細討論後才作出」。'));
    expect(found[0]?.speaker).toBe('馮瑞權');
  });

  it('drops the 有 of "there was" before a family member, as before a netizen (2018-02-12)', () => {
    const found = extractQuotes(paragraphs('死者家人昨日進行路祭，有家屬接受傳媒訪問時說，「掟一個彎掟碎了幾多個家庭」。'));
    expect(found[0]?.speaker).toBe('家屬');
    expect(trimSpeakerPhrase('有人')).not.toBe('人');
  });

  it('names no one for a closed quote by the report that runs on after it, quoting a source about what follows (2019-02-01)', () => {
    const found = extractQuotes(paragraphs('林鄭月娥曾在政綱中提及：「我會盡快解決相關的憲制及法律問題。」《南華早報》報道引述消息稱，北京拒絕林鄭建議修訂條例。', '「這是我的承諾。」她補充說。'));
    expect(found[0]?.speaker).toBe('林鄭月娥');
    const alone = extractQuotes(paragraphs('「我會盡快解決相關的憲制及法律問題。」《南華早報》報道引述消息稱，北京拒絕林鄭建議修訂條例。'));
    expect(alone[0]?.speaker).toBeNull();
  });

  it('still takes a speaker named after a closed quote when the clause ends its sentence', () => {
    const found = extractQuotes(paragraphs('「我會盡快解決相關的憲制及法律問題。」林鄭月娥說。'));
    expect(found[0]?.speaker).toBe('林鄭月娥');
  });

  it('never points 她 back at the reporter who asked her (2018-11-28)', () => {
    const found = extractQuotes(paragraphs('公開信中，蔡英文先表示恭喜國民黨，「民進黨贏了是民主」。', '她致詞結束後，有記者問她會不會參加2020年總統選舉，她說，「這不是今天要討論的黨務問題」。'));
    expect(found.map((quote) => quote.speaker)).toEqual(['蔡英文', '蔡英文']);
  });

  it('reads a known speaker closing a long description as the subject its later 她 points at (2018-11-28)', () => {
    const found = extractQuotes(paragraphs('上周六在台灣選舉後辭去民進黨主席的蔡英文，今早在社交媒體發表公開信，再次致歉。她在信中稱，「我們急於應變，忽略人民現在的感受」。', '公開信中，蔡英文先表示恭喜國民黨，「民進黨贏了是民主」。'));
    expect(found[0]?.speaker).toBe('蔡英文');
  });
});

describe('a short form of a full name given before (Hong Kong copy: 林鄭 for 林鄭月娥)', () => {
  it('resolves a name that opens the one full name named before to that name, keeping its role', () => {
    expect(resolvePerson('林鄭', [{ speaker: '林鄭月娥', role: '特首' }])).toEqual({ speaker: '林鄭月娥', role: '特首' });
    expect(resolvePerson('芭芭拉', [{ speaker: '芭芭拉布殊', role: null }])?.speaker).toBe('芭芭拉布殊');
  });

  it('keeps the name as written when two full names open with it, when only a title follows, or when one character more may be a verb', () => {
    expect(resolvePerson('林鄭', [{ speaker: '林鄭月娥', role: null }, { speaker: '林鄭大明', role: null }])?.speaker).toBe('林鄭');
    expect(resolvePerson('張軍', [{ speaker: '張軍教授', role: null }])?.speaker).toBe('張軍');
    expect(resolvePerson('王麗', [{ speaker: '王麗站', role: null }])?.speaker).toBe('王麗');
  });
});

describe('more Hong Kong report shapes and briefing transcripts (眾新聞, 2018-2019)', () => {
  it('reads a name past a bracketed section inside the title, keeping the section in the role (2018-07-11)', () => {
    expect(splitSpeakerRole('懲教署助理教育主任（中文科）黃建華')).toEqual({ speaker: '黃建華', role: '懲教署助理教育主任（中文科）' });
    expect(splitSpeakerRole('布朗（Mark Brown）')).toEqual({ speaker: '布朗', role: null });
  });

  it('steps over 上周 and a long answer to someone\'s question to the official who answered (2019-02-01)', () => {
    const found = extractQuotes(paragraphs('政務司司長張建宗上周回應法律界立法會議員、公民黨郭榮鏗的 質詢 時表示，根據《防止賄賂條例》第3條及8條，「修訂此兩項條文使之適用於行政長官，必須通盤考慮。」'));
    expect(found[0]?.speaker).toBe('張建宗');
  });

  it('gives words quoted one after another, joined by 、, to the one who said the first (2018-07-11)', () => {
    const found = extractQuotes(paragraphs('至於說話部分，阿芬笑指：「除咗會睇歷屆考試片段，考完閱讀卷後，會有一個月時間練習。」、「有嘉賓會嚟巡邏，提升說話訓練。」'));
    expect(found.map((quote) => quote.speaker)).toEqual(['阿芬', '阿芬']);
  });

  it('but not a term listed after a speaker\'s words when the sentence says whose it is', () => {
    const found = extractQuotes(paragraphs('阿芬指結果是「意料之外」、「感覺仲係發緊夢」。'));
    expect(found.every((quote) => quote.speaker === '阿芬' || quote.speaker === null)).toBe(true);
  });

  it('gives a briefing transcript\'s answers to the spokesperson who hosts it, not to a side a question names', () => {
    const found = extractQuotes(paragraphs(
      '2021年6月7日，外交部发言人汪文斌主持例行记者会。',
      '问：美方近日宣布对中国企业实施制裁，中方有何评论？',
      '答：我想强调，中国的发展“不可阻挡”。',
    ));
    expect(found.at(-1)?.speaker).toBe('汪文斌');
  });

  it('reads a side named by a country and 方 (美方, 中方) as a body that 他 never means', () => {
    const found = extractQuotes(paragraphs('美方宣布对中国企业实施制裁。', '他说：“我们会跟进。”'));
    expect(found[0]?.speaker).toBeNull();
  });
});

describe('first-person accounts under a name tag (燃财经, 2022; LABELS.md)', () => {
  it('gives 我 speaking in an account to the one its name tag names, until the next tag', () => {
    const found = extractQuotes(paragraphs(
      '奇奇侠 | 22岁 游戏公司运营',
      '对此，我自然是无法接受的，反驳道，“那我之前准点下班也没见着有领导找我。”',
      '实习期结束，领导和我谈转正时候，还特意点我。我听了也只是笑笑回答，“没办法，工作时间都将当天工作完成了。”',
      '白小小丨22岁 商务',
      '于是我立马就给小领导发消息说：“今天的团建我不去了。”',
    ));
    expect(found.map((quote) => quote.speaker)).toEqual(['奇奇侠', '奇奇侠', '白小小']);
  });

  it('gives 我 to no one without a name tag, and not a clause with a subject of its own to the narrator', () => {
    expect(extractQuotes(paragraphs('我听了也只是笑笑回答，“没办法。”'))[0]?.speaker).toBeNull();
    const found = extractQuotes(paragraphs('奇奇侠 | 22岁 游戏公司运营', '这让同事十分不满，我分分钟怼回去，同事就到处跟别人说“这届实习生不懂规矩，难带”。'));
    expect(found[0]?.speaker).not.toBe('奇奇侠');
  });

  it('does not read 我 as an object or inside a setting as the narrator speaking (秋秋给我…，回答, 在我问…的时候回答道)', () => {
    const found = extractQuotes(paragraphs(
      '佳能 | 24岁 创业者',
      '直到被秋秋摇醒。秋秋给我拉了拉盖着的外套，大喇喇回答，“我百度查的。”',
      '结果又是这位小领导不发言，并且在我问的时候回答道，“我是领导，我可以不说。”',
    ));
    expect(found.map((quote) => quote.speaker)).not.toContain('佳能');
  });
});

describe('netizens reacting in a list of comments (ETtoday新聞雲, 2023)', () => {
  it('carries a group from a clause of what they did before to 紛紛留言表示, and through every comment listed', () => {
    const found = extractQuotes(paragraphs('不少網友在看到這段影片後，紛紛留言表示「他能從西藏走到四川，可我連床上到廁所都要猶豫好久」、「算一算時間，剛收到錄取通知書就要出發了」。'));
    expect(found.map((quote) => quote.speaker)).toEqual(['網友', '網友']);
  });

  it('steps over what a group saw before it spoke (看完紛紛留言)', () => {
    const found = extractQuotes(paragraphs('許多日本網友看完紛紛留言，「這是一個很好的呼籲，只有進次郎才能做到」、「接下來換誰衝浪、釣魚或潛水」。'));
    expect(found.map((quote) => quote.speaker)).toEqual(['網友', '網友']);
  });

  it('leaves a clause that opens with a place, not a group, to no one (在看到影片後，紛紛留言)', () => {
    const found = extractQuotes(paragraphs('在看到這段影片後，紛紛留言表示「他能從西藏走到四川」。'));
    expect(found[0]?.speaker).toBeNull();
  });
});

describe('settings and addressees of wire and Taiwan copy (紐約時報中文網, BBC中文, 法廣, 三立, 2023)', () => {
  it('steps over the occasion, the weekday and the addressee after a quote to the surname named in full before', () => {
    const found = extractQuotes(paragraphs('微軟副董事長兼總裁布拉德·史密斯表示，這很重要。', '「我們總是能團結起來，」史密斯週二向美國國會介紹微軟的一些發現時說。'));
    expect(found[0]?.speaker).toBe('布拉德·史密斯');
  });

  it('steps over an outlet named in Latin letters (他向BBC表示)', () => {
    const found = extractQuotes(paragraphs('新加坡學者安吉特·潘達說，這是交易。', '「現在重要的是雙方能否找到價錢，」他向BBC表示。'));
    expect(found[0]?.speaker).toBe('安吉特·潘達');
  });

  it('steps over a weekday with its part of the day and a place glossed in English', () => {
    const found = extractQuotes(paragraphs('澤連斯基周四晚在發表例行講話中談到，“今天是多事的一天。”', '拜登在德拉瓦州雷荷勃斯灘（Rehoboth Beach）表示：「我感到失望…但是我會碰得上他。」'));
    expect(found.map((quote) => quote.speaker)).toEqual(['澤連斯基', '拜登']);
  });

  it('keeps a body glossed in English as the speaker, not a setting (國際原子能總署（IAEA）表示)', () => {
    const found = extractQuotes(paragraphs('國際原子能總署（IAEA）表示：「處理水符合國際標準。」'));
    expect(found[0]?.speaker).toBe('國際原子能總署');
  });
});

describe('someone brought in by a description and a surname with an honorific (大學線 via 眾新聞, 2018-12-19)', () => {
  it('makes 她 in the next paragraph point at 周小姐, not at the man quoted two paragraphs before', () => {
    const found = extractQuotes(paragraphs(
      '劉俊軾又指出，公司有為員工舉辦生日會。他表示，自己剛入職時須跟隨全職員工學習。',
      '香港浸會大學中醫藥學院畢業生周小姐於2017年1月至2018年3月，通過學院安排到廣州的廣東省中醫院實習。',
      '然而，她不大適應內地職場的應酬文化。她未出席過這些酬酢場合，覺得抗拒：「我的普通話並不流利，可能只是陪笑。」',
    ));
    expect(found[0]?.speaker).toBe('周小姐');
  });

  it('reads no honorific inside a longer word as a person (周先生路, 李小姐妹)', () => {
    expect(findDescribedHonorificAtHead('位於上海的周先生路商店於昨日開業')).toBeNull();
  });
});

describe('pseudonyms, outlets spoken to by line, editorials and 說明 (DT财经, 连线Insight, 环球时报, 上報, 2021-2023)', () => {
  it('reads a pseudonymous name after a short description as the subject handing over at a colon', () => {
    const found = extractQuotes(paragraphs('刚买车不久的95后小罗（化名）也想去立一份遗嘱：“一是家里的房子在我名下，现在又买了车。”'));
    expect(found[0]?.speaker).toBe('小罗');
  });

  it('does not give a colon\'s quote to a name the clause only mentions as an object', () => {
    const found = extractQuotes(paragraphs('律师帮小罗（化名）写了一份遗嘱：“财产由父母继承。”'));
    expect(found[0]?.speaker).not.toBe('小罗');
  });

  it('steps over talking to an outlet by line, but keeps an outlet named 连线 as the addressee', () => {
    expect(extractQuotes(paragraphs('“这次裁员很突然，没有预兆。”一位有赞内部员工连线Insight坦言。'))[0]?.speaker).toBe('有赞内部员工');
    expect(extractQuotes(paragraphs('宋晓慧向连线Insight表示：“我没有听到什么风声。”'))[0]?.speaker).toBe('宋晓慧');
  });

  it('gives an editorial\'s words to the paper named in title marks (香港《南华早报》社评称)', () => {
    expect(extractQuotes(paragraphs('“重振乒乓外交精神是华盛顿的责任。”香港《南华早报》社评称。'))[0]?.speaker).toBe('南华早报');
  });

  it('reads 說明 at a comma as speaking, and 說明 in a name as no verb (他在臉書說明，「…」)', () => {
    const found = extractQuotes(paragraphs('江振誠隨即在IG發出全黑圖，他晚間在臉書說明，「因為表妹離開10年，很想她。」'));
    expect(found[0]?.speaker).toBe('江振誠');
  });
});

describe('a Hong Kong double surname standing for the full name (眾新聞, 2018-02-12)', () => {
  it('reads 林鄭 as 林鄭月娥 when the text gives that full name after an office', () => {
    const found = extractQuotes(paragraphs('車禍發生當晚，特首林鄭月娥見記者，宣布將成立獨立委員會。', '市民期望林鄭不會忘記承諾。林鄭說，「如果在獨立調查的過程裏面看到一些系統性問題，讓特區政府可以跟進。」'));
    expect(found[0]?.speaker).toBe('林鄭月娥');
  });

  it('keeps two surnames as written when no office introduces a longer name (高盛甚至…, 萬隆不顧…)', () => {
    expect(fullNameOfDoubleSurname('高盛', '高盛甚至認為油價會漲。')).toBeNull();
    expect(fullNameOfDoubleSurname('林鄭', '特首林鄭月娥表示。立法會議員林鄭大明說。')).toBeNull();
  });
});

describe('a document in title marks handing its wording to the quote (证券市场红周刊, 2021)', () => {
  it('gives the wording to the document as its title names it (《指导意见》规定，“…”)', () => {
    const found = extractQuotes(paragraphs('具体来看，在股票来源方面，《指导意见》规定，“员工持股计划可以通过以下方式解决股票来源”。'));
    expect(found[0]?.speaker).toBe('指导意见');
  });

  it('leaves a title mentioned in passing, with no quote right after it, to its sentence\'s speaker', () => {
    const found = extractQuotes(paragraphs('董登新表示，《指导意见》的初衷很好，但“执行走样了”。'));
    expect(found[0]?.speaker).not.toBe('指导意见');
  });
});

describe('one line someone said, and manner words of kindness or haste (眾新聞, 2018; 燃财经, 2022)', () => {
  it('gives the line quoted right after 一句 to the one whose line it is, past a cause (因師長一句「…」)', () => {
    const found = extractQuotes(paragraphs('成績雖未如理想，但因師長一句「你已經成為我一份驕傲」受鼓舞，令她下定決心今年再度挑戰。'));
    expect(found[0]?.speaker).toBe('師長');
  });

  it('names no one for a line of a clause (他留下一句, 這是一句) that is no speaker', () => {
    const found = extractQuotes(paragraphs('這是一句「口號」而已。'));
    expect(found[0]?.speaker).toBeNull();
  });

  it('steps over 好心, 特意 and 连忙 between the speaker and the verb', () => {
    const found = extractQuotes(paragraphs('同事还好心提醒，领导将公司当家。“领导最喜欢晚上九点十点发条朋友圈。”', '主管连忙补充：“这是新来的实习生。”'));
    expect(found.map((quote) => quote.speaker)).toEqual(['同事', '主管']);
  });
});

describe('an official answering a matter before the verb that reports it (眾新聞, 2020-05-29)', () => {
  it('steps over 回應事件 to the one the clause before names (會長彭韻僖…見傳媒，回應事件指：「…」)', () => {
    const found = extractQuotes(paragraphs('會長彭韻僖在選舉結束後見傳媒，回應事件指：「一般來講，係大是大非、重要的法律原則我們會講出來。」'));
    expect(found[0]?.speaker).toBe('彭韻僖');
  });
});

describe('how far back 他 reaches, counted in paragraphs of text (大學線 via 眾新聞, 2018-12-19)', () => {
  it('does not count a subhead between the name and the pronoun', () => {
    const found = extractQuotes(paragraphs(
      '香港中文大學三年級學生羅浩鋒表示喜歡全華人的工作環境。',
      '重視團隊精神',
      '公司舉行中期大會時，團隊突然拍掌三下，令他感到驚訝。',
      '他指，上司會聽取下屬意見，員工關係較好：「公司重視團體精神及合作，覺得每個人都很重要。」',
    ));
    expect(found[0]?.speaker).toBe('羅浩鋒');
  });

  it('still lets a person named three paragraphs of text back go', () => {
    const found = extractQuotes(paragraphs(
      '香港中文大學三年級學生羅浩鋒表示喜歡全華人的工作環境。',
      '公司有七十多人，大家都喜歡吃辣。',
      '公司舉行中期大會時，團隊突然拍掌三下。',
      '大會後，公司又舉辦了週年慶祝活動。',
      '他指：「公司重視團體精神及合作。」',
    ));
    expect(found[0]?.speaker).toBeNull();
  });
});

describe('manner before the verb that must not cut into a three-character name (界面新聞 shapes, 2022)', () => {
  it('strips two characters of manner, a degree before them, or a four-character idiom, and keeps the name whole', () => {
    const found = extractQuotes(paragraphs('宋师傅无奈地说：“只能等。”', '王强很无奈地说：“要坚持。”', '李明语重心长地说：“不要放弃。”'));
    expect(found.map((quote) => quote.speaker)).toEqual(['宋师傅', '王强', '李明']);
  });
});

describe('titles of Taiwan\'s legislature (the shape of 中央社 and 聯合報 copy)', () => {
  it('reads a caucus whip\'s or secretary-general\'s title apart from the name', () => {
    expect(splitSpeakerRole('國民黨團總召曾銘宗')).toEqual({ speaker: '曾銘宗', role: '國民黨團總召' });
    expect(splitSpeakerRole('民進黨團幹事長鍾佳濱')).toEqual({ speaker: '鍾佳濱', role: '民進黨團幹事長' });
    expect(extractQuotes(paragraphs('對此，國民黨團總召曾銘宗痛批：「這是政治操作。」'))[0]?.speaker).toBe('曾銘宗');
  });
});

describe('Hong Kong copy: an occasion before the verb ending in 前, and 有 before a trade (明報 and 信報 shapes)', () => {
  it('steps over 會見傳媒前 to the speaker, and the next quote after 又指 is theirs too', () => {
    const found = extractQuotes(paragraphs('李家超昨日會見傳媒前表示，「政府會全力支持」，又指「不會放棄」。'));
    expect(found.map((quote) => quote.speaker)).toEqual(['李家超', '李家超']);
  });

  it('drops the 有 of "there was" before a trade as before a netizen (有地產代理 -> 地產代理), but not from 有關人士', () => {
    expect(trimSpeakerPhrase('有地產代理')).toBe('地產代理');
    expect(trimSpeakerPhrase('有關人士')).toBe('有關人士');
  });
});
