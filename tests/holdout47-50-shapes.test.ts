import { describe, expect, it } from 'vitest';
import type { LocatedParagraph } from '../lib/content/model';
import { extractQuotes } from '../lib/content/extract/quotes';
import { extractTimeline } from '../lib/content/extract/timeline';
import { located, shown, speechShown } from './speakers-shown';

/**
 * Shapes found on spent holdouts 47-50 (Taiwan and mainland copy: 數位時代, 鏡週刊, 新浪财经, 南方都市报, 华夏时报, 成都商报…),
 * read once those were spent. Sentences invented for these tests.
 *
 * Speakers: a name right after the quote hands it the words whoever the sentence opened with; a title in capitals (CFO)
 * before a name in Latin letters; a board's member before a transliterated name; a reaction given in its words
 * (第一反应是“…”) after a clause of learning something (看到新闻后); 这么认为 after the words.
 * Kinds: a rule or bill named in quote marks, a body being set up, a name in apposition after a dash.
 * Timeline: a quarter after a Latin name (SoFi一季度), a date after 此前, the year after next (後年), a count of days after
 * 短短, and the market's expectation of what someone will do on a day.
 */

function kinds(...texts: string[]): string[] {
  return extractQuotes(located(...texts)).map((quote) => `${quote.text}:${quote.kind}`);
}

function datesIn(text: string, published: string): string[] {
  const paragraphs: LocatedParagraph[] = [{ sectionId: 's', paragraphId: 'p1', text }];
  return extractTimeline(paragraphs, published).map((event) => `${event.dateText} → ${event.date}`).sort();
}

describe('a name right after the quote', () => {
  it('is who said it, though the sentence opened with someone else (…，「…」張三說。)', () => {
    expect(shown('公司的大股東包含日本軟銀，但海外業務至今仍不算成功，「日本市場真的很難做。」張家明說。')).toEqual(['張家明']);
  });

  it('leaves a sentence that opens with someone else, and names no one after the quote, to its opener', () => {
    expect(shown('王小明說：「我們會再談。」', '主席黃美慧以其居所為例，「每月電費多了三成。」')).toEqual(['王小明', '黃美慧']);
  });
});

describe('titles before a name', () => {
  it('takes a title in capitals as the role, not a given name (摩根大通CFO Barnum)', () => {
    const [quote] = speechShown('摩根大通CFO Barnum表示：“这笔交易有助于稳定金融体系。”');
    expect([quote?.speaker, quote?.role]).toEqual(['Barnum', '摩根大通CFO']);
  });

  it('reads a board member before a transliterated name (董事会成员布莱恩·施莱尔)', () => {
    const [quote] = speechShown('红杉资本合伙人、Dropbox董事会成员布莱恩·施莱尔（Bryan Schreier）称：“现在正是上市的最佳时机。”');
    expect(quote?.speaker).toBe('布莱恩·施莱尔');
  });
});

describe('a reaction given in its words', () => {
  it('is theirs, after a clause of learning something (市民王小姐看到新闻后第一反应是“…”)', () => {
    expect(shown('市民王小姐看到新闻后第一反应是“房贷也能扣除？那我就不用交个税了！”')).toEqual(['王小姐']);
    expect(shown('陈先生听到消息后的第一反应就是：“这下要多交钱了。”')).toEqual(['陈先生']);
  });
});

describe('这么认为 after the words', () => {
  it('hands them to the group that thinks so (“…”不少家属这么认为。)', () => {
    expect(shown('对老人来说，最看重的是离家近。“探望非常方便，就像第二个家。”不少家属这么认为。')).toEqual(['家属']);
  });
});

describe('names in quote marks', () => {
  it('reads a rule or bill named in marks as its title', () => {
    expect(kinds('交通部16日公布子法「執行台灣鐵路股份有限公司營業所需經費辦法草案」，卻被工會質疑程序。')).toEqual(['執行台灣鐵路股份有限公司營業所需經費辦法草案:term']);
  });

  it('keeps a saying about a rule as speech (“将制定…的指导意见”)', () => {
    expect(kinds('工信部副部长张云明表示，将采取措施，其中包括“将制定促进换电模式发展的指导意见”。')).toEqual(['将制定促进换电模式发展的指导意见:speech']);
  });

  it('reads an airline being set up, or named after a dash, as a name', () => {
    expect(kinds('吉祥航空正在广州筹建“九元航空”，以珠三角为目标市场。')).toEqual(['九元航空:term']);
    expect(kinds('均瑶集团方面也表示，吉祥航空欲在广州设立低成本航空公司—“九元航空”。')).toEqual(['九元航空:term']);
  });
});

describe('dates', () => {
  it('reads a quarter right after a name in Latin letters (SoFi一季度)', () => {
    expect(datesIn('SoFi一季度营收增长20%，超出预期。', '2023-05-02')).toEqual(['一季度 → 2023-Q1']);
  });

  it('still reads no quarter inside a code of letters and figures', () => {
    expect(datesIn('新款AQ4型号的产品营收增长20%。', '2023-05-02')).toEqual([]);
  });

  it('reads a day after 此前 (此前6月3日), and not the first six months after a bare 前', () => {
    expect(datesIn('此前6月3日，深南股份披露大股东所持股份遭强制平仓。', '2019-06-13')).toEqual(['6月3日 → 2019-06-03']);
    expect(datesIn('公司前6月营收增长两成。', '2019-07-13')).toEqual([]);
  });

  it('reads 後年 as the year after next', () => {
    expect(datesIn('台鐵將從後年起實施公司化，交通部已公布子法。', '2022-12-20')).toEqual(['後年 → 2024']);
  });

  it('reads a count of days after 短短 as how long, not a day', () => {
    expect(datesIn('公司於昨（19）日舉辦法說會，短短10日報名人數就突破1,000位。', '2019-03-20')).toEqual(['昨（19）日 → 2019-03-19']);
  });

  it('drops the market expecting what someone will do on a day, and keeps the doer planning it', () => {
    expect(datesIn('市场目前预计美联储将在本周三加息25个基点。', '2023-05-02')).toEqual([]);
    expect(datesIn('公司预计将于本周三正式上市。', '2023-05-02')).toEqual(['本周三 → 2023-05-03']);
  });
});
