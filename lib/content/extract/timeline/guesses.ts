import type { DateMention } from '../dates';
import { clauseEnd, clauseStart, isOnlyTheDate, isSentenceEnd, sentenceEnd, sentenceStart } from './clauses';
import { namesPeriod } from './mentions';
import { PLANNED_ACTION, RESULT_WORDS, withoutComparisons } from './outlooks';

/**
 * Guesses: what a clause expects, thinks likely or habitually sees of a period (`預計9月新增信貸約為
 * 0.82萬億元`, `10月新增信貸有望達到1萬億元`, `明年豬肉價格將自底部抬升`, `10月企業短期貸款增量通常為負`)
 * is no dated happening, while a dated plan (`預計今年底前掛牌`, `將於下半年推出`) is one.
 */

/**
 * What comes before 料 when it ends a noun (材料, 資料, 燃料, 爆料, 硅料, 偷工減料) or says what no one expected (未料, 豈料, 誰料):
 * not the 料 of a forecast.
 */
const NOUNS_ENDING_IN_LIAO = '資资材原燃飲饮香肥塑布史笑物照意不始顏颜塗涂配餵喂飼饲草木石爆猛黑硅矽油堆餡馅廢废雙双減减面麵衣醬酱沒没未豈岂誰谁輔辅調调備备';

/**
 * Words that expect: a forecast (`有望觸底反彈`), or a plan when what is expected is something done (`四季度有望推出新芯片`, see `PLANNED_ACTION`).
 * A statistician's provisional, revised or advance estimate (`8月的零售業總銷貨價值的臨時估計為324億元`, `修訂估計`, `預先估計`) is a
 * figure put out for a period, not a guess at it.
 */
const EXPECTING = new RegExp(`預計|预计|(?<![的於于超符合及不])(?:預期|预期)(?!之[中內内外])|預測|预测|預估|预估|(?<!臨時|临时|修訂|修订|預先|预先|初步)(?:估計|估计)|料將|料将|料(?=[為为會会在於于])|(?<![${NOUNS_ENDING_IN_LIAO}預预])料(?![理子想到及])|看好|看淡|展望|有望|可望|上看|(?<![評评高低])估(?=[第今明下本上全前]|[0-9０-９])`);
/** Words that only think something possible: never a plan (`或將放緩`, `可能在3月加息`). */
const DOUBTING = /(?<![相反供回適适響响效呼感答對对順顺理])(?:應|应)(?:可|能|會|会)(?![計计])|可能|揣[測测]|猜[測测]|臆[測测]|押注|憧憬|[傳传]聞|[盛據据市][傳传](?![統统媒播])|或[將将會会]|或(?=[進进]一步|[在於于])|或(?=(?:再|繼續|继续)?(?:反覆|反复|偏軟|偏软|偏強|偏强|上落|波動|波动|回[落升調调]|走[高低強强弱軟软]|下[跌滑行]|上[升漲涨行]|[升跌漲涨](?![幅值])))|恐(?![怖嚇吓慌龍龙懼惧])|不排除|有[機机]會|有机会|大概率|概率|機率|机率|可能性|勢將|势将|擔心|担心|擔憂|担忧|憂慮|忧虑/;
/**
 * "Will" as a forecast (`10月制造業貸款會保持較高增長`, `都會推高10月貸款規模`): 會 after an adverb or
 * before a change, never the 會 of a word (社會, 會議, 證監會, 機會).
 */
const WOULD =
  /(?:將|将|也|還|还|仍|然|亦|都|則|则|並|并|就|才|又|更|必|應|应)(?:會|会)|(?:會|会)(?=有所|更加|更為|更为|逐步|逐漸|逐渐|繼續|继续|保持|維持|维持|出現|出现|達到|达到|受到|進一步|进一步|帶來|带来|季節性|季节性|明顯|明显|大幅|小幅|回落|回升|上升|下降|增加|減少|减少|提高|降低|放緩|放缓|加快|加大|加劇|加剧|擴大|扩大|收窄|落後|落后|成為|成为)/;
/** What makes a time still to come a plan: a schedule (`將於`, `擬`, `定於`, `起`, `前`) or something done then. */
const SCHEDULED = /將於|将于|將在|将在|擬|拟|計劃|计划|規劃|规划|定於|定于|預定|预定|準備|准备|打算|安排|意圖|意图|目標|目标|^起|^前/;

