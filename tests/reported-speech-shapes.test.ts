import { describe, expect, it } from 'vitest';
import { speechShown, shown } from './speakers-shown';

/**
 * Who speaks when a sentence opens on someone reporting and the quote comes after what they report of others, and when
 * a feature calls its people by a familiar form once it has named them. Sentences invented for these tests.
 */

describe('a quote after what the reporter tells of someone else', () => {
  it('goes to the reporter who opens the sentence, when they speak elsewhere in the article (鄭焦說，醫師說…，「…」)', () => {
    const paragraphs = [
      '鄭焦說：「家裡只靠我一人。」',
      '潘金治的太太鄭焦說，醫師說先生肺功能僅剩不到常人一半；她最怕先生患感冒，「他住院我也不敢請假去顧他。」',
    ];
    expect(shown(...paragraphs)).toEqual(['鄭焦', '鄭焦']);
  });

  it('goes to the one the sentence opens on, when a later clause of theirs reports (阿蘭看著阿道，語帶不忍提及，阿道最近…)', () => {
    const paragraphs = [
      '汪正道說：「我以前有65公斤。」',
      '阿蘭表示：「他一天要喝四罐。」',
      '阿蘭看著低頭沉思的阿道，語帶不忍提及，阿道最近在夜半時分經常疼痛加劇，「他還有骨刺，雙倍的疼痛讓他常抱著頭哭。」',
    ];
    expect(shown(...paragraphs)).toEqual(['汪正道', '阿蘭', '阿蘭']);
  });

  it('goes to the reporter after a verb of recalling (屈女士回憶說，當時置業顧問介紹，…，「…」)', () => {
    const paragraphs = ['屈女士說：「房價太高。」屈女士回憶說，當時置業顧問介紹，很多老師都選擇了該項目，「我們最終還是選擇了這裡」。'];
    expect(shown(...paragraphs)).toEqual(['屈女士', '屈女士']);
  });

  it('stays no one when the reporter speaks nowhere else: a phrase cut from the clause is no speaker to fall back on', () => {
    expect(shown('屈女士回憶說，當時置業顧問介紹，很多老師都選擇了該項目，「我們最終還是選擇了這裡」。')).toEqual([null]);
  });

  it('stays with one who hands the words over in a clause of their own (林楚茵表示，當時…杜紫宸更是恐嚇台灣：「…」)', () => {
    const paragraphs = ['林楚茵表示：「這是威脅。」', '杜紫宸說：「我們不怕。」', '林楚茵表示，當時杜紫宸更是恐嚇台灣：「你們要小心。」'];
    expect(shown(...paragraphs)).toEqual(['林楚茵', '杜紫宸', '杜紫宸']);
  });
});

describe('a familiar form a feature calls its speaker by', () => {
  it('heads a clause as that speaker, so a later clause of manner says who speaks (阿真看著次子，不捨地說：)', () => {
    const paragraphs = ['王慕真說：「兒子看到火就害怕。」', '阿真表示，老厝屋齡有50年。', '阿真看著手腳包裹著紗布的次子，不捨地說：「房子燒了無法挽回。」'];
    expect(shown(...paragraphs)).toEqual(['王慕真', '王慕真']);
  });

  it('after an age too (34歲的阿真抱著次子，心疼地說：)', () => {
    const paragraphs = ['王慕真說：「兒子看到火就害怕。」', '阿真表示，老厝屋齡有50年。34歲的阿真抱著次子，心疼地說：「他有8%面積的燒傷。」'];
    expect(shown(...paragraphs)).toEqual(['王慕真', '王慕真']);
  });

  it('is no one when no speaker named in full takes it, and a manner with 地 is never a speaker (小米看著對手，冷靜地說：)', () => {
    expect(shown('雷軍說：「我們很專注。」小米看著對手，冷靜地說：「價格不是一切。」')).toEqual(['雷軍', null]);
  });
});

describe('a laugh, a pause or a gesture between the speaker and the verb', () => {
  it('leaves the subject of the clause before speaking (周鴻禕接受采访，笑着说：, 摇着头说：)', () => {
    expect(shown('周鴻禕接受采访，笑着说：“我们不怕。”')).toEqual(['周鴻禕']);
    expect(shown('周鴻禕接受采访，摇着头说：“我们不怕。”')).toEqual(['周鴻禕']);
    expect(shown('他笑着说：“我们不怕。”')).toEqual([null]);
  });

  it('is no part of the name, doubled or with 了 (王建國頓了頓說, 董事長王建國搖搖頭說 was 王建國搖, 打了個比方 was kept whole)', () => {
    expect(shown('王建國頓了頓說：「今年銷量會增長三成。」')).toEqual(['王建國']);
    expect(shown('公司董事長王建國搖搖頭說：「今年銷量會增長三成。」')).toEqual(['王建國']);
    expect(shown('公司董事長王建國擺擺手說：「今年銷量會增長三成。」')).toEqual(['王建國']);
    expect(shown('王建國打了個比方：「今年銷量會增長三成。」')).toEqual(['王建國']);
  });

  it('lends no character to the name when the verb has two (陈奕利用了三个不同来概括 is not 陈奕利; 李明緊握著 not 李明緊)', () => {
    expect(shown('导演陈奕利用了三个不同来概括：“三个不同的城市。”')).not.toContain('陈奕利');
    expect(shown('李明緊握著記者的手說：「謝謝大家。」')).not.toContain('李明緊');
  });
});

