import { describe, expect, it } from 'vitest';
import { kindOf, spoken } from './quote-kind-context';


describe('words of attack or praise', () => {
  // Shapes from guancha.cn (王神爱 article) and rancaijing.com (00后 at work).
  it('reads what attackers said as speech', () => {
    expect(kindOf('不少网友都表达了对这种观念的抵触，甚至攻击王神爱有', '精神疾病', '。')).toBe('speech');
    expect(kindOf('除了自己被攻击', '炒房', '，家里人也被舆论牵连了。')).toBe('speech');
    expect(kindOf('已经从负责保洁的阿姨嘴里，耳闻秋秋经常帮着搬东西，夸奖', '小姑娘特别热心', '。')).toBe('speech');
  });

  it('leaves a body named after the verb a term', () => {
    expect(kindOf('議員攻擊', '太平洋島國論壇', '。')).toBe('term');
  });
});

describe('a state or outcome in reported speech', () => {
  // Shapes from hkej.com (陳茂波's blog), icable.com (德加洛) and pchome (吳東亮).
  it('reads the speaker\'s figurative object as speech', () => {
    expect(kindOf('陳茂波稱,…有必要做好防風準備,為經濟築起', '防波堤', ',把更多錢留在市民的口袋', spoken)).toBe('speech');
    expect(kindOf('陳茂波稱,…把更多錢留在市民的口袋,希望', '穩住信心', '、保就業、利消費。', spoken)).toBe('speech');
    expect(kindOf('德加洛指,…警告若央行遏制通脹的努力被破壞,將面臨', '惡性循環', '的風險。', spoken)).toBe('speech');
    expect(kindOf('吳東亮認為今年台灣景氣面臨', '內外皆溫', ',預估將穩定成長', spoken)).toBe('speech');
  });

  it('reads a figure of speech measured by 股 as the speaker\'s', () => {
    expect(kindOf('陳茂波稱,過去幾個月外圍及本地的環境持續轉弱,這股', '經濟颱風', '已掛起「□□□□」', spoken)).toBe('speech');
    expect(kindOf('這股', '經濟颱風', '已掛起「□□□□」')).toBe('term');
  });

  it('needs someone speaking in the sentence', () => {
    expect(kindOf('今年台灣景氣面臨', '內外皆溫', ',預估將穩定成長')).toBe('term');
  });

  it('keeps a standard name or a classed name a term', () => {
    // 掛起「三號風球」 names a signal: the verb is not one that takes a state.
    expect(kindOf('陳茂波稱,這股經濟颱風已掛起', '三號風球', ',且其路徑正面地吹襲香港', spoken)).toBe('term');
    expect(kindOf('他說,香港希望', '北部都會區', '計劃盡快落地。', spoken)).toBe('term');
    expect(kindOf('他說,業界希望加入', '大灣區金融聯盟', '。', spoken)).toBe('term');
  });

  it('does not take a single character for wording', () => {
    expect(kindOf('他表示,市場正走向', '穩', '。', spoken)).toBe('term');
  });
});

describe('protesters\' demands', () => {
  // Shape from cnyes.com (亞泥股東會).
  it('reads the banner\'s words as the protesters\' speech', () => {
    expect(kindOf('會議一開始,就有小股東就拉布條抗議,要求', '礦場轉型', ',數度打斷議程')).toBe('speech');
  });

  it('leaves a demand without a protest to the other rules', () => {
    expect(kindOf('監管機構要求各銀行落實', '穿透式監管', '。')).toBe('term');
  });
});

describe('a list of verdicts after a copula', () => {
  // Shapes from nownews.com (林楚茵) and rancaijing.com (00后 at work).
  it('reads epithets listed after 是 in someone\'s sentence as speech', () => {
    expect(kindOf('林楚茵今日表示，時間證明國民黨是', '股海冥燈', '、「□□□□□□」。', spoken)).toBe('speech');
    expect(kindOf('一些00后的职场态度，被部分企业认为是', '摆烂', '、“□□”、“□□□□”，但', spoken)).toBe('speech');
  });

  it('keeps an aim or a name after 是 a term', () => {
    expect(kindOf('他表示，今年的重點是', '降本增效', '、「□□□□」。', spoken)).toBe('term');
    expect(kindOf('他表示，最大的受益者是', '大灣區金融聯盟', '、「□□□□」。', spoken)).toBe('term');
  });
});