/** `…的預期`, `…的预测`: what comes before is what is expected of (`对2022年销售额的预期`). */
const EXPECTED_OF = /^[^，,。；;]*的(?:預期|预期|預測|预测|預估|预估|展望|猜測|猜测|揣測|揣测|憧憬)/;

/** What a forecast says will be reached (`到2049年中國將成為世界第一大經濟體`). */
const ACHIEVING = /實現|实现|成為|成为|達到|达到|達成|达成|邁向|迈向/;

/** What should be done (`5月份開始，需要強化對房企的調研`): advice for a time, not a plan anyone made. */
const ADVISING = /需要|應該|应该|應當|应当|有必要|建議|建议|(?<![主重需只必想將将])要(?=(?:更加|更|繼續|继续|進一步|进一步)?(?:着力|著力|堅持|坚持|加快|加大|推動|推动|確保|确保|保持|做好|抓好|持續|持续|全力|努力|積極|积极|切實|切实|注重|強化|强化|穩|稳|保證|保证|落實|落实|統籌|统筹))/;

/** What is still being weighed (`考慮明年推出`, `正研究於明年推出`): of a time not yet over, no decision and no plan. */
/** A document or body laying down what must be done (`财政部之前曾发文要求，`, `通知規定，`). */
const REQUIRED_BY_DOCUMENT = /(?:[發发]文|通知|文件|[規规]定|[辦办]法|條例|条例)[^。；;！？!?]{0,6}?(?:要求|[規规]定|明[確确])[，,：:]/;

const UNDECIDED = /考[慮虑]|探[討讨]|商[討讨]|[醞酝][釀酿]|研[議议]|正研究|研究是否/;

/** Words of a hope or a wish (`希望在今年底達成共識`, `新年願望是…`): what someone hopes a time will bring is no plan and no happening. */
const HOPING = /(?<!充滿|充满|新|看到|帶來|带来|燃起|寄予|沒有|没有|失去|一線|一线)(?:希望|期望|盼望|渴望|但願|但愿|願望|愿望|心願|心愿|夢想|梦想)(?![工集])/;

/** Confidence in what a time will bring (`对今年全年不良贷款率保持稳中有降有信心`): an outlook, like a hope. */
const CONFIDENT = /有信心|信心十足|充[滿满]信心|有把握/;

/** Whether an earlier clause of the sentence opens a hope the mention's clause goes on with (`新年愿望是挣30万元，明年在武汉买一套房`). */
function isHopedFor(text: string, mention: DateMention): boolean {
  return HOPING.test(text.slice(sentenceStart(text, mention.start), clauseStart(text, mention.start)));
}

/** `明年才有結果`, `年底才能完成`: "only then", the earliest a thing is thought to come. */
const ONLY_THEN_AFTER = /^[^，,。；;！？!?]{0,4}?才(?:有|能|會|会|可|開始|开始|見|见|[獲获]得|出[爐炉])/;

/** A range whose end is a time to come counted from publication (`今年12月到明年上半年`, `本月至下月`). */
const RUNS_INTO_FUTURE = /(?:到|至|－|—|-)\s?(?:明年|後年|后年|下[個个]?月|下半年|下季)/;

/** `將是關鍵`, `会成为转折点`: what a period will be. */
const WILL_BE_AFTER = /^[^，,。；;！？!?]{0,4}?(?:將|将|會|会)(?:是|成為|成为)/;
/** `將達300億美元`, `将突破1万亿元`: a figure a period will reach. */
const WILL_REACH_FIGURE = /^[^，,。；;！？!?]{0,16}?(?:將|将|會|会)(?:達|达|達到|达到|超過|超过|突破|增至|升至|降至|跌至|減至|减至|增加至|减少至|減少至)[約约近逾超]?[0-9０-９一二三四五六七八九十百千]/;

/** `兑付顶峰将出现在2013年第二季度`: when something is said to come, no schedule for it. */
const WILL_COME_IN_BEFORE = /(?:將|将|會|会|可能|或將|或将)(?:出現|出现|發生|发生|到來|到来|來臨|来临)(?:在|於|于)?\s*$/;

