import type { LocatedParagraph, TimelineEvent } from '../../model';
import { formatEventDate, resolveExpression, scanDateMentions, type DateMention, type PublishedDate, type ResolvedDate } from '../dates';
import { sentenceEnd, trimClause } from './clauses';
import type { Anchors } from './paragraph';

/** Wire datelines and bylines (`新华社北京3月5日电`, `（中央社記者台北21日電）`): where the copy opens, the day it was filed, and the lead they date. */

/**
 * Copy opens with a dateline or a byline: who filed it, where and when (`新华社北京3月5日电`,
 * `路透华盛顿3月20日电---`, `财联社6月3日讯，`, `（中央社記者潘姿羽台北21日電）`, `〔記者王小明／台北報導〕`,
 * `（记者 张三）`, `（彭博）--`, `【财新网】`, `《經濟通通訊社18日專訊》`). It dates the copy, not an event. An unbracketed one
 * must end in a date and 电 followed by a space, a dash, a bracket or a headline (`电题：`) (or 讯 and a comma or bracket, as
 * 财联社 files), so `公司5日電告股東` is none.
 */
const DATELINES: readonly RegExp[] = [
  /^[^，。,；;！？!?\s（(【]{2,24}?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:[电電](?=[\s\-—–（(]|[题題][：:]|$)|[讯訊](?=[，,（(\s])|(?=\s*[\-—–]))(?:\s*[（(][^（()）]{1,20}[）)])?[\s\-—–，,]*/,
  /^[（(〔【][^（()）〔〕【】，。,]{1,30}?(?:[电電]|報導|报道|[讯訊])[）)〕】][\s\-—–]*/,
  /^[（(〔【][記记]者[^（()）〔〕【】，。,]{1,20}[）)〕】][\s\-—–]*/,
  /^[（(][^（()）0-9０-９，。,]{1,12}[）)]\s*[\-—–]{1,2}\s*/,
  /^【[^【】年月日，。,]{1,12}】\s*/,
  // 《經濟通通訊社18日專訊》
  /^《[^《》，。,]{1,16}?[0-9０-９]{1,2}日(?:專訊|专讯|[電电]|[訊讯])》\s*/,
];

/** What a dateline opening on a headline goes on with (`电 题：`, `電題：`). */
export const HEADLINE_AFTER_DATELINE = /^\s*[题題][：:]/u;

/** Where the dateline opening a paragraph ends (after the indent copy keeps, `　　新华社…电`), or 0 when it has none. */
export function datelineEnd(text: string): number {
  const indent = /^\s*/.exec(text)?.[0].length ?? 0;
  for (const pattern of DATELINES) {
    const match = pattern.exec(text.slice(indent));
    if (match !== null) return indent + match[0].length;
  }
  return 0;
}

/**
 * A byline stamped with when the copy went up, and nothing else (鉅亨網記者黃皓宸 台北 2025-09-19 19:32): the page's own time,
 * no happening, wherever it stands.
 */
export function isBylineStamp(text: string): boolean {
  return /^[^。！？!?，,；;：:「」“”『』]{0,40}?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/u.test(text.trim());
}

/** Whether a line holds nothing but reporters' names (记者 吴涛, 記者王小明 李四): a byline, no lead. */
export function isReporterByline(text: string): boolean {
  return /^(?:[記记]者|[實实]習生|[实實]习记者|通[讯訊]员)[\s\p{Script=Han}、]{1,20}$/u.test(text.trim());
}

/** Whether a paragraph is a dateline and nothing else (`中青在线北京4月25日电`). */
export function isOnlyDateline(text: string): boolean {
  const end = datelineEnd(text);
  return end > 0 && text.slice(end).trim() === '';
}

/**
 * The day the copy was filed, when its dateline names one and `published` gives no day: what
 * `今天`, `昨日` and `周三` in the copy count from (`（中央社記者台北21日電）` in copy of 2024-03 is
 * 2024-03-21). A full `published` stays: the dateline may be a time zone behind it (`华盛顿3月20日电`
 * in copy of 2024-03-21 that goes on `北京时间3月21日`).
 */
export function filingDate(text: string, end: number, published: PublishedDate): PublishedDate {
  if (published.day !== null) return published;
  const [mention, ...others] = scanDateMentions(text.slice(0, end));
  if (mention === undefined || others.length > 0) return published;
  const resolved = resolveExpression(mention, { published, anchorYear: null, anchorMonth: null, anchorDay: null, paragraphYear: null, paragraphMonth: null, forward: false });
  if (resolved === null || resolved.period.unit !== 'day') return published;
  return { year: resolved.year, month: resolved.period.month, day: resolved.period.day };
}

/**
 * A news brief's own dateline inside a digest (`@界面新闻【百度任命…】8月12日消息，百度今天在财报中透露`, `8月12日晚间消息，荣耀今日举行…`):
 * the day the brief was filed, which its `今天` and `昨日` count from, though the digest was published the day after.
 */
const BRIEF_DATELINE = /(?:^|[】」”。！？!?\s])((?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日)(?:早間|早间|午間|午间|晚間|晚间|早上|晚上|上午|下午)?消息[，,]/u;

/** A brief's dateline inside the paragraph: the day it was filed, counted from `published` (its date also dates the brief's lead). */
export interface BriefDateline { filed: PublishedDate }

/** The dateline of a brief inside the paragraph; null when the paragraph holds none. */
export function briefDateline(text: string, published: PublishedDate): BriefDateline | null {
  const match = BRIEF_DATELINE.exec(text);
  const written = match?.[1];
  if (match === null || written === undefined) return null;
  const [mention, ...others] = scanDateMentions(written);
  if (mention === undefined || others.length > 0) return null;
  const resolved = resolveExpression(mention, { published, anchorYear: null, anchorMonth: null, anchorDay: null, paragraphYear: null, paragraphMonth: null, forward: false });
  if (resolved === null || resolved.period.unit !== 'day') return null;
  return { filed: { year: resolved.year, month: resolved.period.month, day: resolved.period.day } };
}

/** Whether a mention names a day (`10日`, `3月5日`, `昨日`, `周三`), not only a month or a year. */
function namesADay(mention: DateMention): boolean {
  if (mention.kind === 'calendar') return mention.period.unit === 'day';
  return mention.kind === 'day-of-month' || mention.kind === 'publication-day' || mention.kind === 'day-offset' || mention.kind === 'weekday' || mention.kind === 'anchor-day';
}

/** The one full day a dateline names, counted from `published`, with its mention; null when it names none or several. */
function datelineDay(text: string, end: number, published: PublishedDate): { mention: DateMention; resolved: ResolvedDate } | null {
  const mentions = scanDateMentions(text.slice(0, end));
  const [mention] = mentions;
  if (mention === undefined || mentions.length > 1) return null;
  const resolved = resolveExpression(mention, { published, anchorYear: null, anchorMonth: null, anchorDay: null, paragraphYear: null, paragraphMonth: null, forward: false });
  return resolved === null || resolved.period.unit !== 'day' ? null : { mention, resolved };
}

/** The dateline's day as what `同日`/`当天` later in the copy count from (`财联社8月13日讯…盘后公告…。公司同日公告`), as any day named would be. */
export function datelineAnchors(text: string, end: number, published: PublishedDate): Anchors | null {
  const dated = datelineDay(text, end, published);
  if (dated === null) return null;
  const { resolved } = dated;
  return { year: resolved.year, month: resolved.period.unit === 'day' ? { year: resolved.year, month: resolved.period.month } : null, day: resolved };
}

/**
 * The dateline's day as the date of the lead, when the lead's first sentence names no day of its
 * own (`（中央社雪梨23日綜合外電報導）布朗表示，…`: what wire copy reports without a date happened
 * on the day it was filed). A lead that names its day (`…5月12日电 发布会12日在北京举行`) keeps its
 * own. The dateline is the archive's reading of the copy's date, so it is counted from `published`.
 */
export function datelineEvent(paragraph: LocatedParagraph, end: number, published: PublishedDate, events: readonly TimelineEvent[], nextLead?: string): TimelineEvent | null {
  const { text } = paragraph;
  const dated = datelineDay(text, end, published);
  if (dated === null) return null;
  const { mention, resolved } = dated;
  // `新华社北京1月28日电 题：…` gives the headline; the lead is the next paragraph, and the dateline dates it when its first sentence
  // names no day of its own (…电 题：… then 国家统计局10日发布数据 keeps its own day). The event stands on the dateline's paragraph.
  if (HEADLINE_AFTER_DATELINE.test(text.slice(end))) {
    if (nextLead === undefined) return null;
    const firstSentence = nextLead.slice(0, sentenceEnd(nextLead, 0));
    if (scanDateMentions(firstSentence).some(namesADay)) return null;
    const leadClause = trimClause(firstSentence);
    return leadClause === '' ? null : { id: `${paragraph.paragraphId}-t0`, date: formatEventDate(resolved), dateText: mention.text, text: leadClause, sectionId: paragraph.sectionId, paragraphId: paragraph.paragraphId, checked: false };
  }
  // A lead opening on a quote (…11日电 (陈燕)“…。”叶明水11日在南宁表示) runs past the quote to who said it: its first sentence is the
  // whole, not the quote's own.
  const opening = /^\s*(?:[（(][^（()）]{1,20}[）)]\s*)?[“「『]/u.exec(text.slice(end));
  const quoteStart = opening === null ? null : end + opening[0].length;
  const closing = quoteStart === null ? -1 : text.slice(quoteStart).search(/[”」』]/u);
  const leadEnd = sentenceEnd(text, quoteStart === null || closing < 0 ? end : quoteStart + closing + 1);
  const leadDates = scanDateMentions(text.slice(end, leadEnd));
  if (events.some((event) => /^\d{4}-\d{2}-\d{2}$/.test(event.date) && leadDates.some((lead) => lead.text === event.dateText))) return null;
  const clause = trimClause(text.slice(end, leadEnd));
  if (clause === '') return null;
  return { id: `${paragraph.paragraphId}-t0`, date: formatEventDate(resolved), dateText: mention.text, text: clause, sectionId: paragraph.sectionId, paragraphId: paragraph.paragraphId, checked: false };
}
