import type { QuoteKind } from '../model';
import { isEvaluativeWord } from './quote-kind-evaluative';
import { isGradedQuality, isShortSuperlative } from './quote-kind-graded';
import { closesLineAsSaying } from './quote-kind-headline';
import { followsLinkToAState, followsVerbModifierWhenClosing, followsVerbOnlyModifier } from './quote-kind-reported';
import { endsWithCantoneseSays, hasClauseGrammar, readsAsSpokenClause, soundsSpoken, speaksOfSelf } from './quote-kind-spoken';
import { ACCOUNT_FRAME, endsWithSpeechVerb, URGING_VERBS, VERB_SOURCE } from './speakers/speech-verbs';
import { measureLength, startAfterLast, TITLE_AFTER_QUOTED_BODY } from './speakers/text-scan';
import { isPersonalName, splitSpeakerRole } from './speakers/name-shape';

/**
 * Speech or term: whether quoted words are someone's speech or a name, slogan or scare-quoted word
 * the writer uses, read from the quote's length, its words and the clause around it.
 */

/** What the classifier sees around one top-level quote. */
export interface QuoteContext {
  /** The words inside the marks. */
  inner: string;
  /** Sentence text before the opening mark (other quotes blanked). */
  leadIn: string;
  /** Paragraph text after the closing mark (other quotes blanked). */
  after: string;
  /** The quote is the first thing in its paragraph (leading dashes aside). */
  opensParagraph: boolean;
  /** Someone is said to speak earlier in the same sentence. */
  attributedBefore: boolean;
  /** A `，X說。`-style clause follows the quote. */
  attributedAfter: boolean;
  /** The quote runs over a paragraph break (reopened at the next paragraph's start), which only speech does. */
  spansParagraphs: boolean;
  /** The quote comes right after a speech, with at most a comma or 、 between (網友留言「加油」「好期待」). */
  followsSpeech?: boolean;
  /** The lead-in pins the quote on something in the passive, naming who did (被不少員工稱為「…」). */
  givenByAgent?: boolean;
  /** Someone is said to speak in an earlier sentence of the same paragraph (…負責人表示，…。雖然個別企業會經歷「陣痛」，…). */
  spokenEarlierInParagraph?: boolean;
}

const SENTENCE_PUNCTUATION = /[，。？！；：,?!;:…]/;
/** Pronouns, negations and modal words that mark a clause; names and slogans rarely hold them. */
const CLAUSE_WORDS = new RegExp(
  '我們|我们|你們|你们|咱們|咱们|誰|谁|甚麼|什麼|什么|怎麼|怎么|為什麼|为什么|不知道|沒有|没有|不是|就是|還是|还是|' +
    '已經|已经|可以|應該|应该|必須|必须|肯定|一定|不會|不会|不能|不要|如果|因為|因为|所以|但是|是否|' +
    // A demonstrative and its copula are a clause's subject and verb (「這是一大隱憂」).
    '這是|这是|那是|' +
    // Sentence adverbs of frequency, certainty and attitude: 「日子總是有盼頭的」.
    '總是|总是|從來|从来|永遠|永远|終於|终于|竟然|居然|其實|其实|也許|也许|或許|或许|恐怕|難怪|难怪|幸好|幸虧|幸亏',
);
const INTRODUCING_PUNCTUATION = /(?:—|－|[：:])\s*$/;
export const OPENING_DASHES = /^[\s—–－-]*$/;
const CLOSING_ONLY = /^[\s。！？!?…]*$/;


/**
 * Words before a short quote that name it rather than report it (稱為“…”, 升級為“…”, 推出“…”). 將 is
 * not one: 將“以舊換新”擴大到… (將 as 把) runs on from the quote, which makes it a term anyway, while
 * 政府將「採取一切必要措施」。 is a future the speaker states.
 */
const NAMING_WORDS = new RegExp(
  '(?:稱為|称为|稱之為|称之为|名為|名为|叫做|叫作|叫|更名為|更名为|改名為|改名为|升級為|升级为|命名為|命名为|' +
    '譽為|誉为|號稱|号称|俗稱|俗称|簡稱|简称|下稱|下称|又稱|又称|統稱|统称|堪稱|堪称|所謂的|所谓的|所謂|所谓|推出|上線|上线|' +
    // A word put to use is a word mentioned (而非使用「赤納粹」, 改用「全球反極權」), not anyone's saying.
    '使用|採用|采用|改用|沿用|選用|选用|' +
    // 為 after a degree adverb is the copula of a description (最為「高危」, 更為「審慎」), not a naming; 變更為 names.
    '(?<![認认以最較较極极尤頗颇甚])(?<!(?<![變变])更)[為为]|' +
    // A topic (對於「花唄」，…) or an apposition (業務，即「花唄」) is named, not said.
    '對於|对于|關於|关于|針對|针对|即|亦即|即是|也就是)\\s*$',
);

/**
 * Words that open a predicate and never a name or slogan: a quote starting with one states
 * something (影響「有限但心理打擊大」, 窗口“可能就在明年一季度”, 已經「差不多清晒」).
 */
const PREDICATE_OPENERS = new RegExp(
  '^(?:可能|或將|或将|將會|将会|仍然|仍將|仍将|依然|已經|已经|還會|还会|不會|不会|不能|不再|沒有|没有|肯定|一定|' +
    '勢必|势必|有望|有限|有所|難以|难以|只會|只会|只能|必然|必將|必将|料將|料将|差不多|寧願|宁愿|未必|應該|应该|應當|应当|恐怕|' +
    // Statements and forecasts: 公司「不予置評」, 物價「仍有上行壓力」, 其“始终坚持合规经营”, 此舉「略超市場預期」.
    '仍|始終|始终|一直|致力|專注|专注|純屬|纯属|並未|并未|並非|并非|從未|从未|尚未|正在|不予|略|' +
    // 物價「基本穩定」, but 「基本盤」 and 「基本面」 are nouns.
    '基本(?![盤盘面法])|' +
    // Comparisons, degrees and trends state how something is: 出口「優於預期」, 经济“持续恢复”.
    '持續|持续|明顯|明显|大幅|逐步|穩步|稳步|' +
    // 太 grading what follows (「太難了」; 太平洋, 太空, 太古 and 太太 are names), and 一切 as the subject of a state (「一切正常」).
    '太(?![平極极空陽阳古太子湖原])|一切(?=\\p{Script=Han})|' +
    // Completeness and intensity: 「完全沒有」, 該行「極度看漲」, 中方「高度關注」.
    '完全|全然|根本|絕對|绝对|毫無|毫无|從不|从不|極度|极度|極其|极其|高度|' +
    '優於|优于|高於|高于|低於|低于|好於|好于|超出|超過|超过|略有|相對|相对|' +
    // Cantonese 好 as 很 (「好驚」, 「好難做」); 好萊塢 is a name.
    '好(?![萊莱])(?=\\p{Script=Han}{1,3}$)|' +
    '更加|更為|更为|越來越|越来越|愈來愈|愈来愈|越發|越发|愈發|愈发|非常|十分|挺|頗|颇|蠻|蛮|很|較為|较为|相當|相当|顯著|显著|不斷|不断|逐漸|逐渐|遠[高低超]|远[高低超]|' +
    // Cantonese: 唔會 (不會), 唔係 (不是), 冇 (沒有).
    '唔會|唔会|唔係|唔系|冇|' +
    // A modal of what will happen (樓價「會逐步回穩」, 市场“会进一步分化”); not the nouns 會 opens (會員, 會計, 會展, 會議).
    '[會会](?![員员計计展所議议長长場场館馆費费址考談谈堂眾众友期徽])(?=\\p{Script=Han}{2}))',
  'u',
);
export const ENDS_SENTENCE = /^\s*(?:[。！？!?；;…]|$)/;

/**
 * Whether quoted words are a predicate closing their clause (行情价“应该会下跌”，…): a statement someone made about the subject, not a
 * name in the narration, so a sayer named right after it says them even when the sentence runs on.
 */
export function isClosingPredicate(inner: string, after: string): boolean {
  return PREDICATE_OPENERS.test(inner.trim()) && /^\s*[，,]/u.test(after);
}
/** Quotes (their words blanked) that follow one another, with 、, 或 or nothing between (「很少」或「完全沒有」); 和 joins nouns more often than sayings. */
const QUOTES_LISTED_AFTER = /^(?:\s*(?:、|或者|或)?\s*[“「『]□*[”」』])+/;
const CLOSES_CLAUSE = /^\s*(?:[，,]|[：:]\s*[“「『])/;
/** Ends with a figure and its unit, as a target or forecast does (增長20%, 超過三成), unlike a name (雙11, 99元手機). */
const ENDS_WITH_QUANTITY = /(?:\d[\d.,]*\s*(?:%|％|個百分點|个百分点|倍|成|[萬万億亿]?(?:元|美元|港元|人民幣|人民币|台幣|台币)|億|亿|萬|万|基點|基点)|百分之[\d一二三四五六七八九十]+|[一二三四五六七八九十兩两]成)(?:左右|以上|以內|以内)?$/;
/**
 * A clause that is only a subject, a noun that 的 marks, right before the quote (今年的影響「…」,
 * 政策的效果“…”); a clause with 是, 有 or 為 in it already has its predicate (這是公司的核心「護城河」).
 */
const SUBJECT_BEFORE_QUOTE = /(?:^|[，,：:])[^，,：:是有為为]*的(?:(?![是有為为])\p{Script=Han}){1,4}\s*$/u;

/**
 * Modal and aspect words that leave their clause waiting for a verb, so a quote right after them is
 * the predicate (業務可望「轉虧為盈」, 將“加快出台…”, 央行會「審慎應對」); 大會, 協會, 認可 and 許可 are nouns or verbs.
 */
const AWAITS_PREDICATE = new RegExp(
  '(?:可望|有望|可能|可以|將會|将会|將|将|(?<![大協协學学商議议總总社國国委工年晚酒])[會会]|(?<![認认許许不寧宁即])可|' +
    // 是在「散佈恐懼」: the progressive 在 after 是 waits for its verb.
    '仍然|仍|已經|已经|已|一直|始終|始终|是在|(?<![主重需只想])要|應該|应该|應當|应当|必須|必须|' +
    // Past and progressive aspect (曾「受騙」, 談判正在「積極進展」) leave the clause waiting for its verb too.
    '曾經|曾经|(?<![何])曾|正在|仍在|還在|还在|' +
    // Whether, as a question put about something (計劃是否「胎死腹中」), waits for its predicate too.
    '是否|會否|会否|能否|可否|' +
    // A purpose (升息是為了「抑制通膨預期」) waits for the verb phrase it names.
    '為了|为了|' +
    // Only or then able to (或只能「一手起兩手止」, 才會「…」): a modal as much as 可能 is.
    '只能|只會|只会|才能|才會|才会)\\s*$',
);

