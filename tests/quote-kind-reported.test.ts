import { describe, expect, it } from 'vitest';
import { kindOf, spoken, spokenEarlier } from './quote-kind-context';
import { parseArticle } from '../lib/content/parse-article';
import { extractQuotes } from '../lib/content/extract/quotes';

/**
 * Short quotes inside someone's reported words (LABELS.md, "speech or term"): a verb phrase or a state of the speaker's
 * is their speech; a name, scheme or slogan in the same place stays a term. Sentences are invented in the shapes of
 * fresh-holdout-2 (大纪元, 每日经济新闻, 眾新聞) unless said otherwise.
 */

describe('a quote after a word that modifies only a verb', () => {
  it('reads the verb phrase as the speaker\'s words, closing the clause or qualifying a noun', () => {
    expect(kindOf('赵彤则认为，…说明股权激励方案并没有随意', '画饼', '。', spoken)).toBe('speech');
    expect(kindOf('他在新闻发布会上表示，亚利桑那州需要一个能够', '全力以赴', '的人。', spoken)).toBe('speech');
    expect(kindOf('分析師指，部分企業盲目', '跟風', '，最終得不償失。', spoken)).toBe('speech');
    expect(kindOf('發言人稱，當局從未', '秋後算賬', '。', spoken)).toBe('speech');
    expect(kindOf('他說，公司不會刻意', '做大做強', '。', spoken)).toBe('speech');
  });

  it('needs someone speaking in the sentence or earlier in the paragraph', () => {
    expect(kindOf('說明股權激勵方案並沒有隨意', '畫餅', '。')).toBe('term');
    expect(kindOf('他認為，兩家公司目標接近。這說明方案並沒有隨意', '畫餅', '。', spokenEarlier)).toBe('speech');
  });

  it('keeps a name the sentence classes, or a quote joined to another by 和, a term', () => {
    expect(kindOf('他表示，公司願意', '一帶一路', '倡議下的合作。', spoken)).toBe('term');
    expect(kindOf('他表示，銀行能夠參與', '跨境理財通', '。', spoken)).toBe('term');
    // timeline-review cls-accounts: the writer's echo of a product's name, listed with 和.
    expect(kindOf('从首批试点券商的介绍来看，综合账户能够', '综合', '和“□□”的，是在同一家券商开立的', spoken)).toBe('term');
  });

  it('does not take a word that also qualifies nouns (過度) or sets an aim (旨在) for one', () => {
    expect(kindOf('他表示，要避免過度', '金融化', '。', spoken)).toBe('term');
    expect(kindOf('他表示，這些措施旨在', '穩增長', '。', spoken)).toBe('term');
  });
});

describe('a quote after a verb linking its subject to a state', () => {
  it('reads the state as the speaker\'s words, in their sentence or a later one of the paragraph', () => {
    expect(kindOf('有业内人士表示，…。股权激励计划设置的业绩目标虽然有时候看起来', '很美', '，但在长达数年的执行期内', spokenEarlier)).toBe('speech');
    expect(kindOf('他坦言，近年公司處境變得', '進退兩難', '。', spoken)).toBe('speech');
    expect(kindOf('她說，這些承諾聽起來', '冠冕堂皇', '的，卻難以落實。', spoken)).toBe('speech');
    expect(kindOf('他认为，市场变得更加', '理性', '。', spoken)).toBe('speech');
  });

  it('leaves 看起來 as "it seems", opening a clause the quote does not close, alone', () => {
    expect(kindOf('他表示，看起來', '港股通', '的成交有所增加。', spoken)).toBe('term');
  });

  it('needs someone speaking, and leaves 成為 and 變成, which take nouns, alone', () => {
    expect(kindOf('業績目標看起來', '很美', '，但')).toBe('term');
    expect(kindOf('他表示，人工智能將成為', '新基建', '的重點。', spoken)).toBe('term');
    expect(kindOf('他表示，香港正變成', '北部都會區', '的門戶。', spoken)).toBe('term');
  });
});

