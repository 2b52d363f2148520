import type { Language, Region, RegionSource } from './model';

/**
 * Which regional standard an archived original follows, so the other script is made with the
 * right table: Hong Kong copy with `hk→cn` (its 衞 敍 粧 枱 and 聯儲局 are unknown to `tw→cn`),
 * Taiwan copy with `tw→cn`, and every Simplified original with `cn→tw`. Evidence, strongest first:
 * the declared tag (`zh-HK`, `zh-TW`), the outlet or its URL's host, then the text's own usage.
 */

export interface SettledRegion {
  region: Region;
  regionSource: RegionSource;
}

export interface RegionEvidence {
  language: Language;
  /** The `language` tag as the editor wrote it (`zh-HK`), when there is one. */
  languageTag: string | undefined;
  source: { outlet: string; via: string | null; url: string | null };
  /** The article's own words: title and paragraphs. */
  texts: readonly string[];
}

/** The region of a tag that names one (`zh-HK`, `zh-Hant-TW`, `zh_mo`); null for script-only tags. */
export function regionOfLanguageTag(tag: string): Region | null {
  const subtags = tag.trim().toLowerCase().split(/[-_]/);
  const last = subtags[subtags.length - 1];
  if (last === 'hk' || last === 'mo') return 'HK';
  if (last === 'tw') return 'TW';
  return null;
}

/**
 * Outlets whose copy follows one region's usage, matched at the start of `outlet` or `via` (so
 * 中時新聞網 is 中時, ETtoday新聞雲 is ETtoday). 經濟日報 is both Hong Kong's and Taiwan's: it is
 * told apart by the URL's host only.
 */
const OUTLETS_BY_REGION: Readonly<Record<'HK' | 'TW', readonly string[]>> = {
  HK: [
    '明報', '信報', '香港經濟日報', '星島', '東方日報', '蘋果日報', '香港01', 'am730', '經濟通', '香港電台', 'RTHK',
    '大公報', '大公文匯', '文匯報', '香港商報', '商業電台', '無綫新聞', 'TVB', 'Now新聞', '立場新聞', '眾新聞', '端傳媒', '巴士的報',
    '頭條日報', '晴報', '新報', '智富雜誌', 'Market Digest', 'etnet', '有線新聞', 'i-Cable', '中通社', '香港中國通訊社',
  ],
  TW: [
    '中央社', '中央通訊社', '聯合報', '聯合新聞網', '經濟日報網', '工商時報', '中時', '中國時報', '自由時報', '自由財經', '鉅亨',
    '天下雜誌', '商業周刊', '商周', '今周刊', '風傳媒', '上報', 'ETtoday', '三立', '公視', '華視', '民視', 'TVBS', '年代',
    'Yahoo奇摩', 'PChome', 'MoneyDJ', '財訊', '數位時代', '大紀元時報', 'NOWnews',
  ],
};

/** Hosts that place a copy: a `.hk` / `.tw` domain, or an outlet's site whose domain says neither. */
const HOSTS_BY_REGION: Readonly<Record<'HK' | 'TW', readonly string[]>> = {
  HK: ['.hk', 'i-cable.com', 'hket.com', 'mingpao.com', 'hk01.com', 'etnet.com', 'rthk.hk', 'hkcd.com', 'am730.com.hk', 'bastillepost.com', 'singtao.com', 'on.cc', 'takungpao.com', 'wenweipo.com', 'thestandnews.com', 'theinitium.com'],
  TW: ['.tw', 'udn.com', 'chinatimes.com', 'ltn.com.tw', 'cna.com.tw', 'ettoday.net', 'setn.com', 'upmedia.mg', 'storm.mg', 'cnyes.com', 'businessweekly.com.tw', 'cw.com.tw', 'megatime.com.tw', 'epochtimes.com.tw'],
};

/** Outlets in both regions: only the URL tells which. */
const AMBIGUOUS_OUTLETS = ['經濟日報'];

