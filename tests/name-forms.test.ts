import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../lib/content/extract/quotes';
import { refuseWeakAttributions } from '../lib/content/extract/speakers/confidence';
import { bodyByHeadNoun, findForeignNames, personByForeignSurname } from '../lib/content/extract/speakers/coreference';
import { familiarFormsGiven, familiarFormsOf, fullNameOfFamiliarForm, isFamiliarForm, personalNamesAtClauseHeads } from '../lib/content/extract/speakers/name-forms';
import type { LocatedParagraph } from '../lib/content/model';

/** Later mentions under another form of the name resolve to the name in full; sentences are made up on the shapes features use. */

function paragraphs(...texts: string[]): LocatedParagraph[] {
  return texts.map((text, index) => ({ sectionId: 's', paragraphId: `p${index + 1}`, text }));
}

describe('familiar forms of a name', () => {
  it('knows the shapes a familiar form takes, not kinship words', () => {
    for (const form of ['阿明', '阿明伯', '明嫂', '老陳', '小李', '陳叔']) expect(isFamiliarForm(form)).toBe(true);
    for (const word of ['阿姨', '大哥', '老公', '小弟', '阿伯', '老闆娘', '阿明明明']) expect(isFamiliarForm(word)).toBe(false);
  });

  it('ties a familiar form to the full name the text gives beside it', () => {
    expect(familiarFormsGiven('現年62歲的陳志明（阿明伯）靠種菜維生。').get('阿明伯')).toBe('陳志明');
    expect(familiarFormsGiven('現年62歲的陳志明（阿明伯）靠種菜維生。').get('阿明')).toBe('陳志明');
    expect(familiarFormsGiven('黃淑芬(芬姐)在市場賣魚。').get('芬姐')).toBe('黃淑芬');
    expect(familiarFormsGiven('人稱阿強的周國強每天清晨開店。').get('阿強')).toBe('周國強');
    // Where the name after 的 ends, a surname alone does not tell.
    expect(familiarFormsGiven('人稱老周的周強每天清晨開店。').has('老周')).toBe(false);
    // A pseudonym or an age in brackets is no familiar form.
    expect(familiarFormsGiven('陳志明（化名）說。王大年（62歲）說。').size).toBe(0);
  });

  it('leaves a familiar form the text ties to two people', () => {
    expect(familiarFormsGiven('陳志明（阿明）與林家明（阿明）同住。').has('阿明')).toBe(false);
  });

  it('reads a familiar form as the one named person it takes its character from', () => {
    const text = '陳志明和王大年都在街市開檔。';
    expect(fullNameOfFamiliarForm('阿明', ['陳志明', '王大年'], text)).toBe('陳志明');
    expect(fullNameOfFamiliarForm('老王', ['陳志明', '王大年'], text)).toBe('王大年');
    expect(fullNameOfFamiliarForm('年伯', ['陳志明', '王大年'], text)).toBe('王大年');
  });

  it('leaves a familiar form that fits two people, or no one', () => {
    expect(fullNameOfFamiliarForm('阿明', ['陳志明', '林家明'], '')).toBeNull();
    expect(fullNameOfFamiliarForm('阿華', ['陳志明'], '')).toBeNull();
    // A two-character name is too short to tell a familiar form from it.
    expect(fullNameOfFamiliarForm('阿明', ['陳明'], '')).toBeNull();
  });

  it('leaves a familiar form the text gives as a name in its own right, or uses before the full name', () => {
    expect(fullNameOfFamiliarForm('阿明', ['陳志明'], '社工陳志明探訪了阿明（化名），阿明說…')).toBeNull();
    expect(fullNameOfFamiliarForm('阿明', ['陳志明'], '社工陳志明探訪了化名阿明的少年，阿明說…')).toBeNull();
    expect(fullNameOfFamiliarForm('阿明', ['陳志明'], '社工陳志明探訪了阿明（17歲），阿明說…')).toBeNull();
    expect(fullNameOfFamiliarForm('阿明', ['陳志明'], '阿明每天上學。老師陳志明說…')).toBeNull();
    expect(fullNameOfFamiliarForm('阿明', ['陳志明'], '陳志明每天開店。阿明說…')).toBe('陳志明');
  });

  it('finds the names a text gives its people after an age', () => {
    expect(personalNamesAtClauseHeads('今年45歲陳志明去年失業，現年70歲的林秀英獨居。')).toEqual(expect.arrayContaining(['陳志明', '林秀英']));
  });

  it('attributes speech under a familiar form to the full name', () => {
    const bracketed = extractQuotes(paragraphs('現年62歲的陳志明（阿明伯）靠種菜維生。', '阿明伯說：「今年雨水太多，菜都爛了，只能自己吃。」'));
    expect(bracketed.map((quote) => quote.speaker)).toEqual(['陳志明']);
    const called = extractQuotes(paragraphs('人稱阿強的周國強每天清晨開店。', '阿強表示：「做了三十年，街坊都是老朋友，捨不得關門。」'));
    expect(called.map((quote) => quote.speaker)).toEqual(['周國強']);
    const implicit = extractQuotes(paragraphs('38歲的黃淑芬在菜市場賣魚。', '阿芬說：「生意一年比一年差，年輕人都去超市了。」'));
    expect(implicit.map((quote) => quote.speaker)).toEqual(['黃淑芬']);
  });
});

