import type { LocatedParagraph, Quote, QuoteKind } from '../model';
import { maskQuotes, scanParagraphQuoteMarks, type ParagraphMarks, type QuoteSpan } from './quote-marks';
import { isLaterMention, isNameShaped, nameBeforePseudonym, isPlausibleSpeaker, isUnnamedSource, personBySurname, resolveDescription, splitSpeakerRole, type NamedSpeaker } from './speaker-name';

export * from './quote-marks';

/**
 * Quotes in Chinese news copy: find the marked spans, tell reported speech from scare-quoted
 * terms, and name the speaker as the text names them. Every rule is a small pure function so it
 * can be tested on its own; the verb and connective lists are data, in Traditional and Simplified.
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
}

/** Each speech verb in its Traditional and Simplified form (one entry when both are written alike). */
const SPEECH_VERBS: readonly (readonly string[])[] = [
  ['表示'], ['透露'], ['直言'], ['指出'], ['坦言'], ['提到'], ['提及'], ['坦承'], ['直指'], ['感慨'],
  ['吐槽'], ['提醒'], ['警告'], ['宣布'], ['爆料'], ['直呼'], ['答'], ['回答'], ['分析道'], ['笑道'],
  ['稱', '称'], ['聲稱', '声称'], ['宣稱', '宣称'], ['笑稱', '笑称'], ['分析稱', '分析称'],
  ['說', '说'], ['問', '问'], ['反問', '反问'], ['追問', '追问'], ['認為', '认为'], ['總結', '总结'],
  ['強調', '强调'], ['回應', '回应'], ['告訴', '告诉'], ['承認', '承认'], ['寫道', '写道'],
  ['介紹', '介绍'], ['解釋', '解释'], ['補充', '补充'], ['談到', '谈到'], ['談及', '谈及'],
  ['感嘆', '感叹'], ['嘆道', '叹道'], ['坦陳', '坦陈'], ['呼籲', '呼吁'], ['證實', '证实'],
  ['否認', '否认'], ['表態', '表态'], ['報道', '报道'], ['報導', '报导'],
  ['指'], ['分析'], ['笑言'], ['重申'], ['形容'], ['相信'], ['發問', '发问'], ['預計', '预计'], ['預料', '预料'],
  ['估計', '估计'], ['抱怨'], ['解讀', '解读'], ['質疑', '质疑'], ['反駁', '反驳'], ['留言'], ['回覆', '回复'],
  ['預估', '预估'], ['指示'], ['轉述', '转述'], ['回憶', '回忆'],
  // Learning from a source names it: 記者從多位知情人士處獲悉.
  ['處獲悉', '处获悉'], ['處了解到', '处了解到'], ['處得知', '处得知'],
];

/**
 * Verbs read as speech only right before punctuation: 他又稱： is 稱 said again, where 又稱 with a
 * name after it means "also called" (花唄又稱「…」).
 */
const VERBS_BEFORE_PUNCTUATION: readonly (readonly string[])[] = [
  ['又稱', '又称'],
  // Speech acts named by what they do: 喊話, 痛批, 交代 (她交代貸款的過程：「…」 reaches the colon through its object).
  ['喊話', '喊话'], ['痛批'], ['怒批'], ['批評', '批评'], ['回嗆', '回呛'], ['交代'],
];

/** 說明 is an explanation (說明書, 補充說明，) unless it hands straight over to the quote: 總經理說明：「…」. */
const VERBS_BEFORE_COLON: readonly (readonly string[])[] = [['說明', '说明']];

/** Characters that, around a short verb, make it part of another word (名稱, 說明, 問題, 答案, 指數, 分析師). */
const VERB_GUARDS: ReadonlyMap<string, readonly [before: string, after: string]> = new Map([
  ['稱', ['名簡號堪對俗又統著聲宣笑自尊職', '為作之讚號霸職呼謂心']],
  ['称', ['名简号堪对俗又统著声宣笑自尊职', '为作之赞号霸职呼谓心']],
  ['說', ['小據傳學遊解演聽訴雖再', '明服法話書客辭']],
  ['说', ['小据传学游解演听诉虽再', '明服法话书客辞']],
  ['問', ['訪顧疑詢學提質審拷發慰過請反追', '題卷責世候號診津']],
  ['问', ['访顾疑询学提质审拷发慰过请反追', '题卷责世候号诊津']],
  ['答', ['回問问報报解應应作對对', '案卷題题應应覆复辯辩謝谢']],
  ['指', ['手食拇中無无所意遙遥戒首直專专特泛確确', '出數数標标引定導导揮挥控責责令南針针紋纹甲望明向稱称示派點点認认正']],
  ['分析', ['據据經经數数與与和及的步初再行', '師师員员家人報报告']],
  ['形容', ['難难以被', '為为詞词']],
  // 符合預估, 低於預估, 預估值 and 成長率預估下修 are the forecast, not someone forecasting.
  ['預估', ['合於出過', '值數下上']],
  // 指示燈, 指示牌 and 按指示 are things, not someone instructing.
  ['指示', ['按依照', '燈灯牌劑剂標标']],
  ['预估', ['合于出过', '值数下上']],
  // 補充預算, 補充資本 are nouns; 補充說明 is still speech.
  ['補充', ['', '預資協公流醫貨']],
  ['补充', ['', '预资协公流医货']],
  // 相關報導「…」, 該報道中: the report is a noun, not an outlet reporting.
  ['報導', ['關該此篇份', '中內裡']],
  ['報道', ['關該此篇份', '中內裡']],
  ['报道', ['关该此篇份', '中内里']],
  ['报导', ['关该此篇份', '中内里']],
]);

/** One regex source matching any speech verb, longest forms first, optionally followed by 道. */
function buildVerbSource(): string {
  const forms = [...new Set(SPEECH_VERBS.flat())].sort((a, b) => b.length - a.length);
  const alternatives = forms.map((verb) => {
    const [before, after] = VERB_GUARDS.get(verb) ?? ['', ''];
    return `${before === '' ? '' : `(?<![${before}])`}${verb}${after === '' ? '' : `(?![${after}])`}`;
  });
  const beforePunctuation = VERBS_BEFORE_PUNCTUATION.flat().map((verb) => `${verb}(?=[^，,。：:]{0,8}[：:，,])`);
  beforePunctuation.push(...VERBS_BEFORE_COLON.flat().map((verb) => `(?<![補补])${verb}(?=\\s*[：:])`));
  // A tone between the speaker and the colon is how they said it: 語帶威脅：「…」.
  beforePunctuation.push('(?:語帶|语带)[\\u4e00-\\u9fff]{1,4}(?=\\s*[：:])');
  return `(?:${[...alternatives, ...beforePunctuation].join('|')})道?`;
}