/** A verb of urging and whom it urges, right before the quote (呼籲各方, 提醒投資人, 敦促美方). */
const URGES_SOMEONE = new RegExp(`(?:${URGING_VERBS})[^，,。：:！？!?；;□]{1,6}$`);

/**
 * 將 as 把 (將「一帶一路」作為重點, 將「以舊換新」擴大到…): 將 then brings its object before the verb, so the quote is a thing
 * acted on, a name, not the predicate 將 as a future would wait for (將「密切關注」).
 */
const DISPOSAL_MARKER = /(?:將|将|把)\s*$/;
const VERB_AFTER_DISPOSED_OBJECT = /^\s*(?:作為|作为|列為|列为|列入|視為|视为|納入|纳入|當作|当作|當成|当成|看作|放在|擺在|摆在|推向|擴大|扩大|延伸|提升|升級|升级|打造|融入|貫穿|贯穿|落到|落實|落实|寫入|写入|改為|改为|定為|定为|上升為|上升为|設立|设立|設為|设为|定位|變成|变成|建成|命名|改名|更名|與|与|和|同)/;

/** Whether the quote is what 將 (as 把) brings before its verb: 將「…」作為…. */
function isObjectOfDisposal(leadIn: string, after: string): boolean {
  return DISPOSAL_MARKER.test(leadIn) && VERB_AFTER_DISPOSED_OBJECT.test(after);
}

/**
 * Policies and programmes known by their short names in Chinese news, both scripts: every labelled sample has them as
 * terms (LABELS.md: a policy label is a term), yet in someone's reported words they read like short sayings.
 */
const POLICY_NAMES: ReadonlySet<string> = new Set([
  '一國兩制', '一国两制', '一帶一路', '一带一路', '港人治港', '澳人治澳', '高度自治', '共同富裕', '房住不炒', '雙循環', '双循环',
  '三條紅線', '三条红线', '保交樓', '保交楼', '專精特新', '专精特新', '雙減', '双减', '六穩', '六稳', '六保', '放管服', '新質生產力', '新质生产力',
  '穩增長', '稳增长', '去槓桿', '去杠杆', '去庫存', '去库存', '供給側改革', '供给侧改革', '碳達峰', '碳达峰', '碳中和', '雙碳', '双碳',
  '愛國者治港', '爱国者治港', '一地兩檢', '一地两检', '粵港澳大灣區', '粤港澳大湾区', '新基建', '數字經濟', '数字经济',
]);

/** Words that make the quote after them the title of a text (題為「…」的社論), however long: a name, not speech. */
const TITLE_BEFORE = /(?:標題為|标题为|標題是|标题是|題為|题为|題目為|题目为|名為|名为|書名|书名|篇名)\s*$/;

/**
 * A title or byname noun, then the names listed after it (拥有诸多响亮的称号，“…”、“…”等等): what the thing is called,
 * however long, not anyone's saying.
 */
const BYNAMES_LISTED_AFTER = /(?:稱號|称号|美譽|美誉|名號|名号|頭銜|头衔|外號|外号|綽號|绰号|暱稱|昵称|別稱|别称|雅號|雅号|封號|封号)\s*[，,：:]\s*(?:[“「『]□*[”」』]\s*[、，,]\s*)*$/u;

/** A picture or film the quote heads with no 的 between (流传“星途蔚来强强联合-…”图片显示): its caption or title, a name. */
const CAPTIONED_AFTER = /^\s*(?:圖片|图片|照片|截圖|截图|海報|海报|視頻|视频|影片|短片)/u;

/** A short quote whose only sentence mark is a closing stop (步入“贸易收获期。”). */
const SHORT_WITH_CLOSING_STOP = /^[^，。？！；：,?!;:…]{1,8}[。！？!?]$/;

/** Subjects that make a clause on their own, so a quote right after them holds its predicate (公司「不評論市場傳聞」). */
const BARE_SUBJECTS = new Set([
  '他', '她', '其', '他們', '他们', '她們', '她们', '對方', '对方', '雙方', '双方', '公司', '該公司', '该公司', '本公司',
  '集團', '集团', '該集團', '该集团', '本集團', '本集团', '該行', '该行', '本行', '政府', '當局', '当局', '官方', '央行',
  '中方', '美方', '日方', '港方', '銀行', '银行', '企業', '企业', '集團方面', '集团方面', '公司方面',
]);

/** The clause of the lead-in the quote belongs to: what follows its last comma or colon. */
function leadClause(leadIn: string): string {
  return leadIn.slice(startAfterLast(leadIn, /[，,：:]/, leadIn.length)).trim();
}

/**
 * Whether the quote fills the predicate of its clause: the clause so far is a modal waiting for a
 * verb, or a subject alone. Only the listed subjects count: an ending such as 行 or 會 cannot tell a
 * name (該銀行) from a verb (將持續進行「道德勸說」).
 */
function fillsPredicateSlot(leadIn: string): boolean {
  const clause = leadClause(leadIn);
  const reported = clauseAfterSpeechVerb(clause);
  return AWAITS_PREDICATE.test(clause) || COMPARES_WITH.test(clause) || BARE_SUBJECTS.has(clause) || SHORT_SUBJECT.test(clause) || (reported !== null && (BARE_SUBJECTS.has(reported) || DEMONSTRATIVE_SUBJECT.test(reported))) || (LISTED_SUBJECT.test(clause) && !NAME_IN_APPOSITION.test(clause));
}

/** A comparison waiting for what it finds (生意額比疫情前「跌咗一半」): the quote after it is the predicate. */
const COMPARES_WITH = /(?:^|[^對对無无])比[^，,。；;：:！？!?□「」“”]{1,10}$/;

/**
 * A subject a demonstrative or a time word opens (這次加息, 今年經濟): after a verb of saying with no comma it starts the
 * reported clause. Any other words there may be a verb and its object (強調落實「…」), which names a policy.
 */
const DEMONSTRATIVE_SUBJECT = /^(?:這|这|那|該|该|此|今次|這次|这次|今年|明年|去年|今季|本季)\p{Script=Han}{0,4}$/u;

/** What follows the last verb of saying in a clause with no comma after it (他說這次加息「…」 gives 這次加息); null without one. */
function clauseAfterSpeechVerb(clause: string): string | null {
  const verbs = [...clause.matchAll(new RegExp(VERB_SOURCE, 'g'))];
  const last = verbs.at(-1);
  if (last?.index === undefined) return null;
  const rest = clause.slice(last.index + last[0].length).trim();
  return rest === '' ? null : rest;
}

/**
 * A clause of one short noun before the quote (經濟「持續恢復」, 出口表現「優於預期」, AI商機「遍地開花」):
 * the quote is its predicate. A clause opening with a modal, verb or preposition (要穩住「基本盤」) or
 * ending in a copula or verb of naming (主題是「…」) is not a subject alone.
 */
const SHORT_SUBJECT =
  /^(?:部分|部份|一些|不少|很多|許多|许多|多數|多数|個別|个别|少數|少数|大部分|大多數|大多数)?(?![要將将會会可能應应需必進进推實实加穩稳打提堅坚落做把讓让使以在從从對对為为是有被給给向與与和及並并也還还更都就才再又仍已曾])(?:[A-Za-z0-9]+)?\p{Script=Han}{1,4}(?<![是為为有成到叫稱称入出上下向於于給给])$/u;


/**
 * A list summed up by 等 and its class as the subject (原材料價格上漲、海運物流不暢等困難「四碰頭」): the quote after it
 * is the predicate. A class that names products or schemes (等產品「…」) is a name in apposition instead.
 */
const LISTED_SUBJECT = /等\p{Script=Han}{1,3}$/u;

/** Whether quoted words read as a clause: sentence punctuation (not inside numbers like 1,000), more than twelve words, or six or more with a clause word. */
export function isSentenceLike(inner: string): boolean {
  const length = measureLength(inner);
  return SENTENCE_PUNCTUATION.test(inner.replace(/\d[,.:：]\d/g, '')) || length > 12 || (length >= 6 && CLAUSE_WORDS.test(inner));
}

/** Whether the lead-in names the quote instead of reporting it (更名為“…”, 推出「…」). */
export function endsWithNamingWord(leadIn: string): boolean {
  return NAMING_WORDS.test(leadIn);
}

/**
 * Whether a short quote in a sentence in which someone speaks carries their words: closing the
 * sentence, it opens a clause of its own after a comma (X說，…，「…」。); closing the sentence or
 * its clause, it is the clause's predicate: after a subject noun (的影響「有限但心理打擊大」), after a
 * modal or a subject alone (可望「轉虧為盈」, 公司「不予置評」，), starting with a modal or adverb
 * (窗口“可能就在…”) or stating a figure (目標是“在此基礎上增長20%”). A noun the narrator scare-quotes
 * (將推進「數字化轉型」。, 重點是「降本增效」。) is none of these.
 */
export function isPartialQuoteOfSpeech(leadIn: string, inner: string, afterQuote: string): boolean {
  // Quotes listed after this one (“有单不想接”“增产不增利”。) close the clause with it.
  const after = afterQuote.replace(QUOTES_LISTED_AFTER, '');
  const closesSentence = ENDS_SENTENCE.test(after);
  // A quote standing as a clause of its own between commas: X說，…，「明年會更好」，但….
  if ((closesSentence || CLOSES_CLAUSE.test(after)) && /[，,]\s*$/.test(leadIn)) return true;
  if (!closesSentence && !CLOSES_CLAUSE.test(after)) return false;
  // A predicate has some length to it; a two- or three-word quote after a noun is a noun (的核心「優勢」).
  if (SUBJECT_BEFORE_QUOTE.test(leadIn) && measureLength(inner) >= 4) return true;
  return fillsPredicateSlot(leadIn) || PREDICATE_OPENERS.test(inner) || ENDS_WITH_QUANTITY.test(inner);
}

