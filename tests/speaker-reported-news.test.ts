import { describe, expect, it } from 'vitest';
import { speechShown } from './speakers-shown';

/**
 * Shapes found on spent holdout 39: news going round (国内即有消息称“…”) is no one's; a body's unnamed spokesperson after a
 * long account of what they were doing, over the phone (…的苹果公司中国公关部相关负责人在电话中如是告诉记者), is the descriptor;
 * and a clock named with the day (北京时间6月11日下午，) between the quote and who said it. Sentences invented for these tests.
 */

function speakers(...texts: string[]): (string | null)[] {
  return speechShown(...texts).map((quote) => quote.speaker);
}

describe('news going round', () => {
  it('names no speaker (国内即有消息称“…”)', () => {
    expect(speakers('事实上，在新机发布后，国内即有消息称“9月将登陆中国内地市场，价格会下调”。')).toEqual([null]);
  });

  it('leaves an unnamed source of news its descriptor (有消息人士称)', () => {
    expect(speakers('有消息人士称：“新机9月将登陆中国内地市场，价格会下调。”')).toEqual(['消息人士']);
  });
});

describe('a body’s unnamed spokesperson after a long account of what they were doing', () => {
  it('is the descriptor, over the phone and after a clock named with the day', () => {
    expect(
      speakers('“进入中国内地市场没有时间表，传言都不准确。”北京时间6月11日下午，身在美国加州参加全球开发者大会(WWDC)的果壳公司中国公关部相关负责人在电话中如是告诉记者。'),
    ).toEqual(['果壳公司中国公关部相关负责人']);
  });
});