const VERB_SOURCE = buildVerbSource();
const SPEECH_VERB = new RegExp(VERB_SOURCE, 'g');
/** A verb that hands straight over to the quote: 表示：“, 稱，「, 告訴記者：“. */
const DIRECT_VERB = new RegExp(`${VERB_SOURCE}(?:[^，,。：:！？!?；;]{0,8}[：:，,])?\\s*$`);
const TRAILING_VERB = new RegExp(`${VERB_SOURCE}\\s*$`);

const SENTENCE_END = /[。！？!?；;\n]/;
/**
 * Where a speaker's noun phrase can begin: after clause punctuation, a dash or a quote mark (an
 * opening one too: a mark left unmatched by the source is not masked, and is no part of a name).
 */
const PHRASE_BREAK = /[。！？!?；;，,：:\n—“”「」『』]/;
const SENTENCE_PUNCTUATION = /[，。？！；：,?!;:…]/;
/** Pronouns, negations and modal words that mark a clause; names and slogans rarely hold them. */
const CLAUSE_WORDS = new RegExp(
  '我們|我们|你們|你们|咱們|咱们|誰|谁|甚麼|什麼|什么|怎麼|怎么|為什麼|为什么|不知道|沒有|没有|不是|就是|還是|还是|' +
    '已經|已经|可以|應該|应该|必須|必须|肯定|一定|不會|不会|不能|不要|如果|因為|因为|所以|但是|是否',
);
const INTRODUCING_PUNCTUATION = /(?:—|－|[：:])\s*$/;
const OPENING_DASHES = /^[\s—–－-]*$/;
const CLOSING_ONLY = /^[\s。！？!?…]*$/;

/**
 * Words before a short quote that name it rather than report it (稱為“…”, 升級為“…”, 推出“…”). 將 is
 * not one: 將“以舊換新”擴大到… (將 as 把) runs on from the quote, which makes it a term anyway, while
 * 政府將「採取一切必要措施」。 is a future the speaker states.
 */
const NAMING_WORDS = new RegExp(
  '(?:稱為|称为|稱之為|称之为|名為|名为|叫做|叫作|叫|更名為|更名为|改名為|改名为|升級為|升级为|命名為|命名为|' +
    '譽為|誉为|號稱|号称|俗稱|俗称|簡稱|简称|又稱|又称|統稱|统称|堪稱|堪称|所謂|所谓|推出|上線|上线|為|为|' +
    // A topic (對於「花唄」，…) or an apposition (業務，即「花唄」) is named, not said.
    '對於|对于|關於|关于|針對|针对|即|亦即|即是|也就是)\\s*$',
);

/**
 * Words that open a predicate and never a name or slogan: a quote starting with one states
 * something (影響「有限但心理打擊大」, 窗口“可能就在明年一季度”, 已經「差不多清晒」).
 */
const PREDICATE_OPENERS = new RegExp(
  '^(?:可能|或將|或将|將會|将会|仍然|仍將|仍将|依然|已經|已经|還會|还会|不會|不会|不能|不再|沒有|没有|肯定|一定|' +
    '勢必|势必|有望|有限|有所|難以|难以|只會|只会|只能|必然|必將|必将|料將|料将|差不多|寧願|宁愿|未必|' +
    // Statements and forecasts: 公司「不予置評」, 物價「仍有上行壓力」, 其“始终坚持合规经营”, 此舉「略超市場預期」.
    '仍|始終|始终|一直|致力|專注|专注|純屬|纯属|並未|并未|並非|并非|從未|从未|尚未|正在|不予|略|' +
    // 物價「基本穩定」, but 「基本盤」 and 「基本面」 are nouns.
    '基本(?![盤盘面法])|' +
    // Comparisons, degrees and trends state how something is: 出口「優於預期」, 经济“持续恢复”.
    '持續|持续|明顯|明显|大幅|逐步|穩步|稳步|優於|优于|高於|高于|低於|低于|好於|好于|超出|超過|超过|略有|相對|相对|' +
    '更加|更為|更为|越來越|越来越|非常|十分|較為|较为|相當|相当|顯著|显著|不斷|不断|逐漸|逐渐|遠[高低超]|远[高低超]|' +
    // Cantonese: 唔會 (不會), 唔係 (不是), 冇 (沒有).
    '唔會|唔会|唔係|唔系|冇)',
);
const ENDS_SENTENCE = /^\s*(?:[。！？!?；;…]|$)/;
const CLOSES_CLAUSE = /^\s*[，,]/;
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
    '仍然|仍|已經|已经|已|一直|始終|始终|是在|(?<![主重需只想])要)\\s*$',
);

/** Words that make the quote after them the title of a text (題為「…」的社論), however long: a name, not speech. */
const TITLE_BEFORE = /(?:標題為|标题为|標題是|标题是|題為|题为|題目為|题目为|名為|名为|書名|书名|篇名)\s*$/;

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
  return AWAITS_PREDICATE.test(clause) || BARE_SUBJECTS.has(clause) || SHORT_SUBJECT.test(clause);
}

/**
 * A clause of one short noun before the quote (經濟「持續恢復」, 出口表現「優於預期」, AI商機「遍地開花」):
 * the quote is its predicate. A clause opening with a modal, verb or preposition (要穩住「基本盤」) or
 * ending in a copula or verb of naming (主題是「…」) is not a subject alone.
 */
const SHORT_SUBJECT =
  /^(?![要將将會会可能應应需必進进推實实加穩稳打提堅坚落做把讓让使以在從从對对為为是有被給给向與与和及並并也還还更都就才再又仍已曾])(?:[A-Za-z0-9]+)?\p{Script=Han}{1,4}(?<![是為为有成到叫稱称入出上下向於于給给])$/u;

/**
 * Connectives and time words that open a clause but are not part of who spoke (但, 據, 此外, 近日),
 * and the outlet that quotes the speaker (路透引述知情人士, 彭博援引消息人士: the words are the source's).
 */
const LEADING_NOISE = new RegExp(
  '^(?:的|但是|但|而且|而|不過|不过|然而|另外|此外|同時|同时|對此|对此|其中|因此|所以|並且|并且|並|并|也|還|还|更|亦|' +
    '則|则|正如|就像|如同|根據|根据|據|据|近日|日前|此前|早前|昨日|昨天|今日|今天|目前|當時|当时|隨後|随后|後來|后来|' +
    '另(?=有)|有(?=[^關关些人的限])(?=.{2})|\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?|\\d{1,2}月\\d{1,2}日|' +
    '[^，,。]{1,12}?(?:引述|援引)|(?:記者|记者|本報|本报|本刊|本台|本網|本网)(?:從|从)|' +
    // One unnamed source is named by what they are: 一位業內人士 is 業內人士, 一家公司從業者 公司從業者 (LABELS.md).
    // A dateline or byline opening the paragraph: （中央社記者王嘉語台北3日電）, 【記者王小明／台北報導】.
    '[（(【〔\\[][^）)】〕\\]]{2,40}[）)】〕\\]]|' +
    '(?:一位|一名|一家|一個|一个)(?=[^，,。]{2})|' +
    // So are many: 多位業內人士 and 不少網友 are 業內人士 and 網友.
    '(?:多位|多名|數位|数位|數名|数名|幾位|几位|兩位|两位|多家|部分|不少|許多|许多|一些|眾多|众多|大批|很多|大量)(?=[^，,。]{2}))\\s*',
);

