import { describe, expect, it } from 'vitest';
import type { LocatedParagraph, Quote } from '../lib/content/model';
import { extractQuotes } from '../lib/content/extract/quotes';
import { parseArticle } from '../lib/content/parse-article';
import { reviewAttributions } from '../lib/content/review';
import { refuseWeakAttributions, type SpeakerAssessments } from '../lib/content/extract/speakers/confidence';
import { isPersonalName } from '../lib/content/extract/speakers/name-shape';

/** Paragraphs of one article, in order. */
function located(...texts: string[]): LocatedParagraph[] {
  return texts.map((text, index) => ({ sectionId: 'section-1', paragraphId: `section-1-${index + 1}`, text }));
}

/** The speakers the archive shows for each speech quote, after the gate, with what it judged. */
function shown(paragraphs: LocatedParagraph[]): { speakers: (string | null)[]; assessments: SpeakerAssessments } {
  const assessments: SpeakerAssessments = new Map();
  const quotes = refuseWeakAttributions(extractQuotes(paragraphs), paragraphs, assessments);
  return { speakers: quotes.filter((quote) => quote.kind === 'speech').map((quote) => quote.speaker), assessments };
}

/** A speech quote as the rules could have found it, to put a speaker shape the rules once gave before the gate. */
function speech(paragraphs: LocatedParagraph[], paragraph: number, text: string, speaker: string, role: string | null = null): Quote {
  const { paragraphId, sectionId, text: body } = paragraphs[paragraph]!;
  const start = body.indexOf(text) - 1;
  return { id: `${paragraphId}-q1`, kind: 'speech', text, speaker, role, sectionId, paragraphId, start, end: start + text.length + 2, continues: null, checked: false };
}

