import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../lib/content/extract/quotes';
import { refuseWeakAttributions } from '../lib/content/extract/speakers/confidence';
import { trimSpeakerPhrase } from '../lib/content/extract/speakers/clause';
import { findIntroducedPeople, findOwnedDocuments } from '../lib/content/extract/speakers/attributions';
import { holderOfRole, resolvePerson } from '../lib/content/extract/speakers/coreference';
import { splitSpeakerRole } from '../lib/content/extract/speakers/name-shape';
import type { LocatedParagraph } from '../lib/content/model';

/**
 * Speakers the text gives through a reference rather than a name in the quote's sentence: 該報並說, a post
 * alone standing for the person first named with it (国防部长 … 说), whom the words are said to (对助手说),
 * and a party's programme quoted as its own (民主黨政綱 … 政綱稱). Sentences invented for these tests.
 */

function located(...texts: string[]): LocatedParagraph[] {
  return texts.map((text, index) => ({ sectionId: 'section-1', paragraphId: `section-1-${index + 1}`, text }));
}

/** Speaker shown for each speech quote, after the confidence gate. */
function shown(...texts: string[]): (string | null)[] {
  const paragraphs = located(...texts);
  return refuseWeakAttributions(extractQuotes(paragraphs), paragraphs).filter((quote) => quote.kind === 'speech').map((quote) => quote.speaker);
}

describe('並 between a speaker and the verb', () => {
  it('is no part of the speaker', () => {
    expect(trimSpeakerPhrase('該報並')).toBe('該報');
    expect(trimSpeakerPhrase('該行并')).toBe('該行');
    expect(trimSpeakerPhrase('王力並')).toBe('王力');
  });

  it('lets 該報並說 point back at the paper quoted before', () => {
    expect(shown('《明日日報》指出，「這是政府今年最大的讓步」。該報並說，這符合官員近月的做法，「政策方向已經改變」。')).toEqual(['明日日報', '明日日報']);
  });

  it('leaves a word ending in 并 alone', () => {
    expect(trimSpeakerPhrase('合并')).toBeNull();
  });
});

describe('a post alone for the person named with it', () => {
  it('prefers the one named with exactly that title over a foreign one whose title ends so', () => {
    const people = [
      { speaker: '川普', role: '总统' },
      { speaker: '阿萨德', role: '叙利亚总统' },
    ];
    expect(resolvePerson('总统', people)?.speaker).toBe('川普');
  });

  it('resolves a longer post to its one holder', () => {
    expect(holderOfRole('国防部长', [{ speaker: '马蒂斯', role: '美国国防部长' }])?.speaker).toBe('马蒂斯');
  });

  it('resolves no post that two people hold, nor an unnamed source', () => {
    expect(holderOfRole('国防部长', [{ speaker: '马蒂斯', role: '国防部长' }, { speaker: '埃斯珀', role: '国防部长' }])).toBeNull();
    expect(holderOfRole('有赞员工', [{ speaker: '宋晓慧', role: '有赞员工' }])).toBeNull();
  });

  it('gives a post-posed 总统说 to the president named before', () => {
    expect(shown('总统罗斯在周三被追问时，他斥责说“完全是编的”。', '报道说，罗斯打电话给部长说，他希望马上出兵。“我们派人去吧。”总统说。')).toEqual(['罗斯', '罗斯']);
  });

  it('gives the words to the post heading the clause before an addressee (国防部长挂断了电话，对助手说)', () => {
    expect(shown('国防部长孟德表示：“这是虚构的。”', '国防部长挂断了电话，对他的一个助手说：“我们根本不会这样做。”')).toEqual(['孟德', '孟德']);
  });

  it('shows no one for an addressee with no subject before it', () => {
    expect(trimSpeakerPhrase('对他的一个助手')).toBeNull();
    expect(shown('会议结束了。对他的助手说：“我们走吧。”')).toEqual([null]);
  });
});

