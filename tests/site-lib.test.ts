import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDate, machineDate } from '../lib/site/format';
import { segmentParagraph } from '../lib/content/segments';
import { openingWords, sectionShareTitle, shareableSectionIds } from '../lib/site/share';
import { sectionSharePath } from '../lib/site/routes';
import { chooseScript, preferredScript } from '../lib/site/script-choice';
import { clientCode } from '../app/_lib/client-code';
import { UI_TEXT } from '../lib/site/ui-text';
import { createTextConverter } from '../lib/content/convert';
import { newsArticleJsonLd } from '../lib/site/structured-data';
import { parseArticleOrThrow } from '../lib/content/parse-article';
import type { Quote } from '../lib/content/model';

const seed = parseArticleOrThrow('content/articles/xiaomi-tianxing-traffic-partners.md', readFileSync('content/articles/xiaomi-tianxing-traffic-partners.md'));

describe('dates shown to readers', () => {
  it('are only as precise as the data', () => {
    expect(formatDate('2024', 'zh-hant')).toBe('2024年');
    expect(formatDate('2024-01', 'zh-hant')).toBe('2024年1月');
    expect(formatDate('2015-05-11', 'zh-hans')).toBe('2015年5月11日');
    expect(formatDate('2023-Q4', 'zh-hant')).toBe('2023年第四季度');
    expect(formatDate('2023-H2', 'zh-hans')).toBe('2023年下半年');
  });

  it('give <time datetime> only for forms HTML accepts', () => {
    expect(machineDate('2024-01')).toBe('2024-01');
    expect(machineDate('2023-Q4')).toBeNull();
    expect(machineDate('2023-H1')).toBeNull();
  });
});

describe('paragraph segments', () => {
  const quote = (start: number, end: number, kind: Quote['kind'] = 'speech'): Quote => ({ id: `p-q${start}`, kind, text: '', speaker: null, role: null, sectionId: 's', paragraphId: 'p', start, end, continues: null, checked: false });

  it('join back to the paragraph exactly, wrapping only speech', () => {
    const text = '他說：「不會降價。」公司推出「花唄」。';
    const segments = segmentParagraph(text, [quote(3, 10), quote(14, 18, 'term')]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.kind === 'speech').map((s) => s.text)).toEqual(['「不會降價。」']);
  });

  it('keep every seed paragraph intact', () => {
    for (const paragraph of seed.sections.flatMap((s) => s.paragraphs)) {
      const quotes = seed.quotes.filter((q) => q.paragraphId === paragraph.id);
      expect(segmentParagraph(paragraph.text, quotes).map((s) => s.text).join('')).toBe(paragraph.text);
    }
  });
});

describe('share pages', () => {
  const section = seed.sections.find((s) => s.id === 'rivalry');

  it('have a stable path per script and section', () => {
    expect(sectionSharePath('zh-hans', seed.slug, 'rivalry')).toBe('/zh-hans/articles/xiaomi-tianxing-traffic-partners/s/rivalry/');
  });

  it('preview the section: heading · title, and its opening words', () => {
    if (!section) throw new Error('seed has no rivalry section');
    expect(sectionShareTitle(seed, section)).toBe('集團內的博弈 · 天星數科大力擴張流量合作方,扯下了小米消金的“遮羞布”');
    const words = openingWords(section);
    expect(section.paragraphs.map((p) => p.text).join('').startsWith(words.replace(/…$/, ''))).toBe(true);
    expect(Array.from(words).length).toBeLessThanOrEqual(101);
  });

  it('exist for sections and for aliases that point at a section', () => {
    const withAlias = { ...seed, aliases: [{ from: 'old-rivalry', to: 'rivalry' }, { from: 'old-para', to: 'rivalry-1' }] };
    const ids = shareableSectionIds(withAlias).map((entry) => entry.id);
    expect(ids).toContain('old-rivalry');
    expect(ids).not.toContain('old-para');
  });
});