describe('the speaker confidence gate withholds', () => {
  it('a phrase the narration cites from a definition handed down by someone else (財經十一人)', () => {
    const paragraphs = located('前述头部在线教育人士说，教委向其所在公司传达的定义是“以提高成绩为目标组织的活动”。但是公司最终被划归为培训还是出版，还需要备案和审核。');
    const { speakers, assessments } = shown(paragraphs);
    expect(speakers).toEqual([null]);
    expect([...assessments.values()].map((item) => [item.speaker, item.refusal])).toEqual([['头部在线教育人士', 'embedded-phrase']]);
  });

  it('a speaker named inside what the teller recounts, when the quote is the teller’s own words (每日經濟新聞 via 36氪)', () => {
    const { speakers, assessments } = shown(located('屈女士回忆说，当时置业顾问介绍，很多郑大老师、郑大毕业生都选择了该项目，“考虑到今后的邻居相对会是一个高质量的人群，我们最终还是选择了这里。”'));
    expect(speakers).toEqual([null]);
    expect([...assessments.values()].map((item) => item.refusal)).toEqual(['nested-speech']);
  });

  it('the one something is done to, when the clause handing over is passive (豹變 via 36氪)', () => {
    const { speakers, assessments } = shown(located('小区破旧，都是80年代建的商品房。墙皮剥落，楼道里也无人打扫，到处堆放着积灰的杂物。里面老年人居多，一个单元门前还挂着一个花圈，有老人刚刚去世。几个房子里，只有一家的装修还算整洁，吴琦刚觉得不错，就被她爸爸催促离开：“赶紧走，根本没法住人。”'));
    expect(speakers).toEqual([null]);
    expect([...assessments.values()].map((item) => [item.speaker, item.refusal])).toEqual([['吴琦', 'passive']]);
  });

  it('but not a passive the speaker reports about something else (台灣被中國政府打壓): the words stay the speaker’s', () => {
    const { speakers } = shown(located('來自台灣的王先生表示，過去多年台灣持續被中國政府打壓和迫害，「台灣在國際上是沒有地位的，我們不能拿國旗」。'));
    expect(speakers).toEqual(['王先生']);
  });

  it('the asker, for a 她 that stands for the one asked (豹變 via 36氪)', () => {
    const { speakers } = shown(located('刘怡也有相似的感觉。有一次聚会，朋友问她：“可以去你家玩一下吗？”她突然对“家”这个字有了更具体的感知。刚入住时，她独自给家里设计购置软装，每当累了的时候，就坐在落地窗前，看着外面的夜空。', '“有个小家真好。”她告诉自己。'));
    expect(speakers).toEqual(['朋友', null]);
  });

  it('a speaker only the paragraph before named, when the quote’s sentence names someone else by title and name (每日經濟新聞 via 36氪)', () => {
    const paragraphs = located(
      '“当时都是冲着离家近，对郑州有感情才回来工作、安家。现在看着举两家之力买的房变成这样，我经常都觉得会很对不起我先生。”屈女士表示，毕竟以其先生IT行业的发展来说，郑州的机会并没有杭州多。',
      '“说‘郑州引进的人才超大半都在西棠’，虽有夸张成分，但西棠确实是河南的最高学历楼盘，没有之一。”金桥西棠另一业主Seventy在微信中告诉《每日经济新闻》记者。',
    );
    const assessments: SpeakerAssessments = new Map();
    const gated = refuseWeakAttributions([speech(paragraphs, 1, '说‘郑州引进的人才超大半都在西棠’，虽有夸张成分，但西棠确实是河南的最高学历楼盘，没有之一。', '屈女士', '业主')], paragraphs, assessments);
    expect(gated.map((quote) => quote.speaker)).toEqual([null]);
    expect(assessments.get('section-1-2-q1')?.refusal).toBe('crossed-paragraph');
  });

  it('a speaker named nowhere in the quote’s paragraph or the one before (每日經濟新聞 via 36氪)', () => {
    const paragraphs = located(
      '业主屈女士6月21日在接受《每日经济新闻》记者微信采访时表示，当时在选房时，也看过高新区周边很多项目，包括朗悦公园府、龙湖•景粼玖序等，在看过一圈并对比后，还是选择这个项目。“一是因为永威在郑州当地品牌比较好，二是楼盘的质量、物业、景观等都还不错，而且路对面就是郑州大学。”',
      '郑州市相关部门一直在积极地推动西棠停工问题的解决。',
      '而近7万字的文章则来自170位业主的真实买房故事。“写书，拍视频，我们没有这么闲，但这些都是无奈之举，”',
    );
    const assessments: SpeakerAssessments = new Map();
    const gated = refuseWeakAttributions([speech(paragraphs, 2, '写书，拍视频，我们没有这么闲，但这些都是无奈之举，', '屈女士', '业主')], paragraphs, assessments);
    expect(gated.map((quote) => quote.speaker)).toEqual([null]);
    expect([...assessments.values()].map((item) => [item.evidence, item.refusal])).toEqual([['distant', 'distant']]);
  });

  it('fragments, an addressee glued on, and the words that introduce a saying, as speakers (shapes from issue 11, in a 今周刊 sentence)', () => {
    const paragraphs = located('旅遊業者指出，燦星雖然試圖反攻實體店，但最後功敗垂成，其他旅行社逐漸走向精緻化路線經營時，燦星沒有追上這股潮流，該業者表示：「業界對他們的觀感，就是成本壓得非常低，品質也不好。」');
    const words = '業界對他們的觀感，就是成本壓得非常低，品質也不好。';
    for (const [speaker, refusal] of [['應', 'fragment'], ['何宗原仍然', 'fragment'], ['陳彥君向記者', 'addressee'], ['業界的一句話是這樣說的', 'introducer']] as const) {
      const assessments: SpeakerAssessments = new Map();
      expect(refuseWeakAttributions([speech(paragraphs, 0, words, speaker)], paragraphs, assessments)[0]?.speaker).toBeNull();
      expect(assessments.get('section-1-1-q1')?.refusal).toBe(refusal);
    }
  });
});

