import { describe, expect, it } from 'vitest';
import { shown, speechShown } from './speakers-shown';

/**
 * Shapes read from holdouts 133 and 141 (Hong Kong), 134 (Taiwan) and 139 (mainland) after their first score. Sentences invented for these tests.
 */
describe('a television street exchange labelled by both sides', () => {
  it('gives the answer to whoever answers, not to the pair (記者vs.民眾:「(…),…」)', () => {
    expect(shown('菜價又漲了。', '記者vs.民眾:「(會不會覺得貴),有啊,一天多花好幾百。」')).toEqual(['民眾']);
    expect(shown('菜價又漲了。', '記者VS.攤商：「(生意好嗎),普通啦。」')).toEqual(['攤商']);
  });

  it('leaves a label that is no exchange as it is (記者:「…?」)', () => {
    expect(shown('菜價又漲了。', '記者:「會不會覺得貴?」')).toEqual(['記者']);
  });
});

describe('a trader labelled by the goods they sell', () => {
  it('is who speaks, alone or before a familiar name (豬肉攤商:, 菜販阿郎:)', () => {
    expect(shown('菜價又漲了。', '豬肉攤商:「成本增加不少,又不能漲太多。」')).toEqual(['豬肉攤商']);
    expect(shown('菜價又漲了。', '菜販阿郎:「下雨天菜都泡水,價錢高一點。」')).toEqual(['阿郎']);
  });
});

describe('a source brought in by 有, the sentence running on to the quote', () => {
  it('is who speaks (有司機對…不滿，認為…，「…」)', () => {
    expect(shown('有的士司機對加價感到不滿，認為政府太過天真，「牌費貴咗，我哋點搵食？」')).toEqual(['的士司機']);
  });

  it('is not 有關 or 有人 (有關人士…)', () => {
    expect(shown('有關人士對加價感到不滿，認為政府太過天真，「牌費貴咗，我哋點搵食？」')).toEqual([null]);
  });
});

describe('a clause opening with a verb that acts on a body', () => {
  it('names no body as speaker: the sentence’s subject goes on (…，批評政府…，又質疑…，「…」)', () => {
    expect(shown('工會主席陳大文對加價感到無奈，批評政府高官離地，又質疑為何沒有諮詢，「今日一出新聞，行家都好嬲。」')).toEqual(['陳大文']);
  });
});

describe('a source brought in by 有 who then comments, after a connective', () => {
  it('is who speaks (甚至有网友联想起…，因而评论说“…”)', () => {
    expect(shown('甚至有网友联想起去年公司为员工加薪的举动，因而评论说“这笔钱也不是白拿的”。')).toEqual(['网友']);
  });

  it('評論 alone is a noun, not a verb of saying (有网友看完评论“…”，转身离开)', () => {
    expect(shown('有网友看完评论“太贵了”，转身离开。')).toEqual([]);
  });
});

describe('words handed over by 他 that name the one 他 reached as someone else', () => {
  it('show no speaker (主席陳大文… 他續指：「市場會相信陳大文的往績」)', () => {
    expect(shown('公司主席陳大文昨日宣佈收購一個品牌。', '收購作價不便宜。他續指：「不過市場會相信陳大文的往績。」')).toEqual([null]);
    // With the analyst brought in by 有 the sentence before, 他 is the analyst.
    expect(shown('考驗主席陳大文功力', '有分析員指收購作價不便宜。他續指：「不過市場會相信陳大文的往績。」')).toEqual(['分析員']);
  });

  it('keep one who names himself after 我 (她說：「我邱于芸…」)', () => {
    expect(shown('董事長邱于芸昨日連任。', '她說：「這不是支持我邱于芸個人，是支持公司。」')).toEqual(['邱于芸']);
  });
});

describe('an English name glossing a Chinese full name, or glossed by it', () => {
  it('is the full name when it speaks later (Maggie（許美琪）… Maggie透露, 蘇偉良（Desmond）… Desmond說)', () => {
    expect(shown('入行是Maggie（許美琪）的夢想。', 'Maggie透露：「如果要我買，真係唔知點買？」')).toEqual(['許美琪']);
    expect(shown('行政總裁蘇偉良（Desmond）是她的前上司。', 'Desmond說：「我們是兄弟姊妹。」')).toEqual(['蘇偉良']);
  });

  it('leaves an English name glossed by no Chinese name as written (Desmond說)', () => {
    expect(shown('她的前上司很支持她。', 'Desmond說：「我們是兄弟姊妹。」')).toEqual(['Desmond']);
  });
});

describe('maybe someone', () => {
  it('is no one (或許有人認為「…」)', () => {
    expect(shown('有公司為員工打本創業，或許有人認為「邊有咁筍」，但當中的點滴並非三言兩語能解釋。')).toEqual([null]);
  });
});

describe('someone describing a thing with words of their own (X以「…」形容…)', () => {
  it('gives the words to them, as speech (公民黨黨魁楊岳橋以「…」形容新一份預算案)', () => {
    expect(shown('公民黨黨魁楊岳橋以「善財難捨，冤枉甘心」形容新一份預算案，他批評政府心態保守。')).toEqual(['楊岳橋']);
    expect(speechShown('公民黨黨魁楊岳橋以「善財難捨，冤枉甘心」形容新一份預算案。').map((quote) => quote.role)).toEqual(['公民黨黨魁']);
  });

  it('leaves a supposition a term (如果用“技术爆炸”来形容…)', () => {
    expect(speechShown('如果用“技术爆炸”来形容我们所处的时代，并不为过。')).toEqual([]);
  });
});
