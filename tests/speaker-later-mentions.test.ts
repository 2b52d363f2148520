import { describe, expect, it } from 'vitest';
import { shown, speechShown } from './speakers-shown';

/**
 * Later mentions and name edges. Hong Kong copy mentions someone named before by the surname alone (鄭謂, 黃續指, 管今早稱): the one person the
 * text has named with that surname, or no one when two fit or none does. Sentences invented for these tests.
 */

describe('a surname alone before the verb', () => {
  it('is the one person named before with that surname', () => {
    expect(shown('確診患癌的鄭威濤昨日出庭作供，鄭威濤稱本不欲出售公司股份。鄭謂：「可能佢叫我賣，我都賣。」')).toEqual(['鄭威濤']);
  });

  it('takes a time and an adverb after it (管今早稱, 黃續指)', () => {
    expect(shown('消息都是發布自管浩鳴的傳媒聯絡群組。管今早稱：「同佳一直對於回台灣自首是沒有改變。」')).toEqual(['管浩鳴']);
    expect(shown('業主黃美慧指，當局從未主動召開簡介會。黃續指：「不然好難預算每月會用幾多垃圾袋。」')).toEqual(['黃美慧']);
  });

  it('is no one when two people named before share the surname', () => {
    expect(shown('業主黃美慧與黃偉明都在場，黃美慧與黃偉明都反對。黃續指：「不然好難預算每月會用幾多垃圾袋。」')).toEqual([null]);
  });

  it('is the one the paragraph named before it when two people share the surname (莊天麟指…莊說︰)', () => {
    expect(shown('天文台科學主任莊思寧指，今年入冬不算太遲。', '火鍋店老闆莊天麟指，訂位已爆滿。莊說︰「旺角及銅鑼灣店留了一半位供預訂，約250個位已全數爆滿。」')).toEqual(['莊天麟']);
  });

  it('is no one when no one was named with it', () => {
    expect(shown('李明說，公司會再談。王續指：「不然好難預算每月會用幾多垃圾袋。」')).toEqual([null]);
  });

  it('leaves 所謂 a word, not a surname speaking', () => {
    expect(speechShown('鄭威濤出庭作供。所謂「好運」，其實是努力。').map((quote) => quote.speaker)).not.toContain('鄭威濤');
  });
});

describe('a calling or rank glossed in English after the name', () => {
  it('is dropped with the gloss (理查森上将(Adm. John Richardson))', () => {
    expect(shown('海军作战部部长理查森上将(Adm. John Richardson)表示：“我想以后我们回顾起来，这是非常具有意义的事件。”')).toEqual(['理查森']);
  });
});

describe('several titles listed before one name', () => {
  it('leave the name as the speaker (高级时装设计师、…品牌顾问柴利)', () => {
    expect(speechShown('高级时装设计师、意大利国际时装周专家评委品牌顾问柴利指出，“明星作为形象代言人负责引流，同时需要创意总监做长期规划”。').map((quote) => [quote.speaker, quote.role])).toEqual([['柴利', '高级时装设计师、意大利国际时装周专家评委品牌顾问']]);
  });

  it('but two names listed are several speakers: no one shown', () => {
    expect(shown('前海开源基金经理覃璇、李赫在季报中说道，“权益市场方面，二季度核心资产重新发力，很多基金续创新高。”')).toEqual([null]);
  });
});

describe('a familiar name given as an aside (陳橋，人稱橋叔)', () => {
  it('stands for the full name when it speaks or heads a sentence before a quote', () => {
    expect(shown('陳橋，人稱橋叔，香港第一代攝影記者。', '「月薪由250元漲到350元，如果是你，轉不轉？」橋叔豪氣地反問。', '橋叔如數家珍，隨口就能說出幾張得意作品。「1966年，香港暴雨成災，水從山上沖下來。」')).toEqual(['陳橋', '陳橋']);
  });

  it('is not tied to a name it is not given beside', () => {
    expect(shown('陳橋是香港第一代攝影記者。', '「月薪由250元漲到350元，如果是你，轉不轉？」橋叔豪氣地反問。')).not.toContain('陳橋');
  });
});

describe('someone brought in inside a clause of setting (在乳业专家王丁棉关于…的观点…后)', () => {
  it('is brought in by the role, not by the 在, and speaks later under the name', () => {
    expect(shown('在乳业专家王丁棉关于“中国乳业标准全球最差”的观点引起轩然大波后，光明乳业总裁郭本恒公开支持该观点。', '“公司代替他来发这个声明不伦不类，解释得也不清楚。”王丁棉昨天对记者表示，估计是光明乳业受到了压力。')).toEqual(['王丁棉']);
  });
});

