import { describe, expect, it } from 'vitest';
import { kindOf, spoken, spokenEarlier } from './quote-kind-context';
import { isGradedQuality } from '../lib/content/extract/quote-kind-graded';

/**
 * Shapes of speech and term read from the misses of the spent fresh-holdout-3 (中国青年报, 大纪元, 眾新聞, 财新网):
 * a graded quality, a reason, an attitude, a quantified subject's quoted predicate, a sentence that only looks like a
 * couplet, what is done to someone after 對, a listed item, 直接 before a verb phrase and a question of whether.
 * Sentences are invented in those shapes unless said otherwise.
 */

describe('a graded quality', () => {
  it('knows a degree adverb and a short quality, and not names that open with a like character', () => {
    expect(isGradedQuality('很重要')).toBe(true);
    expect(isGradedQuality('非常糟糕')).toBe(true);
    expect(isGradedQuality('十分艱難')).toBe(true);
    expect(isGradedQuality('最多跑一次')).toBe(false);
    expect(isGradedQuality('太平洋島國論壇')).toBe(false);
    expect(isGradedQuality('極光')).toBe(false);
    expect(isGradedQuality('很重要，但還不夠')).toBe(false);
  });

  it('is someone\'s words when the sentence goes on to say whose mouth they are in', () => {
    expect(kindOf('于是，制度', '很重要', '，权利行使“□□□”，成为研究者口中的高频词。')).toBe('speech');
    expect(kindOf('于是，制度', '很重要', '，权利行使仍然很难。')).toBe('term');
  });

  it('is the speaker\'s words qualifying a noun in their sentence, and a term there when no one speaks', () => {
    expect(kindOf('川普上个月表示，美国在世贸组织受到', '非常糟糕', '待遇已经多年。', spoken)).toBe('speech');
    expect(kindOf('他續稱，這是一段', '相當艱難', '的時期。', spoken)).toBe('speech');
    expect(kindOf('美國在世貿組織受到', '非常糟糕', '待遇已經多年。')).toBe('term');
  });

  it('grades by a little, rather, too or not quite as 很 grades (「有点过了」, 「並不現實」, 「不太理想」)', () => {
    expect(isGradedQuality('有点过了')).toBe(true);
    expect(isGradedQuality('並不現實')).toBe(true);
    expect(isGradedQuality('不太理想')).toBe(true);
    expect(isGradedQuality('過於樂觀')).toBe(true);
    expect(kindOf('他又指為避免港股遭牽連而與內地市場隔離', '並不現實', '。', spoken)).toBe('speech');
    expect(isGradedQuality('有點甜')).toBe(true);
    expect(kindOf('他表示，這是', '比較優勢理論', '的應用。', spoken)).toBe('term');
  });

  it('leaves a name that ends with a category noun a term', () => {
    expect(kindOf('他表示，公司推出', '很划算计划', '。', spoken)).toBe('term');
  });
});

describe('a reason given in quotes', () => {
  it('is the words of whoever gave it (LABELS.md: 二者给出的理由都是“租约到期”)', () => {
    expect(kindOf('而厦门某学院拒绝公开信息，理由为', '无意参与研究', '，并未意识到')).toBe('speech');
    expect(kindOf('至於關店原因，二者給出的理由都是', '租約到期', '。')).toBe('speech');
  });

  it('does not take the writer\'s own 原因 for someone\'s reason', () => {
    expect(kindOf('原因是', '双减', '政策出台。')).toBe('term');
  });
});

describe('an attitude held, in someone\'s reported words', () => {
  it('is their characterisation, closing the clause', () => {
    expect(kindOf('熊丙奇分析称，原因之一在于部分高校带有', '防范意识', '。', spoken)).toBe('speech');
    expect(kindOf('他認為，…。不少投資者抱有', '僥倖心理', '，', spokenEarlier)).toBe('speech');
  });

  it('needs someone speaking, and a clause the quote closes', () => {
    expect(kindOf('部分高校带有', '防范意识', '。')).toBe('term');
    expect(kindOf('他说，这些产品带有', '国潮', '元素。', spoken)).toBe('term');
  });
});

describe('a quantified subject and its quoted predicate', () => {
  it('is the predicate said of them, in a paragraph of someone\'s words', () => {
    expect(kindOf('有的高校', '如临大敌', '，可能是因为过去的管理不规范。', spokenEarlier)).toBe('speech');
    expect(kindOf('他指出，部分企業', '躺平', '。', spoken)).toBe('speech');
  });

  it('needs someone speaking, and leaves a name that classes itself a term', () => {
    expect(kindOf('有的高校', '如临大敌', '，可能是因为过去的管理不规范。')).toBe('term');
    expect(kindOf('他指出，部分企业', '双碳计划', '。', spoken)).toBe('term');
  });
});

describe('a sentence that looks like a couplet', () => {
  it('is speech when a half holds a clause word, and a slogan\'s two halves stay a term', () => {
    expect(kindOf('所以各方面开始努力做得更规范一些，', '这是个阵痛，对高校也是', '。', spokenEarlier)).toBe('speech');
    expect(kindOf('這是他們的口號，', '放弃幻想，面对现实', '。')).toBe('term');
  });
});

describe('what is done to someone after 對', () => {
  it('is the object of the verb of doing, not a stance: a term', () => {
    expect(kindOf('費振剛則對媒體表示，…，因此校方對沈陽作出', '記大過處分', '。', spoken)).toBe('term');
    expect(kindOf('他表示，監管部門對該公司進行', '窗口指導', '。', spoken)).toBe('term');
  });

  it('still reads a stance closing its clause as the speaker\'s', () => {
    expect(kindOf('發言人表示，中方對事態發展', '高度關注', '。', spoken)).toBe('speech');
  });
});