describe('couplets', () => {
  // Shapes from caijing.com.cn (校外教培) and lingtai (小米).
  it('reads an unattributed couplet as a slogan', () => {
    expect(kindOf('“双减”的紧箍咒越发严格，校外教培行业不得不', '放弃幻想，面对现实', '。')).toBe('term');
    expect(kindOf('无论是苹果的', '一招鲜，吃遍天', '，还是华为的mate主打商务')).toBe('term');
  });

  it('keeps a couplet someone says, or one of unequal halves, speech', () => {
    expect(kindOf('他在會上表示，', '放下分歧，齊心應對', '。', spoken)).toBe('speech');
    expect(kindOf('雷军说', '一招鲜，吃遍天', '。')).toBe('speech');
    expect(kindOf('不得不', '明年会更好，大家继续努力', '。')).toBe('speech');
  });
});

describe('rules that stay as they were', () => {
  it('keeps a headline a term however long', () => {
    expect(kindOf('該報發表題為', '美國經濟正走向衰退，聯儲局應盡快減息', '的社論', spoken)).toBe('term');
  });

  it('reads a short statement after a bare subject as speech', () => {
    expect(kindOf('記者向公司查詢,公司', '不予置評', '。', spoken)).toBe('speech');
  });
});

describe('a claim, rumour or wish the words after the quote name', () => {
  // Shapes from chinanews.com.cn (核污染水) and guancha.cn (王神爱).
  it('reads the words of a claim, rumour or wish as speech, even when a naming word comes before', () => {
    expect(kindOf('这自证了日方所谓核污染水', '安全', '的说辞绝不可信，')).toBe('speech');
    expect(kindOf('首先，对于微博上', '她妈临死前她才知道改变', '的传言，她表示，')).toBe('speech');
    expect(kindOf('她就靠衣服达成了', '基本不在这上面花钱', '的心愿。')).toBe('speech');
  });

  it('leaves a name going round, called a 說法, a term', () => {
    expect(kindOf('女高管一句话，乃至于', '屌丝机', '的说法得以大行其道。')).toBe('term');
  });
});

describe('a claim introduced by the verb of claiming and 的', () => {
  it('reads the claimed words as speech', () => {
    expect(kindOf('事实证明，东电管理体制存在漏洞，日方宣称的', '安全、透明', '的排海计划不能令人信服。')).toBe('speech');
    expect(kindOf('這與他所說的', '穩中求進', '並不一致。')).toBe('speech');
  });

  it('needs the verb of claiming right before the quote', () => {
    expect(kindOf('日方宣称，将推进', '安全、透明', '的排海计划。')).toBe('term');
  });
});

describe('an utterance counted, a rumour or a thought before the quote', () => {
  // Shapes from lingtai (小米), rancaijing.com (00后 at work), lxinsight (有赞) and hkcnews.com (columns).
  it('reads what the counted utterance says as speech', () => {
    expect(kindOf('女高管一句小米', '得屌丝得天下', '，乃至于')).toBe('speech');
    expect(kindOf('但他们每说一条，我都会问一句', '凭什么', '。')).toBe('speech');
  });

  it('reads a rumour\'s wording as speech', () => {
    expect(kindOf('这波裁员并未像公司内部传言一般', '裁1500人', '，据宋晓慧回忆，')).toBe('speech');
  });

  it('reads a thought closing its clause as speech', () => {
    expect(kindOf('如果同樣的事情發生在今天，你會覺得', '穩定人心', '？抑或是')).toBe('speech');
    expect(kindOf('大家棒打落水狗也來不及、大概覺得它根本', '唔抵可憐', '（要注意：')).toBe('speech');
  });

  it('leaves a slogan counted as one, or a name the thought runs on from, a term', () => {
    expect(kindOf('新聞稿最後一句口號', '智造未來', '。')).toBe('term');
    expect(kindOf('投資者覺得', '一帶一路', '倡議有機會。')).toBe('term');
  });
});

describe('saying what someone is', () => {
  // Shape from rancaijing.com (00后 at work).
  it('reads the verdict on the one spoken of as speech', () => {
    expect(kindOf('领导和我谈转正时候，还特意点我，说我是', '公司下班第一人', '。', spoken)).toBe('speech');
  });

  it('keeps a name the speaker gives with 為 a term', () => {
    expect(kindOf('他稱其為', '北部都會區', '。', spoken)).toBe('term');
  });
});

