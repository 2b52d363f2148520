import type { DateMention } from '../dates';
import { clauseEnd, clauseStart, isOnlyTheDate, isSentenceEnd, sentenceEnd, sentenceStart } from './clauses';
import { namesPeriod } from './mentions';

/** Dates of what is not (yet) a happening: conditions, questions, pressures a period faces, forecasts and outlooks. */

/**
 * 若 that is no condition: 若干 ("several"), and how a statistic is read (`若扣除期間價格變動，今年8月…`,
 * `若果與去年同期作比較，…`, `如撇除農曆新年因素`): an adjustment or a comparison, not what might happen.
 */
const READING_A_FIGURE = '(?:果)?(?:[扣撇剔]除|不[計计]|[計计][及入]|[與与和跟][^，,。；;]{0,12}(?:比較|比较|相比)|(?:以|按|按照)[^，,。；;]{0,12}?(?:衡量|計算|计算|計|计|來看|来看|為準|为准|來算|来算))';
/** Words opening a condition (`如果明年經濟好轉`, `若下半年需求回升`, `一旦3月加息`). */
const CONDITION = `(?:如果(?!${READING_A_FIGURE})|若是|若(?!干|${READING_A_FIGURE})|假如|假使|假若|假設|假设|假定|只要|除非|倘若|一旦|萬一|万一|要是)`;
/** 若 with one character and then the date (蕭若元昨日, 王若飛3月): the middle of a name, not "if" (若於3月, 若明年 are). */
const NAME_WITH_RUO = /(?<=\p{Script=Han})若(?![于於在将將从從到自再])\p{Script=Han}$/u;
const HYPOTHETICAL = new RegExp(`${CONDITION}[^，,。；;！？!?]{0,12}$`);

/** Whether the clause before a date opens a condition (若明年, 如果3月), not counting a name with 若 in it right before the date. */
function isHypotheticalBefore(before: string): boolean {
  return HYPOTHETICAL.test(before) && !(NAME_WITH_RUO.test(before) && !HYPOTHETICAL.test(before.slice(0, -2)));
}