/** A state said to go on (`仍強勁`, `持續成長`). */
const GOING_ON = /仍|持續|持续|維持|维持|繼續|继续|延續|延续/;

/** A clause that only frames the date (`從四季度來看，`, `展望明年，`, `到2030年，`, `对于2022年，`): what it dates is in the clause after. */
const FRAMING_BEFORE = /^(?:從|从|就|對於|对于|對|对|在|於|于|到了?|展望)?$/;
const FRAMING_AFTER = /^(?:來看|来看|而言|來說|来说|方面|開始|开始|起)?$/;

/**
 * A clause that only says who expects, then a comma (`中金公司預計，`, `市場預期，`), or what a projection rests on (`根据…期限测算，`):
 * the rest of the sentence is what is expected.
 */
const EXPECTATION_OPENING = new RegExp(`(?:預計|预计|預期|预期|預測|预测|預估|预估|估計|估计|(?<![据據經经])(?:[測测]算|推算)|(?<![${NOUNS_ENDING_IN_LIAO}])料)\\s*$|^\\s*展望`);
/** What happens as a rule, not at a time (`10月企業短期貸款增量通常為負`). */
const HABITUAL = /通常|往往|歷來|历来|向來|向来|慣例|惯例|照例/;
/** The subject a date heads before its verb (`10月新增信貸有望`, `10月的地產融資可能`), not an action done then and its effects (`7月降準對信貸的提振作用會`). */
const DATE_AS_SUBJECT = /^[份的]?[^，,。；;：:！？!?對对把將将從从在於于]{0,16}?$/;

/** Whether a clause before the mention's, in its sentence, only says who expects (`中金公司預計，10月新增社融可能…`). */
function inExpectedSentence(text: string, mention: DateMention): boolean {
  const earlier = text.slice(sentenceStart(text, mention.start), clauseStart(text, mention.start));
  return earlier.split(/[，,：:]/).some((clause) => EXPECTATION_OPENING.test(clause));
}

/** Words of an opinion (`认为`, `相信`, `判断`): what someone thinks of a period not yet over is an outlook. */
const OPINION = /[認认][為为]|相信|[判][斷断]|[覺觉]得|看[來来]|意味[着著]/;
const OPINION_CLOSING = new RegExp(`(?:${OPINION.source})\\s*$`);

/**
 * Whether a period not yet over is what someone thinks about (`多位基金经理认为，下半年还是成长股占据上风`, `核心是判断下半年的增量资金主力`):
 * the opinion opens the clause, or an earlier clause of the sentence ends with it. The caller keeps a planned act.
 */
function isOpinion(text: string, mention: DateMention, before: string): boolean {
  if (OPINION.test(before)) return true;
  const earlier = text.slice(sentenceStart(text, mention.start), clauseStart(text, mention.start));
  return earlier.split(/[，,：:]/).some((clause) => OPINION_CLOSING.test(clause));
}

/** An announcement or preliminary results (`公告`, `業績預告`, `業績快報`) opening the sentence's estimate. */
const ANNOUNCED_BEFORE = /公告|[預预]告|快[報报]|披露/;

/**
 * Whether an estimate for a period is a company's own, put out in an announcement (`荣盛发展公告，预计2021年度净亏损…`) and not
 * doubted: for a period that has ended (the caller checks) it is the figure reported, not a guess.
 */
export function isAnnouncedEstimate(text: string, mention: DateMention): boolean {
  const before = text.slice(sentenceStart(text, mention.start), mention.start);
  return ANNOUNCED_BEFORE.test(before) && !DOUBTING.test(text.slice(sentenceStart(text, mention.start), sentenceEnd(text, mention.end)));
}

/** Words that report a thing as done (`已經提到了`, `曾表示`). */
const DONE_BY_THEN = /已|曾|了(?![解結结])/;

/** Kinds of mention that name one day (`8日`, `周日`, `明日`, `3月5日`). */
function namesDay(mention: DateMention): boolean {
  if (mention.kind === 'calendar') return mention.period.unit === 'day';
  return mention.kind === 'weekday' || mention.kind === 'day-offset' || mention.kind === 'day-of-month' || mention.kind === 'publication-day' || (mention.kind === 'month-offset' && mention.day !== null);
}