describe('a stance towards something, in someone\'s sentence', () => {
  // Shape of a spokesperson's answer (LABELS.md: a spokesperson's 「密切關注」 is speech).
  it('reads the stance closing the clause as speech', () => {
    expect(kindOf('外交部發言人表示，中方對事態發展', '高度關注', '。', spoken)).toBe('speech');
    expect(kindOf('他指出，市場對聯儲局減息預期', '過於樂觀', '，投資者宜審慎。', spoken)).toBe('speech');
    expect(kindOf('答：中方對美方有關做法', '堅決反對、強烈不滿', '。')).toBe('speech');
  });

  it('does not take 對 inside a word for the preposition, nor a name the sentence runs on from', () => {
    expect(kindOf('答：中方堅決反對美方所謂', '對等關稅', '。')).toBe('term');
    expect(kindOf('他表示，要針對市場', '炒賣', '。', spoken)).toBe('term');
    expect(kindOf('他表示，公司對', '一帶一路', '倡議充滿信心。', spoken)).toBe('term');
  });

  it('needs someone speaking or answering', () => {
    expect(kindOf('市場對聯儲局減息預期', '過於樂觀', '。')).toBe('term');
  });
});

describe('criticism, and calling something by the speaker\'s word', () => {
  it('reads what the critic says of the one criticised as speech', () => {
    expect(kindOf('他批評政府', '漠視民意', '。')).toBe('speech');
  });

  it('reads 稱…為「…」 and 形容…是「…」 as the speaker\'s words', () => {
    expect(kindOf('他稱有關做法為', '政治操作', '。')).toBe('speech');
    expect(kindOf('經濟學家形容這次加息是', '鷹派減息', '。')).toBe('speech');
  });

  it('keeps 稱 inside a noun and the passive naming a term', () => {
    expect(kindOf('星華反光公告，公司證券簡稱變更為', '星華新材', '。')).toBe('term');
    expect(kindOf('多家國有大行相繼下調存款利率，被業內稱為', '降息潮', '。')).toBe('term');
  });
});

describe('a description given in words, and saying what oneself is', () => {
  it('reads the word a description is given with as speech', () => {
    expect(kindOf('他又以', '穩健', '形容銀行體系。', spoken)).toBe('speech');
  });

  it('reads what a speaker says they are as speech', () => {
    expect(kindOf('她笑言自己是', '打工皇帝', '。', spoken)).toBe('speech');
  });

  it('reads a hardship the speaker says is faced as speech', () => {
    expect(kindOf('他說，業界正面對', '寒冬', '。', spoken)).toBe('speech');
  });
});

describe('a verb of mentioning', () => {
  // Shape from an RTHK item (李梓敬 at the Finance Committee).
  it('reads the short thing mentioned as a term, though the verb is one of saying', () => {
    expect(kindOf('新民黨議員李梓敬關注財政預算案並無提及', '明日大嶼', '，有關計劃', spoken)).toBe('term');
  });

  it('keeps a clause quoted after it speech', () => {
    expect(kindOf('他在會上提到', '我們不會放棄香港市場，會繼續加大投資', '。', spoken)).toBe('speech');
  });
});

describe('a paragraph of reported speech after its first sentence', () => {
  // Shape from xinhua.net (陆金所 spokesperson).
  it('reads a state the speaker says is faced as speech in a later sentence of their paragraph', () => {
    expect(kindOf('虽然个别企业短期会经历', '阵痛', '，但长期来看，可以避免企业走弯路。', { spokenEarlierInParagraph: true })).toBe('speech');
  });

  it('needs someone to have spoken in the paragraph', () => {
    expect(kindOf('虽然个别企业短期会经历', '阵痛', '，但长期来看，可以避免企业走弯路。')).toBe('term');
  });
});

