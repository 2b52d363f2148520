import { describe, expect, it } from 'vitest';
import { trimSpeakerPhrase } from '../lib/content/extract/speakers/clause';
import { refuseWeakAttributions } from '../lib/content/extract/speakers/confidence';
import { extractQuotes } from '../lib/content/extract/quotes';
import { findRoleAndNameAtHead, splitSpeakerRole } from '../lib/content/extract/speakers/name-shape';
import type { LocatedParagraph, Quote } from '../lib/content/model';

/**
 * Fragments of a clause shown as speakers on unseen copy (issue 11's spent second holdout): a feeling or a
 * speech manner glued to the name, a clause of time ending in 后/前/時, a bare 一 counting an unnamed source, a
 * verb cut out of 勸說, and a name that the reported words themselves open with. Every sentence here is our own.
 */

function located(...texts: string[]): LocatedParagraph[] {
  return texts.map((text, index) => ({ sectionId: 'section-1', paragraphId: `section-1-${index + 1}`, text }));
}

/** Speaker shown for each speech quote, after the confidence gate. */
function shown(...texts: string[]): (string | null)[] {
  const paragraphs = located(...texts);
  return refuseWeakAttributions(extractQuotes(paragraphs), paragraphs).filter((quote) => quote.kind === 'speech').map((quote) => quote.speaker);
}

describe('a feeling glued after the name is how they felt, not who they are', () => {
  it('drops the feeling in both scripts, with or without a manner word after it', () => {
    expect(trimSpeakerPhrase('阿芳心疼')).toBe('阿芳');
    expect(trimSpeakerPhrase('老陳感慨')).toBe('老陳');
    expect(trimSpeakerPhrase('张阿姨哽咽')).toBe('张阿姨');
    expect(trimSpeakerPhrase('黃伯無奈')).toBe('黃伯');
    expect(trimSpeakerPhrase('小美心疼哽咽地')).toBe('小美');
    expect(trimSpeakerPhrase('王女士激动')).toBe('王女士');
  });

  it('keeps a given name that is such a word, after a surname alone', () => {
    expect(trimSpeakerPhrase('李開心')).toBe('李開心');
  });

  it('shows the person, not the person and the feeling', () => {
    expect(shown('阿珠心疼說，孩子去年就病了，「我們真的撐不住了。」')).toEqual(['阿珠']);
    expect(shown('老林無奈表示：「生意一年比一年難做。」')).toEqual(['老林']);
  });
});

describe('a speech manner (語帶…, 語氣…) is no speaker', () => {
  it('leaves nothing of a manner standing alone', () => {
    expect(trimSpeakerPhrase('語帶不忍')).toBeNull();
    expect(trimSpeakerPhrase('语带哽咽')).toBeNull();
    expect(trimSpeakerPhrase('語氣堅定')).toBeNull();
  });

  it('keeps the name before the manner', () => {
    expect(trimSpeakerPhrase('陳先生語帶保留')).toBe('陳先生');
    expect(trimSpeakerPhrase('她语气平静')).toBe('她');
  });
});

describe('a statement named with its adjective is the body’s, not part of who speaks', () => {
  it('drops 發表 with a short modifier before the kind of document', () => {
    expect(trimSpeakerPhrase('外交部發表嚴正聲明')).toBe('外交部');
    expect(trimSpeakerPhrase('公司发布一份简短公告')).toBe('公司');
    expect(trimSpeakerPhrase('商會發出聯合聲明')).toBe('商會');
  });
});

describe('a bare 一 counting an unnamed source is dropped, as LABELS.md drops counts', () => {
  it('drops it before a descriptor ending like one', () => {
    expect(trimSpeakerPhrase('一股份制银行人士')).toBe('股份制银行人士');
    expect(trimSpeakerPhrase('一接近監管層人士')).toBe('接近監管層人士');
    expect(trimSpeakerPhrase('一券商从业者')).toBe('券商从业者');
  });

  it('keeps the 一 that opens a company’s name', () => {
    expect(trimSpeakerPhrase('一汽集团人士')).toBe('一汽集团人士');
    expect(trimSpeakerPhrase('一心堂人士')).toBe('一心堂人士');
  });
});

