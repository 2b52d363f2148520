import { describe, expect, it } from 'vitest';
import { personAnchoringPhrase, titledNamesIn } from '../lib/content/extract/speakers/name-anchor';
import { speechShown } from './speakers-shown';

/**
 * Speakers the clause reader could not cut down to a name though the article names the person elsewhere (a time and a
 * place between name and verb, a crawl's subhead run into the paragraph), and reporters of outlets whose names hold a
 * verb of reporting (21世纪经济报道). Shapes found on spent holdouts 33-35; sentences invented for these tests.
 */

function shown(...texts: string[]): [string | null, string | null][] {
  return speechShown(...texts).map((quote) => [quote.speaker, quote.role]);
}

describe('a fragment holding a name the article gives with a title', () => {
  it('is that person when a day, a place and a 時 clause follow the name (林志遠22日於台中市座談會時也說)', () => {
    expect(
      shown(
        '立法院昨日退回預算案，民進黨立委林志遠批評此舉傲慢。',
        '林志遠22日於台中市議會座談會時也說，「補償人民本是立法機關的權責，何來違憲之說？」',
      ).map(([speaker]) => speaker),
    ).toEqual(['林志遠']);
  });

  it('is that person when a run-in subhead stands before the name (市場信心不足林志遠認為：「…」)', () => {
    expect(
      shown('信義房屋總經理林志遠昨表示，房市量增價平。', '市場信心不足林志遠認為：「北市房價依舊高不可攀，民眾普遍買不起。」').map(([speaker]) => speaker),
    ).toEqual(['林志遠']);
  });

  it('is no one when the name was never given with a title or as a speaker elsewhere', () => {
    expect(shown('市場信心不足林志遠認為：「北市房價依舊高不可攀，民眾普遍買不起。」').map(([speaker]) => speaker)).toEqual([null]);
  });
});

describe('personAnchoringPhrase', () => {
  it('takes the longest known name opening the fragment, followed by a time or place', () => {
    expect(personAnchoringPhrase('林志遠22日於台中市議會', ['林志遠'])).toBe('林志遠');
    expect(personAnchoringPhrase('林志遠昨在立法院', ['林志遠'])).toBe('林志遠');
  });

  it('never reads a longer unknown name as the known one (林志遠明說 is not 林志遠 + 明)', () => {
    expect(personAnchoringPhrase('林志遠明', ['林志遠'])).toBe('林志遠');
    expect(personAnchoringPhrase('林志遠等', ['林志遠'])).toBeNull();
    expect(personAnchoringPhrase('林志遠和陳美華', ['林志遠', '陳美華'])).toBeNull();
  });

  it('takes a name closing the fragment only when no other known name stands before it', () => {
    expect(personAnchoringPhrase('房價仍高不下林志遠', ['林志遠'])).toBe('林志遠');
    expect(personAnchoringPhrase('陳美華批評林志遠', ['林志遠', '陳美華'])).toBeNull();
    expect(personAnchoringPhrase('林志遠的秘書', ['林志遠'])).toBeNull();
  });

  it('ignores names of two characters, which are as often a company or a word (万科, 公司)', () => {
    expect(personAnchoringPhrase('重庆万科', ['万科'])).toBeNull();
  });
});

describe('titledNamesIn', () => {
  it('lists a full name given after a title and written again', () => {
    expect(titledNamesIn('民進黨立委林志遠批評。林志遠22日說')).toEqual(['林志遠']);
  });

  it('leaves out a name written once, and one that always runs on into the same character (a transliteration)', () => {
    expect(titledNamesIn('董事長王石表示，公司穩定。')).toEqual([]);
    expect(titledNamesIn('印尼前外交部長馬亨德拉說。馬亨德拉又說')).toEqual([]);
  });
});

describe('a reporter of an outlet whose name holds a verb of reporting', () => {
  it('is spoken to, not reporting (…对21世纪经济报道记者表示)', () => {
    expect(
      shown('“日企擅长制造工艺和质量控制，以及在流程管理方面的严密规则。”奥维云网副总裁、黑电事业部总经理董敏对21世纪经济报道记者表示。'),
    ).toEqual([['董敏', '奥维云网副总裁、黑电事业部总经理']]);
  });

  it('is spoken to when 接受 names the reporter without the interview (郭梅德接受21世纪经济报道记者表示)', () => {
    expect(shown('以家电为例，“二战后日本制造业迅速崛起。”奥维云网白电副总郭梅德接受21世纪经济报道记者表示，但最近十年日本品牌日益少见。')).toEqual([
      ['郭梅德', '奥维云网白电副总'],
    ]);
  });
});

describe('a post whose first character could end a name', () => {
  it('stays the post (奥维云网副总裁 is no 云网副 with the title 总裁)', () => {
    expect(shown('“市场在变。”奥维云网副总裁表示。')).toEqual([['奥维云网副总裁', null]]);
  });
});
