import { describe, expect, it } from 'vitest';
import { shown } from './speakers-shown';

/**
 * Verbs of saying that are no one's speech act in the sentence they sit in: they must not stand
 * between a named speaker and the quote that closes the speaker's own sentence.
 */

describe('a verb of saying that performs no speech act', () => {
  it('is one predicate of a list joined by 、 (白天四處亂走、說些聽不懂的話)', () => {
    expect(shown('陳秀美說，丈夫出院後狀況更糟，白天四處亂走、說些聽不懂的話，常靠鄰居扶回來，「我現在得照顧他，沒法去工作。」')).toEqual(['陳秀美']);
    expect(shown('陈秀美说，丈夫出院后状况更糟，白天四处乱走、说些听不懂的话，常靠邻居扶回来，“我现在得照顾他，没法去工作。”')).toEqual(['陈秀美']);
  });

  it('is an act the clause denies (开发商没有给出一个合理解释, 對方並未作出任何回應)', () => {
    expect(shown('王小明表示，自己是一期业主，从9月30日到现在，开发商没有给出一个合理解释，“房子质量太差了，木地板踩这头那头响。”')).toEqual(['王小明']);
    expect(shown('林志強指出，公司上月已去信查詢，對方並未作出任何回應，「我們只能等。」')).toEqual(['林志強']);
  });

  it('still lets a body that does explain speak', () => {
    expect(shown('王小明表示，自己是一期业主。开发商解释称，“工期受疫情影响。”')).toEqual(['开发商']);
  });
});
