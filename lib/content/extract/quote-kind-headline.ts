/**
 * Short lines (a deck, a subhead, a headline inside the body) that end on a quote: the quote there
 * gives the words of someone the story below tells of, with no verb of saying to hand it over
 * (忍痛養家「不知如何過下去」, 市長：「我不會辭職」). A name or scheme ending such a line (央行推「數碼港元」)
 * is still a term: only a quote shaped like a clause, or one a speaker and a colon open, is speech.
 */
import { readsAsSpokenClause } from './quote-kind-spoken';

/** A short line: no clause or sentence mark before the quote, and only so many words. */
const LONGEST_LINE_BEFORE_QUOTE = 20;
const CLAUSE_MARK = /[，,。；;！？!?]/;

/** Words before a colon that label what follows rather than name who says it. */
const LABEL_BEFORE_COLON = /(?:標題|标题|題目|题目|主題|主题|關鍵詞|关键词|口號|口号|標語|标语|原文|全文|備註|备注|註|注|按|附|例如|比如|包括|如下|分別|分别|一是|二是|三是|其一|其二|問|问|答|Q|A|Ｑ|Ａ|記者|记者|主持人|編按|编按|圖|图|來源|来源|原因|理由|結果|结果|目標|目标|方向|重點|重点)$/;

/** A line a speaker and a colon open (合肥：“…”, 「天鴿」預報　副局長：上級已經「…」): what follows is theirs. */
const SPEAKER_AND_COLON = /^(?:[^，,。；;：:！？!?]*[\s　])?([^，,。；;：:！？!?\s　□「」“”『』]{1,10})[：:]/u;

/**
 * Whether the quote ends a short line and the line gives it as someone's words: a clause-shaped quote
 * (by readsAsSpokenClause), or any quote after a speaker and a colon.
 */
export function closesLineAsSaying(leadIn: string, inner: string, after: string): boolean {
  if (after.trim() !== '' || CLAUSE_MARK.test(leadIn) || [...leadIn.trim()].length > LONGEST_LINE_BEFORE_QUOTE) return false;
  return readsAsSpokenClause(inner) || opensWithSpeakerAndColon(leadIn);
}

/** Whether the short line opens with who speaks and a colon, not a label (標題：, 問：). */
export function opensWithSpeakerAndColon(leadIn: string): boolean {
  const sayer = SPEAKER_AND_COLON.exec(leadIn.trim())?.[1];
  return sayer !== undefined && !LABEL_BEFORE_COLON.test(sayer);
}
