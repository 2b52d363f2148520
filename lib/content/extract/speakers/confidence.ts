import type { LocatedParagraph, Quote } from '../../model';
import type { AttributionNotes } from '../quotes';
import { endsWithTimePostposition, findDescribedNameAtHead, findNameAtHead, NAME_DOT, findRoleAndNameAtHead, hasSpeakerShape, HONORIFICS, isBareTitle, isPersonalName, PSEUDONYM_GLOSS, splitSpeakerRole, SURNAMES, WORKS_THERE } from './name-shape';
import { ANONYMITY_ASKED, isUnnamedSource, STAFF_JOB } from './anonymous';
import { isKnownBody } from './known-bodies';
import { crowdOwningQuote, sayerClosingLostQuote } from './attributions';
import { BODY_PEOPLE_AFTER_BARE_ONE, LEADING_NOISE, NAMED_PLACES } from './clause';
import { familiarFormsGiven, familiarFormsOf, givenNameFollowsFullName, isGivenNameOf, isMistypedName, personalNamesAtClauseHeads } from './name-forms';
import { narratorAt } from './name-tag';
import { subheadSpeaker } from './subheads';
import { isReporterQuestion } from './reporter-questions';
import { ANY_SPEECH_VERB, VERB_SOURCE } from './speech-verbs';
import { readingCopy } from '../quote-marks';
import { OPENING_DASHES } from '../quote-kind';
import { blankTradeWords, CONTRASTED_SUBJECT, escapeRegExp, unquoteTradeWords } from './text-scan';

/**
 * The last word on a speaker before the archive shows it. The attribution rules find a speaker for
 * most speech; this gate asks what the text itself offers as evidence that the one found is the one
 * speaking, and takes the speaker away when the evidence is of a kind that misled on real copy read
 * by hand (precision first: a missing speaker costs a little recall, a wrong one makes the archive
 * say something its source never did). It never adds or changes a speaker, only withholds one.
 */

/**
 * Where the text mentions the speaker shown, nearest first: in the quote's own sentence (by name,
 * title, 他/她 or a description such as 該人士); earlier in its paragraph; in the paragraph before
 * (or a quote that paragraph gave the same speaker); further back; or the quote continues one over
 * paragraphs, which takes the speaker of its last piece; or it is an answer (答：) of a transcript that
 * names the one answering before its first question; or 我 speaks in a first-person account under a name
 * tag that names the speaker (小羊 | 18岁 网络编辑); or the quote is a subhead that a quote of the speaker's
 * below repeats (“希望孩子过得比我们好” over …“我们吃过苦，希望孩子过得比我们好。”).
 */
export type SpeakerEvidence = 'sentence' | 'paragraph' | 'previous-paragraph' | 'continued' | 'answer' | 'narrator' | 'subhead' | 'distant';

/**
 * Shapes of attribution that were wrong on real copy:
 * - `fragment`: the speaker is a piece of the clause, not a name (應; 黃仁勳仍然; 王董已; a connective
 *   such as 比如; a clause with its own speech verb or setting, 錯誤地聲稱英國的外國情報機構, 李家诚于股东; the tail of a title,
 *   長 of 董事長 glued to the name after it; a name cut short, 黃家 for 黃家和 everywhere);
 * - `role-glued`: a name with its title glued on (张军教授 where the text also says 张军, 习近平总书记),
 *   or a short form of a name the text writes in full elsewhere (史密斯 after 布拉德·史密斯, 葉劉 beside
 *   葉劉淑儀 twice): the person is right, but shown under a second name that would split their quotes in two;
 * - `pronoun-for-group`: the clause handing over says 他/她, and the speaker is a group the sentence
 *   counts as many (不少理事認為…，他也說「還沒」): one person speaks, and the group is not them;
 * - `addressee`: the one spoken to is glued to the speaker (陳茂波向市民);
 * - `introducer`: the words that introduce a saying taken for a person (…的一句話是這樣說的);
 * - `embedded-phrase`: a phrase quoted inside the narration, away from the speech verb, and the
 *   speaker not in its clause (…人士說，教委傳達的定義是「…」): the narration cites a document,
 *   a slogan or a third party, and the sentence's speaker is not shown to have said it;
 * - `nested-speech`: the speaker is named inside what someone else in the sentence is reported to
 *   say (屈女士回憶說，當時置業顧問介紹，…，「…我們最終還是選擇了這裡」, 佩斯科夫表示，俄羅斯對華盛頓方面的
 *   警告「不感興趣」, 有聽眾致電批評,自從…唐英年提出降酒稅後,…「…」): whose words the quote is, the
 *   teller's or the one they tell of, the sentence does not settle; or the speaker is the outlet that
 *   reports someone else's speech (路透社報道，普京…僅表示：「…」), or the speaker is named after a verb of
 *   claiming in the clause handing over (…錯誤地聲稱…軍情六處爆料「…」);
 * - `passive`: the speaker is the one something is done to in the clause handing over to the quote
 *   (吳琦剛覺得不錯，就被她爸爸催促離開：「…」: her father speaks);
 * - `pronoun-is-object`: the quote's sentence mentions the speaker only by 他/她, and that pronoun was
 *   the one the speaker spoke to just before (朋友問她：「…」…「有個小家真好。」她告訴自己。);
 * - `crossed-paragraph`: the only mention is in the paragraph before, and the quote's paragraph, up to
 *   the end of its sentence, names someone else by title and name («…」金橋西棠另一業主Seventy告訴記者), by
 *   name (Scarlet帶來了…。「…」) or brings in a saying of no one (投資圈有個觀點是：…); or 他 reaches past the
 *   person the quote's paragraph names to someone named before it; or the words, handed over by 他 or 她, name the speaker
 *   as someone else (他續指：「市場會相信Tim Parker…」);
 * - `reference-afar`: the rules reached the speaker through a reference (他, 其, 該人士, a title alone such as 總統) whose
 *   antecedent is written only outside the quote's sentence, earlier in the paragraph or in the one before: on all labelled
 *   real copy such a reach was right once in eight (spent copy 1 of 2, the held copy's summary 0 of 6), far below the precision
 *   the archive shows speakers at;
 * - `distant`: no mention in this paragraph or the one before (a role named pages earlier, 他 reaching
 *   across other people).
 */
/**
 * Whether the quoted words speak of an unnamed group shown as the speaker as their own (我啲員工, 我的客戶): then someone else
 * says them. Not 我 right before a name, which is the speaker naming themselves (我邱于芸).
 */
function ownsSpeaker(words: string, speaker: string): boolean {
  return speaker.length >= 2 && isUnnamedSource(speaker) && new RegExp(`(?:我|我們|我们|我哋)(?:的|啲|嘅)${escapeRegExp(speaker)}`, 'u').test(words);
}

/**
 * Whether the quoted words name the speaker in the third person (他續指，…：「市場會相信Tim Parker的track record」): a speaker reached
 * only through 他 or 她 is then someone else, since one who speaks of himself by name says 我 first (我邱于芸).
 */
function namesSpeakerAsAnother(words: string, speaker: string): boolean {
  if ([...speaker].length < 2) return false;
  for (let at = words.indexOf(speaker); at !== -1; at = words.indexOf(speaker, at + 1)) {
    if (!/(?:我|我們|我们|我哋|本人)$/u.test(words.slice(0, at))) return true;
  }
  return false;
}

/** Two characters naming a body by its seat (白宫, 白宮): a surname first, but no person's short name. */
const SEAT = /^\p{Script=Han}[宮宫府]$/u;

export type SpeakerRefusal = 'fragment' | 'unshaped-once' | 'role-glued' | 'pronoun-for-group' | 'addressee' | 'introducer' | 'embedded-phrase' | 'nested-speech' | 'passive' | 'pronoun-is-object' | 'crossed-paragraph' | 'reference-afar' | 'distant';

/** The last speech of a paragraph the gate kept a speaker for: who, and where its closing mark ends. */
interface KeptQuote {
  speaker: string;
  end: number;
}

/** What the gate found for one speech quote shown with a speaker. */
export interface SpeakerAssessment {
  quoteId: string;
  speaker: string;
  evidence: SpeakerEvidence;
  refusal: SpeakerRefusal | null;
  /**
   * The one the sentence opens on, given the quote instead: for a `nested-speech` refusal, the one it opens reporting, when they speak
   * elsewhere in the article; for an `unshaped-once` one, the person it opens with, whose subject its later clauses drop.
   */
  opener?: { speaker: string; role: string | null };
  /** The quote had no speaker and was given the one who speaks next in its paragraph (see `tieOpeningQuotesToNextSpeaker`): a guess to review. */
  tiedToNext?: true;
}

/** Where the gate notes its assessments (by quote id), for `check --review`. */
export type SpeakerAssessments = Map<string, SpeakerAssessment>;

/** Adverbs and particles that end a clause fragment, not a name (黃仁勳仍然, 王董已, 公司也). */
const CLAUSE_ENDING = /(?:仍然|仍|已經|已经|已|也|都|還|还|就|卻|却|則|则|並|并|亦|曾經|曾经)$/u;

/** A speaker with the one spoken to glued on (陳茂波向市民, 林鄭對記者): both sides at least two characters. */
const WITH_ADDRESSEE = /^[^向對对]{2,}(?:向|對|对)[^向對对]{2,}$/u;

/** The words that introduce a saying, not a sayer (的一句話, 這樣說的, 標語寫著, 口號是). */
const INTRODUCER = /一句話|一句话|這樣說|这样说|這麼說|这么说|話是|话是|寫著|写着|寫道|写道|標語|标语|口號|口号|說法|说法/u;

/** Words pointing back at someone already named: 他, 她, 該人士, 這位, 上述, 對方 (not 他們, 其他). */
const POINTING_BACK = /(?<![其利吉排])[他她](?![們们人])|該|该|這位|这位|這名|这名|上述|前述|此人|對方|对方|後者|后者|前者/u;

/** Posts a named holder fills (部長, 總統, 董事長): a speaker ending in one is a post, not yet a person. */
const POST_END = /(?:董事長|董事长|總經理|总经理|總裁|总裁|主席|行長|行长|局長|局长|部長|部长|署長|署长|司長|司长|總統|总统|首相|總理|总理|國務卿|国务卿|外長|外长|財長|财长|大使|市長|市长|州長|州长|省長|省长|院長|院长|校長|校长|執行長|执行长|首席執行官|首席执行官)$/u;

/** Titles a role ends with, by which a later sentence names the same person (董事長表示). */
const TITLE_AT_END = /(?:董事長|董事长|總經理|总经理|總裁|总裁|主席|行長|行长|局長|局长|部長|部长|署長|署长|司長|司长|發言人|发言人|負責人|负责人|創辦人|创办人|創始人|创始人|執行長|执行长|首席執行官|首席执行官|CEO|經理|经理|總監|总监|會長|会长|校長|校长|院長|院长|教授|律師|律师|分析師|分析师|經濟學家|经济学家)$/u;

/**
 * Words in a quote's own clause that make the quote a citation of something other than the
 * speaker's speech: a definition handed down, a rule, a document, a slogan, a name given, words
 * quoted from a third party (教委傳達的定義是「…」, 文件規定「…」, 被稱為「…」, 法人引用大客戶言論「…」).
 */
const CITATION = /流傳|流传|網傳|网传|傳出|传出|案例包括|例子包括|傳達|传达|定義|定义|規定|规定|條文|条文|文件|通知|公告|報告|报告|口號|口号|標語|标语|寫著|写着|稱為|称为|稱之為|称之为|被稱|被称|所謂|所谓|名為|名为|題為|题为|簡稱|简称|俗稱|俗称|外號|外号|綽號|绰号|引用|引述|言論|言论|(?:公布|公佈|發布|发布)的$/u;

/**
 * Someone reporting speech before a clause break (屈女士回憶說，, 有聽眾致電批評,), not a source framed by
 * 據 (據新華社報道，). The verbs are the plain ones of telling or objecting, so the clause after them is
 * what was told.
 */
const REPORTING_VERB = '說|说|表示|指出|(?<![手食所意])指|回憶|回忆|透露|坦言|直言|告訴|告诉|強調|强调|介紹|介绍|批評|批评|質疑|质疑|提及|提到|談及|谈及|談到|谈到|補充|补充|坦承|解釋|解释|認為|认为';
const REPORTING_CLAUSE = new RegExp(`(?:^|[，,。；;：:])(?![據据]|根[據据]|援引)[^，,。；;：:]*?(?:${REPORTING_VERB})[：:，,]`, 'u');

