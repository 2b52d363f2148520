import { describe, expect, it } from 'vitest';
import { shown } from './speakers-shown';

/**
 * A feature's own questions (lib/content/extract/speakers/reporter-questions.ts): the reporter asks in one paragraph and
 * the one asked answers in the next, in a quote standing alone. Shapes of 眾新聞's interview with 何桂藍 (holdout 3),
 * sentences shortened.
 */

describe('an answer standing alone after the reporter asks', () => {
  it('is the one asked, after 我問', () => {
    expect(shown('何桂藍說：「過去一年最困難的，就是要將自己的角色轉換。」', '我問：「你的意思是指，記者的付出不及從政人士嗎？」', '「咁又唔係，唔係呢個意思。」')).toEqual([
      '何桂藍',
      null,
      '何桂藍',
    ]);
  });

  it('is never the reporter, after 記者問', () => {
    expect(shown('何桂藍說：「過去一年最困難的，就是要將自己的角色轉換。」', '記者問：「你的意思是指，記者的付出不及從政人士嗎？」', '「咁又唔係，唔係呢個意思。」')).toEqual([
      '何桂藍',
      '記者',
      '何桂藍',
    ]);
  });

  it('is no one when the question follows no named voice', () => {
    expect(shown('記者問：「你的意思是指，記者的付出不及從政人士嗎？」', '「咁又唔係，唔係呢個意思。」')).toEqual(['記者', null]);
  });
});
