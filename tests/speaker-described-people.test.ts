import { describe, expect, it } from 'vitest';
import { speechShown } from './speakers-shown';

/**
 * People a report describes rather than titles: an office the title list does not hold (事务官, 营业员), a familiar
 * name after what they did (做过保安的小刘), a surname and honorific after their workplace, a source counted as one
 * and then called 他, a view given straight before its words (…的判断是“…”), and a reply made with a light verb
 * (作出回应). Sentences invented for these tests.
 */

function speakers(...texts: string[]): [string | null, string | null][] {
  return speechShown(...texts).map((quote) => [quote.speaker, quote.role]);
}

describe('an office known by how it ends', () => {
  it('splits a post ending in 官, 员 or 师 from the name after it', () => {
    expect(speakers('市消费者协会投诉调解员王芳说：“退款不能超过七个工作日。”')).toEqual([['王芳', '市消费者协会投诉调解员']]);
    expect(speakers('学联国际事务官Priya Nair说：“租金一年涨了两成。”')).toEqual([['Priya Nair', '学联国际事务官']]);
  });

  it('reads no name out of a place or time word after the post (全员|公告中)', () => {
    expect(speakers('集团发给全员的内部公告中说：“每个人都要自查。”').map(([speaker]) => speaker)).not.toContain('公告中');
  });
});

describe('a familiar name after a description ending in 的', () => {
  it('is the speaker, the description the role', () => {
    expect(speakers('干了八年码头工的老陈说：“今年的货少了一半。”')).toEqual([['老陈', '干了八年码头工']]);
  });

  it('is no one when the description is a moment (在…的)', () => {
    expect(speakers('在码头干了八年的老陈说：“今年的货少了一半。”').map(([speaker]) => speaker)).toEqual([null]);
  });

  it('is no one when the description is the narrator’s own (我的小王)', () => {
    expect(speakers('我的小王说：“好。”').map(([speaker]) => speaker)).toEqual([null]);
  });
});

describe('a surname and honorific after where they work', () => {
  it('is who speaks in the clause that follows, not the firm', () => {
    expect(speakers('昨日，西城一家快递公司的分拣工黄女士向本报反映，称公司将按件数扣钱，“多扣的钱从来不说明理由。”')).toEqual([['黄女士', '西城一家快递公司的分拣工']]);
  });
});

describe('one unnamed source counted as one', () => {
  it('is who a later 他 in the paragraph means', () => {
    expect(speakers('一位不愿透露姓名的受访者上月去工地看过，他说场面很乱。他说：“工人三个月没拿到钱。”')).toEqual([['不愿透露姓名的受访者', null]]);
  });
});

describe('a view given straight before its words', () => {
  it('is the holder’s speech (…的判断是“…”)', () => {
    expect(speakers('对于明年的行情，某券商首席策略师刘洋的判断是“震荡向上，结构为王”。')).toEqual([['刘洋', '某券商首席策略师']]);
  });
});

describe('a reply made with a light verb', () => {
  it('names the one replying, past the setting and 作出 (在回复…时作出明确回应)', () => {
    expect(speakers('资金缺口是否会扩大？王立在回复《财经日报》记者提问时作出明确回应，“这部分款项已经全部预留。”')).toEqual([['王立', null]]);
  });
});

describe('a group agreeing with something, then its words (…对某方案表示认同。“…”)', () => {
  it('is the group: the thing agreed with (…的方案) names no one', () => {
    expect(speakers('因此，一些连锁药店负责人对新规的方案表示认同。“要留住店员，只能先涨工资。”')).toEqual([['连锁药店负责人', null]]);
  });
});

describe('a paragraph in which the reporter interviews someone new', () => {
  it('does not carry the last paragraph’s speaker into a quote opening a sentence', () => {
    expect(speakers('该公司人事主管周女士说：“我们一直按规定发放补贴。”', '记者随后采访了几位律师了解到：相关规定并不明确。“法律颁布多年，一直没有细则。”').map(([speaker]) => speaker)).toEqual(['周女士', null]);
  });
});

describe('a transliterated name written with a hyphen (斯科特-温格), as some portals print it', () => {
  it('is one name, and its surname alone later is the same person', () => {
    expect(speakers('美国零售咨询公司CEO斯科特-温格(Scot Wingo)表示：“团购的优势在于用户多。”', '温格还说：“这一模式会被复制。”').map(([speaker]) => speaker)).toEqual(['斯科特-温格', '斯科特-温格']);
  });
});