/** `等明年攢夠錢，…`, `待下半年經濟好轉後，…`: a clause opening on a time waited for, the condition of what follows. */
const WAITING_FOR_OPENING = /^\s*[「“"『]?(?:等|待)(?:到)?$/;

/** A clause opening with a condition (`如果不開放中資入股，`). */
const CONDITION_OPENING = new RegExp(`^[「“"『]?${CONDITION.replace('一旦|', '')}`);

/** Whether a date is in a condition (`若下半年需求回升，…`): what might happen is no happening, and no plan. */
export function isHypothetical(text: string, mention: DateMention): boolean {
  if (isHypotheticalBefore(text.slice(clauseStart(text, mention.start), mention.start)) || WAITING_FOR_OPENING.test(text.slice(clauseStart(text, mention.start), mention.start))) return true;
  // `如果不開放中資入股，台灣半導體業將在2025年消失`: the clause after a condition says what would follow from it.
  const own = clauseStart(text, mention.start);
  return own > 0 && !isSentenceEnd(text, own - 1) && CONDITION_OPENING.test(text.slice(clauseStart(text, own - 1), own));
}

/** Pressures, risks and problems a period faces (`今年穩外貿的壓力非常巨大`, `二季度面臨下行壓力`, `关于下半年面临的问题`), and what may come of it (`下半年出口或將放緩`, `今年GDP增速或在3%至4%之间`). */
const CONDITION_WORDS = /[壓压]力|不明朗|承[壓压]|挑[戰战]|不[確确]定|[風风][險险]|[困]難|困难|[隱隐][憂忧]|可能|或[將将會会]|或(?=[在為为][^，,。；;]{0,10}[0-9０-９])|恐[將将怕]?|(?<!臨時|临时|修訂|修订|預先|预先|初步)(?:估計|估计)|預料|预料|不排除|有機會|有机会|面[臨临][^，,。；;]{0,6}?[問问][題题]/;

/**
 * Whether the clause of a year, half, quarter or month speaks of the pressures or risks it faces:
 * of a period not yet over (the caller checks) that is an outlook, not a dated happening.
 */
export function facesConditions(text: string, mention: DateMention): boolean {
  if (!namesPeriod(mention)) return false;
  // `9月份后续还有美联储升息等因素影响`: the rest of a period not yet over is what lies ahead, no happening; what a body will do in it
  // (`今年餘下時間，公司將推出兩款新車`) is a plan for the period.
  if (REST_OF_PERIOD_AFTER.test(text.slice(mention.end)) && !/[將将擬拟]|[計计][劃划]/.test(text.slice(mention.end, sentenceEnd(text, mention.end)))) return true;
  const own = text.slice(clauseStart(text, mention.start), clauseEnd(text, mention.end));
  // A clause of only the date (`下半年，我国经济有望继续恢复`, `明年一季度，随着基数效应消退，增速或将回落`) frames the rest of its sentence.
  const clause = isOnlyTheDate(own, mention.text) ? text.slice(clauseStart(text, mention.start), sentenceEnd(text, mention.end)) : own;
  // `下半年出口仍將成長`: what a period not yet over will do to a figure is a forecast; what will be done in it (`將擴產`) a plan.
  // `公司一季度销售会受一定影响`: 會 as a modal of what will come to a figure forecasts it as 將 does.
  if (CONDITION_WORDS.test(clause) || ((/將|将|認為|认为/.test(clause) || MODAL_WILL.test(clause)) && (RESULT_WORDS.test(clause) || SUFFERS.test(clause)) && !PLANNED_ACTION.test(clause))) return true;
  // `三季度經濟將加快恢復`: what the economy or a market will do, even in words a plan could use.
  if (ECONOMY_WILL.test(clause)) return true;
  return STRIVES_FOR.test(text.slice(clauseStart(text, mention.start), mention.start)) || NAMES_FORECAST.test(text.slice(mention.end, clauseEnd(text, mention.end))) || STRIVES_TO_REACH.test(clause);
}

/** 會 as a modal (`销售会受影响`, `不會好轉`), never the noun (`會議`, `協會`, `機會`, `股東會`). */
const MODAL_WILL = /(?<![大協协學学商議议總总社國国委工年晚酒機机東东])[會会](?![議议員员長长計计所場场展談谈晤期上中後后])/;
/** Sales a period will see and the blows it will take (`一季度销售将受重挫`, `销售会受一定影响`): what comes to a figure. */
const SUFFERS = /[銷销]售|[銷销]量|受(?:到)?[^，,。；;]{0,4}(?:影[響响]|衝擊|冲击|重挫|打擊|打击)/;

/** `后续`, `餘下`, `剩余`: the rest of the period just named. */
const REST_OF_PERIOD_AFTER = /^(?:的)?(?:[后後][续續]|[餘余]下|剩[余餘下]|其[餘余])/;

/** A goal the period is to reach (`明年“两利四率”要努力实现“两增一控三提高”`, `今年力爭達到5%`). */
const STRIVES_TO_REACH = /(?:努力|力[爭争]|[爭争]取|力求)(?:實現|实现|達到|达到|達成|达成)/;

/**
 * The economy, a market, a currency or a figure said to be going to do something (`經濟將加快恢復`, `需求有望回暖`, `大市會明年逆轉`,
 * `美元今年將保持出色表現`): a forecast, whatever
 * the verb. Not a body named after them (`市場監管總局將…`) nor a thing scheduled (`消費券將於5月發放`).
 */
const ECONOMY_WILL = /(?:經濟|经济|市場|市场|需求|消費|消费|出口|進口|进口|增速|價格|价格|股市|樓市|楼市|房價|房价|物價|物价|通脹|通胀|景氣|景气|大市|港股|美股|A股|樓價|楼价|油價|油价|金價|金价|匯率|汇率|息口|美元|歐元|欧元|日圓|日圆|日元|英鎊|英镑|人民幣|人民币|港元|港幣|港币|債市|债市)(?![監监]管)[^，,。；;！？!?局部委會会所署司廳厅券]{0,4}?(?:(?:將|将)(?![於于在])|會|会|有望|可望)/;
/** A goal set for the period (`力爭2025年前實現碳達峰`, `争取明年完成`): like a target for a year not over, a goal (LABELS.md). */
const STRIVES_FOR = /(?:力[爭争]|[爭争]取|力求)[^，,。；;！？!?]{0,4}$/;
/** The period names a forecast that is revised or given (`IMF將今年全球經濟增長預期下調至3.2%`, `明年增長預測為5%`): the forecast's period, not a happening. */
const NAMES_FORECAST = /^[^，,。；;！？!?]{0,12}?[預预](?:期|測|测|估)(?:[值数數])?(?:[下上][調调]|[為为]|[至到]|[從从]|是|由|維持|维持)/;

/** Words that make a clause ask (`嗎`, `為何`, `怎麼`, `是否`). */
const QUESTION_WORD = /[嗎吗呢]|[為为]何|[為为]什[麼么]|怎[麼么樣样]|如何|什[麼么]|哪|[幾几]|多少|是否|[會会能可有]否|有[沒没]有|是不是|[會会]不[會会]/;

/**
 * Whether a date is in a question (`明年會更好嗎？`): of a time not yet over, asked about, not reported (the caller checks).
 * A clause before the question that states something and asks nothing (`今年3月份，你公开举报…，4月你举报沈阳…，为何会关注性侵？`)
 * is the question's premise: reported, not asked.
 */
export function asksAbout(text: string, mention: DateMention): boolean {
  const end = sentenceEnd(text, mention.end);
  if (!/[？?]/.test(text.charAt(end))) return false;
  const ownEnd = clauseEnd(text, mention.end);
  const own = text.slice(clauseStart(text, mention.start), ownEnd);
  // A tag (`明天就帶你去，好不好呀？`) asks about the whole sentence; only a question word asking for something else leaves the premise stated.
  return ownEnd >= end || isOnlyTheDate(own, mention.text) || QUESTION_WORD.test(own) || !ASKS_FOR.test(text.slice(ownEnd, end));
}

/** Question words that ask for something (why, how, what, which, how many), not whether (`好不好`, `嗎`). */
const ASKS_FOR = /[為为]何|[為为]什[麼么]|怎[麼么樣样]|如何|什[麼么]|哪|[幾几]|多少/;

/** `與會國是否會努力為11月峰會達成協議`, `能否在年底前完成`: whether something happens at a time is asked, not reported. */
const WHETHER_BEFORE = /(?:是否|能否|會否|会否|可否|有否|會不會|会不会|能不能)[^，,。；;！？!?]*$/;

/** Whether a date is in what is asked about with "whether" (`是否會在11月中旬…`): no happening, whatever its time. */
export function isAskedWhether(text: string, mention: DateMention): boolean {
  return WHETHER_BEFORE.test(text.slice(clauseStart(text, mention.start), mention.start));
}

/** What a figure is measured against, not a guess (`優於市場預期`, `超預期`, `不及預期`). */
const AGAINST_EXPECTATIONS = /(?:優於|优于|好於|好于|高於|高于|低於|低于|好過|好过|高過|高过|低過|低过|差過|差过|強過|强过|弱過|弱过|多過|多过|少過|少过|遜於|逊于|弱於|弱于|強於|强于|不及|符合|超出|超過|超过|超)(?:市場|市场|分析師|分析师|法人)?(?:的)?(?:預期|预期|預估|预估)/g;

/** A text with its comparisons to expectations blanked out, so `預期` there reads as no guess; offsets stay. */
export function withoutComparisons(text: string): string {
  return text.replace(AGAINST_EXPECTATIONS, (found) => ' '.repeat(found.length));
}

/** Things done at a time, by someone: what makes an expected or announced future a plan (`預計今年底前掛牌`). */
export const PLANNED_ACTION =
  /推出|推新|漲價|涨价|調價|调价|降價|降价|提價|提价|新建|擴張|扩张|擴建|扩建|編列|编列|量產|量产|出貨|出货|交貨|交货|開賣|开卖|招募|上市|掛牌|挂牌|實施|实施|施行|舉行|举行|舉辦|举办|召開|召开|啟動|启动|開工|开工|動工|动工|投產|投产|開業|开业|發布|发布|發佈|發行|发行|上線|上线|生效|執行|执行|調整|调整|上調|上调|下調|下调|調漲|调涨|調降|调降|建成|竣工|完工|交付|交房|交樓|交楼|入伙|入夥|擴產|扩产|收購|收购|開放|开放|取消|出台|印發|印发|開展|开展|開通|开通|派發|派发|發放|发放|除息|除權|除权|簽署|签署|成立|設立|设立|關閉|关闭|停止|暫停|暂停|恢復|恢复|引入|推行|落實|落实|試點|试点|投入|興建|兴建|提交|遞交|递交|審議|审议|表決|表决|選舉|选举|就任|上任|卸任|頒布|颁布|修訂|修订|開徵|开征|贖回|赎回|回購|回购|增持|減持|减持|招股|定價|定价|派息|到期|訪問|访问|出席|舉債|举债|加入|參加|参加|入選|入选|納入|纳入|啟用|启用|開幕|开幕|閉幕|闭幕|公布|公佈|入市|放寬|放宽|通車|通车|開通|上路|提供|展開|展开|推動|推动|規劃|规划|商轉|商转|商運|商运|投運|投运|併網|并网|試運轉|试运转|開張|开张/;

/** Words that forecast (`預計`, `预期`, `有望`) or look ahead (`看好`, `展望`). */
const FORECAST_WORDS = /預計|预计|預期|预期|預估|预估|料將|料将|有望|可望|看好|看淡|展望|目標|目标|預測|预测/;
/** A clause that opens with a forecast (`預估將穩定成長`): it forecasts for the clause before. */
const FORECAST_OPENING = /^(?:並|并|且|也|亦)?(?:預計|预计|預估|预估|預期|预期|料將|料将|有望|可望|將|将)/;
/** Words that only look ahead, and make an outlook with or without a figure (`看好明年`). */
const OUTLOOK_WORDS = /看好|看淡|展望|看待|樂觀|乐观|悲觀|悲观|預測|预测|前景|值得期待|可期/;
/** What a forecast of results is about: growth, earnings, a figure. */
export const RESULT_WORDS = /上落|向好|態勢|态势|走勢|走势|波動|波动|徘徊|震盪|震荡|整固|偏軟|偏软|偏強|偏强|反覆|反复|增長|增长|成長|成长|上揚|上扬|回升|回落|下滑|下降|業績|业绩|營收|营收|獲利|获利|盈利|利潤|利润|生產總值|生产总值|GDP|增速|[漲涨跌]|股利|股息|景氣|景气|回暖|好[轉转]|復甦|复苏|放[緩缓]|[升降加減减]息|降[准準]|升值|[貶贬]值|抬升|上行|下行|走[高低強强弱]|反[彈弹]|企穩|企稳|改善|惡化|恶化|通脹|通胀|通縮|通缩|\d(?:\.\d+)?\s*[%％]/;

/**
 * Whether a year, half, quarter or month only dates a forecast or outlook of results
 * (`預計下半年業績上揚`, `今年國內生產總值預期增長5.5%`, `看好明年`, `預計3月CPI上漲1.3%`): a guess
 * is no dated happening. A plan with a date (`將於下半年上市`, `3月1日起實施`) is one, and a day is kept.
 */
export function isForecastOfResults(text: string, mention: DateMention): boolean {
  if (!namesPeriod(mention)) return false;
  const end = clauseEnd(text, mention.end);
  const own = text.slice(clauseStart(text, mention.start), end);
  // A forecast may go on in the next clause with the same subject (`認為今年景氣面臨…，預估將穩定成長`),
  // and a clause of only the date (`2024年，我們預計經濟將回升`) says what it dates in the next.
  const next = isSentenceEnd(text, end) ? '' : text.slice(end + 1, clauseEnd(text, end + 1));
  const clause = own + (FORECAST_OPENING.test(next) || isOnlyTheDate(own, mention.text) ? next : '');
  const judged = withoutComparisons(clause);
  return OUTLOOK_WORDS.test(judged) || LEVEL_FORECAST.test(judged) || (FORECAST_WORDS.test(judged) && RESULT_WORDS.test(judged) && !PLANNED_ACTION.test(judged));
}

/** A modal of what surely or likely comes (`肯定`, `料`, `會`, `將`), then what a price or a market does. */
const MARKET_WILL = /(?:肯定|必定|勢必|势必|料|預料|预料|預計|预计|估計|估计|可能|或[會会將将]|[會会將将])[^，,。；;！？!?]{0,12}?(?:下跌|上漲|上涨|下挫|回落|回升|反彈|反弹|受壓|受压|走低|走高|高開|高开|低開|低开|透過市場反映|透过市场反映)/u;

/**
 * Whether today or tomorrow only dates what a market is forecast to do (`今日iBond價格肯定應聲下跌`, `今日會透過市場反映`): a guess
 * about a day not yet traded, no happening. What is done or set for the day (`今日起實施`) is kept.
 */
export function forecastsMarketDay(text: string, mention: DateMention): boolean {
  if (mention.kind !== 'day-offset' || mention.offset < 0) return false;
  const clause = text.slice(clauseStart(text, mention.start), clauseEnd(text, mention.end));
  return MARKET_WILL.test(clause) && !PLANNED_ACTION.test(clause);
}

/**
 * Others expecting what someone will do (`市场普遍预计，美联储本周料将再度加息`, `市场目前预计美联储将在本周三加息`): the market's or
 * the analysts' guess, however precise its day, not the doer's plan (`公司预计将于3月1日上市` is the company's own).
 */
const EXPECTED_BY_OTHERS = /(?:市場|市场|外界|分析師|分析师|交易員|交易员|投資者|投资者|投資人|投资人|經濟學家|经济学家|華爾街|华尔街)(?:們|们)?(?:普遍|目前|均|都|多|也|亦|則|则|大多|一致)?(?:預計|预计|預期|预期|預估|预估|押注|料將|料将|估計|估计)[^。；;！？!?]*$/u;

/** Whether the sentence so far gives the date as others' expectation of what someone will do; the caller checks the date is not past. */
export function isExpectedByOthers(text: string, mention: DateMention): boolean {
  return EXPECTED_BY_OTHERS.test(text.slice(sentenceStart(text, mention.start), mention.start));
}

/** A level a market or figure will close at or move to (`今年底将收在2,909美元`, `年底將升至30000點`): a forecast, whoever says it. */
const LEVEL_FORECAST = /(?:將|将|料|或)(?:會|会)?(?:收[在於于報报]|升至|跌至|漲至|涨至|回落至|回升至|降至|升穿|跌穿)\s?[0-9０-９]/;

/** `唔會喺七月九日搞`, `不會在3月召開`, `無法保證在 2024 年底前完成`: the time named is when something will not (surely) happen. */
const DENIED_BEFORE = /(?:唔會|唔会|不會|不会|無法保證|无法保证|不保證|不保证|未必會?|未必会)\s?(?:喺|在|於|于)埋?\s?$/;

/** Whether a date is the day something will not happen (`聽講應該唔會喺埋七月九日搞`): no event (LABELS.md). */
export function isDeniedDay(text: string, mention: DateMention): boolean {
  return DENIED_BEFORE.test(text.slice(0, mention.start));
}

/** `今年內不會再加息`, `年底前都唔會落實`: a time something is said not to happen within. A policy stopping then (`明年不再發放補貼`) is a plan. */
const DENIED_WITHIN_AFTER = /^(?:(?:內|内|之[內内]|前|底前)(?:都|也|亦|仍)?不再|(?:內|内|之[內内]|前|底前)?(?:都|也|亦|仍|應該|应该|相信)?(?:不會|不会|唔會|唔会|未必|不可能|無法|无法|無望|无望))/;

/** Whether a period not yet over (the caller checks) is when something will not happen (`今年內不會再加息`): no event. */
export function deniesWithin(text: string, mention: DateMention): boolean {
  return namesPeriod(mention) && DENIED_WITHIN_AFTER.test(text.slice(mention.end));
}

/** `到2025年`, `提出到2035年`: "by" a time, what a target is set for; not 截至 or 直到 (as of, until). */
const BY_BEFORE = /(?<![截直])到$/;

/**
 * Whether a period still to come is what a target is set for (`提出到2025年，全国单位GDP能耗比2020年下降13.5%`,
 * `到2035年基本實現`, `至9月底累计完成…不得低于80%`): a goal, like a target for a year not over, not a dated happening (LABELS.md). The caller
 * checks the period is still to come; `到2025年末，余额…` in copy of 2026 is a figure as of a date.
 */
export function setsTargetBy(text: string, mention: DateMention): boolean {
  if (mention.kind !== 'calendar') return false;
  const before = text.slice(0, mention.start);
  if (BY_BEFORE.test(before)) return true;
  // `各地至9月底累计完成…比例不得低于80%`: 至 is "by" when a total or a floor follows; not a move (`推迟至5月`) nor 截至.
  const rest = text.slice(mention.end, clauseEnd(text, mention.end));
  return /(?<![截直])至$/.test(before) && (/^(?:前|之前)?累[计計積积]/.test(rest) || THRESHOLD.test(rest));
}

/** `今年全年目标是新增就业1100万人`, `2021年目標為增長6%`: the period is what a target is set for. */
const TARGET_AFTER = /^[^，,。；;！？!?]{0,10}?目[標标](?:[價价]|水平)?(?:是|[為为]|定[為为在]|[設设][為为定]|值|[上下][調调]|[調调][升降高低]|[維维]持)/;

/**
 * Whether a date names the period a target is set for (`今年全年目标是…`): of a period not yet over (the caller checks) that is a
 * goal, like a forecast (LABELS.md); a target set for a year already past is history.
 */
export function namesTarget(text: string, mention: DateMention): boolean {
  return namesPeriod(mention) && TARGET_AFTER.test(text.slice(mention.end));
}

/** A floor or ceiling a figure must meet (`不低于25%`, `不少於3家`, `至少达到`): a requirement, never a figure reported. */
const THRESHOLD = /不[低少高多][于於]|不超[过過]|至少[达達]到/;
/** Acts and sayings: with one between the period and the floor, the period dates the act (`3月公告称将以不低于10元回购`). */
const ACT_BETWEEN = /[称稱说說]|表示|公[告布佈]|宣布|[发發]布|披露|[将將擬拟要]|[计計]划|[計计]劃|通[过過]|推出|提出|完成|[实實]施/;

/**
 * Whether a period is what a floor or ceiling is set for (`2021年净利润增速不低于25%`, `2017年净利润增长率不低于75%`,
 * `2021~2025年公司净利润增速不低于35%`): the terms of a plan or a pledge, whatever the period's timing, not a happening of it;
 * the plan is dated where the text says when it was made.
 */
export function setsThresholdFor(text: string, mention: DateMention): boolean {
  if (!namesPeriod(mention)) return false;
  const clause = /^[^，,。；;！？!?]{0,16}/.exec(text.slice(mention.end))?.[0] ?? '';
  const threshold = THRESHOLD.exec(clause);
  return threshold !== null && !ACT_BETWEEN.test(clause.slice(0, threshold.index));
}
