import { describe, expect, it } from 'vitest';
import { speechShown, shown } from './speakers-shown';

/**
 * A reason or account an institution gives, quoted right after its frame (领导给的唯一说法是“效益不好”, 官网给出的理由统一为“…”):
 * LABELS.md has it as the speech of whoever gave it. Sentences invented for these tests.
 */

describe('an account an institution gives', () => {
  it('is speech, by the body or its people', () => {
    expect(speechShown('公司领导给的唯一说法是“效益不好”。').map((quote) => [quote.kind, quote.speaker])).toEqual([['speech', '公司领导']]);
    expect(shown('此前一些门店关闭时，官网给出的理由统一为“租约到期，寻找新址确定后将会再次公告”。')).toEqual(['官网']);
    expect(shown('当时市容环境卫生局给的理由是“事业单位体制改革”。')).toEqual(['市容环境卫生局']);
  });

  it('leaves a person’s reason to the other rules: no speaker from the frame alone', () => {
    expect(shown('他给的理由是“家里有事，下次再说”。')).toEqual([null]);
  });
});
