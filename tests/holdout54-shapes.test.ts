import { describe, expect, it } from 'vitest';
import { speechShown, shown } from './speakers-shown';

/**
 * Shapes read in holdout 54 after its first score (蘋果日報 Hong Kong court copy, 路透, 中国新闻网, 证券日报), checked against
 * the spent copy and the unlabelled sample before being kept. Sentences invented for these tests.
 */

describe('Hong Kong trades and a regular before a name', () => {
  it('are the role, so a later 他 in the paragraph is that person, not the last speaker (夜更保安員陳先生…，他認為，「…」)', () => {
    const paragraphs = ['錢志健說：「甲。」', '夜更保安員陳先生昨早趕到法院聲援，他讚揚《蘋果》敢言。他認為政權清算傳媒行動陸續有來，「要做啲嘢要個個都驚」。'];
    expect(shown(...paragraphs)).toEqual(['錢志健', '陳先生']);
  });

  it('reads 示威常客 as who she is (示威常客王婆婆昨早到場，並高叫「撐蘋果」)', () => {
    expect(shown('示威常客王婆婆昨早到場，並高叫「撐蘋果」。')).toEqual(['王婆婆']);
  });
});

describe('words shouted', () => {
  it('are speech however short (大喊「加油」), not a name shouted (高喊「姚明」的名字)', () => {
    expect(speechShown('集會人士向國泰員工大叫「加油」。').map((quote) => quote.text)).toEqual(['加油']);
    expect(speechShown('部分观众开始高喊“姚明”的名字。')).toEqual([]);
  });

  it('leave what was done to the shouter out of the name (黃之鋒由四名員警抬走時不斷大叫 was 黃之鋒由四名員)', () => {
    expect(shown('黃之鋒由四名員警抬走時不斷大叫「七一上街」。')).toEqual(['黃之鋒']);
  });
});

describe('a sigh of comment', () => {
  it('慨嘆 hands the words over, colon or not (他慨嘆「盡量自己有能力就去支持」)', () => {
    expect(shown('陳先生說：「甲。」他慨嘆「盡量自己有能力就去支持，買多啲報紙」，表示會留守。')).toEqual(['陳先生', '陳先生']);
  });
});

describe('a surname alone after what the person does', () => {
  it('is the one full name given with it (本身在對沖基金工作的錢指 → 錢志健), and no one without one', () => {
    expect(shown('錢志健說：「甲。」本身在對沖基金工作的錢指，如果「夾硬嚟」，等於沒有一國兩制。')).toEqual(['錢志健', '錢志健']);
    expect(shown('本身在對沖基金工作的錢指，如果「夾硬嚟」，等於沒有一國兩制。')).toEqual([null]);
  });
});

describe('several people heading the clause', () => {
  it('give no one the words (黃浩銘、曾健成及陳寶瑩…，並高呼「…」, 黃浩銘和曾健成…，並表示：)', () => {
    expect(shown('社民連主席黃浩銘、成員曾健成及陳寶瑩於庭外拉起橫額抗議，並高呼「追尋真相」。')).toEqual([null]);
    expect(shown('黃浩銘和曾健成於庭外抗議，並表示：「追尋真相。」')).toEqual([null]);
  });

  it('leave one person with whom they met the speaker (黃浩銘和記者握手，並表示：)', () => {
    expect(shown('黃浩銘於庭外抗議，並表示：「追尋真相。」')).toEqual(['黃浩銘']);
    expect(shown('黃浩銘和記者握手，並表示：「追尋真相。」')).toEqual(['黃浩銘']);
  });
});

describe('news and opinion going round', () => {
  it('give their wording as speech of no one (传出“贾跃亭将回国”的消息, 有言论喊出“取缔”论调)', () => {
    expect(speechShown('今年7月份前后，外界还不断传出“贾跃亭将回国”的消息。').map((quote) => [quote.text, quote.speaker])).toEqual([['贾跃亭将回国', null]]);
    expect(shown('此前，甚至有言论喊出“取缔”论调。')).toEqual([null]);
  });
});

describe('a body publishing a report', () => {
  it('is who speaks, the report named at any length (中国外管局周五发布上半年国际收支报告称 was kept whole)', () => {
    expect(shown('中国外管局周五发布上半年国际收支报告称：“下半年国际收支将保持平衡。”')).toEqual(['中国外管局']);
  });
});