/** Adverbs, settings and manner words between the speaker and the verb (分析認為, 在發布會上說, 對記者表示). */
const TRAILING_NOISE = new RegExp(
  '(?:分析|也|還|还|則|则|亦|更|曾|曾經|曾经|仍然|仍|依然|一再|已經|已经|(?<=[\\u4e00-\\u9fff]{2})已|(?<=[\\u4e00-\\u9fff]{2})[今昨]|均|都|普遍|一致|進一步|进一步|公開|公开|同樣|同样|再次|多次|直接|' +
    '明確|明确|私下|近日|日前|此前|早前|隨後|随后|稍後|稍后|其後|其后|隨即|随即|當時|当时|昨日|昨天|今日|今天|' +
    '就此|對此|对此|甚至|笑|苦笑|又|續|续|同時|同时|正?在|' +
    // An aspect or restraint before the verb: 笑著說, 接着说, 忍不住感嘆.
    '(?<=[\\u4e00-\\u9fff]{2})[\\u4e00-\\u9fff]{1,3}[著着]|忍不住|不禁|不由得|' +
    // Manner: 語重心長地, 無奈地, 紛紛 (股民紛紛表示); not 內地, 當地, 各地, which are places.
    '(?<=[\\u4e00-\\u9fff]{2})[\\u4e00-\\u9fff]{1,4}(?<![內内當当本各兩两外基產产陸陆大土])地|紛紛|纷纷|' +
    // Through whom or what: 透過發言人, 通过微博; the statement a body issues (發表聲明, 在聲明中).
    '(?:透過|透过|通過|通过|藉由|借助)[^，,。]{1,16}|(?:發表|发表|發布|发布|發佈|發出|发出)了?(?:聲明|声明|公告|通告|文章|社論|社论|報告|报告|新聞稿|新闻稿|研報|研报)|' +
    '(?:致詞|致词|致辭|致辞|演講|演讲|發言|发言|開幕|开幕|閉幕|闭幕)[時时]?|' +
    '(?:就[^，,。]{1,15}?)?(?:答記者問|答记者问|答問|答问|回答記者提問|回答记者提问)[時时]?|' +
    '在(?:PTT|Dcard|IG|Instagram|Threads|X|臉書|脸书|Facebook)?[^，,。在]{0,10}?(?:社團|社团|群組|群组|粉專|粉专|粉絲專頁|粉丝专页|貼文|贴文|PTT|Dcard|IG|Instagram|Threads)|' +
    '(?:面對|面对)[^，,。]{0,10}?(?:提問|提问|詢問|询问|追問|追问|質疑|质疑)|' +
    // A body speaking through its side: 阿里巴巴方面 is 阿里巴巴.
    '(?<=[\\u4e00-\\u9fff]{2})方面|' +
    '會後|会后|會上|会上|事後|事后|(?:受訪|受访)[時时]?|' +
    // Posting is how an account speaks: 官方微博發文稱, 在微博撰文指.
    '發文|发文|撰文|發帖|发帖|貼文|贴文|發推|发推|' +
    '(?:論壇|论坛|峰會|峰会|股東大會|股东大会|研討會|研讨会|會議|会议|年會|年会)上|' +
    // A briefing named without 上 (楊金龍會後記者會表示, 魏哲家法說會表示); a bare 會議 can be a speaker (中央經濟工作會議指出).
    '(?:記者會|记者会|記者招待會|记者招待会|發布會|发布会|發佈會|法說會|法说会|說明會|说明会|業績會|业绩会)上?|' +
    '(?:\\d{4}年)?\\d{1,2}月(?:[初中底末]|\\d{1,2}日)?|\\d{1,2}日|[上本下]?(?:周|週|星期)[一二三四五六日天]|' +
    // Taiwan papers date the day in brackets: 今（5）日, 昨(4)日.
    '[今昨明前][（(]\\d{1,2}[）)][日天]|' +
    // Hong Kong papers repeat the day in brackets after the word: 今日(27日), 昨日（26日）.
    '(?:今日|昨日|明日|今天|昨天|明天|今早|今晚|昨晚)[（(]\\d{1,2}日?[）)]|' +
    '(?:今天|今日|昨天|昨日|明天|當天|当天)?(?:上午|下午|早上|晚上|晚間|晚间|中午|凌晨)|[今昨][早晚晨]|' +
    '在[^，,。在]{1,30}?[上中時时裡里內内後后前]|' +
    '在[^，,。在]{0,20}?(?:微博|微信|朋友圈|臉書|脸书|專欄|专栏|社交媒體|社交媒体|社交平台|節目|节目|直播間|直播间|' +
    '評論區|评论区|留言區|留言区|公眾號|公众号|帳號|账号|抖音|小紅書|小红书|推特)|' +
    '接受[^，,。]{0,15}?(?:採訪|采访|專訪|专访|訪問|访问|提問|提问|詢問|询问)[時时]?|' +
    '(?:出席|參加|参加|回應|回应|回答|答覆|答复|回覆|回复|談到|谈到|談及|谈及|提到|提及|面對|面对|會見|会见|被問到|被问到|被問及|被问及)[^，,。]{0,15}?[時时]|' +
    // Whom the speaker tells: a reporter, an outlet or a wire (對記者, 對本報, 對路透, 向彭博社).
    // An outlet named in title marks: 對《財經十一人》, 向《每日經濟新聞》記者.
    '(?:對|对|向)《[^》]{1,15}》(?:記者|记者)?|' +
    '(?:對|对|向)(?:記者|记者|媒體|媒体|本報|本报|本刊|本台|外界|路透社?|彭博社?|法新社|美聯社|美联社|共同社|新華社|新华社|中新社|' +
    '[^，,。對对向]{0,6}?(?:財經|财经|記者|记者|日報|日报|新聞|新闻|時報|时报|網|网|電視|电视|電台|电台))|' +
    `${VERB_SOURCE})\\s*$`,
);

/**
 * Phrases that stand where a speaker would but name no one (也就是說, 坦白說, 這表示, 不會說, Q：). A
 * final 會 is a modal only after a pronoun or adverb: 證監會, 金管會 and 商會 are speakers. A personal
 * pronoun with more after it is a clause (他要求只透露姓氏), never a name. A measure (成長率, 營收,
 * 銷量, 指數) is what a figure is about (今年經濟成長率預估下修), never who speaks.
 */