describe('words someone is said to use, with what they are about before them', () => {
  it('reads the words after 所指的 and a short noun as the one who used them', () => {
    expect(kindOf('促使華府幫助台灣，以及反對提出法案參議員所指的中國', '欺凌戰術', '。')).toBe('speech');
    expect(kindOf('這就是他口中的', '護城河', '。')).toBe('speech');
    expect(kindOf('與當局所稱的', '穩中向好', '相去甚遠。')).toBe('speech');
  });

  it('keeps a name a category noun classes there a term', () => {
    expect(kindOf('這與公司所說的產品', '隨星借', '不同。')).toBe('term');
    expect(kindOf('與銀行所指的', '大灣區聯盟', '不同。')).toBe('term');
  });

  it('keeps a word the text defines a term', () => {
    expect(kindOf('本文所指的', '中小企', '，是指僱員少於50人的企業。')).toBe('term');
    expect(kindOf('这里所说的', '新基建', '是指以5G为代表的基础设施。')).toBe('term');
    expect(kindOf('報告所指的', '綠色債券', '，是指募集資金用於環保項目的債券。')).toBe('term');
  });
});

describe('a ban put to someone', () => {
  it('reads what the ban forbids them as its wording', () => {
    expect(kindOf('其中第88条明文规定，禁止军官', '对总统和其他官员公然侮辱', '。')).toBe('speech');
    expect(kindOf('新規嚴禁員工', '私下收受禮物', '。')).toBe('speech');
  });

  it('leaves a ban with no one between, or one carried out, to the other rules', () => {
    expect(kindOf('政策禁止', '炒房', '。')).toBe('term');
    expect(kindOf('通知嚴禁各銀行落實', '雙軌制', '。')).toBe('term');
    expect(kindOf('通知嚴禁搞', '一刀切', '。')).toBe('term');
    expect(kindOf('监管部门严禁以', '保本保息', '名义销售产品。')).toBe('term');
  });
});

