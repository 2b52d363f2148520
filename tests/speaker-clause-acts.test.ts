import { describe, expect, it } from 'vitest';
import { resolvePerson } from '../lib/content/extract/speakers/coreference';
import { trimSpeakerPhrase } from '../lib/content/extract/speakers/clause';
import { splitSpeakerRole } from '../lib/content/extract/speakers/name-shape';
import { shown } from './speakers-shown';

/**
 * Verbs of saying that are no one's speech act in the sentence they sit in: they must not stand
 * between a named speaker and the quote that closes the speaker's own sentence.
 */

describe('a verb of saying that performs no speech act', () => {
  it('is one predicate of a list joined by 、 (白天四處亂走、說些聽不懂的話)', () => {
    expect(shown('陳秀美說，丈夫出院後狀況更糟，白天四處亂走、說些聽不懂的話，常靠鄰居扶回來，「我現在得照顧他，沒法去工作。」')).toEqual(['陳秀美']);
    expect(shown('陈秀美说，丈夫出院后状况更糟，白天四处乱走、说些听不懂的话，常靠邻居扶回来，“我现在得照顾他，没法去工作。”')).toEqual(['陈秀美']);
  });

  it('is an act the clause denies (开发商没有给出一个合理解释, 對方並未作出任何回應)', () => {
    expect(shown('王小明表示，自己是一期业主，从9月30日到现在，开发商没有给出一个合理解释，“房子质量太差了，木地板踩这头那头响。”')).toEqual(['王小明']);
    expect(shown('林志強指出，公司上月已去信查詢，對方並未作出任何回應，「我們只能等。」')).toEqual(['林志強']);
  });

  it('still lets a body that does explain speak', () => {
    expect(shown('王小明表示，自己是一期业主。开发商解释称，“工期受疫情影响。”')).toEqual(['开发商']);
  });
});

describe('who a speech verb names when its subject points back or is a surname alone', () => {
  it('gives 她 speaking again in the same sentence to that sentence\'s speaker, not to someone mentioned since', () => {
    const shownHere = shown('蔡慶富妻子阿秋說，今年初，蔡慶富口腔內出現白斑，雖立即就醫，但病情仍持續惡化，她說：「親朋好友很多人都罹患口腔癌。」');
    expect(shownHere).not.toContain('蔡慶富');
    expect(shown('王美玲表示，去年公司的李志明加薪被拒後離職，她指出：「這不可能。」')).not.toEqual(['李志明']);
  });

  it('does not run the last speaker on into a surname that fits no one (劉稱 after 劉女士 and 劉小姐)', () => {
    expect(shown('另一名顧客劉女士亦指曾遇過同樣情況。', '最終保安將劉小姐轉介給在場警員，警員向保安稱：「佢話佢今朝入過去喎，俾佢入去啦，佢都話搵下個電話」。保安最後放行。劉事後果然櫃枱附近尋回電話。劉稱：「嗱！都話啦！」她指，曾問保安可否填表代替，「出面個保安話唔得。」')[1]).toBeNull();
  });
});

describe('whom a later 他 or 她 points back at', () => {
  it('is whom the reporter reached or visited (記者聯絡阿新，他說, 探望胡德財，他…)', () => {
    expect(shown('胡英花說，先生仍可以體諒。記者聯絡阿新，他說：「太太也是孝順，我會盡力。」')).toEqual(['阿新']);
    expect(shown('記者與胡英花來到醫院探望胡德財，他手腳布滿結晶石，他說，醫生評估他左腳問題很嚴重，「現在手腳都壞了，不能做事。」')).toEqual(['胡德財']);
  });

  it('is never a company whose name reads like a person\'s (万科董事会主席郁亮…他认为)', () => {
    expect(shown(
      '万科董事会主席郁亮认为今年9月份销售成色不足。',
      '2012年，万科率先提出“行业已进入白银时代”。万科方面也曾表示，尽管白银依然是贵金属，但十年之后，增长会越来越困难。',
      '对于万科转型的问题，郁亮表示，从地产行业转型来看，万科并不是地产业务干不下去了，要换个跑道发展。',
      '他进一步表示，寻找第二增长曲线并不是只做新业务。他认为，“像个生态系统一样，大树有大树的功能，小草有小草的作用。”',
    )).toEqual(['郁亮']);
  });

  it('is not the time of an interview read as a name (他接受《立場》訪問時一度哽咽)', () => {
    expect(shown('他接受《立場》訪問時一度哽咽，「政府一定要走出第一步。」')).not.toContain('時一度');
  });
});

