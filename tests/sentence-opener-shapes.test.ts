import { describe, expect, it } from 'vitest';
import { shown } from './speakers-shown';

/**
 * Who speaks when the sentence opens on them and a later clause, its subject dropped, hands over the words; titles, callings
 * and unnamed sources the name lists missed; and shapes two fresh holdouts showed.
 * Sentences invented for these tests, to shapes found in unlabelled copy.
 */

describe('a later clause of the one the sentence opens on', () => {
  it('gives the words to the titled person opening the sentence when the verb\'s own phrase is a cut of the clause (也改變立場稱)', () => {
    expect(shown('嘉華國際主席呂志和，昨被問及對特首候選人的看法，也改變立場稱「個個做特首都好。」')).toEqual(['呂志和']);
  });

  it('does so past a forum named in quotes (易纲也于近日在…“…”课题成果发布会上公开回应称)', () => {
    const speakers = shown('央行行长易纲也于近日在中国发展研究基金会“人民币汇率制度改革影响评估”课题成果发布会上公开回应称，该方案“没有履行完程序”。');
    expect(speakers.at(-1)).toBe('易纲');
  });

  it('does so for a name the article gives other words to (陳乙東在送院之後，心有不忿向記者稱)', () => {
    expect(shown('陳乙東說：「我冇做錯。」陳乙東在送院之後，心有不忿向記者稱：「人在做，天在看。」')).toEqual(['陳乙東', '陳乙東']);
  });

  it('gives them to no one when the sentence opens on several (黃迺元及幹事杜振豪…，指原因「…」)', () => {
    expect(shown('黃迺元說：「甲。」杜振豪說：「乙。」前職工盟主席黃迺元及幹事杜振豪去年取消申辦五一遊行，並心有不忿指出：「大眾心中有數。」')).toEqual(['黃迺元', '杜振豪', null]);
  });

  it('gives them to no one when someone else the article names stands in the later clauses (回應溫家寶指「…」)', () => {
    const paragraphs = ['候選人唐英年說：「甲。」總理溫家寶說：「乙。」唐英年昨日到灣仔拉票時，首度開腔回應溫家寶指「香港定能選出一位為多數港人擁護的特首」言論。'];
    expect(shown(...paragraphs)).toEqual(['唐英年', '溫家寶', null]);
  });

  it('gives them to no one when the later clause has a person of its own (婆婆有條理地答)', () => {
    expect(shown('主席阿華說：「甲。」阿華在拖鞋旁發現家貓白骨，婆婆有條理地答︰「我見佢幾趣怪。」')).toEqual(['阿華', null]);
  });

  it('reads 他 after 惟, as Hong Kong copy writes "but" (惟他同時認為)', () => {
    expect(shown('自由黨主席邵家輝說：「甲。」他理解勞工團體為工友爭取福利，惟他同時認為：「有成果大家一齊分享。」')).toEqual(['邵家輝', '邵家輝']);
  });
});

describe('titles and callings before a name', () => {
  it('reads a day in Chinese numerals after the name as when, not part of it (陸慷廿八日表示)', () => {
    expect(shown('中國外交部發言人陸慷廿八日表示：「劉曉波是中國公民。」')).toEqual(['陸慷']);
  });

  it('never parts a title between the role and the name (主教练瑞卡 is no 练瑞卡)', () => {
    expect(shown('主教练瑞卡认为：“球队现在有不少伤病。”')).not.toContain('练瑞卡');
    expect(shown('球队主教练王建国认为：“球队现在有不少伤病。”')).toEqual(['王建国']);
  });

  it('reads the parties of a court report and a street\'s people as roles (被告伍志強, 街坊朱太, 護士長王建國)', () => {
    expect(shown('被告伍志強說：「甲。」伍續說：「其實當時列車已開。」')).toEqual(['伍志強', '伍志強']);
    expect(shown('街坊朱太則說：「有一段時間好唔舒服。」')).toEqual(['朱太']);
    expect(shown('护士长王建国认为：“病房人手不足。”')).toEqual(['王建国']);
  });

  it('reads no name out of what follows the many of a kind, nor out of a title\'s end (外國遊客來港, 农民工|王建国)', () => {
    expect(shown('外國遊客來港後表示：「做精些、做專些。」')).not.toContain('來港');
    expect(shown('农民工王建国说：“工资还没发。”')).not.toContain('工王建国');
    expect(shown('被告隨即接上說出：「蕭義有。」')).not.toContain('隨即接上');
  });

  it('reads a head coach (主帅) and a calling in 人 (媒體人) as roles before the name', () => {
    expect(shown('主帅王建国认为：“球队现在有不少伤病。”')).toEqual(['王建国']);
    expect(shown('資深北京媒體人高瑜昨接受《蘋果》記者採訪時說：「只能派同級別的人。」')).toEqual(['高瑜']);
  });
});