/**
 * Whether a day is named only in a forecast (`天文台預料，颱風周日最接近本港`, `市場預料恐將對股價8日造成衝擊`): a guess dates nothing
 * (LABELS.md). A day something is expected to be done on (`預計9月20日前完成交割`) is a plan.
 */
function isDayGuessed(text: string, mention: DateMention): boolean {
  if (!namesDay(mention)) return false;
  const clause = withoutComparisons(text.slice(clauseStart(text, mention.start), clauseEnd(text, mention.end)));
  const before = withoutComparisons(text.slice(clauseStart(text, mention.start), mention.start));
  const guessed = EXPECTING.test(before) || DOUBTING.test(before) || inExpectedSentence(text, mention);
  const after = text.slice(mention.end, clauseEnd(text, mention.end));
  // `因為在前天的會議上已經提到了…`: what the clause says was done that day is reported, whatever the sentence expects.
  // `料將從周三約1.16美元的水平上漲4%`: the level a forecast starts from is that day's figure, already seen.
  return guessed && !PLANNED_ACTION.test(clause) && !SCHEDULED.test(before) && !SCHEDULED.test(after) && !DONE_BY_THEN.test(after) && !startsForecastFrom(text, mention);
}

/** `從周三約1.16美元的水平`, `由昨日的3.2%`: a day's level, said as where a forecast move starts. */
const LEVEL_OF_DAY_AFTER = /^(?:的)?(?:約|约|大约|大約)?[0-9０-９][^，,。；;！？!?]{0,10}?的水平/;

/** Whether a day names the level a forecast move starts from (`欧元兑美元一年后料将从周三约1.16美元的水平上涨4%`): a figure already seen. */
export function startsForecastFrom(text: string, mention: DateMention): boolean {
  return /[從从由]$/.test(text.slice(0, mention.start)) && LEVEL_OF_DAY_AFTER.test(text.slice(mention.end));
}

/** Where the first word that expects, doubts or says "will" stands in a text, or -1. */
function firstGuessWord(text: string): number {
  const found = [EXPECTING, DOUBTING, WOULD].map((pattern) => pattern.exec(text)?.index ?? -1).filter((index) => index >= 0);
  return found.length === 0 ? -1 : Math.min(...found);
}

/**
 * Whether the clause holding a mention only guesses at it, or speaks of what happens as a rule.
 * `timing` says whether the period ended before publication, or is still to come, and `recent` whether it
 * is this year or last (of a time long past only a doubt is a guess: `有可能在2018年末實現盈利`). A time to come that
 * the clause neither schedules nor has something done in (`明年AI需求仍強勁`) is an outlook.
 */
