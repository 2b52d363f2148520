import { describe, expect, it } from 'vitest';
import { shown } from './speakers-shown';

/**
 * Where a name ends and who a bare verb belongs to. Found by putting common news titles and verbs of saying before a quote
 * (行政總裁王小明預期：「…」) and reading what the extractor showed, then checking each shape against the unlabelled copy.
 * Sentences invented for these tests.
 */

describe('a name before a word that opens with a time word\'s first character', () => {
  it('is read whole when no time word follows (王小明預期 is not 王小 and 明…)', () => {
    for (const verb of ['預期', '期望', '希望', '坦白']) {
      expect(shown(`行政總裁王小明${verb}：「這是嚴重的挑釁。」`)).not.toContain('王小');
    }
  });

  it('still ends before a time word (王強今日, 王小明當時, 李強近日, 葉凌棋昨針對)', () => {
    expect(shown('王強今日表示：「明年會更好。」')).toEqual(['王強']);
    expect(shown('王小明當時說：「明年會更好。」')).toEqual(['王小明']);
    expect(shown('李強近日表示：「明年會更好。」')).toEqual(['李強']);
    expect(shown('永慶房產集團總經理葉凌棋昨針對第3季房市表示：「反彈機會是一點都沒有。」')).toEqual(['葉凌棋']);
  });
});

describe('verbs of saying', () => {
  it('reads 憶述, 自言, 訴說, 告誡, 辯解, 自嘲, 解說 and 聲言 as saying', () => {
    for (const verb of ['憶述', '自言', '訴說', '告誡', '辯解', '自嘲', '解說', '聲言', '忆述', '诉说', '告诫', '辩解', '解说', '声言']) {
      expect(shown(`行政總裁王小明${verb}：「這是嚴重的挑釁。」`)).toEqual(['王小明']);
    }
  });

  it('reads a sigh handing over its words as saying (王鴻薇歎：, 李明叹，), not 感嘆 cut in two nor 嘆氣', () => {
    expect(shown('王鴻薇歎：「民進黨現在是要躲在大法官保護下為所欲為？」')).toEqual(['王鴻薇']);
    expect(shown('李明叹，“真的很难。”')).toEqual(['李明']);
    expect(shown('王明表示：「今年很好。」市民讚嘆：「真的很美。」')).not.toContain('市民讚');
  });

  it("reads Hong Kong copy's one-word rebuke as saying (陳家洛斥, 石禮謙直斥, 喝斥), not 充斥 or 斥資", () => {
    expect(shown('教育局發言人表示仍在調查事件；公民黨立法會議員陳家洛斥教育局「Hea做」、審批粗疏，「等於同流合污，啲人擺明車馬呃香港人。」')).toEqual(['陳家洛']);
    expect(shown('地產及建造界議員石禮謙直斥房協「冇嘢搵嘢嚟做」。')).toEqual(['石禮謙']);
    expect(shown('網民在社交平台留言，指「處處都一樣」，更有網民直斥「咁嘅時勢仲敢加租」。')).toEqual(['網民', '網民']);
    expect(shown('市場充斥「炒作」氣氛，公司斥資「十億」。')).toEqual([]);
  });

  it('leaves 預期 and 投訴, as often nouns of the sentence (预期目标, 接獲投訴), out', () => {
    const paragraphs = [
      '国务院研究室副主任向东介绍，目标的设定首先是考虑了稳就业的需要。他表示，经济稳是基础。',
      '第二是与规划目标的要求相衔接。规划虽然没有设定具体的经济增长预期目标，但要求保持在合理区间。“综合这些因素，我们把今年目标定在5.5%左右。”',
    ];
    expect(shown(...paragraphs)).toEqual(['向东']);
    const complaint = '區議員吳劍昇表示，警方在屋邨範圍施放催淚彈，行為不能接受，稱已接獲大量居民投訴，遠至山上的屋邨亦有居民投訴「聞到少少催淚彈味」，「警方一直話用相應嘅武力，但完全唔係咁。」';
    expect(shown(complaint).at(-1)).toBe('吳劍昇');
  });
});

describe('a verb that is a noun as often, closing the sentence after a quote', () => {
  it('hands the words back to who is named before it (“…”某城商行理财师建议。, 吴七林觉得。, 一位渠道人士调侃。)', () => {
    expect(shown('另有银行业分析人士对记者表示，不排除中型银行跟进的可能。“现在存款比未来划算，年内很有可能再一次降息。”某城商行理财师建议。')).toEqual(['某城商行理财师']);
    expect(shown('“相当于这30多年没啥效益。”吴七林觉得。')).toEqual(['吴七林']);
    expect(shown('“在其他基金产品还在卖力讲故事的时候，它已经躺赢了。”一位渠道人士调侃。')).toEqual(['渠道人士']);
  });

  it('leaves such a word that is no verb of the quote (一項建議) alone', () => {
    expect(shown('“现在存款比未来划算。”这是他的一项建议。')).toEqual([null]);
  });
});

describe('以此 and 借此 before the verb', () => {
  it('join the verb to the subject of the clause before (王明召开记者会，借此表示：), never standing as who speaks', () => {
    expect(shown('王明表示：“今年很好。”王明召开记者会，借此表示：“公司没有问题。”')).toEqual(['王明', '王明']);
    expect(shown('公司召开记者会，借此表示：“公司没有问题。”')).not.toContain('借此');
  });
});


describe('verbs the lists lacked, found by probing after a title and a name', () => {
  it('hand the words over, with no character glued to the name (董事長王建國插話：, 直說, 坦說, 嗆：, 批：)', () => {
    for (const verb of ['插話', '插嘴', '附和', '應道', '回道', '嘟囔', '驚嘆', '讚嘆', '砲轟', '怒轟', '反擊', '回擊', '大讚', '斷言', '吐露', '訴苦', '直說', '坦說', '嗆', '酸', '批', '轟']) {
      expect(shown(`董事長王建國${verb}：「今年銷量會增長三成。」`), verb).toEqual(['王建國']);
    }
  });

  it('leave the one-word jibes alone away from a colon (央行批准, 酸雨)', () => {
    expect(shown('央行批准了申請。王建國說：「甲。」')).toEqual(['王建國']);
    expect(shown('王建國表示，這場酸雨：「甲」')).toEqual(['王建國']);
  });
});

describe('how, when and for whom, between a name and the verb', () => {
  it('is no part of the name (魏哲家旋即表示 was 魏哲家旋, 於會中 was 魏哲家於, 代表公司 was 公司)', () => {
    for (const setting of ['代表公司', '旋即', '於會中', '經由律師', '藉機', '趁機', '順勢', '不諱言', '開宗明義']) {
      expect(shown(`台積電董事長魏哲家${setting}表示：「今年銷量會增長三成。」`), setting).toEqual(['魏哲家']);
    }
  });

  it('leaves a representative named as one (工會代表李明, 股東代表)', () => {
    expect(shown('工會代表李明表示：「甲。」')).toEqual(['李明']);
    expect(shown('股東代表表示：「甲。」')).toEqual(['股東代表']);
  });
});
