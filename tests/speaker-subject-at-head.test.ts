import { describe, expect, it } from 'vitest';
import { shown, speechShown } from './speakers-shown';

/**
 * The subject heading a clause speaks at its end, however long the clause runs before the verb of saying
 * (何桂藍思索片刻後說, 魯比奧在Twitter上載的一段影片表示); a verb with only its manner before it (不捨地說) shares the
 * subject of the clause before. Sentences invented for these tests.
 */

describe('a name heading a long clause before the verb of saying', () => {
  it('is the speaker when the article has named them', () => {
    expect(shown('區議員何桂藍表示：「我會參選。」', '何桂藍思索片刻後說：「我覺得呢一個係其中一個代價。」').at(-1)).toBe('何桂藍');
  });

  it('is the speaker when a predicate opens right after the name', () => {
    expect(shown('魯比奧在Twitter上載的一段影片表示，「中國代表了全球挑戰」。')).toEqual(['魯比奧']);
  });

  it('keeps the title inside a transliterated name as the role', () => {
    const [quote] = speechShown('美國國家安全委員會發言人約翰·柯比爾（John Kirby）較早前表示，「俄羅斯正在尋求彈藥，我們會密切留意」。');
    expect([quote?.speaker, quote?.role]).toEqual(['約翰·柯比爾', '美國國家安全委員會發言人']);
  });

  it('is not the speaker when the words are someone else’s of theirs', () => {
    expect(shown('前記者何桂藍表示：「我會參選。」', '何桂藍的母親在家中憂心地說：「我只希望她平安。」').at(-1)).not.toBe('何桂藍');
  });
});

describe('a verb of saying with only its manner before it', () => {
  it('shares the subject of the clause before', () => {
    expect(shown('張德申昨日出席記者會，無奈地說：「公司已經盡力。」')).toEqual(['張德申']);
  });
});

describe('a body’s people named right after it heading the clause before (天成物业公司工作人员否认…，称“…”)', () => {
  it('are who speaks, as written (上游新闻)', () => {
    expect(shown('9日，天成物业公司工作人员否认用水泼业主一事，称当时是在打扫卫生，“没泼水啊，那是泼的伞。”')).toEqual(['天成物业公司工作人员']);
  });

  it('leave a body speaking alone as the body', () => {
    expect(shown('9日，天成物业公司否认用水泼业主一事，称当时是在打扫卫生，“没泼水啊，那是泼的伞。”')).toEqual(['天成物业公司']);
  });
});