describe('verbs that hand over before punctuation only', () => {
  it('read 狠批 and 纳闷 as saying', () => {
    expect(speakers('有網民狠批：「如此操盤，只是做給領導看。」').map(([speaker]) => speaker)).toEqual(['網民']);
    expect(speakers('一名快递员纳闷：“说好的补贴怎么还没到？”').map(([speaker]) => speaker)).toEqual(['快递员']);
  });
});

describe('a body named as an organ (檢察機關)', () => {
  it('is a body that speaks, though named once', () => {
    expect(speakers('最高檢察院稱，案件已移送審查起訴。檢察機關稱，「被告人利用職務便利收受財物。」').map(([speaker]) => speaker)).toEqual(['檢察機關']);
  });
});

describe('a title that opens with a surname (高管, 董事)', () => {
  it('is no name after a body: the descriptor stays whole, 某 as written', () => {
    expect(speakers('“揽储成本还在上升。”西南地区某中小银行高管表示。').map(([speaker]) => speaker)).toEqual(['某中小银行高管']);
  });
});

describe('service staff reached by phone (致电…官方客服，对方表示)', () => {
  it('are who 对方 and a later 上述客服 mean', () => {
    expect(speakers('记者以用户身份致电某手机品牌官方客服，对方表示，系统会自动过滤。“我们是为了保护未成年人。”', '提到该案例，上述客服表示，“这个词系统是有判断的。”').map(([speaker]) => speaker)).toEqual(['某手机品牌官方客服', '某手机品牌官方客服']);
  });
});

describe('一家 before 家长 (一家长发文称)', () => {
  it('is one parent, not a count of firms', () => {
    expect(speakers('近期，一家长发文称：“孩子的手表收到了陌生人的消息。”').map(([speaker]) => speaker)).toEqual(['家长']);
  });
});

describe('a source described by where they were doing something (在路上扫地的工人们)', () => {
  it('is the group, the setting dropped like a place', () => {
    expect(speakers('在路上扫地的工人们在纳闷：“不是说周二领导下来给说法吗？”').map(([speaker]) => speaker)).toEqual(['工人']);
  });
});

describe('a full name mistyped later in its last character (王文彬 … 王文斌)', () => {
  it('is the person the copy named first', () => {
    expect(speakers('“付坑位费还不够。”上海某公司负责人王文彬对记者说。', '王文斌认为，“平台可以改收提成。”').map(([speaker]) => speaker)).toEqual(['王文彬', '王文彬']);
  });

  it('leaves two names that differ in more than the last character apart', () => {
    expect(speakers('“付坑位费还不够。”上海某公司负责人王文彬对记者说。', '王武斌认为，“平台可以改收提成。”').map(([speaker]) => speaker)).toEqual(['王文彬', '王武斌']);
  });
});

describe('a quoted line opening the copy that someone below only quotes', () => {
  it('is not theirs (“该消息可能含有不适宜内容。” inside her account as ‘…’)', () => {
    expect(speakers('“该消息可能含有不适宜内容。”', '家住郑州的罗星试了试。', '“这些话都发不出去，系统提示‘该消息可能含有不适宜内容’。”罗星称。').map(([speaker]) => speaker)).toEqual([null, '罗星']);
  });
});

describe('acts before the verb of saying (评价说, 提出“…”)', () => {
  it('name the one judging, after the quote', () => {
    expect(speakers('“他是浙江经济的功臣之一。”浙江大学经济学院院长史晋川评价说。').map(([speaker]) => speaker)).toEqual(['史晋川']);
  });

  it('let a chairman’s proposal after 据了解 stand as his words', () => {
    expect(speakers('据了解，该口号早在2016年便被提及，面对市场竞争，董事长曾毓群提出“要以跟竞争对手拼命的精神奋斗百天”。').map(([speaker]) => speaker)).toEqual(['曾毓群']);
  });
});

describe('a headhunter (猎头)', () => {
  it('is a descriptor a later 上述猎头 points back at', () => {
    expect(speakers('“实际绩效工资发多少并不乐观。”一位地产猎头告诉记者。', '“龙湖的年终奖同样高于万科。”上述猎头透露。').map(([speaker]) => speaker)).toEqual(['地产猎头', '地产猎头']);
  });
});

describe('对方 after someone was reached who cannot be named', () => {
  it('is no one, not a person quoted in the paragraph before', () => {
    expect(speakers('家长王强说：“手表总是提示违禁词。”', '记者随后致电该品牌售后热线，对方表示，“系统会自动过滤不文明用语。”').map(([speaker]) => speaker)).toEqual(['王强', null]);
  });
});

