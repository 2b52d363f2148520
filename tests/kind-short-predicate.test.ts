import { describe, expect, it } from 'vitest';
import { speechShown } from './speakers-shown';
import { extractQuotes } from '../lib/content/extract/quotes';
import { located } from './speakers-shown';

/**
 * A short quote that is the predicate of someone's reported words, after a copula, a limit or a verb of becoming
 * (僅「靠罰」, 非「偵探」, 變成「磨心」, 进入“深水区”): LABELS.md's "evaluative or figurative word of the speaker's that names
 * nothing", so speech. A quote after an aim or a label (定位為「…」, 目標是「…」) names the aim: a term. Invented sentences.
 */

function kinds(text: string): [string, string, string | null][] {
  return extractQuotes(located(text)).map((quote) => [quote.text, quote.kind, quote.speaker]);
}

describe('a short predicate in reported words', () => {
  it('is the speaker’s speech', () => {
    expect(speechShown('物業管理公司協會會長陳志球批評，政府推行減廢僅「靠罰」，但管理公司非「偵探」，最終只能做「負責角色」。').map((quote) => [quote.text, quote.speaker])).toEqual([
      ['靠罰', '陳志球'],
      ['偵探', '陳志球'],
      ['負責角色', '陳志球'],
    ]);
    expect(kinds('他表示，从历史经验看，消费是“慢变量”且具有较强的顺周期性。')).toEqual([['慢变量', 'speech', null]]);
  });

  it('is a term after an aim or a label, or with a noun after it', () => {
    expect(kinds('他表示，國家定位香港為「超級聯繫人」。')[0]?.[1]).toBe('term');
    expect(kinds('他表示，公司的目標是「零事故」。')[0]?.[1]).toBe('term');
    expect(kinds('他表示，改革已进入“深水区”阶段。')[0]?.[1]).toBe('term');
  });

  it('is a term with no one speaking in the sentence', () => {
    expect(kinds('政府推行減廢僅「靠罰」，管理公司非「偵探」。').map(([, kind]) => kind)).toEqual(['term', 'term']);
  });
});

describe('a rumour named right after its words, with no 的 (回应“…”传闻)', () => {
  it('is speech: the wording of the rumour (虎嗅, 北京商报)', () => {
    expect(kinds('俞敏洪回应“新东方转型培训父母”传闻：从来没有。').map(([, kind]) => kind)).toEqual(['speech']);
    expect(kinds('富力地产在近期回应“下半年原则上暂停拿地工作”传闻时，强调不是不拿地。').map(([, kind]) => kind)).toEqual(['speech']);
  });

  it('leaves a stance named by its remarks a term (马哈蒂尔的“禁售禁签证”言论)', () => {
    expect(kinds('马哈蒂尔的“禁售禁签证”言论引发了轩然大波。').map(([, kind]) => kind)).toEqual(['term']);
  });
});

describe('a principle held to, named by the quote before 的原则 (秉承“…”的原则)', () => {
  it('is a term, however like a sentence (中新经纬)', () => {
    expect(kinds('他称，国内金融安全网的建设始终秉承“事前防范金融风险过度积累，事中、事后快速高效处置风险”的原则。').map(([, kind]) => kind)).toEqual(['term']);
  });

  it('leaves words said about a principle speech (他说：“…”)', () => {
    expect(kinds('他说：“事前防范金融风险过度积累，事中、事后快速高效处置风险。”').map(([, kind]) => kind)).toEqual(['speech']);
  });
});

describe('a target named by its words before 的目标 (提到「…」的目標)', () => {
  it('is a term (風傳媒)', () => {
    expect(kinds('馬亨德拉補充,在最新氣候協定中提到「2030年停止並減緩森林損失和土地退化」的目標,印尼將其理解為永續的森林管理。').map(([, kind]) => kind)).toEqual(['term']);
  });
});
