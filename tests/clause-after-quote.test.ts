import { describe, expect, it } from 'vitest';
import { shown } from './speakers-shown';

/**
 * What runs on after a quote in a sentence someone already speaks in. A clause closing the sentence names the quote's
 * speaker only when it names someone: one whose verb has no one before it (，但拒絕詳細說明) leaves the sentence's speaker
 * standing. Sentences invented for these tests; the shape is from a New York Times Chinese report (京东发言人表示，…).
 */
describe('a clause after the quote that names no one', () => {
  it('leaves the speaker before the quote (…表示，該公司「…」，但拒絕詳細說明。)', () => {
    expect(shown('京东发言人表示，该公司“对未来双方的合作充满信心”，但拒绝详细说明。')).toEqual(['京东发言人']);
    expect(shown('張三表示，公司「對未來充滿信心」，但拒絕詳細說明。')).toEqual(['張三']);
  });

  it('still gives the quote to someone the clause does name (「…」，李四說。)', () => {
    expect(shown('張三表示，公司前景不明。「我們對未來充滿信心」，李四說。')).toEqual(['李四']);
    expect(shown('張三表示，公司前景不明，「我們對未來充滿信心」，他的同事李四補充說。')).toEqual(['李四']);
  });
});
