import { describe, expect, it } from 'vitest';
import { namesRecurringAsSubjects } from '../lib/content/extract/speakers/name-forms';
import { shown, speechShown } from './speakers-shown';

/**
 * Shapes found by running the extractor over about 800 unlabelled news articles (Apple Daily and 自由時報/聯合報 of Hong Kong and
 * Taiwan, mainland wire and portal copy) and reading the quotes it gave no speaker, or a fragment for one. Each shape recurs in
 * that copy. Sentences invented for these tests.
 *
 * People by what they do or undergo (反對者, 被告); 自稱 as a verb of saying; Taiwan's chief officers named with 長 (法務長);
 * a deed done before speaking after a titled name (…致歉後說); a feeling alone after a joining word (但發晦氣說) hands the
 * verb to the clause before, whose subject may be 他 for someone being asked (葉偉明被問及…); and names the text makes the
 * subject of its clauses twice or more, who a later 他 can be though no title introduced them.
 */

describe('people named by what they do or undergo', () => {
  it('reads 反對者 and 被告 as who speaks, though they open like clauses (反對…, 被…)', () => {
    expect(shown('而反對者則稱：「這種做法只會一天天變本加厲。」')).toEqual(['反對者']);
    expect(shown('控方指出，被告在警誡下表示：「我只是想教訓家人！」')).toEqual(['被告']);
  });
});

describe('自稱', () => {
  it('is a verb of saying (一名探員自稱：「…」)', () => {
    expect(shown('一名探員自稱：「我哋唔係嚟做嘢，我哋嚟食飯。」')).toEqual(['探員']);
  });
});

describe("Taiwan's chief officers named with 長", () => {
  it('reads 法務長 as a title before the name, a gloss in Latin letters after it', () => {
    const [quote] = speechShown('Google資深副總裁暨法務長沃克（Kent Walker）表示：「我們不同意但尊重今天的結論。」');
    expect([quote?.speaker, quote?.role]).toEqual(['沃克', 'Google資深副總裁暨法務長']);
  });
});

describe('a deed done before speaking', () => {
  it('leaves the titled name who speaks (民主黨主席何俊仁鞠躬向選民致歉後說)', () => {
    expect(shown('民主黨主席何俊仁鞠躬向選民致歉後說：「未來日子係艱難嘅。」')).toEqual(['何俊仁']);
  });

  it('shows no speaker cut from inside the deed: the one who did it, once the deed\'s verb ends the name (陳茂波|離開會場後表示)', () => {
    expect(shown('陳茂波離開會場後表示：「會再研究。」')).toEqual(['陳茂波']);
    expect(shown('6人均称参与了处理，看了办案人员出示的照片后称：“现场倾倒物里有和照片上一样的。”')).toEqual([null]);
  });

  it('does not read the deed’s preposition into the name (董事雷霆于中标后表示)', () => {
    expect(shown('董事雷霆于中标后表示，这幅地皮临海且交通便利，他形容为“情况罕有”。')).toEqual(['雷霆']);
  });
});

describe('a feeling alone after a joining word', () => {
  it('hands the verb to the one the clause before is about (他表示不作評論，但發晦氣說)', () => {
    expect(shown('葉偉明被問及今次落敗原因，他表示不作評論，但發晦氣說：「公道自在人心。」')).toEqual(['葉偉明']);
  });
});

describe('names the text makes the subject of its clauses', () => {
  const feature = [
    '記者專訪台語歌王謝銘祐豪砸百萬在台南成立錄音室，他解釋：「看到講座爆滿，發現這邊其實很飢渴。」',
    '28歲的謝銘祐已奪下2座金曲獎。不過謝銘祐仍要繼續推廣台語歌。',
  ];

  it('are who a later 他 is, though no title or verb of saying introduced them', () => {
    expect(namesRecurringAsSubjects(feature.join('\n'))).toEqual(['謝銘祐']);
    expect(shown(...feature)).toEqual(['謝銘祐']);
  });

  it('leave out the tail of a longer word, a spelled place, and a two-character name read with its verb', () => {
    expect(namesRecurringAsSubjects('中国恒大也公布了方案。中国恒大又称，…')).toEqual([]);
    expect(namesRecurringAsSubjects('吉布提也是如此。吉布提从七家银行借款。')).toEqual([]);
    expect(namesRecurringAsSubjects('宋凯退还了一部分安家费，宋凯退还后还说，宋凯是主动的。')).toEqual([]);
  });
});

describe('a clause or a time read as who speaks', () => {
  it('shows no speaker for a conjunction, adverb or preposition opening the phrase', () => {
    expect(shown('但对方一会儿说“等电话”，一会儿又说“环保查的紧，不敢卸”。')).toEqual([null, null]);
    expect(shown('雖然自由黨主席劉健儀指政府回應難令人安心，「如果下次畀唔到更多信心，好難避免。」')).toEqual([null]);
  });

  it('reads care taken before the verb as manner (阿華細心介紹：「…」)', () => {
    expect(shown('阿華細心介紹：「呢度係廚房，呢度係廳。」')).toEqual(['阿華']);
  });
});

describe('a caption after the words', () => {
  it('does not make words handed over by a verb a caption (马增玉写道：“…”照片中，…)', () => {
    expect(shown('马增玉写道：“当看见他的一刹那无法用语言形容，本人真是太帅了！”照片中，科比身穿国家队队服。')).toEqual(['马增玉']);
  });
});

describe('more of what was read as who speaks', () => {
  it('reads a preposition after a role as whom the words are for (綠議員對柯說), not 向, a surname too', () => {
    expect(shown('綠議員對柯說，「不要成天罵民進黨。」')).toEqual(['綠議員']);
    expect(shown('国务院研究室副主任向东表示：“今年的目标可以实现。”')).toEqual(['向东']);
  });

  it('keeps a familiar name before a manner word (四年级学生小仁神秘地对记者说)', () => {
    expect(shown('四年级学生小仁神秘地对记者说：“这个东西泡上几天就能长大。”')).toEqual(['小仁']);
  });

  it('shows no one who only heard the words, had told someone, or a song sung', () => {
    expect(shown('张俊男听父亲说，“家里的地都包出去了。”')).toEqual([null]);
    expect(shown('她續指，曾向社署社工承認說謊，並揚言她「講大話要受懲罰」。')).toEqual([null]);
    expect(shown('眾人開玩笑唱起樂團的《我還是愛著你》，「我還是愛著你，你還是冷處理」，讓他瞬間愣住。')).toEqual([null]);
  });

  it('still reads a law named in 《》 as what speaks (《指引》明確)', () => {
    expect(shown('《指引》明確：「首次應交存客戶備付金。」')).toEqual(['指引']);
  });

  it('drops 昨 before a pronoun from who speaks (昨他透露)', () => {
    expect(shown('陳小春出席活動，昨他透露：「演動粗戲，壓力超大。」')).toEqual(['陳小春']);
  });
});
