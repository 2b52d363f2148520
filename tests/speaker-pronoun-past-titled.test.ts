import { describe, expect, it } from 'vitest';
import { shown } from './speakers-shown';

/**
 * 他 or 她 written after someone the article brings in by title and name, never quoted before, is not
 * the earlier speaker: wire copy names a head of state once with his post (美国总统特朗普则通知国会) and
 * then reports him through 他 inside a clause about him. Sentences invented for these tests.
 */

describe('a pronoun after a titled person the article never quoted', () => {
  const opening = '路透华盛顿9月2日 - 美加贸易谈判周五结束。而美国总统特朗普则通知国会，他打算与墨西哥签署协议。';
  const speaker = '“我们会继续努力，一旦达成有利的协议，我们就会签署，”加拿大外长弗理兰在记者会上表示。';

  it('is not the speaker quoted before: it is the one whose leak the clause before tells (路透, holdout 5)', () => {
    expect(shown(opening, speaker, '但周五气氛发生变化，部分因为特朗普私下对媒体的爆料，他说不管达成何种协议，都要“完全按照我们的条件来”。').at(-1)).toBe('特朗普');
  });

  it('still goes back to the speaker when no one else comes between', () => {
    expect(shown(opening, speaker, '她说，双方下周三将重启谈判，“我们对达成协议仍然乐观”。').at(-1)).toBe('弗理兰');
  });

  it('goes back past a titled person met only as an object', () => {
    expect(shown(opening, speaker, '记者问及对特朗普言论的看法时，她说，“我们知道他的立场”。').at(-1)).toBe('弗理兰');
  });
});

describe('a pronoun opening a sentence after one about someone the article keeps naming', () => {
  const before = '聖公會教省秘書長管浩鳴今早表示，陳同佳的意願無變，但暫未有辦法取得簽證。陳同佳仍在香港。陳同佳在等候消息。';

  it('is not the last speaker: it is the one the article keeps naming as the subject of its clauses', () => {
    expect(shown(before, '一年前的今天，是陳同佳出獄的日子。他當時步出監獄，聲稱：「我願意自首。」').at(-1)).toBe('陳同佳');
  });

  it('is the last speaker when no one else has been the subject since', () => {
    expect(shown('聖公會教省秘書長管浩鳴今早表示，陳同佳的意願無變。', '一年前的今天，天氣晴朗。他當時在記者會上聲稱：「我會繼續協助。」').at(-1)).toBe('管浩鳴');
  });
});