describe('a clause of time ending in 后/後/前/時 is no name, though its first character may be a surname', () => {
  it('does not take the time clause after a title for a person a later 他 points back at', () => {
    expect(shown('王明重返议员席位后的第一项工作是审议预算。', '他表示：“我很荣幸。”')).toEqual([null]);
    expect(shown('林強升任局長上任後的首個決定引來批評。', '他說：「我會負責。」')).toEqual([null]);
  });

  it('keeps a name that ends so when the article writes it again and again', () => {
    expect(shown('宗庆后表示：“员工要加薪。”宗庆后又说：“消费才能起来。”')).toEqual(['宗庆后', '宗庆后']);
  });

  it('keeps a surname and 前 or 后 written once right after a title: a title is followed by its holder', () => {
    expect(shown('“跨境并购是一个方向。”杭州某投资管理有限公司总经理何前说。')).toEqual(['何前']);
    expect(shown('「跨境併購是一個方向。」台北某投資公司董事長林後說。')).toEqual(['林後']);
  });
});

describe('a two-character name the article goes on with a conjunction twice is still whole', () => {
  it('keeps the name when the article also writes it before its verbs of saying (陈斌介绍, 陈斌说)', () => {
    expect(shown('九月三日，陈斌和团队签下一个新项目。陈斌介绍，这是他们今年的第五个项目。', '陈斌和团队随后飞往杭州。“我们看到的机会很多。”陈斌说。')).toEqual(['陈斌']);
  });
});

describe('a predicate is no speaker', () => {
  it('refuses an adverb of going on opening the phrase, and the first half of 勸說', () => {
    expect(shown('在他失業的那段日子，持續勸說並鼓勵他，「後來他才肯去看醫生。」')).toEqual([null]);
    expect(shown('在她离婚的低谷期，反复劝说并安慰她，“后来她才愿意出门。”')).toEqual([null]);
    expect(shown('在他失業的那段日子，苦苦勸說並鼓勵他，「後來他才肯去看醫生。」')).toEqual([null]);
  });
});

describe('a name opening the reported words is the one spoken of, not the one speaking', () => {
  it('refuses the name heading the clause after someone else’s 提及 or 補充', () => {
    expect(shown('阿梅望著病床上的阿德，語帶不忍提及，阿德晚上常痛得睡不著，「他整夜抱著頭哭。」')).toEqual([null]);
    // The one heading the clause before 补充 is who adds it (李太太, the name ended by 太太), never the son her words are about.
    expect(shown('李太太看着儿子王小明，补充，王小明最近很少出门，「他整天关在房里。」')).toEqual(['李太太']);
  });
});

describe('an office held abroad, then a transliterated name with no Chinese surname, heads a clause', () => {
  it('finds the office holder a later 他 points back at', () => {
    expect(findRoleAndNameAtHead('英国首相约翰逊也在声明中')).toEqual({ speaker: '约翰逊', role: '英国首相' });
    expect(findRoleAndNameAtHead('日本外長山田（Yamada）周一')).toEqual({ speaker: '山田', role: '日本外長' });
    expect(findRoleAndNameAtHead('总统奥尔森在周三被媒体追问时')).toEqual({ speaker: '奥尔森', role: '总统' });
  });

  it('takes no election, seat or clause for a holder', () => {
    expect(findRoleAndNameAtHead('他指的是在美國總統大選期間在網上')).toBeNull();
    expect(findRoleAndNameAtHead('有記者問她會不會參加2020年總統選舉，')).toBeNull();
    expect(findRoleAndNameAtHead('總統府也')).toBeNull();
    expect(findRoleAndNameAtHead('總統表示')).toBeNull();
  });
});