describe('a quantified subject and quotes listed one after another', () => {
  // Shape from stcn.com (李兴乾 on foreign-trade firms).
  it('reads a predicate after a quantified subject, followed by more quotes, as the speaker\'s words', () => {
    expect(kindOf('李兴乾表示，今年以来，困难增多，导致利润空间受挤压，部分外贸企业', '有单不想接', '“□□□□□”，中小外贸企业受影响更大。', spoken)).toBe('speech');
  });

  it('leaves a quoted name a verb runs into a term, listed or not', () => {
    expect(kindOf('他表示，部分企业推出', '以旧换新', '“□□□□”活动。', spoken)).toBe('term');
  });
});

describe('a list summed up by 等 as the subject', () => {
  it('reads the quote after the list\'s class as its predicate, the speaker\'s words', () => {
    expect(kindOf('李兴乾表示，原材料价格上涨、海运物流不畅、用工成本上升等困难', '四碰头', '，导致外贸企业经营成本上升。', spoken)).toBe('speech');
  });

  it('leaves a name after a class of products a term', () => {
    expect(kindOf('他表示，公司推出手機、平板等產品', '小米之家', '。', spoken)).toBe('term');
  });
});

describe('an opinion framed by whose view it is', () => {
  // Shape from lxinsight (有赞); the negative from 36kr (高瓴).
  it('reads the wording closing the framed clause as speech', () => {
    expect(kindOf('在近期离职的有赞员工宋晓慧看来，春节后的这波裁员在', '意料之中、预期之外', '。')).toBe('speech');
  });

  it('leaves a strategy or scheme named inside the frame a term', () => {
    expect(kindOf('在张磊看来，以深度赋能为媒介，这是高瓴的', '第二哑铃战略', '。')).toBe('term');
  });
});

describe('saying what someone is, with no one else said to speak', () => {
  it('reads the verb of saying and whom it is said of as enough', () => {
    expect(kindOf('实习期结束，领导和我谈转正时候，还特意点我，说我是', '公司下班第一人', '。')).toBe('speech');
    expect(kindOf('有游客赞它', '颇具唐风宋韵', '——')).toBe('speech');
  });
});

describe('words said, then whoever said them', () => {
  // Shape from a hkcnews.com column (國泰).
  it('reads the words as speech when 的 leads on to the sayer', () => {
    expect(kindOf('國泰在反送中運動中與廣播', '加油', '的機師割席。')).toBe('speech');
    expect(kindOf('警方驅散高喊', '光復元朗', '的示威者。')).toBe('speech');
  });

  it('leaves words the sentence runs on from to a thing a term', () => {
    expect(kindOf('電台廣播', '加油', '的廣告。')).toBe('term');
  });
});

describe('aspect words before the quote', () => {
  it('reads a quote after 曾 or 正在 in reported speech as the predicate, the speaker\'s words', () => {
    expect(kindOf('李醫生指，不少護士事後才知道自己曾', '被誤導', '，情況令人擔心。', spoken)).toBe('speech');
    expect(kindOf('發言人表示，雙方的磋商正在', '穩步推進', '。', spoken)).toBe('speech');
  });

  it('needs someone speaking in the sentence', () => {
    expect(kindOf('雙方的磋商正在', '穩步推進', '。')).toBe('term');
  });
});

describe('a degree adverb before the quote', () => {
  it('reads a graded quality in reported speech as the speaker\'s wording, 為 after the adverb being no naming', () => {
    expect(kindOf('工會指，三間醫院之中以東區醫院最為', '危險', '，人手亦最緊張。', spoken)).toBe('speech');
    expect(kindOf('分析師認為，今年的減息步伐會更', '審慎', '。', spoken)).toBe('speech');
  });

  it('still reads 變更為 and a plain 為 as naming', () => {
    expect(kindOf('公司表示，證券簡稱變更為', '新能科技', '。', spoken)).toBe('term');
    expect(kindOf('公司表示，新品牌定名為', '星光', '。', spoken)).toBe('term');
  });
});

describe('a feeling or worry put in quotes', () => {
  it('reads what someone feels or fears, closing the clause, as their words', () => {
    expect(kindOf('回到家鄉後，他感到', '很安心', '，打算留下來。')).toBe('speech');
    expect(kindOf('不少店主有感', '生意難做', '，紛紛減價。')).toBe('speech');
    expect(kindOf('她想轉行，卻擔心', '學不會新技術', '。')).toBe('speech');
  });

  it('leaves a worry of two or three words, as often a concept, a term', () => {
    expect(kindOf('市場擔心', '滯脹', '。')).toBe('term');
    expect(kindOf('投資者擔心', '硬著陸', '。')).toBe('term');
  });

  it('leaves a name the clause runs on from, or one classed as a scheme, a term', () => {
    expect(kindOf('市民感到', '消費券', '帶來了實惠。')).toBe('term');
    expect(kindOf('業界擔心', '綠色通道計劃', '。')).toBe('term');
  });
});

