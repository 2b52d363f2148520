import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../lib/content/extract/timeline';

/**
 * The timeline's last gate (lib/content/extract/timeline/confidence.ts), on the shapes of real
 * sentences it was written from: each refusal, and a sentence of the same kind that must stay.
 * Sentences are short quotations of the outlet named beside each case.
 */

/** `dateText → date` of every event in some paragraphs, in text order. */
function datesIn(texts: string | readonly string[], published: string): string[] {
  const paragraphs = (typeof texts === 'string' ? [texts] : texts).map((text, index) => ({ sectionId: 's', paragraphId: `p${index + 1}`, text }));
  const order = (id: string) => id.split(/-t|p/).filter(Boolean).map(Number);
  return extractTimeline(paragraphs, published)
    .sort((a, b) => {
      const [pa = 0, ta = 0] = order(a.id);
      const [pb = 0, tb = 0] = order(b.id);
      return pa - pb || ta - tb;
    })
    .map((event) => `${event.dateText} → ${event.date}`);
}

describe('storm signals are numbers, not days', () => {
  it('refuses 8號風球 and a choice between 9號 and 10號 (RFI, Hong Kong)', () => {
    expect(datesIn('至於是改掛 9號抑或最高的10號風球，天文台未有透露。', '2023-09-01')).toEqual([]);
    expect(datesIn('「溫黛」襲港期間，天文台懸掛最高的 10號風球，風暴期間有 183人死亡或失蹤。', '2023-09-01')).toEqual([]);
  });

  it('keeps the day of the clause that hoisted the signal (RFI, Macau)', () => {
    expect(datesIn('澳門方面，當地氣象局亦於今日下午 2時改發 8號西北風球。', '2023-09-01')).toEqual(['今日 → 2023-09-01']);
  });

  it('keeps a bare 18號 that is a day', () => {
    expect(datesIn('台股18號收盤上漲120點。', '2024-03-20')).toEqual(['18號 → 2024-03-18']);
  });
});

describe('a forecast of a coming day', () => {
  it('refuses what may happen today or tomorrow (UP Media, typhoon)', () => {
    expect(datesIn('中央氣象局觀測，海葵正緩慢增強中，可能在今天（1日）轉為中颱。', '2023-09-01')).toEqual([]);
    expect(datesIn('國家災防科技中心則預警，海葵最接近台灣的時間為明天至後天（3日）。', '2023-09-01')).toEqual([]);
  });

  it('refuses tonight in a forecast sentence (RFI)', () => {
    expect(datesIn('天文台中午時預計，「蘇拉」會在下午5時進入香港100公里範圍內，並於今晚至明早最接近香港。', '2023-09-01')).toEqual([]);
  });

  it('keeps a plan fixed for a coming day (CNA)', () => {
    expect(datesIn('美拉尼西亞先鋒集團將於明天舉行會議，討論福島核處理水排放問題。', '2023-08-23')).toEqual(['明天 → 2023-08-24']);
  });

  it('keeps what already happened today beside a forecast (RFI)', () => {
    expect(datesIn('預測該颱風將於今天下午至夜間登陸；而深圳機場更是在今天中午起已暫停航班升降。', '2023-09-01')).toEqual(['今天 → 2023-09-01']);
  });
});

describe('one day, one entry', () => {
  it('reads a bracket restating the day just named with it, as one entry (UP Media)', () => {
    expect(datesIn('「台灣米其林指南2023」星級餐廳昨天（8月31日）頒獎，RAW卻沒有獲得三星。', '2023-09-01')).toEqual(['昨天（8月31日） → 2023-08-31']);
  });

  it('keeps a time of a day already named, written another way, as another happening (LABELS.md; five labelled articles list 昨 and 昨晚 apart)', () => {
    expect(datesIn('深圳機場更是在今天中午起已暫停航班升降；至於廣東汕尾更是今早已全市停工。', '2023-09-01')).toEqual(['今天 → 2023-09-01', '今早 → 2023-09-01']);
    expect(datesIn('昨早警方到場調查。昨午2時許，黃駕跑車再現身。', '2018-12-17')).toEqual(['昨早 → 2018-12-16', '昨午 → 2018-12-16']);
  });

  it('still reads 昨 and 昨日 as one word for the day', () => {
    expect(datesIn('大獎昨公布得獎名單，評審團昨日解釋了標準。', '2025-09-21')).toEqual(['昨 → 2025-09-20']);
  });

  it('keeps yesterday evening beside today: another day (RFI)', () => {
    expect(datesIn('亦有乘客錯過昨晚的班機；機場今天有大約 366班航班取消。', '2023-09-01')).toEqual(['昨晚 → 2023-08-31', '今天 → 2023-09-01']);
  });
});