describe('a post shown alone when the article names its holder', () => {
  it('shows the holder named with the post (LABELS.md: a role named earlier and used alone is that person)', () => {
    expect(shown('外交部长柯恩上周出访欧洲。', '外交部长发表严正声明 称报道“失实”')).toEqual(['柯恩']);
  });

  it('withholds a post whose holder is not the one named with it, in both scripts', () => {
    expect(shown('在鄰國總統阿卜杜拉對示威者開槍後，奧爾森打電話給部長說，他希望立即制裁。「我們必須行動。」總統說。')).toEqual([null]);
  });

  it('keeps a post the article never gives a name', () => {
    expect(shown('外交部發言人周一表示：「我們堅決反對。」')).toEqual(['外交部發言人']);
  });
});

describe('a name found inside a setting clause is no subject', () => {
  const paragraph = '在鄰國總統阿卜杜拉對示威者開槍後，奧爾森打電話給部長，「我們必須行動。」總統說。';
  const start = paragraph.indexOf('「');
  const quote = (role: string): Quote => ({
    id: 'q1', kind: 'speech', text: '我們必須行動。', speaker: '阿卜杜拉', role, sectionId: 'section-1', paragraphId: 'section-1-1',
    start, end: paragraph.indexOf('」') + 1, continues: null,
  }) as Quote;

  it('withholds a speaker whose role is a clause opening with 在, 當 or 自從', () => {
    expect(refuseWeakAttributions([quote('在鄰國總統')], located(paragraph))[0]?.speaker).toBeNull();
    expect(refuseWeakAttributions([quote('當鄰國總統')], located(paragraph))[0]?.speaker).toBeNull();
  });

  it('keeps one whose role only describes where they live or work (在深圳工作的)', () => {
    expect(refuseWeakAttributions([quote('在鄰國執政的總統')], located(paragraph))[0]?.speaker).toBe('阿卜杜拉');
  });
});

describe('a listed company’s tickers in brackets do not make the speaker’s phrase too long', () => {
  it('reads the holder after a long description with two tickers', () => {
    expect(shown('“订单比去年多。”按营收计全国第二大车企--长城汽车(601633.SS)(2333.HK)总裁张文华称。')).toEqual(['张文华']);
    expect(shown('「訂單比去年多。」以市值計本港最大地產商--新世界發展(0017.HK)(NDVLY.US)主席陳國強表示。')).toEqual(['陳國強']);
  });
});

describe('a transliterated name written with a full-width stop (艾米．华森) is one name', () => {
  it('reads it after a title and at the head of a clause', () => {
    expect(findRoleAndNameAtHead('参议员艾米．华森在周二')).toEqual({ speaker: '艾米．华森', role: '参议员' });
    expect(shown('州長保羅．格林表示：「我們會盡快補上席位。」')).toEqual(['保羅．格林']);
  });

  it('never shows the last part alone when the article writes the whole name', () => {
    // The full name once the short form is resolved (name-forms), withheld otherwise: never 格林 alone.
    expect(shown('州長保羅．格林周一宣布人選。', '格林也對記者說：「他是最合適的人。」')).not.toContain('格林');
    expect(shown('州长保罗．格林周一宣布人选。', '格林也对记者说：“他是最合适的人。”')).not.toContain('格林');
  });
});

describe('kin named after another person is who heads the clause', () => {
  it('takes the kin, with the other person in the role', () => {
    expect(findRoleAndNameAtHead('已故议员彼得．布朗的遗孀玛丽．布朗在推文中')).toEqual({ speaker: '玛丽．布朗', role: '已故议员彼得．布朗的遗孀' });
    expect(findRoleAndNameAtHead('總經理王大明的妻子李美華也')).toEqual({ speaker: '李美華', role: '總經理王大明的妻子' });
  });

  it('takes no one when the kin is not named', () => {
    expect(findRoleAndNameAtHead('董事長陳志強的助手在會後')).toBeNull();
  });

  it('a later 她 points at the kin, not at the one she is kin to', () => {
    expect(shown('已故议员彼得．布朗的遗孀玛丽．布朗在早些时候的推文中透露了人选。她写道，“他是我们家的老朋友”，会尽力服务选民。')).toEqual(['玛丽．布朗']);
  });
});

