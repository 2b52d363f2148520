import type { QuoteSpan } from '../quote-marks';

/** Small scanning helpers shared by the quote and speaker rules: sentences, clause breaks, word counts. */

export const SENTENCE_END = /[。！？!?；;\n]/;
/**
 * Where a speaker's noun phrase can begin: after clause punctuation, a dash or a quote mark (an
 * opening one too: a mark left unmatched by the source is not masked, and is no part of a name), or a
 * square bracket (【万斯称“…”！…】, a headline or tag set in brackets).
 */
export const PHRASE_BREAK = /[。！？!?；;，,：:\n—“”「」『』【】]/;


/** Counts words the way a reader does: each Han character and each Latin or digit run is one. */
export function measureLength(inner: string): number {
  const han = inner.match(/\p{Script=Han}/gu)?.length ?? 0;
  const runs = inner.match(/[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]+/g)?.length ?? 0;
  return han + runs;
}

/**
 * How far around a quote its sentence is read. No sentence of real copy runs this long without a
 * 。 or ；, and bounding the reach keeps reading a paragraph linear in its length however many
 * quotes it holds (10,000 “說” in one line took 14.7 s with an unbounded reach).
 */
export const REACH = 400;

/**
 * Every match of a global pattern, in order. `String#matchAll` copies the pattern on each call, and
 * copying the speech-verb pattern (hundreds of guarded alternatives) costs more than matching it.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    if (match[0] === '') pattern.lastIndex += 1;
  }
  return found;
}

/** Index just after the last match of `pattern` before `end` (looking back at most `REACH`), or where the look stopped. */
export function startAfterLast(text: string, pattern: RegExp, end: number): number {
  const floor = Math.max(0, end - REACH);
  for (let index = end - 1; index >= floor; index -= 1) if (pattern.test(text.charAt(index))) return index + 1;
  return floor;
}

/** What opens a setting around a quoted title: 出席「…」, 在「…」, 題為「…」 (the opening mark ends the text tested). */
const SETTING_BEFORE = /(?:出席|參加|参加|参与|參與|舉辦|举办|在|於|于|為|为|題為|题为|名為|名为)[^，,。：:！？!?；;]{0,12}[“「『]$/;

/**
 * Where the noun phrase before a speech verb can begin: after the last clause break, except a closing
 * quote mark of a title inside a setting (X在題為「…」的社論中指出), which the setting trims away.
 */
/** The nouns of a source that may follow a quoted word of their trade (“币圈”人士, 「幣圈」玩家). */
export const TRADE_SOURCE_NOUN = '人士|玩家|從業者|从业者|從業人員|从业人员|投資者|投资者|專家|专家|中人';
const QUOTED_TRADE_AFTER = new RegExp(`^(?:${TRADE_SOURCE_NOUN})`, 'u');
/** Titles that follow a body's name in quote marks inside someone's description (城市寫生組織「畫下嘢」創辦人). */
export const TITLE_AFTER_QUOTED_BODY =
  '創辦人|创办人|創始人|创始人|聯合創辦人|联合创办人|召集人|主席|副主席|負責人|负责人|發言人|发言人|會長|会长|社長|社长|總監|总监|主理人|店主|總幹事|总干事|' +
  // An office's head after the office's name in marks (「公平工作」監察員布斯, “双碳”办公室主任).
  '監察員|监察员|專員|专员|執行長|执行长|行政總裁|行政总裁|總裁|总裁|董事長|董事长|總經理|总经理|秘書長|秘书长|理事長|理事长|主任|院長|院长|所長|所长';
const QUOTED_TRADE = new RegExp(`[“「『]([^“”「」『』]{1,6})[”」』](?=${TRADE_SOURCE_NOUN})|(?<=\\p{Script=Han}|^)[“「『]([^“”「」『』]{1,12})[”」』](?=${TITLE_AFTER_QUOTED_BODY})`, 'gu');

/** Text with a quoted word of a trade written plain before the source's noun (一名“币圈”人士 → 一名币圈人士): who speaks, as named. */
export function unquoteTradeWords(text: string): string {
  return text.replace(QUOTED_TRADE, '$1$2');
}