describe('who speaks when the phrase names more or less than one person', () => {
  it('shows no one for several named with their posts (恒大集团董事局主席许家印、副主席总裁夏海钧在业绩会上表示)', () => {
    expect(shown('3月31日，恒大集团董事局主席许家印、副主席总裁夏海钧在业绩会上表示，“房地产黄金时代没有了”。')).toEqual([null]);
  });

  it('ends a described honorific before what they did (在瑪麗醫院外科工作的蘇醫生休放假出席)', () => {
    expect(shown('在瑪麗醫院外科工作的蘇醫生休放假出席，集會期間他舉起紙牌。他認為政府要為現時的局面負最大責任，「解決分歧不是政府不斷譴責。」')).toEqual(['蘇醫生']);
  });

  it('does not give a source on someone\'s side to them (潘母方面的消息指), though 潘母方面表示 is them', () => {
    const known = [{ speaker: '潘母', role: null }];
    expect(resolvePerson('潘母方面的消息', known)).toBeNull();
    expect(resolvePerson('潘母方面表示', known)?.speaker).toBe('潘母');
  });

  it('keeps a mention named as a noun out of the paragraph\'s voice (文件中提到的“暂停拿地”)', () => {
    expect(shown('文件是李思廉本人起草的。但他强调，文件中提到的“暂停拿地”并不是一块地都不拿的意思。“其实这篇文字大家看看后面两句。”')).not.toContain('文件中');
  });
});

describe('words opening the clause before who speaks', () => {
  it('drops 之后/其後 (之后中国恒大曾数次表示)', () => {
    expect(trimSpeakerPhrase('之后中国恒大')).toBe('中国恒大');
    expect(shown('中国恒大公布了境外债务重组方案。之后中国恒大曾数次表示，“债务人多数已支持前述重组方案”。')).toEqual(['中国恒大']);
  });

  it('drops 有其他 before a group (但也有其他管理层曾在2020年直言)', () => {
    expect(trimSpeakerPhrase('但也有其他管理层')).toBe('管理层');
  });

  it('drops the reporter learning from a source, with words between (记者近日也从多位银行业金融机构人士处获悉)', () => {
    expect(shown('记者近日也从多位银行业金融机构人士处获悉，房地产贷款正在“大方向没有改变”的前提下进行微调。')).toEqual(['银行业金融机构人士']);
  });
});

describe('names and titles read whole', () => {
  it('keeps 剛 or 均 ending a name the article gives in full (鄭志剛指)', () => {
    expect(shown(
      '新世界發展執行副主席兼行政總裁鄭志剛今午在論壇上發言。',
      '對於市場人士提出樓市減辣，鄭志剛指：「認同現時樓市和引入辣招情況不同。」',
    )).toEqual(['鄭志剛']);
  });

  it('reads tenants, villagers, parents and influencers as titles before a name (租戶 Lawrence, 網紅陳美美)', () => {
    expect(shown('「申請時不知道樓下會開商場。」從事木工藝術的租戶 Lawrence 說，租金可能急升。')).toEqual(['Lawrence']);
    expect(shown('網紅陳美美在IG上擁有120萬粉絲，然而，她4月時坦承，「我不是人類，我是一個機器人。」')).toEqual(['陳美美']);
  });

  it('drops 如/比如 opening an example and 就 after a title (如某券商就表示)', () => {
    expect(trimSpeakerPhrase('如某券商')).toBe('某券商');
    expect(trimSpeakerPhrase('比如李明')).toBe('李明');
    expect(trimSpeakerPhrase('如今李明')).not.toBe('今李明');
    expect(trimSpeakerPhrase('华南一位基金经理就')).toBe('基金经理');
    expect(trimSpeakerPhrase('一位华东营销总')).toBe('营销总');
    expect(trimSpeakerPhrase('西南证券分析师')).toBe('西南证券分析师');
    expect(trimSpeakerPhrase('丈夫酒後就大聲')).toBeNull();
  });
});

describe('a message posted right before its words', () => {
  it('is its poster\'s (有知情者3月14日下午5点多钟在多个平台发布消息，“…”)', () => {
    expect(shown('网易财经注意到，有知情者3月14日下午5点多钟在多个平台发布消息，“北碚某楼盘发生火灾，消防队到达现场。”')).toEqual(['知情者']);
    expect(trimSpeakerPhrase('李明3月14日下午5時')).toBe('李明');
  });

  it('names no one when the poster is only pointed at with nothing before (該公司昨晚發出聲明：「…」)', () => {
    expect(shown('該公司昨晚發出聲明：「我們對事件深表遺憾。」')).toEqual([null]);
  });
});

