import { describe, expect, it } from 'vitest';
import { shown } from './speakers-shown';

/**
 * Words that are the reporter's own: a speaker named again inside what they report (小筠說，…留給小筠…，「…」), and a
 * quote opening its sentence before the one who said it hands over to more (「…」某招商人士说道：「…」). Sentences
 * invented for these tests.
 */

describe('a speaker named again inside their own report', () => {
  it('keeps the quote theirs', () => {
    expect(shown('小筠今年10歲。小筠說，以前的聯絡簿都是爸爸簽名，如今爸爸的話語只留給小筠無盡思念，「他去很遠的地方了，希望他保佑媽媽身體健康。」')).toEqual(['小筠']);
  });

  it('but not when someone else reports in between', () => {
    expect(shown('屈女士回憶說，當時置業顧問介紹，很多老師都選擇了該項目，「我們最終還是選擇了這裡」。')).toEqual([null]);
  });
});

describe('a quote opening its sentence, then its speaker handing over to more', () => {
  it('gives both quotes to the one named between', () => {
    expect(shown('公司昨日公布業績。「市場不會等人。」李四表示：「我們不同意這個估值。」')).toEqual(['李四', '李四']);
    expect(shown('“现在新签的账号90%以上都是00后，他们更懂互联网语言”某MCN招商人士向时代财经说道：“一般来说，他们的粉丝增长更快。”')).toEqual(['某MCN招商人士', '某MCN招商人士']);
  });

  it('leaves the first to no one when the clause marks a second voice (也, 則)', () => {
    expect(shown('「市場不會等人。」李四也表示：「我們不同意這個估值。」')).toEqual([null, '李四']);
  });

  it('leaves a phrase inside the narration to no one', () => {
    expect(shown('他說公司會「照顧員工」李四表示：「我們不同意這個估值。」')).toEqual([null, '李四']);
  });
});

describe('criticising or advising someone in words quoted right after them', () => {
  it('gives the words to the one who criticises or advises', () => {
    expect(shown('李小加昨日表示不评论个股。他建议投资者“市场上有老千股，你就不要碰”。')).toEqual(['李小加']);
    expect(shown('王强批评部分高校“过度收集申请人信息”，比如要求出具证明。')).toEqual(['王强']);
  });

  it('leaves a recommendation named as a noun to no one (报告的建议包括“加强监管”)', () => {
    expect(shown('报告的建议包括“加强监管”。')).toEqual([]);
  });
});

describe('a saying cited in passing (正如X一再說…)', () => {
  it('names its own quote, and leaves the paragraph’s voice to the one citing it', () => {
    expect(shown('他說，建制派的說詞很有市場；正如行政長官林鄭月娥一再說普通港人是「沉默大多數」，他們厭倦抗爭。然而民調顯示港人對政府不信任。「很多分析員最大的問題，只在於民主派是否能贏得大多數議席。」', '帕爾馬是前新聞官。')).toEqual(['林鄭月娥', null]);
    expect(shown('帕爾馬表示，建制派的說詞很有市場；正如行政長官林鄭月娥一再說普通港人是「沉默大多數」，他們厭倦抗爭。然而民調顯示港人對政府不信任。「很多分析員最大的問題，只在於民主派是否能贏得大多數議席。」')).toEqual(['林鄭月娥', '帕爾馬']);
  });
});

describe('a time alone between the quote and who said it', () => {
  it('leaves the speaker named after it (“…”日前，…盖尔克在接受记者采访时表示。)', () => {
    expect(shown('“我们的冰箱和洗衣机工厂一直在满负荷生产，但仍然满足不了市场的需求。”日前，博西中国公司总裁盖尔克在接受记者采访时表示。')).toEqual(['盖尔克']);
  });

  it('but not when the clause after the time runs on to something else', () => {
    expect(shown('“我们的工厂一直在满负荷生产。”日前，公司宣布扩产，总投资达10亿元。')).toEqual([null]);
  });
});

describe('a quote followed by whose tone or words it was (…”韩小清的语气很轻松, …”马云的豪言壮语之下)', () => {
  it('is theirs, and a later 他 goes on with them', () => {
    expect(shown('“未来3~5年，每年的营业额要从几亿元到几十亿元。”韩小清的语气很轻松。其一手创办的晓清环保已经接触过十几个创投。 “现在的市场太好了。”他说。')).toEqual(['韩小清', '韩小清']);
    expect(shown('“十年以后，在中国任何一个地方，人们网上下订单，最多8个小时货就到。”阿里巴巴董事局主席马云的豪言壮语之下，物流成了关键。')).toEqual(['马云']);
  });
});