describe('script choice for pages without a script in the path', () => {
  it('follows the browser language', () => {
    expect(preferredScript(['zh-CN', 'en'])).toBe('zh-hans');
    expect(preferredScript(['zh-SG'])).toBe('zh-hans');
    expect(preferredScript(['zh-Hans-HK'])).toBe('zh-hans');
    expect(preferredScript(['zh-TW'])).toBe('zh-hant');
    expect(preferredScript(['zh-HK'])).toBe('zh-hant');
    expect(preferredScript(['zh'])).toBe('zh-hant');
    expect(preferredScript(['en-US', 'zh-CN'])).toBe('zh-hans');
    expect(preferredScript(['en-US'])).toBeNull();
  });

  it('keeps a reader\'s last switch over the browser language, unless it names no script', () => {
    expect(chooseScript('zh-hant', ['zh-CN'])).toBe('zh-hant');
    expect(chooseScript('zh-hans', ['en'])).toBe('zh-hans');
    expect(chooseScript('klingon', ['zh-CN'])).toBe('zh-hans');
    expect(chooseScript(null, ['en'])).toBeNull();
  });

  it('the inline script makes the same choice in a browser-like sandbox', async () => {
    const source = clientCode('chooseScript');
    const run = (languages: string[], stored: string | null) => {
      let replaced: string | null = null;
      const sandbox = {
        localStorage: { getItem: () => stored },
        navigator: { languages, language: languages[0] },
        location: { pathname: '/articles/x/', search: '', hash: '#p1', replace: (url: string) => (replaced = url) },
      };
      new Function('localStorage', 'navigator', 'location', source)(sandbox.localStorage, sandbox.navigator, sandbox.location);
      return replaced;
    };
    expect(run(['zh-CN'], null)).toBe('/zh-hans/articles/x/#p1');
    expect(run(['zh-TW'], null)).toBeNull();
    expect(run(['zh-CN'], 'zh-hant')).toBeNull();
    expect(run(['en'], 'zh-hans')).toBe('/zh-hans/articles/x/#p1');
  });
});

describe('interface words', () => {
  const hant = UI_TEXT['zh-hant'];
  const hans = UI_TEXT['zh-hans'];
  const toSimplified = createTextConverter('zh-Hant', 'zh-Hans');
  // Words that name a script name the *other* one (switch to it, converted from it), so they
  // mirror each other rather than convert: 簡↔繁 swapped.
  const otherScriptWords = new Set(['switchTo', 'switchToLabel', 'convertedNotice', 'viewOriginal', 'fixityOfOriginal', 'showAllOriginals']);
  const swapScripts = (text: string) => text.replace(/[简繁]/g, (c) => (c === '简' ? '繁' : '简'));

  it('exist in both scripts, none empty', () => {
    expect(Object.keys(hans).sort()).toEqual(Object.keys(hant).sort());
    for (const value of [...Object.values(hant), ...Object.values(hans)]) expect(value.trim()).not.toBe('');
  });

  // Words each script's readers say differently (Taiwan 連結/搜尋/載入, mainland 链接/搜索/加载), not just write differently.
  const localisedVocabulary = (text: string) => text.replace(/连结/g, '链接').replace(/搜寻/g, '搜索').replace(/载入/g, '加载');

  it('read in Simplified as OpenCC would convert the Traditional, bar localised vocabulary', () => {
    for (const key of Object.keys(hant) as (keyof typeof hant)[]) {
      if (otherScriptWords.has(key)) continue;
      expect(hans[key], key).toBe(localisedVocabulary(toSimplified(hant[key])));
    }
    for (const key of ['switchToLabel', 'convertedNotice', 'viewOriginal', 'fixityOfOriginal', 'showAllOriginals'] as const) {
      expect(hans[key], key).toBe(swapScripts(localisedVocabulary(toSimplified(hant[key]))));
    }
    expect(hant.contents).toBe('目錄');
    expect(hans.contents).toBe('目录');
    expect(hans.timeline).toBe('时间线');
  });
});

describe('NewsArticle structured data', () => {
  it('names the outlets and stays as precise as the source', () => {
    const data = newsArticleJsonLd(seed, 'https://example.org/a/', 'zh-Hant');
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: seed.title,
      datePublished: '2024-01',
      author: { '@type': 'Organization', name: '海右財經' },
      publisher: { '@type': 'Organization', name: 'TMT觀察網' },
      inLanguage: 'zh-Hant',
    });
  });
});
