import type { LocatedParagraph, Quote } from '../model';
import { maskQuotes, readingCopy, withoutShareTickers, type ParagraphMarks, type QuoteSpan } from './quote-marks';
import { classifyQuote, ENDS_SENTENCE, isClosingPredicate, isCountedAsWord, isSentenceLike, OPENING_DASHES } from './quote-kind';
import { findAttributionAfter, findAttributions, sayerClosingLostQuote, findIntroducedPeople, findPassiveSayer, findPersonAtHead, findPseudonymousNames, findSubjectAfterOpeningQuote, findSubjectBeforeQuote, findWordUser, opensAsGroup } from './speakers/attributions';
import { findForeignNames, FORMER_OR_LATTER, INTERVIEWEE, isLaterMention, isOrganisationName, isPerson, isPersonalPronoun, latinFullNamesIn, latinFullNamesOpeningWith, personByForeignSurname, personByLatinNamePart, PRONOUNS, resolvePerson, SOMEONE, SUBJECT_COMPANY } from './speakers/coreference';
import { findNameAtHead, findRoleAndNameAtHead, hasSpeakerShape, isBodyName, NAME_DOT, isPersonalName, isPlausibleSpeaker, splitSpeakerRole, SURNAME_AND_HONORIFIC, SURNAMES, type NamedSpeaker } from './speakers/name-shape';
import { familiarFormsAtClauseHeads, familiarFormsGiven, givenNameFollowsFullName, isGivenNameOf, latinNamesAfterRoles, fullNameOfBareSurnameFrom, fullNameOfFamiliarForm, isBareSurname, isFamiliarForm, isMistypedName, namesDescribedAtHeads, namesEndingLikeAPredicate, namesRecurringAsSubjects, surnameRunsIn } from './speakers/name-forms';
import { ANY_SPEECH_VERB, endsWithSpeechVerb, VERB_SOURCE } from './speakers/speech-verbs';
import { isUnnamedSource, STAFF_JOB } from './speakers/anonymous';
import { findCaptionedPerson, findNameTag } from './speakers/name-tag';
import { personAnchoringPhrase, titledNamesIn } from './speakers/name-anchor';
import { isReporter, isReporterQuestion } from './speakers/reporter-questions';
import { attributeQuotedSubheads } from './speakers/subheads';
import { CONTRASTED_SUBJECT, escapeRegExp, findSentenceStart, REACH } from './speakers/text-scan';
import { TextSoFar } from './speakers/text-so-far';

export * from './quote-marks';
export * from './quote-kind';
export { findAttributionAfter, findAttributions, findIntroducedPeople, type Attribution } from './speakers/attributions';
export { trimSpeakerPhrase } from './speakers/clause';
export { INTERVIEWEE, isOrganisationName, resolvePerson, resolveSpeaker } from './speakers/coreference';
export { endsWithSpeechVerb } from './speakers/speech-verbs';
export { findSentenceStart, measureLength } from './speakers/text-scan';

/**
 * Quotes in Chinese news copy: find the marked spans, tell reported speech from scare-quoted terms
 * (quote-kind.ts), and name the speaker as the text names them (speakers/: the speech verb, the
 * noun phrase before it, its shape as a name, and later mentions resolved). This module reads
 * paragraphs in order and carries who spoke last from sentence to sentence and paragraph to paragraph.
 */

/**
 * Whether a quote is closed off by its lead-in: handed over by a verb (X說：「…。」) and ending its own
 * sentence, so a clause after it opens the next sentence (「…。」Y其後補充，…) and names no one for it.
 */
function isClosedHandover(leadIn: string, inner: string): boolean {
  return endsWithSpeechVerb(leadIn) && /[。！？!?]$/.test(inner);
}

/** Verbs that state the speaker's own view or account, within which someone else may be cited (表示, 认为, 指出, 称). */
/** Verbs of holding a view, not of saying it (大家都觉得). */
const HOLDS_A_VIEW = /^(?:覺得|觉得|認為|认为|認爲|以為|以为|感到|感覺|感觉)$/u;

const STATES_A_VIEW = /^(?:表示|認為|认为|認爲|指出|強調|强调|透露|坦言|直言|坦承|相信|覺得|觉得|承認|承认|稱|称|說|说|分析稱|分析称|分析|介紹|介绍|解釋|解释|補充|补充|證實|证实)$/u;

/** A clause that opens on a joining adverb and a verb of saying, with no subject (並指出，因此, 也表示：, 又稱). */
const SUBJECTLESS_SAYING = new RegExp(`^\\s*(?:並且|并且|同時|同时|並|并|且|也|又|亦|還|还|更|再)+\\s*(?:${VERB_SOURCE})\\s*[，,：:]?\\s*(?:因此|所以|因而|故)?\\s*[，,]?\\s*$`, 'u');

/** Whether a quote lies inside a work's title: a 《 before it not closed yet, and its 》 after it before any other 《. */
function isInsideWorkTitle(text: string, span: QuoteSpan): boolean {
  const opened = text.lastIndexOf('《', span.start);
  if (opened < 0 || text.lastIndexOf('》', span.start) > opened) return false;
  const closed = text.indexOf('》', span.end);
  const reopened = text.indexOf('《', span.end);
  return closed >= 0 && (reopened < 0 || reopened > closed);
}

/** After a quote: a clause that ends its sentence (，X說。, ——X說). */
const ATTRIBUTION_ENDS_SENTENCE = /^\s*(?:[，,]|[—–－]+)?\s*[^，,。！？!?；;：:\n—“「『]*(?:[。！？!?；;]|$)/;

/** After a quote: more quotes in a list, then 的 and a noun of attitude or saying (「…」、「…」的心態, 的說法): the quotes are what people say or think, not the sentence's speaker's words. */
const QUALIFIES_NOUN = /^\s*(?:[、，,]\s*[“「『]□*[”」』]\s*)*的(?:心態|心态|想法|說法|说法|觀念|观念|思維|思维|口號|口号|論調|论调|心理|聲音|声音|標籤|标签|言論|言论|傳言|传言|傳聞|传闻|質疑|质疑)/;

/**
 * A provision cited by its number right before its wording, with no verb of stating (违反了《价格法》第十四条“…”的规定):
 * the text cites the rule, no one speaks it; the one who cites it (市场监管总局称) is not its speaker.
 */
const CITED_PROVISION = /《[^《》]{2,40}》\s*第[^，,。：:「」“”『』《》]{1,14}?(?:條|条|款|項|项)[^，,。：:「」“”『』《》]{0,8}?\s*$/u;

/** A law's wording cited inside it, then named a provision (违反了《…条例》中“禁止占用城市道路开展经营活动”的条款): the rule's, no one's. */
const LAW_THEN_WORDING = /《[^《》]{2,40}》\s*(?:中|裡|里|內|内)?\s*$/u;
const WORDING_NAMED_PROVISION = /^\s*的(?:條款|条款|規定|规定|條文|条文)/u;

/**
 * 我 heading the clause that hands over to the quote with a verb of saying (我听了也只是笑笑回答，“…”), or
 * heading an earlier clause of the sentence when that clause has no subject of its own (我自然是无法接受的，
 * 反驳道，“…”): the narrator speaks. A clause with a subject of its own (…，她就到处跟别人说“…”) is not theirs.
 */
function narratorSpeaks(leadIn: string): boolean {
  const clauses = leadIn.replace(/[，,：:\s]+$/u, '').split(/[，,；;]/u).map((clause) => clause.trim());
  const last = clauses.at(-1) ?? '';
  if (!SAYS_AT_END.test(last)) return false;
  if (opensWithNarrator(last)) return true;
  return !/[他她]|[\p{Script=Han}]{2}(?:说|說)/u.test(last.replace(SAYS_AT_END, '')) && /^[^我他她]{0,2}(?:又|还|還|也|便|就|并|並|随即|隨即)?\s*(?:[^\s]{0,3})$/u.test(last.replace(SAYS_AT_END, '')) && clauses.slice(0, -1).some(opensWithNarrator);
}

/** 我 as the clause's subject, after a connective at most (于是我…, 对此，我…); not 秋秋给我… or 在我问…的时候. */
function opensWithNarrator(clause: string): boolean {
  return /^(?:于是|於是|对此|對此|然后|然後|而|但|可|后来|後來|随后|隨後|当时|當時)?\s*我(?![们們])/u.test(clause) && !/[時时]候|之[時时]/u.test(clause);
}

