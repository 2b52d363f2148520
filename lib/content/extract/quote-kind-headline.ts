/**
 * Short lines (a deck, a subhead, a headline inside the body) that end on a quote: the quote there
 * gives the words of someone the story below tells of, with no verb of saying to hand it over
 * (忍痛養家「不知如何過下去」, 市長：「我不會辭職」). A name or scheme ending such a line (央行推「數碼港元」)
 * is still a term: only a quote shaped like a clause, or one a speaker and a colon open, is speech.
 */

/** A short line: no clause or sentence mark before the quote, and only so many words. */
const LONGEST_LINE_BEFORE_QUOTE = 20;
const CLAUSE_MARK = /[，,。；;！？!?]/;

/**
 * How a clause, never a name, opens: a negated or modal verb (不知, 不想, 無法, 唔), a question word
 * anywhere (怎辦, 為何), or a particle of speech closing it (好難呀, 點算呢).
 */
const NEGATED_OR_MODAL_OPENING = /^(?:不知|不想|不要|不敢|不願|不愿|不用|不必|不得不|不可能|不能|不會|不会|沒法|没法|無法|无法|沒有|没有|別|别|唔|冇|寧願|宁愿|只能|只好|唯有|惟有)/;
const QUESTION_WORD = /怎|點算|点算|點樣|点样|甚麼|什麼|什么|為何|为何|如何|哪(?!吒)|誰|谁|幾時|几时/;
const SPOKEN_PARTICLE_AT_END = /[啦呀吧嗎吗呢喇囉啰啊嘛咩噃㗎]$/;
/** The particles that close only speech: 吧 also ends names of places (貼吧, 酒吧). */
const SPEECH_ONLY_PARTICLE_AT_END = /[啦呀嗎吗呢喇囉啰啊嘛咩噃㗎][？?！!]?$/;

/** Whether quoted words end with a particle only speech has (唔知呀, 點算呢). */
export function endsWithSpokenParticle(inner: string): boolean {
  return SPEECH_ONLY_PARTICLE_AT_END.test(inner.trim());
}

/** Whether quoted words read as a clause someone says, though short: by how they open, ask or end. */
export function readsAsSpokenClause(inner: string): boolean {
  const words = inner.trim();
  return NEGATED_OR_MODAL_OPENING.test(words) || QUESTION_WORD.test(words) || SPOKEN_PARTICLE_AT_END.test(words);
}

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
