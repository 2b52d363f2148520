import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../lib/content/extract/quotes';
import { familiarFormPairs, namesDescribedAtHeads } from '../lib/content/extract/speakers/name-forms';
import { located, shown } from './speakers-shown';

/**
 * The everyday attribution of wire and business copy, taken apart into its parts (a post, a name, a day, a place, a verb, and the
 * quote before or after them) and put together every way: each combination must show the name. Sentences invented for these
 * tests; stop 44 found whole families of them unread (a day in figures before 在, a trader named by origin, a pointer at a body).
 */

/** Each quote of some paragraphs with its kind, before the gate. */
const kinds = (...texts: string[]) => extractQuotes(located(...texts)).map((quote) => `${quote.text}:${quote.kind}`);

const POSTS = ['', '董事长', '台湾贸易中心副秘书长', '参展台商', '该公司总裁'];
const DAYS = ['', '11日', '9月11日', '日前'];
const PLACES = ['', '在南宁', '在会上', '接受本报记者采访时'];
const FRAMES = [
  (who: string) => `${who}：“我们不能缺席，还要再观察。”`,
  (who: string) => `${who}，“我们不能缺席，还要再观察。”`,
  (who: string) => `“我们不能缺席，还要再观察。”${who}。`,
  (who: string) => `“我们不能缺席，还要再观察。”${who}，这些产品将会有更好的前途。`,
];