/** A phrase opening with a modal is a clause (应该从…方面进行), never who speaks. */
const OPENS_WITH_MODAL = /^(?:應該|应该|應當|应当|可以|需要|必須|必须|將會|将会|不妨|只有|只要)/;

const NOT_A_SPEAKER =
  /^(?:俗話|俗话|俗語|俗语|老話|老话|古話|古话|常言|諺語|谚语|有句話|有句话|有句老話|有句老话)$|的$|(?:[率額额量值價价幅]|指數|指数|規模|规模|收入|營收|营收|利潤|利润|成本|比重|數據|数据)$|^[他她它](?!(?:們|们)?$)|^(?:[QAＱＡ]|這|这|那|此|它|坦白|老實|老实|直白|簡單|简单|客觀|客观|具體|具体|一般|通常|總體|总体|整體|整体|換言|换言|[\d\s年月日]+)$|[是就來来話话得不被可以將将要能]$|(?<![交究務务])所$|(?:^|[我你他她們们誰谁也還还都才只]|可能|一定|應該|应该)[會会]$/;

/** Words that point back at someone already named. */
const PRONOUNS = new Set(['他', '她', '其', '此人', '他們', '他们', '她們', '她们', '對方', '对方', '後者', '后者']);
/** Of those, the ones that only ever mean people: 他 never points back at 公司 or 證監會, 其 and 對方 may. */
const PERSON_PRONOUNS = new Set(['他', '她', '此人', '他們', '他们', '她們', '她们']);
/**
 * Endings that make a named speaker an organisation, not a person (公司, 集團, 證監會, 統計局, 新華社,
 * 官方, 該行). A role ending a name (公司董事長, 銀行人士) keeps it a person.
 */
const ORGANISATION_ENDING = new RegExp(
  '(?:公司|集團|集团|銀行|银行|機構|机构|政府|部門|部门|委員會|委员会|協會|协会|中心|方面|官方|平台|平臺|媒體|媒体|' +
    '交易所|研究所|科技|數科|数科|[部局署委廳厅院處处辦办會会社報报網网行])$',
);

/** Whether a named speaker is an organisation by its ending, so a personal pronoun cannot mean it. */
export function isOrganisationName(name: string): boolean {
  return ORGANISATION_ENDING.test(name);
}

/** Counts words the way a reader does: each Han character and each Latin or digit run is one. */
export function measureLength(inner: string): number {
  const han = inner.match(/\p{Script=Han}/gu)?.length ?? 0;
  const runs = inner.match(/[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]+/g)?.length ?? 0;
  return han + runs;
}

/** Whether quoted words read as a clause: sentence punctuation (not inside numbers like 1,000), more than twelve words, or six or more with a clause word. */
export function isSentenceLike(inner: string): boolean {
  const length = measureLength(inner);
  return SENTENCE_PUNCTUATION.test(inner.replace(/\d[,.:：]\d/g, '')) || length > 12 || (length >= 6 && CLAUSE_WORDS.test(inner));
}