describe('他 after a clause of the same sentence that opens on someone by name', () => {
  it('is them, not someone an earlier paragraph mentioned (王石并没有避讳，他表示)', () => {
    expect(speechShown(
      '临近年末，一场新书发布会让本就话题度不低的王石再次火了一把。王石俨然已成为商界大佬中的流量达人。',
      '而要想带动社会、启发他人，成为流量达人甚至是网红明星，无疑可以让观点更快地传递。',
      '因此，面对涉及个人隐私的话题，王石并没有避讳，他表示，“没有不方便说的，我很满意。”',
    ).map((quote) => [quote.speaker, quote.role])).toEqual([['王石', null]]);
  });

  it('is not whose kin the clause is about (阿蕎的長女小婷…，她自責地說)', () => {
    expect(shown('阿蕎說：「日子很難。」', '阿蕎的長女小婷目前在高雄念大學，見母親為生計發愁，她自責地說：「我想多打工。」')).not.toContain('阿蕎的長女小婷目前在高雄念大學');
    expect(shown('阿蕎說：「日子很難。」', '阿蕎的長女小婷目前在高雄念大學，見母親為生計發愁，她自責地說：「我想多打工。」')[1]).not.toBe('阿蕎');
  });
});

describe('上述 with a description worded a little differently', () => {
  it('points back at the source named with 某 and 相关 around the same words', () => {
    expect(shown(
      '某股权投资基金相关人士告诉记者：“PE对优质项目的兴趣比较大。”',
      '不过，上述股权投资基金人士也表示，“房地产信托的兑付风险都依靠PE来接盘肯定是不现实的。”',
    )).toEqual(['某股权投资基金相关人士', '某股权投资基金相关人士']);
  });
});

describe('a given name alone, and a pronoun after a phrase cut from a clause', () => {
  it('takes the given name for the full name written first (周尤金 … 尤金解释说), never a name read through a title or a preposition', () => {
    expect(shown('周尤金笑了笑，说：“我可以把整个大纲放进脑子。”', '随后尤金在网上售卖笔记。尤金解释说：“这些图可帮助你把学习连接起来。”')).toEqual(['周尤金', '周尤金']);
    // 郁亮 is written alone before 记者向郁亮 reads as a name; 長毛 is glossed as the pseudonym it is, though 師傅長毛 holds 傅長毛.
    expect(shown('郁亮说：“合伙人机制很重要。”', '记者向郁亮提问。郁亮说：“变革是常态。”')).toEqual(['郁亮', '郁亮']);
    expect(shown('紮鐵師傅長毛（化名）入行十多年，指：「大工由2,300變1,800元。」', '長毛說：「企喺度唔知做咩。」')).not.toContain('傅長毛');
  });

  it('reads a line of three characters that are no personal name (高要求) as a subhead, not someone a later 他 is', () => {
    expect(shown('周尤金笑了笑，说：“我可以把整个大纲放进脑子。”', '高要求', '他对记者说：“过程并不容易。”')).toEqual(['周尤金', '周尤金']);
  });

  it('never lets 他 go on as a phrase cut from a clause and written once (更開出期票指「…」)', () => {
    expect(shown('主席陳大明強調，均價已升至1萬元水平，更開出期票指「下半年純利率可增3個百分點」。', '他又透露，下半年售價定「唔會太高」，毛利率會好轉。')).toEqual(['陳大明', '陳大明']);
  });
});

describe('a pronoun after a titled name that becomes something', () => {
  it('is that name (秘書長李大華成為…。她昨接受訪問時謙稱「…」): 成為 ends a name, 昨 after a pronoun is a time, 謙稱 a verb', () => {
    expect(shown('工會秘書長李大華成為首名獲此殊榮的台灣人。她昨接受訪問時謙稱「不是我一個人的努力」。')).toEqual(['李大華']);
  });
});