describe('through the parser, with the speaker the sentence names', () => {
  const article = (body: string[]): ReturnType<typeof parseArticle> =>
    parseArticle(
      'reported.md',
      ['---', 'title: "測試"', 'published: "2021-06-01"', 'language: zh-Hans', 'source:', '  outlet: "测试"', '---', '', ...body.flatMap((line) => [line, ''])].join('\n'),
    );

  it('gives a verb phrase in reported speech its speaker', () => {
    const result = article(['上海金舆资产基金经理赵彤则认为，两家公司的目标比较接近，说明股权激励方案并没有随意“画饼”。']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const quote = result.article.quotes.find((item) => item.text === '画饼');
    expect(quote?.kind).toBe('speech');
    expect(quote?.speaker).toBe('赵彤');
  });

  it('leaves a scheme named in the same sentence a term with no speaker', () => {
    const result = article(['上海金舆资产基金经理赵彤则认为，公司将继续推进“一带一路”项目。']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const quote = result.article.quotes.find((item) => item.text === '一带一路');
    expect(quote?.kind).toBe('term');
    expect(quote?.speaker).toBeNull();
  });
});

describe('a likeness or a verdict\'s intensifier before the quote, in someone\'s sentence', () => {
  it('reads the figure of speech after it as the speaker\'s', () => {
    expect(kindOf('他指，當局的做法無異於', '飲鴆止渴', '。', spoken)).toBe('speech');
    expect(kindOf('她批評有關安排形同', '走過場', '，未能回應訴求。', spoken)).toBe('speech');
    expect(kindOf('他直言，有關做法簡直', '荒天下之大謬', '。', spoken)).toBe('speech');
  });

  it('needs someone speaking, and leaves a name a category classes a term', () => {
    expect(kindOf('當局的做法無異於', '飲鴆止渴', '。')).toBe('term');
    expect(kindOf('他表示，新計劃如同', '北部都會區', '計劃的延伸。', spoken)).toBe('term');
    // 如同 compares with named things as often: it is not one of the likenesses that take a verdict.
    expect(kindOf('他表示，今年的促銷如同', '雙11', '一樣。', spoken)).toBe('term');
  });
});

describe('將 as 把, bringing the quote before its verb', () => {
  it('reads the quote as the name acted on, not the predicate a future waits for', () => {
    expect(kindOf('他表示，公司将', '一带一路', '作为重点。', spoken)).toBe('term');
    expect(kindOf('他說，政府會將', '智慧城市', '列為施政重點。', spoken)).toBe('term');
    expect(kindOf('他稱，當局將', '共同富裕', '寫入規劃。', spoken)).toBe('term');
  });

  it('keeps the future 將 with the speaker\'s verb phrase speech', () => {
    expect(kindOf('發言人稱，將', '密切關注', '事態發展。', spoken)).toBe('speech');
    expect(kindOf('他表示，公司將', '全力配合', '調查。', spoken)).toBe('speech');
  });
});

describe('a meeting or body described, not named', () => {
  // Shape from speaker-review bbc-kim-1 (BBC中文).
  it('reads words that open with an indefinite determiner as the speaker\'s description, whatever their ending', () => {
    expect(kindOf('根據報道，五角大樓預計朝俄領導人將會有', '某種類型的會議', '。', spoken)).toBe('speech');
    expect(kindOf('他表示，業界預計年底前會有', '一些新的聯盟', '。', spoken)).toBe('speech');
  });

  it('keeps the name of a meeting or body a term', () => {
    expect(kindOf('他表示，明年將會有', '亞洲金融論壇', '。', spoken)).toBe('term');
    expect(kindOf('他表示，將出席', '中央經濟工作會議', '。', spoken)).toBe('term');
  });
});

describe('a short superlative (「最透明」, 「最完善」)', () => {
  it('is speech in someone\'s reported words, however it is used there', () => {
    const paragraphs = [{ sectionId: 's', paragraphId: 'p1', text: '李小加表示，「最透明」及「最扁平」的市場結構，是對監管者而言。' }];
    expect(extractQuotes(paragraphs).map((quote) => quote.kind)).toEqual(['speech', 'speech']);
  });

  it('is a label in the writer\'s own words (账上“最缺钱”的公司, FOF基金“最爱”)', () => {
    const paragraphs = [{ sectionId: 's', paragraphId: 'p1', text: '在众多城市的地铁公司中，昆明轨交目前已成为账上“最缺钱”的公司。' }];
    expect(extractQuotes(paragraphs).map((quote) => quote.kind)).toEqual(['term']);
  });
});

describe('a predicate quoted in someone’s reported words, opening on how or how far it goes', () => {
  it('is their words (「只是掛名」, “呈现加快增长态势”, 「好好做生意」), while a bare name in them stays a term', () => {
    expect(kindOf('他強調涉事產品', '只是掛名', '金阿波羅的商標，跟其產品不同。', spoken)).toBe('speech');
    expect(kindOf('徐兴锋在上周的新闻发布会上说，汽车以旧换新', '呈现加快增长态势', '。', spoken)).toBe('speech');
    expect(kindOf('許清光認為金阿波羅公司', '好好做生意', '卻捲入此事，也是受害者。', spoken)).toBe('speech');
    expect(kindOf('他強調涉事產品', '金阿波羅', '的商標，跟其產品不同。', spoken)).toBe('term');
  });
});

describe('a headline given as what a piece is titled (以「…」為題)', () => {
  it('is a title, a term', () => {
    expect(kindOf('中國媒體德林社27日以', '李嘉誠真跑了', '為題發表文章說，李嘉誠已經4年沒有購地。', spoken)).toBe('term');
    expect(kindOf('他以', '我们的未来', '为题发表演讲。', spoken)).toBe('term');
  });
});

describe('a name given as what is so called (即所謂的「軟著陸」) or by the kind of thing after it (“三道红线”指标)', () => {
  it('is a term in anyone’s reported words', () => {
    expect(kindOf('分析師認為，投資人認為Fed能成功控制通膨，即所謂的', '軟著陸', '；本月大幅降息。', spoken)).toBe('term');
    expect(kindOf('财联社引述多名业者披露，监管部门已不再要求房企每月上报', '三道红线', '指标。', spoken)).toBe('term');
  });
});
