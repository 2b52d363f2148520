import { describe, expect, it } from 'vitest';
import { speechShown } from './speakers-shown';

/**
 * Subjects a clause gives the quote in shapes the rules first missed on spent holdouts 22 and 27: a name before 一度
 * and a predicate of its own (…一度上书市政府，称“…”), a count with nothing counted (多名), a source named again
 * without its 知情, a body's 官方, a reply long enough to be a sentence straight after 回应, and a figure an office
 * published quoted inside someone's own account. Sentences invented for these tests.
 */

function speakers(...texts: string[]): [string | null, string | null][] {
  return speechShown(...texts).map((quote) => [quote.speaker, quote.role]);
}

describe('a name heading a clause of its own before 称', () => {
  it('is the speaker when 一度 opens its predicate (李明一度致信区政府，称“…”)', () => {
    expect(speakers('2012年3月，李明一度致信区政府，称“新来的管理层根本不懂乳业，又无人监督”。').map(([speaker]) => speaker)).toEqual(['李明']);
  });

  it('keeps only the titled person’s role when another person is joined before it (王强与乳业公司创始人李明交恶)', () => {
    expect(speakers('后来王强与乳业公司创始人李明交恶。2012年3月，李明一度致信区政府，称“新来的管理层根本不懂乳业，又无人监督”。')).toEqual([['李明', '乳业公司创始人']]);
  });
});

describe('a count with nothing counted', () => {
  it('is no speaker (多名宣布辭職…「總辭」)', () => {
    expect(speechShown('多名宣布辭職的區議員中，多人屬同一政黨，該黨區內黨團5人更「總辭」。').map((quote) => quote.speaker)).not.toContain('多名');
  });
});

describe('a source named again', () => {
  it('without its 知情 is the source first quoted (前述…人士 for …一位知情人士)', () => {
    expect(
      speakers(
        '“纪委确实已经把他带走了，原因还不能确认。”8月3日，当地司法系统一位知情人士向记者透露。',
        '乳业公司总经理王强则表示：“托管期间的账目都是公开的。”',
        '“对他的举报材料很多，我们目前也没法确定是哪一件。”前述当地司法系统人士说。',
      ).map(([speaker]) => speaker),
    ).toEqual(['当地司法系统知情人士', '王强', '当地司法系统知情人士']);
  });
});

describe('a company’s 官方', () => {
  it('is the company (洁柔坊官方回应 → 洁柔坊)', () => {
    expect(speakers('洁柔坊一款香皂被指含有荧光剂，洁柔坊再次站上风口。', '对此，洁柔坊官方回应：“产品配方符合国家标准，请放心使用。”').map(([speaker]) => speaker)).toEqual(['洁柔坊']);
  });

  it('stays with a place, whose 官方 is its government (大连官方)', () => {
    expect(speakers('对此，大连官方表示：“网络传言不实，从未有此规定。”').map(([speaker]) => speaker)).toEqual(['大连官方']);
  });
});

describe('回应 right before the quote', () => {
  it('hands over an answer long enough to be a sentence', () => {
    expect(speakers('洁柔坊一款香皂被指含有荧光剂，洁柔坊再次站上风口。', '对此，洁柔坊回应“添加剂量合规合法，正常使用不影响健康”。').map(([speaker]) => speaker)).toEqual(['洁柔坊']);
  });

  it('names only what is answered when the quote is a few words (美团回应“反垄断罚款”)', () => {
    expect(speechShown('美团在京再次被罚。美团回应“反垄断罚款”。').map((quote) => quote.speaker)).not.toContain('美团');
  });
});

describe('a figure an office published, quoted inside someone’s account', () => {
  it('is not the speaker’s own words (他並不質疑官方公布的「…」)', () => {
    expect(speakers('黃明強調，他並不質疑官方公布的「全國人口突破14億」，但擔心這個說法會令官方放鬆警惕。').map(([speaker]) => speaker)).not.toContain('黃明');
  });
});

describe('明言 and a crowd word before 她', () => {
  it('reads 明言 as saying, not a name after a role (業主明言)', () => {
    expect(speakers('房東明言：「疫情好轉就加租。」').map(([speaker]) => speaker)).toEqual(['房東']);
  });

  it('never points 她 at a crowd word named since (業主), but at the woman the paragraph is about', () => {
    expect(
      speakers('劏房住戶陳女士指，一家四口住在旺角150呎劏房，月租要7800元。', '她指丈夫很少工作，但業主明言，待疫情好轉就會加租。對於官員落區視察，她指：「希望政府真係聽到我哋嘅心聲。」').map(([speaker]) => speaker),
    ).toEqual(['陳女士']);
  });
});