/**
 * Nouns that class what a quote names: right before it (自家產品“隨星借”, 執政黨「…」) they make it the
 * name in apposition; right after it (「一帶一路」倡議, “隨星借”服務) they are what it names.
 */
const CATEGORY_NOUN =
  '產品|产品|品牌|業務|业务|服務|服务|平台|平臺|項目|项目|計劃|计划|計畫|计画|政策|概念|口號|口号|標語|标语|活動|活动|' +
  '戰略|战略|模式|機制|机制|系列|節目|节目|網站|网站|論壇|论坛|組織|组织|[黨党]|集團|集团|公司|應用|应用|功能|帳號|账号|' +
  'App|APP|app|行動|行动|工程|方案|倡議|倡议|專案|专案|法案|條例|条例|商標|商标|主題|主题|代號|代号|稱號|称号|綽號|绰号|外號|外号|' +
  '暱稱|昵称|理念|精神|板塊|板块|賽道|赛道|指數|指数|基金|頻道|频道|欄目|栏目|專欄|专栏|詞|词|字眼|二字|三字|四字|一詞|一词';
const NAME_IN_APPOSITION = new RegExp(`(?:${CATEGORY_NOUN})\\s*$`);
/** Quoted words that end with such a noun are the name of one (「第二啞鈴戰略」, 「跨境投資聯合基金」). */
const ENDS_WITH_CATEGORY = new RegExp(`(?:${CATEGORY_NOUN})$`);
const NAMES_A_CATEGORY = new RegExp(`^\\s*(?:${CATEGORY_NOUN}|[（(]|等)`);
/** Endings of the names of bodies, laws and plans (「太平洋島國論壇」, 「卡納克社會主義民族解放陣線」). */
const NAME_ENDING = /(?:論壇|论坛|陣線|阵线|組織|组织|聯盟|联盟|協會|协会|公司|集團|集团|銀行|银行|委員會|委员会|[黨党]|條例|条例|計劃|计划|計畫|计画|倡議|倡议|工程|行動|行动)$/;

/** Endings of the names of plans, meetings, events and bodies, which a long name (「2025國際金融與資產管理趨勢論壇」, “平安资管-建设银行-京沪高铁股权投资计划”) keeps. */
const EVENT_OR_BODY_ENDING = /(?:之爭|之争|之戰|之战|風波|风波|大戰|大战|研析|白皮書|白皮书|計劃|计划|計畫|计画|論壇|论坛|峰會|峰会|大會|大会|年會|年会|遊行|游行|集會|集会|博覽會|博览会|展覽會|展览会|交易會|交易会|研討會|研讨会|座談會|座谈会|發布會|发布会|會議|会议|陣線|阵线|聯盟|联盟|協會|协会|委員會|委员会|集團|集团|公司|銀行|银行|條例|条例|法案)$/;

/**
 * A determiner that leaves what it counts unnamed (「某種類型的會議」, 「一些協會」, 「這類集團」): a name says which one, so
 * words opening with one describe a meeting or a body, whatever their ending.
 */
const INDEFINITE_OPENING = /^(?:某|一些|一種|一种|一類|一类|這類|这类|那類|那类|這種|这种|那種|那种|任何|各種|各种|各類|各类)/;

/** Whether quoted words end like the name of a meeting, event or body and do not open as a description (某種類型的會議). */
function endsLikeEventOrBody(inner: string): boolean {
  return EVENT_OR_BODY_ENDING.test(inner) && !INDEFINITE_OPENING.test(inner.trim());
}

/** A verb of setting up or launching right before the quote (設立「…專項基金」, 建设“…体验店”, 推出的“…终端”): what it names is a thing. */
const SET_UP_BEFORE = /(?:設立|设立|成立|建設|建设|推出|打造|啟動|启动|開設|开设|建立|組建|组建|舉辦|举办|冠名|上線|上线|開通|开通|創辦|创办|籌建|筹建)(?:了|的)?\s*$/u;
/** The endings of things set up or launched: funds, schools, centres, platforms, shops, devices, prizes, parks. */
const SET_UP_THING_ENDING = /(?:基金|基金[會会]|[學学]院|研究院|中心|平[台臺]|[店館馆]|終端|终端|系[統统]|大[賽赛]|[獎奖]|[實实][驗验]室|工作室|[專专]區|[產产]品|[項项]目|園區|园区|[網网]站|App|APP|航空)$/u;

/** Nouns of a kind right after quoted words (「利率反轉」風險, “数字饭圈”现象, “三道红线”指标): the words name which one. */
const KIND_NOUN_AFTER = /^\s*(?:風險|风险|模式|效應|效应|概念股?|理念|現象|现象|時代|时代|思維|思维|板塊|板块|題材|题材|指標|指标)/u;
/** Quoted words ending in a noun of plans and ways (「槓鈴式策略」, “轻资产模式”): a strategy's or a model's name. */
const KIND_NOUN_ENDING = /(?:策略|模式|戰略|战略|效應|效应|概念|理念)$/u;

/** Whether quoted words are a thing just set up or launched, named after the verb that does it, however long. */
function isThingSetUp(inner: string, leadIn: string): boolean {
  return SET_UP_BEFORE.test(leadIn) && (SET_UP_THING_ENDING.test(inner) || endsLikeEventOrBody(inner)) && !SENTENCE_PUNCTUATION.test(inner) && !CLAUSE_WORDS.test(inner) && measureLength(inner) <= 30;
}

/**
 * A rule or bill named in quote marks instead of 《》 (公布台鐵公司化子法「執行…經費辦法草案」, “关于…的实施意见”): its title,
 * however long, when no sentence mark is inside; a rule's wording quoted is a sentence and keeps its marks.
 */
const DOCUMENT_TITLE_ENDING = /(?:辦法|办法|條例|条例|草案|法案|修正案|細則|细则|(?:實施|实施|指導|指导)意見|(?:實施|实施|指導|指导)意见|(?:管理|暫行|暂行)(?:規定|规定)|白皮書|白皮书)$/u;

/** A kind of body or thing, then a dash, right before the quote: the name in apposition follows. */
const KIND_BEFORE_DASH = /(?:公司|集團|集团|品牌|項目|项目|產品|产品|平[台臺]|基金|計劃|计划|機構|机构|銀行|银行|航空|系列|車型|车型|節目|节目)\s*[—－–]+\s*$/u;

/**
 * What will be done about a rule, opening the words (“将制定…的指导意见”, 「擬修訂…條例」), beyond the PREDICATE_OPENERS every
 * quote is read with: someone saying it, not the rule's title.
 */
const RULE_WORK_OPENING = /^(?:將|将|擬|拟|要|會|会|已|計劃|计划|準備|准备|制定|出台|印發|印发|發布|发布|研究|推動|推动|加快|抓緊|抓紧|盡快|尽快|爭取|争取|修訂|修订|修改|完善)/u;

/** Whether quoted words are the name of a meeting, event or body however long: no sentence mark, no clause word, a name's ending. */
function isTitleOfEventOrBody(inner: string): boolean {
  return endsLikeEventOrBody(inner) && !SENTENCE_PUNCTUATION.test(inner) && !CLAUSE_WORDS.test(inner) && measureLength(inner) <= 30;
}

/**
 * Words right before a quote that make it a description, not a name: a measure or demonstrative
 * (這個「複雜」議題, 一項「…」, 這股「經濟颱風」: 股 measures forces and moods, not names), a degree adverb (很「…」, 非常「…」), or the speaker's 形容 with its object
 * (形容局勢「複雜」).
 */
const DESCRIBES_BEFORE = new RegExp(
  '(?:這個|这个|這股|这股|一股|這項|这项|一項|一项|這種|这种|一種|一种|此一|一次|一場|一场|很|非常|十分|相當|相当|極為|极为|過於|过于|宛如|猶如|犹如|好比|彷彿|仿佛|' +
    // A likeness that takes a verdict, and a verdict's intensifier (無異於「飲鴆止渴」, 形同「虛設」, 簡直「…」): a figure of speech
    // follows, not a name. 如同, 等同於 and 堪比 are left out: they compare with named things as often (如同「雙11」一樣).
    '無異於|无异于|形同|簡直|简直|' +
    // Degree adverbs grade a quality; names take none (最為「高危」, 更「審慎」, 比較「保守」).
    '最為|最为|(?<![變变])更為|(?<![變变])更为|較為|较为|尤為|尤为|頗為|颇为|甚為|甚为|最|(?<![變变])更|太|比較|比较|有點|有点|有些|如此|這麼|这么|那麼|那么|' +
    '形容(?:為|为|成)?[^，,。：:]{0,8})\\s*$',
);

/**
 * Whether a phrase quoted in a sentence where someone speaks, after the verb, is the speaker's
 * wording: a description (這是一項「複雜的議題」, 這個「複雜」議題, 形容局勢「複雜」) rather than a name or
 * slogan the writer uses (重點是「降本增效」, 推進「數字化轉型」), which stays a term as LABELS.md says.
 * Never a single character (做“穩”) or a name the sentence classes (產品“隨星借”, 「一帶一路」倡議).
 */
export function isWordingInReportedSpeech(leadIn: string, inner: string, after: string): boolean {
  if (measureLength(inner) < 2 || NAME_ENDING.test(inner)) return false;
  if (NAME_IN_APPOSITION.test(leadIn) || NAMES_A_CATEGORY.test(after)) return false;
  // A slogan rarely holds 的 or 得: 「昂起頭來的聲音」 and 「複雜的議題」 describe.
  return /[的得]/.test(inner) || DESCRIBES_BEFORE.test(leadIn);
}

/**
 * Words of attack or praise and whom they aim at, right before the quote (攻击王神爱有“精神疾病”,
 * 被攻击“炒房”, 夸奖“小姑娘特别热心”): the quote is what the attackers or praisers said.
 */
const ATTACK_OR_PRAISE = /(?:攻擊|攻击|指責|指责|指控|抨擊|抨击|嘲諷|嘲讽|諷刺|讽刺|辱罵|辱骂|罵|骂|誇獎|夸奖|誇讚|夸赞|稱讚|称赞|讚揚|赞扬)[^，,。；;：:！？!?□]{0,6}$/;
/** An attack that says what its target is (罵人是「狗」, 指控官員是「太監」): even one word is the attacker's. */
const ATTACK_VERDICT = /(?:攻擊|攻击|指責|指责|指控|辱罵|辱骂|罵|骂)[^，,。；;：:！？!?□]{1,6}(?:是|為|为)\s*$/;