/** The last clause of a lead-in, without the punctuation that hands over to the quote, and where it starts in the lead-in. */
function handingClause(leadIn: string): { clause: string; start: number } {
  const trimmed = leadIn.replace(/[，,：:\s]+$/u, '');
  const start = Math.max(trimmed.lastIndexOf('，'), trimmed.lastIndexOf(','), trimmed.lastIndexOf('；'), trimmed.lastIndexOf(';')) + 1;
  return { clause: trimmed.slice(start), start };
}

/**
 * Where in the lead-in the clause handing over to the quote starts, when 我 heads it and says the words (小领导问我为什么，
 * 我说：“…”): the words are the narrator's, not those of whoever spoke in an earlier clause. -1 otherwise.
 */
function narratorClauseStart(leadIn: string): number {
  const { clause, start } = handingClause(leadIn);
  return SAYS_AT_END.test(clause.trim()) && opensWithNarrator(clause.trim()) ? start : -1;
}

/**
 * The clause handing over to the quote at a colon, with no verb of saying (记者问小戴…，小戴显得很有准备：“…”), and where it
 * starts in the lead-in; null when the lead-in does not end at a colon.
 */
function clauseBeforeColon(leadIn: string): { clause: string; start: number } | null {
  return /[：:]\s*$/u.test(leadIn) ? handingClause(leadIn) : null;
}

/**
 * A name given in the passive with no one giving it (新城被形容为“空城”、“鬼城”, 曾被稱為「…」): words of people the text
 * does not name, whoever else speaks in the sentence (记者问小戴，是否听说了新城被形容为“空城”). 被網友稱為 names them.
 */
const NAMED_BY_NO_ONE = /被(?:屢屢|屡屡|一度|曾|常|常常|也|亦|都|普遍)?(?:形容|稱|称|譽|誉|視|视|喻)(?:為|为|作)\s*(?:[“「『]□*[”」』]\s*[、，,]?\s*)*$/u;

/** Someone unnamed thinking or saying the words right before them (也有人覺得「…」, 有的人说“…”): no one the text names, not the last speaker. */
const SOMEONE_THINKS = /(?:^|[，,。；;！？!?」”』])\s*(?:也|亦|還|还|更|則|则)?(?:有人|有些人|有的人|有網友|有网友)(?:也|亦|還|还|則|则)?(?:覺得|觉得|認為|认为|說|说|表示|稱|称|質疑|质疑|問|问)\s*$/u;

/**
 * 他 or 她 then a word of going on (他又, 她還, 他也, 她亦), or changing their tune, perhaps later that day (但他下午改口，說是「…」):
 * the same speaker continuing, taking back their own earlier words.
 */
const PRONOUN_GOES_ON = /[他她](?![們们])\s*(?:(?:又|還|还|也|亦|再|續|续|更|同時|同时)[^，,。；;：:！？!?]{0,4}|(?:上午|下午|晚上|後來|后来|隨後|随后|其後|其后|稍後|稍后)?(?:改口|反口)[，,]?\s*)$/u;

/** A verb of saying ending a clause, perhaps with 道 or a colon after it. */
const SAYS_AT_END = /(?:说|說|道|回答|回复|回覆|反驳|反駁|问|問|写明|寫明|表示|回应|回應|告诉|告訴|强调|強調|直言|坦言)[^，,。；;：:]{0,2}$/u;

/** How often a name is written before it counts as someone the article is about. */
const RECURRING_NAME = 3;

/**
 * The person an earlier clause of the sentence opens on, by a name the article gives a speaker (王石并没有避讳，): the subject a 他
 * after it goes on with. Not one whose kin or thing the clause is about (阿蕎的長女小婷…): 的 after the name.
 */
/** A clause that is a description ending in 的 and a familiar name (正就讀國三的小威). */
const DESCRIBED_FAMILIAR_CLAUSE = /^[^，,。；;：:「」“”『』□]{2,20}的((?:阿|小|老)\p{Script=Han}|\p{Script=Han}(?:伯|嫂|叔|姐|婆|姨|哥|嬤|嬷))$/u;

function subjectNamedInSentence(before: string, names: readonly string[], textSoFar: string): string | undefined {
  const clauses = before.split(/[，,；;：:]/u).slice(0, -1).map((clause) => clause.trim().replace(/^(?:而|但|並|并|且|因此|所以|於是|于是|不過|不过)/u, ''));
  // A name the text keeps writing (王石, a dozen times) is the feature's person though no verb of saying has named them yet.
  const known = (name: string) => names.includes(name) || textSoFar.split(name).length - 1 >= RECURRING_NAME;
  for (const clause of clauses.reverse()) {
    const name = findNameAtHead(clause);
    if (name !== null && known(name) && !/^[的之]/u.test(clause.slice(name.length))) return name;
    // A familiar name after what describes them, as the whole clause (正就讀國三的小威，相當能體會…，他…說): the feature's person,
    // when the text calls them so again.
    const described = DESCRIBED_FAMILIAR_CLAUSE.exec(clause)?.[1];
    if (described !== undefined && isFamiliarForm(described) && textSoFar.split(described).length - 1 >= 2) return described;
  }
  return undefined;
}

/** A subhead: a short line with no sentence or clause punctuation and no quote marks. */
function isSubhead(text: string): boolean {
  return text.trim().length <= 30 && !/[。！？!?：:，,；;「」“”『』]/u.test(text);
}

/** A paragraph set apart as a question in an interview or a briefing (問：, 记者：, Q：). */
const QUESTION_LABEL = /^\s*(?:問|问|提問|提问|Q|Ｑ|記者|记者)\s*[：:]/u;

/** An outlet's report quoting a source (報道引述消息稱, 路透援引知情人士): whom it quotes speaks for what follows. */
const REPORT_QUOTING = /引述|援引|(?:報道|报道|報導|报导)(?:指|稱|称)/;

/** A source counted as one, perhaps after where they are, opening the words after a quote (深圳一位基金经理昨日刚从…回来). */
const COUNTED_SOURCE_OPENING = /^\s*[^，,。；;：:「」“”『』□]{0,6}?(?:一位|一名)([^，,。；;：:「」“”『』□的]{1,8}?(?:人士|經理|经理|分析師|分析师|專家|专家|員工|员工|官員|官员|負責人|负责人|研究員|研究员|律師|律师|高管|工作人員|工作人员|業主|业主|股民|投資者|投资者))(?![\p{Script=Han}]{0,2}(?:說|说|表示|稱|称))/u;

/** A paragraph opening on a subject set against what came before (华夏幸福则…, 另一邊廂，港鐵則…). */
const TOPIC_TURNS_AT_HEAD = /^(?:[^，,。；;：:「」“”『』□]{0,6}[，,])?[^，,。；;：:「」“”『』□]{2,12}?(?:則|则)(?![是為为])/u;

/** A pointer at one source (該網友, 这名员工, 這位專家) opening a speaker's phrase. */
const POINTER_BEFORE = /(?:^|[，,。；;：:])\s*(?:該|该|這名|这名|這位|这位|該名|该名)[\p{Script=Han}]{1,8}?(?:表示|指出|稱|称|說|说|透露|直言|坦言)/u;

/** The reporter interviewing or asking someone (记者采访多位营销人士发现, 本報向…查詢): a new voice for the paragraph. */
const REPORTER_INTERVIEWS = /(?:記者|记者|本報|本报)[^，,。；;「」“”『』□]{0,10}?(?:採訪|采访|詢問|询问|諮詢|咨询|走訪|走访)/u;

/** What kind of body a name is introduced as, right before it (开发商万科地产, 车企比亚迪). */
const BODY_KIND_BEFORE_NAME = /^(?:開發商|开发商|房企|車企|车企|券商|險企|险企|藥企|药企|廠商|厂商|品牌|平台|平臺)(?=\p{Script=Han}{2})/u;

/**
 * Staff named by their job as the body's (相关工作人员, 其相关负责人, 其发言人): whose they are is the body just reached. One counted as one
 * (一名工作人员) is a person of no named body, as the labels have it.
 */
const STAFF_OF_BODY = new RegExp(`^其?(${STAFF_JOB})$`, 'u');