/** Whether the lead-in ends with a speech verb that hands over to the quote (表示：“, 称，“). */
export function endsWithSpeechVerb(leadIn: string): boolean {
  return DIRECT_VERB.test(leadIn);
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
export function isPartialQuoteOfSpeech(leadIn: string, inner: string, after: string): boolean {
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
  '暱稱|昵称|理念|板塊|板块|賽道|赛道|指數|指数|基金|頻道|频道|欄目|栏目|專欄|专栏|詞|词|字眼|二字|三字|四字|一詞|一词';
const NAME_IN_APPOSITION = new RegExp(`(?:${CATEGORY_NOUN})\\s*$`);
const NAMES_A_CATEGORY = new RegExp(`^\\s*(?:${CATEGORY_NOUN}|[（(]|等)`);
/** Endings of the names of bodies, laws and plans (「太平洋島國論壇」, 「卡納克社會主義民族解放陣線」). */
const NAME_ENDING = /(?:論壇|论坛|陣線|阵线|組織|组织|聯盟|联盟|協會|协会|公司|集團|集团|銀行|银行|委員會|委员会|[黨党]|條例|条例|計劃|计划|計畫|计画|倡議|倡议|工程|行動|行动)$/;

/**
 * Words right before a quote that make it a description, not a name: a measure or demonstrative
 * (這個「複雜」議題, 一項「…」), a degree adverb (很「…」, 非常「…」), or the speaker's 形容 with its object
 * (形容局勢「複雜」).
 */
const DESCRIBES_BEFORE = /(?:這個|这个|這項|这项|一項|一项|這種|这种|一種|一种|此一|很|非常|十分|相當|相当|極為|极为|過於|过于|形容(?:為|为|成)?[^，,。：:]{0,8})\s*$/;

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

/** Decides speech or term; the order matters: clause shape beats naming words, which beat speech cues. */
export function classifyQuote(context: QuoteContext): QuoteKind {
  const { inner, leadIn, after } = context;
  if (TITLE_BEFORE.test(leadIn)) return 'term';
  // A stop inside the marks of a few words the sentence runs into is the writer's slip, not a sentence quoted.
  const embeddedStop = SHORT_WITH_CLOSING_STOP.test(inner) && /\p{Script=Han}$/u.test(leadIn) && !endsWithSpeechVerb(leadIn);
  if (context.spansParagraphs || (isSentenceLike(inner) && !embeddedStop)) return 'speech';
  if (endsWithNamingWord(leadIn)) return 'term';
  // A run of sayings goes on as it began: 網友留言「加油」「好期待」.
  if (context.followsSpeech === true && measureLength(inner) >= 2) return 'speech';
  if (context.attributedBefore && isWordingInReportedSpeech(leadIn, inner, after)) return 'speech';
  if (context.attributedAfter) return 'speech';
  // A short quote the sentence runs straight on from is used as a noun: “花唄”是….
  if (after.length > 0 && !/^[\s\p{P}]/u.test(after)) return 'term';
  if (endsWithSpeechVerb(leadIn)) return 'speech';
  if (context.attributedBefore && isPartialQuoteOfSpeech(leadIn, inner, after)) return 'speech';
  if (INTRODUCING_PUNCTUATION.test(leadIn) && context.attributedBefore) return 'speech';
  if (context.opensParagraph && CLOSING_ONLY.test(after)) return 'speech';
  return 'term';
}

/** Someone described as another's: 他的老板, 她父親, 其家人. */
const POSSESSED =
  /^(?:他|她|其)(?:的\p{Script=Han}{1,6}|父親|父亲|母親|母亲|家人|妻子|丈夫|太太|兒子|儿子|女兒|女儿|老闆|老板|同事|朋友|助理|上司|下屬|下属|團隊|团队)$/u;

/** A publication speaking, its name in title marks: 《環球時報》 is 環球時報. */
const PUBLICATION = /^《([^《》]{1,20})》$/;

/**
 * Whom the speaker tells, between name and verb (李嘉誠向員工說, 郭台銘向蔡英文喊話, 陳立對員工表示): the
 * speaker is the name before it. Not when 向 is part of a word (面向, 傾向) or of the name after a
 * title (副主任向東), nor when 向 ends a surname alone (王向東).
 */
const ADDRESSEE = /^(\p{Script=Han}{2,}?)(?<![面走方導导傾倾偏轉转趨趋志針针相絕绝應应])[向對对](?![此於于])[^向對对]{1,10}$/u;

/** A body's document speaking for it (經濟部新聞稿, 中金公司研報): the body is the speaker. */
const BODY_DOCUMENT = /^(.{2,}?)(?:新聞稿|新闻稿|研報|研报|研究報告|研究报告|報告|报告|聲明|声明|公告)$/u;

function withoutDocument(phrase: string): string {
  const body = BODY_DOCUMENT.exec(phrase)?.[1];
  return body !== undefined && isNameShaped(body) && !isUnnamedSource(body) ? body : phrase;
}

function withoutAddressee(phrase: string): string {
  const match = ADDRESSEE.exec(phrase);
  const speaker = match?.[1];
  if (speaker === undefined || splitSpeakerRole(phrase).role !== null) return phrase;
  return speaker;
}

/** Trims a clause down to the speaker's noun phrase, or null when what is left names no one. */
export function trimSpeakerPhrase(raw: string): string | null {
  let phrase = raw.trim();
  for (let previous = ''; previous !== phrase; ) {
    previous = phrase;
    phrase = withoutAddressee(phrase.replace(LEADING_NOISE, '').replace(TRAILING_NOISE, '').trim());
  }
  phrase = withoutDocument(phrase.replace(PUBLICATION, '$1'));
  // Someone known only as another's (他的老板, 她的同事) speaks, but is no one the reader can be shown.
  if (POSSESSED.test(phrase)) return phrase;
  // Measured in words, so a name given in English as well (鮑威爾（Jerome Powell）) still fits.
  const words = measureLength(phrase);
  const plausible = words > 0 && words <= 24 && !NOT_A_SPEAKER.test(phrase) && !OPENS_WITH_MODAL.test(phrase);
  return plausible ? phrase : null;
}

/** Whether a person, not an organisation, can be meant by a personal pronoun or a title. */
const isPerson = (name: string): boolean => !isOrganisationName(name);

/** An editorial or commentary as the subject (社論, 該社評): its words are its paper's. */
const EDITORIAL = /^(?:該|该|這篇|这篇|此)?(?:社論|社论|社評|社评)$/;

/** 前者 and 後者: the earlier and the later of the last two people named. */
const FORMER_OR_LATTER = /^([前後后])者$/;

/** The last two different people named, earlier first. */
function lastTwoPeople(people: readonly NamedSpeaker[]): NamedSpeaker[] {
  const latest = people.at(-1);
  const earlier = people.findLast((person) => person.speaker !== latest?.speaker);
  return latest === undefined || earlier === undefined ? [] : [earlier, latest];
}

/** Someone the text leaves unnamed and undescribed (有人說, 大家認為): a speaker, but no one to show. */
const SOMEONE = /^(?:有人|有些人|有的人|很多人|不少人|許多人|许多人|大家|人們|人们)$/;

/** Words that stand for someone without naming them, and must point back at a person named before. */
const UNNAMED_WITHOUT_ANTECEDENT = /^(?:[他她其]|此人|對方|对方|後者|后者|前者)$/;

/**
 * Resolves a speaker phrase to a person: 他/她 to the latest person named, 該人士 to the latest 人士,
 * 李女士 to the one 李 named, a bare title (董事長) to the person who holds it; a name to itself with
 * the role the text gives around it (or gave the first time). Null when a reference has no antecedent.
 */
export function resolvePerson(phrase: string, people: readonly NamedSpeaker[]): NamedSpeaker | null {
  if (PERSON_PRONOUNS.has(phrase)) return people.findLast((person) => isPerson(person.speaker)) ?? null;
  // 答： in an interview: the person last introduced or quoted who is not the one asking.
  if (phrase === INTERVIEWEE) return people.findLast((person) => isPerson(person.speaker) && !INTERVIEWER.test(person.speaker) && !INTERVIEWER.test(person.role ?? '')) ?? null;
  const pair = FORMER_OR_LATTER.exec(phrase);
  if (pair !== null) return lastTwoPeople(people)[pair[1] === '前' ? 0 : 1] ?? null;
  if (PRONOUNS.has(phrase)) return people.at(-1) ?? null;
  if (UNNAMED_WITHOUT_ANTECEDENT.test(phrase) || SOMEONE.test(phrase) || POSSESSED.test(phrase)) return null;
  // An editorial speaks for the paper that ran it: 社論指出 after 環球時報發表社論.
  if (EDITORIAL.test(phrase)) return people.findLast((person) => isOrganisationName(person.speaker)) ?? { speaker: phrase, role: null };
  if (isLaterMention(phrase)) {
    const resolved = resolveDescription(phrase, people, isPerson);
    if (resolved !== null) return resolved;
    // With no one before to point back at, 該人士, 李女士 or 分析師 is how the text names them; 上述 and
    // 前述 only point, so 上述知情人士 is the 知情人士 it describes.
    const pointed = /^(?:上述|前述)(\p{Script=Han}{3,})$/u.exec(phrase)?.[1];
    return { speaker: pointed !== undefined && isUnnamedSource(pointed) ? pointed : phrase, role: null };
  }
  const named = splitSpeakerRole(phrase);
  const fuller = named.role === null ? personBySurname(named.speaker, people) : null;
  if (fuller !== null) return fuller;
  if (!isPlausibleSpeaker(named.speaker)) return null;
  const known = people.findLast((person) => person.speaker === named.speaker);
  return known === undefined ? named : { speaker: named.speaker, role: named.role ?? known.role };
}

/** Resolves a reference against names only (no roles known): the name of `resolvePerson`. */
export function resolveSpeaker(phrase: string, named: readonly string[]): string | null {
  return resolvePerson(phrase, named.map(splitSpeakerRole))?.speaker ?? null;
}

/** An attribution clause (X表示, X稱) found anywhere in a paragraph, outside quotes. */
export interface Attribution { verbStart: number; verbEnd: number; phrase: string }

/**
 * Appearances that bring in someone who speaks later, as 他/她 (出席記者會, 接受本報專訪, 則持不同看法):
 * not speech themselves.
 */
const INTRODUCING =
  /出席(?!率)|接受[^，,。]{0,10}?(?:採訪|采访|專訪|专访|訪問|访问)|受訪|受访|持[^，,。持]{0,4}?(?:看法|意見|意见|觀點|观点|態度|态度|立場|立场)/g;

/** Asking someone for comment (本報向港交所查詢, 记者向比亚迪求证): the one asked is whom a later 對方 points back at. */
const ASKED = /向([^，,。向]{1,12}?)(?:查詢|查询|求證|求证|詢問|询问|查證|查证|核實|核实|置評|置评)|(?:致電|致电|致函)([^，,。]{2,12}?)(?=[，,。]|$)/g;

/** A pseudonym's gloss after a name: （化名）. */
const PSEUDONYM = /[（(](?:化名|假名)[）)]/g;

/**
 * People a paragraph brings in without quoting them (X昨日出席記者會。, 本報向證監會查詢，), so a later
 * 他/她 or 對方 can point back at them.
 */
export function findIntroducedPeople(text: string, masked: string): Attribution[] {
  const appearing = allMatches(INTRODUCING, masked).map((match) => ({
    match,
    phrase: trimSpeakerPhrase(text.slice(startAfterLast(masked, PHRASE_BREAK, match.index), match.index)),
  }));
  const asked = allMatches(ASKED, masked).map((match) => ({
    match,
    phrase: trimSpeakerPhrase(match[1] ?? match[2] ?? ''),
  }));
  // Someone named by a pseudonym (李然（化名）) is introduced, though no verb says so.
  const pseudonymous = allMatches(PSEUDONYM, masked).map((match) => ({ match, phrase: nameBeforePseudonym(text.slice(Math.max(0, match.index - 3), match.index)) }));
  return [...appearing, ...asked, ...pseudonymous]
    .flatMap(({ match, phrase }) => (phrase === null ? [] : [{ verbStart: match.index, verbEnd: match.index + match[0].length, phrase }]))
    .sort((a, b) => a.verbStart - b.verbStart);
}

/**
 * How far around a quote its sentence is read. No sentence of real copy runs this long without a
 * 。 or ；, and bounding the reach keeps reading a paragraph linear in its length however many
 * quotes it holds (10,000 “說” in one line took 14.7 s with an unbounded reach).
 */
const REACH = 400;

/**
 * Every match of a global pattern, in order. `String#matchAll` copies the pattern on each call, and
 * copying the speech-verb pattern (hundreds of guarded alternatives) costs more than matching it.
 */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    if (match[0] === '') pattern.lastIndex += 1;
  }
  return found;
}

