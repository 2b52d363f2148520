import type { Script } from './script';

/**
 * The site's own words, written by hand in both scripts (not machine-converted: they are ours,
 * and a few read differently in each, e.g. 時間線/时间线).
 */

const UI_TEXT = {
  'zh-hant': {
    siteTagline: '中文財經報道的原文典藏：逐字保存，繁簡可切換，段落可分享。',
    skipToContent: '跳至正文',
    archiveIndex: '文章典藏',
    allArticles: '全部文章',
    contents: '目錄',
    timeline: '時間線',
    timelineIntro: '文中提及的日期，依時間排列；點擊可跳至原段落。',
    reportedBy: '報道',
    publishedVia: '轉載',
    author: '作者',
    category: '欄目',
    tags: '標籤',
    source: '來源',
    sourceLink: '原文連結',
    notice: '轉載聲明',
    speaker: '發言者',
    unattributedSpeech: '未具名',
    saysLabel: '說',
    archiveHeadingsNote: '小標題為本站所加，原文未分節；正文一字未改。',
    notFoundTitle: '找不到這個頁面',
    notFoundBody: '網址可能有誤，或文章已移動。',
    backToIndex: '回到文章典藏',
    articlesCount: '篇文章',
    events: '個事件',
    switchTo: '简体',
    switchToLabel: '切換至簡體中文',
    published: '發布日期',
    convertedNotice: '本頁文字由簡體中文原文經 OpenCC 自動轉換為繁體，個別用字可能與原文習慣不同。',
    viewOriginal: '閱讀簡體原文',
    convertedIndexNotice: '本頁部分標題與摘要由原文經 OpenCC 自動轉換字形。',
  },
  'zh-hans': {
    siteTagline: '中文财经报道的原文典藏：逐字保存，繁简可切换，段落可分享。',
    skipToContent: '跳至正文',
    archiveIndex: '文章典藏',
    allArticles: '全部文章',
    contents: '目录',
    timeline: '时间线',
    timelineIntro: '文中提及的日期，依时间排列；点击可跳至原段落。',
    reportedBy: '报道',
    publishedVia: '转载',
    author: '作者',
    category: '栏目',
    tags: '标签',
    source: '来源',
    sourceLink: '原文链接',
    notice: '转载声明',
    speaker: '发言者',
    unattributedSpeech: '未具名',
    saysLabel: '说',
    archiveHeadingsNote: '小标题为本站所加，原文未分节；正文一字未改。',
    notFoundTitle: '找不到这个页面',
    notFoundBody: '网址可能有误，或文章已移动。',
    backToIndex: '回到文章典藏',
    articlesCount: '篇文章',
    events: '个事件',
    switchTo: '繁體',
    switchToLabel: '切换至繁体中文',
    published: '发布日期',
    convertedNotice: '本页文字由繁体中文原文经 OpenCC 自动转换为简体，个别用字可能与原文习惯不同。',
    viewOriginal: '阅读繁体原文',
    convertedIndexNotice: '本页部分标题与摘要由原文经 OpenCC 自动转换字形。',
  },
} as const satisfies Record<Script, Record<string, string>>;

export type UiKey = keyof (typeof UI_TEXT)['zh-hant'];

/** The interface words of one script. */
export function uiText(script: Script): Record<UiKey, string> {
  return UI_TEXT[script];
}

export { UI_TEXT };