describe('a body’s abbreviation', () => {
  it('is the one full name the article gives it (社協 for 社區組織協會)', () => {
    expect(speakers('社區組織協會調查發現，有籠屋租金是估值的九倍。', '社協形容，籠屋市場「荒謬」，最貴的呎價由最基層人士承受。').map(([speaker]) => speaker)).toEqual(['社區組織協會']);
  });

  it('leaves a short name that opens the full one as written (恒大 beside 恒大集团)', () => {
    expect(speakers('恒大集团昨日发布公告。', '恒大回应称：“公司经营一切正常，请投资者放心。”').map(([speaker]) => speaker)).toEqual(['恒大']);
  });
});

describe('a view framed right after a quote (“…”在X看来)', () => {
  it('is X’s when the quote opens the paragraph', () => {
    expect(speakers('“电价解决了，氢能就解决了。”在某能源公司项目经理刘伟看来，可再生能源的特性很好。').map(([speaker]) => speaker)).toEqual(['刘伟']);
  });

  it('goes on with whoever spoke before it in the paragraph, the frame opening the next voice', () => {
    expect(
      speakers('咨询公司合伙人张明在接受记者采访时表示，两家走向合作是竞争压力的结果。“但现在还无法判断谁能取胜，这要看用户的忠诚度。”在研究所副所长白亮看来，两家正从制造商转向服务商。').map(([speaker]) => speaker),
    ).toEqual(['张明']);
  });
});

describe('an assistant named after the one they work for', () => {
  it('reads 助理 as the post before a name, dropping the 其 that points back (其助理Danny)', () => {
    expect(speakers('周三晚宣布辭職的區議員盧小明，其助理Danny 表示：「其實好無奈同不捨得，現在也只能見步行步。」')).toEqual([['Danny', '助理']]);
  });
});

describe('a message sent to someone, then its words', () => {
  it('is the sender’s (王伟给本报记者发来短信称，“…”)', () => {
    expect(speakers('事件爆出后，王伟给本报记者发来短信称，“清者自清，浊者自浊”，“我没有忘记自己是一名公务员。”').map(([speaker]) => speaker)).toEqual(['王伟', '王伟']);
  });
});

describe('a word that opens with a surname’s character but names a thing', () => {
  it('is no one a later 他 could pass over (区块链 repeated through the article)', () => {
    expect(
      speakers(
        '区块链是今年最热的词，区块链项目层出不穷。',
        '某科技公司区块链架构师王亮近期在接受记者采访时表示，区块链现在最大的落地应用是数字货币，落地应用就需要与现实相结合。他直言：“如何把现实中的问题数字化，是区块链应用落地的很大难点。”',
      ).map(([speaker]) => speaker),
    ).toEqual(['王亮']);
  });
});

describe('a word of the trade quoted inside the source’s description (一名“币圈”人士)', () => {
  it('is part of the source, without the marks, for the quote before and the one after', () => {
    expect(speakers('“打个比方，没有主网的币是租别人的店面开店。”一名“币圈”人士对记者这样解释道，“但是应用要落地才最重要。”').map(([speaker]) => speaker)).toEqual(['币圈人士', '币圈人士']);
  });
});

describe('a post, a dash, then the name (裁縫師--秀惠)', () => {
  it('is the name, however short, with the post as the role', () => {
    expect(speakers('秀惠在工廠做了十年。生產線其中一位裁縫師--秀惠說:「這輩子老天爺要我好好再讀一次書」秀惠的孩子還在讀小學。')).toEqual([['秀惠', '生產線裁縫師']]);
  });
});

describe('a full Latin name after a long post, no 的', () => {
  it('keeps the post as the role however long its place’s name runs', () => {
    expect(speakers('德国贝尔吉施格拉德巴赫应用科学大学汽车管理中心主任Stefan Bratzel在接受外媒采访时表示，两家的合作是“朝着完全正确的方向发展，现在还不能马上盈利。”')).toEqual([
      ['Stefan Bratzel', '德国贝尔吉施格拉德巴赫应用科学大学汽车管理中心主任'],
    ]);
  });
});

describe('a party before a member’s name, and a later verb of the same sentence', () => {
  it('splits the party from the name (民主黨胡志明)', () => {
    expect(speakers('民主黨胡志明表示：「我哋會繼續服務街坊。」')).toEqual([['胡志明', '民主黨']]);
  });

  it('gives a verb with only 但 before it the subject the sentence opens with (…黎志強說…，…，但形容…，「…」)', () => {
    expect(speakers('東區區議會主席、公民黨黎志強說目前訊息萬變，自己對去留未有定案，但形容自己有如船長，「個個都跳船，船長都要留到最後一個走」。').map(([speaker]) => speaker)).toEqual(['黎志強']);
  });

  it('not when a clause between opens with someone else', () => {
    expect(speakers('公民黨黎志強說目前訊息萬變，議員張文龍則未有定案，但形容自己有如船長，「個個都跳船，船長都要留到最後一個走」。').map(([speaker]) => speaker)).not.toContain('黎志強');
  });
});