describe('a short line ending on a quote', () => {
  it('reads a clause-shaped quote closing a deck as someone\'s words', () => {
    expect(kindOf('工廠倒閉 兩夫婦失業', '不知明天怎麼過', '')).toBe('speech');
    expect(kindOf('小店加租三成', '唔知點算呀', '')).toBe('speech');
  });

  it('reads a quote after a speaker and a colon on a short line as speech', () => {
    expect(kindOf('店主：', '我們會撐下去', '')).toBe('speech');
    expect(kindOf('議員：政府已經', '失去方向', '')).toBe('speech');
  });

  it('leaves a name closing a deck, or a label before the colon, a term', () => {
    expect(kindOf('金管局研究推出', '數碼港元', '')).toBe('term');
    expect(kindOf('關鍵詞：', '新質生產力', '')).toBe('term');
    expect(kindOf('年輕人熱議', '躺平', '')).toBe('term');
  });

  it('needs the quote to close the line', () => {
    expect(kindOf('工廠倒閉', '不知怎辦', '的工人上街求助。')).toBe('term');
  });
});

describe('quotes listed with 或', () => {
  it('reads predicates offered as alternatives as the speaker\'s words', () => {
    expect(kindOf('受訪者認為政府的支援', '很有限', '或「□□□□」，', spoken)).toBe('speech');
    expect(kindOf('受訪者認為政府的支援「□□」或', '完全沒有', '，', spoken)).toBe('speech');
  });

  it('still reads nouns joined by 和 that the clause runs on from as terms', () => {
    expect(kindOf('網友質疑，', '團購', '和「□□□□」，不利防疫。', spoken)).toBe('term');
  });
});

describe('a predicate with its object after it', () => {
  it('reads a quote opening like a predicate after a subject alone as the speaker\'s words', () => {
    expect(kindOf('該行研究主管表示，該行', '極度看好', '黃金，並上調目標價。', spoken)).toBe('speech');
  });

  it('needs someone speaking, and leaves a classed name a term', () => {
    expect(kindOf('該行', '極度看好', '黃金。')).toBe('term');
    expect(kindOf('他表示，公司', '持續發展', '計劃將推出。', spoken)).toBe('term');
  });
});

describe('an attack that says what its target is', () => {
  it('reads even one word as the attacker\'s', () => {
    expect(kindOf('議員罵對手是', '蛇', '，引起爭議。')).toBe('speech');
    expect(kindOf('他指控部分官員是', '庸官', '。')).toBe('speech');
  });

  it('leaves one word after an attack verb with no verdict a term', () => {
    expect(kindOf('議員攻擊', '穩', '字當頭的政策。')).toBe('term');
  });
});

describe('claiming right before the quote', () => {
  it('reads what was claimed as speech even when the sentence runs on', () => {
    expect(kindOf('在一名旅客自稱', '被拒登機', '後，航空公司作出回應。')).toBe('speech');
  });

  it('leaves a name someone gives themselves, and a policy put forward, a term', () => {
    expect(kindOf('會議首度提出', '新質產業', '。')).toBe('term');
    expect(kindOf('一名自稱', '陳經理', '的男子致電受害人。')).toBe('term');
  });
});

describe('describing something as the speaker sees it', () => {
  it('reads the figure after 把…描述為 or 比作 as speech', () => {
    expect(kindOf('議員把這份協議描述為對手的', '空頭支票', '，並要求重新談判。')).toBe('speech');
    expect(kindOf('他將樓市比作', '溫水煮蛙', '。')).toBe('speech');
  });

  it('reads 把…稱為 with a description as speech, but a plain name as a term', () => {
    expect(kindOf('投資者把這個市場稱為', '最難做的生意之一', '。')).toBe('speech');
    expect(kindOf('當局把這項計劃稱為', '明日都會', '。')).toBe('term');
  });
});