describe('a broker\'s stated reasons for a call', () => {
  it('are the broker\'s words (安信证券给予三一重工的推荐逻辑是，“…”, 长城证券给予其推荐逻辑为，“…”)', () => {
    expect(shown(
      '其中，三一重工被8家券商联合推荐。安信证券给予三一重工的推荐逻辑是，“行业继续保持强韧性。”',
      '长城证券给予其推荐逻辑为，“华泰证券的股基交易量行业第一。”',
    )).toEqual(['安信证券', '长城证券']);
  });
});

describe('a quote opening its paragraph, then someone named with their title', () => {
  it('is theirs whatever they do next (「…」從事木工藝術的租戶 Lawrence 憂慮…, “…”华泰证券首席宏观研究员俞平康在报告中判断)', () => {
    expect(shown(
      '「搬進來的時候不知道樓下有商場。」繪畫創作的租戶 Brian 說，他理解業主想盡快回本。',
      '「申請時不知道樓下會開商場，我都是前一兩個星期才知道。」從事木工藝術的租戶 Lawrence 憂慮引入名牌會引致租金急升。',
    )).toEqual(['Brian', 'Lawrence']);
    expect(shown('“猪价上涨带动CPI出现高点的时间很可能在明年上半年。”华泰证券首席宏观研究员俞平康在他发布的研究报告中判断，猪肉价格将继续上涨。')).toEqual(['俞平康']);
  });

  it('is not whose kin or property follows (「…」市民陳大文的兒子…)', () => {
    expect(shown('「這是好消息。」市民陳大文的兒子昨日回家。')).not.toContain('陳大文');
  });
});

describe('more of what stands between a speaker and the verb', () => {
  it('gives a reply received to its sender (岳昕收到校方回复，指…)', () => {
    expect(trimSpeakerPhrase('20 日，岳昕收到校方')).toBe('校方');
  });

  it('drops attending an event (陳仁勇出席新書發表會表示)', () => {
    expect(trimSpeakerPhrase('陳仁勇出席新書發表會')).toBe('陳仁勇');
  });

  it('never points 他 at someone described as a woman, nor 她 at a man (女官員, 男員工)', () => {
    const woman = [{ speaker: '主導盤問卡尼的女官員', role: null }];
    expect(resolvePerson('他', woman)).toBeNull();
    expect(resolvePerson('她', woman)?.speaker).toBe('主導盤問卡尼的女官員');
    expect(resolvePerson('她', [{ speaker: '一名男員工', role: null }])).toBeNull();
  });
});

describe('a quote opening a paragraph whose sentence names its sayer after it', () => {
  it('is the sayer named after a day (“…”2月9日，李斌在一场直播活动中表示…, «…»3月27日，融创中国董事局主席孙宏斌在业绩会上表示)', () => {
    expect(shown(
      '蔚来的换电站去年建了很多。李斌表示，“换电是我们的方向。”',
      '“今年是蔚来的换电站建设大年。”2月9日，李斌在一场直播活动中表示，今年将新建600座换电站。',
    )).toEqual(['李斌', '李斌']);
    expect(shown(
      '王先生表示，“我们会继续观察。”',
      '“我昨天就看到了喜茶的通报，感觉非常不满意。”6月1日下午，王女士向北青报记者表示，她已经投诉。',
    )).toEqual(['王先生', '王女士']);
  });

  it('is not the last paragraph\'s speaker when someone else in the sentence says it (「…」現年七歲的小興一邊…一邊天真地說著)', () => {
    expect(shown(
      '41歲李昆河說：「生到這樣的孩子是折磨。」',
      '「爸爸說我的身體裡有蟲蟲，要乖乖吃藥才會好喔！」現年七歲的小興一邊勉強地把藥丸和水吞下，一邊天真地說著。',
    )).toEqual(['李昆河', null]);
  });
});

describe('ages and kin before a familiar name', () => {
  it('drops an age before the name (41歲李昆河說, 現年七歲的小興)', () => {
    expect(trimSpeakerPhrase('41歲李昆河')).toBe('李昆河');
    expect(resolvePerson('現年七歲的小興', [])?.speaker).toBe('小興');
  });

  it('reads an elder\'s familiar name after a kin word (小興的阿嬤牡丹婆說)', () => {
    expect(resolvePerson('小興的阿嬤牡丹婆', [])?.speaker).toBe('牡丹婆');
  });

  it('drops a day counted from today after the name (库德洛前天对CNBC表示)', () => {
    expect(trimSpeakerPhrase('库德洛前天对CNBC')).toBe('库德洛');
    expect(trimSpeakerPhrase('沈阳独家回应《新京报》')).toBe('沈阳');
  });
});

