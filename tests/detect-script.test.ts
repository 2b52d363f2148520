import { describe, expect, it } from 'vitest';
import { loadArticles } from '../lib/content/load-articles';
import { createTextConverter } from '../lib/content/convert';
import { MIN_HAN_TO_TELL, describeReading, detectScript } from '../lib/content/detect-script';

const seedText = () =>
  loadArticles()
    .find((article) => article.slug === 'xiaomi-tianxing-traffic-partners')!
    .sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))
    .join('\n');

const HK = '滙豐香港區行政總裁林慧虹在記者會上表示：「加息是考慮到資金成本持續上升，我們會密切留意市場情況。」她又指，銀行體系結餘已大幅減少。';
const TW = '台積電董事長魏哲家在法說會上指出，「AI需求非常強勁」，今年營收將成長近三成，並維持資本支出計畫不變。';
const CN = '比亚迪董事长王传福在业绩说明会上说：“价格战还会持续一段时间，但我们有信心保持领先。”去年12月，比亚迪曾宣布推出新车型，起售价降至7.98万元。';

describe('detectScript', () => {
  it('reads the seed (Traditional with a few Simplified quirks) as Traditional, and its conversion as Simplified', () => {
    const seed = detectScript(seedText());
    expect(seed.language).toBe('zh-Hant');
    expect(seed.traditionalForms / seed.han).toBeGreaterThan(0.2);
    expect(detectScript(createTextConverter('zh-Hant', 'zh-Hans')(seedText()))).toMatchObject({ language: 'zh-Hans', traditionalForms: 0 });
  });

  it('tells Hong Kong and Taiwan copy from mainland copy, sentence by sentence', () => {
    expect(detectScript(HK).language).toBe('zh-Hant');
    expect(detectScript(TW).language).toBe('zh-Hant');
    expect(detectScript(CN).language).toBe('zh-Hans');
  });

  it('does not guess on a text too short to tell, or one that mixes the scripts', () => {
    const short = '中國人民銀行周三宣布降息。';
    expect(Array.from(short).length).toBeLessThan(MIN_HAN_TO_TELL);
    expect(detectScript(short).language).toBeNull();
    // One Traditional sentence in four Simplified ones: between the two shares.
    const mixed = [CN, CN, CN, TW.slice(0, 20)].join('');
    const reading = detectScript(mixed);
    expect(reading.traditionalForms).toBeGreaterThan(0);
    expect(reading.language).toBeNull();
  });

  it('describes its counts for an editor', () => {
    expect(describeReading(detectScript(CN))).toMatch(/^0 of \d+ Han characters \(0\.0 %\) are Traditional forms$/);
  });
});