describe('a demand put to someone', () => {
  it('reads the words after whom the demand is put to as speech', () => {
    expect(kindOf('校方要求學生在校外', '檢點言行', '，否則記過。')).toBe('speech');
  });

  it('leaves a target in figures, and what a demand\'s 的 qualifies, a term', () => {
    expect(kindOf('公司要求各分店年底前完成存貨', '五成清零', '。')).toBe('term');
    expect(kindOf('這與守則要求的', '客戶至上', '精神背道而馳。')).toBe('term');
  });
});

describe('a question in someone\'s sentence', () => {
  it('reads a short question as the speaker\'s words, however the sentence uses it', () => {
    expect(kindOf('基金經理表示，投資者關心的已從', '買甚麼', '轉向「□□□」。', spoken)).toBe('speech');
  });

  it('needs someone speaking', () => {
    expect(kindOf('投資者關心的已從', '買甚麼', '轉向「□□□」。')).toBe('term');
  });
});

describe('a sentence adverb inside a six-word quote', () => {
  it('reads the quote as a clause', () => {
    expect(kindOf('那時他每天工作到深夜，', '日子總是過得很快', '。')).toBe('speech');
  });
});

describe('spoken Cantonese and particles of speech', () => {
  it('reads a quote after Cantonese 話 as what was said', () => {
    expect(kindOf('問到加價，老闆就話', '冇辦法', '。')).toBe('speech');
  });

  it('reads a quote closing on a particle only speech has as speech, whoever said it', () => {
    expect(kindOf('街坊見到加租通知，都', '頂唔順呀', '。')).toBe('speech');
  });

  it('leaves a noun with 話 in it, and a name ending in 吧, to the other rules', () => {
    expect(kindOf('他在電話', '客服中心', '。')).toBe('term');
    expect(kindOf('網民在百度', '貼吧', '發帖。')).toBe('term');
  });
});

describe('an event counted by 一次 or 一場, and an outcome that appears', () => {
  it('reads the speaker\'s verdict after 一次 or 一場 as speech', () => {
    expect(kindOf('反對派議員形容，這項收購是一次', '慘痛教訓', '。', spoken)).toBe('speech');
  });

  it('reads what the speaker warns will appear, closing the clause, as speech', () => {
    expect(kindOf('經濟師表示，今年樓市或會出現', '小陽春', '。', spoken)).toBe('speech');
  });

  it('leaves what appears a term when the clause runs on to a noun', () => {
    expect(kindOf('經濟師表示，今年樓市或會出現', '小陽春', '行情。', spoken)).toBe('term');
  });
});

describe('a predicate right after a verb of saying and its comma', () => {
  it('reads a quote opening like a predicate as speech, though its object follows', () => {
    expect(kindOf('該行分析師表示，', '高度看好', '科技股，並上調評級。', spoken)).toBe('speech');
  });
});

describe('words counted as one saying after the quote', () => {
  it('reads what 的一句話 counts as speech', () => {
    expect(kindOf('當年老闆', '做生意要講良心', '的一句話，至今仍令他難忘。')).toBe('speech');
  });
});

describe('a machine\'s fixed prompt', () => {
  it('reads the words of a prompt tone or printed wording as a term, though they read as a sentence', () => {
    expect(kindOf('閘機隨即響起', '請出示車票，謝謝', '的提示音。')).toBe('term');
    expect(kindOf('包裝上印有', '本品不能代替藥物', '的字樣。')).toBe('term');
  });

  it('reads an advert\'s line as a term too (“在北京，谁比易迅更快”的广告)', () => {
    expect(kindOf('一时间北京地铁公交上', '在北京，谁比易迅更快', '的广告铺天盖地。')).toBe('term');
    expect(kindOf('商場外牆掛出', '買一送一，全場八折', '的宣傳語。')).toBe('term');
  });
});