/** Index just after the last match of `pattern` before `end` (looking back at most `REACH`), or where the look stopped. */
function startAfterLast(text: string, pattern: RegExp, end: number): number {
  const floor = Math.max(0, end - REACH);
  for (let index = end - 1; index >= floor; index -= 1) if (pattern.test(text.charAt(index))) return index + 1;
  return floor;
}

/**
 * Where the noun phrase before a speech verb can begin: after the last clause break, except a closing
 * quote mark of a title inside a setting (X在題為「…」的社論中指出), which the setting trims away.
 */
function speakerPhraseStart(masked: string, end: number): number {
  const floor = Math.max(0, end - REACH);
  for (let index = end - 1; index >= floor; index -= 1) {
    const char = masked.charAt(index);
    const titleInSetting = /[”」』]/.test(char) && /^的[^，,。]{0,8}[中上裡里內内]$/.test(masked.slice(index + 1, end));
    if (titleInSetting) {
      // Step over the title's masked words and its opening mark: they belong to the setting.
      while (index > floor && masked.charAt(index - 1) === '□') index -= 1;
      index -= 1;
      continue;
    }
    if (PHRASE_BREAK.test(char)) return index + 1;
  }
  return floor;
}

/** Where the sentence holding `offset` begins; a quote whose words end in 。！？ also ends a sentence. */
export function findSentenceStart(masked: string, spans: readonly QuoteSpan[], offset: number): number {
  let closedByQuote = 0;
  for (let index = spans.length - 1; index >= 0; index -= 1) {
    const span = spans[index];
    if (span === undefined || span.end < offset - REACH) break;
    if (span.end <= offset && /[。！？!?]$/.test(span.inner)) {
      closedByQuote = span.end;
      break;
    }
  }
  return Math.max(startAfterLast(masked, SENTENCE_END, offset), closedByQuote);
}

/**
 * An interview's speaker label opening a paragraph: `王麗：…`, `記者：…`. One character (圖：, 注：)
 * labels no person, and a label ending in a verb (記者問：) is a clause found with the others.
 */
const SPEAKER_LABEL = /^\s*([^\s，,。！？!?；;：:“”「」『』‘’□—]{2,10})[：:]/;

/** Whether a paragraph-opening label is shaped like who speaks, not like a clause (標題寫著, 公告顯示). */
function isSpeakerLabel(phrase: string): boolean {
  return INTERVIEWER.test(phrase) || isLaterMention(phrase) || isNameShaped(phrase) || splitSpeakerRole(phrase).role !== null;
}

/** An interview's answer label opening a paragraph (`答：`, `A：`): what follows is the interviewee's. */
const ANSWER_LABEL = /^\s*(?:答|[AＡ])\s*[：:]/;

/** The phrase an answer label stands for until resolved to the person interviewed. */
export const INTERVIEWEE = '答';

/** Who asks in an interview (記者, 主持人, 本報): never the one who answers. */
const INTERVIEWER = /記者|记者|主持人|本報|本报|本刊|編者|编者|[問问QＱ]$/;

/**
 * A viewpoint framed around the speaker, handing over at its punctuation: 在李然看來，「…」,
 * 用他的話說，“…”, 李然的解釋是：“…”.
 */
const VIEWPOINT_FRAME =
  /在([^，,。：:在□]{1,15}?)(?:看來|看来|眼中|眼裡|眼里)[，,：:]|用([^，,。：:□]{1,15}?)的(?:話|话)(?:來說|来说|說|说)[，,：:]|(?<=^|[，,。；;！？!?])([^，,。：:□]{1,15}?)(?:對此)?的(?:解釋|解释|看法|說法|说法|回應|回应|回答|評價|评价|第一反應|第一反应)是[：:]/g;