describe('a programme named with its owner', () => {
  it('is found with the shortest body name before it', () => {
    expect(findOwnedDocuments('外界關注美國民主黨政綱的對華政策。').map((found) => found.phrase)).toEqual(['民主黨政綱']);
    expect(findOwnedDocuments('共和黨的綱領則說').map((found) => found.phrase)).toEqual(['共和黨綱領']);
  });

  it('is not found without an owner', () => {
    expect(findOwnedDocuments('新政綱分為十部分')).toEqual([]);
  });

  it('is named without 的 when the text writes it with one (共和黨的政綱則說)', () => {
    expect(trimSpeakerPhrase('共和黨的政綱則')).toBe('共和黨政綱');
    expect(trimSpeakerPhrase('他的政綱則')).not.toBe('他政綱');
  });

  it('speaks when it heads the clause a verb shares (共和黨政綱亦有討論…，指責…)', () => {
    expect(shown('共和黨政綱亦有討論國際同盟，指責對手「削弱我們的同盟」。')).toEqual(['共和黨政綱']);
  });

  it('is who a later 政綱 speaks for', () => {
    expect(shown('外界關注共和黨政綱的對華政策。', '政綱指責對手「令到工廠關閉」。')).toEqual(['共和黨政綱']);
  });
});

describe('a speaker given in a long sentence', () => {
  it('reads 説, the variant of 說 Hong Kong copy types, as a verb of saying', () => {
    expect(shown('中心主任陳大文説：「今年的數字會更好。」')).toEqual(['陳大文']);
  });

  it('keeps the title and name after a description too long to be a role', () => {
    expect(trimSpeakerPhrase('曾為政府撰寫國防報告、強調美國要與中國和俄羅斯長期競爭的國防部前副助理部長高禮文')).toBe('國防部前副助理部長高禮文');
    expect(shown('報道引述曾為政府撰寫國防報告、強調美國要與中國和俄羅斯長期競爭的國防部前副助理部長高禮文説：「台灣最重要」。')).toEqual(['高禮文']);
  });

  it('drops no long description that ends without a name', () => {
    expect(trimSpeakerPhrase('曾為政府撰寫國防報告、強調美國要與中國和俄羅斯長期競爭的國防部前副助理部長')).toBeNull();
  });
});

describe('a statement issued at the end of a paragraph', () => {
  it('is the quote that makes up the next paragraph', () => {
    expect(shown('會後，行政總裁陳大文發表了一份聲明。', '「公司會全力配合調查。」')).toEqual(['陳大文']);
    expect(shown('财政部长孟德表示：“数字属实。”', '正值孟德访问欧洲期间，数小时后他发表了一份严厉的声明。', '“我们不会退让。”')).toEqual(['孟德', '孟德']);
  });

  it('hands nothing on when the statement is not the paragraph\'s last words', () => {
    expect(shown('會後，陳大文發表了一份聲明，隨即離開。', '「公司會全力配合調查。」')).toEqual([null]);
  });

  it('takes no visit to a place for an interview', () => {
    expect(findIntroducedPeople('正值孟德访问南亚期间，他很忙。', '正值孟德访问南亚期间，他很忙。').map((found) => found.phrase)).not.toContain('南亚期间');
  });
});

describe('a pronoun, then how they spoke', () => {
  it('is the pronoun, after a setting or not', () => {
    expect(trimSpeakerPhrase('採訪時他掩面痛哭、聲音沙啞')).toBe('他');
    expect(trimSpeakerPhrase('她哽咽')).toBe('她');
    expect(shown('林大明去年確診肺癌，採訪時他掩面痛哭、聲音沙啞說：「現在只能靠止痛藥。」')).toEqual(['林大明']);
  });

  it('is not the pronoun when it owns the speaker or is joined to another', () => {
    expect(trimSpeakerPhrase('他所在公司的發言人')).toBeNull();
    expect(trimSpeakerPhrase('他和妻子')).toBeNull();
    expect(trimSpeakerPhrase('他要求只')).toBeNull();
    expect(trimSpeakerPhrase('對方')).toBe('對方');
    expect(trimSpeakerPhrase('他的律師')).not.toBe('他');
  });
});

describe('勸說 is persuading', () => {
  it('names no speaker, so the quote closing the sentence is its subject\'s', () => {
    expect(shown('阿芳表示，她與阿強原是鄰居，阿芳因心中念記這份恩情，持續勸說並鼓勵日日買醉的阿強，「後來他說要正式交往，才搬進來。」')).toEqual(['阿芳']);
  });
});