describe('a named speaker with a post, a day and a place, before or after the quote', () => {
  it('shows the name in every combination', () => {
    const wrong: string[] = [];
    for (const frame of FRAMES) {
      for (const post of POSTS) {
        for (const day of DAYS) {
          for (const place of PLACES) {
            const text = frame(`${post}叶明水${day}${place}表示`);
            const got = shown('公司近日发布公告。', text);
            if (got.length !== 1 || got[0] !== '叶明水') wrong.push(`${text} → ${got.join('|') || '-'}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    // 320 articles read in one test: given room on a loaded machine.
  }, 60_000);
});

describe('a day in figures, then where they spoke', () => {
  it('is when and where, not part of who (台湾贸易中心副秘书长叶明水11日在南宁说)', () => {
    expect(shown('“南宁具有独特的区位优势，我们自然不能缺席。”台湾贸易中心副秘书长叶明水11日在南宁说。')).toEqual(['叶明水']);
    expect(shown('董事長葉明水11日在台北表示：「我們不能缺席。」')).toEqual(['葉明水']);
    expect(shown('董事長葉明水11日在台灣表示：「我們不能缺席。」')).toEqual(['葉明水']);
  });

  it('keeps 在台協會 in the body it names (美國在台協會處長孫曉雅)', () => {
    expect(shown('美國在台協會處長孫曉雅11日在台北表示：「我們不能缺席。」')).toEqual(['孫曉雅']);
  });
});

describe('a trader named by where they come from', () => {
  it('is a calling before the name (参展台商程宇杰, 港商李明)', () => {
    expect(shown('“我们注意到需求越来越高。”参展台商程宇杰说，这些产品将会有更好的前途。')).toEqual(['程宇杰']);
    expect(shown('港商李明表示：「生意越來越難做。」')).toEqual(['李明']);
  });

  it('still needs a name after it: a trader alone with a verb is no one named', () => {
    expect(shown('港商表示：「生意越來越難做。」')).not.toContain('港商表示');
  });
});

describe('a pointer at a body, then a post in it and a full name', () => {
  it('names the person; only the body is pointed back at (该公司总裁王磊, 上述银行行长王磊)', () => {
    expect(shown('该公司总裁王磊说：“我们不能缺席。”')).toEqual(['王磊']);
    expect(shown('上述银行行长王磊说：“我们不能缺席。”')).toEqual(['王磊']);
    expect(shown('招商银行昨日公布业绩。该行行长王磊11日表示：“我们不能缺席。”')).toEqual(['王磊']);
  });

  it('leaves a pointer with no name a pointer (该人士 with no one before it shows no one)', () => {
    expect(shown('该人士表示：“我们不能缺席。”')).toEqual([null]);
  });
});

describe('a predicate in quotes closing its clause, in a later sentence of reported words', () => {
  it('is speech (機率「低於五成」, 民营企业“越来越难做”)', () => {
    expect(kinds('何世昌直言，跌幅實在太低。預估第四季鬆綁的機率「低於五成」。')).toEqual(['低於五成:speech']);
    expect(kinds('他表示，市场需求正在回落。不少民营企业“越来越难做”。')).toEqual(['越来越难做:speech']);
  });

  it('leaves a name in such a sentence a term (推出「高於預期」計劃 names a plan)', () => {
    expect(kinds('他表示，市场需求正在回落。公司随后推出“更加优惠”计划。')).toEqual(['更加优惠:term']);
  });
});

describe('a person brought in by a description and a name at the head of a clause', () => {
  const before = '张嘉俊表示：“这不可接受。”';

  it('is whom a later 他 means, when the text names them again (同样是在科隆大学学习经济的王增磊就没有这样乐观了)', () => {
    const paragraphs = [
      before,
      '但张嘉俊的同学，同样是在科隆大学学习经济的王增磊就没有这样乐观了。他认为，面对贸易战，中国“当然怕”，因为“美国毕竟还是在各方面都压制中国的。”',
      '在原则问题上，王增磊的态度一致。',
    ];
    expect(shown(...paragraphs)).toEqual(['张嘉俊', '王增磊', '王增磊']);
  });

  it('keeps 他 from reaching back past them to the speaker before, when named once (如今在国内下海从商的蔺松对…)', () => {
    const paragraphs = [before, '如今在国内下海从商的蔺松对贸易战的走势持乐观态度。他说，中国人不怕，因为“在一穷二白的时候都没有怕过。”'];
    expect(shown(...paragraphs)).toEqual(['张嘉俊', null]);
  });

  it('finds such names only as the text’s own subjects, named again, and never a noun (namesDescribedAtHeads)', () => {
    expect(namesDescribedAtHeads('同样在科隆大学学习经济的王增磊就没有这样乐观了。王增磊的态度一致。')).toEqual(['王增磊']);
    // What a speaker says (蔡思聰說，過着退休生活的李福兆，…) is theirs: its subject is no one the text brings in.
    expect(namesDescribedAtHeads('蔡思聰說，過着退休生活的李福兆，對華資經紀在港發展貢獻很大。李福兆已退休。')).toEqual([]);
    // Named once, or a measure opening with a surname's character: no one to point back at.
    expect(namesDescribedAtHeads('如今下海从商的蔺松对走势持乐观态度。')).toEqual([]);
    expect(namesDescribedAtHeads('从昨天开始的成交量也明显放大。成交量上升。')).toEqual([]);
  });
});

describe('Hong Kong copy’s 昨 and 再 after a name', () => {
  it('are when and again, not part of the name (馬雲昨再表示, 馬雲昨再被問及上市事宜，強調「…」)', () => {
    expect(shown('馬雲昨再表示：「這不是做不到的事。」')).toEqual(['馬雲']);
    expect(shown('阿里巴巴創辦人馬雲表示，「數字並不重要」。', '馬雲昨再被問及上市事宜，強調「要先把事情做好，上市是一個結果」。')).toEqual(['馬雲', '馬雲']);
    expect(shown('財爺昨出席活動。陳茂波昨表示：「市民反應熱烈。」')).toEqual(['陳茂波']);
  });
});

describe('shouting', () => {
  it('呼喊 is a verb of saying, not a name (大手掃貨網民呼喊：「…」)', () => {
    expect(shown('大手掃貨網民呼喊：「戰利品不會這麼快就燒掉了吧！」')).toEqual(['大手掃貨網民']);
  });
});

describe('words a verb of saying hands straight over to, the sentence running on past them', () => {
  it('are speech (除了說「要打下高樓價」外)', () => {
    expect(kinds('馬雲昨日除了說「要打下高樓價」外，更指網購有助控制通脹。')).toEqual(['要打下高樓價:speech']);
    // A policy's name after 說 is still its name (說「一帶一路」時).
    expect(kinds('他說「一帶一路」時很興奮。')).toEqual(['一帶一路:term']);
  });
});

describe('a transliterated name with its dot, its English in brackets, whom they told and where', () => {
  it('shows the name alone (高级研究员马丁·拉塞尔（Martijn Rasser）对美国之音说, 马丁·拉塞尔在华盛顿说)', () => {
    expect(shown('新美国安全中心（CNAS）科技与国家安全项目高级研究员马丁·拉塞尔（Martijn Rasser）对美国之音说：“基本上，这是一个聪明的作法。”')).toEqual(['马丁·拉塞尔']);
    expect(shown('马丁·拉塞尔在华盛顿说：“我们不能缺席。”')).toEqual(['马丁·拉塞尔']);
    expect(shown('美联储主席鲍威尔（Jerome Powell）周三在华盛顿表示：“我们不会加息。”')).toEqual(['鲍威尔']);
  });

  it('keeps 在華 before those it describes a description (日本贸易振兴机构在华代表处人士)', () => {
    expect(shown('日本贸易振兴机构在华代表处人士表示：“我们不能缺席。”')).toEqual(['日本贸易振兴机构在华代表处人士']);
  });
});

describe('a transcript run on in one paragraph', () => {
  it('gives each quote to the label right before it (記者:「…?」東區攤販老闆:「…。」)', () => {
    expect(shown('記者：「生意會受到影響嗎？」攤販老闆：「一定會受影響啊。」記者：「現在敢擺嗎？」攤販老闆：「現在不能擺啦。」')).toEqual(['記者', '攤販老闆', '記者', '攤販老闆']);
  });

  it('leaves a label holding a verb of saying to that verb (鄭謂：「…」 is 鄭威濤)', () => {
    expect(shown('鄭威濤表示不會出售。惟直至他發現患癌，才會答應買股建議。鄭謂：「可能潘生叫我賣畀佢，我都賣。」')).toEqual(['鄭威濤']);
  });
});

describe('a nickname in quote marks right before a full name', () => {
  it('is that person when it speaks later (人稱「炮哥」陳清白 … 炮哥說：「…」)', () => {
    expect(shown('人稱「炮哥」陳清白表示：「今次比97年，應該會大鑊啲。」', '炮哥說：「唔覺今日有乜好過97年喎。」')).toEqual(['陳清白', '陳清白']);
  });

  it('needs a word of calling, the surname or an address to be one (推出「雙十一」陳清白 is no nickname)', () => {
    expect(familiarFormPairs('人稱「炮哥」陳清白表示。')).toEqual([['炮哥', '陳清白']]);
    expect(familiarFormPairs('「玩具鄭」鄭躬洪坦言。')).toEqual([['玩具鄭', '鄭躬洪']]);
    expect(familiarFormPairs('公司推出「雙十一」陳清白表示。')).toEqual([]);
  });
});

describe('words between the name and the verb that are no part of who speaks', () => {
  it('反而 is "instead" (以生產玩具出身的鄭躬洪反而認為：「…」)', () => {
    expect(shown('至於另一炒家，以生產玩具出身的鄭躬洪反而認為：「個市唔會有好大調整。」')).toEqual(['鄭躬洪']);
  });

  it('a comparison is no one, even before the gate (回答「不幸福」的人比回答「幸福」的人多)', () => {
    const text = '甚至微博「新浪廈門」為此開設投票，問廈門人「你幸福嗎？」結果回答「不幸福」的人比回答「幸福」的人多出逾一倍。';
    expect(extractQuotes(located(text)).map((quote) => quote.speaker)).not.toContain('人比');
  });
});

describe('他們 with no one of them named in the paragraph', () => {
  it('is not the one person named the paragraph before (…同時他們反而認為，「…」)', () => {
    const paragraphs = [
      '專欄作家青樹明子表示,日本以低於其他國家的工資,成為世界第3大經濟體。',
      '即使薪資較低,不過工作相對穩定有保障,讓工薪族欣然接受,同時他們反而認為,「工資低是因為公司沒有太好的收益,必須為公司拼命工作才行」。',
    ];
    expect(shown(...paragraphs)).toEqual([null]);
  });
});