describe('the speaker confidence gate withholds, on the review sample of unseen articles (tests/fixtures/speaker-review)', () => {
  /** The refusal the gate gives a speaker the rules found for the quote `words` of paragraph `index`. */
  function refusalOf(paragraphs: LocatedParagraph[], index: number, words: string, speaker: string): string | null {
    const assessments: SpeakerAssessments = new Map();
    const [gated] = refuseWeakAttributions([speech(paragraphs, index, words, speaker)], paragraphs, assessments);
    return gated?.speaker === null ? assessments.get(`section-1-${index + 1}-q1`)?.refusal ?? null : null;
  }

  it('a name with the setting after it, cut at the verb (星島日報)', () => {
    const paragraphs = located(
      '近日政府收回恒地(012)于洪水桥新发展区约350万尺土地,并获现金补偿约39亿元,今日高开后早段曾升超过4%,高见25.55元;暂报25.2元,续升3.7%。集团主席李家诚于股东会后表示,在政府收回该土地后,集团仍有约300万尺土地于洪水桥,仍会计划发展该区。',
      '商用物业方面,他相信写字楼回暖仍需要时间,而民生区商场一向稳定,但仍希望「希望多啲人留喺香港消费」。',
    );
    expect(refusalOf(paragraphs, 1, '希望多啲人留喺香港消费', '集团主席李家诚于股东')).toBe('fragment');
  });

  it('the outlet that reports someone else’s words (BBC中文)', () => {
    const paragraphs = located('路透社報道，普京宣佈前往太空發射場時，沒有表明是否會在那裏與金正恩會面，僅表示：「等我到了那裏，你就會知道。」');
    expect(refusalOf(paragraphs, 0, '等我到了那裏，你就會知道。', '路透社')).toBe('nested-speech');
  });

  it('a body named inside a spokesman’s reported words, when the only verb before the quote is a noun after 的 (BBC中文)', () => {
    const paragraphs = located('克里姆林宮發言人德米特里·佩斯科夫（Dmitry Peskov）表示，俄羅斯對物華盛頓方面的警告「不感興趣」。');
    expect(refusalOf(paragraphs, 0, '不感興趣', '俄羅斯')).toBe('nested-speech');
  });

  it('a person named inside what a caller criticised (大紀元時報香港)', () => {
    const paragraphs = located('亦有聽眾致電批評,自從時任財政司司長唐英年提出降酒稅後,政府至今一直沒有加過酒稅,卻加煙稅,質疑是向煙民開刀,「是不是有權有勢的人就可以吸煙飲酒,窮人就吸不起、飲不起呢?」');
    expect(refusalOf(paragraphs, 0, '是不是有權有勢的人就可以吸煙飲酒,窮人就吸不起、飲不起呢?', '唐英年')).toBe('nested-speech');
  });

  it('a connective, and a clause with its own verb of saying, as speakers (观察者网; 紐約時報中文網)', () => {
    const economy = located('　　所谓“挤出”是指，政府投了一个项目，结果把整个经济当中的投资机会给挤掉。比如说，政府借了很多钱去投资，导致企业家和民间投资需求得不到满足，他们借不到钱，要用更高的成本才能融资，这样就抑制了民间的投资的意愿，产生“挤出效应”。');
    expect(refusalOf(economy, 0, '挤出效应', '比如')).toBe('fragment');
    const fires = located('據Recorded Future最先發布的報告，中國政府發起了一場隱蔽行動，將山火歸咎於「氣象武器」。該公司在8月中旬找到了大量帖子，錯誤地聲稱英國的外國情報機構軍情六處爆料「山火背後的驚人真相」。');
    expect(refusalOf(fires, 0, '山火背後的驚人真相', '錯誤地聲稱英國的外國情報機構軍情六處')).toBe('fragment');
  });

  it('a body named after a verb of claiming in the clause that hands over to the quote (紐約時報中文網)', () => {
    const fires = located('據Recorded Future最先發布的報告，中國政府發起了一場隱蔽行動，將山火歸咎於「氣象武器」。該公司在8月中旬找到了大量帖子，錯誤地聲稱英國的外國情報機構軍情六處爆料「山火背後的驚人真相」。');
    expect(refusalOf(fires, 0, '山火背後的驚人真相', '軍情六處')).toBe('nested-speech');
  });

  it('a saying quoted from a third party inside the narration (聯合新聞網)', () => {
    const paragraphs = located('至於法人引用大客戶言論「摩爾定律已死」，魏哲家強調，重點不是否定先進製程，而是把焦點從單一晶片微縮，擴大到「整體系統效能」的協同設計；台積電與關鍵客戶正同步在前段、後段與先進封裝上整合，以系統級創新接棒傳統微縮帶來的效能提升。他形容：「不再只靠把晶片做小，而是把整個系統做強。」');
    expect(refusalOf(paragraphs, 0, '摩爾定律已死', '魏哲家')).toBe('embedded-phrase');
  });

  it('a group counted as many, when the clause handing over says 他 (NOWnews)', () => {
    const paragraphs = located('至於央行何時房市管控才會鬆綁？楊金龍沒鬆口，僅以「大象」形容房地產，大象轉身要慢慢轉才不會跌倒，大象現在只轉到一定程度，而且不少理事認為，目前國內房價仍沒有多大調整，至於房市是否已軟著陸，他也說「還沒」，價格尚未大幅修正，希望房價也能達到「軟著陸」，不要影響金融穩定，只是房價調整到多少才可能鬆綁？楊金龍表示，「央行謹慎評估」。');
    expect(refusalOf(paragraphs, 0, '還沒', '理事')).toBe('pronoun-for-group');
  });

  it('the tail of a title glued to the name after it (紐約時報中文網)', () => {
    const paragraphs = located('這家耗資35億美元的工廠將使用寧德時代的技術製造電池（寧德時代是全球最大的電動汽車電池製造商），以「幫助我們更快地生產更多的電動汽車」，福特公司的執行董事長小威廉·克萊·福特說。');
    expect(refusalOf(paragraphs, 0, '幫助我們更快地生產更多的電動汽車', '長小威廉·克萊·福特')).toBe('fragment');
  });

  it('a two-character name the article always goes on with the same character (追新聞)', () => {
    const paragraphs = located(
      '香港餐飲聯業協會會長黃家和周一(1日)接受港台《千禧年代》訪問,他說長假期大量市民離港對餐飲業有很大影響。他指高端食肆最受影響,因為這批離港的市民消費力高,其他留港市民「唔係話佢哋冇消費,但真係減弱咗好多」。',
      '黃家和稱短期內對行業的信心有些動搖,因北上消費已成為一股風氣。',
      '黃家和補充,由於北區出現較多到大陸消費的情況,故不少餐廳及超市相繼結業,「連買餸都上去深圳買」。',
    );
    expect(refusalOf(paragraphs, 0, '唔係話佢哋冇消費,但真係減弱咗好多', '黃家')).toBe('fragment');
  });

  it('a short form of a name the article writes in full, and more than once (香港01)', () => {
    const paragraphs = located(
      '政府今日（25日）公布新一份《財政預算案》，行政會議召集人葉劉淑儀指，行會所有非官守議員支持預算案，形容預算案構思周詳，展現前瞻的思維，適度向市民及企業提供不同程度的支援。有記者問及，預算案「派糖」是否可以更加進取，葉劉指純粹靠「派糖」效益不大， 預算案希望以金融和創科賦能各行各業發展，「長遠來說比每年派幾粒糖更有效。」',
      '葉劉淑儀指，預算案構思周詳，內容充實，展現前瞻的思維，又留意到政府的公共財政改善，反映持續整合財政有成效，可以適度向市民及企業提供不同程度的支援。',
    );
    expect(refusalOf(paragraphs, 0, '長遠來說比每年派幾粒糖更有效。', '葉劉')).toBe('role-glued');
  });

  it('a name with its title glued on, and a transliterated surname the article gives in full (观察者网; 九派新闻; 紐約時報中文網)', () => {
    const economy = located(
      '　　“仔细分析今年前2个月的数据，应该说有喜有忧。”张军称，从经验上看，一季度的数据对预测全年是非常重要的。',
      '　　就在各地通过“新基建”扩大有效投资、拉动经济增长之际，张军教授提醒道，即便是“新基建”，也不是说为了稳经济才去投。',
      '　　“其实大部分投资，都是企业为了发展和盈利所产生的一种需求，一种对产能调整的需求。”',
    );
    expect(refusalOf(economy, 2, '其实大部分投资，都是企业为了发展和盈利所产生的一种需求，一种对产能调整的需求。', '张军教授')).toBe('role-glued');
    const pingdu = located('　　习近平总书记强调：“共产党的干部要坚持当‘老百姓的官’，把自己也当成老百姓，不要做官当老爷。”');
    expect(refusalOf(pingdu, 0, '共产党的干部要坚持当‘老百姓的官’，把自己也当成老百姓，不要做官当老爷。', '习近平总书记')).toBe('role-glued');
    const fires = located(
      '微軟副董事長兼總裁布拉德·史密斯的研究人員對中國這場隱蔽的運動進行了分析，史密斯尖銳地批評了中國為自己的政治利益而利用自然災害的做法。',
      '「我認為這種做法對任何國家來說都不值得，更不用說渴望成為偉大國家的國家了，」史密斯週一接受採訪時說。',
    );
    expect(refusalOf(fires, 1, '我認為這種做法對任何國家來說都不值得，更不用說渴望成為偉大國家的國家了，', '史密斯')).toBe('role-glued');
  });
});