describe('a message left is written words', () => {
  it('gives the message to whoever left it, past a writing surface as the setting', () => {
    expect(shown('市長陳大文又在書店裏的連儂牆留言「香港加油」。')).toEqual(['陳大文']);
    expect(shown('有網友留言：「支持！」')).toEqual(['網友']);
  });

  it('takes no noun 留言 for a verb', () => {
    expect(shown('這則留言「太過分」引發爭議。')).toEqual([]);
  });
});

describe('one unnamed source heading the clause before a quote', () => {
  it('is the source, without the count', () => {
    expect(shown('一位基金經理坦白，「今年很難做。」')).toEqual(['基金經理']);
    expect(shown('一名家長在校門外等候，“孩子还没出来。”')).toEqual(['家長']);
  });

  it('is no one when the clause opens with something else', () => {
    expect(shown('公司裁員的消息傳開，「大家都很緊張。」')).toEqual([null]);
  });
});

describe('a supposition', () => {
  it('has no speaker, whatever verb it imagines', () => {
    expect(trimSpeakerPhrase('如果她是跨國投行CEO')).toBeNull();
    expect(shown('如果她是跨國投行CEO説：「係呀，有能者居之。」我們無可反駁。')).toEqual([null]);
  });
});

describe('a body pointed back at by its kind (該行, 该公司, 該報)', () => {
  it('is the body of that kind heading an earlier clause of the paragraph', () => {
    expect(shown('中國銀行昨日公布中期業績，純利按年增長百分之十。該行並指，「息差收窄的壓力仍在」。')).toEqual(['中國銀行']);
    expect(shown('華為技術有限公司近日發布新手機。该公司表示：“销量很好。”')).toEqual(['華為技術有限公司']);
    expect(shown('《明日日報》今日刊出社論。該報指出：「政府應該反思。」')).toEqual(['明日日報']);
  });

  it('is no body of another kind', () => {
    expect(shown('華為技術有限公司近日發布新手機。該行指出：「市道轉差。」')).toEqual([null]);
  });
});

describe('a transliterated name of four or five characters after a title', () => {
  it('is the name, the title its role', () => {
    expect(shown('《環球之聲》引述大學國際研究院的美國外交政策教授史蒂文森認為，兩人的區別是，「一個強勢的單邊主義」。')).toEqual(['史蒂文森']);
  });

  it('is no name when its characters make up a Chinese word', () => {
    expect(splitSpeakerRole('教授研究小組').role).toBeNull();
    expect(splitSpeakerRole('大學教授史蒂文森')).toEqual({ speaker: '史蒂文森', role: '大學教授' });
  });
});

describe('a verdict pinned by the clause\'s subject (將…斥為)', () => {
  it('is the subject\'s words, past a setting in 在…中', () => {
    expect(shown('白宫在周二一份声明中将该书斥为“捏造出来的故事，很多都是编造的”；白宫幕僚长随后离开，白宫幕僚长没有回应。')).toEqual(['白宫']);
    expect(shown('財政司司長陳大文把報道形容為「完全失實」。')).toEqual(['陳大文']);
  });

  it('leaves a name given with 稱為 to the writer', () => {
    expect(shown('市場將此稱為「黑色星期一」。')).toEqual([]);
  });
});

describe('a doubled verb (講講話) is chatting', () => {
  it('names no one, so the one person speaking through the paragraph keeps the later quote', () => {
    expect(shown('為了生活，陳大文只能幫兒子按摩、在耳邊講講話，陳大文內疚地說：「我沒法定時替他翻身。」四年前，兒子醒來，「有一天發現他的眼珠會轉了。」')).toEqual(['陳大文', '陳大文']);
  });
});

describe('他 after a body shortened to its last word (港交所, 中信證券)', () => {
  it('passes over the body to the person named before it (大紀元)', () => {
    expect(shown('不過,李小加表示,港交所只是提出概念,仍要諮詢意見達致市場統一。他表示「證監會是大老闆,我們(港交所)是小老闆,」。')).toEqual(['李小加']);
    expect(shown('王強表示，中信證券已提出方案，等待批准。他說：「我們有信心。」')).toEqual(['王強']);
  });
});