/** The reporter or a party calling, asking or reaching someone (致电, 联系上, 询问, 求证): whom a later 對方 means. */
const REACHED_SOMEONE = /(?:致電|致电|致函|聯繫|联系|聯絡|联络|詢問|询问|查詢|查询|求證|求证|致信)/u;

/** A personal pronoun in the narration (他所在的公司, 她認為), not 其他 or 他們. */
const POINTS_BACK = /(?<![其利吉排])[他她](?![們们人])/;

/** Stands in for a missing entry, which cannot occur: scanParagraphQuoteMarks gives one per paragraph. */
const NO_MARKS: ParagraphMarks = { spans: [], unbalanced: [], continuesPrevious: false };

/** A quote continued over paragraphs, as the next paragraph needs it: the piece to link to and who is speaking. */
interface OpenQuote { pieceId: string; person: NamedSpeaker | null }

/** What one paragraph's reading hands on: its quotes, its last speaker, and a quote it leaves open. */
interface ParagraphReading { quotes: Quote[]; lastSpeaker: NamedSpeaker | null; open: OpenQuote | null }

/** What the paragraph before hands on: its last speaker, and a quote it left open for this one to continue. */
interface CarriedOver { previous: NamedSpeaker | null; continued: OpenQuote | null; narrator?: NamedSpeaker | null; taggedJustBefore?: boolean }

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

/**
 * After a quote, a day or time alone, or what they speak on (对于近期银行下调首付比例，), and then who said it, in a clause with no other
 * turn (2月9日，李斌在一场直播活动中), their
 * verb handing on to more words (表示，…), not acting on something (日前，公司宣布扩产).
 */
const TIME_THEN_SAYER = /^\s*[。，,]?\s*(?:(?:(?:(?:今年|去年|前年|\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:初|中|底|上旬|中旬|下旬)?)|\d{1,2}日|昨[日天]|今[日天]|前[日天]|日前|近日)(?:上午|下午|早上|晚上|晚間|晚间|中午|凌晨|傍晚)?|(?:對於|对于|針對|针对|關於|关于)[^，,。！？!?；;：:「」“”『』□]{2,30})[，,]\s*[^，,。！？!?；;：:「」“”『』□]{2,30}(?:[“「『]?□+[”」』]?[^，,。！？!?；;：:「」“”『』□]{0,8})?$/u;

/**
 * Whether words bring anyone in: a pronoun, someone the paragraph or the one before named, a person heading one of their
 * clauses, or a verb of saying whose subject went unread (有路過外國遊客不明所意，反問記者). Only the people named near are read,
 * so a long article is not read again for every quote.
 */
function namesSomeoneIn(words: string, nearPeople: readonly NamedSpeaker[]): boolean {
  if (/[他她我你]|[們们]/u.test(words) || ANY_SPEECH_VERB.test(words)) return true;
  if (nearPeople.some((person) => person.speaker.length >= 2 && words.includes(person.speaker))) return true;
  return words.split(/[，,；;：:]/u).some((clause) => findRoleAndNameAtHead(clause.trim()) !== null || findNameAtHead(clause.trim()) !== null);
}

/** Words that point back at a source already quoted (這名消息人士, 该知情人士, 上述人士). */
const SOURCE_POINTERS = ['這名', '这名', '該名', '该名', '這位', '这位', '該', '该', '上述', '前述'] as const;

/** Only a connective before a quote opening its sentence (同時「我們正告…」, 此外，“…”): the quote still opens it, going on with the voice before. */
const OPENING_CONNECTIVE = /^\s*(?:同時|同时|此外|另外|而且|並且|并且|但是|但|不過|不过|可是|然而|其實|其实)\s*[，,]?\s*$/u;

/** A person named so far, with the paragraph that last named them. */
interface KnownPerson extends NamedSpeaker { paragraph: number }

/**
 * How many paragraphs back a pronoun (他, 她, 其, 對方, 前者) may reach for whom it points at: further back, another
 * person has usually come and gone (a lawyer quoted at the top of a feature is not the 他 of its
 * thirtieth paragraph).
 */
const PRONOUN_REACH = 2;

/**
 * Adds a person to those named so far, as the latest. Naming someone again moves them to the end rather than
 * adding a copy: every reader of the list asks for the latest mention, the set of names or the last two people,
 * and a copy per quote made a long article's reading quadratic.
 */
function rememberPerson(people: KnownPerson[], person: KnownPerson): void {
  const earlier = people.findIndex((known) => known.speaker === person.speaker && known.role === person.role);
  if (earlier !== -1) people.splice(earlier, 1);
  people.push(person);
}