/** The other party handing over to the quote in its last clause (…，对方说“包下”). */
const OTHER_PARTY_SPEAKS = /(?:^|[，,；;：:])\s*(?:對方|对方)[^，,。；;：:]{0,6}$/u;

/** 等 and a count of kinds after a quote (「…」等八大文化共識, “…”等三項): the quote is one item of a list of names. */
const LISTED_WITH_OTHERS = /^\s*(?:[、，,]\s*[「“『][^」”』]*[」”』]\s*)*等(?:[一二兩两三四五六七八九十百千\d]+[大項项個个種种條条類类]|(?:假|不實|不实|虛假|虚假)(?:消息|訊息|讯息|資訊|资讯)|謠言|谣言|傳言|传言|流言)/u;

/** An answer set apart by its label in an interview or a briefing transcript (答：, A：). */
const ANSWER_OPENING = /^\s*(?:答|回答|A|Ａ)\s*[：:]/u;

/** A question set apart by its label (問：, 记者：, Q：). */
const QUESTION_OPENING = /^\s*(?:問|问|提問|提问|Q|Ｑ|記者|记者)\s*[：:]/u;

function answersQuestion(text: string): boolean {
  return ANSWER_OPENING.test(text);
}

/**
 * Whether the speaker is named before the transcript's first question (外交部發言人汪文斌主持例行記者會。/ 問：… /
 * 答：…): the one who answers every question is the one the transcript opens on, however far below.
 */
function namesBeforeFirstQuestion(paragraphs: readonly LocatedParagraph[], index: number, forms: readonly string[]): boolean {
  const firstQuestion = paragraphs.findIndex((paragraph) => QUESTION_OPENING.test(paragraph.text));
  if (firstQuestion <= 0 || firstQuestion > index) return false;
  return paragraphs.slice(0, firstQuestion).some((paragraph) => forms.some((form) => writes(paragraph.text, form)));
}

/** Punctuation that ends a sentence. */
const SENTENCE_END = /[。！？!?]/u;

/** Punctuation that opens a clause. */
const CLAUSE_BREAK = /[，,。！？!?；;：:\n]/u;

/** The written forms that mention a speaker: the name, its surname with an honorific, and the title the role ends with. */
function mentionsOf(quote: Quote): string[] {
  const speaker = quote.speaker ?? '';
  const title = quote.role === null ? null : TITLE_AT_END.exec(quote.role)?.[0] ?? null;
  // A name given in Western order and transliterated ends with its Chinese surname after the dot (本·曹, then 曹先生).
  const westernSurname = NAME_DOT.test(speaker) ? speaker.split(NAME_DOT).at(-1) ?? '' : '';
  const surname = /^\p{Script=Han}{2,4}$/u.test(speaker) ? speaker.charAt(0) : SURNAMES.includes(westernSurname) && [...westernSurname].length === 1 ? westernSurname : null;
  // A name in Latin letters is mentioned again by its last word (Gary Gensler → Gensler).
  const lastWord = /^[A-Za-z.'-]+(?:\s+[A-Za-z.'-]+)+$/.test(speaker) ? speaker.split(/\s+/).at(-1) ?? null : null;
  // A transliterated name is mentioned again by its last part (肯尼斯·麦肯齐 → 麦肯齐).
  const lastPart = NAME_DOT.test(speaker) ? speaker.split(NAME_DOT).at(-1) ?? null : null;
  // A Hong Kong double surname is how the text names her again (林鄭 for 林鄭月娥).
  const doubleSurname = new RegExp(`^[${SURNAMES}]{2}\\p{Script=Han}{2}$`, 'u').test(speaker) ? speaker.slice(0, 2) : null;
  return [speaker, ...(title === null ? [] : [title]), ...(doubleSurname === null ? [] : [doubleSurname]), ...(lastWord === null ? [] : [lastWord]), ...(lastPart === null || lastPart.length < 2 ? [] : [lastPart]), ...(surname === null ? [] : [...HONORIFICS, '總', '总', '董', '副總', '副总'].map((honorific) => `${surname}${honorific}`))].filter((form) => form.length > 0);
}

/**
 * Whether the quote's sentence has the speaker's surname alone heading a verb of saying (黃續指，「…」, 鄭謂：), as Hong Kong copy
 * mentions someone named in full before: the reading tied the surname to that one full name, so it mentions the speaker.
 */
function surnameHeadingSaying(speaker: string, sentenceBefore: string, articleText: string): boolean {
  if (!isPersonalName(speaker) || !/^\p{Script=Han}{2,3}$/u.test(speaker) || !SURNAMES.includes(speaker.charAt(0))) return false;
  // A surname with an honorific (梁小姐) stands for the surname alone only when the article names no one else by it with an honorific:
  // 劉 may be the 劉小姐 or the 劉女士 named beside her.
  const surname = speaker.charAt(0);
  const withHonorific = new RegExp(`${surname}(?:${HONORIFICS.join('|')})`, 'gu');
  if (HONORIFICS.some((honorific) => speaker.endsWith(honorific)) && new Set([...articleText.matchAll(withHonorific)].map((match) => match[0])).size > 1) return false;
  return surnameSaying(surname).test(sentenceBefore);
}

const surnameSayingPatterns = new Map<string, RegExp>();

/** A surname alone heading a verb of saying, perhaps after an adverb, a time or a change of tune (黃續指, 鄭謂, 管今日稱, 柯改口說); compiled once per surname. */
function surnameSaying(surname: string): RegExp {
  const known = surnameSayingPatterns.get(surname);
  if (known !== undefined) return known;
  const pattern = new RegExp(`(?:^|[，,：:；;」”』\\s])${surname}(?:[續续又亦也再更還还則则並并]|其後|其后|隨後|随后|昨日|今日|早前)?(?:改口|反口)?(?:${VERB_SOURCE})`, 'u');
  surnameSayingPatterns.set(surname, pattern);
  return pattern;
}

function mentions(text: string, forms: readonly string[]): boolean {
  return forms.some((form) => writes(text, form)) || POINTING_BACK.test(text);
}

/**
 * A count of one inside a descriptor (的一位, 一名, after a name in brackets too: 中央党校（国家行政学院）一位教授; a bare 一 before
 * 高层 or 人士: 新飞一高层), or 方面 after a body
 * (万科物业方面相关负责人), which the speaker as trimmed leaves out.
 */
const COUNT_IN_PHRASE = new RegExp(`(?<=\\p{Script=Han}|[）)])(?:(?:另)?(?:一位|一名|一家|一個|一个)|方面)(?=\\p{Script=Han})|(?<=\\p{Script=Han}{2})(?<![统統第唯])一(?=${BODY_PEOPLE_AFTER_BARE_ONE})`, 'gu');

