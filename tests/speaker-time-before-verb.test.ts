import { describe, expect, it } from 'vitest';
import { shown } from './speakers-shown';

/**
 * When someone spoke, written between their name and the verb (川普上个月表示, 李明去年底指出, 王強稍早說), is
 * not part of who they are. Sentences invented for these tests.
 */

describe('a time between the speaker and the verb', () => {
  it.each(['上个月', '上個月初', '去年', '去年底', '今年初', '前年', '稍早', '早些时候', '当天', '去年3月'])('%s is dropped from the name', (time) => {
    expect(shown(`李明${time}表示：“公司的现金流仍然健康，明年会继续派息。”`)).toEqual(['李明']);
  });

  it('leaves a body before the time as the speaker', () => {
    expect(shown('小米集團去年表示：「公司的現金流仍然健康，明年會繼續派息。」')).toEqual(['小米集團']);
  });
});

describe('a time opening the clause before the speaker', () => {
  it('is not part of who they are (去年公司领导…多次提到)', async () => {
    const { trimSpeakerPhrase } = await import('../lib/content/extract/quotes');
    expect(trimSpeakerPhrase('去年公司领导')).toBe('公司领导');
    expect(trimSpeakerPhrase('上个月该行')).toBe('该行');
    expect(trimSpeakerPhrase('去年')).toBe('去年');
  });
});

describe('a bare 一 counting one of a group', () => {
  it('is dropped, as LABELS.md drops a count (一网友留言说)', async () => {
    const { trimSpeakerPhrase } = await import('../lib/content/extract/quotes');
    expect(trimSpeakerPhrase('一网友')).toBe('网友');
    expect(trimSpeakerPhrase('一加手机')).toBe('一加手机');
  });
});

describe('后来 and a tweet between the name and the verb (特朗普后来发推文称)', () => {
  it('leaves the name (路透)', () => {
    expect(shown('“至少加拿大知道我的立场，”特朗普后来发推文称。')).toEqual(['特朗普']);
  });
});

describe('the matter taken up before a formal speech act (也就股票归属问题提出质疑)', () => {
  it('is what they spoke on, not who (网易)', () => {
    expect(shown('韩世同在举报信中也就股票归属问题提出质疑，“到底万科的企业股是应该属于企业，还是88年上市前的员工？”，这也是需要界定清楚的问题。')).toEqual(['韩世同']);
  });
});