/** Finds every `speaker + speech verb` clause in a (masked) paragraph, and a speaker label opening it, in text order. */
export function findAttributions(text: string, masked: string): Attribution[] {
  const verbs = allMatches(SPEECH_VERB, masked).flatMap((match) => {
    const verbStart = match.index;
    const phrase = trimSpeakerPhrase(text.slice(speakerPhraseStart(masked, verbStart), verbStart));
    return phrase === null ? [] : [{ verbStart, verbEnd: verbStart + match[0].length, phrase }];
  });
  const framed = allMatches(VIEWPOINT_FRAME, masked).flatMap((match) => {
    const who = match[1] ?? match[2] ?? match[3] ?? '';
    const phrase = trimSpeakerPhrase(who);
    const verbStart = match.index + match[0].length - 1;
    return phrase === null ? [] : [{ verbStart, verbEnd: verbStart + 1, phrase }];
  });
  const clauses = [...verbs, ...framed].sort((a, b) => a.verbStart - b.verbStart);
  const answer = ANSWER_LABEL.exec(masked);
  if (answer !== null) return [{ verbStart: answer[0].length - 1, verbEnd: answer[0].length, phrase: INTERVIEWEE }, ...clauses.filter((clause) => clause.verbStart >= answer[0].length)];
  const label = SPEAKER_LABEL.exec(masked);
  // A label that holds a speech verb of its own (黃仁勳語帶威脅：) is a clause, found with the others.
  const labelHasVerb = label !== null && clauses.some((clause) => clause.verbStart < label[0].length);
  const labelPhrase = label?.[1] === undefined || labelHasVerb || TRAILING_VERB.test(label[1]) ? null : trimSpeakerPhrase(label[1]);
  // A label names someone (王麗：, 記者：, 市民陳先生：); 標題寫著： or 公告顯示： is a clause that names no one.
  if (labelPhrase !== null && !isSpeakerLabel(labelPhrase)) return clauses;
  if (label === null || labelPhrase === null) return clauses;
  const colon = label[0].length - 1;
  return [{ verbStart: colon, verbEnd: colon + 1, phrase: labelPhrase }, ...clauses];
}

/**
 * The speaker named in a clause right after a quote, or null: `，X直言。`, `——X說。`, and the
 * clause that interrupts a quote (“…，”X說，“…”).
 */
export function findAttributionAfter(text: string, masked: string, span: QuoteSpan): string | null {
  const after = masked.slice(span.end, span.end + REACH);
  // 「…」。周茂華說。: a sentence of only the speaker and the verb still names the quote's speaker.
  const alone = /^\s*[。.]\s*([^，,。！？!?；;：:\n—“「『]{1,20}?)[。！？!?]/.exec(after);
  const aloneVerb = alone?.[1] === undefined ? null : TRAILING_VERB.exec(alone[1]);
  if (alone?.[1] !== undefined && aloneVerb !== null && aloneVerb.index > 0) {
    const from = span.end + alone[0].indexOf(alone[1]);
    return trimSpeakerPhrase(text.slice(from, from + aloneVerb.index));
  }
  const lead = /^\s*(?:[，,]|[—–－]+)\s*/.exec(after)?.[0].length ?? 0;
  // Without a comma or dash the words run on from the quote, unless the quote closed its own
  // sentence or breaks off at a comma of its own for the attribution, or the sentence is only a
  // name and its verb after the quote (「AI需求強勁」魏哲家說。).
  if (lead === 0 && !/[。！？!?…，,]$/.test(span.inner)) {
    const tail = /^([^，,。！？!?；;：:\n—“「『□]{2,16}?)[。！？!?]/.exec(after)?.[1];
    const tailVerb = tail === undefined ? null : TRAILING_VERB.exec(tail);
    if (tail === undefined || tailVerb === null || tailVerb.index === 0) return null;
    const named = trimSpeakerPhrase(text.slice(span.end, span.end + tailVerb.index));
    return named !== null && (isNameShaped(named) || splitSpeakerRole(named).role !== null) ? named : null;
  }
  const clause = after.slice(lead).split(/[，,。！？!?；;：:\n—“「『]/)[0] ?? '';
  // A clause ending in a colon hands over to the next quote (「…。」黃美玲則回應：「…」).
  if (/^\s*[：:]/.test(after.slice(lead + clause.length))) return null;
  const verb = TRAILING_VERB.exec(clause);
  if (verb === null) return null;
  const from = span.end + lead;
  return trimSpeakerPhrase(text.slice(from, from + verb.index));
}

/**
 * Whether a quote is closed off by its lead-in: handed over by a verb (X說：「…。」) and ending its own
 * sentence, so a clause after it opens the next sentence (「…。」Y其後補充，…) and names no one for it.
 */
function isClosedHandover(leadIn: string, inner: string): boolean {
  return endsWithSpeechVerb(leadIn) && /[。！？!?]$/.test(inner);
}

/** After a quote: a clause that ends its sentence (，X說。, ——X說). */
const ATTRIBUTION_ENDS_SENTENCE = /^\s*(?:[，,]|[—–－]+)?\s*[^，,。！？!?；;：:\n—“「『]*(?:[。！？!?；;]|$)/;

/** Stands in for a missing entry, which cannot occur: scanParagraphQuoteMarks gives one per paragraph. */
const NO_MARKS: ParagraphMarks = { spans: [], unbalanced: [], continuesPrevious: false };

/** A quote continued over paragraphs, as the next paragraph needs it: the piece to link to and who is speaking. */
interface OpenQuote { pieceId: string; person: NamedSpeaker | null }

/** What one paragraph's reading hands on: its quotes, its last speaker, and a quote it leaves open. */
interface ParagraphReading { quotes: Quote[]; lastSpeaker: NamedSpeaker | null; open: OpenQuote | null }

/** What the paragraph before hands on: its last speaker, and a quote it left open for this one to continue. */
interface CarriedOver { previous: NamedSpeaker | null; continued: OpenQuote | null }

/**
 * How an attribution was reached, for an editor reviewing the least certain ones: `named` in the
 * quote's sentence; through a `reference` (他, 該人士, 李女士, 董事長); `carried` over from a sentence
 * or paragraph before; speech told from a term by `length` alone, with no one said to speak.
 */
export type AttributionBasis = 'named' | 'reference' | 'carried' | 'length';

/** Where `extractQuotes` notes how it attributed each speech (by quote id), when asked to. */
export type AttributionNotes = Map<string, AttributionBasis>;

/** Whether a phrase points back at someone rather than naming them. */
function isReference(phrase: string): boolean {
  return PRONOUNS.has(phrase) || phrase === INTERVIEWEE || FORMER_OR_LATTER.test(phrase) || isLaterMention(phrase);
}