/** The noun of an issued paper right before the verb (文件, 通知): see `speakerPhraseStart`. */
const ISSUED_DOCUMENT_NOUN = /^(?:文件|通知|通告|公告|意見|意见|規定|规定|辦法|办法|指引)$/u;
/** A verb issuing a paper, then its quoted number (下发“□□□): see `speakerPhraseStart`. */
const ISSUING_BEFORE_QUOTE = /(?:下發|下发|印發|印发|發布|发布|發佈|發出|发出|出台|公布)了?的?[“「『]□+$/u;

/** Text with a quoted word of a trade before the source's noun blanked, marks and all, at the same length (一名□□□□人士): no quote opens there. */
export function blankTradeWords(text: string): string {
  return text.replace(QUOTED_TRADE, (word) => '□'.repeat(word.length));
}

export function speakerPhraseStart(masked: string, end: number): number {
  const floor = Math.max(0, end - REACH);
  for (let index = end - 1; index >= floor; index -= 1) {
    const char = masked.charAt(index);
    // A title or event quoted inside a setting (在題為「…」的社論中指出, 出席「…論壇」時提到) is part of the setting.
    const titleInSetting = /[”」』]/.test(char) && /^(?:(?:的[^，,。]{0,8})?[中上裡里內内時时後后前期]|$)/.test(masked.slice(index + 1, end)) && SETTING_BEFORE.test(masked.slice(Math.max(floor, index - 60), index).replace(/□+$/, ''));
    // A quote inside a description (一位接觸過「00後仲裁公司案例」的律師告訴記者) is part of who speaks;
    // before a name (被形容為「股神」的巴菲特) it is not, and the name alone speaks.
    const quotedInDescription = /[”」』]/.test(char) && /^的[^，,。：:！？!?；;□]{0,9}[士者師师員员家人商戶户民友生工官]$/.test(masked.slice(index + 1, end)) && /\p{Script=Han}[“「『]□*$/u.test(masked.slice(Math.max(floor, index - 200), index));
    // A word of the trade quoted right before the source's noun (一名“币圈”人士): the source is the trade's people.
    const quotedTrade = /[”」』]/.test(char) && QUOTED_TRADE_AFTER.test(masked.slice(index + 1, end)) && /[\p{Script=Han}\d][“「『]□{1,6}$/u.test(masked.slice(Math.max(floor, index - 10), index));
    // A body's short name quoted in brackets after its full one (…联合采购办公室（“联采办”）人士) is part of the name.
    const glossInBrackets = /[”」』]/.test(char) && /^[）)]/.test(masked.slice(index + 1, end)) && /[（(][“「『]□{1,12}$/u.test(masked.slice(Math.max(floor, index - 20), index));
    // A document's number quoted between the verb issuing it and its noun (下发“银发〔2012〕142号”文件重申): part of the issuing clause.
    const numberedDocument = /[”」』]/.test(char) && ISSUED_DOCUMENT_NOUN.test(masked.slice(index + 1, end)) && ISSUING_BEFORE_QUOTE.test(masked.slice(Math.max(floor, index - 60), index));
    if (titleInSetting || quotedInDescription || quotedTrade || glossInBrackets || numberedDocument) {
      // Step over the title's masked words and its opening mark: they belong to the setting.
      while (index > floor && masked.charAt(index - 1) === '□') index -= 1;
      index -= 1;
      continue;
    }
    if (PHRASE_BREAK.test(char)) return index + 1;
  }
  return floor;
}

/**
 * Where the sentence holding `offset` begins; a quote whose words end in 。！？ also ends a sentence.
 * `sentenceEnd` says which marks end one (by default ；too, which parts clauses the way 。 parts sentences).
 */
export function findSentenceStart(masked: string, spans: readonly QuoteSpan[], offset: number, sentenceEnd: RegExp = SENTENCE_END): number {
  let closedByQuote = 0;
  for (let index = spans.length - 1; index >= 0; index -= 1) {
    const span = spans[index];
    if (span === undefined || span.end < offset - REACH) break;
    if (span.end <= offset && /[。！？!?]$/.test(span.inner)) {
      closedByQuote = span.end;
      break;
    }
  }
  return Math.max(startAfterLast(masked, sentenceEnd, offset), closedByQuote);
}

/** A literal string as a pattern matching only itself. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A clause of only 而/但, a subject and 則 right before a quote (而 Xu 则“…”, 而李四則「…」): the subject set against the last speaker. */
export const CONTRASTED_SUBJECT = /[，,；;]\s*(?:而|但)\s*([^，,。；;：:“”「」『』□]{1,12}?)\s*(?:則|则)\s*$/u;