describe('the speaker confidence gate keeps', () => {
  it('a speaker named with a speech verb in the quote’s sentence, before or after it (燃財經 via 36氪)', () => {
    const { speakers } = shown(located(
      '“实际上，吴向东还没有将商业地产做起来，没能形成新的资产组，来支撑华夏幸福全盘的收益，反而成为待处理的债务。”程宇分析道。',
      '一位接近华夏幸福的人士对燃财经表示，吴向东出走是必然，但其出走不影响当前正在开展的华夏幸福重组进程。“此次化债重组是原班人马主导，吴向东也会继续配合。”',
    ));
    expect(speakers).toEqual(['程宇', '接近华夏幸福的人士']);
  });

  it('someone recounted by another who hands their words straight to the quote (NOWnews)', () => {
    const { speakers } = shown(located('「來幫回憶國民黨10年前的大預言！」林楚茵表示，當時中國紫光集團氣焰囂張，放話要「買下台積電、合併聯發科」，國民黨最愛的財經專家杜紫宸更是恐嚇台灣：「如果不開放中資入股，台灣半導體業將在2025年消失」。'));
    expect(speakers).toEqual(['林楚茵', '中國紫光集團', '杜紫宸']);
  });

  it('a phrase quoted inside the speaker’s own reported speech (中央社)', () => {
    const { speakers } = shown(located('布朗表示，在曾受到外部勢力進行核武器試驗所影響的太平洋地區，這是一項「複雜的議題」。'));
    expect(speakers).toEqual(['布朗']);
  });

  it('a person named in full once and by surname after, in Latin letters (財聯社)', () => {
    const { speakers } = shown(located(
      '财联社（上海，编辑 赵昊）讯，美国证券交易委员会（SEC）主席Gary Gensler说，许多美国券商的应用程序会引导用户频繁交易，可能对散户投资者不利。',
      '周三（1月19日），Gensler在接受采访时向使用免佣金券商应用程序买卖股票的散户投资者发出了警告，并对这些用来参与股票市场的应用程序之间激励措施的不一致表达了担忧。',
      '当被问及对2021年初的散户交易热潮以及“交易游戏化”的看法时，Gensler告诉媒体，“我想对你们所有人说，在你们投资的时候，要小心这些应用程序，它们正试图让你更频繁地进行交易，这就是它们的动机。统计数据表明，投资原本是一件好事，但频繁交易往往不是。”',
    ));
    expect(speakers).toEqual(['Gary Gensler']);
  });

  it('a briefing that goes on in the next paragraph with no one else named (北京青年报)', () => {
    const paragraphs = located(
      '　　国务院研究室副主任向东介绍，“5.5%左右”目标的设定，首先是考虑了稳就业、保民生、防风险的需要。他表示，经济稳是基础，经济如果不稳，就业收入都很难稳得住。实现5.5%左右的增长，扩大就业、增加收入就有基础，经济运行也就能够保持在合理区间。',
      '　　第二是考虑了近两年我国平均经济增速以及与“十四五”规划目标的要求相衔接。过去两年，我国平均增速只有5.1%，在疫情前的2019年设定目标是6%-6.5%的区间值，当年实际增长是6.1%。“十四五”规划虽然没有设定具体的经济增长预期目标，但要求保持在合理区间。“综合这些因素，我们把今年的目标设定为5.5%左右，是比较科学合理的，符合现阶段我国的潜在增长水平，也有利于引导预期、提振信心、凝聚发展共识。”',
    );
    const gated = refuseWeakAttributions([speech(paragraphs, 1, '综合这些因素，我们把今年的目标设定为5.5%左右，是比较科学合理的，符合现阶段我国的潜在增长水平，也有利于引导预期、提振信心、凝聚发展共识。', '向东', '国务院研究室副主任')], paragraphs);
    expect(gated.map((quote) => quote.speaker)).toEqual(['向东']);
  });
});