/**
 * Verbs whose object is a state or outcome, not a name (面臨「惡性循環」的風險, 景氣面臨「內外皆溫」,
 * 為經濟築起「防波堤」, 希望「穩住信心」): in someone's reported sentence the quote is their wording.
 * 掛起「三號風球」 names a signal and stays a term.
 */
const TAKES_A_STATE = /(?:面臨|面临|面對|面对|陷入|陷於|陷于|走向|步入|邁向|迈向|經歷|经历|築起|筑起|淪為|沦为|希望|期望|寄望|冀)\s*$/;

/**
 * Verbs of an outcome (带来“痛苦和绝望”, 预计会有“更多死亡报告”): in someone's reported sentence a quote that
 * closes the clause is their wording; one the sentence runs on from names something (导致“00后整顿职场”话题).
 */
const BRINGS_AN_OUTCOME = /(?:帶來|带来|造成|導致|导致|會有|会有|出現|出现)\s*$/;

/**
 * The resolve or manner a speaker pledges, the quote qualifying it (以“刮骨疗伤”的决心和勇气, 以「零容忍」的態度):
 * their figurative wording, not a name.
 */
const QUALIFIES_RESOLVE = /^\s*的(?:決心|决心|勇氣|勇气|魄力|氣魄|气魄|姿態|姿态|力度|態度|态度|狠勁|狠劲)/;

/**
 * A standard to meet, one word or more (征管配套要做到“快”，…宣传辅导做到“精”): in someone's reported
 * sentence, the quality they ask for, closing its clause.
 */
const MEETS_A_STANDARD = /(?:做到|做得|力求|力爭|力争)\s*$/;

/**
 * A verb of saying and whom it is said of, right before the quote (不少账号说它“唐风禅境特色鲜明”, 稱其「…」,
 * 说我是“公司下班第一人”): the quote is what was said of them. 稱其為 names, and stays with the naming words.
 */
const SAID_OF = /(?:說|说|稱|称|言|讚|赞|誇|夸|罵|骂)(?:它們|它们|他們|他们|她們|她们|我們|我们|你們|你们|自己|它|他|她|其|我|你|對方|对方)是?\s*$/;

/**
 * A stance towards something, in someone's reported sentence (中方對事態發展「高度關注」, 市場對減息預期「過於樂觀」):
 * the clause so far is a subject and 對 with its object, so the quote closing it is the predicate, the speaker's words.
 * 對 inside a word (反對, 針對, 面對, 對方, 對外) is not the preposition.
 */
const STANCE_TOWARDS = /(?<![反針针面應应相絕绝核比配敵敌作派])(?:對|对)(?!於|于|話|话|手|方|象|外|口|面|抗|比|策|照)[^，,。；;：:！？!?□「」“”]{1,14}$/;
/**
 * A verb of doing after 對 and its object (對沈陽作出「記大過處分」, 對企業進行「…」): the quote is what is done, the verb's
 * object, a noun, not the predicate a stance would be.
 */
const ACTS_ON_AFTER_TOWARDS = /(?:作出|做出|作了|做了|進行|进行|給予|给予|予以|處以|处以|實施|实施|採取|采取|發出|发出|展開|展开|開展|开展|提出|施加|實行|实行)\s*$/;
/** An answer set apart (答：…): the answerer is speaking, though no verb of saying is in the sentence. */
const ANSWER_OPENS = /(?:^|[。！？!?])\s*(?:答|A)[：:]/;

/** Criticism and whom it aims at, the quote closing the clause (他批評政府「漠視民意」。): what the critic said. */
/** Criticising or praising, then whom, right before the quote (批評萬科董事會主席郁亮, 稱讚行政長官李家超). */
const JUDGES_PERSON = /(?:批評|批评|譴責|谴责|斥責|斥责|怒斥|痛斥|炮轟|炮轰|狠批|指責|指责|抨擊|抨击|稱讚|称赞|讚揚|赞扬|誇獎|夸奖|讚賞|赞赏)([^，,。；;：:！？!?□「」“”『』的]{3,20})$/u;
const CRITICISES = /(?:批評|批评|譴責|谴责|斥責|斥责|怒斥|痛斥|炮轟|炮轰|狠批|質疑|质疑)[^，,。；;：:！？!?□]{0,8}$/;

/**
 * Calling something by the speaker's word (他稱有關做法為「政治操作」, 形容此舉是「…」): a verb of saying, what is spoken
 * of, then 為 or 是. 稱之為 and 被…稱為 name, and stay with the naming words and the passive; so does 稱 inside a
 * noun (簡稱變更為「…」, 名稱改為「…」), and 稱其為「…」, which as often gives a name as a verdict.
 */
const CALLS_IT = /(?<!被[^，,。]{0,8})(?:(?<![簡简名全俗號号又統统堪自聲声宣人著总總昵暱職职])(?:稱|称)|形容|批評|批评|斥|譏|讥|諷|讽)(?!之|為|为|其|它|他|她)[^，,。；;：:！？!?□]{1,10}(?:為|为|是)\s*$/;

/**
 * A noun after the quote that makes it the words of a claim, rumour, wish or pledge (“安全”的說辭,
 * “…”的传言, “基本不在这上面花钱”的心愿), or a rumour or remark named right after its words with no 的 (回应“新东方转型培训父母”传闻):
 * what someone said or wished, even when the sentence names no one.
 * 說法 is not one: “屌丝机”的说法 is a name going round, a term.
 */
const QUOTES_A_SAYING = /^\s*(?:的(?:(?:一句|這句|这句|那句|一番|這番|这番)(?:話|话)|說辭|说辞|傳言|传言|謠言|谣言|傳聞|传闻|心願|心愿|願望|愿望|承諾|承诺|誓言|言論|言论|論調|论调|表態|表态|藉口|借口)|(?:傳言|传言|謠言|谣言|傳聞|传闻)(?![中裡里]))/;

/**
 * A verb of claiming and 的 right before the quote (日方宣稱的「安全、透明」的計劃), perhaps with whose or what the quoted
 * words are about between (參議員所指的中國「欺凌戰術」, 他口中的「…」): the quote is the claim. A noun that classes the quote
 * there (所說的產品「…」) makes it a name instead, which isOwnWording's caller checks.
 */
const CLAIMED_BEFORE = /(?:宣稱|宣称|聲稱|声称|所說|所说|所稱|所称|所指|揚言|扬言|自稱|自称|標榜|标榜|口中)的(?:\p{Script=Han}{1,3})?\s*$/u;

/**
 * Words in someone's mouth, no 的 between (這位邱正雄口中「金融界深受尊敬的人士」，正是…): theirs, unless they modify a noun after
 * them (他口中「未來100年」的事), which names what they spoke of.
 */
const IN_SOMEONES_MOUTH_BEFORE = /口中\s*$/u;

/**
 * A text defining its own words (本文所指的「中小企」, 這裡所說的「新基建」是指…): the quote is the term defined, not anyone's
 * claim, though 所指的 and 所說的 come before it.
 */
const DEFINES_A_TERM_BEFORE = /(?:這裡|这里|此處|此处|本文|文中|上文|下文|本報告|本报告|本條例|本条例|本法|本辦法|本办法|通常|一般)所(?:說|说|稱|称|指)的(?:\p{Script=Han}{1,3})?\s*$/u;
const DEFINITION_AFTER = /^\s*[，,]?\s*(?:是指|指的是|係指|系指)/;

/** An utterance counted before the quote, perhaps with whom it is about (一句小米「…」, 問一句「…」, 這番「…」), or cited as someone's (引用大客戶言論「…」). */
const UTTERANCE_BEFORE = /(?:一句|這句|这句|那句|一番|這番|这番)(?:話|话)?[^，,。；;：:！？!?□]{0,4}$|(?:引用|引述|轉述|转述)[^，,。；;：:！？!?□]{1,20}?(?:言論|言论|名言|原話|原话|說法|说法)\s*$/;

/** A rumour right before the quote (像公司內部傳言一般「…」, 傳聞「…」): its wording. */
const RUMOUR_BEFORE = /(?:傳言|传言|謠言|谣言|傳聞|传闻)[^，,。；;：:！？!?□]{0,3}$/;

/** News put about (外界不断传出“贾跃亭将回国”的消息): the wording of what went round, said by whoever put it about. */
const NEWS_PUT_ABOUT = /(?:傳出|传出|放出|爆出|流傳出|流传出|傳來|传来)\s*$/;
const NEWS_AFTER = /^\s*的(?:消息|說法|说法|風聲|风声)/;

/** A thought put in quotes (你會覺得「穩定人心」？, 大概覺得它根本「唔抵可憐」): the thinker's words, closing their clause. */
const THOUGHT_BEFORE = /(?:覺得|觉得)[^，,。；;：:！？!?□]{0,6}$/;
/**
 * A feeling or worry put in quotes, right after its verb (感到「很無奈」, 有感「前路茫茫」, 擔心「送貨遲到被罵」): what the
 * one feeling it would say, closing their clause. What a market worries about is as often a concept named in two or three
 * words (擔心「滯脹」, 担心“硬着陆”), a term: a worry needs four words or more to be taken for someone's.
 */