describe('the confidence gate and familiar forms', () => {
  it('keeps a speaker whose paragraph names her only by the familiar form the article ties to her', () => {
    for (const [intro, said] of [
      ['38歲的黃淑芬在菜市場賣魚，丈夫幾年前病逝。', '阿芬說：「生意一年比一年差，年輕人都去超市了。」'],
      ['現年70歲的林秀英獨居在舊樓。', '秀英嫂表示：「樓梯太多，我一個月才落街一次。」'],
    ] as const) {
      const text = paragraphs(intro, said);
      const shown = refuseWeakAttributions(extractQuotes(text), text).map((quote) => quote.speaker);
      expect(shown).toEqual([extractQuotes(text)[0]?.speaker ?? 'none']);
      expect(shown[0]).not.toBeNull();
    }
  });
});

describe('a transliterated name parted by a full-width stop', () => {
  it('finds the name as written, and its last part alone points back at it', () => {
    const text = '州長約翰．史密斯表示歡迎。';
    expect(findForeignNames(text)).toEqual(['約翰．史密斯']);
    expect(personByForeignSurname('史密斯', ['約翰．史密斯'], text)).toEqual({ speaker: '約翰．史密斯', role: null });
    // Two people of that surname: a guess.
    expect(personByForeignSurname('史密斯', ['約翰．史密斯'], `${text}瑪麗．史密斯也出席。`)).toBeNull();
  });

  it('attributes speech by the last part alone to the name in full', () => {
    const found = extractQuotes(paragraphs('参议员彼得．布朗宣布参选。', '布朗对记者说：“我会为本州的每一个家庭努力工作。”'));
    expect(found.map((quote) => quote.speaker)).toEqual(['彼得．布朗']);
  });
});

describe('a body named again by its head noun', () => {
  it('resolves the head noun to the one body named before that ends with it', () => {
    const people = [{ speaker: '海峽交易所', role: null }, { speaker: '全國選舉委員會', role: null }, { speaker: '共和黨政綱', role: null }];
    expect(bodyByHeadNoun('交易所', people)?.speaker).toBe('海峽交易所');
    expect(bodyByHeadNoun('委員會', people)?.speaker).toBe('全國選舉委員會');
    expect(bodyByHeadNoun('政綱', people)?.speaker).toBe('共和黨政綱');
  });

  it('leaves a head noun two bodies end with, and never joins people or unnamed sources', () => {
    expect(bodyByHeadNoun('委員會', [{ speaker: '全國選舉委員會', role: null }, { speaker: '港口管理委員會', role: null }])).toBeNull();
    // 公司 alone is the company the report is about, which the one company quoted before need not be.
    expect(bodyByHeadNoun('公司', [{ speaker: '星辰證券有限公司', role: null }])).toBeNull();
    expect(bodyByHeadNoun('人士', [{ speaker: '知情人士', role: null }])).toBeNull();
    expect(bodyByHeadNoun('志明', [{ speaker: '陳志明', role: null }])).toBeNull();
    expect(bodyByHeadNoun('委員會', [{ speaker: '一個地區委員會', role: null }])).toBeNull();
  });

  it('attributes speech by the head noun alone to the body', () => {
    const found = extractQuotes(paragraphs('全國選舉委員會昨日表示：「投票將如期於下月舉行。」', '委員會又補充說：「點票結果將在三日內公布。」'));
    expect(found.map((quote) => quote.speaker)).toEqual(['全國選舉委員會', '全國選舉委員會']);
  });
});

describe('the familiar forms a text uses for a name', () => {
  it('lists the forms tied to the name or taking its character, for a later mention to be recognised', () => {
    expect(familiarFormsOf('陳志明', ['陳志明'], '現年62歲的陳志明（阿明伯）靠種菜。阿明說…')).toEqual(expect.arrayContaining(['阿明伯', '阿明']));
    expect(familiarFormsOf('王大年', ['王大年'], '王大年開了間士多。老王說…')).toEqual(['老王']);
    expect(familiarFormsOf('陳志明', ['陳志明', '林家明'], '陳志明和林家明是鄰居。阿明說…')).toEqual([]);
  });
});