describe('the speaker confidence gate keeps, on the review sample of unseen articles (tests/fixtures/speaker-review)', () => {
  it('an outlet quoted from its own report, and a name alone after the same name with its title (观察者网)', () => {
    const paragraphs = located(
      '　　此前，中央政府工作报告提出2022年国内生产总值（GDP）增长5.5%左右的目标时，彭博社在报道中也表现出质疑，称“这是一个充满挑战性的目标”。类似于彭博社的声音，在海外媒体中很多。',
      '　　对此，复旦大学经济学院院长、发展研究院副院长张军教授告诉观察者网，5.5%的目标的确高于市场上的很多预测。',
      '　　“仔细分析今年前2个月的数据，应该说有喜有忧。”张军称，从经验上看，一季度的数据对预测全年是非常重要的。',
    );
    const gated = refuseWeakAttributions([speech(paragraphs, 0, '这是一个充满挑战性的目标', '彭博社')], paragraphs);
    expect(gated.map((quote) => quote.speaker)).toEqual(['彭博社']);
    expect(shown(paragraphs).speakers.at(-1)).toBe('张军');
  });

  it('a two-character name the article goes on with words of its own (九派新闻)', () => {
    const { speakers } = shown(located(
      '　　视频显示，平度市云山镇原党委书记王丽站在一边，管区书记说：“我们来给你们道歉”。',
      '　　@东方网 27日报道，在此前网传录音中，王丽称“举全平度之力，我们无论是从武力、物力、人力、财力、精力都耗得起他”“我豁上了，我有一百种方法去刑事他儿子，我不过是现在还不愿去用那些方法”。',
    ));
    expect(speakers).toEqual(['管区书记', '王丽', '王丽']);
  });
});

