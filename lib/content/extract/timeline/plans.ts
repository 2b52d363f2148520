import type { DateMention } from '../dates';
import { clauseEnd, clauseStart, isSentenceEnd } from './clauses';

/** Plans and forecasts: whether a date is looked forward to, so a date without a year is the next one. */

/** Words that make a clause a plan (`將`, `訂於`, `預定`), so a date without a year is the next one, not the last one; 計劃 as a noun (`這次裁員計劃其實也符合`, `1月計劃的方案`) makes none. A deadline one must meet (`需在2月25日前完成整改`, `最遲10月投入營運`) and what must be done then (`额度应当主要放在10月份发行`) are plans. */
const FORWARD_BEFORE = /(?:或|可能|有機會|有机会)(?:[將将會会])?(?:在|於|于)$|將|将|擬|拟|(?:計劃|计划)(?![的中書书內内其是也已首第])|預計|预计|預期|预期|有望|準備|准备|打算|定於|定于|訂於|订于|(?:預定|预定|排定)(?![的])|(?:需|須|须|應|应)(?:在|於|于)$|要求[^，,。；;]{0,6}?(?:在|於|于)$|(?:應當|应当|應該|应该|必須|必须)[^，,。；;！？!?]{0,6}?(?:在|於|于)$|最(?:遲|迟|晚)(?:在|於|于)?$|不(?:遲|迟|晚)(?:於|于)$|[訂订](?:在|於|于)?$|(?:希望|力爭|力争|爭取|争取)(?:能)?(?:在|於|于)$|(?:目標|目标)(?:是|為|为)?(?:在|於|于)$|(?<![委員员協协商議议學学工社總总大年峰都機机])(?:會|会)(?:在|於|于)$/;
/**
 * `3月1日起將實施`, `4月1日起電價將調漲`, `自9月14日起，公司全称变更为…`: a start date with a plan later in its clause; `我們禮拜六(招股記者會)再說`:
 * a day talk or a decision is put off to; `周五是截止日期`, `周五或能达成协议`: a deadline, or what may happen then.
 */
const FORWARD_AFTER = /^(?:(?:是|為|为)?(?:截止日期|截止日|最後期限|最后期限|死線|死线)|(?:或|可能)(?:能|將|将|會|会|可|許|许)|(?:[（(][^（()）]{0,12}[）)])?再(?:說|说|談|谈|議|议|見|见|聊|算|決定|决定)|起?(?:將|将|擬|拟)|起[^，,。；;！？!?]*?(?:將|将)|起[^。；;！？!?]*?(?:施行|實施|实施|生效|執行|执行|啟用|启用|上路|開徵|开征|變更為|变更为))/;

/** Words after a date, later in its clause, that make the date's own statement a plan or forecast (`下半年出口仍將成長`). */
const FORWARD_LATER = /將|将|預計|预计|預估|预估|可望|有望|有機會|有机会|或將|或将|或會|或会|料將|料将|預料|预料|擬|拟|(?:計劃|计划)(?![的中書书內内首第])|(?<![的於于超符合及])(?:預期|预期)|準備|准备|打算|展望/;
/**
 * Verbs that report a decision or words (`12月20日宣布將於明年推出`): a plan after one is what was
 * announced, and the date is when it was announced, so it stays in the past.
 */
export const REPORTING_VERB = /宣布|宣佈|表示|稱|称|指出|透露|公布|公佈|發布|发布|發佈|決定|决定|通過|通过|批准|提出|同意|說|说|認為|认为|披露|發表|发表|強調|强调/;

/** Whether a text plans or forecasts (`將`, `預計`) with no reporting verb before the plan (`宣布將…` reports a decision, dated when it was made). */
function plansUnreported(text: string): boolean {
  const plan = FORWARD_LATER.exec(text);
  if (plan === null) return false;
  const report = REPORTING_VERB.exec(text);
  return report === null || report.index > plan.index;
}

/** Whether the rest of a mention's clause plans or forecasts what the date states. */
function plansLaterInClause(text: string, mention: DateMention): boolean {
  return plansUnreported(text.slice(mention.end, clauseEnd(text, mention.end)));
}

/** A date straight before words that tell it as done (`7月已经终止`, `3月已於`, `上月曾`): a past date, not a plan's. */
const DONE_AFTER = /^(?:份|底|初|中|中旬|下旬|上旬)?\s*(?:已經|已经|業已|业已|已|曾經|曾经|曾)/u;

/** Words opening a clause that join it to the one before (`…將在5月推出，並於5月20日舉辦`), so a plan there is its plan too. */
const JOINED_CLAUSE = /^(?:並|并|且|同時|同时|以及|及|再)/;

/** The clauses before the one holding `index` that it is joined to by 並/并/同時, back to the first of them; empty when it stands alone. */
function joinedClausesBefore(text: string, index: number): string {
  const own = clauseStart(text, index);
  let start = own;
  while (start > 0 && JOINED_CLAUSE.test(text.slice(start)) && !isSentenceEnd(text, start - 1)) start = clauseStart(text, start - 1);
  return text.slice(start, own);
}

/**
 * Whether the clause around a mention speaks of the future (`將於3月1日召開`, `3月1日起將實施`,
 * `下半年出口仍將維持成長`, `將推出新品，並於5月20日舉辦活動`): then a date without a year is the
 * next one, not the last one.
 */
export function isForwardLooking(text: string, mention: DateMention): boolean {
  // Told as done (`该计划7月已经终止`): the last such date, whatever plan the clause names.
  if (DONE_AFTER.test(text.slice(mention.end))) return false;
  const before = text.slice(clauseStart(text, mention.start), mention.start);
  if (FORWARD_BEFORE.test(before) || FORWARD_AFTER.test(text.slice(mention.end)) || plansLaterInClause(text, mention)) return true;
  return plansUnreported(joinedClausesBefore(text, mention.start));
}
