/**
 * Tense and aspect of the sentence around a date. Whether it speaks of what is still to come
 * (`將`, `是否會`, `即將`, `屆時`): a month without a year named there, a little after the month of
 * publication, is the coming one, not the one most of a year back (`11月中旬峰會` in copy of
 * September). Whether it tells what is done every day (`每天早上9時上課，下午5時下課`): a time of
 * day there is any day's, not the day of publication.
 */

/** Where a sentence ends: the marks that close one. */
const SENTENCE_END = /[。！？!?；;]/;

/**
 * Words of the future: 將/将 (not 將軍), and 會/会 as a modal after the words that lead it (`是否會`,
 * `不會`, `還會`), never the noun (`峰會`, `會議`, `機會`).
 */
const FUTURE = /即[將将]|(?<![大])[將将](?![軍军])|(?:是否|不|也|[還还]|就|才|都|仍|[應应]該?|可能|一定|必|將|将|[我你他她它們们咱])[會会](?![議议面員员長长計计所場场展談谈晤期])|[屆届]時|[預预]定|定[於于]|[計计][劃划](?![的中書书內内其是也已首第])|[準准][備备]|打算|[擬拟]/;

/** The sentence a position stands in, from the mark before it to the mark after it. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = sentenceStartOf(text, start);
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text.charAt(to))) to += 1;
  return text.slice(from, to);
}

/** From a date on: 以後, 之後, 起 right after it. */
const BOUNDARY_AFTER = /^\s*(?:以[後后]|之[後后]|起(?![來来碼码訴诉義义]))/;

/** Verbs that report words or a decision: a future after one (`10月8日，公司宣布將回購`) is what was said, not when. */
const REPORTING = /宣[布佈]|表示|[称稱]|指出|公[布佈]|透露|[说說]|表明|[强強][调調]|[发發][布佈表]|披露|[决決]定/;

/**
 * Whether the sentence around `start`–`end` speaks of what is still to come: a word of the future
 * before the date, or after it with no reporting verb between (`宣布將…` reports a decision made on that date).
 */
export function looksAhead(text: string, start: number, end: number): boolean {
  const sentence = sentenceAround(text, start, end);
  const from = start - sentenceStartOf(text, start);
  const before = sentence.slice(0, from);
  const after = sentence.slice(from + (end - start));
  if (FUTURE.test(before)) return true;
  // A day or month as the start of what follows (六月一日以後不來港, 自7月1日起): a boundary set ahead, not one passed.
  if (BOUNDARY_AFTER.test(after)) return true;
  const future = FUTURE.exec(after);
  return future !== null && !REPORTING.test(after.slice(0, future.index));
}

/** The perfective 了 (not 了解, 為了, 除了, 了不起), 已/曾, and a period's reported results (營收, 淨利, 同比): what is done. */
const DONE = /(?<![為为除罷罢])了(?![解結结不])|已[經经]?|曾[經经]?|[營营]收|[營营][業业]收入|[淨净](?:利|虧損|亏损)|同比|按年[增上升下跌減减]/;

/**
 * Whether the sentence tells what is done from the date on (`委员会在10月发布了报告`, `11月峰會上，兩國簽署了協議`); a 了 before
 * the date (`幫我找了…工作，8月有1個月工期`) is another happening's.
 */
export function tellsDone(text: string, start: number, end: number): boolean {
  const sentence = sentenceAround(text, start, end);
  return DONE.test(sentence.slice(start - sentenceStartOf(text, start)));
}

/** Where the sentence holding `start` begins. */
function sentenceStartOf(text: string, start: number): number {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text.charAt(from - 1))) from -= 1;
  return from;
}

/**
 * Words of what is done every day or as a rule (`每天`, `平日`, `通常`, `總是`), of a routine kept for years (`多年来`, `長年`),
 * or of what some do and others do not (`有的教师与其谈心到凌晨两点，有的则…`): no one day's happening.
 */
const HABITUAL = /每[天日晚朝早]|天天|平[日時时]|日常|通常|一般|往往|[經经]常|[總总]是|慣常|惯常|多年|長年|长年|有的/;
/** A paragraph opening on years gone by (`2年來，阿秋嬤就靠…。為多賺點錢，阿秋嬤凌晨3時起床`): its times of day are the routine's. */
const YEARS_OF_ROUTINE_OPENING = /^\s*(?:[這这近])?[0-9０-９一二三四五六七八九十兩两幾几多]+年[來来]/;

/** Whether the sentence around `start`–`end` tells what is done every day or as a rule, or its paragraph a routine kept for years. */
export function isHabitual(text: string, start: number, end: number): boolean {
  return HABITUAL.test(sentenceAround(text, start, end)) || YEARS_OF_ROUTINE_OPENING.test(text);
}