describe('a verb glued to the name after a title', () => {
  it('reads insisting, recalling and testifying as verbs (堅稱, 憶說, 細說, 供稱)', () => {
    for (const verb of ['堅稱', '憶說', '細說', '供稱']) expect(shown(`董事長王建國${verb}：「今年市道不錯。」`)).toEqual(['王建國']);
  });

  it('never shows a name with a verb\'s first character on it (王建國盼, 王建國冀, 王建國懟)', () => {
    for (const verb of ['盼', '冀', '懟', '怨']) expect(shown(`董事長王建國${verb}：「今年市道不錯。」`)).not.toContain(`王建國${verb}`);
  });
});

describe('unnamed sources as LABELS.md writes them', () => {
  it('drops the reporter\'s meeting and its count (记者采访的多位业主 → 业主, 本報訪問的幾名市民 → 市民)', () => {
    expect(shown('记者采访的多位业主均表示：“今年市场不错。”')).toEqual(['业主']);
    expect(shown('本報訪問的幾名市民都表示：「今年市道不錯。」')).toEqual(['市民']);
  });

  it('drops a Hong Kong district or a Taiwan county and the count after it (大埔一間茶餐廳負責人 → 茶餐廳負責人)', () => {
    expect(shown('大埔一間茶餐廳負責人表示：「今年市道不錯。」')).toEqual(['茶餐廳負責人']);
    expect(shown('台中一名業者無奈表示：「今年市道不錯。」')).toEqual(['業者']);
    expect(shown('阿里巴巴一位員工表示：「今年市道不錯。」')).toEqual(['阿里巴巴員工']);
  });

  it('drops a named place before a trade or shop whose people speak (花蓮知名飯店業者 → 知名飯店業者), and a region before a count', () => {
    expect(shown('花蓮知名五星級飯店業者表示：「今年市道不錯。」')).toEqual(['知名五星級飯店業者']);
    expect(shown('大埔陳漢記負責人表示：「今年市道不錯。」')).toEqual(['陳漢記負責人']);
    expect(shown('区域内一央企人士表示：“今年市场不错。”')).toEqual(['央企人士']);
  });

  it('keeps a place that is part of the body or a company\'s arm in the city (深圳市政府官员, 广州万科物业相关负责人)', () => {
    expect(shown('深圳市政府官员表示：“今年市场不错。”')).toEqual(['深圳市政府官员']);
    expect(shown('香港政府消息人士表示：「今年市道不錯。」')).toEqual(['香港政府消息人士']);
    expect(shown('广州万科物业相关负责人表示：“今年市场不错。”')).toEqual(['广州万科物业相关负责人']);
  });

  it('reads an agent by trade as a source, though named once (杭州一位房产中介)', () => {
    expect(shown('杭州一位房产中介告诉记者：“今年市场不错。”')).toEqual(['房产中介']);
  });
});