const FEELING_BEFORE = /(?:感到|感覺|感觉|有感|深感|倍感|頗感|颇感)\s*$/;
const WORRY_BEFORE = /(?:擔心|担心|擔憂|担忧|憂慮|忧虑|害怕|生怕)\s*$/;
const SHORTEST_WORRY = 4;
const CLOSES_THOUGHT = /^\s*(?:[，,。？！?!；;…（(]|$)/;

/** Verbs of calling out words to others, not in the speech-verb lexicon (廣播「加油」, 大叫「…」). */
const SHOUTS = /(?:廣播|广播|大叫|叫喊|喊出|呼喊|高唱|唱出)\s*$/;
/** 的 and a noun for people, right after the quote: the ones who said it. */
const SAYER_AFTER = /^\s*的(?:人|者|機師|机师|員工|员工|職員|职员|市民|民眾|民众|網民|网民|網友|网友|股東|股东|示威者|群眾|群众|議員|议员|官員|官员)/;

/** An opinion framed by whose view it is (在有贊員工宋曉慧看來，…在「意料之中、預期之外」): their wording. */
const OPINION_FRAME = /在[^，,。；;：:！？!?□]{1,30}(?:看來|看来|眼中|眼裡|眼里)[，,]/;

/**
 * A reply, reason or description given in words (發言人以「暫不評論」回應, 以“业务调整”为由, 以「穩健」形容銀行體系):
 * what the one replying or describing said.
 */
const GIVEN_AS_REPLY = /^\s*(?:回應|回应|作答|答覆|答复|回覆|回复|為由|为由|來形容|来形容|形容|描述|概括)/;

/**
 * Verbs of mentioning, whose object is a topic rather than words said (預算案並無提及「明日大嶼」, 兩部委都提到“缺芯”):
 * a short quote right after one is the thing mentioned, a term; a clause quoted after them is still speech.
 */
const MENTIONS = /(?:提及|提到|談到|谈到|談及|谈及|論及|论及|涉及)\s*$/;

/**
 * Claiming, right before the quote (游客自稱「…」之後, 聲稱「…」): the quote is what was claimed, even as the sentence
 * runs on. A name after 自稱 (自稱「李先生」的男子) is who someone says they are, and 的 after it names them. 提出 is
 * not one: what a meeting puts forward (提出「新質生產力」) is as often a policy's name.
 */
const CLAIMS = /(?:自稱|自称|聲稱|声称|宣稱|宣称|揚言|扬言|(?<![的之])(?:承諾|承诺|保證|保证|誓言))\s*$/;

/**
 * Describing something as the speaker sees it, the thing described before the verb (把協議描述為中共的「…」,
 * 將市場比作「…」): their figure of speech. 把…稱為 names, unless the quote describes (稱為「最大的機會之一」).
 */
const DESCRIBES_AS = /(?:把|將|将)[^，,。；;：:！？!?□]{1,20}(?:描述|形容|比喻|比作|看作|看成|視作|视作|當作|当作)(?:為|为|成)?(?:[^，,。；;：:！？!?□]{0,8}的)?\s*$/;
const CALLS_AS_DESCRIPTION = /(?:把|將|将)[^，,。；;：:！？!?□]{1,20}(?:稱為|称为|稱作|称作|叫做)\s*$/;

/**
 * A demand or ban put to someone, the quote right after whom (要求員工在網上「注意言行」, 要求運輸署「…」, a code's 禁止軍官「…」): the words of
 * the demand. A target in figures (完成庫存「80%清零」) is a named target, a term; so is what a demand's 的 qualifies
 * (要求的「…」精神). After a ban, words that open with a preposition or a verb of doing (嚴禁以「…」名義, 嚴禁搞「一刀切」) say
 * how the ban is broken, not whom it binds, so they are left to the other rules.
 */
const DEMANDS_OF_SOMEONE = /(?:要求|責成|责成|吩咐|叮囑|叮嘱|囑咐|嘱咐|(?:禁止|嚴禁|严禁)(?!以|搞|用|使用|對|对|向|將|将|把|為|为|從|从|進行|进行))[^，,。；;：:！？!?□的在於于]{1,6}(?:(?:在|於|于)[^，,。；;：:！？!?□的]{1,10})?$/;
/** Verbs of carrying out that take the quote as their object (要求各銀行落實「…」): the quote then names a policy. */
const CARRIES_OUT = /(?:落實|落实|完成|實現|实现|推進|推进|執行|执行|達到|达到|做到|堅持|坚持|加強|加强|採取|采取|建立|推動|推动|開展|开展|遵守|遵循|貫徹|贯彻|提高|提升|確保|确保|實施|实施|實行|实行|做好|抓好|進行|进行|參與|参与|配合|支持|落地)\s*$/;

/** Protesters' demands (小股東拉布條抗議，要求「礦場轉型」): the banner's words are their speech. */
/** Words shouted or cried out right before the quote (並高叫「撐蘋果」, 大喊「加油」): LABELS.md has them the speech of who shouts. Not a name shouted (高喊「姚明」的名字). */
const SHOUTED_BEFORE = /(?:高叫|高呼|高喊|大叫|大喊|大呼|呼喊|叫喊|喊出|齊呼|齐呼|齊喊|齐喊|齊聲|齐声|高聲叫|高声叫)\s*$/;
const PROTEST_DEMAND = /(?:抗議|抗议|示威|請願|请愿|拉布條|拉横幅|拉橫幅|舉牌|举牌)[^。！？!?]{0,12}(?:要求|高喊|高呼|呼喊|喊出)\s*$/;

/**
 * The text after a quote without a 的 that closes the clause (這是「史無前例」的。): 是…的 makes the quote the
 * predicate, while a 的 with a noun after it (「穩健」的政策) is left, as the quote then qualifies the noun.
 */
function withoutClosingDe(after: string): string {
  return after.replace(/^\s*的(?=\s*(?:[。！？!?；;，,…]|$))/u, '');
}

/** Whether the quote closes its clause or sentence, quotes listed after it aside. */
function closesClauseOf(after: string): boolean {
  const rest = after.replace(QUOTES_LISTED_AFTER, '');
  return ENDS_SENTENCE.test(rest) || CLOSES_CLAUSE.test(rest);
}

/** Verbs of holding to a line (秉承, 堅持, 遵循, 貫徹) right before the quote. */
const HELD_TO_BEFORE = /(?:秉承|秉持|堅持|坚持|遵循|遵守|本著|本着|貫徹|贯彻|奉行|恪守|堅守|坚守)\s*$/;
/** The name of a medical condition, by the class word it ends with (創傷後壓力症候群, 急性呼吸窘迫綜合症). */
const MEDICAL_CONDITION = /(?:症候群|綜合症|综合症|綜合徵|综合征)$/u;

/** The kind of line the quote names, right after it (“…”的原则, 「…」的方針). */
const TARGET_AFTER = /^\s*的(?:目標|目标)/;
const PRINCIPLE_AFTER = /^\s*的(?:原則|原则|方針|方针|理念|宗旨|思路|精神|總基調|总基调|基調|基调|路線|路线)/;
/** 的 and a machine's prompt or printed wording, or an advert's line, right after the quote: the words are fixed text. */
/** A system or device putting up its prompt right before the words (被系统提示“可能含有不适宜内容”, 屏幕彈出「…」): no one says them. */
const MACHINE_PROMPTS_BEFORE = /(?:系統|系统|平台|App|APP|程序|程式|軟件|软件|機器|机器|螢幕|屏幕|手錶|手表)(?:會|会|就|也|都|則|则|自動|自动)?(?:提示|顯示|显示|彈出|弹出|跳出)(?:了|為|为)?\s*$/u;
const MACHINE_WORDING_AFTER = /^\s*的(?:提示音|提示語|提示语|語音提示|语音提示|自動回覆|自动回复|字樣|字样|(?:廣告|广告|宣傳|宣传)(?:語|语|詞|词|牌|片)?)/;

/** 被, whom it names, then a verb of likening or describing (被校長喻為：, 被專家形容為): the agent's words follow. */
const LIKENED_BY_AGENT = /被[^，,。；;！？!?□]{2,20}(?:喻為|喻为|比喻為|比喻为|比作|形容為|形容为|描述為|描述为)\s*[：:]?\s*$/;

/**
 * Whether a short quote can be the speaker's own wording: not a name by its ending (unless it opens as a description,
 * 「某種類型的會議」), the noun after it or its length of one.
 */
function isOwnWording(inner: string, after: string): boolean {
  const endsLikeName = (NAME_ENDING.test(inner) || EVENT_OR_BODY_ENDING.test(inner)) && !INDEFINITE_OPENING.test(inner.trim());
  return measureLength(inner) >= 2 && !endsLikeName && !NAMES_A_CATEGORY.test(after);
}

/**
 * A couplet of two equal halves (「放弃幻想，面对现实」, 「一招鲜，吃遍天」) is a slogan or saying the
 * writer uses, unless the sentence gives it to someone.
 */
function isCouplet(inner: string): boolean {
  // A half with a clause word (「这是个阵痛，对高校也是」) is a sentence someone says, not a slogan's parallel half.
  if (CLAUSE_WORDS.test(inner)) return false;
  const halves = /^(\p{Script=Han}{3,5})[，,](\p{Script=Han}{3,5})$/u.exec(inner);
  return halves?.[1] !== undefined && halves[1].length === halves[2]?.length;
}

/**
 * A verdict on someone in their reported words (時間證明國民黨是「股海冥燈」): a copula after a
 * subject that is not an aim, theme or label, so the quote says what the subject is.
 */
const VERDICT_COPULA = /(?<!重點|重点|目標|目标|關鍵|关键|核心|主題|主题|方向|原則|原则|宗旨|理念|口號|口号|策略|主線|主线|任務|任务|目的|定位|名稱|名称|稱號|称号|代號|代号|就|也|正|即|便|都|還|还|則|则|不)是\s*$/;

/** A clause that is a person and a copula, perhaps with an adverb (自己是, 我只是, 他們都是). */
const PERSON_VERDICT = /^(?:自己|我們|我们|我|他們|他们|他|她們|她们|她)(?:就|也|只|都|還|还|真的|其實|其实)?是\s*$/;

/** A clause that is a demonstrative and its copula, perhaps with an adverb between (這根本是, 这就是, 那實在是). */
const DEMONSTRATIVE_VERDICT = /(?:^|[，,：:])\s*(?:這|这|那)(?:根本|簡直|简直|實在|实在|確實|确实|真的|完全|就)?是\s*$/;

/** Someone's reason put in quotes (理由為「無意參與研究」, 給出的理由都是「租約到期」): LABELS.md makes it their words. */
const REASON_GIVEN = /(?:理由|藉口|借口)(?:都|也|則|则|就)?(?:是|為|为)\s*$/;

/** Holding an attitude (部分高校帶有「防範意識」, 抱有「僥倖心理」): in someone's reported words, their characterisation. */
const HOLDS_AN_ATTITUDE = /(?:帶有|带有|抱有|懷有|怀有|抱持|存有)\s*$/;

/**
 * A subject a quantifier opens (有的高校「如臨大敵」, 部分企業「躺平」): the quote closing its clause is the predicate said
 * of them. SHORT_SUBJECT leaves out 有的 and 有些 (有 opens verbs), and asks for a speaker in the same sentence.
 */
const QUANTIFIED_SUBJECT = /^(?:有的|有些|部分|部份|一些|不少|很多|許多|许多|多數|多数|個別|个别|少數|少数)\p{Script=Han}{1,4}$/u;

/** Whose mouth the words are in, later in the sentence (「很重要」，…成為研究者口中的高頻詞): theirs. */
const IN_SOMEONES_MOUTH_AFTER = /^[^。！？!?]*口中/;

/**
 * An item of a list or disclosure schedule (《清單》的「涉及學校的重大事件的調查和處理情況」): a noun phrase with 的 that ends on
 * 情況 or 事項, with no clause word or predicate opening. It names what is listed, however long: a term.
 */
const LISTED_ITEM = /的\p{Script=Han}{0,10}(?:情況|情况|事項|事项|情形)$/u;
const PERSONAL_PRONOUN = /[我你他她]/;

/** Whether quoted words are the name of an item listed, not a clause (「重大事件的調查和處理情況」). */
function isListedItem(inner: string): boolean {
  const words = inner.trim();
  return LISTED_ITEM.test(words) && !SENTENCE_PUNCTUATION.test(words) && !CLAUSE_WORDS.test(words) && !PREDICATE_OPENERS.test(words) && !PERSONAL_PRONOUN.test(words);
}

/** An A-not-A or 是否 question waiting for its predicate (他是不是「…」？, 會不會「…」？). */
const WHETHER_BEFORE = /(?:是不是|是否|會不會|会不会|算不算|能不能|有沒有|有没有)\s*$/;

/**
 * A verb with a complement of place or time (建立在…, 停留於…, 落後於…); words that end in 在 or 於 themselves (存在, 現在,
 * 正在, 旨在, 處於, 關於, 至於, 由於, 對於) are not one.
 */
const VERB_WITH_SETTING = /^(?!存在|现在|現在|正在|实在|實在|所在|自在|潜在|潛在|内在|內在|外在|好在|旨在|处于|處於|关于|關於|至于|至於|由于|由於|对于|對於|等于|等於|在于|在於|属于|屬於|位于|位於|基于|基於)\p{Script=Han}{1,2}(?:在|於|于)\p{Script=Han}/u;

/** A verb of saying right before a copula (直言是, 認為是, 指是). */
const SAYING_THEN_COPULA = /(?:直言|坦言|表示|認為|认为|指出|指|稱|称|形容|相信)(?:這|这|此|那)?是\s*$/u;
/** A clause's own verb of handling or causing, between a subject and its object (把集團送入深淵, 令市場恐慌, 被外資拋售). */
const CLAUSE_OF_CAUSING = /\p{Script=Han}(?:把|將|将|讓|让|令|使|被)\p{Script=Han}{2,}/u;

/** Decides speech or term; the order matters: clause shape beats naming words, which beat speech cues. */
/**
 * A copula, a limit or a verb of becoming, doing or holding right before a short quote (僅「靠罰」, 非「偵探」, 或變成「磨心」, 偏「理論性」,
 * 改革进入“深水区”, 保持“常青”): the quote is the predicate, said of the subject. Not after an aim or a label (定位為「…」,
 * 目標是「…」, 关键词是“…”, 問題是「…」, 簡稱「…」), whose quote names the aim or the problem.
 */
const PREDICATE_BEFORE = /(?<!問題|问题|原因|癥結|症结|難題|难题|關鍵詞|关键词|關鍵字|关键字|特點|特点|特徵|特征|標籤|标签|代名詞|代名词|主旋律|基調|基调|重點|重点|目標|目标|關鍵|关键|核心|主題|主题|方向|原則|原则|宗旨|理念|口號|口号|策略|主線|主线|任務|任务|目的|定位|名稱|名称|稱號|称号|代號|代号|簡稱|简称|又稱|又称|人稱|人称|號稱|号称|稱為|称为|名為|名为|命名為|命名为)(?:是|為|为|僅|仅|只是|並非|并非|非|偏|變成|变成|淪為|沦为|形同|等同|猶如|犹如|有如|如同|做|當|当|進入|进入|陷入|保持)\s*$/u;

/** A verb of naming, ranking or renaming earlier in the clause, then 為 (定位香港為「…」, 列為「…」, 品牌升级为“…”): the quote is the name given. */
const NAMED_AS_BEFORE = /(?:定位|稱|称|列|命名|譽|誉|封|冠|名|譯|译|改|定|視|视|當作|当作|作為|作为|升級|升级|轉|转|合併|合并|調整|调整|整合)[^，,。；;]*?[為为]\s*$/u;

/** What follows a predicate that closes its clause: punctuation, or a conjunction opening the next (且, 而, 但). */
const PREDICATE_CLOSES = /^\s*(?:[，,。；;！？!?]|$|且|而|但)/u;

/** The frame of someone's reason or account right before the quote (给的唯一说法是, 给出的理由统一为). */
const ACCOUNT_BEFORE = new RegExp(`${ACCOUNT_FRAME}\\s*$`, 'u');

/** A translation in brackets right after a quote: five English words or more, a sentence rather than a name's gloss. */
const TRANSLATION_AFTER = /^\s*[（(]\s*[A-Za-z][^（）()]*[）)]/u;
const SHORTEST_TRANSLATION = 5;

function withoutTranslation(after: string): string {
  const gloss = TRANSLATION_AFTER.exec(after)?.[0];
  if (gloss === undefined || (gloss.match(/[A-Za-z]+/gu) ?? []).length < SHORTEST_TRANSLATION) return after;
  return after.slice(gloss.length);
}

/** A word counted as the word it is, right after the quote (“厚道”二字, “内卷”一词): what the word is, quoted. */
const WORD_COUNTED_AFTER = /^\s*(?:二字|兩字|两字|三字|四字|一詞|一词|這個詞|这个词|這個字|这个字)/u;
/** Whether the words right after a quote count it as a word (“厚道”二字, “内卷”一词). */
export function isCountedAsWord(after: string): boolean {
  return WORD_COUNTED_AFTER.test(after);
}

/** Someone stressing or using the word, right before it (反复强调的“厚道”二字, 数次用“厚道”一词来表达): their word, said. */
const WORD_USED_BEFORE = /(?:強調|强调|重申|提到|提出|喊出|說|说|講|讲|用|使用)(?:了|過|过)?的?\s*$/u;

/**
 * A short name, then its gloss in Chinese in brackets closing the quote (中工（註冊半熟練技工）). A gloss in English is as often the
 * speaker's words translated (「你說得對（You are right）」), so it tells nothing.
 */
const GLOSSED_WITHIN = /^[^，。？！；：,?!;:（()）\s]{1,8}[（(]\p{Script=Han}[^，。？！；：,?!;:（()）]{1,20}[）)]$/u;

/** A bare 說 right before the marks, not one of the words it ends (所說, 據說, 小說, 解說, 可以說, 不說). */
const SAYS_RIGHT_BEFORE = /(?<![所據据傳传聽听小解學学遊游演訴诉雖虽再勸劝以可不話话])[說说]\s*$/u;

/** After 以 and a quote: the quote is what a piece is titled (以「…」為題, 以“…”为标题). */
const TITLED_AFTER = /^\s*(?:為題|为题|為標題|为标题|作為標題|作为标题|作題|作题)/u;

/** A title right after a quote, as after a body's name (「畫下嘢」創辦人, 「…」關注組召集人). */
const TITLE_RIGHT_AFTER = new RegExp(`^\\s*(?:${TITLE_AFTER_QUOTED_BODY})`, 'u');

export function classifyQuote(context: QuoteContext): QuoteKind {
  const { inner, leadIn } = context;
  // Classical 謂 right before the words (又謂「市場並不悲觀」) hands them over as 說 would; 所謂 and 稱謂 are other words.
  if (/(?<![所何可稱称無无之意])[謂谓]\s*$/u.test(leadIn) && isOwnWording(inner, context.after)) return 'speech';
  // The word a speaker stresses or uses, counted as a word after it: LABELS.md's figurative word of theirs that names nothing.
  if (WORD_COUNTED_AFTER.test(context.after) && WORD_USED_BEFORE.test(leadIn) && !/(?:所謂|所谓|叫做|稱為|称为)\s*$/u.test(leadIn)) return 'speech';
  // Words translated from English in brackets after them (「從未見過類似事件要事先寫好稿件」（never saw copy filed ahead of time…）)
  // are a saying translated, read as if the translation were not there: a name's gloss is a few words (（China shock）).
  const after = withoutTranslation(context.after);
  if (TITLE_BEFORE.test(leadIn)) return 'term';
  // A headline given as what a piece is titled (以「李嘉誠真跑了」為題發表文章): a title, as after 標題為.
  if (/以\s*$/u.test(leadIn) && TITLED_AFTER.test(after)) return 'term';
  // An established policy's name is its name in anyone's reported words (在「一國兩制」框架下, 发展“专精特新”企业).
  if (POLICY_NAMES.has(inner.trim()) && !INTRODUCING_PUNCTUATION.test(leadIn)) return 'term';
  // A few words glossed in brackets inside the marks (「中工（註冊半熟練技工）」): a name and what it stands for, as a writer defines a term.
  // Not words handed over by a verb of saying, nor spoken Cantonese glossed by the writer (鄭老闆不諱言，「捱到唔行得就唔做（吉記）」).
  if (!context.spansParagraphs && GLOSSED_WITHIN.test(inner.trim()) && !soundsSpoken(inner) && !endsWithSpeechVerb(leadIn)) return 'term';
  // A name glossed in Latin letters (「卡納克社會主義民族解放陣線」（FLNKS）) is a name however long.
  if (/^\s*[（(][A-Za-z][A-Za-z .&'-]*[）)]/.test(after) && !SENTENCE_PUNCTUATION.test(inner)) return 'term';
  // A stop inside the marks of a few words the sentence runs into is the writer's slip, not a sentence quoted.
  const embeddedStop = SHORT_WITH_CLOSING_STOP.test(inner) && /\p{Script=Han}$/u.test(leadIn) && !endsWithSpeechVerb(leadIn);
  if (!context.spansParagraphs && isTitleOfEventOrBody(inner) && !endsWithSpeechVerb(leadIn)) return 'term';
  // A condition named by its medical class (「創傷後壓力症候群」) is a name in anyone's words.
  if (!context.spansParagraphs && MEDICAL_CONDITION.test(inner) && !SENTENCE_PUNCTUATION.test(inner)) return 'term';
  if (!context.spansParagraphs && isThingSetUp(inner, leadIn)) return 'term';
  // A dash after a kind of thing puts its name in apposition (设立低成本航空公司—“九元航空”): a name, not words said.
  if (!context.spansParagraphs && KIND_BEFORE_DASH.test(leadIn) && !SENTENCE_PUNCTUATION.test(inner) && measureLength(inner) <= 12) return 'term';
  if (!context.spansParagraphs && DOCUMENT_TITLE_ENDING.test(inner) && !PREDICATE_OPENERS.test(inner.trim()) && !RULE_WORK_OPENING.test(inner.trim()) && !SENTENCE_PUNCTUATION.test(inner) && !CLAUSE_WORDS.test(inner) && measureLength(inner) >= 6) return 'term';
  // A few words naming a kind of thing the noun after them is (面臨「利率反轉」風險, 宜採「槓鈴式策略」 is the strategy's own name): a name.
  if (!context.spansParagraphs && !SENTENCE_PUNCTUATION.test(inner) && measureLength(inner) <= 8 && (KIND_NOUN_AFTER.test(after) || KIND_NOUN_ENDING.test(inner))) return 'term';
  // A name the narration runs into and a title follows (城市寫生組織「畫下嘢」創辦人彭啤): the body's name, however Cantonese.
  if (!context.spansParagraphs && (/\p{Script=Han}\s*$/u.test(leadIn) || OPENING_DASHES.test(leadIn)) && TITLE_RIGHT_AFTER.test(after) && !SENTENCE_PUNCTUATION.test(inner) && measureLength(inner) <= 12) return 'term';
  // Words a bare 說 hands over right before the marks (劉鳴煒說「睇少啲戲、去少啲日本」其實還未夠): what was said, however the sentence
  // goes on; not a word 可以說 or 不說 only names (可以说“煤飞色舞”).
  if (SAYS_RIGHT_BEFORE.test(leadIn) && measureLength(inner) >= 5 && isOwnWording(inner, after)) return 'speech';
  if (!context.spansParagraphs && isListedItem(inner) && !endsWithSpeechVerb(leadIn) && !INTRODUCING_PUNCTUATION.test(leadIn)) return 'term';
  const unattributedCouplet = isCouplet(inner) && !context.attributedBefore && !context.attributedAfter && !context.opensParagraph && !endsWithSpeechVerb(leadIn) && !INTRODUCING_PUNCTUATION.test(leadIn);
  // A machine's fixed prompt or printed wording (「…，謝謝」的提示音), or an advert's line (“在北京，谁比易迅更快”的广告), is a
  // term, however like a sentence (LABELS.md: a slogan the writer uses).
  if (!context.spansParagraphs && (MACHINE_WORDING_AFTER.test(after) || MACHINE_PROMPTS_BEFORE.test(leadIn))) return 'term';
  // A principle or policy line held to (始终秉承“事前防范…，事中、事后快速高效处置风险”的原则) is its name, however like a sentence.
  if (!context.spansParagraphs && HELD_TO_BEFORE.test(leadIn) && PRINCIPLE_AFTER.test(after)) return 'term';
  // A target named by its words (提到「2030年停止並減緩森林損失和土地退化」的目標), no sentence of its own: the target's name.
  if (!context.spansParagraphs && !SENTENCE_PUNCTUATION.test(inner) && TARGET_AFTER.test(after)) return 'term';
  // A caption heads its picture only when nothing hands it over as words (马增玉写道：“…”照片中，… is the post's words).
  if (!context.spansParagraphs && (BYNAMES_LISTED_AFTER.test(leadIn) || (CAPTIONED_AFTER.test(after) && !endsWithSpeechVerb(leadIn) && !INTRODUCING_PUNCTUATION.test(leadIn)))) return 'term';
  if (context.spansParagraphs || (isSentenceLike(inner) && !embeddedStop && !unattributedCouplet)) return 'speech';
  if (PROTEST_DEMAND.test(leadIn) || (SHOUTED_BEFORE.test(leadIn) && !/^\s*的名/u.test(after) && measureLength(inner) >= 2 && isOwnWording(inner, after))) return 'speech';
  if (endsWithCantoneseSays(leadIn) && measureLength(inner) >= 2 && isOwnWording(inner, after)) return 'speech';
  // A particle only speech has, or spoken Cantonese, in a quote closing its clause marks words said, whoever said them.
  if (soundsSpoken(inner) && closesClauseOf(after) && measureLength(inner) >= 2) return 'speech';
  // The first person of whoever says them, in words long enough to be a clause (提到「我哋一齊著過防暴裝打暴動」等畫面): said.
  if (speaksOfSelf(inner) && measureLength(inner) >= 5 && isOwnWording(inner, after)) return 'speech';
  // A clause's own grammar (要求「不是太合拍」, 喊「肉快不够了」) in someone's reported words: what they said.
  if ((context.attributedBefore || context.attributedAfter) && hasClauseGrammar(inner) && measureLength(inner) >= 3 && isOwnWording(inner, after)) return 'speech';
  if (CLAIMS.test(leadIn) && !/^\s*的/.test(after) && measureLength(inner) >= 2 && isOwnWording(inner, after)) return 'speech';
  if ((DESCRIBES_AS.test(leadIn) || (CALLS_AS_DESCRIPTION.test(leadIn) && /[的得]/.test(inner))) && closesClauseOf(after) && isOwnWording(inner, after)) return 'speech';
  if (DEMANDS_OF_SOMEONE.test(leadIn) && !CARRIES_OUT.test(leadIn) && !/^\s*\d/.test(inner) && !ENDS_WITH_QUANTITY.test(inner) && measureLength(inner) >= 2 && isOwnWording(inner, after)) return 'speech';
  // Cues that the words are someone's, before any naming word can make them a term (對於「…」的傳言, 所謂「…」的說辭).
  if (QUOTES_A_SAYING.test(after) && isOwnWording(inner, '')) return 'speech';
  if (IN_SOMEONES_MOUTH_BEFORE.test(leadIn) && !/^\s*的/u.test(after) && isOwnWording(inner, '')) return 'speech';
  if (CLAIMED_BEFORE.test(leadIn) && !NAME_IN_APPOSITION.test(leadIn) && !DEFINES_A_TERM_BEFORE.test(leadIn) && !DEFINITION_AFTER.test(after) && isOwnWording(inner, '')) return 'speech';
  if ((UTTERANCE_BEFORE.test(leadIn) || RUMOUR_BEFORE.test(leadIn) || (NEWS_PUT_ABOUT.test(leadIn) && NEWS_AFTER.test(after))) && !NAME_IN_APPOSITION.test(leadIn) && isOwnWording(inner, after)) return 'speech';
  const feels = FEELING_BEFORE.test(leadIn) || (WORRY_BEFORE.test(leadIn) && measureLength(inner) >= SHORTEST_WORRY);
  if ((THOUGHT_BEFORE.test(leadClause(leadIn)) || feels) && CLOSES_THOUGHT.test(after) && isOwnWording(inner, '')) return 'speech';
  const closesClause = ENDS_SENTENCE.test(after) || CLOSES_CLAUSE.test(after);
  // A judgement closing its clause in someone's reported words (消費數據「疲弱」, 前景「審慎樂觀」) is theirs.
  if ((context.attributedBefore || context.spokenEarlierInParagraph === true) && isEvaluativeWord(inner) && closesClauseOf(after)) return 'speech';
  // A graded quality (受到「非常糟糕」待遇) in someone's words wherever it stands; with no one speaking before it, when the
  // sentence goes on to say whose mouth it is in (制度「很重要」，…成为研究者口中的高频词).
  if (isGradedQuality(inner) && !ENDS_WITH_CATEGORY.test(inner) && (context.attributedBefore || context.spokenEarlierInParagraph === true || IN_SOMEONES_MOUTH_AFTER.test(after))) return 'speech';
  // So is a short superlative (他指，「最透明」及「最扁平」的市場結構): in someone's words only; a writer's 「最愛」 or 「最缺錢」 is a label.
  if (isShortSuperlative(inner) && !ENDS_WITH_CATEGORY.test(inner) && (context.attributedBefore || context.spokenEarlierInParagraph === true)) return 'speech';
  if (REASON_GIVEN.test(leadIn) && isOwnWording(inner, after)) return 'speech';
  // A quote put in a question of whether (他是不是「刺兒頭」？), in a paragraph of someone's words: part of the question asked.
  if ((context.attributedBefore || context.spokenEarlierInParagraph === true) && WHETHER_BEFORE.test(leadIn) && /^\s*[？?]/.test(after) && measureLength(inner) >= 2 && isOwnWording(inner, after)) return 'speech';
  if ((context.attributedBefore || ANSWER_OPENS.test(leadIn)) && STANCE_TOWARDS.test(leadClause(leadIn)) && !ACTS_ON_AFTER_TOWARDS.test(leadIn) && closesClause && measureLength(inner) >= 2 && isOwnWording(inner, after)) return 'speech';
  if (CRITICISES.test(leadIn) && closesClause && isOwnWording(inner, after)) return 'speech';
  // Criticising or praising someone named with a title, the verdict right after them (陳茂波批評萬科董事會主席郁亮「不負責任」): the critic's words.
  const judged = JUDGES_PERSON.exec(leadIn)?.[1];
  if (judged !== undefined && closesClause && isOwnWording(inner, after)) {
    const person = splitSpeakerRole(judged);
    if (person.role !== null && isPersonalName(person.speaker)) return 'speech';
  }
  if (CALLS_IT.test(leadIn) && closesClause && isOwnWording(inner, after)) return 'speech';
  if (ATTACK_OR_PRAISE.test(leadIn) && (measureLength(inner) >= 2 || ATTACK_VERDICT.test(leadIn)) && !NAME_ENDING.test(inner)) return 'speech';
  // A paragraph of reported speech goes on being someone's after its first sentence: a state it says is faced is still theirs.
  const inReportedSpeech = context.attributedBefore || context.spokenEarlierInParagraph === true;
  if (inReportedSpeech && !embeddedStop && TAKES_A_STATE.test(leadIn) && isOwnWording(inner, after)) return 'speech';
  if (inReportedSpeech && HOLDS_AN_ATTITUDE.test(leadIn) && closesClauseOf(after) && isOwnWording(inner, after)) return 'speech';
  if (inReportedSpeech && QUANTIFIED_SUBJECT.test(leadClause(leadIn)) && closesClauseOf(after) && measureLength(inner) >= 2 && isOwnWording(inner, after) && !ENDS_WITH_CATEGORY.test(inner)) return 'speech';
  if (context.attributedBefore && BRINGS_AN_OUTCOME.test(leadIn) && /^\s*(?:[，,。；;！？!?]|$)/u.test(after) && isOwnWording(inner, after)) return 'speech';
  // The verb of saying is right there with whom it is said of: no other attribution is needed.
  if (SAID_OF.test(leadIn) && isOwnWording(inner, after)) return 'speech';
  if (OPINION_FRAME.test(leadIn) && (ENDS_SENTENCE.test(after) || CLOSES_CLAUSE.test(after)) && isOwnWording(inner, after) && !ENDS_WITH_CATEGORY.test(inner)) return 'speech';
  // Words someone said, quoted as what a noun holds (她说的“尊重每个人消费观”的话).
  if (context.attributedBefore && /(?:說|说|講|讲)的\s*$/.test(leadIn) && isOwnWording(inner, after)) return 'speech';
  if (context.attributedBefore && /以\s*$/.test(leadIn) && GIVEN_AS_REPLY.test(after) && measureLength(inner) >= 2) return 'speech';
  // A short predicate the speaker gives, closing its clause after a copula or a verb of becoming or doing (陳志球批評，政府推行減廢僅「靠罰」，
  // 管理公司非「偵探」, 最終只能做「負責角色」, 消费是“慢变量”且…): their evaluative or figurative word, which names nothing.
  if (context.attributedBefore && PREDICATE_BEFORE.test(leadIn) && !NAMED_AS_BEFORE.test(leadClause(leadIn)) && measureLength(inner) <= 6 && !/[0-9０-９]/u.test(inner) && isOwnWording(inner, after) && PREDICATE_CLOSES.test(after)) return 'speech';
  // A reason or account the text gives as someone's (领导给的唯一说法是“效益不好”): LABELS.md's speech.
  if (context.attributedBefore && ACCOUNT_BEFORE.test(leadIn) && measureLength(inner) >= 2) return 'speech';
  if (context.attributedBefore && QUALIFIES_RESOLVE.test(after) && isOwnWording(inner, '')) return 'speech';
  if (context.attributedBefore && MEETS_A_STANDARD.test(leadIn) && /^\p{Script=Han}{1,4}$/u.test(inner) && /^\s*[，,。；;]/.test(after)) return 'speech';
  if (context.attributedBefore && VERDICT_COPULA.test(leadIn) && isOwnWording(inner, after) && /^\s*、/.test(after)) return 'speech';
  // A clause with its own verb of handling or causing after a verb of saying and its copula (並直言是「野心和慾望把集團送入深淵」):
  // what the speaker says it was, in their words.
  if (context.attributedBefore && SAYING_THEN_COPULA.test(leadIn) && CLAUSE_OF_CAUSING.test(inner) && measureLength(inner) >= 6 && isOwnWording(inner, after)) return 'speech';
  // A verb and where or when it stands after a copula (體系是「建立在不同時間」): a predicate, which no name is.
  if (context.attributedBefore && VERDICT_COPULA.test(leadIn) && VERB_WITH_SETTING.test(inner) && isOwnWording(inner, after) && closesClauseOf(after)) return 'speech';
  // The speaker's verdict on what they just told (詹宏志認為，這根本是「黑箱作業」。): a demonstrative subject and its
  // copula, the quote closing the clause.
  if (context.attributedBefore && DEMONSTRATIVE_VERDICT.test(leadIn) && isOwnWording(inner, after) && closesClauseOf(withoutClosingDe(after))) return 'speech';
  // What the speaker says they are (他笑說，自己是「小白」): a verdict on oneself or the one spoken of, closing the clause.
  if (context.attributedBefore && PERSON_VERDICT.test(leadClause(leadIn)) && isOwnWording(inner, after) && closesClauseOf(after)) return 'speech';
  // 是「…」的 closing the clause makes the quote the predicate the speaker gives (這種跌幅是「前所未見」的。).
  if (context.attributedBefore && /是\s*$/.test(leadIn) && withoutClosingDe(after) !== after && isOwnWording(inner, after)) return 'speech';
  // A likeness given by whom the passive names, perhaps before a colon (被校長喻為：「…」): theirs, as the passive above.
  if (LIKENED_BY_AGENT.test(leadIn) && isOwnWording(inner, after)) return 'speech';
  // A label pinned by whom the passive names (被部分企業認為是「擺爛」) is their saying, though 稱為 names.
  if (context.givenByAgent === true && isOwnWording(inner, after)) return 'speech';
  // A deck or subhead ending on someone's words (半年後須搬離「不知怎辦」, 副局長：上級已經「…」).
  if (closesLineAsSaying(leadIn, inner, after) && !endsWithNamingWord(leadIn) && isOwnWording(inner, after)) return 'speech';
  // 形容為 gives the speaker's description, not a name (業界形容為「寒冬」), unlike 稱為.
  if (context.attributedBefore && /(?:形容|描述)(?:為|为|成)\s*$/.test(leadIn) && isOwnWording(inner, after)) return 'speech';
  if (endsWithNamingWord(leadIn)) return 'term';
  // A question or a spoken particle in someone's sentence is their words, however the sentence uses it (從「投甚麼」轉向「跟誰投」).
  if (context.attributedBefore && readsAsSpokenClause(inner) && measureLength(inner) >= 2 && isOwnWording(inner, after)) return 'speech';
  // A run of sayings goes on as it began: 網友留言「加油」「好期待」.
  if (context.followsSpeech === true && measureLength(inner) >= 2) return 'speech';
  if (context.attributedBefore && isWordingInReportedSpeech(leadIn, inner, after)) return 'speech';
  // A verb phrase or a state in someone's reported words, their sentence or a later one of the paragraph (並沒有隨意「畫餅」,
  // 看起來「很美」), is theirs: no name takes either shape. A verb phrase closes its clause or qualifies a noun with 的
  // (能夠「全力以赴」的人); 和 after it joins nouns (能夠「綜合」和「一覽」).
  // 看起來 also opens a clause as "it seems" (看起來「港股通」的成交…), so a state after it must close the clause.
  const ownPredicate = isOwnWording(inner, after) && !ENDS_WITH_CATEGORY.test(inner);
  if (inReportedSpeech && followsVerbOnlyModifier(leadIn) && ownPredicate && (closesClauseOf(after) || /^\s*的/.test(after))) return 'speech';
  if (inReportedSpeech && followsVerbModifierWhenClosing(leadIn) && ownPredicate && closesClauseOf(after)) return 'speech';
  if (inReportedSpeech && followsLinkToAState(leadIn) && ownPredicate && closesClauseOf(withoutClosingDe(after))) return 'speech';
  if (context.attributedAfter) return 'speech';
  // In someone's sentence, a modal waiting for its verb makes the quote that verb, even with its
  // object after it (發言人稱，將「密切關注」事態發展); a name the sentence classes (將“以旧换新”政策) is not.
  const awaitsVerb = AWAITS_PREDICATE.test(leadClause(leadIn)) && !NAMES_A_CATEGORY.test(after) && !/^\s*的/.test(after) && !isObjectOfDisposal(leadIn, after);
  if (context.attributedBefore && awaitsVerb && measureLength(inner) >= 2) return 'speech';
  // So does a subject alone and a quote opening like a predicate, its object after it (該行「極度看漲」大宗商品).
  const predicateWithObject = (fillsPredicateSlot(leadIn) || endsWithSpeechVerb(leadIn)) && PREDICATE_OPENERS.test(inner) && !NAMES_A_CATEGORY.test(after) && !/^\s*的/.test(after) && !ENDS_WITH_CATEGORY.test(inner);
  if (context.attributedBefore && predicateWithObject && measureLength(inner) >= 2) return 'speech';
  // Such a predicate closing its clause after a subject in a later sentence of someone's reported words (…直言，…。預估鬆綁的機率
  // 「低於五成」。, 民营企业“越来越难做”): what they said of that subject; no name opens like a predicate.
  if (inReportedSpeech && PREDICATE_OPENERS.test(inner) && closesClauseOf(after) && !ENDS_WITH_CATEGORY.test(inner) && measureLength(inner) >= 2 && isOwnWording(inner, after)) return 'speech';
  // Urging someone: what comes after whom is urged is what was said (呼籲各方「保持克制」, 提醒民眾“注意风险”);
  // words the urging names (呼籲市場不應出現「互相攻擊」等字眼) are a term.
  if (context.attributedBefore && URGES_SOMEONE.test(leadIn) && measureLength(inner) >= 2 && !NAMES_A_CATEGORY.test(after)) return 'speech';
  // Words said, then whoever said them (高喊「…」的示威者, 廣播「加油」的機師): the sentence runs on to the sayer, not
  // from a name.
  if ((endsWithSpeechVerb(leadIn) || SHOUTS.test(leadIn)) && SAYER_AFTER.test(after) && isOwnWording(inner, '')) return 'speech';
  // A short quote the sentence runs straight on from is used as a noun: “花唄”是…; quotes listed after it run on with it.
  const afterList = withoutClosingDe(after).replace(QUOTES_LISTED_AFTER, '');
  // Save for what a verb of saying hands straight over to, with 外 closing 除了 (除了說「要打下高樓價」外) or a time after it (說「好」後):
  // the sentence runs on past the words, not from them.
  if (endsWithSpeechVerb(leadIn) && /^\s*(?:之?外|以外|後|后|之後|之后|時|时|的同時|的同时)/u.test(after) && isOwnWording(inner, '')) return 'speech';
  if (afterList.length > 0 && !/^[\s\p{P}]/u.test(afterList)) return 'term';
  if (MENTIONS.test(leadIn)) return 'term';
  if (endsWithSpeechVerb(leadIn)) return 'speech';
  if (context.attributedBefore && isPartialQuoteOfSpeech(leadIn, inner, withoutClosingDe(after))) return 'speech';
  if (INTRODUCING_PUNCTUATION.test(leadIn) && context.attributedBefore) return 'speech';
  if (context.opensParagraph && CLOSING_ONLY.test(after)) return 'speech';
  return 'term';
}
