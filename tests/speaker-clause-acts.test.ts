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

describe('who a speech verb names when its subject points back or is a surname alone', () => {
  it('gives 她 speaking again in the same sentence to that sentence\'s speaker, not to someone mentioned since', () => {
    const shownHere = shown('蔡慶富妻子阿秋說，今年初，蔡慶富口腔內出現白斑，雖立即就醫，但病情仍持續惡化，她說：「親朋好友很多人都罹患口腔癌。」');
    expect(shownHere).not.toContain('蔡慶富');
    expect(shown('王美玲表示，去年公司的李志明加薪被拒後離職，她指出：「這不可能。」')).not.toEqual(['李志明']);
  });

  it('does not run the last speaker on into a surname that fits no one (劉稱 after 劉女士 and 劉小姐)', () => {
    expect(shown('最終保安將劉小姐轉介給在場警員，警員向保安稱：「佢話佢今朝入過去喎，俾佢入去啦，佢都話搵下個電話」。保安最後放行。劉事後果然櫃枱附近尋回電話。劉稱：「嗱！都話啦！」她指，曾問保安可否填表代替，「出面個保安話唔得。」')[1]).toBeNull();
  });
});