describe('該公司 after a body named by its own name (亚马逊…“…”该公司在一份声明中表示)', () => {
  it('is that body', () => {
    expect(shown('亚马逊表示，它不同意这项裁决。', '“提议的罚款是不合理和不成比例的。”该公司在一份声明中表示。')).toEqual(['亚马逊']);
    expect(resolvePerson('该集团', [{ speaker: '阿里巴巴集团', role: null }])).toEqual({ speaker: '阿里巴巴集团', role: null });
  });

  it('points at no one when no body was named before', () => {
    expect(resolvePerson('该公司', [{ speaker: '王明', role: null }])).toBeNull();
  });
});

describe('a company named in Latin letters like a given name (Netflix上月表示)', () => {
  it('speaks as a body, and a later 他 is never it', () => {
    expect(shown('院長馮應謙估計短期影響不大。Netflix 對於大眾的衝擊未必很大，故他推斷「Netflix 應該可以立足，但不會賺很多錢。」', 'Netflix上月表示，計劃擴展亞洲業務。')).toEqual(['馮應謙']);
  });
});

describe('上述 with a briefer description, two sources it could retell (上述国土部人士)', () => {
  it('is the source whose description adds the least, not the latest', () => {
    const people = [{ speaker: '国土资源部人士', role: null }, { speaker: '国土资源部纪委人士', role: null }];
    expect(resolvePerson('上述国土部人士', people)).toEqual({ speaker: '国土资源部人士', role: null });
    expect(resolvePerson('上述国土部人士', [...people].reverse())).toEqual({ speaker: '国土资源部人士', role: null });
  });
});

describe('a surname run into 他 or 她 (林他憶述), a slip of Hong Kong copy', () => {
  it('is the surname alone, tied to the one person the article names with it', () => {
    expect(shown('林亮表示，「我會成功」。', '林他補充：「得幾百蚊，你點開廠呀？」')).toEqual(['林亮', '林亮']);
  });

  it('is never shown as a name of its own', () => {
    expect(shown('林他憶述，他亦好奇問對方「得幾百蚊，你點開廠呀？」')).not.toContain('林他');
  });
});

describe('a time horizon opening the clause before the verb (短期相信…)', () => {
  it('is no speaker: the words stay with the one the paragraph quotes', () => {
    const speakers = shown('策略師溫傑指，中興停牌全因此事件。他認為股價有望還原，「有望唔使跌」，短期相信股價會有支持，但長遠計，「唔知會唔會有第三次」。');
    expect(speakers).toEqual(['溫傑', '溫傑']);
  });
});

describe('a quote that is its paragraph’s whole first sentence, the next opening on someone else by name', () => {
  it('is not the last speaker of the paragraph before (「…」。林亮現年94歲，…)', () => {
    const speakers = shown('連前主席李嘉誠都忍不住嘆道：「嘩，你仲做呀？」', '「我噚晚7點幾先係大陸返嚟。」林亮現年94歲，是名副其實的老闆。');
    expect(speakers).toEqual(['李嘉誠', null]);
  });

  it('still is when the next sentence goes on about the same speaker', () => {
    const speakers = shown('陳大文嘆道：「生意好難做。」', '「我噚晚7點幾先係大陸返嚟。」陳大文現年64歲，是名副其實的老闆。');
    expect(speakers).toEqual(['陳大文', '陳大文']);
  });
});

describe('an office named in quote marks at the head of a paragraph, its head after it (「公平工作」監察員布斯)', () => {
  it('is the office’s name, and the one holding it speaks', () => {
    const paragraphs = located('「公平工作」監察員布斯（Anna Booth）說：「哪些因素構成『不合理』其實很看情況。」假使發生爭議。');
    const found = refuseWeakAttributions(extractQuotes(paragraphs), paragraphs).map((quote) => [quote.kind, quote.speaker]);
    expect(found).toEqual([['term', null], ['speech', '布斯']]);
  });

  it('reads an ombudsman (監察員) as a title before a transliterated name', () => {
    expect(shown('監察員布斯（Anna Booth）說：「哪些因素構成其實很看情況。」')).toEqual(['布斯']);
  });
});

