import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../lib/content/extract/quotes';
import { isPersonalName } from '../lib/content/extract/speakers/name-shape';
import { located, shown } from './speakers-shown';

/**
 * Shapes fresh holdouts 62 to 67 (Hong Kong, Taiwan, the mainland and Chinese editions abroad) showed after they were scored
 * unread. From 62 and 63: a Hong Kong
 * English given name standing for the full name, a 她 after a woman and a man she spoke of, a person the clause brings in
 * by what they are now, titles listed after a description, words relayed as a source's 的话, and words in someone's mouth.
 * From 64, 65 and 67: married names, kin named after a quote, countries read as names, a transliterated surname after a
 * description, owners as titles, counts after a description, 有 before travellers, and the last of several counted.
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

describe('who speaks, as Hong Kong, Taiwan and foreign copy names them', () => {
  it('reads a married name after a kinship word, and takes her for a woman (妻子林陳壽美說…；他說 is someone else)', () => {
    expect(shown('妻子林陳壽美說，先生責任心重，「食指浩繁」，「我知道他心腸好。」')).toEqual(['林陳壽美', '林陳壽美']);
    const paragraphs = ['林陳壽美說，先生對母校充滿感情，即告訴她，「我死後要回母校。」林澄岑的么子林士弼同樣畢業於高醫大，他說，「我很感動。」'];
    expect(shown(...paragraphs)).toEqual(['林陳壽美', '林士弼']);
  });

  it('does not take a transliterated name of surname characters for a married woman (马哈蒂尔…他说)', () => {
    expect(shown('马来西亚首相马哈蒂尔公开表示：项目不得向外国人销售。他说：“我们反对。”')).toEqual(['马哈蒂尔']);
  });

  it('does not read a country or a city abroad for a person (卢旺达, 巴黎), though a surname opens it', () => {
    expect(['卢旺达', '盧旺達', '巴黎', '华盛顿'].filter(isPersonalName)).toEqual([]);
    expect(isPersonalName('卢大为')).toBe(true);
  });

  it('reads a transliterated surname after a description as the full name given before (30岁的马尼拉古哈说)', () => {
    const paragraphs = ['“政府应该等到国家建立了纺织工业后才禁止二手市场，”服装销售商费利西安·马尼拉古哈（Felicien Maniraguha）说。', '30岁的马尼拉古哈说，当地的服装生产规模仍然太小。“当地服装厂只穿那些乏味衣服。”'];
    expect(shown(...paragraphs)).toEqual(['费利西安·马尼拉古哈', '费利西安·马尼拉古哈']);
  });

  it('reads an owner as a title before a transliterated name (子公司的共同所有者玛丽斯·姆博纽穆图瓦说)', () => {
    expect(shown('“这显然是个问题，”卢旺达子公司的共同所有者玛丽斯·姆博纽穆图瓦（Maryse Mbonyumutwa）说。')).toEqual(['玛丽斯·姆博纽穆图瓦']);
  });

  it('drops a description and its count before the people counted (同場出席記者會的十多位居民亦表示 → 居民)', () => {
    expect(shown('同場出席記者會的十多位居民亦表示不怕被襲擊，「夠膽佢咪過嚟囉！」')).toEqual(['居民']);
  });

  it('drops 有 before travellers, passing by or not (有背包客形容, 有路過外國遊客反問)', () => {
    expect(shown('有背包客形容：「簡直是島主的翻版！」')).toEqual(['背包客']);
    expect(shown('有路過外國遊客反問記者：「他們在做什麼？」')).toEqual(['外國遊客']);
  });

  it('gives a bare verb after a clause of not doing to the one heading it (市民王建國不明所意，反問：「…」)', () => {
    expect(shown('市民王建國不明所意，反問：「我們在做什麼？」')).toEqual(['王建國']);
  });

  it('reads the last of several counted as the kind counted (一個政府則問到…，最後一個政府則說「…」)', () => {
    expect(shown('一個政府積極參與，最後一個政府則說「無興趣，我哋無地給你」。')).toEqual(['政府']);
  });

  it('brings in a name glossed as spelled by its sound for a later 他 (宗新（音）就是…，他对记者表示)', () => {
    expect(shown('宗新（音）就是这样一名咖啡发烧友，他对德广联记者表示：“每次喝上一杯咖啡，我就会感到特别放松。”')).toEqual(['宗新']);
  });
});