describe('more predicate slots in reported speech', () => {
  it('reads the quote after a comparison as its predicate', () => {
    expect(kindOf('李老闆說，今年的營業額比去年', '差很遠', '。', spoken)).toBe('speech');
  });

  it('reads the quote after a verb of saying and a demonstrative subject, with no comma between, as the predicate', () => {
    expect(kindOf('他說這次減息', '姍姍來遲', '。', spoken)).toBe('speech');
  });

  it('leaves a policy named after a verb of carrying out a term', () => {
    expect(kindOf('會議強調落實', '雙減', '。', spoken)).toBe('term');
  });

  it('reads Cantonese 好 opening a short quote as a degree, but not in 好萊塢', () => {
    expect(kindOf('她坦言當時', '好徬徨', '，幸得家人支持。', spoken)).toBe('speech');
    expect(kindOf('他說，這裡是亞洲的', '好萊塢', '。', spoken)).toBe('term');
  });

  it('reads 形容為 in someone\'s sentence as their description', () => {
    expect(kindOf('他昨日表示，經濟前景不明朗，並形容為', '寒冬', '。', spoken)).toBe('speech');
    expect(kindOf('他昨日表示，新公司命名為', '寒冬', '。', spoken)).toBe('term');
  });
});

describe('spoken Cantonese closing a clause', () => {
  it('reads a Cantonese clause as someone\'s words, whoever said it', () => {
    expect(kindOf('不少小店東主大嘆', '頂唔順', '。')).toBe('speech');
  });

  it('leaves Cantonese the sentence runs on from a term', () => {
    expect(kindOf('一班', '食咗飯未', '的街坊。')).toBe('term');
  });
});

describe('whether, and a likeness given by an agent', () => {
  it('reads the quote after 是否 in someone\'s sentence as the predicate asked about', () => {
    expect(kindOf('議員追問，有關工程是否', '無疾而終', '。', spoken)).toBe('speech');
  });

  it('reads what the agent of a passive likens something to as their words, even after a colon', () => {
    expect(kindOf('這名學生被校長喻為：', '全校的驕傲', '。')).toBe('speech');
  });

  it('leaves a likeness in a passive with no agent a term', () => {
    expect(kindOf('這類人常被形容為', '守財奴', '。')).toBe('term');
  });
});

describe('a judgement in someone\'s sentence', () => {
  it('reads an evaluative word closing the clause, graded or not, as the speaker\'s', () => {
    expect(kindOf('分析師表示，內地消費數據', '疲弱', '。', spoken)).toBe('speech');
    expect(kindOf('她說，公司對明年前景', '審慎樂觀', '，會繼續招聘。', spoken)).toBe('speech');
    expect(kindOf('他指出，今年的財政狀況', '非常嚴峻', '。', spoken)).toBe('speech');
  });

  it('needs someone speaking, and leaves a judgement the sentence runs on from a term', () => {
    expect(kindOf('恒指今日表現', '疲弱', '。')).toBe('term');
    expect(kindOf('他表示，央行會維持', '穩健', '的貨幣政策。', spoken)).toBe('term');
  });
});

describe('more predicates in reported speech', () => {
  it('reads a quote before a closing 的 (是…的) as the predicate', () => {
    expect(kindOf('他表示，這種跌幅是', '前所未見', '的。', spoken)).toBe('speech');
  });

  it('leaves a quote qualifying a noun through 的 a term', () => {
    expect(kindOf('他表示，這是', '前所未見', '的跌幅。', spoken)).toBe('term');
  });

  it('reads a quote opening with 太 or 一切 as a predicate, but not 太平洋 or 太古', () => {
    expect(kindOf('不少散戶坦言，今年的股市', '太難捉摸', '。', spoken)).toBe('speech');
    expect(kindOf('負責人稱，工廠目前生產', '一切如常', '。', spoken)).toBe('speech');
    expect(kindOf('他說，公司已加入', '太平洋聯盟', '。', spoken)).toBe('term');
  });
});

describe('purposes, verdicts on oneself and idioms of judgement', () => {
  it('reads the purpose after 為了 in someone\'s sentence as their words', () => {
    expect(kindOf('行長說，減息是為了', '刺激投資意欲', '。', spoken)).toBe('speech');
  });

  it('reads what the speaker says they are, closing the clause, as speech', () => {
    expect(kindOf('他笑說，自己只是', '過客', '。', spoken)).toBe('speech');
  });

  it('leaves a party the speaker belongs to, qualifying a noun, a term', () => {
    expect(kindOf('他說，自己是', '工黨', '的一員。', spoken)).toBe('term');
  });

  it('reads an idiom of judgement after a long subject as the speaker\'s', () => {
    expect(kindOf('分析師認為，聯儲局現時減息', '言之過早', '。', spoken)).toBe('speech');
  });
});