describe('a day of a year told only as "that year"', () => {
  it('refuses 當年…9月1日: the year is the story’s, not publication’s (RFI)', () => {
    expect(datesIn('更令人提高警戒的是，「溫黛」當年亦是在 9月1日襲港。', '2023-09-01')).toEqual([]);
  });

  it('keeps a month and day with its year (RFI)', () => {
    expect(datesIn('至於 2018年9月16日襲港的超強颱風「山竹」，在香港造成超過 360人受傷。', '2023-09-01')).toEqual(['2018年9月16日 → 2018-09-16']);
  });
});

describe('a run of years counted one by one', () => {
  it('refuses the first year of a run whose figures follow (36Kr/投资家, from a prospectus)', () => {
    expect(datesIn('招股书显示，2018年至2021年前9月，公司营收分别为3720.8万元、2.29亿元、4.62亿元、5.53亿元。', '2022-01-18')).toEqual([]);
  });

  it('keeps the start of a stretch in which something happened (CNA)', () => {
    expect(datesIn('法國在1966年至1996年間，於太平洋島國進行了核試驗。', '2023-08-23')).toEqual(['1966年至1996年 → 1966']);
  });

  it('keeps years listed one by one with their own figures', () => {
    expect(datesIn('创新奇智曾表示，其制造业客户数量2018年仅为16家，到2020年就增至93家。', '2022-01-18')).toEqual(['2018年 → 2018', '2020年 → 2020']);
  });
});

describe('the year of publication named alone', () => {
  it('refuses how the year is going: a state, a comparison, a figure so far, a forecast (holdout copy)', () => {
    expect(datesIn('研究总监解释称，今年荔枝价格较往年偏贵，与“大小年”分不开。', '2022-07-18')).toEqual([]);
    expect(datesIn('霍尊退出节目，芒果超媒今年已蒸发636亿元。', '2021-08-13')).toEqual([]);
    expect(datesIn('美股史上最长的牛市应逐步减速，今年或收在当前水准附近。', '2018-11-29')).toEqual([]);
    expect(datesIn('老板要求我们今年一定要获得某个排名。', '2019-11-30')).toEqual([]);
    expect(datesIn('相當於減少48萬戶住宅一年用電量,今年要力拚電網穩定。', '2023-01-10')).toEqual([]);
  });

  it('keeps the year when something happens or is planned in it, or a part of it is named', () => {
    expect(datesIn('中鋼股東會紀念品每年都十分受到關注,今年推出的『傘Q』雨傘一推出就掀起搶購。', '2023-06-16')).toEqual(['今年 → 2023']);
    expect(datesIn('中国官员表示，今年的峰会将加强非洲在“一带一路”倡议中的作用。', '2018-09-03')).toEqual(['今年 → 2018']);
    expect(datesIn('中国在今年早些时候已经暂停公布按照国别分类的原油进口细节数据。', '2018-08-08')).toEqual(['今年 → 2018']);
    expect(datesIn('原本有赞计划今年重力发展新零售部门。', '2022-04-01')).toEqual(['今年 → 2022']);
    expect(datesIn('公司今年将建设两座新厂。', '2018-09-07')).toEqual(['今年 → 2018']);
    expect(datesIn('但因今年门槛提高至286亿美元，这三家企业未能入围。', '2022-08-03')).toEqual(['今年 → 2022']);
  });

  it('leaves a past year named alone to the rules before the gate', () => {
    expect(datesIn('2018年，荔枝价格较往年偏贵。', '2022-07-18')).toEqual(['2018年 → 2018']);
  });
});

describe('the weather of a day still to come', () => {
  it('is a forecast, whatever its verb (晴報, Hong Kong)', () => {
    expect(datesIn('至下周日（9日）最低氣溫會再下調至13度，下周一（10日）跌至12度；至下周六（15日）氣溫才稍回升至16度。', '2018-12-07')).toEqual([]);
  });

  it('is a forecast for a coming week or weekend too (下周, 本周末)', () => {
    expect(datesIn('下周初中期氣溫進一步下調，市區最低僅12度。', '2018-12-07')).toEqual([]);
    expect(datesIn('料本周末天氣轉冷，生意額會較平日周末升10%至15%。', '2018-12-07')).toEqual([]);
    expect(datesIn('公司下周公布業績。', '2018-12-07')).toEqual(['下周 → 2018-12']);
  });

  it('keeps today’s weather and a coming day that is no weather', () => {
    expect(datesIn('今日（7日）最低氣溫會降至17度。', '2018-12-07')).toEqual(['今日（7日） → 2018-12-07']);
    expect(datesIn('公司將於9日公布業績。', '2018-12-07')).toEqual(['9日 → 2018-12-09']);
  });
});
