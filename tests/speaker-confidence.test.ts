import { describe, expect, it } from 'vitest';
import type { LocatedParagraph, Quote } from '../lib/content/model';
import { extractQuotes } from '../lib/content/extract/quotes';
import { parseArticle } from '../lib/content/parse-article';
import { reviewAttributions } from '../lib/content/review';
import { refuseWeakAttributions, type SpeakerAssessments } from '../lib/content/extract/speakers/confidence';

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
    expect([...assessments.values()].map((item) => [item.speaker, item.refusal])).toEqual([['前述头部在线教育人士', 'embedded-phrase']]);
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

describe('a withheld speaker in the article and its review', () => {
  const source = `---\ntitle: 買房夢\npublished: 2022-01-10\nlanguage: zh-Hans\nsource:\n  outlet: 豹变\n---\n\n小区破旧，都是80年代建的商品房。墙皮剥落，楼道里也无人打扫，到处堆放着积灰的杂物。里面老年人居多，一个单元门前还挂着一个花圈，有老人刚刚去世。几个房子里，只有一家的装修还算整洁，吴琦刚觉得不错，就被她爸爸催促离开：“赶紧走，根本没法住人。”\n`;

  it('shows the quote with no speaker, and lists the speaker withheld for an editor to confirm or correct (豹變 via 36氪)', () => {
    const result = parseArticle('content/articles/loft.md', source);
    if (!result.ok) throw new Error('the article does not parse');
    expect(result.article.quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([['speech', null]]);
    expect(reviewAttributions(result.article).map((item) => [item.basis, item.speaker, item.refusal])).toEqual([['withheld', '吴琦', 'passive']]);
  });
});
