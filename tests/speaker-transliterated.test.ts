import { describe, expect, it } from 'vitest';
import { shown } from './speakers-shown';
import { splitSpeakerRole } from '../lib/content/extract/speakers/name-shape';

/**
 * Wire copy writes foreign names transliterated without a middle dot (玛姆斯托姆, 弗理兰) and puts them after
 * the quote: “…，”玛姆斯托姆说。 A name of five characters, all of them transliterating ones, is a name,
 * not a clause. Sentences invented for these tests.
 */

describe('a transliterated name after the quote', () => {
  it('is the speaker, five characters long', () => {
    expect(shown('“我们没有谈判任何事情，我们有一个工作组，”玛姆斯托姆说。')).toEqual(['玛姆斯托姆']);
  });

  it('is who a later 她 means', () => {
    expect(shown('欧盟贸易执委玛姆斯托姆周四表示，双方关系有所缓和。', '“我们没有谈判任何事情，”玛姆斯托姆说。', '“如果他们这么做，那我们也会这么做，”她说。')).toEqual(['玛姆斯托姆', '玛姆斯托姆']);
  });

  it('is not a clause of ordinary words five characters long', () => {
    expect(shown('“我们没有谈判任何事情，”会议结束后说。')).toEqual([null]);
  });
});

describe('a transliterated name after a title, two characters or doubling its sound (資深顧問帕克, 高級研究員塔米米)', () => {
  it('is the name, the title its role', () => {
    expect(splitSpeakerRole('資深顧問帕克')).toEqual({ speaker: '帕克', role: '資深顧問' });
    expect(splitSpeakerRole('義大利國際政治研究所高級研究員塔米米')).toEqual({ speaker: '塔米米', role: '義大利國際政治研究所高級研究員' });
  });

  it('leaves a doubled manner word no name', () => {
    expect(splitSpeakerRole('顧問大喇喇').role).toBeNull();
  });
});