describe('an item of a list or disclosure schedule', () => {
  it('is a term however long: a noun phrase with 的 ending on 情況 or 事項', () => {
    expect(kindOf('教育部的《清单》包含50条应主动公开的项目，甚至 ', '涉及学校的重大事件的调查和处理情况', '，都位列其中。')).toBe('term');
    expect(kindOf('一名在校大学生告诉记者，自己申请过学校某次', '重大事件的调查和处理情况', '的信息公开。', spoken)).toBe('term');
    expect(kindOf('通知列明須申報的', '董事及高級管理人員的持股變動事項', '。')).toBe('term');
  });

  it('leaves a clause that ends on 情況 speech: a pronoun, a clause word, a predicate opening or a colon before it', () => {
    expect(kindOf('他表示，', '我不清楚那天晚上的具体情况', '。', spoken)).toBe('speech');
    expect(kindOf('他表示，', '目前没有发现居民的异常情况', '。', spoken)).toBe('speech');
    expect(kindOf('發言人說：', '正在了解事故的最新情況', '。', spoken)).toBe('speech');
  });
});

describe('a quote after 直接 or a manner of doing', () => {
  it('is a verb phrase of the speaker\'s, closing its clause', () => {
    expect(kindOf('根据李悠悠在文章中写道，…最后违背高岩的个人意愿直接', '饿狼扑身', '。', spoken)).toBe('speech');
    expect(kindOf('他批評，當局公然', '秋後算賬', '，', spoken)).toBe('speech');
  });

  it('leaves 直接 before a noun the quote runs into, or with no one speaking, alone', () => {
    expect(kindOf('他表示，要提高直接', '融资', '比重。', spoken)).toBe('term');
    expect(kindOf('最后直接', '饿狼扑身', '。')).toBe('term');
  });
});

describe('a quote in a question of whether', () => {
  it('is part of the question, in a paragraph of someone\'s words', () => {
    expect(kindOf('他是不是', '刺儿头', '？', spokenEarlier)).toBe('speech');
    expect(kindOf('她反問，公司會不會', '秋後算賬', '？', spoken)).toBe('speech');
  });

  it('needs someone speaking and the question mark', () => {
    expect(kindOf('他是不是', '刺儿头', '？')).toBe('term');
    expect(kindOf('关键在于企业是否', '专精特新', '。', spokenEarlier)).toBe('term');
  });
});

describe('a verb with where or when it stands, after a copula in someone\'s sentence', () => {
  it('is their predicate', () => {
    expect(kindOf('莫里森当时告诉《澳大利亚金融评论报》，世贸组织体系是', '建立在不同时间', '，当前…', spoken)).toBe('speech');
    expect(kindOf('他說，這些談判仍然只是', '停留在紙面上', '。', spoken)).toBe('speech');
  });

  it('leaves words that only end in 在 or 於, an aim\'s copula, and an unattributed sentence alone', () => {
    expect(kindOf('他說，問題是', '存在感不足', '。', spoken)).toBe('term');
    expect(kindOf('他表示，今年的重點是', '落在實處', '。', spoken)).toBe('term');
    expect(kindOf('體系是', '建立在不同時間', '。')).toBe('term');
  });
});

describe('what 將 brings before a verb of setting up or naming', () => {
  it('is a name acted on, though a speech verb comes before (宣布，將「森林城市」設立為免稅區)', () => {
    expect(kindOf('首相於2016年3月宣布，將', '森林城市', '設立為免稅區。', spoken)).toBe('term');
    expect(kindOf('公司宣布，将', '智慧园区', '更名为科技城。', spoken)).toBe('term');
  });
  it('leaves 將 as a future before the quoted predicate (將「密切關注」)', () => {
    expect(kindOf('發言人稱，將', '密切關注', '事態發展。', spoken)).toBe('speech');
  });
});

describe('a thing set up or launched, named after the verb that does it', () => {
  it('is a term however long (设立“…专项基金”, 建设“…体验店”, 推出的“…终端”)', () => {
    expect(kindOf('将全部资产捐赠给基金会，用于设立', '清华大学公共卫生与健康学科发展专项基金', '。', spoken)).toBe('term');
    expect(kindOf('公司宣布将焕新乘用车渠道，建设', 'Family Space家空间·福特体验店', '。', spoken)).toBe('term');
    expect(kindOf('未来推出的', '9.7英寸电子纸智能读写终端', '产品计划兼容该格式。')).toBe('term');
  });
  it('leaves a sentence after such a verb as speech (推出“我们会继续加大投入”)', () => {
    expect(kindOf('董事長表示，公司推出', '新產品後，我們會繼續加大投入，明年再擴產', '。', spoken)).toBe('speech');
  });
});

describe('an established policy\'s short name', () => {
  it('is a term even in someone\'s reported words (在「一國兩制」框架下, 发展“专精特新”)', () => {
    expect(kindOf('主席史美倫表示，示威始終是在', '一國兩制', '框架下的本地事務。', spoken)).toBe('term');
    expect(kindOf('李鸣钟认为，要发展', '专精特新', '企业。', spoken)).toBe('term');
  });
  it('is still speech as a whole saying after a colon (他高呼：「一國兩制」)', () => {
    expect(kindOf('他高呼：', '一國兩制', '。', spoken)).toBe('speech');
  });
});