describe('praise handed straight to its words', () => {
  it('names who praises (李淳肯定「終於走了大膽而且必要的一步」)', () => {
    expect(shown('中經院台灣WTO中心資深副執行長李淳肯定「終於走了大膽而且必要的一步」，但想拿入場券，仍必須面對挑戰。')).toEqual(['李淳']);
  });

  it('leaves 肯定 as "surely" alone (市場肯定不會…)', () => {
    expect(shown('李淳表示，市場肯定不會放過這個機會，「大家都在等」。')).toEqual(['李淳']);
  });
});

describe('a body the reporter got in touch with', () => {
  it('is who 对方 means (记者…与广州市万科物业管理有限公司…服务中心取得联系，对方称“…”)', () => {
    expect(shown('5月28日上午，新京报记者按照业主提供的电话与广州市万科物业管理有限公司万科金色梦想物业服务中心取得联系，对方称“需要问一下领导。”')).toEqual(['广州市万科物业管理有限公司万科金色梦想物业服务中心']);
  });
});

describe('a firm or a post before a name, and what the firm did first', () => {
  it('reads the person after their firm with no title between (浙江裕丰律师事务所厉健在接受采访时表示)', () => {
    expect(splitSpeakerRole('浙江裕丰律师事务所厉健')).toEqual({ speaker: '厉健', role: '浙江裕丰律师事务所' });
    expect(splitSpeakerRole('美光公司周三').speaker).not.toBe('周三');
  });

  it('reads a chief of staff or a senior executive as a title (前白宮幕僚長Mick Mulvaney, 前高層Barbara Res)', () => {
    expect(splitSpeakerRole('特朗普的前白宮幕僚長Mick Mulvaney').speaker).toBe('Mick Mulvaney');
    expect(splitSpeakerRole('特朗普集團前高層Barbara Res').speaker).toBe('Barbara Res');
  });

  it('drops what the words are about and a message posted first (广州万科物业方面就此事回应, 链家方面发布消息称)', () => {
    expect(trimSpeakerPhrase('广州万科物业方面就此事')).toBe('广州万科物业');
    expect(trimSpeakerPhrase('链家方面发布消息')).toBe('链家');
  });
});

describe('someone cited inside a person’s reported words', () => {
  it('does not take over as the voice a later sentence’s quote goes on with', () => {
    expect(shown('陈厚彬表示，今年3月初，国家荔枝龙眼产业技术体系预计荔枝全年产量为253万吨左右。但产量有所下滑。“今年不算是传统意义的小年。”')).toEqual(['陈厚彬']);
    expect(shown('唐振表示，去年公司也曾预计業績上揚。「今年的情況完全不同。」')).toEqual(['唐振']);
  });

  it('holds for an unnamed source stating a view too (该高层表示，…公司觉得…; 业内人士认为，…淘宝在攻击…)', () => {
    expect(shown('某OTA厂商高层透露，去哪儿提价。', '该高层表示，去哪儿对于公司而言是一个渠道，公司觉得划算就投放，觉得不划算就停止投放。“新的体系出现后，性价比没有了。”')).toEqual(['某OTA厂商高层']);
    expect(shown('还有业内人士认为，一方面淘宝在攻击去哪儿的机票业务，另一方面竞争也在加剧。“这场仗谁输了谁以后的日子就不好过。”')).toEqual(['业内人士']);
  });

  it('does not hold inside a post (网民留言，有人说)', () => {
    expect(shown('胡锡进的视频吸引大批网民留言，有人说“我们绝不退让！”。“支持，请现在出发。”')).not.toContain('胡锡进的视频吸引大批网民');
  });

  it('still takes over inside an outlet’s report, which hands the words on (《华尔街日报》报导，…，方慧兰表示，)', () => {
    expect(shown('《华尔街日报》报导，周五上午，在会谈后，方慧兰表示，加拿大决心站起来。“我们正在寻找一个很好的协议。”')).toEqual(['方慧兰']);
    expect(shown('据彭博报导，特朗普补充称，“他们的消费者习惯是买本地产的汽车。”', '“欧盟几乎与中国一样糟糕，”彭博援引特朗普的话称。')).toEqual(['特朗普', '特朗普']);
  });
});

describe('teasing as the words are given', () => {
  it('is a verb of saying before punctuation (左晖…在朋友圈中调侃，“…”)', () => {
    expect(shown('左晖彼时还在朋友圈中调侃，“A买B房子，B反悔，法院支持A。”')).toEqual(['左晖']);
    expect(shown('對於網友的質疑，李明調侃道：「我也很無奈。」')).toEqual(['李明']);
  });
});

