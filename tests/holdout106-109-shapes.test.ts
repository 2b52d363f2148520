import { describe, expect, it } from 'vitest';
import { namesEndingLikeAPredicate } from '../lib/content/extract/speakers/name-forms';
import { shown, speechShown } from './speakers-shown';

/**
 * Shapes the read holdouts 106 to 109 showed at first sight in stop 43 (Hong Kong, Taiwan and mainland business copy).
 * Sentences invented for these tests, to the shapes of that copy.
 */

describe('a full name whose last character also opens a predicate', () => {
  it('keeps 先 in 羅智先 once the text writes the name before a title and never without it', () => {
    const paragraphs = [
      '統一集團大家長羅智先董事長出席點燈活動，羅智先難得心情不錯。',
      '針對原物料價格上漲，羅智先表示：「全世界都是一樣。」',
      '被問及電商虧損時，羅智先回應：「到一個程度就自然會有改善。」',
    ];
    expect(shown(...paragraphs)).toEqual(['羅智先', '羅智先']);
  });

  it('finds such names only where the text settles them', () => {
    expect(namesEndingLikeAPredicate('董事長羅智先董事長致詞。羅智先表示，羅智先強調。')).toEqual(['羅智先']);
    // Once before a title is not enough: the name must come back.
    expect(namesEndingLikeAPredicate('統一集團羅智先董事長致詞。')).toEqual([]);
    // 王明 written alone too: 先 is the adverb (王明先表示), and 王明先 is no name.
    expect(namesEndingLikeAPredicate('王明先董事長。王明先表示。王明表示，王明先走。')).toEqual([]);
  });
});

describe('a company speaking through 方面', () => {
  it('is the company, though its short name opens with a surname and runs on into other words (万科方面对记者表示)', () => {
    const paragraphs = [
      '万科入股泰禾的消息传出。万科入股之后，万科入股的价格也有人质疑。',
      '对于本次交易，万科方面对财联社记者表示，“这是万科向行业伙伴伸出积极援手的投资行为。”',
    ];
    expect(shown(...paragraphs)).toEqual(['万科']);
  });
});

describe('one source counted at the head of a paragraph', () => {
  it('is named without the count, after a connective too (但一位分析師表示)', () => {
    expect(shown('但一位分析師表示，「市場太冷。」')).toEqual(['分析師']);
    expect(shown('不過有一位基金經理認為：「還會再跌。」')).toEqual(['基金經理']);
  });

  it('is named without a time of then before it (彼时接近泰禾集团的知情人士告诉记者)', () => {
    expect(shown('彼时接近泰禾集团的知情人士告诉记者，“协议流程走得慢。”')).toEqual(['接近泰禾集团的知情人士']);
  });
});

describe('a quote opening its sentence, then where, then who said it', () => {
  it('is theirs (“…。”在丹麦…总部，该机构宣传经理Anne Vestergaard Andersen对记者说。)', () => {
    const quote = speechShown('“绿色生意是好的生意。”在丹麦政府推广绿色经济的官方机构——绿色国度总部，该机构宣传经理Anne Vestergaard Andersen对记者说。')[0];
    expect(quote).toMatchObject({ speaker: 'Anne Vestergaard Andersen' });
    expect(shown('「生意比去年差。」在旺角一間茶餐廳，老闆陳大文對記者說。')).toEqual(['陳大文']);
  });
});