describe('a quote opening its sentence after only a connective', () => {
  it('goes on with the voice before (朱大蓮強調，…。同時「我們正告…」)', () => {
    expect(shown('行政院長蘇大昌更直呼「又來了」，痛斥中國大陸違反世界貿易組織相關規範，將思考如何降低業者的衝擊。針對大陸日前無預警暫停台灣水產品輸陸，陸委會也表明將表達嚴正抗議，大陸國台辦發言人朱大蓮指出，所謂「無預警禁止出口」純屬刻意炒作。朱大蓮強調，希望台灣食品企業盡快提供註冊資訊，這是正常的食品安全監管措施。同時「我們正告島內有關部門，立即停止任何政治操弄」。')).toEqual(['蘇大昌', '朱大蓮']);
  });
});

describe('two surnames’ characters after an office, then a verb', () => {
  it('are a name and its verb, not a Hong Kong double surname’s full form (主席王石进行了解, then 王石称)', () => {
    expect(
      shown(
        '万科在互动平台上表示，公司已就相关报道向董事会名誉主席王石进行了解。',
        '王石称：“我所说的恶意是指对方的态度。”',
      ),
    ).toEqual(['王石']);
  });
});

describe('a surname and an honorific for a name given in Western order', () => {
  it('is the one transliterated name with that surname last (本·曹(Ben Cao), then 曹先生 and 他)', () => {
    expect(
      shown(
        '汽车制造商们正在争取像本·曹(Ben Cao)这样的客户。33岁的曹先生是上海的一名咨询师。',
        '几天前，曹先生去一家高级珠宝店为妻子买新戒指。',
        '“很多特别贵的珠宝都脱销了，”他说。',
        '“我很满意，”曹先生说。',
      ),
    ).toEqual(['本·曹', '本·曹']);
  });

  it('keeps the gate’s evidence: 曹先生 mentions 本·曹 once the text has had 本·曹 speak', () => {
    expect(shown('“我很满意，”本·曹说。', '“我很满意，”曹先生说。')).toEqual(['本·曹', '本·曹']);
  });
});

describe('他 reaching back over a paragraph that turns to someone new', () => {
  it('is that person, brought in by the gloss (…张豫(Yale Zhang)说 / 26岁的北京咨询师爱德华·蔡(Edward Cai)… / “…”他说)', () => {
    expect(
      shown(
        '“廉价汽车正在回来，”上海咨询公司的董事总经理张豫(Yale Zhang)说。',
        '26岁的北京咨询师爱德华·蔡(Edward Cai)今年春天很少花钱。现在他又去看电影了。',
        '“之前的消费疫情期间就暂停了，”他说。',
      ),
    ).toEqual(['张豫', '爱德华·蔡']);
  });
});

describe('issuing a statement', () => {
  it('brings its author in, so a later 她 is her and not the last paragraph’s speaker (林鄭月娥發表聲明，指…。她說)', () => {
    expect(
      shown(
        '陳茂波解釋封面是「象徵土地的顏色」。他又說：「我們同在這片土地上生活。」',
        '行政長官林鄭月娥發表聲明，指財政預算案提供了即時適切的援助。她說：「我支持財政預算案建議發放現金。」',
      ),
    ).toEqual(['陳茂波', '陳茂波', '林鄭月娥']);
  });
});

describe('what everyone feels, told inside someone’s account', () => {
  it('is no new voice: a quote opening a later sentence goes on with the one giving the account (王石称，…。大家都觉得…。“…”)', () => {
    expect(shown('在新书分享会上，王石称，还有两个月，万科的年报就要出来了。2019年大家都觉得是经济上不好过，尤其是房地产更不好过。“我已经离开两年了，只能这样说。”')).toEqual(['王石']);
  });
});

describe('a transliterated name the article gives after a title (美國總統川普)', () => {
  it('is known as a person, so a later clause it heads is theirs (川普批評…，稱…，「…」)', () => {
    expect(shown('美國總統川普週四表示，將對晶片課徵關稅。', '川普批評台灣搶走美國晶片生意，稱美國過去有非常好的公司，但這一切都被奪走，「我們希望把這些生意拿回來。」')).toEqual(['川普']);
  });
});

describe('a paragraph opening on a two-character name and what a feature tells of someone new', () => {
  it('brings them in, so the 她 after the quote is them, not the last paragraph’s speaker (孔婷住在广州…。“…”她说)', () => {
    expect(shown('张豫说，“今年生意不好做。”', '孔婷住在广州一栋无电梯公寓楼的十层，她每天都要爬楼梯好几次。“最难的就是买菜了，还有搬那个桶装水，”她说。')).toEqual(['张豫', '孔婷']);
  });
});