describe('shapes a fresh holdout showed', () => {
  it('reads a PR officer as a role, not 公關公司 as a title and a name (北市捷運局公關凌啟堯)', () => {
    expect(shown('對此，北市捷運局公關凌啟堯表示：「通常表演單位提交檔期申請。」')).toEqual(['凌啟堯']);
    expect(shown('專欄作家羅金說：「甲。」他在Twitter公開回覆公關公司的電郵，稱他不得接受「作為外國政府情報機構一部分的外國企業的餽贈」。')).toEqual(['羅金', '羅金']);
  });

  it('leaves out a feeling the speaker could not hide (難掩激動地說) and reads whom the reporter asked (記者詢問…此事，他表示)', () => {
    expect(shown('記者詢問阿妹經紀人陳鎮川此事，他表示要先了解狀況，他承認獲知此事，難掩激動地說：「對於這樣的結果我覺得非常不公平。」')).toEqual(['陳鎮川']);
  });

  it('reads a full name after a long institution\'s post, before or after the quote (…研究室主任王业强)', () => {
    expect(shown('“房地产投资占比越大，说明这个地方经济受房地产影响越大。”中国社科院城市发展与环境研究所土地经济与不动产研究室主任王业强对时代周报记者指出。')).toEqual(['王业强']);
    expect(shown('“叙利亚产油量原本就不多，”中石油集团经济技术研究院石油市场研究所副所长陈蕊判称，“尽管叙利亚石油产量小，但其地理位置重要。”')).toEqual(['陈蕊', '陈蕊']);
  });

  it('gives no one the words when the sentence turns to 她 after a paragraph that calls the speaker 他', () => {
    expect(shown('經紀人陳鎮川說：「甲。」他也質疑為何不能有明確規定，實在太不合理。她希望小巨蛋能有更好方案，「我對於在小巨蛋開演唱會有很深厚的感情。」')).toEqual(['陳鎮川', null]);
  });

  it('keeps the speaker named after the 他, and 他 inside someone\'s words (蔡英文隨後…。她說, 「當他說起女兒…」她說)', () => {
    expect(shown('艾薩說：「甲。」他是訪台的最高級官員。總統蔡英文隨後發表演說。她說：「最重要的是建立安全關係。」')).toEqual(['艾薩', '蔡英文']);
    expect(shown('家长李华说：“甲。”“当他说起女儿时我嫉妒，”她说，“不过我们至少有一人在家。”')).toEqual(['李华', '李华', '李华']);
  });
});

describe('shapes a second fresh holdout showed', () => {
  it('resolves 上述 with a place to the source counted as one there (上述深圳私募基金人士 → 私募基金人士), not a group named since', () => {
    const text = '而深圳一位私募基金人士则认为目前震荡市的格局并没有转换。“震荡市中上涨是卖出的好机会。”他说。在短线上，接受采访的私募基金人士都表示应该把握轮动行情。“短线尤其要回避金融、地产等个股。”上述深圳私募基金人士说。';
    expect(shown(text)).toEqual(['私募基金人士', '私募基金人士']);
  });

  it('resolves 上述 with a fuller description to the source named briefly before (上述沪上某规模较大的基金公司市场总监 → 某基金公司总监)', () => {
    const text = '“有爹有娘的孩子就是不一样。”沪上某基金公司总监的感叹中不无哀怨。“人家是有娘的孩子有奶喝。”上述沪上某规模较大的基金公司市场总监表示。';
    expect(shown(text)).toEqual(['某基金公司总监', '某基金公司总监']);
  });

  it('gives a crowd its complaint owned right before the quote, inside another\'s report (解决米粉们“…”的槽点)', () => {
    expect(shown('雷军说：“甲。”雷军介绍，本次新品将线上线下同步发售，全力解决米粉们“小米手机买不到，小米手机不好买”的槽点。')).toEqual(['雷军', '米粉']);
  });

  it('gives no one a quote opening the sentence after others\' criticism (却引来一些基金公司的非议。“…”)', () => {
    expect(shown('“有爹有娘的孩子就是不一样。”沪上某基金公司总监的感叹中不无哀怨。银行系基金无往不胜，却引来一些基金公司的非议。“业绩不咋地，发行上却占尽优势！”')).toEqual(['某基金公司总监', null]);
  });

  it('reads a name before a predicate a report opens with, for a later 他 (董事長王建國決定返台創業。他表示)', () => {
    expect(shown('董事長王建國決定返台創業。他表示：「我們有信心。」')).toEqual(['王建國']);
  });
});
