import { describe, expect, it } from 'vitest';
import { shown } from './speakers-shown';
import { hasSpeakerShape, isPlausibleSpeaker } from '../lib/content/extract/speakers/name-shape';

/**
 * A speaker phrase with no shape of a name, body, description or document, written once and with no
 * role, is withheld: on copy the rules had not seen, such phrases were pieces of the clause (內部信,
 * 方法, 神情凝重, 小華說), never someone the text brings in. Sentences invented for these tests.
 */

describe('a speaker phrase of no known shape, written once', () => {
  it('is withheld', () => {
    expect(shown('集团公布了工作进展，强化对性骚扰零容忍。内部信还强调，“无条件支持员工拒绝劝酒等行为”。')).toEqual([null]);
  });

  it('is kept when the article writes it again (a brand speaking)', () => {
    expect(shown('奈雪的茶今年在深圳开了三家店。奈雪的茶表示：“我们会继续扩张。”')).toEqual(['奈雪的茶']);
  });

  it('is kept when it is glossed as a pseudonym', () => {
    expect(shown('“我从09年开始写微博，这是我非常宝贵的财富。”旺旺雪饼（化名）说。')).toEqual(['旺旺雪饼']);
  });
});

describe('shapes a speaker has, whatever how often it is written', () => {
  it('takes names, bodies, meetings, seats, laws and familiar names', () => {
    for (const speaker of ['張德申', '林鄭月娥', '鮑威爾', '布朗', '玛姆斯托姆', 'Tim Cook', '阿里巴巴集團', '高层会议', '五角大樓', '公司法', '小芳', '秀英嫂', '家長', '某業務人士']) {
      expect(hasSpeakerShape(speaker) || speaker.startsWith('某'), speaker).toBe(true);
    }
  });

  it('does not take a thing or a state', () => {
    for (const phrase of ['内部信', '神情凝重', '一句話', '場面']) expect(hasSpeakerShape(phrase), phrase).toBe(false);
  });
});

describe('a negation in a short phrase', () => {
  it('makes it a clause, not a name', () => {
    expect(isPlausibleSpeaker('暫未有')).toBe(false);
  });
});