/** Reads one paragraph's quotes, updating the article-wide list of people named so far. */
function readParagraph(paragraph: LocatedParagraph, marks: ParagraphMarks, people: NamedSpeaker[], { previous, continued }: CarriedOver, notes?: AttributionNotes): ParagraphReading {
  const { text, sectionId, paragraphId } = paragraph;
  const spans = marks.spans.filter((span) => span.depth === 0);
  const masked = maskQuotes(text, spans);
  const pending = [
    ...findAttributions(text, masked).map((found) => ({ ...found, speaks: true })),
    ...findIntroducedPeople(text, masked).map((found) => ({ ...found, speaks: false })),
  ].sort((a, b) => a.verbStart - b.verbStart);
  // Every attribution counts for telling speech from terms, even a 他 with no one to point back at.
  const said: { at: number; person: NamedSpeaker | null; basis: AttributionBasis }[] = [];
  const introduce = (phrase: string): NamedSpeaker | null => {
    const person = resolvePerson(phrase, people);
    // 前者 and 後者 point into the last two people named: naming one of them again would reorder the pair.
    if (person !== null && !FORMER_OR_LATTER.test(phrase)) people.push(person);
    return person;
  };
  const remember = (at: number, phrase: string): NamedSpeaker | null => {
    const person = introduce(phrase);
    // A reference that found someone named before; one that found no one stands as written.
    const resolvedElsewhere = person !== null && isReference(phrase) && person.speaker !== phrase;
    said.push({ at, person, basis: resolvedElsewhere ? 'reference' : 'named' });
    return person;
  };
  // Someone brought in by this paragraph (李然（化名）在一家公司工作。) may be who speaks next: the
  // speaker of the paragraph before is then a guess, and is not carried over.
  let introducedHere = false;
  const takePendingBefore = (offset: number): void => {
    for (let next = pending[0]; next !== undefined && next.verbStart < offset; next = pending[0]) {
      pending.shift();
      if (next.speaks) remember(next.verbStart, next.phrase);
      else {
        const person = introduce(next.phrase);
        if (person !== null && person.speaker !== previous?.speaker) introducedHere = true;
      }
    }
  };
  const quotes: Quote[] = [];
  spans.forEach((span, index) => {
    const previousQuote = quotes.at(-1);
    takePendingBefore(span.start);
    const continues = index === 0 && marks.continuesPrevious ? continued : null;
    const sentenceStart = findSentenceStart(masked, spans, span.start);
    const leadIn = masked.slice(sentenceStart, span.start);
    const before = said.findLast((entry) => entry.at >= sentenceStart);
    // With a speaker already in the sentence, a clause after the quote names its speaker only when it
    // ends the sentence (「…」，X說。); one that runs on (「…」，許多網友認為，…) introduces what follows.
    const yieldsToBefore = before !== undefined && (isClosedHandover(leadIn, span.inner) || !ATTRIBUTION_ENDS_SENTENCE.test(masked.slice(span.end)));
    const afterPhrase = yieldsToBefore ? null : findAttributionAfter(text, masked, span);
    const startsSentence = OPENING_DASHES.test(leadIn);
    const kind = classifyQuote({
      inner: span.inner,
      leadIn,
      after: masked.slice(span.end, span.end + REACH),
      opensParagraph: sentenceStart === 0 && startsSentence,
      attributedBefore: before !== undefined,
      attributedAfter: afterPhrase !== null,
      spansParagraphs: continues !== null || span.close === '',
      followsSpeech: previousQuote?.kind === 'speech' && previousQuote.end >= sentenceStart && /^\s*[、，,]?\s*$/.test(masked.slice(previousQuote.end, span.start)),
    });
    let person: NamedSpeaker | null = null;
    const id = `${paragraphId}-q${index + 1}`;
    if (kind === 'speech') {
      // Nearest attribution wins; a quote opening a sentence continues whoever spoke last, and a
      // continued piece whoever spoke in the piece before.
      // In a paragraph that names no one, a quote opening any sentence goes on with the speaker of the paragraph before.
      const lastSpoken = startsSentence ? (said.at(-1)?.person ?? (said.length === 0 && !introducedHere ? previous : null)) : null;
      const carried = continues !== null ? continues.person : lastSpoken;
      person = afterPhrase !== null ? remember(span.start, afterPhrase) : before !== undefined ? before.person : carried;
      const basis: AttributionBasis = afterPhrase !== null ? (said.at(-1)?.basis ?? 'named') : before !== undefined ? before.basis : 'carried';
      if (afterPhrase === null && person !== null) said.push({ at: span.start, person, basis });
      const cued = before !== undefined || afterPhrase !== null || endsWithSpeechVerb(leadIn) || continues !== null || span.close === '';
      if (!cued && person === null) notes?.set(id, 'length');
      else if (person !== null && basis !== 'named') notes?.set(id, basis);
    }
    quotes.push({
      id,
      kind,
      text: span.inner,
      speaker: person?.speaker ?? null,
      role: person?.role ?? null,
      sectionId,
      paragraphId,
      start: span.start,
      end: span.end,
      continues: continues?.pieceId ?? null,
      checked: false,
    });
  });
  takePendingBefore(text.length);
  const last = quotes.at(-1);
  const open = last !== undefined && spans.at(-1)?.close === '' ? { pieceId: last.id, person: last.speaker === null ? null : { speaker: last.speaker, role: last.role } } : null;
  return { quotes, lastSpeaker: said.at(-1)?.person ?? null, open };
}

/**
 * Gives every piece of a quote continued over paragraphs the speaker of its last piece: that piece
 * inherits the speaker named before the first one, unless the text names one after the quote closes.
 */
function shareSpeakersAlongContinuedQuotes(quotes: readonly Quote[]): Quote[] {
  const speakerOfContinuation = new Map<string, Pick<Quote, 'speaker' | 'role'>>();
  const shared = [...quotes].reverse().map((quote) => {
    const inherited = speakerOfContinuation.get(quote.id);
    const person = inherited ?? { speaker: quote.speaker, role: quote.role };
    if (quote.continues !== null) speakerOfContinuation.set(quote.continues, person);
    return person.speaker === quote.speaker && person.role === quote.role ? quote : { ...quote, ...person };
  });
  return shared.reverse();
}

/**
 * Extracts quotes (speech vs term, with speakers and their roles) from the paragraphs of one
 * article, in document order; `notes`, when given, receives how each uncertain speech was attributed.
 */
export function extractQuotes(paragraphs: LocatedParagraph[], notes?: AttributionNotes): Quote[] {
  const marks = scanParagraphQuoteMarks(paragraphs.map((paragraph) => paragraph.text));
  const people: NamedSpeaker[] = [];
  // Only the paragraph right before may lend its speaker to a quote that opens the next one.
  let carried: CarriedOver = { previous: null, continued: null };
  const quotes: Quote[] = [];
  paragraphs.forEach((paragraph, index) => {
    const read = readParagraph(paragraph, marks[index] ?? NO_MARKS, people, carried, notes);
    quotes.push(...read.quotes);
    carried = { previous: read.lastSpeaker, continued: read.open };
  });
  return shareSpeakersAlongContinuedQuotes(quotes);
}