describe('a withheld speaker in the article and its review', () => {
  const source = `---\ntitle: 買房夢\npublished: 2022-01-10\nlanguage: zh-Hans\nsource:\n  outlet: 豹变\n---\n\n小区破旧，都是80年代建的商品房。墙皮剥落，楼道里也无人打扫，到处堆放着积灰的杂物。里面老年人居多，一个单元门前还挂着一个花圈，有老人刚刚去世。几个房子里，只有一家的装修还算整洁，吴琦刚觉得不错，就被她爸爸催促离开：“赶紧走，根本没法住人。”\n`;

  it('shows the quote with no speaker, and lists the speaker withheld for an editor to confirm or correct (豹變 via 36氪)', () => {
    const result = parseArticle('content/articles/loft.md', source);
    if (!result.ok) throw new Error('the article does not parse');
    expect(result.article.quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([['speech', null]]);
    expect(reviewAttributions(result.article).map((item) => [item.basis, item.speaker, item.refusal])).toEqual([['withheld', '吴琦', 'passive']]);
  });
});

describe('people named between a quote and the speaker found for it (几何小姐姐 via 36氪, 2021)', () => {
  it('withholds a speaker from the paragraph before when this one says whom it is about by a Latin name', () => {
    const paragraphs = located('前员工王强表示，“预算已经用完了。”', '对于几个业务线的人来说，Scarlet带来了达摩克利斯之剑。“踢走了很多人。”');
    const { speakers } = shown(paragraphs);
    expect(speakers).toEqual(['王强', null]);
  });

  it('withholds 他 reaching past the person this paragraph names to someone named before it', () => {
    const paragraphs = located('据内容工厂员工王强回忆，“总裁并不懂内容”。', '3个月前，COO唐宇瀚的直接下属——内容副总裁谢定原，遇挫后愤而离职。据当时的员工回忆“连办公软件飞书都清空了”。后来虽然在名义上回归了，员工眼中，他已经从内容团队淡出，“什么都不管了。”');
    const { speakers, assessments } = shown(paragraphs);
    expect(speakers).toEqual(['王强', null, null]);
    expect([...assessments.values()].map((item) => item.refusal)).toEqual([null, 'crossed-paragraph', 'crossed-paragraph']);
  });

  it('does not read a one-letter name (员工S) as the head of a longer Latin one (Scarlet)', () => {
    const paragraphs = located('据前员工S回忆，“国贸店租金很高。”', '对于几个业务线的人来说，Scarlet带来了达摩克利斯之剑。“踢走了很多人。”');
    expect(shown(paragraphs).speakers[1]).toBeNull();
  });

  it('leaves a quote inside a topic (针对媒体报道“…”) to no one, not to whoever answers it (新浪科技 via 虎嗅, 2021)', () => {
    const paragraphs = located('据新浪科技，针对媒体报道“小红书种草笔记代发4元一篇”，小红书回应称，严打各类代写代发灰黑产作弊行为的决心不变。');
    expect(extractQuotes(paragraphs)[0]?.speaker).toBeNull();
  });
});

describe('sayings of no one and descriptions pointed back at (几何小姐姐 via 36氪, 证券时报, 2021)', () => {
  it('withholds the last speaker from a quote after a saying this paragraph gives no one', () => {
    const paragraphs = located('一位创业公司CEO说，几年前，创业团队只要有钱，就能吓跑竞争者。', '投资圈有个观点是：这个投资逻辑比较好理解。“从投资的角度，错过和错投两个的收益太不对等了。”');
    expect(shown(paragraphs).speakers).toEqual([null]);
  });

  it('gives 前述 with a description the source described with 的 the first time (前述合肥产投负责人)', () => {
    const paragraphs = located('“很多人都知道合肥成功投资了不少项目。”一位来自合肥产投的负责人在接受记者采访时如是说。', '前述合肥产投负责人介绍了他们是如何研判项目的。“我们从来没有轻易地否决一个项目。”');
    expect(shown(paragraphs).speakers).toEqual(['来自合肥产投的负责人', '来自合肥产投的负责人']);
  });

  it('never takes a word in capitals (a brand) for a person heading a clause', () => {
    expect(isPersonalName('FITURE')).toBe(false);
    expect(isPersonalName('Scarlet')).toBe(true);
  });
});

describe('attributions the gate withholds in Hong Kong and mainland reports (眾新聞, 2017-2019; 財聯社, 2021-2022)', () => {
  it('a kind of document or news alone, with no body named (報告又指, 有建議指, 平台答…所述)', () => {
    const paragraphs = located(
      '報告又指，氣象局每日下午4時都會舉行會議，但「天氣會商」只是例行工作會議。',
      '近日有建議指，可研究就《基本法》47條「行政長官必須廉潔奉公、盡忠職守。」進行本地立法。',
    );
    const gated = refuseWeakAttributions([speech(paragraphs, 0, '天氣會商', '報告'), speech(paragraphs, 1, '行政長官必須廉潔奉公、盡忠職守。', '有建議')], paragraphs);
    expect(gated.map((quote) => quote.speaker)).toEqual([null, null]);
  });

  it('a name inside what someone says after a bare 指 (她指，阿芬…的她「…」: the teacher speaks, not the pupil) (2018-07-11)', () => {
    const paragraphs = located('黃建華指，阿芬是一名很勤力的學生。她指，阿芬努力和勤奮的學習態度，令到身為老師的她「已經覺得賺咗、贏咗」。');
    const gated = refuseWeakAttributions([speech(paragraphs, 0, '已經覺得賺咗、贏咗', '阿芬')], paragraphs);
    expect(gated[0]?.speaker).toBeNull();
  });

  it('the one a clause of the sentence opens with, when 對方 hands over to the quote (界面新聞 via 財聯社, 2022)', () => {
    const paragraphs = located('宋师傅告诉界面新闻，他从广东中山运货到太原，出发前还跟货主确认是否可以进入太原，对方说“包下”。');
    const gated = refuseWeakAttributions([speech(paragraphs, 0, '包下', '宋师傅')], paragraphs);
    expect(gated[0]?.speaker).toBeNull();
  });

  it('but not the one the sentence names as the other party (记者联系到当事人谢某某，对方表示)', () => {
    const paragraphs = located('记者联系到该事件中被威胁的当事人谢某某，对方表示“没有收到道歉”。');
    expect(shown(paragraphs).speakers).toEqual(['谢某某']);
  });

  it('a quote listed before 等 and a count of kinds: one of the names listed (財聯社, 2021)', () => {
    const paragraphs = located('财通证券确立“敬畏、感恩、责任、创新”核心理念和“同一个财通，共同的家”等八大文化共识。');
    const gated = refuseWeakAttributions([speech(paragraphs, 0, '同一个财通，共同的家', '财通证券')], paragraphs);
    expect(gated[0]?.speaker).toBeNull();
  });
});

describe('answers of a briefing transcript (the shape of a ministry\'s regular press conference)', () => {
  it('keeps the spokesperson named before the first question for every answer, however far below', () => {
    const paragraphs = located(
      '2021年6月7日，外交部发言人汪文斌主持例行记者会。',
      '问：第一个问题。',
      '答：我们注意到有关报道。',
      '问：第二个问题。',
      '答：我想强调，中国的发展“不可阻挡”。',
    );
    const gated = refuseWeakAttributions([speech(paragraphs, 4, '不可阻挡', '汪文斌')], paragraphs);
    expect(gated[0]?.speaker).toBe('汪文斌');
  });

  it('but withholds a speaker for an answer when no one is named before the questions', () => {
    const paragraphs = located('问：第一个问题。', '汪文斌在其他场合说过话。', '答：我们注意到有关报道。', '问：第二个问题。', '答：中国的发展“不可阻挡”。');
    const gated = refuseWeakAttributions([speech(paragraphs, 4, '不可阻挡', '汪文斌')], paragraphs);
    expect(gated[0]?.speaker).toBeNull();
  });
});

describe('first-person accounts under a name tag (燃财经, 2022)', () => {
  it('keeps the narrator for 我 speaking paragraphs below the tag, and withholds a name the tag does not give', () => {
    const paragraphs = located('小羊 | 18岁 网络编辑', '去年11月，我入职一家教育创业公司。', '公司生源逐渐稳定。', '第二天一早，我直接找到老板说：“我要仲裁。”');
    const gated = refuseWeakAttributions([speech(paragraphs, 3, '我要仲裁。', '小羊'), speech(paragraphs, 3, '我要仲裁。', '小王')], paragraphs);
    expect(gated.map((quote) => quote.speaker)).toEqual(['小羊', null]);
  });
});

describe('rumours a body reports, and what an official answers (眾新聞, 2020)', () => {
  it('withholds the body that reports the wording of rumours circulating, and every one listed with it', () => {
    const paragraphs = located(
      '台灣調查局表示，Facebook等社交媒體近期流傳「台灣武漢肺炎確診已超過500例，死亡200例」、「疫情已在高雄、台南傳播」等假消息，已經展開追查。',
      '調查局表示，案例包括「我爸是民進黨議員，說現在台灣已經超過500例」、「其實疫情已經在高雄、台南等地傳播」。',
    );
    expect(shown(paragraphs).speakers).toEqual([null, null, null, null]);
  });

  it('keeps the speaker of her own words given as examples (比如“…”等內容)', () => {
    const paragraphs = located('王神爱在文中提到，很多话被删减了，比如“尊重每个人的消费观，别人消费不花我的钱”等内容。');
    expect(shown(paragraphs).speakers).toEqual(['王神爱']);
  });
});

describe("a quote given to the sentence's reporter, and its review", () => {
  const source = `---\ntitle: 塵肺\npublished: 2012-08-01\nlanguage: zh-Hant\nsource:\n  outlet: 蘋果日報\n---\n\n鄭焦說：「家裡只靠我一人。」\n\n潘金治的太太鄭焦說，醫師說先生肺功能僅剩不到常人一半；她最怕先生患感冒，「他住院我也不敢請假去顧他。」\n`;

  it('shows the reporter, and lists the quote for an editor: the gate, not the rules, chose the speaker', () => {
    const result = parseArticle('content/articles/lung.md', source);
    if (!result.ok) throw new Error('the article does not parse');
    expect(result.article.quotes.map((quote) => quote.speaker)).toEqual(['鄭焦', '鄭焦']);
    expect(reviewAttributions(result.article).map((item) => [item.basis, item.speaker, item.refusal])).toEqual([['opener', '鄭焦', 'nested-speech']]);
  });
});

describe('a quote opening its paragraph, given to the 她 who speaks next, and its review', () => {
  const source = `---\ntitle: 初創\npublished: 2026-01-28\nlanguage: zh-Hans\nsource:\n  outlet: 36氪\n---\n\n钟子湫曾经合作过大厂出身的运营，但她发现，这些运营往往陷入一种思维惯性。\n\n“我们是初创公司，留给运营的经费有限。”她并不欣赏直接套用现成经验的方法论，“大厂的方法大多用在一些已经验证了的模式上。”\n`;

  it('shows her, and lists the first quote for an editor: the paragraph, not the quote’s own sentence, names her', () => {
    const result = parseArticle('content/articles/startup.md', source);
    if (!result.ok) throw new Error('the article does not parse');
    expect(result.article.quotes.map((quote) => quote.speaker)).toEqual(['钟子湫', '钟子湫']);
    expect(reviewAttributions(result.article).filter((item) => item.basis === 'tied').map((item) => [item.speaker, item.text])).toEqual([['钟子湫', '我们是初创公司，留给运营的经费有限。']]);
  });
});
