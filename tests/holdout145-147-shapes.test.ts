import { describe, expect, it } from 'vitest';
import { shown } from './speakers-shown';

/**
 * Shapes read from holdouts 145 (Hong Kong and Taiwan) and 147 (mainland features) after their first score. Sentences invented
 * for these tests.
 */
describe('a crowd where it stands, counted as some', () => {
  it('is the crowd (在場部份股東大叫「…」)', () => {
    expect(shown('在場部份股東大叫「出去」、「下台」。')).toEqual(['股東', '股東']);
  });
});

describe('how much a person feels, between the name and the verb', () => {
  it('is no part of the name (“…”陈唐有些感慨。)', () => {
    expect(shown('陈唐是一名外贸业务员。', '“没想到今年订单这么多。”陈唐有些感慨。')).toEqual(['陈唐']);
  });
});

describe('a quote opening its paragraph, then a clause of when, then the person the feature follows', () => {
  it('is theirs (“…”吃饭间隙，张婷拿起手机…)', () => {
    expect(shown('来自北京的游客张婷说：“这个套餐很划算。”', '公园总经理胡锋介绍：“我们推出多项优惠。”', '“凭入园码打九折，又能省一笔。”吃饭间隙，张婷拿起手机又研究起演出信息。')).toEqual(['张婷', '胡锋', '张婷']);
  });

  it('is not a pair of kin read as a name (“…”而當時…，母子倆便遷至桃園)', () => {
    expect(shown('「賣衣服賺不了多少錢。」而當時房租很貴，母子倆便遷至桃園，母子倆相依為命。')).toEqual([null]);
  });

  it('is not a name written once and unknown to the article (“…”下午三点，王大明来到…)', () => {
    expect(shown('“排队的人太多了。”下午三点，王大明来到大厅。')).toEqual([null]);
  });
});

describe('what something is to someone, in their words (對X來說，「…」)', () => {
  it('is theirs, the description before the name set aside (對…的26歲港女陳筱瑜來說，「…」)', () => {
    expect(shown('對今年移民到台南經營咖啡店的26歲港女陳筱瑜來說，「比較可以生活」是來台主因。')).toEqual(['陳筱瑜']);
  });

  it('leaves a crowd’s one-word value a term, the frame no verb of saying (對投資者而言，「穩定」最重要)', () => {
    expect(shown('對投資者而言，「穩定」最重要。')).toEqual([]);
  });
});

describe('a couple named by one of them', () => {
  it('speaks as the text names them (梁璟釗夫婦坦言)', () => {
    expect(shown('「在這裡可以做很多不同工作」，梁璟釗夫婦坦言，當初考量是希望女兒將來有選擇。')).toEqual(['梁璟釗夫婦']);
  });
});