export function isGuess(text: string, mention: DateMention, timing: 'ended' | 'current' | 'coming', recent = true): boolean {
  // `下周美國聯儲局或進一步減息`: a week to come that only may see something.
  // `本周有望收跌0.5%`: a week under way expected to close somewhere is a forecast too.
  if (mention.kind === 'week') {
    const clause = withoutComparisons(text.slice(clauseStart(text, mention.start), clauseEnd(text, mention.end)));
    return timing !== 'ended' && (DOUBTING.test(clause) || (EXPECTING.test(clause) && RESULT_WORDS.test(clause) && !PLANNED_ACTION.test(clause)));
  }
  if (!namesPeriod(mention)) return isDayGuessed(text, mention);
  const before = withoutComparisons(text.slice(clauseStart(text, mention.start), mention.start));
  const end = clauseEnd(text, mention.end);
  // A clause of only the date (`2024年，我們將新建兩座工廠`) says what it dates in the next.
  const framing = FRAMING_BEFORE.test(text.slice(clauseStart(text, mention.start), mention.start)) && FRAMING_AFTER.test(text.slice(mention.end, end));
  const onlyDate = (framing || isOnlyTheDate(text.slice(clauseStart(text, mention.start), end), mention.text)) && !isSentenceEnd(text, end);
  const after = withoutComparisons(text.slice(mention.end, onlyDate ? clauseEnd(text, end + 1) : end));
  // `10月企業短期貸款增量通常為負`, `年报季通常在4月结束`: what happens as a rule, before or after the date.
  if (HABITUAL.test(after) || HABITUAL.test(before)) return true;
  if (timing !== 'ended') {
    const clause = before + mention.text + after;
    // `下调对公司2022年国内新冠疫苗销售额的预期`: the period is what an expectation is about.
    // `巩固了美联储将在9月加息的预期`: what a period not yet over is expected to see, whoever expects it.
    if (EXPECTED_OF.test(after)) return true;
    // A time to come that the clause neither schedules nor has something done in, only a state that goes on (`明年AI需求仍強勁`).
    if (timing === 'coming' && !SCHEDULED.test(before) && !SCHEDULED.test(after) && !PLANNED_ACTION.test(clause) && (GOING_ON.test(clause) || RESULT_WORDS.test(clause) || ACHIEVING.test(clause))) return true;
    // `财政部发文要求，…额度应当主要放在10月份发行`: what a document requires is a plan it sets, not advice.
    const advised = ADVISING.test(clause) && !REQUIRED_BY_DOCUMENT.test(text.slice(sentenceStart(text, mention.start), mention.start));
    if (DOUBTING.test(clause) || advised || HOPING.test(clause) || CONFIDENT.test(clause) || UNDECIDED.test(clause) || isHopedFor(text, mention)) return true;
    // `受今年四季度Taper影響，購債規模收窄，收益率可能反彈`: a period still to come, with nothing done in it, opening a sentence that only thinks
    // something possible, is the premise of a guess.
    if (timing === 'coming' && !SCHEDULED.test(before) && !SCHEDULED.test(after) && !PLANNED_ACTION.test(clause) && DOUBTING.test(text.slice(mention.end, sentenceEnd(text, mention.end)))) return true;
    // `臨床試驗最快明年才有結果`: when something is thought to come at the earliest is a guess at its timing.
    if (ONLY_THEN_AFTER.test(after)) return true;
    // `2030年前實現碳達峰`: a state to be reached by a deadline still to come is a goal, like a target; a task to finish by one
    // (`2025年前完成改造`) is a plan.
    if (timing === 'coming' && /^(?:之)?前/.test(after) && ACHIEVING.test(clause) && !PLANNED_ACTION.test(clause)) return true;
    // `今年12月到明年上半年，市場依然偏冷`: a stretch running into a time to come, with nothing scheduled or done in it, is an outlook.
    if (RUNS_INTO_FUTURE.test(mention.text) && !SCHEDULED.test(before) && !SCHEDULED.test(after) && !PLANNED_ACTION.test(clause)) return true;
    // `下半年將是關鍵`, `明年資本支出將達300億美元`: what a period will be, or a figure it will reach, is a forecast.
    if (WILL_BE_AFTER.test(after) || WILL_REACH_FIGURE.test(after) || WILL_COME_IN_BEFORE.test(before)) return true;
    // `预计在明年一季度就会开始发行`: an expected time something "will" be done is a guess at its timing, not a schedule (LABELS.md:
    // a meeting is labelled only where the text reports it as fixed), whatever is to be done.
    if (EXPECTING.test(clause) && WOULD.test(clause)) return true;
    const expects = EXPECTING.test(clause) || WOULD.test(clause) || inExpectedSentence(text, mention) || isOpinion(text, mention, before);
    return expects && !PLANNED_ACTION.test(clause);
  }
  // A period just over whose figures are not out yet (`預計9月新增信貸約為0.82萬億元` in early October) is still
  // guessed at; what was done in it (`7月降準對信貸的提振作用會逐步體現`) is not.
  if (!recent) return DOUBTING.test(before);
  // `華聯股份公告，預計2021年度淨虧損…`, `此前公告，預計上半年淨利增長…`: a company's own estimate of a period just over, put out
  // in an announcement, is the figure it reports (LABELS.md: a figure for a period that has ended), not a guess at it.
  if (isAnnouncedEstimate(text, mention)) return false;
  const guessedBefore = firstGuessWord(before + mention.text);
  if ((guessedBefore >= 0 && guessedBefore < before.length) || inExpectedSentence(text, mention)) return true;
  const predicate = firstGuessWord(after);
  return predicate >= 0 && DATE_AS_SUBJECT.test(after.slice(0, predicate));
}