describe('what the narrator saw someone do (只見…說)', () => {
  it('is not part of who speaks', () => {
    expect(shown('曾有一次，老師在課堂談到抽菸後遺症，只見王小明說：「我的爸爸有抽菸。」')).toEqual(['王小明']);
  });
});

describe('a body’s arm in a city, the body named elsewhere', () => {
  it('is shown though the arm is written once (重庆万科 where 万科 recurs)', () => {
    expect(shown('万科回应称，项目正在整改。', '业主对万科物业不满。', '万科表示将配合调查。', '3月14日晚间，重庆万科在微博对业主的质问回复称：“经初步判断，为现场电焊火星引燃防水卷材导致。”')).toEqual(['重庆万科']);
  });
});

describe('a group counted in figures or words (两位高层都表示)', () => {
  it('is the group, as many', () => {
    expect(shown('两位高层都表示，截至目前对方还没有任何反应，“到时候合适了再上。”')).toEqual(['高层']);
    expect(shown('3名业主均表示：“交房时间一再推迟。”')).toEqual(['业主']);
  });
});

describe('a verb of saying after a semicolon with no subject of its own (；並指出，因此「…」)', () => {
  it('goes on in the voice of the sentence, for a whole saying too', () => {
    expect(shown('羅奇表示，「錯誤在於過度依賴數據且缺乏戰略視角」；並指出，因此「不應再進行大規模降息，除非發生真正糟糕的事情」。')).toEqual(['羅奇', '羅奇']);
    expect(shown('罗奇表示，“错误在于过度依赖数据”；也指出：“不应再大规模降息，除非发生真正糟糕的事情。”')).toEqual(['罗奇', '罗奇']);
  });

  it('leaves a whole saying after a semicolon to the one who says it', () => {
    expect(shown('羅奇表示，「錯誤在於過度依賴數據」；國民黨主張「台灣沒事，日本沒事」。')).toEqual(['羅奇', '國民黨']);
  });
});

describe('agreeing with someone’s view, then the words (帕克同意羅奇的觀點，即「…」)', () => {
  it('gives the words to the one agreeing', () => {
    expect(shown('顧問帕克 (Bob Parker) 同意羅奇的觀點，即「聯準會根本不存在大幅降息的理由」。')).toEqual(['帕克']);
    expect(shown('张明认同李强的看法：“美联储根本不存在大幅降息的理由”。')).toEqual(['张明']);
  });

  it('leaves one who must agree to a view unsaid', () => {
    expect(shown('公司必須同意監管機構的意見，「全面停止營業」。')).toEqual([]);
  });
});

describe('an attack suffered or named as a noun (駭客攻擊更難辨, 受攻擊, 國家級攻擊)', () => {
  it('is no one’s words, so a later 他 goes back to the one speaking', () => {
    expect(shown('商業周刊專訪亞馬遜的首席安全長施密特（Steve Schmidt），他認為，一是生成式AI崛起，駭客攻擊更難辨，二是企業開始遭遇國家級攻擊。', '生成式AI正在改變資安的運作，「關鍵是，攻擊方和防守方都在改變」，他分析。', '施密特解釋，常見攻擊方式是先盜取身份，「以前我們收到釣魚信件很容易看出」，他說。')).toEqual(['施密特', '施密特']);
  });
});

describe('an errand that ends by turning to whom it speaks (並派員前往經產省當面向主管官員說明)', () => {
  it('gives the addressee no words', () => {
    expect(trimSpeakerPhrase('並派員前往經產省當面向主管官員')).toBeNull();
    expect(trimSpeakerPhrase('當面向主管官員')).toBeNull();
  });
});

describe('a name, then 對於 and its topic, then the verb of saying (季风对于…无人问津，接受本台采访时说)', () => {
  it('is the name, 對 never glued to it', () => {
    expect(shown('北京异议人士季风对于政府出让的土地无人问津，接受本台采访时说：“但是急刹车是刹不住的。”')).toEqual(['季风']);
    expect(trimSpeakerPhrase('王强对于')).toBe('王强');
  });
});

describe('預期 as the forecast beaten (股價表現已遠勝預期，「…」)', () => {
  it('is no one expecting, so the sentence’s speaker keeps the words', () => {
    expect(shown('雷軍表示，這次小米上市從低點開始，未必是壞事，又指股價表現已遠勝預期，「長期持有小米，一定有錢賺」。')).toEqual(['雷軍']);
  });
});