describe('residents who felt something, right before their words', () => {
  it('speak through the colon, their place dropped like a count (樂翠選區居民對此亦感到十分無奈：「…」 → 居民)', () => {
    expect(speakers('而樂翠選區居民對此亦感到十分無奈：「橫觀全球，都唔會有一份合約係會追討薪金。」').map(([speaker]) => speaker)).toEqual(['居民']);
  });
});

describe('a chain of verbs after a titled subject (…書記顧明在深夜發信，指…「…」，並直言是「…」，相信「…」)', () => {
  const paragraph = '集團黨委書記顧明在同日深夜向全體員工發信，指集團高管對此「早就預料」，並直言是「野心和慾望把集團送入深淵」，相信「這一次的辦案也一定是嚴格依法的」。';

  it('gives every verb the subject the sentence opens with, never a post the clause only reports (指集團高管)', () => {
    expect(speakers(paragraph).map(([speaker]) => speaker)).toEqual(['顧明', '顧明', '顧明']);
  });

  it('reads a clause with its own verb of handling after 直言是 as the speaker’s words', () => {
    expect(speechShown(paragraph).map((quote) => quote.kind)).toEqual(['speech', 'speech', 'speech']);
  });
});

describe('a notice that clears something up (发布澄清公告表示)', () => {
  it('is a noun: the company speaks through 表示', () => {
    expect(speakers('沽空机构质疑长和的债务，长和股价应声下跌。', '5月14日，长和发布澄清公告表示“强烈否认”。公司称，财务报表严格遵守准则。').map(([speaker]) => speaker)).toContain('长和');
    expect(speakers('5月14日，长和发布澄清公告表示“强烈否认”。').map(([speaker]) => speaker)).not.toContain('长和发布');
  });
});

describe('a married woman of Taiwan copy and her given name with 嬤', () => {
  it('reads 彩霞嬤 as 王楊彩霞, named in full before', () => {
    expect(
      speakers('王楊彩霞說：「阿銘從來不生病，沒想到一病就是這種要人命的。」彩霞嬤回憶道，她和老伴共育兩子一女，「老伴12年前往生後，家裡只有阿銘能賺錢。」', '「我們連水電都付不出來。」彩霞嬤嘆道。').map(([speaker]) => speaker),
    ).toEqual(['王楊彩霞', '王楊彩霞', '王楊彩霞']);
  });
});

describe('a crowd heading the sentence, and 部份 for 部分', () => {
  it('gives a later 稱 with no subject of its own to the crowd (但部份網民似乎不領情，…，稱「…」)', () => {
    expect(speakers('但部份網民似乎不領情，在PTT八卦板上繼續酸言酸語，稱「董事長被公司切割」；「把商譽敗光就跑，真行」。').map(([speaker]) => speaker)).toEqual(['網民', '網民']);
  });
});

describe('a short name the text gives a body’s parts (全聯福利中心)', () => {
  it('is never who 他 points back at', () => {
    expect(speakers('全聯福利中心早年由福利社起家，全聯表示：「我們一度發展到近二百家。」', '後來拜託林志明接手經營，他曾說：「那時候不算併購，只是換個招牌。」').map(([speaker]) => speaker)).toEqual(['全聯', null]);
  });
});

describe('a familiar name after its description, heading the sentence (正就讀國三的小威，…，他…說)', () => {
  it('is who the sentence’s 他 is, not someone quoted before', () => {
    expect(
      speakers('阿琴說：「賣衣服賺不了多少錢。」', '採訪時小威才從補習班回來。正就讀國三的小威，相當能體會媽媽的辛苦，他在陪著媽媽復健時說：「今年夏天想選擇高職就讀，這樣才能工讀。」').map(([speaker]) => speaker),
    ).toEqual(['阿琴', '小威']);
  });
});

describe('a transliterated name ending in a character a clause also ends in (欧必得)', () => {
  const opening = '澳佳宝亚洲区总裁欧必得（Peter Osborne）接受了记者的专访。欧必得表示，进博会是一个展示品牌的好机会。';

  it('stands before a verb after a quote, spaced or not, once the article gives it a speaker', () => {
    expect(speakers(opening, '“如果让我提建议的话，我会希望关税方面能有进一步的政策利好。” 欧必得表示，这些都是他最想沟通的想法。').map(([speaker]) => speaker)).toEqual(['欧必得']);
    expect(speakers(opening, '“只需要六周的时间，是原先所需时间的一半。” 欧必得介绍称。').map(([speaker]) => speaker)).toEqual(['欧必得']);
  });
});