/** Whether a text writes a form of the speaker; a Latin name only as a whole word (S is not in Scarlet). */
function writes(text: string, form: string): boolean {
  // The speaker as trimmed drops a count or 方面 inside the phrase (阿里巴巴一位员工 → 阿里巴巴员工), or the marks around a
  // word of their trade (一名“币圈”人士 → 币圈人士): the text still writes them.
  if (!/^[A-Za-z0-9][A-Za-z0-9 .'’-]*$/u.test(form)) return text.includes(form) || ([...form].length >= 4 && unquoteTradeWords(text).replace(COUNT_IN_PHRASE, '').includes(form));
  // A day in figures may follow a name with no space (David Webb5日表示): a figure ends a name of letters as a Han character would.
  const wordGoesOn = /[0-9]$/u.test(form) ? '[A-Za-z0-9]' : '[A-Za-z]';
  return new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(form)}(?!${wordGoesOn})`, 'u').test(text);
}

/**
 * Whether a text writes a form of the speaker as a mention of them: a title followed by another
 * person's name (會長佘慶雲 when the speaker is another 會長) mentions that other person.
 */
function writesAsSpeaker(text: string, form: string, speaker: string): boolean {
  if (form === speaker || form.length === 0) return writes(text, form);
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
    const named = findNameAtHead(text.slice(at + form.length));
    if (named === null || speaker.includes(named) || named.includes(speaker)) return true;
  }
  return false;
}

/** Start of the sentence holding `at` (just after the last sentence end before it). */
function sentenceStartBefore(text: string, at: number): number {
  for (let index = at - 1; index >= 0; index -= 1) if (SENTENCE_END.test(text.charAt(index))) return index + 1;
  return 0;
}

/** End of the sentence that the quote ending at `at` belongs to (after its end mark, or the paragraph's end). */
function sentenceEndAfter(text: string, at: number): number {
  // A word of a trade quoted inside the source's description (一名“币圈”人士) opens no new quote.
  const rest = blankTradeWords(text.slice(at));
  const end = rest.search(/[。！？!?“「『]/u);
  return end === -1 ? text.length : at + end + 1;
}

/** The first clause of the sentence starting at `at`, up to its first comma or end mark. */
function firstClauseAfter(text: string, at: number): string {
  const rest = text.slice(at);
  const end = rest.search(/[，,。！？!?；;：:「“『]/u);
  return end === -1 ? rest : rest.slice(0, end);
}

/**
 * Whether a stretch names, at the head of a clause, a person who is not the speaker (…。分析師李明指出，…, …。Scarlet帶來了…).
 * `byRoleOnly` counts only a name with its role before it (主席黃美慧), which a clause opening with a surname's character (原因在於) never is.
 */
function namesSomeoneElse(stretch: string, forms: readonly string[], byRoleOnly = false): boolean {
  return stretch.split(CLAUSE_BREAK).some((clause) => {
    const head = clause.trim();
    // By title and name, by full name, by a name in Latin letters (…，Scarlet帶來了…。「…」), or by a name after a description
    // (如今在国内下海从商的蔺松对贸易战…).
    const named = findRoleAndNameAtHead(head)?.speaker ?? (byRoleOnly ? null : findNameAtHead(head) ?? LATIN_NAME_AT_HEAD.exec(head)?.[1] ?? findDescribedNameAtHead(head));
    // A Latin name is itself only whole (S is not Scarlet); a Chinese one may be written with or without its role.
    return named !== null && !forms.some((form) => form.includes(named) || (/\p{Script=Han}/u.test(form) && named.includes(form)));
  });
}

/** A name in Latin letters opening a clause, its predicate in Chinese right after (Scarlet帶來了…). */
const LATIN_NAME_AT_HEAD = /^([A-Z][a-z]+(?:[ 　][A-Z][a-z]+)*)(?=\p{Script=Han})/u;

/** A saying the text gives no one (有人說, 有個觀點是, 一種說法): a quote after it in the paragraph is not the last speaker's. */
const UNNAMED_SAYING = /有人|有(?:個|个|一個|一个|種|种)?(?:觀點|观点|說法|说法|聲音|声音)|一種說法|一种说法/u;

/** Verbs by which a clause hands its subject's words to the quote after it (放話要「, 恐嚇台灣：「, 形容「). */
const HANDING_OVER = /說|说|講|讲|話|话|稱|称|表示|指|提出|提議|提议|建議|建议|評價|评价|認為|认为|強調|强调|言|透露|形容|批|喊|宣布|揚言|扬言|誓|呼|回應|回应|提到|談|谈|表明|重申|告訴|告诉|問|问|答|道|承認|承认|否認|否认|澄清|警告|提醒|嘆|叹|解釋|解释|補充|补充|總結|总结|恐嚇|恐吓|嗆|呛|介紹|介绍|回憶|回忆|寫|写/u;

/** A lead-in ending on a verb of saying (…發通告指，): the quote after it is brought in by that clause's subject. */
const INTRODUCED_BY_VERB = new RegExp(`(?:${HANDING_OVER.source})\\s*[，,：:]?\\s*$`, 'u');

/**
 * Whether the text after a quote names the speaker and then hands over to another quote of theirs within one sentence
 * (。」美國總統特朗普一度在Twitter發文表示「…」): the verb's object is that next quote.
 */
function handsOverToOwnQuote(after: string, forms: readonly string[]): boolean {
  const stretch = after.replace(/^[\s。！？!?]+/u, '');
  const nextQuote = stretch.search(/[「“『]/u);
  if (nextQuote <= 0) return false;
  const lead = stretch.slice(0, nextQuote);
  if (/[。！？!?，,；;]/u.test(lead.replace(/[：:，,]\s*$/u, ''))) return false;
  return forms.some((form) => [...form].length >= 2 && lead.includes(form)) && INTRODUCED_BY_VERB.test(lead);
}

/**
 * Whether the speaker's first mention in the lead-in comes after someone else's reporting clause,
 * and the quote is not handed over by a verb of the speaker's own right before it (屈女士回憶說，
 * 當時置業顧問介紹，很多郑大老师…都选择了该项目，「…我們最終還是選擇了這裡」). One that is
 * (林楚茵表示，當時…杜紫宸更是恐嚇台灣：「…」) names whose words they are.
 */
/**
 * The speaker named after a verb of announcing or saying in the clause right before the quote (…，宣布自2002年加入…的石恬華，
 * 「將卸任現有職務」): the one announced about, the verb's object; whoever announced speaks.
 */
function isAnnouncedAbout(leadIn: string, forms: readonly string[]): boolean {
  const lastClause = leadIn.replace(/[，,\s]+$/u, '').split(/[，,；;。]/u).at(-1)?.trim() ?? '';
  const unnamed = forms.reduce((clause, form) => clause.replaceAll(form, '□'), lastClause);
  const verbAt = unnamed.search(ANNOUNCING);
  return verbAt >= 0 && unnamed.indexOf('□') > verbAt && /[的]□$/u.test(unnamed);
}

/** Verbs of announcing or confirming that take what follows as their object. */
const ANNOUNCING = /宣布|宣佈|證實|证实|公布|公佈|通知|通報|通报/u;

function isNamedInsideReportedSpeech(leadIn: string, forms: readonly string[]): boolean {
  if (isAnnouncedAbout(leadIn, forms)) return true;
  const at = Math.min(...forms.map((form) => leadIn.indexOf(form)).filter((index) => index >= 0));
  // Or named last, after someone's report (甲看著乙，語帶不忍提及，乙最近…「…」): the one reported on, not the reporter.
  const lastAt = Math.max(...forms.map((form) => leadIn.lastIndexOf(form)));
  if (!Number.isFinite(at) || (!REPORTING_CLAUSE.test(leadIn.slice(0, at)) && !REPORTING_CLAUSE.test(leadIn.slice(0, lastAt)))) return false;
  // The speaker reporting first and named again inside their own words (小筠說，…爸爸的話語只留給小筠無盡思念，「…」): no one
  // else's report stands between, so the words are theirs.
  const firstBreak = leadIn.search(/[，,：:]/u);
  if (at < firstBreak && REPORTING_CLAUSE.test(leadIn.slice(0, firstBreak + 1)) && !REPORTING_CLAUSE.test(leadIn.slice(firstBreak + 1))) return false;
  // The speaker heading a clause of their own with a verb of saying, after a report given as the reason (由於工商團體先前表示，…，沈榮津回應，…):
  // they answer it, in their own voice.
  if (/^\s*(?:由於|由于|因為|因为|鑑於|鉴于|面對|面对)/u.test(leadIn) && forms.some((form) => headsOwnReport(leadIn, form))) return false;
  // The speaker set against the reporter of the sentence (…表示，“…”，而李明则“…”) speaks for themselves.
  if (CONTRASTED_SUBJECT.test(leadIn)) return false;
  // So does one heading a clause after a semicolon (…惟他提醒，…；方保僑認為，能否「炒得起」…): a report of their own, not inside the one before.
  if (forms.some((form) => /[；;]\s*$/u.test(leadIn.slice(0, Math.max(0, leadIn.lastIndexOf(form)))))) return false;
  const lastClause = leadIn.replace(/[，,\s]+$/u, '').split(/[，,；;]/u).at(-1)?.trim() ?? '';
  // The name itself may hold a character of saying (阿道, 王言): only the words around it hand over.
  const unnamed = forms.reduce((clause, form) => clause.replaceAll(form, '□'), lastClause);
  return lastClause !== '' && !/[：:]$/u.test(lastClause) && !handsOver(unnamed);
}

/** Whether a clause of the lead-in opens on the speaker, then their own verb of saying (，沈榮津回應，). */
function headsOwnReport(leadIn: string, form: string): boolean {
  if ([...form].length < 2) return false;
  return new RegExp(`(?:^|[，,；;])\\s*${escapeRegExp(form)}\\s*(?:也|亦|則|则|更|隨即|随即|隨後|随后)?(?:${HANDING_OVER.source})`, 'u').test(leadIn);
}

/** A verb of saying right after 的 is a noun (華盛頓方面的警告, 他的說法): it hands nothing over. */
const NOMINALISED = new RegExp(`的(?:${HANDING_OVER.source})`, 'gu');

/** Whether a clause hands its subject's words to the quote by a verb, not by a noun made of one. */
function handsOver(clause: string): boolean {
  return HANDING_OVER.test(clause.replace(NOMINALISED, '的'));
}

/** Verbs that make what follows them in the clause someone's claim (錯誤地聲稱…軍情六處爆料「…」). */
const CLAIMING = /聲稱|声称|宣稱|宣称|指稱|指称|據稱|据称|號稱|号称|謠傳|谣传|傳言|传言|認為|认为|以為|以为/u;

/**
 * Whether the speaker is named after a verb of claiming in the clause that hands over to the quote,
 * with no clause break between (帖子…錯誤地聲稱英國的外國情報機構軍情六處爆料「山火背後的驚人真相」):
 * the quote is what the claimant says the speaker said, not the speaker's words as the text reports them.
 */
function isNamedInsideClaim(leadIn: string, forms: readonly string[]): boolean {
  const clause = leadIn.slice(Math.max(...[...leadIn].map((char, index) => (CLAUSE_BREAK.test(char) ? index + 1 : 0)), 0));
  const at = Math.min(...forms.map((form) => clause.indexOf(form)).filter((index) => index >= 0));
  return Number.isFinite(at) && CLAIMING.test(clause.slice(0, at));
}

/** Words that count a group as many (不少理事, 多位分析師, 一些業者). */
const MANY = /(?:不少|許多|许多|很多|多位|多名|多家|一些|部分|部份|眾多|众多|諸多|诸多|各)$/u;

/**
 * Whether the clause handing over to the quote has 他 or 她 as its speaker while the speaker shown is
 * a group the sentence counts as many (而且不少理事認為，…，他也說「還沒」): one person speaks.
 */
function isGroupForSingularPronoun(quotedLeadIn: string, forms: readonly string[]): boolean {
  // Words quoted before in the sentence (「他能從西藏走到四川」、「…」) are not the narration's 他.
  const leadIn = quotedLeadIn.replace(/「[^」]*」|“[^”]*”|『[^』]*』/gu, (quoted) => '□'.repeat(quoted.length));
  const lastClause = leadIn.replace(/[，,：:\s]+$/u, '').split(/[，,。；;！？!?]/u).at(-1) ?? '';
  if (!/(?<![其利吉排])[他她](?![們们人])/u.test(lastClause) || forms.some((form) => lastClause.includes(form))) return false;
  return forms.some((form) => {
    const at = leadIn.indexOf(form);
    return at > 0 && MANY.test(leadIn.slice(Math.max(0, at - 2), at));
  });
}

/** An outlet's report of what follows (路透社報道，, 彭博报导，), the outlet named just before it. */
const REPORTS = /^[^，,。；;：:]{0,6}?(?:報道|报道|報導|报导)[，,：:]/u;

/**
 * Whether the speaker is the outlet reporting the sentence, and someone else in it is the one who
 * speaks (路透社報道，普京宣佈…時，…僅表示：「…」). An outlet's report handed straight to the quote
 * (新華社報道：「…」) names the outlet's own wording and passes.
 */
function isReporterOfOthersSpeech(leadIn: string, forms: readonly string[]): boolean {
  return forms.some((form) => {
    const at = leadIn.indexOf(form);
    if (at === -1) return false;
    const report = REPORTS.exec(leadIn.slice(at + form.length));
    if (report === null) return false;
    return handsOver(leadIn.slice(at + form.length + report[0].length));
  });
}

/** Whether the clause right after a quote has one of the speaker's forms saying it (”一位证券经理告诉记者，), not doing something else (”谢女士和家人总共消费了175元). */
function saysRightAfter(after: string, forms: readonly string[]): boolean {
  const clause = /^[^，,。！？!?；;：:「」“”『』]{0,30}/u.exec(after)?.[0] ?? '';
  return forms.some((form) => {
    const at = form.length > 0 ? clause.indexOf(form) : -1;
    return at >= 0 && at <= 8 && ANY_SPEECH_VERB.test(clause.slice(at + form.length, at + form.length + 14));
  });
}

/** A crowd counted as many, in the narration (许多顾客, 不少網友, 很多市民). */
const CROWD_IN_NARRATION = /(?:不少|許多|许多|很多|多數|多数|大多數|大多数|部分|部份|一些|眾多|众多|大批)(?:[^，,。！？!?；;「」“”『』□]{0,8}?的)?(?:顧客|顾客|網友|网友|網民|网民|市民|居民|食客|消費者|消费者|乘客|旅客|家長|家长|學生|学生|員工|员工|股民|投資者|投资者|業主|业主|商戶|商户|店主|司機|司机)/u;

/** A quote read to its paragraph's end for a lost closing mark, whose last sentence names the speaker (…偏差。…主管栾军告诉记者。). */
function namedInLostClose(quote: Quote, text: string, forms: readonly string[]): boolean {
  if (quote.end !== text.length || /[”」』"]$/u.test(text)) return false;
  const sayer = sayerClosingLostQuote(quote.text);
  return sayer !== null && mentions(sayer, forms);
}

/** A pair or group heading the clause right after a quote (兩人自認, 夫妻倆都說, 他們笑說). */
const GROUP_AFTER_QUOTE = /^\s*(?:兩人|两人|二人|三人|兩夫妻|两夫妻|夫妻倆|夫妻俩|夫妻|他們|他们|她們|她们|雙方|双方|一家人|兩兄弟|两兄弟|兩姊妹|两姊妹)/u;

/** Whether a sentence names a crowd and the speaker nowhere after it. */
function turnsToCrowd(sentence: string, forms: readonly string[]): boolean {
  const crowd = CROWD_IN_NARRATION.exec(sentence);
  return crowd !== null && !forms.some((form) => sentence.includes(form, crowd.index));
}

/**
 * Whether the clause handing over to the quote is passive with someone other than the speaker as its
 * agent (吳琦剛覺得不錯，就被她爸爸催促離開：「…」): the agent after 被 is who speaks.
 */
function isUnderPassive(leadIn: string, forms: readonly string[]): boolean {
  const clause = leadIn.replace(/[，,：:\s]+$/u, '').split(/[，,。；;！？!?]/u).at(-1) ?? '';
  // Being asked or invited (被問及…時說) has no agent who could speak: the speaker answers. Nor has being regarded or ranked as
  // something (包括被视为一线城市的广州、深圳：): a description inside the speaker's own words.
  const passive = clause.search(/[被遭](?!問|问|追問|追问|詢問|询问|邀|請|请|視為|视为|認為|认为|列為|列为|評為|评为|譽為|誉为|看作|當作|当作|認定|认定)/u);
  if (passive === -1 || forms.some((form) => clause.slice(passive).includes(form))) return false;
  // Only when the agent's act hands over to the words (被她爸爸催促離開：「…」, 遭老闆罵說「…」); a passive the speaker
  // reports about something else (王先生表示，台灣被中國政府打壓，「…」) leaves the words the speaker's own.
  // 來說 is "as for" (對海航仝人來說), no saying; 批 after a count or 這 is a batch (被清查回来的这批共享单车), no criticism.
  return /[：:]\s*$/u.test(leadIn) || /催|(?<![公報报通廣广預预佈布])告|要求|問|问|說|说|叫|罵|骂|稱|称|(?<![這这那一首大整此該该每兩两數数幾几多\d])批|責|责|嘲|訓|训|提醒|警告|叮|囑|嘱|喊|吼/u.test(clause.slice(passive).replace(/(?:來|来)(?:說|说)/gu, ''));
}

/** The personal pronoun a sentence mentions the speaker by, when it names them no other way. */
/** 他 or 她 as one person, not 他們, 他人 or the 他 of 其他 and 利他. */
const SINGULAR_PRONOUN = /(?<![其利吉排])([他她])(?![們们人])/u;
const PLURAL_PRONOUN = /(?<![其利吉排])[他她][們们]/u;

function onlyPronoun(sentence: string, forms: readonly string[]): string | null {
  if (forms.some((form) => sentence.includes(form))) return null;
  return SINGULAR_PRONOUN.exec(sentence)?.[1] ?? null;
}

/**
 * Whether the words handing over point only at many (他們, 她們, no 他, 她 or 我), while the speaker found is written nowhere in the
 * paragraph but by a pronoun.
 */
function onlyManyPointedAt(paragraph: string, handingOver: string, forms: readonly string[]): boolean {
  const namedHere = forms.some((form) => !/^[他她其][們们]?$/u.test(form) && writes(paragraph, form));
  return !namedHere && PLURAL_PRONOUN.test(handingOver) && !SINGULAR_PRONOUN.test(handingOver) && !handingOver.includes('我');
}

/** The sentence before the one starting at `sentenceStart`, in the same paragraph ('' when it opens the paragraph). */
function sentenceBefore(text: string, sentenceStart: number): string {
  if (sentenceStart === 0) return '';
  return text.slice(sentenceStartBefore(text, Math.max(0, sentenceStart - 1)), sentenceStart);
}

/** Personal names heading clauses that the article writes at least three times: the people it is about. */
function recurringNames(article: { text: string; names: string[] }): string[] {
  return article.names.filter((name) => name.length >= 3 && article.text.split(name).length - 1 >= 3);
}

/**
 * Where the last 他 or 她 heading a clause (the subject, not 他的原則 inside it) of a stretch stands; the stretch's length
 * when it has none.
 */
function lastPronounAt(stretch: string): number {
  const found = [...stretch.matchAll(/(?<=^|[，,。；;：:！？!?\s]|[但而並并且則则])[他她](?![們们人])/gu)].at(-1);
  return found?.index ?? stretch.length;
}

/** 的 after a name making it the kin or the colleague of the person who follows (阿明的長女, 她的丈夫), not of a thing (阿明的秘訣). */
const POSSESSIVE_AFTER = /^的(?:[長长次么幼大小二三]?(?:女兒|女儿|兒子|儿子|女|子)|丈夫|妻子|太太|老公|老婆|母親|母亲|父親|父亲|媽媽|妈妈|爸爸|姐姐|妹妹|哥哥|弟弟|孩子|孫子|孙子|孫女|孙女|朋友|同事|助理|秘書|秘书|律師|律师|家人|女友|男友|伴侶|伴侣|下屬|下属|上司|[大二三小]?(?:姊|姐|哥|弟|妹|兄)|姊姊|嫂嫂|大嫂|叔叔|伯伯|舅舅|阿姨|姑姑|媳婦|媳妇|女婿|岳父|岳母|公公|婆婆|爺爺|爷爷|奶奶|外婆|外公|祖父|祖母)/u;

/**
 * Whether 他 or 她 handing over to the quote reaches past someone the paragraph names before it: the
 * speaker is written there only as the owner of the clause's subject (阿明的女兒小芳…，她說: she is the
 * daughter), or another person the article quotes by name is written after the speaker's last mention
 * (…，李四只剩下路費。他想不通: 他 is 李四, not the one who spoke above).
 */
function pronounPassesOver(beforeQuote: string, forms: readonly string[], others: readonly string[]): boolean {
  const at = (form: string) => [...beforeQuote.matchAll(new RegExp(escapeRegExp(form), 'gu'))].map((match) => match.index);
  const mentions = forms.flatMap((form) => at(form).map((index) => ({ index, end: index + form.length })));
  if (mentions.length > 0 && mentions.every(({ end }) => POSSESSIVE_AFTER.test(beforeQuote.slice(end)))) return true;
  const lastMention = Math.max(-1, ...mentions.map(({ index }) => index));
  // Not one compared with or acted on (比李四幸運, 給李四買了): only someone the clause is about.
  return others.some((other) => !forms.some((form) => form.includes(other) || other.includes(form)) && at(other).some((index) => index > lastMention && !isObjectAt(beforeQuote, index)));
}

/** Whether the name at `index` is compared with or acted on (比李四, 給李四); 因為 and 以為 end in 為 as conjunctions, not as "for". */
function isObjectAt(text: string, index: number): boolean {
  return OBJECT_BEFORE.test(text.charAt(index - 1)) && !/(?:因為|因为|以為|以为|成為|成为|作為|作为)$/u.test(text.slice(Math.max(0, index - 2), index));
}

/** Whether every mention of the speaker in a stretch names them as the owner of the kin or colleague who follows (王慕真的妻子阿萍). */
function isOnlyKinOwner(stretch: string, forms: readonly string[]): boolean {
  const ends = forms.flatMap((form) => [...stretch.matchAll(new RegExp(escapeRegExp(form), 'gu'))].map((match) => match.index + form.length));
  return ends.length > 0 && ends.every((end) => POSSESSIVE_AFTER.test(stretch.slice(end)));
}

/** A preposition, comparison or conjunction right before a name, which makes it no subject (比李四, 給李四, 和李四). */
const OBJECT_BEFORE = /[比和跟与與給给對对向讓让被把替為为同及、]/u;

/** Whether the last clause before the quote hands over by 他 or 她 alone, not by a form of the speaker's name. */
function handsOverByPronoun(sentenceLeadIn: string, forms: readonly string[]): boolean {
  const lastClause = sentenceLeadIn.replace(/[，,：:\s]+$/u, '').split(/[，,。；;！？!?]/u).at(-1) ?? '';
  return /(?<![其利吉排])[他她](?![們们人])/u.test(lastClause) && !forms.some((form) => lastClause.includes(form));
}

/** Whether, before the sentence, the speaker addressed the one the pronoun stands for (朋友問她). */
function spokeToPronoun(before: string, pronoun: string | null, forms: readonly string[]): boolean {
  return pronoun !== null && forms.some((form) => new RegExp(`${escapeRegExp(form)}[^，,。！？!?：:]{0,4}${pronoun}(?![們们])`, 'u').test(before));
}

/** Words that open an example or a turn of the argument, never a speaker (比如「挤出效应」). */
const CONNECTIVE = /^(?:比如|例如|譬如|比方|好比|像是|諸如|诸如|其中|包括|但是|不過|不过|然而|因此|所以|此外|另外|同時|同时|甚至)$/u;
/**
 * A conjunction, an adverb of time or manner, or a preposition opening the speaker (一會兒說…一會兒又說, 雖然自由黨主席…指政府,
 * 依據司法, 面對黨內…壓力, 遭到歹徒), or one who heard the words inside it (张俊男听父亲说): a clause or a time was read as who speaks.
 */
const CLAUSE_OPENER = /^(?:一會兒|一会儿|一邊|一边|首次|爾後|尔后|雖然|虽然|儘管|尽管|依據|依据|根據|根据|面對|面对|遭到|高度|曾(?:向|對|对|跟)|且(?=\p{Script=Han}{2}))|(?<=\p{Script=Han}{2})(?:聽|听)(?=\p{Script=Han}{2})/u;

/**
 * A verb of saying, or a preposition opening the setting, inside the speaker: a clause was taken
 * whole (錯誤地聲稱英國的外國情報機構軍情六處; 集团主席李家诚于股东 of …于股东会后表示). 于 and 於 open
 * a surname, so only one after the second character counts; 在 is left out, being part of words that
 * describe sources (在线教育公司人士, 在职员工). So is a verb of urging between two parties (中国政府要求统计部门): who urged whom, not one
 * speaker.
 */
const SAYING_INSIDE = /聲稱|声称|宣稱|宣称|表示|指出|認為|认为|透露|強調|强调|坦言|直言|地說|地说|地稱|地称|^.{2,}[于於].|.{2,}(?:要求|呼籲|呼吁|促請|促请|敦促)./u;

/**
 * A verb of issuing or telling closing the speaker (长和发布, 李途纯上书, 業主明言): the clause's predicate was read into the
 * name, whoever its subject is.
 */
const VERB_OF_ISSUING_AT_END = /(?<=\p{Script=Han}{2})(?:發布|发布|發佈|公布|公佈|宣布|宣佈|發出|发出|發表|发表|上書|上书|明言|致函|去信|發函|发函|回覆|回复|聲明|声明|發文|发文)$/u;

/** A preposition opening the speaker (由摩根香港, 被網民, 對記者): the agent or the addressee of a clause, with its marker. */
const PREPOSITION_AT_HEAD = /^(?:(?:由|把|對|对|給|给|讓|让)\p{Script=Han}{2,}|被(?![^的]*的)\p{Script=Han}{2,})/u;

/** The speaker's shape alone, before looking at the text around it. */
/** A kind of document or news alone, with no body named (報告又指, 引述消息稱, 平台答…所述, 有建議指, 這份報告說): it names no one. */
const THING_NOT_NAMED = /^(?:有|這份|这份|該份|该份|此份|這篇|这篇|該篇|该篇|此)?(?:報告|报告|消息|建議|建议|平台|通知|公告|文件|聲明|声明|資料|资料|數據|数据|調查|调查|研究|報道|报道|報導|报导|文章|新聞稿|新闻稿|傳言|传言|帖文|貼文|贴文|帖子|貼子|博文|推文)$/u;

/**
 * A clause's punctuation or a gap between two Chinese words inside the speaker (環署︰不能要求別縣市代燒 卻拒收底渣環保署, a headline
 * run into the sentence after it): no name is written so, so the phrase ran past where the name ends.
 */
const PUNCTUATION_INSIDE = /[︰：:，,；;。！？!?]|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u;

/**
 * What a clause holds and a name, a body or a description never does: a question put to someone (與會國
 * 是否會努力…), a date inside (為11月中旬峰會), or a verb of visiting whose object is who follows (探訪市民:
 * the visitor speaks, not the visited).
 */
const CLAUSE_INSIDE = /是否|能否|可否|會否|会否|是不是|有沒有|有没有|要不要|會不會|会不会|能不能|\d\s*(?:月|日|号|號)|[上中下]旬|^(?:探訪|探访|探望|拜訪|拜访|慰問|慰问|看望|走訪|走访|接見|接见|會見|会见|邀集|邀請|邀请|召集|延請|延请)/u;

/**
 * A field or the public as a whole (市場普遍認為, 業內預計, 外界關注): the view of no one the reader could
 * ask, unlike 網友 or 業內人士, which LABELS.md keeps as who speaks; and a view with no holder (有觀點認為).
 */
const NO_ONE_IN_PARTICULAR = /^(?:人士|人員|人员|市場|市场|業內|业内|業界|业界|外界|各界|輿論|舆论|社會|社会|各方|大家|坊間|坊间|民間|民间)$/u;
/** A count with its measure word and nothing counted (多名宣布辭職, 兩位): how many, never who. */
const COUNT_ALONE = /^(?:[多數数幾几兩两一二三四五六七八九十百]+|[0-9０-９]+)(?:名|位|個|个|人|家|者)$/u;
const VIEW_WITHOUT_HOLDER = /^(?:觀點|观点|看法|說法|说法|聲音|声音|意見|意见|評論|评论)$/u;

/**
 * An abstract noun ending the clause before a colon (…表達訴求的方法：「…」, 原因很簡單：「…」): what the quote is,
 * never who says it. Nouns of means, reasons, aims and states, both scripts.
 */
const ABSTRACT_NOUN = /^(?:信息|資訊|资讯|方法|方式|辦法|办法|做法|原因|理由|問題|问题|情況|情况|目標|目标|目的|答案|結論|结论|結果|结果|重點|重点|關鍵|关键|事實|事实|想法|條件|条件|內容|内容|原則|原则|道理|感受|體會|体会|心聲|心声|態度|态度|立場|立场|信念|理念|宗旨|初衷|秘訣|秘诀|經驗|经验|教訓|教训|心得|決心|决心|期望|希望|夢想|梦想|心願|心愿|願望|愿望|精神)$/u;

/**
 * An adverb of going on or repeating opens a predicate, never a name (持續勸, 一再追問, 不斷提醒): the clause's
 * subject was named before it.
 */
const OPENS_WITH_ADVERB = /^(?:持續|持续|繼續|继续|不斷|不断|一再|再三|反覆|反复|一直|始終|始终|仍然|依然|總是|总是|經常|经常|常常|屢次|屡次|多次|再次|頻頻|频频|連連|连连|紛紛|纷纷)/u;

/**
 * The first half of a verb made with 說 (勸說, 遊說, 訴說): the speech verb was read inside it, and what stands
 * before it is the one urging or pleading, cut with the verb's first character.
 */
const CUT_BEFORE_SAYING = /(?<=\p{Script=Han})[勸劝遊游訴诉]$/u;

/** A setting clause (在…後, 當…時, 自從…) taken for the role: the name inside it is no subject of the sentence. */
const ROLE_IN_SETTING = /^(?:在|當|当|自從|自从|於|于)(?!.*的)/u;

function refuseByShape(speaker: string): SpeakerRefusal | null {
  if (OPENS_WITH_ADVERB.test(speaker) || CUT_BEFORE_SAYING.test(speaker)) return 'fragment';
  if (INTRODUCER.test(speaker) || VIEW_WITHOUT_HOLDER.test(speaker)) return 'introducer';
  if (NO_ONE_IN_PARTICULAR.test(speaker) || ABSTRACT_NOUN.test(speaker) || COUNT_ALONE.test(speaker)) return 'fragment';
  if (CLAUSE_INSIDE.test(speaker) || PUNCTUATION_INSIDE.test(speaker)) return 'fragment';
  if (THING_NOT_NAMED.test(speaker)) return 'fragment';
  if ([...speaker].length === 1 && /\p{Script=Han}/u.test(speaker)) return 'fragment';
  // 其 pointing at a body or person named before, left unresolved (其相关负责人, 其發言人): whose, the reader is not shown.
  if (/^其(?![他它餘余中實实次])\p{Script=Han}{2}/u.test(speaker)) return 'fragment';
  if ([...speaker].length >= 3 && (CLAUSE_ENDING.test(speaker) || /[說说]$/u.test(speaker))) return 'fragment';
  if (CONNECTIVE.test(speaker) || CLAUSE_OPENER.test(speaker) || SAYING_INSIDE.test(speaker.replace(ANONYMITY_ASKED, ''))) return 'fragment';
  if (VERB_OF_ISSUING_AT_END.test(speaker) || PREPOSITION_AT_HEAD.test(speaker)) return 'fragment';
  if (WITH_ADDRESSEE.test(speaker)) return 'addressee';
  return null;
}

/**
 * Titles written after a person's name and never after a body's (张军教授, 王先生), with which a name
 * can be glued into a second name. 主席, 總裁 and the like follow bodies too (聯儲局主席) and are left out.
 */
const TITLE_AFTER_NAME = /(?:教授|博士|院士|總書記|总书记|先生|女士|小姐|律師|律师|醫生|医生|老師|老师)$/u;

/**
 * What follows a name in a clause of speech: verbs of saying and their adverbs, particles, the
 * first character of a title. A name cut short is followed by none of these, but by the rest of
 * itself (黃家|和 稱…). 和 is left out on purpose: a name ending in it is the shape this catches.
 */
const AFTER_A_NAME = /[說说稱称指表認认強强透坦直笑回補补解介告提分預预估談谈問问答寫写讀读也又則则還还曾將将已就都再亦仍更並并即便才卻却在於于對对向與与跟為为被把從从等的之是們们接出隨随續续進进稍早晚周週昨今前近本日當当教博院總总主董先女小律醫医老局部市行經经書书署司處处會会校一到去來来以買买吃看帶带所不]/u;

/** Common surnames, in both scripts: a name glued to its title starts with one (张军教授, 习近平总书记), a body's title does not (某大学教授). */
const SURNAME = /^[王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何林羅罗高鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾蕭萧肖田董袁潘蔡蔣蒋余于杜葉叶程魏蘇苏呂吕丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈贾夏韋韦方白鄒邹孟熊秦邱江尹薛段雷侯龍龙史黎賀贺顧顾毛郝龔龚邵萬万錢钱嚴严武戴莫孔湯汤習习溫温易常賴赖洪施游柯翁]/u;


/**
 * The speaker's shape against the words around it in the article:
 * - the tail of a title before it glued on (執行董事長小威廉 → 長小威廉·克萊·福特);
 * - a two-character name the text always continues into the same longer one (黃家 of 黃家和);
 * - a name with its title glued on (习近平总书记; 张军教授 where the text also gives 张军 alone);
 * - a transliterated surname the text writes in full elsewhere (史密斯 beside 布拉德·史密斯).
 */
function refuseByContext(speaker: string, paragraph: string, article: ArticleText): SpeakerRefusal | null {
  // A song sung or a show attended, named in 《》 (唱起《我還是愛著你》，「…」, 參加《民主歌聲獻中華》：「…」): no one who speaks, though
  // a law or a paper in 《》 does (《指引》明確…).
  const titledAt = paragraph.indexOf(`《${speaker}》`);
  if (titledAt !== -1 && PERFORMED_OR_ATTENDED.test(paragraph.slice(Math.max(0, titledAt - 12), titledAt))) return 'fragment';
  const at = paragraph.indexOf(speaker);
  if (at > 0 && TITLE_AT_END.test(paragraph.slice(Math.max(0, at - 5), at + 1)) && !TITLE_AT_END.test(speaker.charAt(0))) return 'fragment';
  // What the whole article says of a speaker is read once per speaker, however many quotes they have.
  const known = article.bySpeaker.get(speaker);
  if (known !== undefined) return known;
  const refusal = refuseByArticle(speaker, article.text);
  article.bySpeaker.set(speaker, refusal);
  return refusal;
}

/** Singing, playing or attending what the 《》 names, with a few words between (唱起MP魔幻力量《…》, 參加《…》). */
const PERFORMED_OR_ATTENDED = /(?:唱|演唱|合唱|高唱|哼|播放|朗誦|朗诵|參加|参加|出席|觀看|观看|參與|参与)[^，,。；;：:「」“”『』]{0,10}$/u;

/**
 * What follows a company's name in copy: its stock code in brackets, the word for what it is (万科（000002.SZ）, 万科集团), or
 * 方面, which speaks for a side (万科方面对记者表示).
 */
const BODY_AFTER_NAME = /^(?:\s?[（(](?:[A-Z]{2,6}[:：]?\s?)?\d{4,6}|集團|集团|公司|股份|控股|地產|地产|物業|物业|方面)/u;

/** Whether the article shows a name to be a company's: a stock code or a word of incorporation right after it, somewhere. */
function isListedOrNamedBody(article: string, name: string): boolean {
  for (let at = article.indexOf(name); at !== -1; at = article.indexOf(name, at + 1)) {
    if (BODY_AFTER_NAME.test(article.slice(at + name.length, at + name.length + 12))) return true;
  }
  return false;
}

/** The refusals of `refuseByContext` that depend on the speaker and the whole article only. */
function refuseByArticle(speaker: string, article: string): SpeakerRefusal | null {
  // A post shown as the speaker (国防部长, 該行行長) that the article elsewhere writes with a name after it (国防部长马…):
  // the post has a holder the text names, and the post alone would file their words under no one.
  if (POST_END.test(speaker) && charactersAfter(article, speaker).some((char) => /^\p{Script=Han}$/u.test(char) && !AFTER_A_NAME.test(char) && !/[的之和及與与或府]/u.test(char))) return 'role-glued';
  // A phrase ending in a time postposition (席位后, 上任後) written once is a clause of time; a name so ending
  // (宗庆后) is written again and again by the article about its bearer.
  // Not a surname and one character after a title (总经理何前说): a title is followed by its holder's name, never by a clause of time.
  if (endsWithTimePostposition(speaker) && charactersAfter(article, speaker).length <= 1 && !isTitledSurnameName(article, speaker)) return 'fragment';
  // A two-character name the article continues every time with the same character, one no clause
  // puts after a name, is the start of a longer one (黃家|和接受, 黃家|和稱, 黃家|和補充). Once is not
  // enough to tell: 王麗|站在一邊 and 微軟|副董事長 go on with words of their own.
  if (/^\p{Script=Han}{2}$/u.test(speaker)) {
    const next = charactersAfter(article, speaker);
    const first = next[0] ?? '';
    if (next.length >= 2 && /^\p{Script=Han}$/u.test(first) && !AFTER_A_NAME.test(first) && next.every((char) => char === first)) return 'fragment';
  }
  // The same two-character personal name (a surname first) the article writes longer at least twice,
  // with characters no clause puts after a name (葉劉 beside 葉劉淑儀指 … 葉劉淑儀指): the longer one is
  // the name, this its short form. A body's short name goes on into other words (有赞|员工, 有赞|方面).
  // A body named by its seat (白宫, 國會) is written longer as its people (白宫发言人, 白宫幕僚长), not as a fuller name.
  // A company the article lists with its stock code or calls a group or company (万科（000002）, 万科集团) is a body by its short name.
  // Nor a name the article itself writes whole before a verb of saying twice or more (陈斌介绍, 陈斌说 beside 陈斌和团队 twice).
  if (/^\p{Script=Han}{2}$/u.test(speaker) && SURNAME.test(speaker) && !SEAT.test(speaker) && !isListedOrNamedBody(article, speaker) && !isSayingNameOf(article, speaker) && longerFormsOf(article, speaker).some((_, index, all) => all.indexOf(all[index] ?? '') !== index)) return 'role-glued';
  const title = TITLE_AFTER_NAME.exec(speaker)?.[0];
  const name = title === undefined ? '' : speaker.slice(0, -title.length);
  // Only a name shaped like a person's (张军教授): 前線醫生 is a description ending in a calling, one speaker as written.
  if (/^\p{Script=Han}{2,3}$/u.test(name) && (SURNAME.test(name) || (isPersonalName(name) && new RegExp(`${escapeRegExp(name)}(?!${escapeRegExp(title ?? '')})`, 'u').test(article)))) return 'role-glued';
  if (/^\p{Script=Han}{2,4}$/u.test(speaker) && ['·', '•', '‧', '・', '．'].some((dot) => article.includes(`${dot}${speaker}`))) return 'role-glued';
  return null;
}

/** A verb of saying opening what follows a name (说, 表示, 介绍, 指出): the name was whole where it stood. */
const SAYING_AFTER_NAME = /^(?:[說说稱称指談谈問问答寫写]|表示|認為|认为|強調|强调|透露|坦言|直言|笑稱|笑称|回應|回应|補充|补充|解釋|解释|介紹|介绍|告訴|告诉|提到|提出|分析|預計|预计|估計|估计)/u;

/** Whether the article writes `name` whole before a verb of saying at least twice. */
function isSayingNameOf(article: string, name: string): boolean {
  let count = 0;
  for (let at = article.indexOf(name); at !== -1; at = article.indexOf(name, at + name.length)) {
    if (SAYING_AFTER_NAME.test(article.slice(at + name.length, at + name.length + 2))) count += 1;
  }
  return count >= 2;
}

/** Whether a two-character phrase opening with a surname stands right after a title somewhere in the article (总经理何前). */
function isTitledSurnameName(article: string, phrase: string): boolean {
  if (!/^\p{Script=Han}{2}$/u.test(phrase) || !SURNAME.test(phrase)) return false;
  const at = article.indexOf(phrase);
  return at > 0 && TITLE_AT_END.test(article.slice(Math.max(0, at - 6), at));
}

/** The names the article writes by continuing `word` with one or two characters no clause puts after a name. */
function longerFormsOf(article: string, word: string): string[] {
  const found: string[] = [];
  for (let at = article.indexOf(word); at !== -1; at = article.indexOf(word, at + word.length)) {
    let end = at + word.length;
    while (end < at + word.length + 2 && /^\p{Script=Han}$/u.test(article.charAt(end)) && !AFTER_A_NAME.test(article.charAt(end))) end += 1;
    // A verb taking its particle after the name (刘超承包的土地, 刘超承包了): the name and what they did, no longer name.
    if (end > at + word.length && !/^[的了着著過过地得]/u.test(article.charAt(end))) found.push(article.slice(at, end));
  }
  return found;
}

/** The character after each place the article writes `word` (empty at the very end). */
function charactersAfter(article: string, word: string): string[] {
  const found: string[] = [];
  for (let at = article.indexOf(word); at !== -1; at = article.indexOf(word, at + word.length)) found.push(article.charAt(at + word.length));
  return found;
}

/**
 * A phrase quoted inside the narration (the character before the mark is part of a word, not
 * punctuation), ending no sentence of its own, in a clause that cites something other than the
 * speaker's speech and does not name the speaker: 教委向其所在公司傳達的定義是「…」. A phrase in
 * the speaker's own reported speech (布朗表示，這是一項「複雜的議題」) is theirs and passes.
 */
function isEmbeddedAwayFromSpeaker(text: string, quote: Quote, forms: readonly string[]): boolean {
  const before = text.slice(0, quote.start);
  if (!/[\p{Script=Han}A-Za-z0-9）)]\s*$/u.test(before)) return false;
  if (/[。！？!?…]$/u.test(quote.text)) return false;
  const clauseStart = Math.max(...[...before].map((char, index) => (CLAUSE_BREAK.test(char) ? index + 1 : 0)), 0);
  const clause = before.slice(clauseStart);
  // A clause opening on a verb of saying with no subject of its own (李續指，…，但形容詳細解剖報告出爐後「…」) goes on with
  // the sentence's speaker: the words are theirs, whatever document the clause names.
  if (OWN_VERB_OPENING.test(clause)) return false;
  return CITATION.test(clause) && !forms.some((form) => clause.includes(form));
}

const OWN_VERB_OPENING = new RegExp(`^\\s*(?:但|並|并|又|亦|也|更|且|而|再|則|则)?(?:${VERB_SOURCE})`, 'u');

/** A body's staff by their job (万科地产相关工作人员): the job as the text may write it alone. */
const BODY_STAFF = new RegExp(`(?<=\\p{Script=Han}{2})(${STAFF_JOB})$`, 'u');

/** The personal names an article's quotes are given, once each (whom a 他 may be meant for). */
function namedSpeakers(quotes: readonly Quote[]): string[] {
  return [...new Set(quotes.flatMap((quote) => (quote.speaker !== null && isPersonalName(quote.speaker) ? [quote.speaker] : [])))];
}

/** The article's text, joined once per set of paragraphs, and what was found of each speaker in it. */
interface ArticleText {
  text: string;
  bySpeaker: Map<string, SpeakerRefusal | null>;
}

const articleTexts = new WeakMap<readonly LocatedParagraph[], ArticleText>();
function articleTextOf(paragraphs: readonly LocatedParagraph[]): ArticleText {
  const known = articleTexts.get(paragraphs);
  if (known !== undefined) return known;
  const article = { text: paragraphs.map((item) => item.text).join('\n'), bySpeaker: new Map<string, SpeakerRefusal | null>() };
  articleTexts.set(paragraphs, article);
  return article;
}

/**
 * People the article brings in by title and name at the head of a clause (美国总统特朗普则通知国会), whether or not they
 * are ever quoted: a 他 after one of them in the paragraph is theirs before it is an earlier speaker's.
 */
function peopleNamedWithTitle(text: string): string[] {
  const heads = text.split(/[，,。：:；;！？!?\n“”「」『』]/u).map((clause) => findRoleAndNameAtHead(clause.trim().replace(/^(?:而|但|並|并|且|則|则|另外|此外|同時|同时)/u, ''))?.speaker ?? null);
  return [...new Set(heads.filter((name): name is string => name !== null && [...name].length >= 2 && !isBareTitle(name)))];
}

/** An article's text and the personal names heading its clauses, read once per article, not once per quote. */
const articleNames = new WeakMap<readonly LocatedParagraph[], { text: string; names: string[]; titled: string[] }>();

function namesOfArticle(paragraphs: readonly LocatedParagraph[]): { text: string; names: string[]; titled: string[] } {
  const known = articleNames.get(paragraphs);
  if (known !== undefined) return known;
  const text = paragraphs.map((paragraph) => paragraph.text).join('\n');
  const read = { text, names: personalNamesAtClauseHeads(text), titled: peopleNamedWithTitle(text) };
  articleNames.set(paragraphs, read);
  return read;
}

/**
 * What the gate reads of a whole article for its speakers: the same for every quote, so it is read once per
 * article and speaker, not once per quote (reading the article again for each quote made a long one quadratic).
 */
interface ArticleReading {
  namedOrTitled: string[];
  recurring: string[];
  otherFormsOf(speaker: string): string[];
  isUnshapedOnce(speaker: string): boolean;
}

const readings = new WeakMap<readonly Quote[], { paragraphs: readonly LocatedParagraph[]; reading: ArticleReading }>();

function readingOf(paragraphs: readonly LocatedParagraph[], quotes: readonly Quote[], article: { text: string; names: string[]; titled: string[] }): ArticleReading {
  const known = readings.get(quotes);
  if (known !== undefined && known.paragraphs === paragraphs) return known.reading;
  const knownNames = [...new Set([...article.names, ...quotes.map((other) => other.speaker ?? '')])].filter(isPersonalName);
  const formsBySpeaker = new Map<string, string[]>();
  const unshapedBySpeaker = new Map<string, boolean>();
  // The familiar forms the text ties to names (林文勝（阿勝伯）), read once for all speakers.
  const formsGiven = familiarFormsGiven(article.text);
  const reading: ArticleReading = {
    namedOrTitled: [...namedSpeakers(quotes), ...article.titled],
    recurring: recurringNames(article),
    // The familiar forms the article ties to the speaker, and the names it mistypes the speaker as.
    otherFormsOf: (speaker) => remembered(formsBySpeaker, speaker, () => [...familiarFormsOf(speaker, knownNames, article.text, formsGiven), ...knownNames.filter((name) => isMistypedName(name, speaker)), ...givenNameWritten(speaker, article.text)]),
    isUnshapedOnce: (speaker) => remembered(unshapedBySpeaker, speaker, () => isUnshapedOnce(speaker, article.text)),
  };
  readings.set(quotes, { paragraphs, reading });
  return reading;
}

/** The given name alone a text calls someone by once it has named them in full (尤金 for 周尤金); none when it writes no such thing. */
function givenNameWritten(speaker: string, text: string): string[] {
  const given = speaker.slice(1);
  return isGivenNameOf(given, speaker) && givenNameFollowsFullName(given, speaker, text) ? [given] : [];
}

function remembered<T>(memory: Map<string, T>, key: string, compute: () => T): T {
  const known = memory.get(key);
  if (known !== undefined) return known;
  const value = compute();
  memory.set(key, value);
  return value;
}

/** Whether the paragraph before is the reporter asking, so a quote opening this one is the answer (我問：「…？」 then 「…」). */
function answersReporter(paragraphs: readonly LocatedParagraph[], index: number, quotes: readonly Quote[]): boolean {
  const asking = paragraphs[index - 1];
  if (asking === undefined) return false;
  const asked = quotes.filter((quote) => quote.paragraphId === asking.paragraphId).at(-1);
  return asked !== undefined && isReporterQuestion(asking.text, asked);
}

/** The speaker shown for the last speech of the paragraph before `index`: the voice a question was put to. */
function previousSpeakerOf(paragraphs: readonly LocatedParagraph[], index: number, quotes: readonly Quote[]): string | null {
  const paragraph = paragraphs[index - 1];
  if (paragraph === undefined) return null;
  return quotes.filter((quote) => quote.paragraphId === paragraph.paragraphId && quote.kind === 'speech' && quote.speaker !== null).at(-1)?.speaker ?? null;
}

/**
 * Judges one speech quote's speaker against the text: the evidence the text gives for it, and a
 * refusal when the attribution has a shape that misleads. `previousSpeaker` is the speaker shown
 * for the last speech of the paragraph before, which a quote opening its paragraph may go on with.
 */
export function assessSpeaker(quote: Quote, paragraphs: readonly LocatedParagraph[], index: number, previousSpeaker: string | null, continuedLater: boolean, quotes: readonly Quote[] = [], keptBefore: KeptQuote | null = null): SpeakerAssessment | null {
  const speaker = quote.speaker;
  const paragraph = paragraphs[index];
  if (speaker === null || quote.kind !== 'speech' || paragraph === undefined) return null;
  const { text } = paragraph;
  // A paragraph may name the speaker only by the familiar form the article ties to the full name (阿道 for 汪正道).
  const article = namesOfArticle(paragraphs);
  const read = readingOf(paragraphs, quotes, article);
  // A name the copy mistypes (王文斌 for 王文彬) still mentions the speaker it was resolved to.
  // A body's staff named by their job alone (相关工作人员 for 万科地产相关工作人员) are mentioned by it.
  const staff = BODY_STAFF.exec(speaker)?.[1];
  // An interview's answer labelled by the surname alone (王：「…」) mentions the one it was resolved to.
  const surnameLabel = /^\s*(\p{Script=Han})\s*[：:]/u.exec(text)?.[1];
  const labelledBySurname = surnameLabel !== undefined && /^\p{Script=Han}{2,4}$/u.test(speaker) && speaker.startsWith(surnameLabel) ? [surnameLabel] : [];
  const sentenceStart = sentenceStartBefore(text, quote.start);
  const articleText = articleTextOf(paragraphs);
  const surnameSpeaking = surnameHeadingSaying(speaker, text.slice(sentenceStart, quote.start), articleText.text) ? [speaker.charAt(0)] : [];
  const forms = [...mentionsOf(quote), ...read.otherFormsOf(speaker), ...(staff === undefined ? [] : [staff]), ...labelledBySurname, ...surnameSpeaking];
  // A sentence of only the speaker and the verb right after the quote (「…」。吳桐補充道。) names it as its own sentence would.
  const namingSentence = /^\s*[。.]\s*[^，,。！？!?；;：:\n—“「『]{1,20}?[。！？!?]/u.exec(text.slice(quote.end))?.[0] ?? '';
  const sentence = text.slice(sentenceStart, quote.start) + text.slice(quote.end, sentenceEndAfter(text, quote.end)) + namingSentence;
  const leadIn = text.slice(0, quote.start);
  const before = paragraphs[index - 1]?.text ?? '';
  const evidence: SpeakerEvidence =
    quote.continues !== null || continuedLater ? 'continued'
    : subheadSpeaker(quote, quotes, paragraphs)?.speaker === speaker ? 'subhead'
    : mentions(sentence, forms) || namedInLostClose(quote, text, forms) ? 'sentence'
    // So is the surname alone heading a saying earlier in the paragraph (關認為，…。…，「…」).
    : forms.some((form) => writes(leadIn, form)) || mentions(text.slice(0, sentenceStart), forms) || surnameHeadingSaying(speaker, text.slice(0, sentenceStart), articleText.text) ? 'paragraph'
    : mentions(before, forms) || previousSpeaker === speaker ? 'previous-paragraph'
    : answersQuestion(text) && namesBeforeFirstQuestion(paragraphs, index, forms) ? 'answer'
    : answersReporter(paragraphs, index, quotes) && (mentions(paragraphs[index - 2]?.text ?? '', forms) || previousSpeakerOf(paragraphs, index - 1, quotes) === speaker) ? 'answer'
    : /我(?![们們])/u.test(sentence) && narratorAt(paragraphs.map((item) => item.text), index)?.speaker === speaker ? 'narrator'
    : 'distant';
  // A crowd's complaint owned right before the quote (解决米粉们“…”的槽点) is theirs, though told inside the reporter's words.
  const crowdsOwn = crowdOwningQuote(text, quote.start, quote.end) === speaker;
  const namedInsideReport = evidence === 'sentence' && !crowdsOwn && isNamedInsideReportedSpeech(text.slice(sentenceStart, quote.start), forms);
  // 他 or 她 going on after the same speaker's words kept earlier in this paragraph, no one else heading a clause between
  // (毛孟靜批評，「…」。她又質疑，…「手段低下」): others named inside those words are spoken of, not speaking.
  const goesOnFromKept = keptBefore !== null && keptBefore.speaker === speaker && keptBefore.end <= quote.start && !namesSomeoneElse(text.slice(keptBefore.end, quote.start), forms);
  const refusal =
    refuseByShape(speaker) ??
    (quote.role !== null && ROLE_IN_SETTING.test(quote.role) && !WORKS_THERE.test(quote.role) ? 'fragment' : null) ??
    refuseByContext(speaker, text, articleText) ??
    (quote.role === null && read.isUnshapedOnce(speaker) ? 'unshaped-once' : null) ??
    (evidence !== 'continued' && isEmbeddedAwayFromSpeaker(text, quote, forms) ? 'embedded-phrase'
    : evidence === 'sentence' && namedInsideReport ? 'nested-speech'
    : evidence === 'sentence' && isReporterOfOthersSpeech(text.slice(sentenceStart, quote.start), forms) ? 'nested-speech'
    : evidence === 'sentence' && isNamedInsideClaim(text.slice(sentenceStart, quote.start), forms) ? 'nested-speech'
    : evidence === 'sentence' && isGroupForSingularPronoun(text.slice(sentenceStart, quote.start), forms) ? 'pronoun-for-group'
    : evidence === 'sentence' && isUnderPassive(text.slice(sentenceStart, quote.start), forms) ? 'passive'
    : evidence === 'sentence' && spokeToPronoun(before + text.slice(0, sentenceStart), onlyPronoun(sentence, forms), forms) ? 'pronoun-is-object'
    : evidence === 'previous-paragraph' && namesSomeoneElse(leadIn + text.slice(quote.end, sentenceEndAfter(text, quote.end)), forms) ? 'crossed-paragraph'
    // Named only after a quote that a verb of its own brings in and that closes its sentence (…更一度發通告指，「…。」), in a sentence
    // that hands over to words of their own (美國總統特朗普…表示「…」), and nowhere before it in the paragraph: they bring in the next quote.
    : evidence === 'sentence' && /[。！？!?]\s*$/u.test(quote.text) && INTRODUCED_BY_VERB.test(text.slice(sentenceStart, quote.start)) && !forms.some((form) => writes(text.slice(0, quote.start), form)) && handsOverToOwnQuote(text.slice(quote.end), forms) ? 'crossed-paragraph'
    // A quote that is its paragraph's whole first sentence, the next opening on someone else by name (「我噚晚…返嚟」。林亮現年94歲，…):
    // the one the paragraph goes on about, not the last speaker of the paragraph before.
    : evidence === 'previous-paragraph' && OPENING_DASHES.test(leadIn) && namesSomeoneElse(firstClauseAfter(text, sentenceEndAfter(text, quote.end)), forms) ? 'crossed-paragraph'
    // This paragraph's narration turns to a crowd before the quote (许多顾客都能清晰背出菜价。“羊肉串10元3串…”): theirs, not the last speaker's.
    // Not when the clause right after the quote hands it to the speaker (“…”一位证券经理告诉记者，…).
    : (evidence === 'previous-paragraph' || evidence === 'sentence') && CROWD_IN_NARRATION.test(leadIn) && !forms.some((form) => writes(leadIn, form)) && !saysRightAfter(text.slice(quote.end), forms) ? 'crossed-paragraph'
    // A quote opening its sentence after one that turns to a crowd, the last speaker named before the crowd only (与王先生遭遇一样，
    // 济南还有不少面包新语的消费者出现…现象。“…”): the crowd's words, not the last speaker's.
    : evidence === 'paragraph' && /^[\s」”』]*$/u.test(text.slice(sentenceStart, quote.start)) && turnsToCrowd(sentenceBefore(text, sentenceStart), forms) ? 'crossed-paragraph'
    // A sentence ending on others' criticism or complaint right before a quote that opens the next (却引来一些基金公司的非议。「…」):
    // the quote is that criticism, not the last speaker's words.
    : /^[\s」”』]*$/u.test(text.slice(sentenceStart, quote.start)) && followsOthersSaying(sentenceBefore(text, sentenceStart), forms) ? 'crossed-paragraph'
    // This paragraph brings in a saying of no one named (投资圈有个观点是：…。「…」): the quote is that saying's.
    : evidence === 'previous-paragraph' && UNNAMED_SAYING.test(leadIn) ? 'crossed-paragraph'
    // Several taking the words up right after them (「我覺得追求安穩沒有錯…」兩人自認還年輕): said by more than the last speaker.
    : evidence === 'previous-paragraph' && GROUP_AFTER_QUOTE.test(text.slice(quote.end)) ? 'crossed-paragraph'
    // A question standing alone after someone's answer (「好的。」 then 「感觉乌镇有变化吗？」): the one asking, not the one who answered.
    : evidence === 'previous-paragraph' && quote.start <= 1 && /[？?]\s*$/u.test(quote.text) && /^\s*[“「『][^”」』]*[”」』]\s*$/u.test(text) ? 'crossed-paragraph'
    // 他們 or 她們 the only mention, and the one person found never written in this paragraph (…，讓工薪族欣然接受，同時他們反而認為，「…」
    // after 專欄作家青樹明子表示 the paragraph before): many, not the one named before.
    : (evidence === 'sentence' || evidence === 'previous-paragraph') && onlyManyPointedAt(text, text.slice(sentenceStart, quote.start), forms) ? 'crossed-paragraph'
    // 他 reaching past the person this paragraph is about (…內容副總裁謝定原，…。…，他已經…，「…」) to someone named before it.
    : evidence === 'sentence' && onlyPronoun(sentence, forms) !== null && !forms.some((form) => writesAsSpeaker(text, form, speaker)) && namesSomeoneElse(text.slice(0, sentenceStart), forms) ? 'crossed-paragraph'
    // The sentence heads a clause with someone else and never writes the speaker (主席黃美慧以其居所為例，「…」): the quote is theirs, not a speaker carried from before.
    // A speaker written right after the quote (…，「日本真的很難打。」張家銘說。) is handed the words there, whoever the sentence opened with.
    : evidence === 'sentence' && !forms.some((form) => writesAsSpeaker(text.slice(sentenceStart, quote.start), form, speaker) || writesAsSpeaker(text.slice(quote.end, sentenceEndAfter(text, quote.end)), form, speaker)) && namesSomeoneElse(text.slice(sentenceStart, quote.start), forms, true) ? 'crossed-paragraph'
    : evidence === 'sentence' && !goesOnFromKept && handsOverByPronoun(text.slice(sentenceStart, quote.start), forms) && pronounPassesOver(leadIn, forms, read.namedOrTitled) ? 'crossed-paragraph'
    // 他 in the sentence after someone the article brings in by title or quotes by name (部分因为特朗普…的爆料，他说…「…」): theirs.
    : evidence === 'sentence' && !goesOnFromKept && onlyPronoun(sentence, forms) !== null && pronounPassesOver(leadIn.slice(0, lastPronounAt(text.slice(0, quote.start))), forms, read.namedOrTitled) ? 'crossed-paragraph'
    // 他 opening a sentence after one about someone the article keeps naming (…，是陳同佳出獄的日子。他當時…聲稱：「…」): theirs.
    : evidence === 'sentence' && !goesOnFromKept && onlyPronoun(sentence, forms) !== null && pronounPassesOver(sentenceBefore(text, sentenceStart) + leadIn.slice(sentenceStart, lastPronounAt(text.slice(0, quote.start))), forms, read.recurring) ? 'crossed-paragraph'
    // 她 heading a clause of the quote's sentence after a paragraph that calls the speaker 他 (他也質疑…，也透露…。她希望…，「…」):
    // another person, whom the rules did not name; the same holds the other way round.
    : evidence !== 'continued' && !forms.some((form) => writes(text.slice(sentenceStart, quote.start), form)) && pronounTurnsOver(text.slice(0, sentenceStart), text.slice(sentenceStart, quote.start), forms) ? 'crossed-paragraph'
    // The speaker written only as whose kin the sentence is about (「…」王慕真的妻子阿萍敘述著): the kin speaks, not them.
    : evidence === 'sentence' && isOnlyKinOwner(sentence, forms) ? 'crossed-paragraph'
    // 她 after a paragraph naming the speaker only as whose kin is about to speak (羅其清的大姊羅素琴表示，…。「…」她說): the kin.
    : evidence === 'sentence' && onlyPronoun(sentence, forms) !== null && isOnlyKinOwner(leadIn, forms) ? 'crossed-paragraph'
    // 對方 handing over to the quote is the other party, never the one a clause of the sentence opens with (宋師傅告訴記者，…，對方說「包下」).
    // One the sentence names as an object (記者聯繫到當事人謝某某，對方表示) may be that other party.
    : evidence === 'sentence' && OTHER_PARTY_SPEAKS.test(text.slice(sentenceStart, quote.start)) && text.slice(sentenceStart, quote.start).split(CLAUSE_BREAK).some((clause) => forms.some((form) => clause.trim().startsWith(form))) ? 'pronoun-is-object'
    // A quote listed before 等 and a count (…和「同一個財通，共同的家」等八大文化共識) is one of the names listed.
    : LISTED_WITH_OTHERS.test(text.slice(quote.end)) ? 'embedded-phrase'
    // The quote's own words own the speaker (「我啲員工住好遠…」 shown as 員工's): whoever says 我的員工 is not the 員工.
    : ownsSpeaker(quote.text, speaker) ? 'crossed-paragraph'
    : evidence === 'sentence' && onlyPronoun(sentence, forms) !== null && namesSpeakerAsAnother(quote.text, speaker) ? 'crossed-paragraph'
    : evidence === 'distant' ? 'distant'
    : null);
  const sentenceLeadIn = text.slice(sentenceStart, quote.start);
  const opener =
    refusal === 'nested-speech' && namedInsideReport ? reporterOpeningSentence(sentenceLeadIn, speaker, quotes, read)
    : refusal === 'unshaped-once' && !PERSON_WORD.test(speaker) ? personOpeningSentence(sentenceLeadIn, quotes, read)
    : null;
  return { quoteId: quote.id, speaker, evidence, refusal, ...(opener === null ? {} : { opener }) };
}

/** Others' criticism, complaint or talk ending a sentence (引来一些基金公司的非议。): what follows in quotes is theirs. */
const OTHERS_SAYING_BEFORE = /的(?:非議|非议|批評|批评|質疑|质疑|不滿|不满|抱怨|吐槽|議論|议论|聲音|声音|怨言)[。！!]\s*$/u;

/** Whether the sentence before ends on others' saying and never writes the speaker: the quote opening the next is theirs. */
function followsOthersSaying(previousSentence: string, forms: readonly string[]): boolean {
  return OTHERS_SAYING_BEFORE.test(previousSentence) && !forms.some((form) => writes(previousSentence, form));
}

/** 他 or 她 heading a clause (…，他也質疑, 她希望…), not 他們 or 她們. */
const PRONOUN_HEADING_CLAUSE = /(?:^|[，,。；;！？!?」”])\s*(?:[並并也又還还則则更亦便就]\s*)?([他她])(?![們们])/gu;

/** The narration alone: what is inside quote marks blanked, the marks kept (「當他說起女兒…」她說 has 她 and no 他). */
function narrationOf(text: string): string {
  return text.replace(/「[^「」]*」|“[^“”]*”|『[^『』]*』/gu, (quoted) => `${quoted.charAt(0)}${'□'.repeat(quoted.length - 2)}${quoted.charAt(quoted.length - 1)}`);
}

/**
 * Whether the quote's sentence turns to the other sex's pronoun than the paragraph before it uses (他…。她希望…「…」): the words
 * are another person's, not the one the paragraph was about. Only the narration's pronouns count.
 */
function pronounTurnsOver(paragraphBefore: string, sentenceLeadIn: string, forms: readonly string[]): boolean {
  const before = narrationOf(paragraphBefore);
  const usedBefore = new Set([...before.matchAll(PRONOUN_HEADING_CLAUSE)].map((match) => match[1]));
  if (usedBefore.size !== 1) return false;
  const [used] = [...usedBefore];
  // The speaker named after that pronoun (他是…官員。蔡英文隨後…。她說：) is who the paragraph turned to.
  if (forms.some((form) => [...form].length >= 2 && before.indexOf(form, before.lastIndexOf(used ?? '')) >= 0)) return false;
  // The last pronoun heading a clause before the quote is the one the words go with.
  const last = [...narrationOf(sentenceLeadIn).matchAll(PRONOUN_HEADING_CLAUSE)].at(-1)?.[1];
  return last !== undefined && last !== used;
}

/**
 * Words for a person by kin, age or part in a story (婆婆有條理地答, 男子續稱): the clause has a subject of its own, whom the
 * rules did not cut out whole; the sentence's opener is not it.
 */
const PERSON_WORD = new RegExp(`(?:${HONORIFICS.join('|')}|男子|女子|男童|女童|老人|老翁|老婦|老妇|婦人|妇人|少年|少女|司機|司机|警員|警员|記者|记者|店員|店员|職員|职员|員工|员工|事主|死者|傷者|伤者|兒子|儿子|女兒|女儿|丈夫|妻子|母親|母亲|父親|父亲|媽媽|妈妈|爸爸|老公|老婆|孩子|小孩|網友|网友|民眾|民众|市民|居民|村民|街坊|對方|对方)`, 'u');

/**
 * The person a sentence opens with, by title and name (嘉華國際主席呂志和，昨被問及…，也改變立場稱「…」) or by a name the article
 * gives other words to, when the phrase the rules took for the speaker is a cut of a later clause (改變立場, 心有不忿): Chinese
 * drops the subject of the clauses that go on from the first, so the words are the opener's. Not when someone else heads a
 * clause between, nor when the sentence opens on a name alone that speaks nowhere else (李明看著文件，…), whose end is unsure.
 */
function personOpeningSentence(leadIn: string, quotes: readonly Quote[], read: ArticleReading): { speaker: string; role: string | null } | null {
  const opening = leadIn.replace(/^[\s」”』]+/u, '').replace(LEADING_NOISE, '');
  const firstClause = opening.split(CLAUSE_BREAK)[0] ?? '';
  // A clause of only the title and name (嘉華國際主席呂志和，) is read whole, so a name's last character is not taken for 和.
  const whole = splitSpeakerRole(firstClause.trim());
  const titled = whole.role !== null && isPersonalName(whole.speaker) ? whole : findRoleAndNameAtHead(firstClause);
  const known = titled === null ? quotes.find((other) => other.kind === 'speech' && other.speaker !== null && isPersonalName(other.speaker) && opening.startsWith(other.speaker)) : undefined;
  const person = titled ?? (known === undefined || known.speaker === null ? null : { speaker: known.speaker, role: known.role });
  if (person === null || firstClause.length === opening.length) return null;
  // Several heading the sentence (黃迺元及幹事杜振豪去年取消…，指原因「…」): no one of them alone speaks.
  const at = opening.indexOf(person.speaker);
  if (at < 0 || /^\s*(?:、|及|以及|和|與|与|跟|同|偕同|連同|连同)/u.test(opening.slice(at + person.speaker.length))) return null;
  const forms = [person.speaker, ...read.otherFormsOf(person.speaker)];
  // Anyone else the article names, anywhere after the first clause (首度開腔回應溫家寶指「…」): the words may be theirs.
  const rest = opening.slice(firstClause.length);
  const othersNamed = read.namedOrTitled.some((name) => name !== person.speaker && !forms.includes(name) && [...name].length >= 2 && rest.includes(name));
  return othersNamed || namesSomeoneElse(rest, forms) ? null : person;
}

/** A later clause of the sentence with someone else reporting, set against the first (但…則表示，, 而…說，). */
const CONTRASTED_REPORTER = new RegExp(`(?:^|[，,；;])\\s*(?:但是|但|而|不過|不过|然而)[^，,。；;：:「」“”『』]{1,20}?(?:${REPORTING_VERB})[：:，,]`, 'u');

/** A clause opening the sentence with someone reporting (潘金治的太太鄭焦說，, 台經院院長張建一今天表示，): who, and the verb. */
const REPORTER_CLAUSE = new RegExp(`^[\\s」”』]*([^，,。；;：:「」“”『』]{2,30}?)(?:${REPORTING_VERB})(?:說|说|道)?[：:，,]`, 'u');

/**
 * The one who reports, when the sentence opens with them saying it and the speaker found is named only inside what they say
 * (鄭焦說，醫師說先生…；她最怕…，「他住院我也不敢請假…」): the words go on with the reporter's own. Only someone the
 * article gives other words to, written at the end of the clause's subject (潘金治的55歲太太鄭焦), so the reporter is a speaker
 * the reading already knows, not a phrase cut from the clause.
 */
function reporterOpeningSentence(leadIn: string, nested: string, quotes: readonly Quote[], read: ArticleReading): { speaker: string; role: string | null } | null {
  const subject = REPORTER_CLAUSE.exec(leadIn)?.[1]?.trim();
  // Another reporting clause set against the first (外界認為…，但李紀珠友人則表示，…「…」): the words are that reporter's, not the opener's.
  if (CONTRASTED_REPORTER.test(leadIn)) return null;
  // Or the sentence opens on them and a later clause of theirs reports (阿蘭看著…的阿道，語帶不忍提及，阿道最近…「…」).
  const firstClause = leadIn.replace(/^[\s」”』]+/u, '').split(/[，,；;：:]/u)[0] ?? '';
  const opensOn = subject === undefined && REPORTING_CLAUSE.test(leadIn) ? firstClause : undefined;
  if (subject === undefined && opensOn === undefined) return null;
  for (const other of quotes) {
    if (other.kind !== 'speech' || other.speaker === null || other.speaker === nested) continue;
    const forms = [other.speaker, ...read.otherFormsOf(other.speaker)].filter((form) => [...form].length >= 2);
    if (forms.some((form) => (subject !== undefined ? subject.endsWith(form) : opensOn?.startsWith(form)))) return { speaker: other.speaker, role: other.role };
  }
  return null;
}

/** A named city, province or country, then what may be a body's name (重庆|万科). */
const PLACE_THEN_BODY = new RegExp(`^(?:${NAMED_PLACES})(\\p{Script=Han}{2,6})$`, 'u');

/**
 * A speaker with no shape of a name, body, description or document, written once in the whole article and
 * with no role (內部信, 神情凝重): a phrase cut from the clause rather than someone the text brings in.
 * A brand or short body name that really speaks (比亞迪, 小紅書) is written again; a pseudonym is glossed as one.
 */
function isUnshapedOnce(speaker: string, article: string): boolean {
  if (hasSpeakerShape(speaker) || isUnnamedSource(speaker) || article.split(speaker).length - 1 >= 2) return false;
  // A body's arm in a city or province, the body named elsewhere in the article (重庆万科 where 万科 recurs): a body that speaks.
  const arm = PLACE_THEN_BODY.exec(speaker)?.[1];
  if (arm !== undefined && (isKnownBody(arm) || article.split(arm).length - 1 >= 3)) return false;
  // A document the text names in title marks (《指导意见》规定) speaks as its title names it (LABELS.md).
  if (article.includes(`《${speaker}》`)) return false;
  // A pseudonym the text glosses as one (旺旺雪饼（化名）) is a person's name, whatever its shape; so is a name glossed as
  // spelled by its sound (宗新（音）).
  return !new RegExp(`${escapeRegExp(speaker)}${PSEUDONYM_GLOSS}`, 'u').test(article);
}

/**
 * Withholds every speaker whose attribution the gate refuses (speaker and role become null; the
 * quote stays, as speech). `assessments`, when given, receives what was judged of each speaker shown.
 */
/**
 * `notes`, when given, is how the rules found each speaker (`extractQuotes`' notes): a speaker reached through a reference whose
 * antecedent lies outside the quote's sentence is refused (`reference-afar`).
 */
export function refuseWeakAttributions(quotes: readonly Quote[], sourceParagraphs: readonly LocatedParagraph[], assessments?: SpeakerAssessments, notes?: AttributionNotes): Quote[] {
  const { paragraphs } = readingCopy(sourceParagraphs);
  const paragraphIndex = new Map(paragraphs.map((paragraph, index) => [paragraph.paragraphId, index]));
  const continuedLater = new Set(quotes.flatMap((quote) => (quote.continues === null ? [] : [quote.continues])));
  // The speaker kept for the last speech of each paragraph, for a quote opening the next one.
  const lastKept = new Map<number, string | null>();
  // The last speech kept in each paragraph, for a pronoun going on with it later in the paragraph.
  const keptInParagraph = new Map<number, KeptQuote>();
  // The last quote refused as a phrase cited in the narration, for one listed right after it (「…」、「…」).
  let refusedCitation: Quote | null = null;
  const refused = new Set<string>();
  const gated = quotes.map((quote) => {
    const index = paragraphIndex.get(quote.paragraphId) ?? -1;
    const found = assessSpeaker(quote, paragraphs, index, lastKept.get(index - 1) ?? null, continuedLater.has(quote.id), quotes, keptInParagraph.get(index) ?? null);
    if (found === null) return quote;
    // A quote listed right after one the narration cites (案例包括「…」、「…」) is cited with it.
    const listedAfterCitation = refusedCitation !== null && refusedCitation.paragraphId === quote.paragraphId && /^\s*[、，,]\s*$/u.test((paragraphs[index]?.text ?? '').slice(refusedCitation.end, quote.start));
    const reachedAfar = notes?.get(quote.id) === 'reference' && (found.evidence === 'paragraph' || found.evidence === 'previous-paragraph');
    const assessment: SpeakerAssessment = found.refusal === null && listedAfterCitation ? { ...found, refusal: 'embedded-phrase' } : found.refusal === null && reachedAfar ? { ...found, refusal: 'reference-afar' } : found;
    assessments?.set(quote.id, assessment);
    refusedCitation = assessment.refusal === 'embedded-phrase' ? quote : null;
    if (assessment.opener !== undefined) {
      lastKept.set(index, assessment.opener.speaker);
      keptInParagraph.set(index, { speaker: assessment.opener.speaker, end: quote.end });
      return { ...quote, ...assessment.opener };
    }
    if (assessment.refusal !== null) {
      refused.add(quote.id);
      return { ...quote, speaker: null, role: null };
    }
    lastKept.set(index, assessment.speaker);
    keptInParagraph.set(index, { speaker: assessment.speaker, end: quote.end });
    return quote;
  });
  return tieOpeningQuotesToNextSpeaker(gated, paragraphs, refused, assessments);
}

/** Characters that close a sentence, inside a quote's marks or right after them. */
const SENTENCE_CLOSE = /[。！？!?]/u;

/**
 * A quote that is its paragraph's whole first sentence, with no one said to speak it, and the next sentence opening on 他, 她 or
 * the one who then speaks in it (“我们是初创公司…为时过早。”她并不欣赏…，“大厂的方法…”): that speaker's, as LABELS.md ties a quote to
 * the one the same paragraph then gives it to. Not a quote whose speaker the gate refused, nor one the paragraph's next sentence
 * leaves before anyone speaks, nor when the next sentence marks a second voice (也, 則).
 */
function tieOpeningQuotesToNextSpeaker(quotes: readonly Quote[], paragraphs: readonly LocatedParagraph[], refused: ReadonlySet<string>, assessments?: SpeakerAssessments): Quote[] {
  const textOf = new Map(paragraphs.map((paragraph) => [paragraph.paragraphId, paragraph.text]));
  return quotes.map((quote, index) => {
    if (quote.kind !== 'speech' || quote.speaker !== null || refused.has(quote.id) || quote.continues !== null) return quote;
    const text = textOf.get(quote.paragraphId) ?? '';
    const next = quotes[index + 1];
    if (next === undefined || next.paragraphId !== quote.paragraphId || next.kind !== 'speech' || next.speaker === null) return quote;
    if (!OPENING_DASHES.test(text.slice(0, quote.start))) return quote;
    const between = text.slice(quote.end, next.start);
    const closesSentence = SENTENCE_CLOSE.test(quote.text.slice(-1)) || /^\s*[。！？!?]/u.test(between);
    if (!closesSentence || SENTENCE_CLOSE.test(between.replace(/^\s*[。！？!?]/u, ''))) return quote;
    const opener = between.replace(/^\s*[。！？!?]?\s*/u, '');
    const subject = /^[他她](?![們们])/u.test(opener) ? opener.charAt(0) : opener.startsWith(next.speaker) ? next.speaker : null;
    // 也, 則, 亦 after them mark a second voice answering the first (「甲。」黃美玲則回應：「乙。」): the first is someone else's.
    if (subject === null || /^(?:也|亦|則|则|又|還|还|更|同樣|同样)/u.test(opener.slice(subject.length))) return quote;
    assessments?.set(quote.id, { quoteId: quote.id, speaker: next.speaker, evidence: 'paragraph', refusal: null, tiedToNext: true });
    return { ...quote, speaker: next.speaker, role: next.role };
  });
}