/**
 * What only Hong Kong copy writes: its own character forms (OpenCC's HKVariants: 衞 敍 粧 枱 糭 綫
 * 裏 啓, where Taiwan writes 衛 敘 妝 檯 粽 線 裡 啟) and Hong Kong institutions and market words.
 * 着 and 衹 are left out: mainland-influenced Traditional copy uses them too; so are 港股, 港元 and
 * 恒生, which Taiwan's wires write as often when they report on Hong Kong. Usage words name what
 * Taiwan calls otherwise: 通脹 (通膨), 溢利 (淨利), 澳元 (澳幣), typhoon 風球 (颱風警報), 派錢 (發錢).
 */
const HONG_KONG_MARKERS = [
  '衞', '敍', '粧', '枱', '糭', '綫', '裏', '啓', '峯', '麪',
  '滙', '港鐵', '恒指', '聯儲局', '金管局', '證監會', '立法會', '特首', '特區', '本港', '行政總裁', '沽空', '窩輪', '的士', '屋邨', '按揭', '嘅', '咗', '唔',
  '通脹', '溢利', '澳元', '風球', '派錢',
];

/** What only Taiwan copy writes: 臺 and 裡, the Republic's calendar, Taiwan's institutions and currency, 通膨. */
const TAIWAN_MARKERS = ['臺', '裡', '台幣', '聯準會', '立法院', '行政院', '金管會', '民國', '台股', '櫃買', '國發會', '主計總處', '執行長', '捷運', '計程車', '通膨'];

/** Settles the region of an article from the evidence, strongest first; never fails (default TW for Traditional). */
export function settleRegion({ language, languageTag, source, texts }: RegionEvidence): SettledRegion {
  if (language === 'zh-Hans') return { region: 'CN', regionSource: 'language' };
  const declared = languageTag === undefined ? null : regionOfLanguageTag(languageTag);
  if (declared && declared !== 'CN') return { region: declared, regionSource: 'language' };
  const fromOutlet = regionOfOutlet(source);
  if (fromOutlet) return { region: fromOutlet, regionSource: 'outlet' };
  return { region: regionOfText(texts), regionSource: 'text' };
}

/**
 * The region the copy's publisher stands for: `via` first (who published this copy decides its
 * forms), then `outlet`, then the URL's host alone.
 */
export function regionOfOutlet({ outlet, via, url }: RegionEvidence['source']): 'HK' | 'TW' | null {
  const host = hostOf(url);
  const byHost = host === null ? null : regionOfHost(host);
  for (const name of [via, outlet]) {
    if (name === null) continue;
    if (AMBIGUOUS_OUTLETS.some((ambiguous) => name.startsWith(ambiguous))) return byHost;
    const region = (['HK', 'TW'] as const).find((candidate) => OUTLETS_BY_REGION[candidate].some((known) => startsWithName(name, known)));
    if (region) return region;
  }
  return byHost;
}

/** Hong Kong or Taiwan by which region's markers the texts use more often; Taiwan on a tie (the edition's Traditional standard). */
export function regionOfText(texts: readonly string[]): 'HK' | 'TW' {
  const hongKong = countMarkers(texts, HONG_KONG_MARKERS);
  const taiwan = countMarkers(texts, TAIWAN_MARKERS);
  return hongKong > taiwan ? 'HK' : 'TW';
}

function countMarkers(texts: readonly string[], markers: readonly string[]): number {
  let count = 0;
  for (const text of texts) for (const marker of markers) count += text.split(marker).length - 1;
  return count;
}

function startsWithName(name: string, known: string): boolean {
  return name.toLowerCase().startsWith(known.toLowerCase());
}

function hostOf(url: string | null): string | null {
  if (url === null || !URL.canParse(url)) return null;
  return new URL(url).hostname.toLowerCase();
}

function regionOfHost(host: string): 'HK' | 'TW' | null {
  const matches = (suffix: string) => (suffix.startsWith('.') ? host.endsWith(suffix) : host === suffix || host.endsWith(`.${suffix}`));
  if (HOSTS_BY_REGION.HK.some(matches)) return 'HK';
  if (HOSTS_BY_REGION.TW.some(matches)) return 'TW';
  return null;
}