describe('a word put to use', () => {
  it('is mentioned, not said (而非使用「赤納粹」, 改用「全球反極權」)', () => {
    expect(kindOf('呼籲大眾統一主題為「全球反極權」，而非使用', '赤納粹', '，因為西方政客認為字眼不恰當。')).toBe('term');
    expect(kindOf('多國港人已改用', '全球反極權', '作為主題。')).toBe('term');
  });
});

describe('a condition named by its medical class', () => {
  it('is a term even in someone’s reported words (「創傷後壓力症候群」)', () => {
    expect(kindOf('王先生表示，戒嚴與白色恐怖已經對不少台灣人造成了強烈的', '創傷後壓力症候群', '。')).toBe('term');
  });
});

describe('an event named by its class word', () => {
  it('is a term (參與「9.29全球反極權遊行」)', () => {
    expect(kindOf('網民在記者會上呼籲，全球支持香港的人參與', '9.29全球反極權遊行', '，發言人表示，已有19個國家響應。')).toBe('term');
  });
});

describe('a system putting up its prompt (被系统提示“…”)', () => {
  it('makes the words a term: no one says them', async () => {
    const { extractQuotes } = await import('../lib/content/extract/quotes');
    const quotes = extractQuotes([{ sectionId: 's', paragraphId: 'p1', text: '有家长反映，“我是你妈”等表述被系统提示“可能含有不适宜内容”，令人哭笑不得。' }]);
    expect(quotes.map((quote) => [quote.text, quote.kind])).toContainEqual(['可能含有不适宜内容', 'term']);
  });
});

describe('a few words naming a kind of thing', () => {
  async function kinds(text: string): Promise<[string, string][]> {
    const { extractQuotes } = await import('../lib/content/extract/quotes');
    return extractQuotes([{ sectionId: 's', paragraphId: 'p1', text }]).map((quote) => [quote.text, quote.kind]);
  }

  it('are a name when the noun of their kind follows straight on (面臨「利率反轉」風險)', async () => {
    expect(await kinds('分析師張冠雄表示，如果是採固定利率計息，未來幾年恐面臨「利率反轉」風險。')).toContainEqual(['利率反轉', 'term']);
  });

  it('are a name when they end in one (宜採「槓鈴式策略」)', async () => {
    expect(await kinds('專家建議，國際局勢動盪不安，宜採「槓鈴式策略」。')).toContainEqual(['槓鈴式策略', 'term']);
  });

  it('stay a speaker’s word when 的 stands between (面臨「惡性循環」的風險, LABELS.md)', async () => {
    expect(await kinds('德加洛警告，若央行的努力被破壞，將面臨「惡性循環」的風險。')).toContainEqual(['惡性循環', 'speech']);
  });

  it('are a report’s title when they end like one (釋出「…影響研析」)', async () => {
    expect(await kinds('經濟部日前釋出「對等關稅對我國產業影響研析」，國政基金會副執行長凌濤指出，報告嚴重失真。')).toContainEqual(['對等關稅對我國產業影響研析', 'term']);
  });
});

describe('words in the first person of whoever says them', () => {
  it('are speech however the sentence uses them (由「我哋去做轉變」, 寫下「我沒有退路」)', () => {
    expect(kindOf('他認為應該由', '我哋去做轉變', '，不能靠政府。')).toBe('speech');
    expect(kindOf('阿明寫下', '我沒有退路', '四個字。')).toBe('speech');
  });

  it('leave 我國 and 我市 (our country, our city) to the naming rules', () => {
    expect(kindOf('推動', '我國經濟轉型升級', '工程。')).toBe('term');
  });
});

describe('words with a clause’s own grammar in someone’s reported words', () => {
  it('are speech: a modal, a negated verb, a question of whether, a closing 了', () => {
    expect(kindOf('欧元也受挫，因特朗普称，欧盟的提议', '不够好', '，投资者担心欧盟前景。', spoken)).toBe('speech');
    expect(kindOf('老闆任志強表示生意額少了，而', '應該要爆場', '的周五入座率只有五成。', spoken)).toBe('speech');
  });

  it('leave the same words with no one speaking to the naming rules', () => {
    expect(kindOf('這被稱為', '不夠好', '現象。')).toBe('term');
  });
});