describe('a place opening a source', () => {
  it('is never the speaker, though its first character is a surname (高雄在地業者 was shown as 高雄)', () => {
    expect(shown('高雄在地業者表示：「生意很差。」')).toEqual([null]);
    expect(shown('花蓮在地業者表示：「生意很差。」')).toEqual([null]);
    expect(shown('高雄市長陳其邁表示：「生意很差。」')).toEqual(['陳其邁']);
  });

  it('leaves 在地 and 在職 to the people they describe, and 在 a setting after a name (李明在地區會議上表示)', () => {
    expect(shown('有赞在职员工表示：“加班很多。”')).toEqual(['有赞在职员工']);
    expect(shown('李明在地區會議上表示：「生意很差。」')).toEqual(['李明']);
    expect(shown('李明在地方政府工作時表示：「生意很差。」')).toEqual(['李明']);
  });
});

describe('a pronoun going on after the same speaker in the paragraph', () => {
  it('keeps them, though others are named inside their words (毛孟靜批評，馬時亨…。她又質疑，…「手段低下」)', () => {
    const paragraph = '立法會議員毛孟靜批評，「港鐵主席馬時亨及行政總裁梁國權只懂卸責」。她又質疑，港鐵沒有向公眾道歉，只是以調查時間換取觀感空間，「手段低下」。';
    expect(shown(paragraph)).toEqual(['毛孟靜', '毛孟靜']);
  });

  it('is withheld when someone else heads a clause between (…。財政司司長陳茂波隨後到場。她又質疑…)', () => {
    const paragraph = '立法會議員毛孟靜批評，「港鐵主席馬時亨及行政總裁梁國權只懂卸責」。財政司司長陳茂波隨後到場，他又質疑，港鐵沒有向公眾道歉，「手段低下」。';
    expect(shown(paragraph).at(-1)).not.toBe('毛孟靜');
  });
});

describe("a body's unit before its spokesperson", () => {
  it('is no name, though it opens with a surname (美國國務院發言人 was shown as 國務院, 公司管理層發言人 as 管理層)', () => {
    expect(shown('美國國務院發言人表示：「甲。」')).toEqual(['美國國務院發言人']);
    expect(shown('中國銀行董事會發言人表示：「甲。」')).toEqual(['中國銀行董事會發言人']);
    expect(shown('公司管理層發言人表示：「甲。」')).toEqual(['公司管理層發言人']);
    expect(shown('阿里巴巴母公司發言人表示：「甲。」')).toEqual(['阿里巴巴母公司發言人']);
  });

  it('leaves a name between body and post a name (台積電王建國發言人, 萬科集團王建國總裁)', () => {
    expect(shown('台積電王建國發言人表示：「甲。」')).toEqual(['王建國']);
    expect(shown('萬科集團王建國總裁表示：「甲。」')).toEqual(['王建國']);
  });
});

describe('someone brought in after a quoted sentence', () => {
  it('heads the next sentence, so a later 她 is her (「甲。」李小姐則不認同。她表示：「乙。」 went to the first speaker)', () => {
    expect(shown('王建國說：「甲。」李小姐則不認同。她表示：「乙。」')).toEqual(['王建國', '李小姐']);
    expect(shown('王建國說：「甲。」市民李美玲則不認同。她表示：「乙。」')).toEqual(['王建國', '李美玲']);
  });
});

describe('one counted as one of their kind', () => {
  it('is someone new, not the person named before in that role (這是自殺警員馬震邦…一名警員更指：)', () => {
    const quotes = speechShown('「我漸漸發現自己能夠影響別人。」這是自殺警員馬震邦在警隊的自我介紹。同袍都感痛心，一名警員更指：「連阿邦都救不了自己。」');
    expect(quotes.map((quote) => [quote.speaker, quote.role])).toEqual([['馬震邦', '自殺警員'], ['警員', null]]);
  });
});

describe('a role after a copula', () => {
  it('is what follows 是, not the clause before it (做足準備參加面試是谷歌工程師簡嘉良分享的心法)', () => {
    const quotes = speechShown('做足準備參加科技公司面試是谷歌工程師簡嘉良分享的求職心法。', '簡嘉良說：「要準備。」');
    expect(quotes.map((quote) => [quote.speaker, quote.role])).toEqual([['簡嘉良', '谷歌工程師']]);
  });
});

describe("an interview's answer labelled by surname", () => {
  it('is the one interviewed with that surname (王：「…」 after 專訪了公司董事長王建國)', () => {
    expect(shown('記者專訪了公司董事長王建國。', '記者：今年業績如何？', '王：「今年增長三成。」')).toEqual(['王建國']);
    expect(shown('本報專訪財政司司長陳茂波。', '問：樓市呢？', '陳：「樓市已見底。」')).toEqual(['陳茂波']);
  });

  it('is no one when no one named has that surname, and a note is no label (注：「…」, 甲：「…」)', () => {
    expect(shown('王：「今年增長三成。」')).toEqual([null]);
    expect(shown('注：「此數據未經審計。」')).toEqual([null]);
    expect(shown('甲：「我們不同意。」')).toEqual([null]);
  });
});