describe('social and community workers, and someone named by their tie to another', () => {
  it('splits a social worker’s post from the name', () => {
    expect(splitSpeakerRole('家扶中心社工督導林佳慧')).toEqual({ speaker: '林佳慧', role: '家扶中心社工督導' });
    expect(splitSpeakerRole('社区干事王海')).toEqual({ speaker: '王海', role: '社区干事' });
    expect(shown('陳姓里幹事表示：「他們一家真的很需要幫忙。」')).toEqual(['陳姓里幹事']);
  });

  it('reads the name after a relation word that follows 的', () => {
    expect(splitSpeakerRole('與他同住的友人阿珍')).toEqual({ speaker: '阿珍', role: '與他同住的友人' });
    expect(splitSpeakerRole('相识多年的邻居张丽')).toEqual({ speaker: '张丽', role: '相识多年的邻居' });
    expect(shown('老陳目前同住的友人阿珍說：「我會一直照顧他。」')).toEqual(['阿珍']);
  });
});

describe('someone named inside another’s view is the one spoken of', () => {
  /** The gate alone, on a speaker the attribution rules gave the quote. */
  function gated(paragraph: string, open: string, speaker: string): string | null {
    const start = paragraph.indexOf(open);
    const end = paragraph.indexOf(open === '「' ? '」' : '”', start) + 1;
    const quote = { id: 'q1', kind: 'speech', text: paragraph.slice(start + 1, end - 1), speaker, role: null, sectionId: 'section-1', paragraphId: 'section-1-1', start, end, continues: null } as Quote;
    return refuseWeakAttributions([quote], located(paragraph))[0]?.speaker ?? null;
  }

  it('withholds a name that first appears in what someone else 認為', () => {
    expect(gated('分析師林志明認為，特倫斯和波登之間最大的分歧是，「特倫斯只顧眼前」，波登則表示，會堅持長期規劃。', '「', '波登')).toBeNull();
    expect(gated('经济学家陈立认为，罗素与卡特的分工是，“罗素管总量”，卡特则回应称，将加快支出。', '“', '卡特')).toBeNull();
  });

  it('keeps the one whose view it is', () => {
    expect(gated('分析師林志明認為，特倫斯和波登之間最大的分歧是，「特倫斯只顧眼前」。', '「', '林志明')).toBe('林志明');
  });
});

describe('a description ending in 的 before a colon (…表達訴求的方法：「…」)', () => {
  it('is not who speaks, though its last word reads as a name (方法): 她 heading the sentence after 惟 (but) is (眾新聞)', () => {
    expect(shown('李綺雯說：「我唔驚。」惟她深信，上街並非唯一表達訴求的方法：「要爭取，有好多方式。」', '過去，她也曾與團體合作，替年輕人尋找短期工作，「未來想進修戲劇治療課程。」')).toEqual(['李綺雯', '李綺雯', '李綺雯']);
  });

  it('keeps a title and name handing over at a colon mid-paragraph (broadcast copy)', () => {
    expect(shown('股市昨日回落，利得證券(香港)董事總經理王榮昆:「市場觀望氣氛濃厚。」')).toEqual(['王榮昆']);
  });
});

describe('an everyday word after a title (引发网友关注)', () => {
  it('is no person, so a later 网友 stays the crowd (上游新闻)', () => {
    expect(shown('结果疑似有业主被保安用水桶泼水，引发网友关注。', '在相关视频的评论区，网友也普遍表示离谱，“太过分了”“真恶心，太下作了”。')).toEqual(['网友', '网友']);
  });
});

describe('a cause opening the clause (由于该文件明确提出“…”)', () => {
  it('is no part of the speaker (经济观察报)', () => {
    expect(shown('由于该文件明确提出“用改革创新的办法，在大城市规划建设保障性住房”，被多地官员称为“新房改方案”。')).not.toContain('由于该文件');
  });
});