function readParagraph(paragraph: LocatedParagraph, index: number, marks: ParagraphMarks, people: KnownPerson[], { previous, continued, narrator = null, taggedJustBefore = false }: CarriedOver, knownNames: readonly string[], articleNames: ArticleNames, notes?: AttributionNotes): ParagraphReading {
  const { text, sectionId, paragraphId } = paragraph;
  const asksQuestion = QUESTION_LABEL.test(text);
  const marked = marks.spans.filter((span) => span.depth === 0);
  const masked = maskQuotes(text, marked);
  // Marks inside a work's title in 《》 (《关于深入实施“人工智能+”行动的意见》) are part of the title, which is no quote.
  const spans = marked.filter((span) => !isInsideWorkTitle(text, span));
  const pending = [
    ...findAttributions(text, masked, knownNames).map((found) => ({ ...found, speaks: true })),
    ...findIntroducedPeople(text, masked, knownNames).map((found) => ({ ...found, speaks: false })),
  ].sort((a, b) => a.verbStart - b.verbStart);
  // Every attribution counts for telling speech from terms, even a 他 with no one to point back at.
  const said: { at: number; person: NamedSpeaker | null; basis: AttributionBasis; aside?: boolean; handsOver?: boolean; someone?: boolean; opinion?: boolean; group?: boolean }[] = [];
  // The voice a quote opening a sentence goes on with: the last one said to speak, not one cited in passing (正如X所說), nor what
  // everyone feels, told in an earlier sentence of someone's account (王石称，…。2019年大家都觉得…。“…”): the account goes on.
  const lastVoice = (sentenceStart = Number.POSITIVE_INFINITY) => said.findLast((entry) => entry.aside !== true && !(entry.opinion === true && entry.at < sentenceStart && said.some((earlier) => earlier.at < entry.at && earlier.person !== null && earlier.aside !== true)));
  const introduce = (phrase: string, at = text.length, fresh = false, namedAfterPronoun = ''): NamedSpeaker | null => {
    // 對方 after the reporter reached someone this paragraph (致电…客服，对方表示) is whoever was reached: when no one reached could be
    // named, it is no one, never a person from paragraphs before.
    if (/^(?:對方|对方)$/u.test(phrase) && REACHED_SOMEONE.test(masked.slice(0, at)) && !people.some((person) => person.paragraph === index)) return null;
    // One counted as one of their kind (一名警員) is someone new: no one named before is them.
    const withinReach = fresh ? [] : isPersonalPronoun(phrase) || PRONOUNS.has(phrase) || FORMER_OR_LATTER.test(phrase) ? people.filter((person) => person.paragraph >= index - PRONOUN_REACH) : people;
    // 他 or 她 is one person: never a body, nor a group the text counts as many (這些隱名的人士, 多位分析師).
    // Nor anyone the pronoun's own clause goes on to name (他無懼錢幣商唱淡): 他 points back before itself.
    // Nor a phrase the rules cut from a clause and the text never writes again (更開出期票指「…」 gave 開出期票): no one to go on as.
    const cutFromClause = (person: KnownPerson) => person.role === null && !hasSpeakerShape(person.speaker) && !isUnnamedSource(person.speaker) && articleNames.soFar.timesWritten(person.speaker) < 2;
    const candidates = isPersonalPronoun(phrase) ? withinReach.filter((person) => !articleNames.soFar.actsAsBody(person.speaker) && !opensAsGroup(person.speaker) && !cutFromClause(person) && (namedAfterPronoun === '' || !namedAfterPronoun.includes(person.speaker))) : withinReach;
    // A transliterated surname alone, perhaps with a title (亚当斯表示, 特斯拉CEO马斯克…评论), is the one person the
    // article names in full with it (埃里克·亚当斯, 埃隆·马斯克).
    const titled = splitSpeakerRole(phrase);
    const doubleSurname = titled.role === null ? articleNames.soFar.fullNameOfDoubleSurname(titled.speaker) : null;
    const fullForeignName = (name: string): NamedSpeaker | null =>
      // The people quoted so far count too: a name glossed in Latin letters (费利西安·马尼拉古哈（Felicien Maniraguha）说) heads no clause.
      personByForeignSurname(name, [...new Set([...articleNames.foreign, ...people.map((person) => person.speaker).filter((known) => NAME_DOT.test(known))])], articleNames.soFar.text, (surname) => articleNames.soFar.foreignGivenNames(surname)) ??
      personByLatinNamePart(name, (surname) => new Set([...articleNames.soFar.latinFullNamesBefore(surname), ...latinFullNamesIn(surname, text.slice(0, Math.max(0, at)))])) ??
      // A given name is asked only when no full name ends with it as a surname.
      personByLatinNamePart(name, (given) => new Set([...articleNames.soFar.latinFullNamesOpeningBefore(given), ...latinFullNamesOpeningWith(given, text.slice(0, Math.max(0, at)))]));
    // A transliterated surname after a description (30岁的马尼拉古哈说): the one person named in full with it, the description their role.
    const described = titled.role === null ? /^(.+)的(\p{Script=Han}{2,8})$/u.exec(titled.speaker) : null;
    const describedForeign = described?.[2] === undefined ? null : fullForeignName(described[2]);
    const foreign = doubleSurname !== null ? { speaker: doubleSurname, role: null } : (fullForeignName(titled.speaker) ?? (describedForeign === null ? null : { speaker: describedForeign.speaker, role: described?.[1] ?? null }));
    // A surname alone (鄭謂) is the one person named before with it, or no one.
    if (isBareSurname(phrase)) {
      // Only names given before the mention: 鄭謂 or 黃續指 itself reads as a surname and a given name.
      const mention = text.lastIndexOf(phrase, at);
      // The text before the mention: the paragraphs before, as gathered so far, and this one up to it.
      const paragraphBefore = text.slice(0, Math.max(0, mention));
      const runs = surnameRunsIn(phrase, paragraphBefore, new Map(articleNames.soFar.surnameRunsBefore(phrase)));
      const writes = (name: string) => articleNames.soFar.writesBefore(name) || paragraphBefore.includes(name);
      const full = fullNameOfBareSurnameFrom(phrase, people.map((person) => person.speaker), { runs, writes }, paragraphBefore);
      const known = full === null ? undefined : people.findLast((person) => person.speaker === full);
      const person = full === null ? null : { speaker: full, role: known?.role ?? null };
      if (person !== null && !asksQuestion) rememberPerson(people, { ...person, paragraph: index });
      return person;
    }
    // Staff named only by what they do (相关工作人员, 其相关负责人) after the body reached this paragraph (与万科地产方面取得联系): that body's,
    // as LABELS.md names a spokesperson with the company (万科地产相关工作人员).
    // Only staff marked as the body's (其, 相关) are: a bare or counted 工作人员 stays the descriptor.
    // So is a bare spokesperson (公務員事務局指出，…，發言人稱「…」): the body's, as LABELS.md writes 阿里巴巴發言人; unless the article
    // named a spokesperson, whom the bare title means.
    const bareSpokesperson = /^(?:發言人|发言人)$/u.test(phrase) && !people.some((person) => (person.role ?? '').endsWith(phrase));
    const staffOf = /^(?:其|相關|相关|有關|有关)/u.test(phrase) || bareSpokesperson ? STAFF_OF_BODY.exec(phrase)?.[1] : undefined;
    const reachedBody = staffOf === undefined ? undefined : people.findLast((person) => person.paragraph === index && (isOrganisationName(person.speaker) || isBodyName(person.speaker)) && !isUnnamedSource(person.speaker));
    // The kind the body was called by first (开发商万科地产) is no part of its name.
    if (staffOf !== undefined && reachedBody !== undefined) return { speaker: `${reachedBody.speaker.replace(BODY_KIND_BEFORE_NAME, '')}${staffOf}`, role: null };
    // 公司 or 集團 alone is the company the report is about, which LABELS.md names (御家汇, 北京华科泰公司): the company brought in this
    // paragraph or the one before, or no one. One quoted further back is as likely a broker speaking of it (中金公司 on 御家汇);
    // the bare word names no one a reader can be shown.
    // So is a statement alone (…在一份声明中声称…。声明辩称，…): the body's that issued it, as 經濟部新聞稿 is 經濟部's.
    if (SUBJECT_COMPANY.test(phrase) || BARE_STATEMENT.test(phrase)) {
      const company = people.findLast((person) => person.paragraph >= index - 1 && (isOrganisationName(person.speaker) || isBodyName(person.speaker)) && !isUnnamedSource(person.speaker) && !SUBJECT_COMPANY.test(person.speaker));
      return company === undefined ? null : { speaker: company.speaker, role: null };
    }
    // A bare source's word the article has already pointed back with (一名美國高級官員表示…。這名消息人士也透露…。「…」，消息人士說):
    // the source it pointed at, as 上述消息人士 would be.
    // Only pointers written before the mention: one later in its paragraph (另据该知情人士了解) points at this source.
    const pointedBefore = !fresh && isUnnamedSource(phrase) && SOURCE_POINTERS.some((pointer) => articleNames.soFar.writesBefore(`${pointer}${phrase}`) || text.slice(0, Math.max(0, at)).includes(`${pointer}${phrase}`));
    const resolved = foreign === null ? resolvePerson(pointedBefore ? `上述${phrase}` : phrase, candidates) : { speaker: foreign.speaker, role: titled.role ?? foreign.role ?? people.findLast((person) => person.speaker === foreign.speaker)?.role ?? null };
    // A fragment holding the full name of someone the article names (黃國昌22日於淡水場民眾黨, 建商信心不足葉凌棋) is that person.
    const anchored = resolved !== null && isPersonalName(resolved.speaker) ? null : personAnchoringPhrase(phrase, [...knownNames, ...people.map((person) => person.speaker), ...articleNames.titled]);
    // A surname and an honorific the text never tied to anyone who spoke (33岁的曹先生) is the one name it gave in Western order with that
    // surname last (本·曹(Ben Cao)), as later mentions resolve to the full name.
    const westernSurname = anchored === null && resolved !== null && resolved.speaker === phrase ? SURNAME_AND_HONORIFIC.exec(phrase)?.[1] : undefined;
    const westernNames = westernSurname === undefined || [...westernSurname].length !== 1 ? [] : [...articleNames.soFar.westernOrderNames(westernSurname)];
    const western = westernNames.length === 1 ? westernNames[0] : undefined;
    const found = western !== undefined ? { speaker: western, role: resolved?.role ?? null } : anchored === null ? resolved : { speaker: anchored, role: people.findLast((person) => person.speaker === anchored)?.role ?? null };
    // The names so far are read only for a familiar form: reading them for every speaker made parsing quadratic.
    const familiar = found === null || !(isFamiliarForm(found.speaker) || articleNames.soFar.formsGiven.has(found.speaker)) ? null : fullNameOfFamiliarForm(found.speaker, namesSoFar(found.speaker, knownNames, people, articleNames), articleNames.soFar.text, articleNames.soFar.formsGiven, (form) => articleNames.soFar.namesInOwnRight(form));
    const named = found === null ? null : { speaker: familiar ?? found.speaker, role: found.role };
    // A given name alone (尤金 after 周尤金, 家純 after 鄭家純) is the one person named before in full with it: later mentions resolve
    // to the full name.
    const fullNames = named === null || named.role !== null ? [] : [...new Set([...people.map((known) => known.speaker), ...knownNames])].filter((known) => isGivenNameOf(named.speaker, known) && givenNameFollowsFullName(named.speaker, known, articleNames.soFar.text));
    const fullName = fullNames.length === 1 && fullNames[0] !== undefined ? { speaker: fullNames[0], role: people.findLast((known) => known.speaker === fullNames[0])?.role ?? null } : undefined;
    // A full name the copy mistypes later in one character (王文彬 … 王文斌表示) is the person it named first.
    const namedFirst = named === null ? undefined : (fullName ?? people.findLast((known) => isMistypedName(named.speaker, known.speaker)));
    const retyped = named === null ? null : namedFirst === undefined ? named : { speaker: namedFirst.speaker, role: named.role ?? namedFirst.role };
    // A body's abbreviation (社協) is the one full name the article gives it (社區組織協會): one speaker, one key.
    const fullBody = retyped === null || retyped.role !== null ? null : articleNames.soFar.fullNameOfAbbreviation(retyped.speaker);
    const person = fullBody === null ? retyped : { speaker: fullBody, role: null };
    // 前者 and 後者 point into the last two people named: naming one of them again would reorder the pair.
    // Those a question names (問：美方宣布…，中方有何評論？) are asked about: no later 答： or 他 is them.
    if (person !== null && !FORMER_OR_LATTER.test(phrase) && !asksQuestion) rememberPerson(people, { ...person, paragraph: index });
    return person;
  };
  // A group counted as many (不少員工) is the group: 員工 must not point back at one employee named before.
  const rememberGroup = (at: number, group: string): NamedSpeaker | null => {
    const person = isPlausibleSpeaker(group) ? { speaker: group, role: null } : null;
    said.push({ at, person, basis: 'named', group: true });
    return person;
  };
  const remember = (at: number, phrase: string, aside = false, fresh = false): NamedSpeaker | null => {
    // 他 or 她 speaking again in a sentence someone already speaks in (阿秋說，今年初，蔡慶富…，她說：「…」) is that speaker,
    // not whoever the sentence mentioned since.
    // A group counted as many (不少理事認為) is no one a lone 他 or 她 goes on as.
    const lone = /^[他她佢]$/u.test(phrase);
    const sentenceSpeaker = isPersonalPronoun(phrase) ? said.findLast((entry) => entry.at >= findSentenceStart(masked, spans, at) && entry.aside !== true && !(lone && entry.group === true))?.person ?? null : null;
    // 他 or 她 going on with 又, 還, 也 (毛孟靜批評，馬時亨及梁國權…。她又質疑，…) is the paragraph's last speaker going on, not
    // the last person their words named.
    const goesOn = isPersonalPronoun(phrase) && sentenceSpeaker === null && PRONOUN_GOES_ON.test(masked.slice(Math.max(0, at - 8), at));
    const lastVoiceGoneOn = goesOn ? said.findLast((entry) => entry.aside !== true && !(lone && entry.group === true)) : undefined;
    const paragraphSpeaker = lastVoiceGoneOn?.person ?? null;
    const speaking = sentenceSpeaker ?? paragraphSpeaker;
    const fromSentence = speaking !== null && isPerson(speaking.speaker) && !articleNames.soFar.actsAsBody(speaking.speaker) ? resolvePerson(phrase, [speaking]) : null;
    // With no one speaking in the sentence yet, 他 after a clause the sentence opens on someone by name (…，王石并没有避讳，他表示) is them,
    // not whoever an earlier paragraph mentioned.
    const headed = isPersonalPronoun(phrase) && sentenceSpeaker === null ? subjectNamedInSentence(masked.slice(findSentenceStart(masked, spans, at), at), [...knownNames, ...people.map((person) => person.speaker)], articleNames.soFar.text) : undefined;
    // resolvePerson checks the pronoun fits them (她 is no 先生).
    const fromHead = headed !== undefined && resolvePerson(phrase, [{ speaker: headed, role: null }]) !== null ? headed : null;
    // 他 going on in a sentence a source counted or pointed at as one speaks in (一位网友…发言称，…，他认为报道“有点假”, 該男姓網友表示，
    // …他直呼「…」): that source, never someone from paragraphs before, though a crowd's word (网友) is no one 他 could point back at
    // elsewhere. Not the reporter who asked.
    const sourceSpeaking = fromSentence === null && sentenceSpeaker !== null && isPersonalPronoun(phrase) && isUnnamedSource(sentenceSpeaker.speaker) && !isReporter(sentenceSpeaker.speaker) && new RegExp(`(?:一位|一名|該|该|這名|这名|這位|这位)[^，,。；;：:「」“”『』□]{0,4}${escapeRegExp(sentenceSpeaker.speaker)}`, 'u').test(masked.slice(findSentenceStart(masked, spans, at), at)) ? sentenceSpeaker : null;
    // 他 after a pointer in its sentence that pointed at no one (該男姓網友表示，…，他直呼「…」 with no 網友 before): no one either,
    // rather than someone from paragraphs before.
    const pointerToNoOne = isPersonalPronoun(phrase) && sentenceSpeaker === null && said.some((entry) => entry.at >= findSentenceStart(masked, spans, at) && entry.aside !== true && entry.person === null) && POINTER_BEFORE.test(masked.slice(findSentenceStart(masked, spans, at), at));
    // 他 going on (他又指, 她還說) after a voice the rules could not name (…的王增磊表示：「…」他又指): that voice, so no one, rather than
    // someone the unnamed voice's description mentioned (张嘉俊的同学).
    const goesOnUnnamed = lastVoiceGoneOn !== undefined && lastVoiceGoneOn.person === null;
    const person = pointerToNoOne || goesOnUnnamed ? null : (fromSentence ?? sourceSpeaking ?? introduce(fromHead ?? phrase, at, fresh));
    // A surname alone that fits no one named before (劉稱：「…」 after 劉女士 and 劉小姐) names no one, but
    // still ends the last speaker's turn: their words do not run on into it.
    // A reference that found someone named before; one that found no one stands as written.
    const resolvedElsewhere = person !== null && isReference(phrase) && person.speaker !== phrase;
    said.push({ at, person, basis: resolvedElsewhere ? 'reference' : 'named', ...(aside ? { aside } : {}), ...(person === null && SOMEONE.test(phrase) ? { someone: true } : {}) });
    return person;
  };
  // Someone brought in by this paragraph (李然（化名）在一家公司工作。) may be who speaks next: the
  // speaker of the paragraph before is then a guess, and is not carried over.
  // So is anyone the reporter goes on to interview here (记者随后采访了几位律师了解到：…), named or not.
  // And one the paragraph opens on as its new topic with 則 (华夏幸福则对…做假设。“…”): the last paragraph's speaker is set aside.
  let introducedHere = REPORTER_INTERVIEWS.test(masked) || TOPIC_TURNS_AT_HEAD.test(masked);
  const takePendingBefore = (offset: number): void => {
    for (let next = pending[0]; next !== undefined && next.verbStart < offset; next = pending[0]) {
      pending.shift();
      if (next.speaks) {
        // A document named in 《》 speaks as its title names it (LABELS.md): no person to resolve it to.
        // Someone cited inside another's stated view in the same sentence (陈厚彬表示，…，国家荔枝龙眼产业技术体系预计…; 该高层表示，
        // …公司觉得…): the one stating it stays the paragraph's voice for a quote opening a later sentence. Not inside an outlet's
        // report (《华尔街日报》报导，…，方慧兰表示，) or a post (网民留言，有人說), which hand the words on to whom they report.
        const sentenceOfNext = findSentenceStart(masked, spans, next.verbStart);
        const reported = said.some((entry) => entry.handsOver === true && entry.aside !== true && entry.person !== null && entry.at >= sentenceOfNext && entry.at < next.verbStart);
        if (next.document === true) said.push({ at: next.verbStart, person: { speaker: next.phrase, role: null }, basis: 'named' });
        else if (next.many === true) rememberGroup(next.verbStart, next.phrase);
        else remember(next.verbStart, next.phrase, next.aside === true || reported, next.countedOne === true);
        const entry = said.at(-1);
        if (entry !== undefined && entry.at === next.verbStart && entry.someone === true && HOLDS_A_VIEW.test(masked.slice(next.verbStart, next.verbEnd))) entry.opinion = true;
        // A source the sentence goes by (据彭博报导，特朗普补充称) reports no words of its own for another to be cited in.
        const goesBy = /^\s*(?:据|據|根据|根據|依据|依據|按照)/u.test(masked.slice(sentenceOfNext, next.verbStart));
        if (entry !== undefined && entry.at === next.verbStart && !goesBy && STATES_A_VIEW.test(masked.slice(next.verbStart, next.verbEnd)) && /^\s*[，,：:]/u.test(masked.slice(next.verbEnd))) entry.handsOver = true;
      }
      else {
        const person = introduce(next.phrase, next.verbStart);
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
    // Clauses a semicolon parts (…戴诗友说，…要做到“快”…；宣传辅导做到“精”) are one sentence of reported speech,
    // for the speaker's short wording; a whole saying after the semicolon may be someone else's (…；國民黨主張「…，…」).
    const lastInSentence = said.findLast((entry) => entry.at >= sentenceStart);
    // What someone thinks, told inside a named speaker's words, then a quote past its clause (李克強表示，有人認為中國經濟還有風險，「我們不否認…」):
    // the quote answers it, in the named speaker's voice; a quote right after 有人認為 is what they think.
    const answering = lastInSentence?.someone === true && /[，,]/u.test(masked.slice(lastInSentence.at, span.start)) ? said.findLast((entry) => entry.at >= sentenceStart && entry.at < lastInSentence.at && entry.person !== null && entry.aside !== true) : undefined;
    // A clause after the semicolon that opens on a verb of saying with no subject (…表示，「…」；並指出，因此「…，…」) goes on in the
    // same voice, whole sayings too.
    const goesOnAfterSemicolon = /[；;]/u.test(masked.charAt(sentenceStart - 1)) && SUBJECTLESS_SAYING.test(leadIn);
    const before = answering ?? lastInSentence ?? (isSentenceLike(span.inner) && !goesOnAfterSemicolon ? undefined : said.findLast((entry) => entry.at >= findSentenceStart(masked, spans, span.start, /[。！？!?\n]/)));
    // With a speaker already in the sentence, a clause after the quote names its speaker only when it
    // ends the sentence (「…」，X說。); one that runs on (「…」，許多網友認為，…) introduces what follows.
    const runsOn = !ATTRIBUTION_ENDS_SENTENCE.test(masked.slice(span.end));
    const yieldsToBefore = before !== undefined && (isClosedHandover(leadIn, span.inner) || runsOn);
    const startsSentence = OPENING_DASHES.test(leadIn) || OPENING_CONNECTIVE.test(leadIn);
    // A phrase inside the narration (積極推動「亞洲資產管理中心」，他表示，…) hands on to a verb whose words
    // follow it: only a quote opening its sentence, or one that reads as a clause, is what that verb reports.
    // A quote that closes its own sentence (「…。」) is not named by an outlet's report that runs on after it
    // (「…。」《南華早報》報道引述消息稱，北京…): the report quotes someone else, about what follows.
    const reportRunsOn = runsOn && /[。！？!?]$/.test(span.inner) && REPORT_QUOTING.test(masked.slice(span.end, span.end + REACH).split(/[，,。；;：:]/)[0] ?? '');
    // Words broken off at their own comma for the sayer (…，“还有很多工作要做，”一名工程师说，“…”) are that sayer's, never a phrase of the narration.
    const brokenForSayer = /[，,]\s*$/u.test(span.inner);
    const introducesWhatFollows = (runsOn && !startsSentence && !isSentenceLike(span.inner) && !isClosingPredicate(span.inner, masked.slice(span.end)) && !brokenForSayer) || reportRunsOn;
    const foundAfter = yieldsToBefore || introducesWhatFollows ? null : findAttributionAfter(text, masked, span, knownNames);
    // A clause after the quote whose verb has no one before it (「…」，但拒絕詳細說明。) names no speaker: the sentence's own stands.
    const afterPhrase = foundAfter !== null && before !== undefined && !isReference(foundAfter) && !isPlausibleSpeaker(foundAfter) ? null : foundAfter;
    const passiveSayer = afterPhrase === null ? findPassiveSayer(text, masked, sentenceStart, span.start) : null;
    const kind = classifyQuote({
      inner: span.inner,
      leadIn,
      after: masked.slice(span.end, span.end + REACH),
      opensParagraph: sentenceStart === 0 && startsSentence,
      attributedBefore: before !== undefined,
      attributedAfter: afterPhrase !== null,
      spansParagraphs: continues !== null || span.close === '',
      followsSpeech: previousQuote?.kind === 'speech' && previousQuote.end >= sentenceStart && /^\s*[、，,]?\s*$/.test(masked.slice(previousQuote.end, span.start)),
      givenByAgent: passiveSayer !== null,
      spokenEarlierInParagraph: said.some((entry) => entry.at < sentenceStart),
    });
    let person: NamedSpeaker | null = null;
    const id = `${paragraphId}-q${index + 1}`;
    if (kind === 'speech') {
      // Nearest attribution wins; a quote opening a sentence continues whoever spoke last, and a
      // continued piece whoever spoke in the piece before.
      // In a paragraph that names no one, a quote opening any sentence goes on with the speaker of the paragraph before.
      // Nor when the sentence the quote opens goes on to someone saying it (「…」現年七歲的小興一邊…一邊天真地說著。): theirs, whoever they are.
      const sentenceEndAfter = masked.slice(span.end).search(/[。！？!?]/u);
      const laterSpeaker = pending.find((next) => next.speaks && next.verbStart >= span.end && (sentenceEndAfter < 0 || next.verbStart < span.end + sentenceEndAfter));
      // With only a time between (「…」2月9日，李斌在一场直播活动中表示…), that sayer is named: theirs.
      const namedAfterTime = laterSpeaker !== undefined && startsSentence && laterSpeaker.document !== true && laterSpeaker.many !== true && TIME_THEN_SAYER.test(masked.slice(span.end, laterSpeaker.verbStart)) && /^\s*[，,：:]/u.test(masked.slice(laterSpeaker.verbEnd)) ? introduce(laterSpeaker.phrase, laterSpeaker.verbStart) : null;
      const fromParagraphBefore = said.length === 0 && !introducedHere && laterSpeaker === undefined ? previous : null;
      // A paragraph that goes on about the last speaker (他所在的公司…) and ends a sentence on a quote
      // (…，“再转又能到哪里去呢？”) is still telling what they said.
      const goesOnAbout = fromParagraphBefore !== null && isPerson(fromParagraphBefore.speaker) && POINTS_BACK.test(masked.slice(0, span.start)) && ENDS_SENTENCE.test(masked.slice(span.end));
      // A quote closing a later sentence of someone's account in this paragraph, with no one else brought into that sentence
      // (李志成…告诉记者，…。篮球场应该在正常营业，…，不过“周一应该没什么人”。): still their account, when they are the paragraph's
      // one voice.
      const closesAccount = !startsSentence && before === undefined && afterPhrase === null && passiveSayer === null && ENDS_SENTENCE.test(masked.slice(span.end)) && said.some((entry) => entry.at < sentenceStart) && new Set(said.map((entry) => entry.person?.speaker ?? null)).size === 1 && !pending.some((next) => next.verbStart >= sentenceStart && next.verbStart < span.start) && !namesSomeoneIn(masked.slice(sentenceStart, span.start), people.filter((person) => person.paragraph >= index - 1));
      const lastSpoken = startsSentence || closesAccount ? (lastVoice(sentenceStart)?.person ?? fromParagraphBefore ?? namedAfterTime) : goesOnAbout ? fromParagraphBefore : null;
      // A source counted as one heading the clause right after the quote, who then speaks in its sentence (“…！”深圳一位基金经理昨日刚…
      // 回来，他告诉记者): the words are theirs, not the last voice's.
      const countedAfter = startsSentence && laterSpeaker !== undefined && isPersonalPronoun(laterSpeaker.phrase) ? COUNTED_SOURCE_OPENING.exec(masked.slice(span.end, laterSpeaker.verbStart))?.[1] : undefined;
      const sourceAfter = countedAfter === undefined ? null : introduce(countedAfter, span.end, true);
      const carried = continues !== null ? continues.person : (sourceAfter ?? lastSpoken);
      // Words quoted to qualify a noun (以及「…」、「…」的心態) are a saying the sentence mentions, not its speaker's words.
      const qualifiesNoun = afterPhrase === null && (QUALIFIES_NOUN.test(masked.slice(span.end, span.end + REACH)) || CITED_PROVISION.test(leadIn) || (LAW_THEN_WORDING.test(leadIn) && WORDING_NAMED_PROVISION.test(masked.slice(span.end))));
      // Another subject set against the last speaker right before the words (…表示，“…”，而 Xu 则“…”): theirs, not the sentence's speaker.
      const contrasted = afterPhrase === null && passiveSayer === null ? CONTRASTED_SUBJECT.exec(leadIn)?.[1]?.trim() : undefined;
      const contrastedPerson = contrasted === undefined || (!isPlausibleSpeaker(contrasted) && !/^[A-Z][A-Za-z]+$/u.test(contrasted)) ? null : introduce(contrasted, span.start);
      person = contrastedPerson !== null ? (said.push({ at: span.start, person: contrastedPerson, basis: 'named' }), contrastedPerson) : afterPhrase !== null ? remember(span.start, afterPhrase) : passiveSayer !== null ? (passiveSayer.many ? rememberGroup(span.start, passiveSayer.phrase) : remember(span.start, passiveSayer.phrase)) : qualifiesNoun ? null : before !== undefined ? before.person : carried;
      // 我 saying the words in the clause that hands over (小领导问我为什么，我说：“…”): the narrator's, tagged or not, never
      // the earlier clause's speaker.
      const narratorFrom = narratorClauseStart(leadIn);
      if (afterPhrase === null && continues === null && before !== undefined && narratorFrom >= 0 && before.at < sentenceStart + narratorFrom) person = narrator;
      // Someone the article names heading the clause that hands over at a colon, after an earlier clause's speaker (记者问小戴，
      // 是否…，小戴显得很有准备：“…”): the one the clause is about speaks, as a name before a colon does.
      const colonClause = narratorFrom < 0 && afterPhrase === null && continues === null && before !== undefined ? clauseBeforeColon(leadIn) : null;
      const colonSubject = colonClause !== null && before !== undefined && before.at < sentenceStart + colonClause.start ? findPersonAtHead(colonClause.clause, [...knownNames, ...people.map((known) => known.speaker)]) : null;
      if (colonSubject !== null) person = introduce(colonSubject, span.start) ?? person;
      if (afterPhrase === null && (NAMED_BY_NO_ONE.test(leadIn) || SOMEONE_THINKS.test(leadIn))) person = null;
      // No one said to speak: the person the sentence is about, when the quote is a clause of its own after them.
      const subject = person === null && afterPhrase === null && before === undefined && continues === null ? (findSubjectBeforeQuote(masked, sentenceStart, span.start, knownNames) ?? (isCountedAsWord(masked.slice(span.end)) ? findWordUser(masked, sentenceStart, span.start, knownNames) : null)) : null;
      if (subject !== null) person = introduce(subject, text.length, false, isPersonalPronoun(subject) ? leadIn.slice(leadIn.lastIndexOf(subject) + 1) : '');
      // A paragraph opening on someone's words, then turning to them in narration (“…？”算完后，王小姐非常欢喜): theirs, rather than the
      // last speaker of the paragraph before, whom a paragraph that names someone new has left behind.
      const subjectAfter = (person === null || said.length === 0) && afterPhrase === null && before === undefined && continues === null && passiveSayer === null && !qualifiesNoun && sentenceStart === 0 && startsSentence && isSentenceLike(span.inner) ? findSubjectAfterOpeningQuote(masked, span.end, knownNames) : null;
      // A question about what the person heads (「屏基為何沒有撤離?」屏基院長余廣亮…) is put to them, not asked by them.
      const askedAbout = subjectAfter !== null && /[？?]\s*$/u.test(span.inner) && sharesWord(span.inner, subjectAfter);
      if (subjectAfter !== null && !askedAbout && !isPersonalPronoun(subjectAfter)) person = remember(span.start, subjectAfter);
      const lostCloseSayer = person === null && span.close === '' && marks.readToEnd?.offset === span.start ? sayerClosingLostQuote(span.inner) : null;
      if (lostCloseSayer !== null) person = remember(span.start, lostCloseSayer);
      // Right under a name tag (慧美／台中／醫院清潔工), a quote opening the paragraph is the one tagged speaking.
      if (person === null && afterPhrase === null && before === undefined && continues === null && narrator !== null && taggedJustBefore && sentenceStart === 0 && startsSentence) {
        person = narrator;
      }
      // Under a name tag (小羊 | 18岁 网络编辑), 我 speaking in the quote's sentence (我…反驳道，“…”) is the one tagged.
      if (person === null && afterPhrase === null && (before === undefined || before.person === null) && continues === null && narrator !== null && narratorSpeaks(masked.slice(sentenceStart, span.start))) {
        person = narrator;
      }
      // One person speaking through the paragraph (他表示，…。在新的這些終端上，…，“這是我們對音頻…的判斷”。): a
      // quote closing a later sentence as a clause of its own goes on with their words, and so does one that is a
      // sentence of its own after a narrated clause (…，當時由前妻照顧，「保險金兩年就花完了。」接手後…).
      if (person === null && afterPhrase === null && before === undefined && continues === null && passiveSayer === null && !qualifiesNoun) {
        const speakersHere = new Set(said.filter((entry) => entry.aside !== true).map((entry) => entry.person?.speaker ?? null));
        const only = lastVoice()?.person ?? null;
        // A conjunction right after the closing mark (「…」但旗下商場…) opens the next clause, as a comma would: the quote's clause has ended.
        const conjunctionAfter = /^\s*(?:但是|但|不過|不过|惟|可是|然而|而且)/u.test(masked.slice(span.end));
        if (only !== null && speakersHere.size === 1 && isPerson(only.speaker) && /[，,]\s*$/.test(leadIn) && (ENDS_SENTENCE.test(masked.slice(span.end)) || /[。！？!?]$/u.test(span.inner) || conjunctionAfter)) {
          person = only;
        }
      }
      // Words quoted one after another, joined by 、 or a comma (阿芬笑指：「…。」、「…。」), are the same speaker's.
      if (person === null && afterPhrase === null && passiveSayer === null && !qualifiesNoun && previousQuote?.kind === 'speech' && previousQuote.speaker !== null && /^\s*[、，,]\s*$/.test(masked.slice(previousQuote.end, span.start))) {
        person = { speaker: previousQuote.speaker, role: previousQuote.role };
      }
      const namedHere = afterPhrase !== null || passiveSayer !== null;
      const basis: AttributionBasis = namedHere ? (said.at(-1)?.basis ?? 'named') : before !== undefined ? before.basis : 'carried';
      // A quote given to a saying cited in passing stays an aside: the paragraph's voice is still the one citing it.
      if (!namedHere && person !== null) said.push({ at: span.start, person, basis, ...(before?.aside === true && person === before.person ? { aside: true } : {}) });
      const cued = before !== undefined || namedHere || endsWithSpeechVerb(leadIn) || continues !== null || span.close === '';
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
  return { quotes, lastSpeaker: lastVoice()?.person ?? null, open };
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

/** Whether two texts share a word of two Han characters (屏基 in 「屏基為何沒有撤離?」 and 屏基院長余廣亮). */
function sharesWord(a: string, b: string): boolean {
  for (let at = 0; at + 2 <= b.length; at += 1) {
    const pair = b.slice(at, at + 2);
    if (/^\p{Script=Han}{2}$/u.test(pair) && a.includes(pair)) return true;
  }
  return false;
}

/**
 * Extracts quotes (speech vs term, with speakers and their roles) from the paragraphs of one
 * article, in document order; `notes`, when given, receives how each uncertain speech was attributed.
 */
export function extractQuotes(sourceParagraphs: LocatedParagraph[], notes?: AttributionNotes): Quote[] {
  const { paragraphs, marks } = readingCopy(sourceParagraphs);
  return withSourceMarks(readQuotes(paragraphs, marks, notes), sourceParagraphs, paragraphs);
}

/**
 * A speaker or role read from the reading copy, whose straight quotes were curled (某"联采办"人士), is given back as the source
 * prints it: the archive shows the source's characters.
 */
function withSourceMarks(quotes: Quote[], source: readonly LocatedParagraph[], read: readonly LocatedParagraph[]): Quote[] {
  const curled = new Map(read.flatMap((paragraph, index) => paragraph.text === source[index]?.text ? [] : [[paragraph.text, source[index]?.text ?? '']]));
  if (curled.size === 0) return quotes;
  const asPrinted = (words: string | null): string | null => {
    // Only curled marks and blanked tickers differ from the source: words holding neither are as printed, with no search.
    if (words === null || !/[“”]|\s{2}/u.test(words) || source.some((paragraph) => paragraph.text.includes(words))) return words;
    for (const [text, printed] of curled) {
      const at = text.indexOf(words);
      if (at !== -1) return printed.slice(at, at + words.length);
    }
    return words;
  };
  const described = (words: string | null): string | null => (words === null ? null : withoutShareTickers(words));
  return quotes.map((quote) => ({ ...quote, speaker: described(asPrinted(quote.speaker)), role: described(asPrinted(quote.role)) }));
}

function readQuotes(paragraphs: LocatedParagraph[], marks: ParagraphMarks[], notes?: AttributionNotes): Quote[] {
  // A feature names its people plainly (趙靈決定離開大廠) and says they speak only later (趙靈苦笑道):
  // a first reading collects the personal names the article gives its speakers, so the second
  // knows them wherever they open a clause.
  const firstNotes: AttributionNotes = new Map();
  const first = readArticle(paragraphs, marks, [], firstNotes);
  // The familiar forms the text ties to a name (陳橋，人稱橋叔) head clauses as the person too (橋叔如數家珍).
  const articleText = paragraphs.map((paragraph) => paragraph.text).join('\n');
  const formsGiven = familiarFormsGiven(articleText);
  const familiarForms = [...formsGiven.keys()];
  // So do the forms it calls a speaker by once named in full (王慕真說…，阿真看著次子，不捨地說).
  const speakerForms = familiarFormsAtClauseHeads(articleText, first.people.map((person) => person.speaker).filter(isPersonalName), formsGiven);
  // Names the text keeps making the subject of its clauses (謝銘祐已…，不過謝銘祐仍…) are who a later 他 can be, introduced or not.
  // So are names the text gives after a title, whatever their shape (美國總統川普, 国务卿布林肯): a transliteration is no less a person.
  const titledPeople = first.people.filter((person) => person.role !== null && /^\p{Script=Han}{2,4}$/u.test(person.speaker) && isPerson(person.speaker) && !isBodyName(person.speaker) && !isUnnamedSource(person.speaker)).map((person) => person.speaker);
  const knownNames = [...new Set([...first.people.map((person) => person.speaker).filter(isPersonalName), ...titledPeople, ...paragraphs.flatMap((paragraph) => findPseudonymousNames(paragraph.text)), ...familiarForms, ...speakerForms, ...namesRecurringAsSubjects(articleText), ...namesEndingLikeAPredicate(articleText), ...namesDescribedAtHeads(articleText), ...latinNamesAfterRoles(articleText)])];
  // With no personal name to look for, the second reading would be the first again.
  if (knownNames.length === 0) {
    for (const [id, basis] of firstNotes) notes?.set(id, basis);
    return attributeQuotedSubheads(shareSpeakersAlongContinuedQuotes(first.quotes), paragraphs);
  }
  return attributeQuotedSubheads(shareSpeakersAlongContinuedQuotes(readArticle(paragraphs, marks, knownNames, notes).quotes), paragraphs);
}

/** The personal names the text has given so far that a familiar form (阿道, 老林) could be read as. */
function namesSoFar(familiarForm: string, knownNames: readonly string[], people: readonly NamedSpeaker[], articleNames: ArticleNames): string[] {
  // A married woman's name in Taiwan copy (王楊彩霞: her husband's surname, her own, two characters) is a speaker's full name too.
  const married = people.map((person) => person.speaker).filter((name) => MARRIED_NAME.test(name));
  // Only a name sharing a character with the form can be its name (阿道 for 汪正道): the text is searched for those alone.
  const sharesCharacter = (name: string) => [...familiarForm].some((character) => name.includes(character));
  return [...new Set([...knownNames, ...people.map((person) => person.speaker), ...articleNames.soFar.namesAtClauseHeads, ...namesWrittenOften(familiarForm, articleNames.writtenOften)])].filter((name) => sharesCharacter(name) && (isPersonalName(name) || married.includes(name)) && articleNames.soFar.text.includes(name));
}

/**
 * Full names the text writes at least twice that end with the character a form takes from its name (李嘉誠 for 誠哥, though
 * never a clause's head: 接觸超人李嘉誠嘅好機會, 突然諗起李嘉誠): the one the familiar form may stand for. The caller keeps only
 * those already written before the mention.
 */
function namesWrittenOften(familiarForm: string, writtenOften: ReadonlyMap<string, readonly string[]>): readonly string[] {
  // Only 阿 and an address after (阿誠, 誠哥) take the given name's last character for sure; 老 and 小 as often take the surname.
  if (/^[老小]/u.test(familiarForm)) return [];
  const taken = [...familiarForm.replace(/^阿/u, '')][0];
  return taken === undefined ? [] : (writtenOften.get(taken) ?? []);
}

/** Every three-character run opening with a surname that the text writes twice or more, by its last character: one pass. */
function namesWrittenOftenIn(text: string): Map<string, string[]> {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(new RegExp(`(?=([${SURNAMES}]\\p{Script=Han}{2}))`, 'gu'))) {
    const name = match[1] ?? '';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const byLast = new Map<string, string[]>();
  for (const [name, count] of counts) {
    const last = [...name].at(-1);
    if (count < 2 || last === undefined) continue;
    byLast.set(last, [...(byLast.get(last) ?? []), name]);
  }
  return byLast;
}

/** A body's statement named alone (声明称): the document, whose issuer the text named before. */
const BARE_STATEMENT = /^(?:聲明|声明)$/u;

const MARRIED_NAME = new RegExp(`^[${SURNAMES}]{2}\\p{Script=Han}{2}$`, 'u');

/**
 * The names an article gives: the transliterated names given in full so far and its text so far, for a surname alone to
 * be read against; and its titled full names anywhere, for a fragment holding one.
 */
interface ArticleNames {
  foreign: string[];
  /** The article's titled full names (立委黃國昌), wherever they stand: a fragment holding one is that person. */
  titled: string[];
  /** The text so far, and what the reader asks of it about names, read paragraph by paragraph. */
  soFar: TextSoFar;
  /** Full names the article writes at least twice, by their last character (誠 → 李嘉誠): read once, not per mention. */
  writtenOften: ReadonlyMap<string, readonly string[]>;
}

/** Reads every paragraph in order, carrying who spoke last from one to the next. */
function readArticle(paragraphs: LocatedParagraph[], marks: ParagraphMarks[], knownNames: readonly string[], notes?: AttributionNotes): { quotes: Quote[]; people: NamedSpeaker[] } {
  const people: KnownPerson[] = [];
  // Only names given so far: a full name the article gives further on is no later mention's antecedent.
  const articleText = paragraphs.map((paragraph) => paragraph.text).join('\n');
  const articleNames: ArticleNames = { foreign: [], titled: titledNamesIn(articleText), soFar: new TextSoFar(paragraphs.map((paragraph) => paragraph.text)), writtenOften: namesWrittenOftenIn(articleText) };
  // Only the paragraph right before may lend its speaker to a quote that opens the next one.
  let carried: CarriedOver = { previous: null, continued: null };
  const quotes: Quote[] = [];
  // The one a first-person account is told by, from the name tag above it to the next one.
  let narrator: NamedSpeaker | null = null;
  // How far back a pronoun reaches is counted in paragraphs of text: a subhead between (重視團隊精神) is no paragraph
  // in which another person could come and go.
  let reachPosition = 0;
  paragraphs.forEach((paragraph, index) => {
    narrator = findNameTag(paragraph.text) ?? narrator;
    if (!isSubhead(paragraph.text)) reachPosition += 1;
    articleNames.foreign = [...new Set([...articleNames.foreign, ...findForeignNames(paragraph.text)])];
    articleNames.soFar.advance(paragraph.text);
    const read = readParagraph(paragraph, reachPosition, marks[index] ?? NO_MARKS, people, carried, knownNames, articleNames, notes);
    quotes.push(...read.quotes);
    // A reporter's question (我問：「…？」, 記者問：「…？」) hands the next paragraph's words to the one asked, the voice before
    // the question, never to the reporter: an answer standing alone is not the asker's.
    const last = read.quotes.at(-1);
    const asked = last?.kind === 'speech' && isReporterQuestion(paragraph.text, last);
    // A caption of one person over a box of their words (股評人陳永陸) hands the next paragraph to them.
    const captioned = read.quotes.length === 0 ? findCaptionedPerson(paragraph.text) : null;
    const previous = captioned ?? (asked ? (carried.previous !== null && !isReporter(carried.previous.speaker) ? carried.previous : null) : read.lastSpeaker);
    carried = { previous, continued: read.open, narrator, taggedJustBefore: findNameTag(paragraph.text) !== null };
  });
  return { quotes, people };
}
