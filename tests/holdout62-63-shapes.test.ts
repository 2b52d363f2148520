import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../lib/content/extract/quotes';
import { located, shown } from './speakers-shown';

/**
 * Shapes two fresh holdouts (62: Hong Kong and Taiwan; 63: mainland) showed after they were scored unread: a Hong Kong
 * English given name standing for the full name, a 她 after a woman and a man she spoke of, a person the clause brings in
 * by what they are now, titles listed after a description, words relayed as a source's 的话, and words in someone's mouth.
 * Sentences invented for these tests, to the shapes of that copy.
 */

describe('who a later mention is', () => {
  it('reads an English given name alone as the full name given before (謝小姐（Alice Tse）… Alice表示)', () => {
    const paragraphs = ['事主謝小姐（Alice Tse）生於香港，廿多年前移居美國。', 'Alice周二對記者表示，「現在是租客貪心！」她又說，「我們不會和解。」'];
    expect(shown(...paragraphs)).toEqual(['Alice Tse', 'Alice Tse']);
  });

  it('leaves the given name as written when two full names open with it', () => {
    const paragraphs = ['Alice Tse與Alice Wong是合夥人。', 'Alice表示，「現在是租客貪心！」'];
    expect(shown(...paragraphs)).toEqual(['Alice']);
  });

  it('reads 她 as the woman the paragraph opened on, not a man she spoke of whose name marks no sex', () => {
    const paragraphs = ['疑犯陳同佳說：「我願意自首。」', '潘曉穎母親早前一再呼籲陳同佳赴台，並設下今日為「死線」。她昨晚發布錄音，表示得悉陳同佳投案的第一步。她說：「我好願意來當個中間人。」'];
    expect(shown(...paragraphs).at(-1)).toBe('潘曉穎母親');
  });

  it('brings in someone named with a title by what they are now or why (院長余廣亮目前也是董事，他表示)', () => {
    expect(shown('屏基院長余廣亮目前也是基金會董事,他表示,外交中斷,「我們放不下這些有需要的人」。')).toEqual(['余廣亮']);
    expect(shown('院長余廣亮因長期在馬拉威行醫,獲得獎項,他表示,「我們放不下這些有需要的人」。')).toEqual(['余廣亮']);
  });

  it('gives a question opening the paragraph to no one when no verb says who asked (「…為何…?」院長余廣亮因…)', () => {
    const [question] = shown('「屏基為何沒有撤離?」屏基院長余廣亮目前也是基金會董事。');
    expect(question).toBeNull();
    expect(shown('「我們放不下這些人。」屏基院長余廣亮目前也是基金會董事。')).toEqual(['余廣亮']);
  });
});

describe('who speaks after a long description', () => {
  it('reads titles listed after a description as the role of the one name (…交易商CG Hacking董事总经理、…基金会主席吉尔斯·海克英表示)', () => {
    const paragraphs = ['总部位于伦敦的坚果交易商CG Hacking董事总经理、国际坚果和干果基金会主席吉尔斯·海克英表示：“中国的坚果消费增长非常迅速。”'];
    expect(shown(...paragraphs)).toEqual(['吉尔斯·海克英']);
  });

  it('reads a source whose words are relayed as theirs (媒体援引雅诗兰黛内部人士的话表示)', () => {
    expect(shown('另据媒体援引雅诗兰黛内部人士的话表示：“涨价是公司原材料成本上涨所致。”')).toEqual(['雅诗兰黛内部人士']);
  });
});

describe('words in someone’s mouth', () => {
  it('reads words in a named mouth as that person’s speech (這位邱正雄口中「…」)', () => {
    const paragraphs = ['永豐金控董事長邱正雄請辭。據了解，邱正雄口中「金融界深受尊敬的人士」，正是翁文祺。'];
    const [quote] = extractQuotes(located(...paragraphs));
    expect(quote?.kind).toBe('speech');
    expect(shown(...paragraphs)).toEqual(['邱正雄']);
  });

  it('gives no one words in a mouth named by a clause (成為研究者口中的「高頻詞」)', () => {
    expect(shown('制度建設成為研究者口中的「高頻詞」。')).toEqual([null]);
  });
});
