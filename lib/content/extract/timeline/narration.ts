import { scanDateMentions, type DateMention } from '../dates';
import { quoteEnd, sentenceEnd, sentenceStart } from './clauses';

/**
 * Story time: in a first-person story (`第二天大領導問我，“怎麼昨天大家都去吃飯了”`, `要求我周一上班`)
 * 今天, 昨天, 周一 and 當天 count from the day being told, not from publication, so they date nothing
 * the timeline can place.
 */

/** Quoted words, blanked out so what stands outside the quotes can be read alone. */
const QUOTED = /“[^”]*”|「[^」]*」|『[^』]*』/g;
/**
 * A commentator's 我 giving a view as he writes (`我认为`, `我總體感覺`, `我想这…`): his 今天 is the
 * copy's day, not a day in a story. 我想 is "I think" only before the clause it opens (a demonstrative,
 * a condition, a modal); before a verb (`我想回家`) it is "I want", a storyteller's.
 */
const VIEW = '(?:[个個]人|[总總]体|[总總]體|也|[还還]是|倒是)?(?:[认認][为為]|[觉覺]得|感[觉覺]|相信|判[断斷]|估[计計]|[预預][计計]|猜[测測]|以[为為]|看好|看[来來])|想(?=[这這那今只如若大应應可也])';
/** The narrator's 我, not 我國, 我們, 我省, 我司 (an institution's or a country's "our"), nor a commentator's view (see `VIEW`). */
const NARRATOR = new RegExp(`我(?![國国們们省市區区縣县方行司校院部局軍军黨党]|${VIEW})`);
/** Every day, every week: what 當天 then means is any day (`每天，她都會將當天要做的事情寫在筆記本上`). */
const EVERY = /每[天日週周次]/;

/** The last paragraph blanked, kept so a paragraph of many days is blanked once, not once per day. */
let lastBlanked = { text: '', unquoted: '' };

/** A text with its quotes blanked out; offsets stay. */
function unquotedText(text: string): string {
  if (lastBlanked.text !== text) lastBlanked = { text, unquoted: text.replace(QUOTED, (quote) => ' '.repeat(quote.length)) };
  return lastBlanked.unquoted;
}

/** Whether a mention is a day counted from "now" or from the day before: what a story's own now moves. */
function isStoryRelative(mention: DateMention): boolean {
  return mention.kind === 'weekday' || mention.kind === 'day-offset' || mention.kind === 'anchor-day' || mention.kind === 'time-of-day';
}

/** Whether a day counted from "now" is told in a first-person story, or is any day (`每天…當天`). */
export function isStoryTime(text: string, mention: DateMention): boolean {
  if (!isStoryRelative(mention)) return false;
  const from = sentenceStart(text, mention.start);
  const to = sentenceEnd(text, mention.end);
  if (mention.kind === 'anchor-day' && EVERY.test(text.slice(from, to))) return true;
  // Quotes are blanked in the whole paragraph: a quote may hold a full stop (`表示：「我相信…。」`), and its 我 is the speaker's.
  return NARRATOR.test(unquotedText(text).slice(from, to));
}

/** Opening marks for each closing one: where the quote a mention stands in begins. */
const OPENING_MARKS = new Map([['”', '“'], ['」', '「'], ['』', '『'], ['"', '"']]);
/** Words before a quote that put the saying in the past (`他曾說：「…」`, `當時表示`, `回憶道`). */
const EARLIER_SAYING = /曾|當時|当时|那時|那时|彼時|彼时|回憶|回忆|憶述|忆述/;

/**
 * Whether a date mention may say "today" (`今天`, `今日`, `今（20）日`, a wire's `台北2日電`, a bare `晚上8時`): the saying is then dated
 * the day its quote counts from. A bare day of the month is mostly the filing day in news copy, so it moves nothing.
 */
function mayBeToday(mention: DateMention): boolean {
  return (mention.kind === 'day-offset' && mention.offset === 0) || (mention.kind === 'publication-day' && mention.ahead === null) || mention.kind === 'day-of-month' || mention.kind === 'time-of-day';
}

/**
 * Whether a day counted from "now" (`今天`, `昨天`, `明天`) stands in the quoted words of a saying the
 * sentence dates before publication (`他去年曾說：「今天是公司最重要的一天。」`, `昨日表示：「今天…」`):
 * it counts from the day of the saying, which the sentence gives no day for, not from publication.
 */
export function isEarlierSpeechTime(text: string, mention: DateMention): boolean {
  if (mention.kind !== 'day-offset') return false;
  const close = quoteEnd(text, mention.start);
  if (close === null) return false;
  const open = text.lastIndexOf(OPENING_MARKS.get(text.charAt(close)) ?? '', mention.start - 1);
  if (open === -1) return false;
  const saying = text.slice(sentenceStart(text, open), open);
  return EARLIER_SAYING.test(saying) || scanDateMentions(saying).some((dated) => !mayBeToday(dated));
}

/** `今日涨明日就跌`, `今天買明天賣`: today and tomorrow set side by side as any two days in a row. */
const ANY_TWO_DAYS = /今[日天][^，,。；;、！？!?\s]{1,4}?明[日天]/g;

/** Whether a 今日 or 明日 only stands in a "today this, tomorrow that" pair (`热点题材快速轮动，今日涨明日就跌`): no day in particular. */
export function pairsAnyTwoDays(text: string, mention: DateMention): boolean {
  if (mention.kind !== 'day-offset') return false;
  for (const pair of text.matchAll(ANY_TWO_DAYS)) {
    const start = pair.index;
    if (mention.start >= start && mention.end <= start + pair[0].length) return true;
  }
  return false;
}