describe('what the speaker was doing as they spoke, between them and the verb (…猜测游戏成功的原因时说道)', () => {
  it('is a setting: the one before it speaks', () => {
    expect(trimSpeakerPhrase('Hit-Point相关负责人猜测游戏成功的原因时')).toBe('Hit-Point相关负责人');
    expect(trimSpeakerPhrase('Hit-Point相关负责人解释游戏成功的原因时')).toBe('Hit-Point相关负责人');
  });

  it('leaves an analyst (分析师) whole: the trade, not analysing', () => {
    expect(trimSpeakerPhrase('某分析师在接受采访时')).toBe('某分析师');
  });
});

describe('a loud sigh of words (消費者大嘆「…」) after 不僅', () => {
  it('is said by the ones sighing, 不僅 no part of them', () => {
    expect(shown('消息一出，不僅消費者大嘆「沒有便宜的車可買」，業界更私下感慨自己被政府「突襲」。')).toEqual(['消費者']);
  });
});

describe('Taiwan’s 上面這位 pointing back at a source described before (上面這位汽車零組件業者)', () => {
  it('is that source, as 上述 is', () => {
    expect(shown('一名汽車零組件業者表示：「國產化比率太低。」', '上面這位汽車零組件業者說：「像有些進口到台灣的散裝中國車。」')).toEqual(['汽車零組件業者', '汽車零組件業者']);
    expect(shown('一名汽車零組件業者表示：「國產化比率太低。」', '上述汽車零組件業者說：「像有些進口到台灣的散裝中國車。」')).toEqual(['汽車零組件業者', '汽車零組件業者']);
  });
});

describe('a district that names a trade’s home, set before an unnamed source (一位硅谷的从业者)', () => {
  it('is a setting, dropped as a city is (LABELS.md)', () => {
    expect(trimSpeakerPhrase('一位硅谷的从业者')).toBe('从业者');
    expect(trimSpeakerPhrase('华尔街一位交易员')).toBe('交易员');
  });

  it('stays in a body’s name (硅谷银行发言人)', () => {
    expect(trimSpeakerPhrase('硅谷银行发言人')).toBe('硅谷银行发言人');
  });
});

describe('a quote that is its paragraph’s whole first sentence, the next opening on 她 who then speaks', () => {
  it('is hers, as LABELS.md ties a quote to the one its paragraph then gives it to', () => {
    const speakers = shown('钟子湫曾经合作过大厂出身的运营，但她发现，这些运营往往陷入一种思维惯性。', '“我们是初创公司，留给运营的经费有限。”她并不欣赏直接套用现成经验的方法论，“大厂的方法大多用在一些已经验证了的模式上。”');
    expect(speakers).toEqual(['钟子湫', '钟子湫']);
  });

  it('is no one’s when the next sentence opens on 他們, a group', () => {
    expect(shown('“我们会继续努力。”他们并不满意，“市场太差了。”李明说。')).toEqual([null, '李明']);
  });
});

describe('a post (帖文, 貼文, 帖子) shown as who speaks', () => {
  it('is no one: the post is where the words stand, not who wrote them', () => {
    expect(shown('商場前日於facebook轉載訪問，並在帖文呼籲「鍾意幫襯小店」的市民光顧。帖文又指：「有人話細細個已幫襯另一間。」')).not.toContain('帖文');
  });
});

describe('a quote its own verb brings in (…發通告指，「…。」), the next sentence’s speaker handing over to words of theirs', () => {
  it('is not the next speaker’s', () => {
    expect(shown('其後中興業務進入「休克」狀態，更一度發通告指，「受拒絕令影響，本公司主要經營活動已無法進行。」美國總統特朗普一度在Twitter發文表示「會與習近平合作，致力讓中興恢復營業」，但翌日就遭眾議院打臉。')).toEqual([null, '特朗普']);
  });

  it('still is when no verb brings it in (「…。」陳茂波表示：「…」), or the speaker spoke before it in the paragraph', () => {
    expect(shown('「我們會繼續努力。」陳茂波表示：「政府會支持。」')).toEqual(['陳茂波', '陳茂波']);
    expect(shown('陳茂波說，市況轉差。「我們會繼續努力。」陳茂波表示：「政府會支持。」')).toEqual(['陳茂波', '陳茂波']);
  });
});
