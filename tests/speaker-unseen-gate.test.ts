import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../lib/content/extract/quotes';
import { refuseWeakAttributions } from '../lib/content/extract/speakers/confidence';
import { trimSpeakerPhrase } from '../lib/content/extract/speakers/clause';
import { findNameAtHead, findRoleAndNameAtHead } from '../lib/content/extract/speakers/name-shape';
import type { LocatedParagraph } from '../lib/content/model';

/**
 * Shapes that put the wrong name on a quote in copy the rules had not seen: a connective read as a
 * surname and given name (相比之下), a new person heading a paragraph with a verb the name reader did
 * not know (以…為例), a title shared by two people (會長), 有 of "there is" before an unnamed firm, and
 * how the speaker looked (神情凝重) read as who they are. Sentences invented for these tests.
 */

function located(...texts: string[]): LocatedParagraph[] {
  return texts.map((text, index) => ({ sectionId: 'section-1', paragraphId: `section-1-${index + 1}`, text }));
}

/** Speaker shown for each speech quote, after the confidence gate. */
function shown(...texts: string[]): (string | null)[] {
  const paragraphs = located(...texts);
  return refuseWeakAttributions(extractQuotes(paragraphs), paragraphs).filter((quote) => quote.kind === 'speech').map((quote) => quote.speaker);
}

describe('a connective opening a clause with a surname character', () => {
  it('is no name', () => {
    expect(findNameAtHead('相比之下')).toBeNull();
    expect(findNameAtHead('原因在於成本上升')).toBeNull();
    expect(findNameAtHead('關於此事')).toBeNull();
    expect(findNameAtHead('關家明表示')).toBe('關家明');
  });

  it('is not whom a later 他 points back at', () => {
    expect(
      shown(
        '「審批太慢了，」港務局局長張明遠向本報表示。',
        '他說，港口去年的吞吐量增長了一成。',
        '相比之下，鄰近港口的吞吐量下跌了兩成。',
        '「錢在哪裡？」他問。',
      ).at(-1),
    ).not.toBe('相比之');
  });
});

const BEFORE = '香港物業管理公司協會會長陳志強指，「一個屋苑動輒有數百戶，管理公司無資源去捉人。」';

describe('a person heading a clause with 以', () => {
  it('is read as a role and a name', () => {
    expect(findRoleAndNameAtHead('業主聯會主席黃美慧以其居所為例')?.speaker).toBe('黃美慧');
  });

  it('is the one 其 points back at, not a speaker of the paragraph before', () => {
    expect(shown(BEFORE, '中西區業主聯會主席黃美慧以其居所為例，「兩座大樓每月已花十多萬元清潔費。」她指，新合約條款暫「按兵不動」。')).toEqual(['陳志強', '黃美慧']);
  });
});

describe('a title two people hold', () => {
  it('is no mention of the one quoted before when another holder is named with it', () => {
    const speakers = shown(BEFORE, '香港業主會會長佘慶雲炮轟，政府高估社會的配合程度，「不難想像有人會千方百計省垃圾費。」他推算，以每層一個垃圾袋為例，「大型屋苑每月便花上十多萬元。」');
    expect(speakers).toEqual(['陳志強', '佘慶雲', '佘慶雲']);
  });
});

describe('有 of "there is" before an unnamed firm', () => {
  it('is dropped like a count, while a name opening with 有 stays', () => {
    expect(trimSpeakerPhrase('有清潔公司')).toBe('清潔公司');
    expect(trimSpeakerPhrase('有物管公司')).toBe('物管公司');
    expect(trimSpeakerPhrase('有赞公司')).toBe('有赞公司');
  });
});

describe('how the speaker looked as they spoke', () => {
  it('is never the speaker', () => {
    expect(shown('王大明望著燒成灰的空地，神情凝重說：「孩子看到火就害怕。」')[0]).not.toBe('神情凝重');
    expect(shown('陳大文看著記者，面帶微笑說：「我很想念他。」')[0]).not.toBe('面帶微');
    expect(trimSpeakerPhrase('一臉無奈')).toBeNull();
  });

  it('hands the quote to the one the clause before opens with, when the article names them', () => {
    expect(shown('陳大文表示會繼續努力。陳大文看著記者，面帶微笑說：「我很想念他。」')[0]).toBe('陳大文');
  });
});

describe('a speaker written only as whose kin the sentence is about', () => {
  it('is not carried into a quote the kin speaks', () => {
    const speakers = shown(
      '王大明表示：「孩子看到火就害怕。」',
      '「看到一片濃煙，趕快衝進去抱他們出來，沒幾分鐘房子就燒得精光。」王大明的妻子阿芳敘述著火災當天早上的情景。',
    );
    expect(speakers[0]).toBe('王大明');
    expect(speakers[1]).not.toBe('王大明');
  });
});

describe('an abstract noun before a colon', () => {
  it('is what the quote is, not who says it', () => {
    expect(shown('李大文表示會繼續努力。惟她深信，上街並非唯一表達訴求的方法：「要爭取，有好多方式。」')[0]).not.toBe('方法');
    expect(shown('原因很簡單，大家都知道背後的原因：「成本太高了。」')[0]).not.toBe('原因');
  });
});

describe('a speaker cut with the verb of saying', () => {
  it('is a fragment, never shown', () => {
    expect(shown('讀國一的小兒子小華說，她覺得媽媽好辛苦，「為了想幫家裡一點忙，我去打小工。」')[0]).not.toBe('小華說');
  });
});

describe('她 after a paragraph that names the speaker only as whose sister speaks', () => {
  it('is not carried to the brother', () => {
    const speakers = shown(
      '羅大清說：「我已經很久沒有工作了。」',
      '羅大清的大姊羅素芬表示，自己20年前喪夫後靠麵攤生意養大三個孩子。「現在一桶瓦斯要690元，擺攤賺不到工錢。」她說，無力長期資助弟弟。',
    );
    expect(speakers[0]).toBe('羅大清');
    expect(speakers[1]).not.toBe('羅大清');
  });
});

describe('a company by its short name, which the article also writes longer (万科, 万科金色家园)', () => {
  it('is shown when the article gives its stock code (第一财经)', () => {
    expect(shown('万科（000002.SZ）精装房被点名。万科金色家园业主投诉，万科金色梦想也漏水。当年12月18日，万科回应称“施工标准符合国家规范要求”。')).toEqual(['万科']);
  });

  it('is still withheld when nothing shows it to be a company', () => {
    expect(shown('万科精装房被点名。万科金色家园业主投诉，万科金色梦想也漏水。当年12月18日，万科回应称“施工标准符合国家规范要求”。')).toEqual([null]);
  });
});