describe('a viewpoint framed with a long description (在从事支付行业十余年的…CEO张国雄看来，…，“…”)', () => {
  it('is the holder’s, however long the description', () => {
    expect(speakers('在从事支付行业十余年的北京某信息技术有限公司CEO张国雄看来，大量牌照并没有产生价值，“因为这项业务权利很大，价值也很大。”').map(([speaker]) => speaker)).toEqual(['张国雄']);
  });
});

describe('a view named as the same as another’s right after a quote (“…”王蓬博表达了同样的观点)', () => {
  it('is the one who expressed it', () => {
    expect(speakers('分析师郭明表示，行业洗牌在所难免。', '“支付行业将迎来一波合并潮，支付牌照价值降低。”王小博表达了同样的观点。').map(([speaker]) => speaker)).toEqual(['王小博']);
  });
});

describe('a woman brought in with her family, and a crowd in the narration', () => {
  const paragraphs = [
    '一条长长的队伍已经延伸到两根电线杆之外，粗略估计有近50米长。',
    '17时30分许，从闵行开车过来的谢女士一家三口终于吃到了烤肉。她说下午3点就来排队，“和外面的烤肉相比，这里的肉比较新鲜。”',
    '由于排队时间长，许多顾客都能清晰背出各项单品的菜价。“羊肉串10元3串，30元10串。”谢女士和家人总共消费了175元。',
  ];

  it('reads 粗略 (roughly) before 估计 as no one, and 她 as the woman brought in with 一家三口', () => {
    expect(speakers(...paragraphs).map(([speaker]) => speaker)).toEqual(['谢女士', null]);
  });
});

describe('someone named as what is announced (…，宣布…的石恬華，「…」)', () => {
  it('is not the one who speaks: the announcer is, named without the 由 of the agent (由摩根香港證實)', () => {
    expect(speakers('投信圈揣測石恬華恐是「觸犯內規」。昨日石恬華離職的訊息，由摩根香港證實，摩根香港同時接手此事的對外發言權，宣布自2002年加入台灣摩根、過去15年擔任重要職位的石恬華，「將卸任現有職務」。').map(([speaker]) => speaker)).toEqual(['摩根香港']);
  });
});

describe('an unnamed official who voiced the words, after them (“…”，…的一位官员道出了…)', () => {
  it('is the descriptor as written, without the count: a title opening with a surname’s character (官员) is no name', () => {
    expect(
      speakers('一位市官员透露:“下一步将取决于企业行为。”“之所以选择在本市建设,一是由于公司是本地企业”,市委宣传部的一位官员道出了当初引入项目的初衷。').map(([speaker]) => speaker),
    ).toEqual(['市官员', '市委宣传部的官员']);
  });
});

describe('a speaker shaped as a clause’s fragment', () => {
  it('is refused when a verb of issuing closes it or a preposition opens it (长和发布, 由摩根香港)', async () => {
    const { refuseWeakAttributions } = await import('../lib/content/extract/speakers/confidence');
    const paragraphs = [{ sectionId: 's', paragraphId: 'p1', text: '长和发布声明。由摩根香港证实。“强烈否认。”' }];
    const quote = (speaker: string) => ({ id: 'p1-q1', sectionId: 's', paragraphId: 'p1', start: 14, end: 21, text: '强烈否认。', kind: 'speech' as const, speaker, role: null, continues: null });
    for (const speaker of ['长和发布', '由摩根香港']) {
      expect(refuseWeakAttributions([quote(speaker)] as never, paragraphs as never)[0]?.speaker).toBeNull();
    }
  });
});

describe('因 (because) before who speaks', () => {
  it('is no part of the name (因特朗普称 → 特朗普)', () => {
    expect(speakers('欧元也受挫，因特朗普称，欧盟消除汽车关税的提议“不够好”，投资者担心欧盟前景。').map(([speaker]) => speaker)).toEqual(['特朗普']);
  });
});

describe('a quote, a day, then who said it handing on to more (“…”6月14日，…李朝林在接受采访时表示，…)', () => {
  it('is theirs, though their clause ends in a comma, not a stop', () => {
    expect(
      speakers('“从历史数据看，煤炭价格出现过快速上升，也出现过快速下滑，不过从供需形势看，全国煤炭产能严重过剩，市场形势不会有大的改变。”6月14日，煤炭专家李朝林 在接受21世纪经济报道记者采访时表示，由于国家宏观调控，煤炭供求大体趋于平衡，煤炭价格基本稳定。而煤价短期震荡后，在中长期或将维持稳定。').map(([speaker]) => speaker),
    ).toEqual(['李朝林']);
  });
});

describe('the reporter calling someone’s number (拨通了…卫先生的电话。他自称，“…”)', () => {
  it('brings in who a later 他 is, the role without its 上述', () => {
    expect(speakers('记者以客户身份拨通了上述想买入民生银行股票卫先生的电话。他自称，“我们公司是一家专业的减持机构。”')).toEqual([['卫先生', '想买入民生银行股票']]);
  });
});