describe('a pronoun, then when they spoke (他去年曾表示, 她4月時坦承)', () => {
  it('is the pronoun: the time is no part of who', () => {
    expect(speakers('市民王小美在網上有十萬粉絲。然而，她4月時坦承，「我其實不懂理財。」').map(([speaker]) => speaker)).toEqual(['王小美']);
    expect(speakers('分析師陳大文在報告中看好港股。他去年曾表示：「恒指會見三萬點。」').map(([speaker]) => speaker)).toEqual(['陳大文']);
  });
});

describe('what holdout 26 showed wrong', () => {
  it('reads a Latin surname alone as the one person named in full with it (Guo → Sarah Guo)', () => {
    expect(speakers('这家公司由Joshua Xu和Sarah Guo创办。', 'Guo在接受采访时表示，“局势在过去一年半里发生了巨大变化”。').map(([speaker]) => speaker)).toEqual(['Sarah Guo']);
  });

  it('gives words set against the last speaker (…，而李明则“…”) to the one set against them', () => {
    expect(speakers('王强表示，“今年很难”，而李明则“对前景相当乐观”。').map(([speaker]) => speaker)).toEqual(['王强', '李明']);
  });

  it('reads 上述研究机构 as the research body named before it', () => {
    expect(speakers('交通银行金融研究中心预计，更多城市可能调整首付比例。“不排除限购城市后续跟随调整。”上述研究机构进一步指出。').map(([speaker]) => speaker)).toEqual(['交通银行金融研究中心']);
  });

  it('drops 有的 before a group as it drops other quantifiers (有的网友则认为 → 网友)', () => {
    expect(speakers('有的网友则认为，“刚提车两个月就遇到停产有点说不过去了”。').map(([speaker]) => speaker)).toEqual(['网友']);
  });
});

describe('a body’s staff named by their job after the body was reached (与万科地产方面取得联系，相关工作人员表示)', () => {
  it('are the body’s, named with it', () => {
    expect(speakers('随后，记者又与开发商万科地产方面取得联系，相关工作人员表示，“事情正在处理当中。”').map(([speaker]) => speaker)).toEqual(['万科地产相关工作人员']);
    expect(speakers('记者联系了小米公司，其相关负责人表示，“正在核实。”').map(([speaker]) => speaker)).toEqual(['小米公司相关负责人']);
  });

  it('leaves one counted as one (一名工作人员) the bare descriptor', () => {
    expect(speakers('记者联系上沧州市住房和城乡建设局。一名工作人员表示，“我还没关注，得先去问问。”').map(([speaker]) => speaker)).toEqual(['工作人员']);
  });
});

describe('a quote, then what the speaker speaks on and who (“…。”对于近期…，某分析师张大伟表示，…)', () => {
  it('is theirs, as after a day (“…”2月9日，李斌…表示)', () => {
    expect(speakers('“地方政府可以在中央政策基础上微调。”对于近期部分银行下调首付比例，某地产首席分析师张大伟表示，首付下调是趋势。').map(([speaker]) => speaker)).toEqual(['张大伟']);
  });
});

describe('what holdout 25 showed', () => {
  it('reads a programme the speaker appeared on (在港台《千禧年代》表示) as the setting, not the speaker', () => {
    expect(speakers('議員邵家輝今早在港台《千禧年代》表示：「見到最底層嘅人加，其他嘅人唔加。」').map(([speaker]) => speaker)).toEqual(['邵家輝']);
  });

  it('drops 皆 after a counted group (三位老闆皆稱)', () => {
    expect(speakers('不過三位老闆皆稱不受影響，「我哋做飲食嘅，肯定要遠遠超過最低工資。」').map(([speaker]) => speaker)).toEqual(['老闆']);
  });

  it('reads a full name after a long description ending in 的 (身兼…及立法會議員的尚海龍稱)', () => {
    expect(speakers('身兼香港高才通人才服務協會會長及立法會議員的尚海龍稱，新來港高才應支持本地食肆，「有我哋新市民支持，香港餐廳得。」').map(([speaker]) => speaker)).toEqual(['尚海龍']);
  });

  it('gives a quote opening the paragraph under a slashed name tag (慧美／台中／醫院清潔工) to the one tagged, not to a byline', () => {
    expect(speakers('基本工資又要調漲了。', '慧美／台中／醫院清潔工', '「我都吃泡麵啦！很難生活啊！」').map(([speaker]) => speaker)).toEqual(['慧美']);
    expect(speakers('撰文／王小明', '「基本工資又要調漲了。」').map(([speaker]) => speaker)).toEqual([null]);
  });
});
