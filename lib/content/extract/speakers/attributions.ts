import type { QuoteSpan } from '../quote-marks';
import { ANONYMITY_ASKED, isUnnamedSource } from './anonymous';
import { FEELING, isSettingOnly, LEADING_NOISE, SPEECH_ACT_MANNER, THERE_IS, titledActorOnTitledPerson, TRAILING_NOISE, trimSpeakerPhrase } from './clause';
import { INTERVIEWEE, INTERVIEWER, isLaterMention, isPersonalPronoun } from './coreference';
import { isBareSurname, isFamiliarForm, personalNameEnding } from './name-forms';
import { ENDS_WITH_TITLE, FIRM_ENDING, NAME_DOT, PSEUDONYM_GLOSS, SURNAME_AND_HONORIFIC, SURNAMES, findBareHonorificAtHead, findDescribedHonorificAtHead, findDescribedNameAtHead, isBodyName, findNameAtHead, findRoleAndNameAtHead, isNameShaped, isPersonalName, isPlausibleSpeaker, nameBeforePseudonym, splitSpeakerRole } from './name-shape';
import { ACCOUNT_FRAME, ANY_SPEECH_VERB, ATTACK_VERB, CLOSING_VERB, HANDS_OVER_BEFORE, NETIZENS_FIND, SPEECH_VERB, TRAILING_VERB, URGING_VERBS, VERB_SOURCE } from './speech-verbs';
import { allMatches, PHRASE_BREAK, REACH, speakerPhraseStart, startAfterLast, blankTradeWords } from './text-scan';

/**
 * Where a paragraph says someone speaks: `X表示`, a speaker label opening an interview's paragraph
 * (`王麗：`, `答：`), a viewpoint frame (在X看來), a clause after the quote (，X說。), and people brought
 * in without speaking (出席, 接受採訪, （化名）) for later 他/她 to point back at.
 */

/**
 * An attribution clause (X表示, X稱) found anywhere in a paragraph, outside quotes; `many` when the
 * text counts the speaker as many (不少員工表示, 多位分析師認為), a group and never one person.
 */
/**
 * `aside`: the saying is cited inside someone else's argument (正如林鄭月娥一再說…「…」): it names the quote in its clause, but the
 * voice of the paragraph stays the one who cites it.
 */
/** `document`: the phrase is a title the text gives in 《》, which speaks as written, whatever its shape. */
export interface Attribution {
  verbStart: number;
  verbEnd: number;
  phrase: string;
  many?: boolean;
  aside?: boolean;
  document?: boolean;
  /** Counted as one of their kind (一名警員更指): someone new, never a person named before who holds that role. */
  countedOne?: boolean;
}

/** A count of one right before the speaker's phrase (一名, 另一位): one of their kind, not the one the article named. */
const COUNTED_AS_ONE = /(?:^|[，,；;\s])(?:另)?(?:一名|一位|一個|一个)$/u;


/** A clause citing what someone says, as an aside in the writer's or speaker's own argument. */
const CITED_ASIDE = /^(?:正如|誠如|诚如|就如|一如|如同)/u;

/** A count of many right before a group (不少員工, 部分企業, 多位分析師). */
const COUNTED_AS_MANY = /(?:不少|部分|部份|許多|许多|多位|多名|多家|多地|各地|眾多|众多|一些|很多|大批|大量|一眾|一众|(?:兩|两|二|三|四|五|六|七|八|九|十|幾|几|數|数|[2-9])(?:位|名))$/u;

/** Whether the words before the speaker's phrase in its clause are a count of the kind given (不少 or 一名 before 員工). */
function isCountedBefore(raw: string, phrase: string, count: RegExp): boolean {
  const at = raw.lastIndexOf(phrase);
  return at > 0 && count.test(raw.slice(0, at).trim());
}

/** Whether the words before the speaker's phrase in its clause count it as many (不少 before 員工). */
function isCountedAsMany(raw: string, phrase: string): boolean {
  return isCountedBefore(raw, phrase, COUNTED_AS_MANY);
}

/**
 * Appearances that bring in someone who speaks later, as 他/她 (出席記者會, 接受本報專訪, 發表聲明, 則持不同看法),
 * and hosting a briefing (外交部發言人汪文斌主持例行記者會), whose host the later 答： is: not speech themselves.
 */
const INTRODUCING =
  // Issuing a statement (行政長官林鄭月娥發表聲明，指…。她說) brings in its author as an appearance does.
  /(?:發表|发表|發出|发出)(?:了)?(?:書面|书面)?(?:聲明|声明)|出席(?!率)|接受[^，,。]{0,10}?(?:採訪|采访|專訪|专访|訪問|访问)|受訪(?!者)|受访(?!者)|持[^，,。持]{0,4}?(?:看法|意見|意见|觀點|观点|態度|态度|立場|立场)|主持(?:了)?(?:例行|定期|首場|首场)?(?:記者會|记者会|新聞發布會|新闻发布会|發布會|发布会|吹風會|吹风会|記者招待會|记者招待会)/g;

/**
 * Asking someone for comment (本報向港交所查詢, 记者向比亚迪求证): the one asked is whom a later 對方 points back at. A call that goes on
 * to what was done in it (致電罵了環境部長) names no one called.
 */
const ASKED = /向([^，,。向]{1,12}?)(?:查詢|查询|求證|求证|詢問|询问|查證|查证|核實|核实|置評|置评)|(?:致電|致电|致函)((?:(?![了著着過过])[^，,。]){2,12}?)(?:查詢|查询|求證|求证|詢問|询问|查證|查证|核實|核实|了解情況|了解情况|了解)?(?=[，,。]|$)/g;

/**
 * The reporter reaching or visiting someone (記者聯絡阿新, 记者联系上该公司, 記者與胡英花來到醫院探望胡德財), up to the clause's end;
 * not anyone else's contacts (他们还在联系沈阳性侵的其他受害者).
 */
const CONTACTED = /(?<=(?:記者|记者|本報|本报|本網|本网|筆者|笔者|本刊)[^，,。；;：:「」“”『』□]{0,12}?)(?:(?:聯絡|联络|聯繫|联系)(?:上|到|了)?|探望|探訪|探访|拜訪|拜访)([^，,。；;：:！？!?「」“”『』□]{2,20}?)(?=[，,。；;：:！？!?]|$)/g;

/** The reporter calling someone's number (记者以客户身份拨通了…卫先生的电话。他自称): whom a later 他 or 对方 means. */
const CALLED_UP = /(?<=(?:記者|记者|本報|本报|本網|本网|筆者|笔者|本刊)[^。；;「」“”『』□]{0,24}?)(?:撥通|拨通|打通|致電|致电)了?([^，,。；;：:「」“”『』□]{2,24}?)的(?:電話|电话|手機|手机|熱線|热线)/g;

/** The reporter getting in touch with someone (新京报记者…与广州市万科物业…服务中心取得联系，对方称): whom a later 对方 means. */
const REACHED_WITH = /(?<=(?:記者|记者|本報|本报|本網|本网|筆者|笔者|本刊)[^。；;「」“”『』□]{0,24}?)(?:與|与|和|跟)([^，,。；;：:「」“”『』□與与和跟]{2,30}?)(?:方面)?(?:取得(?:了)?|進行(?:了)?|进行(?:了)?)?(?:聯繫|联系|聯絡|联络)/g;

/**
 * Interviewing or asking someone named with their title (專訪了…董事長王強, 对话…创始人李斌, 記者詢問阿妹經紀人陳鎮川此事), up to the
 * clause's end or the matter asked about; not the time of
 * being interviewed (接受訪問時一度哽咽).
 */
const INTERVIEWED = /(?:專訪|专访|採訪|采访|對話|对话|訪問|访问|詢問|询问)(?![時时後后期])了?([^，,。；;：:！？!?「」“”『』□]{2,30}?)(?:此事|這件事|这件事|此案|有關事件|有关事件|相關事宜|相关事宜)?(?=[，,。；;：:！？!?]|$)/g;

/**
 * The reporter asking someone, perhaps what they asked after (記者問陳小明，他表示, 記者追問陳小明是否會辭職，他說): the one asked is whom a
 * later 他 or 她 answering means, not whoever spoke before.
 */
const REPORTER_ASKED = /(?:記者|记者|本報|本报|筆者|笔者|本刊|本網|本网)(?:再|又|還|还|進一步|进一步)?(?:問|问|追問|追问|詢問|询问|請教|请教|質問|质问)了?([^，,。；;：:！？!?「」“”『』□]{2,20}?)(?=是否|有否|會否|会否|能否|可否|如何|為何|为何|為甚麼|為什麼|为什么|怎樣|怎样|怎麼|怎么|對於|对于|關於|关于|有關|有关|[，,。；;：:！？!?]|$)/g;

const PSEUDONYM = new RegExp(`${PSEUDONYM_GLOSS}[）)]`, 'g');

/** A paragraph's first clause up to a person's name glossed in Latin letters, given and family name (…爱德华·蔡(Edward Cai)). */
const GLOSSED_PERSON_OPENING = new RegExp(`^[^，,。；;：:！？!?「」“”『』□]{0,30}?(?:\\p{Script=Han}{1,6}${NAME_DOT.source}\\p{Script=Han}{1,6}|\\p{Script=Han}{2,4})\\s?[（(]\\s?[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+\\s?[）)]`, 'gu');

/**
 * People a paragraph brings in without quoting them (X昨日出席記者會。, 本報向證監會查詢，), so a later
 * 他/她 or 對方 can point back at them.
 */
export function findIntroducedPeople(text: string, masked: string, knownNames: readonly string[] = []): Attribution[] {
  const appearing = allMatches(INTRODUCING, masked).map((match) => ({
    match,
    phrase: trimSpeakerPhrase(text.slice(startAfterLast(masked, PHRASE_BREAK, match.index), match.index)),
  }));
  const asked = allMatches(ASKED, masked).map((match) => ({
    match,
    phrase: trimSpeakerPhrase(match[1] ?? match[2] ?? ''),
  }));
  // Whom the reporter reached (記者聯絡阿新，他說：): the one a later 他 or 她 is, when shaped like a person or body.
  // A body's full registered name may run past a speaker phrase's length; it is still who was reached.
  const contacted = [...allMatches(CONTACTED, masked), ...allMatches(REACHED_WITH, masked), ...allMatches(CALLED_UP, masked)].map((match) => ({ match, phrase: trimSpeakerPhrase(match[1] ?? '') ?? (isBodyName(match[1] ?? '') ? (match[1] ?? null) : null) })).filter(({ phrase }) => phrase !== null && (isNameShaped(phrase) || isBodyName(phrase) || splitSpeakerRole(phrase).role !== null));
  // Whom an interview is with (記者日前專訪了中金公司首席經濟學家彭文生。): the one a later 答： is.
  // Only someone shaped like a person or body: 訪問 is also a visit to a place (访问南亚期间).
  const interviewed = [...allMatches(INTERVIEWED, masked), ...allMatches(REPORTER_ASKED, masked)].map((match) => ({ match, phrase: trimSpeakerPhrase(match[1] ?? '') })).filter(({ phrase }) => phrase !== null && (isNameShaped(phrase) || splitSpeakerRole(phrase).role !== null));
  // Someone named by a pseudonym (李然（化名）) is introduced, though no verb says so.
  const pseudonymous = allMatches(PSEUDONYM, masked).map((match) => ({ match, phrase: nameBeforePseudonym(text.slice(Math.max(0, match.index - 3), match.index)) }));
  // A paragraph opening on a person glossed in Latin letters (26岁的北京咨询师爱德华·蔡(Edward Cai)今年春天很少花钱): the person the text
  // turns to, whom a later 他 or 她 is.
  const glossed = allMatches(GLOSSED_PERSON_OPENING, masked).map((match) => ({ match, phrase: trimSpeakerPhrase(match[0]) })).filter(({ phrase }) => phrase !== null && isNameShaped(splitSpeakerRole(phrase).speaker));
  const found = [...appearing, ...asked, ...contacted, ...interviewed, ...pseudonymous, ...glossed].flatMap(({ match, phrase }) =>
    phrase === null ? [] : [{ verbStart: match.index, verbEnd: match.index + match[0].length, phrase }],
  );
  return [...found, ...findTitledNamesBeforePronoun(masked), ...findOwnedDocuments(masked), ...findPeopleHeadingClauses(withQuotedStops(text, masked), knownNames), ...findDescribedSubjects(masked, knownNames), ...findKnownNamesInsideClauses(masked, knownNames), ...findKinHeadingClauses(withQuotedStops(text, masked))].sort((a, b) => a.verbStart - b.verbStart);
}

/** A personal name closing its clause, then 他 or 她 opening the next (…的政務司副司長卓永興，他表示「…」). */
const NAME_BEFORE_PRONOUN = /(\p{Script=Han}{2,3})(?=[，,]\s*[他她](?![們们人]))/gu;

/**
 * A titled person closing a clause however long its description (領導…小組監督整體「先行先試」計劃的政務司副司長卓永興，他表示):
 * the 他 opening the next clause is them. The name is read after a title ending right before it, three characters first.
 */
function findTitledNamesBeforePronoun(masked: string): Attribution[] {
  return allMatches(NAME_BEFORE_PRONOUN, masked).flatMap((match) => {
    const end = match.index + (match[1] ?? '').length;
    for (const length of [3, 2]) {
      const start = end - length;
      const name = masked.slice(start, end);
      if (start > 0 && isPersonalName(name) && ENDS_WITH_TITLE.test(masked.slice(Math.max(0, start - 12), start))) return [{ verbStart: start, verbEnd: end, phrase: name }];
    }
    return [];
  });
}

/**
 * The masked paragraph with the stop that ends a quoted sentence put back before its closing mark (「甲。」李小姐則不認同): the
 * narration after it opens a sentence, whose head may bring someone in. Same length as the masked text.
 */
function withQuotedStops(text: string, masked: string): string {
  return masked.replace(/□(?=[」”』])/gu, (blank, at: number) => (/[。！？!?]/u.test(text.charAt(at)) ? text.charAt(at) : blank));
}

/** A party's or government's programme (政綱, 綱領, 白皮書), which copy names once with its owner and then alone. */
const OWNED_DOCUMENT = /(?:的)?(?:政綱|政纲|綱領|纲领|白皮書|白皮书)/gu;

/**
 * A programme named with the body it belongs to (關注民主黨政綱的對華政策, 國務院的白皮書): the document as a speaker,
 * its owner's name and its own (民主黨政綱), for a later 政綱稱 to point back at. The owner is the shortest body name
 * of three characters or more ending right before it (民主黨 in 美國民主黨), as the text names the document.
 */
export function findOwnedDocuments(masked: string): Attribution[] {
  return allMatches(OWNED_DOCUMENT, masked).flatMap((match) => {
    const before = masked.slice(Math.max(0, match.index - 8), match.index);
    const clauseTail = before.slice(startAfterLast(before, /[^\p{Script=Han}]/u, before.length));
    for (let length = 3; length <= clauseTail.length; length += 1) {
      const owner = clauseTail.slice(-length);
      if (isBodyName(owner) && isNameShaped(owner) && !isUnnamedSource(owner)) {
        const phrase = `${owner}${match[0].replace(/^的/u, '')}`;
        return [{ verbStart: match.index - length, verbEnd: match.index + match[0].length, phrase }];
      }
    }
    return [];
  });
}

/**
 * Someone's child, spouse or parent, named, heading a clause (阿玲的大兒子小傑今年讀國二，…他說): the clause is
 * about them, so a later 他 or 她 is them, not the parent named as whose they are. The name ends where a
 * time or a predicate starts.
 */
const KIN_AT_HEAD = /(?<=^|[，,。；;：:！？!?]|[。！？!?][」”』])\s*[^，,。；;：:！？!?「」“”『』□]{1,10}?的(?:[長长次么幼大小二三]?(?:女兒|女儿|兒子|儿子|女|子)|丈夫|妻子|太太|先生|老公|老婆|母親|母亲|父親|父亲|媽媽|妈妈|爸爸|孫子|孙子|孫女|孙女)(\p{Script=Han}{2,3}?)(?=今年|目前|現在|现在|正在|已經|已经|同樣|同样|[在也則则又還还將将曾已都亦就再更仍，,])/gu;

function findKinHeadingClauses(masked: string): Attribution[] {
  return allMatches(KIN_AT_HEAD, masked).flatMap((match) => {
    const name = match[1] ?? '';
    const at = match.index + match[0].length - name.length;
    return name === '' ? [] : [{ verbStart: at, verbEnd: at + name.length, phrase: name }];
  });
}

/** A verb the name is the object of, answered, urged or thanked (張宇人反駁李國強「…」): the clause is about whoever did it. */
const ADDRESSED_BEFORE = /(?:反駁|反驳|批評|批评|質問|质问|回應|回应|指責|指责|斥責|斥责|呼籲|呼吁|促請|促请|要求|邀請|邀请|感謝|感谢|讚揚|赞扬|告訴|告诉|提醒|點名|点名)$/u;

/** A preposition, comparison or conjunction right before a name, which makes it no subject (比李四, 給李四, 和李四). */
const OBJECT_BEFORE = /[比和跟与與給给對对向讓让被把替為为同及、的]$/u;

/**
 * A full name the article gives a speaker elsewhere, written inside a clause after a setting or a time
 * (除去開銷李四只剩三百元。他想不通): the clause is about them, so a later 他 or 她 points back at them, not at
 * someone named in the paragraph before. Not a name something is done to or compared with (給李四, 比李四),
 * nor one owning the subject (李四的女兒), nor one heading its clause (found with the heads).
 */
function findKnownNamesInsideClauses(masked: string, knownNames: readonly string[]): Attribution[] {
  return knownNames.filter((name) => name.length >= 3).flatMap((name) => {
    const found: Attribution[] = [];
    for (let at = masked.indexOf(name, 1); at !== -1; at = masked.indexOf(name, at + 1)) {
      const before = masked.slice(Math.max(0, at - 1), at);
      if (!/\p{Script=Han}/u.test(before) || OBJECT_BEFORE.test(before) || ADDRESSED_BEFORE.test(masked.slice(Math.max(0, at - 2), at)) || /^的/u.test(masked.slice(at + name.length))) continue;
      found.push({ verbStart: at, verbEnd: at + name.length, phrase: name });
    }
    return found;
  });
}

/**
 * A name the article gives a speaker elsewhere, closing a long description that is the subject of its
 * clause (…辭去民進黨主席的蔡英文，今早…發表…。她在信中稱): the sentence is about that person, so its 她 is them.
 */
function findDescribedSubjects(masked: string, knownNames: readonly string[]): Attribution[] {
  return knownNames.filter((name) => name.length >= 2).flatMap((name) => {
    const found: Attribution[] = [];
    for (let at = masked.indexOf(`的${name}`); at !== -1; at = masked.indexOf(`的${name}`, at + 1)) {
      if (/^[，,]/.test(masked.slice(at + 1 + name.length))) found.push({ verbStart: at + 1, verbEnd: at + 1 + name.length, phrase: name });
    }
    return found;
  });
}

/** The names an article marks as pseudonyms (小罗（化名）): the people its account is about, whatever their shape. */
export function findPseudonymousNames(text: string): string[] {
  return allMatches(PSEUDONYM, text).flatMap((match) => {
    const name = nameBeforePseudonym(text.slice(Math.max(0, match.index - 3), match.index));
    return name === null ? [] : [name];
  });
}

/** Whether a clause opens with a name; one in Latin letters ends its word (S is not the head of Scarlet). */
function opensWithName(clause: string, name: string): boolean {
  return clause.startsWith(name) && !(/[A-Za-z0-9]$/.test(name) && /^[A-Za-z0-9]/.test(clause.slice(name.length)));
}

/** Whether what follows a name makes it an owner (郁亮的辦公室, 費振刚的采访报道), not the clause's subject; 的話 and 的說法 are still their words. */
function ownsWhatFollows(rest: string): boolean {
  return /^\s*的(?![話话說说言])/u.test(rest);
}

/** Pronouns that open a clause as its subject (他給我們算了一筆賬), not 他們 or 其他. */
const PRONOUN_AT_HEAD = /^([他她])(?![們们人])/u;

/**
 * A surname alone opening a clause, then a word that keeps to its subject (霍則語帶輕佻地…, 姚亦曾暗示…, 黃帶點安慰道): Hong Kong
 * copy's later mention of a person, whom the reading ties to the one full name given before with that surname, or to no one.
 */
const BARE_SURNAME_AT_HEAD = new RegExp(`^([${SURNAMES}])(?=[則则亦又還还更便再卻却仍續续曾帶带笑坦直]|也[^是]|隨即|随即|隨後|随后|其後|其后|當即|当即)`, 'u');

/**
 * The person a clause opens with: by title and name (董事長許家印), by a name the article gives a
 * speaker elsewhere (趙靈語氣頓了頓), by 他/她, or by a surname alone going on (霍則…). Null when the clause opens with anything else.
 */
export function findPersonAtHead(clause: string, knownNames: readonly string[]): string | null {
  const head = clause.trim().replace(LEADING_NOISE, '').replace(KNOWN_AS_BEFORE, '');
  const titled = findRoleAndNameAtHead(head);
  // A titled name owning the subject (萬科董事會主席郁亮的辦公室門口貼著一張告示：) heads no clause of theirs.
  if (titled !== null) return ownsWhatFollows(head.slice(head.indexOf(titled.speaker) + titled.speaker.length)) ? null : `${titled.role ?? ''}${titled.speaker}`;
  const known = knownNames.filter((name) => opensWithName(head, name)).sort((a, b) => b.length - a.length)[0];
  // A name the article gives a speaker elsewhere, with its title, whatever verb follows (萬科董事會主席郁亮道出了心中的憂慮：): the name is
  // known, so no word after it is needed to tell where it ends; not one owning the subject (…郁亮的辦公室).
  const titledKnown = known === undefined ? findTitledKnownName(head, knownNames) : null;
  if (titledKnown !== null && !ownsWhatFollows(head.slice(titledKnown.length))) return titledKnown;
  return known ?? PRONOUN_AT_HEAD.exec(head)?.[1] ?? findDescribedKnownName(head, knownNames) ?? findOneUnnamedSourceAtHead(clause.trim()) ?? BARE_SURNAME_AT_HEAD.exec(head)?.[1] ?? null;
}

/** What an unnamed source is, by its last word: someone of a trade or a place of work (有赞员工, 基金經理, 家長). */
const ONE_SOURCE_ENDING = /(?:(?<=\p{Script=Han})(?:者|商)|員工|员工|人士|分析師|分析师|經理|经理|律師|律师|專家|专家|職員|职员|股民|網友|网友|投資者|投资者|業主|业主|家長|家长|市民|居民|學生|学生|老師|老师|醫生|医生|護士|护士|工人|司機|司机|店主|老闆|老板|用戶|用户|消費者|消费者|人員|人员)$/u;

/**
 * One unnamed source heading a clause, counted as one (一位有赞员工发现了裁员苗头，“…”): the source, as LABELS.md
 * writes it without the count. The shortest descriptor that ends like one, so the verb after it stays out.
 */
function findOneUnnamedSourceAtHead(head: string): string | null {
  const counted = /^(?:一位|一名|有(?![關关些人時时所]|的(?!士))(?:一位|一名|位|名)?)([\p{Script=Han}A-Za-z]{2,12})/u.exec(head)?.[1];
  if (counted === undefined) return null;
  for (let length = 2; length <= Math.min(10, counted.length); length += 1) {
    const descriptor = counted.slice(0, length);
    // Whom they give or speak to is past the descriptor (一位随行人员给记者们分发名片): no longer who they are.
    if (/[給给向對对跟與与]/u.test(descriptor.slice(-1))) return null;
    // Only 的 that asks for the source's anonymity (不愿透露姓名的求租者) describes them, or Hong Kong's taxi (的士司機); any other is a clause.
    if (ONE_SOURCE_ENDING.test(descriptor)) return /[的是在]/u.test(descriptor.replace(ANONYMITY_ASKED, '').replace(/的士/gu, '')) ? null : descriptor;
  }
  return null;
}

/**
 * A name the article gives a speaker elsewhere, after a short description of them that ends in 的 or an
 * age group (刚买车不久的95后小罗（化名）也想…, 四舍五入就要30岁的的小李（化名）目前…): the clause's subject.
 */
function findDescribedKnownName(head: string, knownNames: readonly string[]): string | null {
  const found = [...knownNames]
    .sort((a, b) => b.length - a.length)
    .find((name) => {
      const at = head.indexOf(name);
      // A short word quoted in the description (被人誉为“地产教父”的王石) is still the description.
      const description = head.slice(0, at).replace(/[“「『]□{1,8}[”」』]/gu, '');
      return at > 0 && at <= 20 && /(?:的|[0-9０-９]{2}[后後])$/u.test(description) && !/[□「」“”『』，,]/u.test(description);
    });
  return found ?? null;
}

/**
 * The subject of the nearest clause before a quote in its sentence, when it is a person and the quote
 * stands as a clause of its own after it (趙靈語氣頓了頓，「…」, 他給我們算了一筆賬，…，「…」): in feature
 * writing, the words of whoever the sentence is about. Null otherwise.
 */
export function findSubjectBeforeQuote(masked: string, sentenceStart: number, quoteStart: number, knownNames: readonly string[]): string | null {
  const leadIn = masked.slice(sentenceStart, quoteStart);
  // A quote opening its sentence after one about a person (李華（化名）顯得很悲觀。「…」) is theirs.
  if (/^[\s—–－-]*$/.test(leadIn) && sentenceStart > 0) {
    const previousStart = startAfterLast(masked, /[。！？!?；;\n]/, sentenceStart - 1);
    return findNearestPersonAtHead(masked.slice(previousStart, sentenceStart - 1), knownNames);
  }
  // Whom the person urges or asks, right before the words they are urged (院長卓榮泰要求銀行「水龍頭開大一點」): the one urging speaks them.
  const urged = URGES_BEFORE_WORDS.exec(leadIn);
  if (urged !== null) return findNearestPersonAtHead(leadIn.slice(0, urged.index), knownNames);
  if (!/[，,：:]\s*$/.test(leadIn)) return null;
  return findNearestPersonAtHead(leadIn.replace(/[，,：:]\s*$/, ''), knownNames);
}

/** A verb of urging or questioning and whom it urges, ending right before the quote (要求銀行, 呼籲各方, 質詢央行總裁楊金龍). */
const URGES_BEFORE_WORDS = new RegExp(`(?:要求|質詢|质询|質問|质问|${URGING_VERBS})[^，,。；;：:！？!?□「」“”『』]{1,8}$`, 'u');

/**
 * The person a paragraph turns to right after the quote it opens on, in the sentence the quote ends
 * (「…。」王小姐非常欢喜, “…”得到朋友的响应后，张婷立刻…): feature writing opens on someone's words and then says whose.
 * Only the first clause heading a person, looking no further than the sentence or another quote. Null otherwise.
 */
export function findSubjectAfterOpeningQuote(masked: string, quoteEnd: number, knownNames: readonly string[]): string | null {
  const rest = masked.slice(quoteEnd);
  const sentenceEnd = rest.search(/[。！？!?；;]/u);
  const sentence = sentenceEnd < 0 ? rest : rest.slice(0, sentenceEnd);
  const clauses = sentence.split(/[，,：:]/u).slice(0, 3);
  for (const clause of clauses) {
    // Another quote, or someone said to speak (這是…所形容的): the words after are no narration turning to a person.
    if (/[□“”「」『』]/u.test(clause) || ANY_SPEECH_VERB.test(clause)) return null;
    const bare = findNameAtHead(clause.trim().replace(LEADING_NOISE, ''));
    const person = findPersonAtHead(clause, knownNames) ?? (bare !== null && knownNames.includes(bare) ? bare : null);
    if (person === null) continue;
    // A name owning what the clause is about (王慕真的妻子阿萍): not who speaks.
    if (/^的/u.test(clause.trim().slice(clause.trim().indexOf(person) + person.length))) return null;
    if (isJoinedByOthersAt(clause, person)) return null;
    return person;
  }
  return null;
}

/**
 * Who uses the word quoted right after their verb of using it (雷军数次用“厚道”一词来表达): the person heading the quote's clause.
 */
export function findWordUser(masked: string, sentenceStart: number, quoteStart: number, knownNames: readonly string[]): string | null {
  const leadIn = masked.slice(sentenceStart, quoteStart);
  if (!/(?:用|使用)\s*$/u.test(leadIn)) return null;
  const clause = leadIn.split(/[，,：:；;]/u).at(-1) ?? '';
  return /[□“”「」『』]/u.test(clause) ? null : findPersonAtHead(clause, knownNames);
}

/** The person heading the last clause of a stretch that names one, looking back no further than a quote. */
function findNearestPersonAtHead(stretch: string, knownNames: readonly string[]): string | null {
  const clauses = stretch.split(/[，,：:；;]/);
  for (let index = clauses.length - 1; index >= 0; index -= 1) {
    // A name they are known by (有「糧油大王」之稱的…) is part of who heads the clause, not words in it.
    const clause = (clauses[index] ?? '').trim().replace(KNOWN_AS_BEFORE, '');
    if (/[□“”「」『』]/.test(clause)) return null;
    // A clause of when (當記者提出想買…時) tells when the next one happened: its subject is not the one who then speaks.
    if (WHEN_CLAUSE.test(clause.trim())) continue;
    const person = findPersonAtHead(clause, knownNames);
    // Several people heading the clause (黃浩銘和曾健成於庭外抗議，並表示：): no one of them alone speaks.
    if (person !== null && isJoinedByOthersAt(clause, person)) return null;
    if (person !== null) return person;
  }
  return null;
}

/** Whether others are joined to the person heading a clause, right after them (黃浩銘、曾健成…, 黃浩銘和曾健成…). */
function isJoinedByOthersAt(clause: string, person: string): boolean {
  const at = clause.indexOf(person);
  return at >= 0 && isJoinedByOthers(clause.slice(at + person.length));
}

/** Whether the words after a clause's subject join others to it (、曾健成, 及陳寶瑩, 和行長張三): a group, not one person. */
function isJoinedByOthers(rest: string): boolean {
  if (/^\s*(?:、|及|以及)/u.test(rest)) return true;
  const joined = /^\s*(?:和|與|与|跟|同)(.*)$/u.exec(rest)?.[1];
  if (joined === undefined) return false;
  // The other named up to the verb they share (和国务院研究室副主任向东均表示): a title, then a personal name.
  // Only with that verb in the same clause: 他和妻子商量 is no one named 商量.
  const verb = ANY_SPEECH_VERB.exec(joined.split(/[，,。：:]/u)[0] ?? '');
  const other = verb === null ? null : splitSpeakerRole(joined.slice(0, verb.index).replace(/(?:均|都|也|亦|一同|一起|共同)$/u, ''));
  return findRoleAndNameAtHead(joined) !== null || findNameAtHead(joined) !== null || (other !== null && other.role !== null && isPersonalName(other.speaker));
}

/** A descriptor of one source heading a paragraph, then an adverb or a verb of view (…相关人士亦看好, …负责人认为). */
const SOURCE_OPENING_PARAGRAPH = /^([^，,。；;：:！？!?「」“”『』□的]{2,16}?(?:人士|負責人|负责人|分析師|分析师|經理|经理|專家|专家))(?=亦|也|則|则|還|还|曾|已|更|同樣|同样|認為|认为|預計|预计|看好|表示|指出|稱|称)/u;

/** A role ending in a title, then a name the article names a speaker by, at the head of a clause: the role and name as written. */
function findTitledKnownName(clause: string, knownNames: readonly string[]): string | null {
  for (const name of [...knownNames].sort((a, b) => b.length - a.length)) {
    const at = clause.indexOf(name);
    if (at <= 0 || at > 20) continue;
    const written = clause.slice(0, at + name.length);
    const split = splitSpeakerRole(written);
    if (split.speaker === name && split.role !== null && !/[，,。：:；;！？!?□「」“”『』]/u.test(written)) return written;
  }
  return null;
}

/** Where a clause begins: the paragraph's start or after clause punctuation. */
const CLAUSE_START = /(?:^|[。！？!?][」”』]|[。！？!?；;，,：:])\s*/g;

/** What a feature tells first of someone it brings in by name: where they live, their age or year, their work, their routine. */
const PERSON_INTRODUCED_AFTER_NAME = /^(?:住在|今年|去年|前年|目前|現年|现年|現在|现在|每天|每日|曾經|曾经|原本|本來|本来|是一名|是一位|是一個|是一个|是個|是个|從事|从事|經營|经营|在一家|在一間|在一间)/u;

/** A name in quote marks someone is known by, opening their description (有「糧油大王」之稱的, 素有“…”美誉的). */
const KNOWN_AS_BEFORE = /^(?:素|向)?有[「“『]□{1,12}[」”』](?:之稱|之称|美譽|美誉|稱號|称号)的(?=\p{Script=Han}{3})/u;

/** Words right after a subject that go on about it (也是, 則, 亦曾): a name before them heads its sentence. */
const SUBJECT_GOES_ON = /^(?:也|亦|則|则|還|还|又|更|卻|却|都|曾|已|仍)/u;

/**
 * People a clause opens with, named with a title (恒大集團董事長許家印在會上發言。, 市民李玉兒去年買了兩套房),
 * and one joined to them (行長易綱和副行長陳雨露): the subjects a later 他, 李女士, 董事長 or 前者 points back at.
 */
export function findPeopleHeadingClauses(masked: string, knownNames: readonly string[] = []): Attribution[] {
  return allMatches(CLAUSE_START, masked).flatMap((match) => {
    const start = match.index + match[0].length;
    const head = masked.slice(start, start + 60);
    // An outlet's dateline opening the paragraph (东方网7月8日消息:) is no one the paragraph is about.
    if (match.index === 0 && DATELINE_OPENING.test(head)) return [];
    // A clause of setting opening on someone (在乳业专家王丁棉关于…的观点引起轩然大波后): they are brought in by their role, not by
    // the 在 of the setting, which a later quote of theirs would otherwise carry as part of the role.
    // So is one a view is framed for (對於有赞COO黄晓鸣來說，…): a titled name, whom a later 他 means; not a kind of people described
    // (对于忙碌的白领来说: 白 is a surname, 白领 no name).
    const viewedFor = VIEWED_FOR.exec(head.replace(LEADING_NOISE, ''))?.[1];
    const viewer = viewedFor === undefined ? null : splitSpeakerRole(viewedFor);
    if (viewedFor !== undefined && viewer !== null && viewer.role !== null && ENDS_WITH_TITLE.test(viewer.role) && isPersonalName(viewer.speaker)) {
      const at = start + head.indexOf(viewedFor);
      return [{ verbStart: at, verbEnd: at + viewedFor.length, phrase: viewedFor }];
    }
    // A name someone is known by, given before who they are (有「糧油大王」之稱的…會長李廣林): a description, no part of the role.
    const clause = head.replace(LEADING_NOISE, '').replace(/^(?:在|於|于|當|当|自從|自从)(?=\p{Script=Han}{2})/u, '').replace(KNOWN_AS_BEFORE, '');
    const offset = start + head.length - clause.length;
    const first = findRoleAndNameAtHead(clause);
    const known = first === null ? knownNames.filter((name) => opensWithName(clause, name)).sort((a, b) => b.length - a.length)[0] : undefined;
    if (known !== undefined) return [{ verbStart: offset, verbEnd: offset + known.length, phrase: known }];
    // A title and a name the article gives a speaker elsewhere, whatever verb follows (銀行局副局長童政彰罕見動怒):
    // the name is known, so no word after it is needed to tell where it ends.
    const titledKnown = first === null ? findTitledKnownName(clause, knownNames) : null;
    if (titledKnown !== null) {
      const trimmed = withoutForWhom(titledKnown, clause.slice(titledKnown.length));
      return [{ verbStart: offset + titledKnown.length - trimmed.length, verbEnd: offset + titledKnown.length, phrase: trimmed }];
    }
    // A paragraph that opens on a full name (陳裕璋則是另一種風格的主委，…他認爲…) is about that person, though
    // no title or speech verb comes with it: its later 他/她 points at them, not at someone before.
    // So is a later sentence opening on one with a word that keeps to its subject (周麗淇也是捧場客。…她說): not any name-shaped
    // opening there (母親節剛過, 简介中，), which a paragraph's first words are less often.
    const sentenceOpening = /^[。！？!?]/u.test(match[0]) ? findNameAtHead(clause) : null;
    const opening = first === null && match.index === 0 ? findNameAtHead(clause) : sentenceOpening !== null && SUBJECT_GOES_ON.test(clause.slice(sentenceOpening.length)) ? sentenceOpening : null;
    // Not one owning what the clause is about (潘金治的55歲太太鄭焦：「…」): the clause's subject is whom 的 leads to.
    // A line of nothing but the three characters is a subhead (高要求) unless they read as a personal name.
    const subheadOnly = clause.trim() === opening && !isPersonalName(opening);
    if (opening !== null && opening.length === 3 && !subheadOnly && !/^的/u.test(clause.slice(opening.length))) return [{ verbStart: offset, verbEnd: offset + opening.length, phrase: opening }];
    // A paragraph opening on a two-character name, then what a feature tells of someone new (孔婷住在广州…, 王明今年…): that person too.
    // Only before such words: two characters opening with a surname's are as often any word.
    if (opening !== null && opening.length === 2 && match.index === 0 && isPersonalName(opening) && PERSON_INTRODUCED_AFTER_NAME.test(clause.slice(opening.length))) return [{ verbStart: offset, verbEnd: offset + opening.length, phrase: opening }];
    // So is a paragraph opening on one source's descriptor (贝莱德相关人士亦看好中国政府债券。其称，…): its 其 and 他 are that source.
    const source = first === null && match.index === 0 ? SOURCE_OPENING_PARAGRAPH.exec(clause)?.[1] : undefined;
    // Counted (但一位分析師表示, 有一位基金經理認為), it is named as LABELS.md writes it, without the count.
    const descriptor = source === undefined ? null : trimSpeakerPhrase(source);
    if (source !== undefined && descriptor !== null && !isCountedAsMany(clause, source)) return [{ verbStart: offset, verbEnd: offset + source.length, phrase: descriptor }];
    // And one counted as one (一位不愿透露姓名的求租者上周末去看了这套房子，他说…): the later 他 is that source.
    const countedOne = first === null && match.index === 0 ? findOneUnnamedSourceAtHead(head) : null;
    if (countedOne !== null) return [{ verbStart: start, verbEnd: start + countedOne.length + 2, phrase: countedOne }];
    // A description and a surname with an honorific (…畢業生周小姐於2017年…): that person, whom a later 她 means.
    const honorific = first === null ? findDescribedHonorificAtHead(clause) : null;
    if (honorific !== null) return [{ verbStart: offset, verbEnd: offset + (honorific.role ?? '').length + honorific.speaker.length, phrase: honorific.speaker }];
    // A description and a full name (…在科隆大学学习经济的王增磊就没有这样乐观了。他认为，…): that person, whom a later 他 means, not
    // the speaker before. Only a name the article writes as a name elsewhere: a noun opening with a surname's character (…的房租, …的成交量)
    // takes the same shape.
    // Not right after a verb of saying (蔡思聰說，過着退休生活的李福兆，…): the clause is what the speaker says, and they go on speaking.
    const describedName = first === null && !HANDS_OVER_BEFORE.test(masked.slice(0, start)) ? findDescribedNameAtHead(clause) : null;
    if (describedName !== null && knownNames.includes(describedName)) {
      const at = offset + clause.indexOf(`的${describedName}`) + 1;
      return [{ verbStart: at, verbEnd: at + describedName.length, phrase: describedName }];
    }
    // Or by those alone (…。李小姐則不認同。她表示：「…」): she, not the speaker before.
    const bareHonorific = first === null ? findBareHonorificAtHead(clause) : null;
    if (bareHonorific !== null) return [{ verbStart: offset, verbEnd: offset + bareHonorific.length, phrase: bareHonorific }];
    if (first === null) return [];
    const written = `${first.role ?? ''}${first.speaker}`;
    const forWhom = withoutForWhom(written, clause.slice(clause.indexOf(written) + written.length));
    if (forWhom !== written) {
      const at = offset + clause.indexOf(written) + written.length - forWhom.length;
      return [{ verbStart: at, verbEnd: at + forWhom.length, phrase: forWhom }];
    }
    // A name owning what the clause is about (…对时任系主任费振刚的采访报道) is no subject: the clause's 他 is someone else.
    // Their words (引述教授林中斌的話表示) still bring them in.
    if (ownsWhatFollows(clause.slice(clause.indexOf(written) + written.length))) return [];
    const mentions = [{ verbStart: offset, verbEnd: offset + written.length, phrase: written }];
    const joined = /^[和與与及跟、]/.exec(clause.slice(clause.indexOf(written) + written.length));
    const second = joined === null ? null : findRoleAndNameAtHead(clause.slice(clause.indexOf(written) + written.length + 1));
    if (second !== null) mentions.push({ verbStart: offset + written.length + 1, verbEnd: offset + written.length + 1, phrase: `${second.role ?? ''}${second.speaker}` });
    return mentions;
  });
}

/** Whom a view is framed for, opening a clause (對於创始人白鸦來說, 对他而言): the words between. */
const VIEWED_FOR = /^(?:對於|对于|對|对)([^，,。]{2,30}?)(?:來說|来说|而言)/u;

/** For whom something is (这一切对公司创始人易小迪来说): the person begins after 對, with the role 公司创始人. */
function withoutForWhom(written: string, after: string): string {
  return /^(?:來說|来说|而言)/u.test(after) ? written.replace(/^[^對对]*[對对]/u, '') : written;
}

/**
 * An interview's speaker label opening a paragraph: `王麗：…`, `記者：…`. One character labels a person only as a surname
 * (王：「…」, read against the full name given with it; 圖： and 注： label no one), and a label ending in a verb (記者問：) is a
 * clause found with the others.
 */
const SPEAKER_LABEL = /^\s*([^\s，,。！？!?；;：:“”「」『』‘’□—]{2,10}|[^\s，,。！？!?；;：:“”「」『』‘’□—A-Za-z0-9])[：:]/;

/** A label right after a closing quote mark or a sentence's end, its colon handing to a quote (…?」東區攤販老闆:「). */
const LABEL_AFTER_CLOSED_SENTENCE = /(?<=[」”』]|[。！？!?])\s*([^\s，,。！？!?；;：:“”「」『』‘’□—]{2,10})[：:](?=\s*[「“『])/gu;

/**
 * A television report's street exchange labelled by both sides, either way round (記者vs.民眾:「(會不會覺得…),有…」, 消費者vs.記者:「…」):
 * the reporter's questions sit in brackets inside the words, and the words are the answer, so the one answering is who speaks.
 */
const EXCHANGE_WITH_REPORTER = /^(?:記者|记者|主持人|主播)\s*(?:vs|VS|Vs|v\.s|V\.S)\.?\s*(?=\S)|(?<=\S)\s*(?:vs|VS|Vs|v\.s|V\.S)\.?\s*(?:記者|记者|主持人|主播)$/u;

function answererOfExchange(label: string): string {
  return label.replace(EXCHANGE_WITH_REPORTER, '');
}

/** Whether a paragraph-opening label is shaped like who speaks, not like a clause (標題寫著, 公告顯示): a name, a role, or a source described (外地遊客). */
function isSpeakerLabel(phrase: string): boolean {
  return INTERVIEWER.test(phrase) || isLaterMention(phrase) || isNameShaped(phrase) || isBareSurname(phrase) || splitSpeakerRole(phrase).role !== null || isUnnamedSource(phrase);
}

/** A dateline (东方网7月8日消息, 中新网北京3月5日电): a day and the word for a dispatch, as a label or opening the paragraph. */
const DISPATCH = '\\d{1,2}日(?:消息|電|电|訊|讯|報道|报道|報導|报导)';
const DATELINE_LABEL = new RegExp(`${DISPATCH}$`, 'u');
const DATELINE_OPENING = new RegExp(`^[^，,。：:；;]{2,12}${DISPATCH}\\s*[：:]`, 'u');

/** An interview's answer label opening a paragraph (`答：`, `A：`): what follows is the interviewee's. */
const ANSWER_LABEL = /^\s*(?:答|[AＡ])\s*[：:]/;

/**
 * A viewpoint framed around the speaker, handing over at its punctuation: 在李然看來，「…」,
 * 用他的話說，“…”, 李然的解釋是：“…”, a view or judgement given straight before its words (邵明晓的判断是“…”), and words
 * given as someone's by 如…所說 (，如上述員工所說“…”), and words in someone's mouth (這位邱正雄口中「…」), not those naming what they spoke of (他口中「…」的事).
 */
const VIEWPOINT_FRAME =
  /在([^，,。：:在□]{1,40}?)(?:看來|看来|眼中|眼裡|眼里)[，,：:]|用([^，,。：:□]{1,15}?)的(?:話|话)(?:來說|来说|說|说)[，,：:]|(?<=^|[，,。；;！？!?])([^，,。：:□]{1,15}?)(?:對此)?的(?:解釋|解释|看法|說法|说法|回應|回应|回答|評價|评价|第一反應|第一反应)是[：:]|(?<=^|[，,。；;！？!?])([^，,。：:□「」“”『』]{2,15}?)(?:對此)?的(?:判斷|判断|觀點|观点|看法|解釋|解释|說法|说法|態度|态度|結論|结论|回應|回应|答覆|答复)(?:則|则|也|仍)?是\s*(?=[“「『])|(?<=^|[，,。；;！？!?])(?:正如|誠如|诚如|就如|如同|如)([^，,。：:□如]{1,15}?)所(?:說|说|言|述|講|讲)的?[，,：:]?(?=\s*[“「『])|(?<=^|[，,。；;！？!?])([^，,。：:□「」“”『』]{1,15}?)口中的?\s*(?=[“「『][^”」』]*[”」』](?!\s*的))/g;

/**
 * Words given as what someone said, named by what they are after (而对于网友所称“…”的建议, 對於業界所指「…」的說法): theirs. Only before a
 * noun of saying, so 所說 running on as a relative clause (他所說的話) is left alone.
 */
const SAID_AS = /(?<=^|[，,。；;！？!?]|對於|对于|關於|关于|針對|针对)([^，,。：:；;！？!?□「」“”『』如對对於于]{1,15}?)所(?:稱|称|說|说|言|指)(?=\s*[“「『]□*[”」』]的(?:建議|建议|說法|说法|觀點|观点|看法|質疑|质疑|指控|批評|批评|傳言|传言))/gu;

/**
 * Words given as what something is to someone, right after the frame (對…的26歲港女陳筱瑜來說，「比較可以生活」是來台主因): their view,
 * in their words, as 在…看來 gives it.
 */
const FOR_SOMEONE = /(?<=^|[，,。；;！？!?])(?:對|对)(?:[^，,。：:□「」“”『』]{0,30}的)?([^，,。：:□「」“”『』的]{2,20}?)(?:來說|来说|而言)[，,]\s*(?=[「“『])/gu;

/**
 * Someone describing a thing with words of their own (楊岳橋以「善財難捨，冤枉甘心」形容新一份預算案, 中金以「中國線下餘額寶」來形容…):
 * the words are theirs (LABELS.md: an evaluative word the speaker applies is speech). Not a supposition (如果用“…”来形容).
 */
const DESCRIBED_WITH_WORDS = /(?<=^|[，,。；;！？!?])(?:故|因此|所以|於是|于是)?([^，,。：:；;！？!?□「」“”『』]{2,30}?)(?:以|用)(?=\s*[「“『]□*[」”』]\s*(?:來|来)?(?:形容|比喻|描述|概括|總結|总结|評價|评价|比作|喻為|喻为))/gu;

/**
 * Someone calling a thing by words of their own, the thing put first with 將 or 把 (拜登將這個經濟體描述為「一顆…定時炸彈」,
 * 他把樓市形容為「…」): the words are theirs, as with 以「…」形容.
 */
const DESCRIBED_AS_WORDS = /(?<=^|[，,。；;！？!?])(?:故|因此|所以|於是|于是)?([^，,。：:；;！？!?□「」“”『』]{2,30}?)(?:將|将|把)[^，,。：:；;！？!?□「」“”『』]{1,24}?(?=(?:描述|形容|比喻|描繪|描绘|定性|稱|称|喻)(?:為|为|作|成)\s*[「“『]□*[」”』])/gu;

/** Whose mouth words are in (這位邱正雄口中, 他口中): someone named, a pronoun or a source, not a clause (成為研究者口中的「高頻詞」). */
function isMouthHolder(phrase: string): boolean {
  if (/成為|成为|變成|变成|作為|作为|被|是/u.test(phrase)) return false;
  const named = splitSpeakerRole(phrase);
  return isPersonalPronoun(phrase) || isPersonalName(named.speaker) || named.role !== null || isUnnamedSource(phrase) || isLaterMention(phrase);
}

/**
 * A reason or account a body or its people give, right before the quote (公司领导给的唯一说法是“效益不好”, 官网给出的理由统一为“租约到期”,
 * 当时市容环境卫生局给的理由是“事业单位体制改革”): LABELS.md has it as the speech of the one who gave it. Only an institution's
 * account: a person's (他给的理由是) is left to the other rules.
 */
const ACCOUNT_GIVEN = new RegExp(`(?<=^|[，,。；;！？!?])([^，,。：:□]{0,16}?(?:局|部|委|公司|集團|集团|銀行|银行|官網|官网|官方|方面|領導|领导|負責人|负责人|發言人|发言人|客服|門店|门店|店員|店员|品牌|政府|法院|交易所))(?:所)?(?:給|给)(?:出)?${ACCOUNT_FRAME}(?=\\s*[“「『])`, 'gu');

/**
 * A setting's quoted title shrunk to its marks (出席「2025國際金融與資產管理趨勢論壇」時 → 出席「」時), so
 * the setting is trimmed whatever the title's length; a name quoted first (「環球時報」指出) is kept.
 */
/** A broker's or analyst's stated reasons for a call (安信证券给予三一重工的推荐逻辑是，“…”, 长城证券给予其推荐逻辑为，“…”): theirs. */
const RATIONALE_GIVEN = /(?<=^|[，,。；;！？!?])([^，,。：:□「」“”『』]{2,16}?)(?:給予|给予|給出|给出)[^，,。：:□「」“”『』]{0,8}?(?:推薦|推荐)?(?:邏輯|逻辑|理由)(?:是|為|为)\s*[，,：:]?\s*(?=[“「『])/gu;

function withoutQuotedTitles(phrase: string): string {
  return phrase.replace(/(?<=.)(?:「[^「」]*」|“[^“”]*”|『[^『』]*』)(?=(?:的[^，,。]{0,8})?[中上裡里內内時时後后前期]|$)/gu, (quoted) => quoted.charAt(0) + quoted.charAt(quoted.length - 1));
}

/** A claim named by a noun after 的 (網上說…的說法, 外界指…的傳言, 那些說她…的): the speech verb is inside a noun phrase. */
const NOMINALISED = /^[^，,。！？!?；;：:“”「」『』]{0,30}的(?:[，,]|說法|说法|傳言|传言|傳聞|传闻|言論|言论|觀點|观点|報導|报道|質疑|质疑|指控|批評|批评|猜測|猜测|論調|论调)/u;

/** Issuing, right before 聲明 (發表了一份聲明): the statement is a thing put out, not the act of saying. */
const STATEMENT_ISSUED_BEFORE = /(?:發表|发表|發出|发出|發布|发布|發佈|公布|公佈)了?(?:一份|一則|一则|一項|一项)?$/u;

/** Whether the speech verb ending at `verbEnd` only names a claim the sentence goes on about, rather than reporting one. */
function isNominalised(masked: string, verbEnd: number): boolean {
  return NOMINALISED.test(masked.slice(verbEnd, verbEnd + 40));
}

/** Adverbs that join a second predicate to the subject of the clause before: 張德申予以否認，並稱：. */
const JOINING_ADVERBS = /^\s*(?:並且|并且|同時|同时|隨後|随后|接著|接着|進而|进而|因而|因此|於是|于是|從而|从而|另外|紛紛|纷纷|以此|藉此|借此|一再|再三|多次|屢次|屡次|連連|连连|頻頻|频频|並|并|且|還|还|也|又|亦|則|则|更|再|另)*\s*$/u;

/** Adverbs and a modal alone before the verb (又會說, 也要講, 還可以說): how or whether, with no one who speaks. */
const MODAL_ONLY = /^(?:並|并|且|還|还|也|又|亦|則|则|更|再|就|便|都|仍)*(?:會|会|要|能|可|可以|可能|將|将|將會|将会|應|应|應該|应该|願意|愿意|想|敢|肯)$/u;

/**
 * Only how the words were said, as an adverb with 地 (or 的, as Taiwan writes it): 不捨地說, 無奈的說, 淡淡地說. The subject
 * is that of the clause before (阿真看著次子，不捨地說：「…」).
 */
const MANNER_ONLY = /^(?:並|并|又|也|則|则|便|就|更|還|还|卻|却|仍)?(\p{Script=Han}{1,4})[地的]$/u;

/** A feeling alone after a joining word (他表示不作評論，但發晦氣說): how the one the clause before is about said it. */
const FEELING_ONLY = new RegExp(`^(?:但|但是|而|並|并|又|也|則|则|便|就|更|還|还|卻|却|仍)?(?:${FEELING})$`, 'u');

/** A laugh, tears or a gesture held as the words come (笑着说, 搖著頭說, 苦笑著表示): how, and no one named. */
const BODILY_MANNER_ONLY = /^(?:但|而|並|并|又|也|則|则|便|就|更|還|还|卻|却|仍)?(?:(?:苦|微|冷|大|傻|憨|陪|淺|浅|含)?笑|哭|(?:搖|摇|點|点|低|抬|歪|回)[著着]?[頭头]|(?:皺|皱)[著着]?眉|(?:嘆|叹|歎)[著着]?(?:氣|气)|(?:揮|挥|擺|摆)[著着]?手)[著着]?$/u;

/** The act of speech alone after a joining word (…卻不領情，調侃說): how the one the clause before is about said it. */
const SPEECH_ACT_ONLY = new RegExp(`^(?:但|而|並|并|又|也|則|则|便|就|更|還|还|卻|却|仍)?(?:${SPEECH_ACT_MANNER})$`, 'u');

/**
 * A predicate in the negative after a joining word (…費玉清數度哽咽，但仍不改幽默本色說，「…」, 卻不忘提醒): no one is named in a
 * clause that opens so, and the one who speaks heads the clause before. Not a description (但不願具名的官員), nor someone new after
 * the negative (沒有人, 不少人).
 */
const NEGATED_PREDICATE_ONLY = /^(?:但是|但|而|並|并|又|也|則|则|卻|却|仍|仍然|依然|依舊|依旧|還|还)+(?:不|沒有|没有|沒|没|未)(?!有人|少|同|願|愿)[^的人者員员官家們们士方]{1,8}$/u;

/** Whether a speaker phrase is only the manner of saying, with no one named in it. */
function isMannerOnly(phrase: string): boolean {
  if (FEELING_ONLY.test(phrase.trim()) || BODILY_MANNER_ONLY.test(phrase.trim()) || SPEECH_ACT_ONLY.test(phrase.trim()) || NEGATED_PREDICATE_ONLY.test(phrase.trim())) return true;
  const manner = MANNER_ONLY.exec(phrase.trim())?.[1];
  // A name before 的 may own what follows (王明的); before 地 it never does, though the manner starts with a surname (冷靜地說).
  return manner !== undefined && (phrase.trim().endsWith('地') || !isNameShaped(manner)) && !/[他她我你們们]/u.test(manner);
}

/**
 * Only how the speaker looked or sounded, opening the clause (…望著燒成灰的空地，神情凝重說：, …，語帶哽咽地說：): the
 * clause has no subject of its own; the one who speaks heads the clause before.
 */
const LOOK_OR_VOICE_ONLY = /^(?:並|并|又|也|則|则)?(?:神情|神色|表情|面色|臉色|脸色|面容|面帶|面带|面露|滿臉|满脸|一臉|一脸|眼泛|眼含|眼眶|語帶|语带|語氣|语气|語調|语调)\p{Script=Han}{1,4}?地?$/u;

/** A name, then a setting that opens with 在, 於 or 被 and runs over commas to the 時 right before the verb; not the 於 of 對於, a topic. */
const NAME_THEN_LONG_SETTING = /^([^，,。；;：:「」“”『』□]{2,20}?)(?:在|(?<![對对關关])[於于])[^。！？!?；;「」“”『』]*[，,][^。！？!?；;「」“”『』]*[時时]\s*$/u;

/**
 * The one who speaks when a setting runs over a comma before the verb (陳部長在被問及…之後，各方是否會…
 * 時表示): the clause right before the verb is the setting's tail, a question put to them, not a speaker;
 * the person is the one the sentence opens with, when that is a personal name, perhaps after a title.
 */
function subjectOfLongSetting(text: string, masked: string, phraseStart: number, verbStart: number): string | null {
  if (!/[，,]/.test(masked.charAt(phraseStart - 1))) return null;
  const sentenceStart = startAfterLast(masked, /[。！？!?；;\n]/, verbStart);
  const match = NAME_THEN_LONG_SETTING.exec(masked.slice(sentenceStart, verbStart));
  const phrase = match?.[1] === undefined ? null : trimSpeakerPhrase(text.slice(sentenceStart, sentenceStart + match[1].length));
  return phrase !== null && isPersonalName(splitSpeakerRole(phrase).speaker) ? phrase : null;
}

/**
 * The subject a verb shares with the clause before it when it has none of its own (此外，張德申也予以否認，
 * 並稱：「…」): the person that clause opens with, by name or pronoun. Null when the clause before opens
 * with anything else, or the sentence ends between them.
 */
function subjectOfClauseBefore(masked: string, phraseStart: number, raw: string, knownNames: readonly string[]): string | null {
  if ((!JOINING_ADVERBS.test(raw) && !isSettingOnly(raw) && !LOOK_OR_VOICE_ONLY.test(raw.trim()) && !isMannerOnly(raw)) || !/[，,]/.test(masked.charAt(phraseStart - 1))) return null;
  // A gloss in brackets (國際原子能總署（International Atomic Energy Agency, IAEA）) holds no clause break.
  const unglossed = masked.replace(/[（(][^（()）]{0,80}[）)]/gu, (gloss) => `${gloss.charAt(0)}${'□'.repeat(gloss.length - 2)}${gloss.charAt(gloss.length - 1)}`);
  let clauseEnd = phraseStart - 1;
  // Past clauses that open with a verb of their own (接受了采访，分享自己…，反思了…，并表示), to the one naming the subject.
  for (let skipped = 0; skipped <= MAX_SUBJECTLESS_CLAUSES; skipped += 1) {
    const clauseStart = startAfterLast(unglossed, /[。！？!?；;，,：:\n]/, clauseEnd);
    const head = unglossed.slice(clauseStart, clauseEnd).trim().replace(LEADING_NOISE, '');
    const subject = subjectAtHead(head, knownNames) ?? subjectOfWhenClause(head);
    if (subject !== null) return subject;
    // A look worn (一臉倦容) is no subject's clause either: 老闆岑蘊華忙著…，一臉倦容，然後幽幽地說.
    if ((!SUBJECTLESS_CLAUSE.test(head) && !LOOK_OR_VOICE_ONLY.test(head)) || !/[，,]/.test(unglossed.charAt(clauseStart - 1))) return null;
    clauseEnd = clauseStart - 1;
  }
  return null;
}

/**
 * The subject a sentence opens with, for a verb of saying later in it that has none of its own and only a joining
 * adverb before it (黎志強說目前訊息萬變，自己對去留未有定案，但形容自己…有如船長，「…」): the one the sentence is about,
 * when no clause between opens with anyone else.
 */
function subjectOfSentence(masked: string, phraseStart: number, raw: string, knownNames: readonly string[]): string | null {
  if (!/^\s*(?:但|但是|而|並|并|且|也|又|更|再|還|还|則|则|卻|却)*\s*$/u.test(raw) || !/[，,]/.test(masked.charAt(phraseStart - 1))) return null;
  const sentence = masked.slice(startAfterLast(masked, /[。！？!?；;\n]/, phraseStart), phraseStart - 1);
  const [head = '', ...rest] = sentence.split(/[，,]/u).map((clause) => clause.trim().replace(LEADING_NOISE, ''));
  // The head's own verb of saying names its subject best (東區區議會主席、公民黨黎志強說…): what stands before it.
  const headVerb = ANY_SPEECH_VERB.exec(head);
  const subject = (headVerb === null || headVerb.index === 0 ? null : trimSpeakerPhrase(head.slice(0, headVerb.index))) ?? subjectAtHead(head, knownNames);
  // A person, or a crowd (部份網民似乎不領情，…，稱「…」), never a body or a pronoun: their antecedents are another's work.
  if (subject === null || /^[他她]$/u.test(subject) || !(isPersonalName(splitSpeakerRole(subject).speaker) || CROWD_AT_HEAD.test(subject))) return null;
  return rest.every((clause) => { const other = subjectAtHead(clause, knownNames); return other === null || other === subject; }) ? subject : null;
}

/**
 * A clause of when, whose subject is the one who speaks in the next (王明到律所咨询时，明确表示“…”): someone named, perhaps with a
 * title, then a verb of going, attending or being asked, then 時. An unnamed source there is read as a group, as other clauses
 * before are, and shown as no one.
 */
const WHEN_CLAUSE_SUBJECT = /^([^，,。：:；;！？!?「」“”『』□]{2,16}?)(?=(?:到|赴|去|前往|來到|来到|出席|參加|参加|接受|在|被問|被问|獲問|获问)[^，,。：:；;！？!?「」“”『』□]{1,20}[時时]$)/u;

function subjectOfWhenClause(head: string): string | null {
  const subject = WHEN_CLAUSE_SUBJECT.exec(head)?.[1];
  if (subject === undefined) return null;
  const named = splitSpeakerRole(subject);
  return isPersonalName(named.speaker) ? subject : null;
}

/** How many clauses that open with a verb may stand between a subject and the verb that shares it. */
const MAX_SUBJECTLESS_CLAUSES = 2;

/**
 * A clause that opens with its verb and has no subject of its own: a verb with an aspect mark
 * (反思了, 接受了, 發表過), being asked (三度被問…), or one of the verbs of appearing and telling a
 * report chains after a name, or of objecting (…，不滿政府沒有諮詢，形容「…」).
 */
const SUBJECTLESS_CLAUSE = /^(?:並|并|也|還|还|又|更|再|隨後|随后)?(?:(?:[一二三兩两多再]度|一再|再次|多次|屢次|屡次)?(?:被問|被问|被追問|被追问|獲問|获问)|\p{Script=Han}{1,2}[了過过著着](?![解])|分享|介紹|介绍|回顧|回顾|談及|谈及|談到|谈到|提到|出席|參加|参加|接受|發表|发表|會見|会见|率領|率领|帶領|带领|闡述|阐述|講述|讲述|分析|總結|总结|不滿|不满|不認同|不认同|不同意|反對|反对|質疑|质疑|批評|批评|擔心|担心|憂慮|忧虑)/u;

/** A clause of when, opened by 當 or 在 and closed by 時 (當記者提出想買卡羅拉時, 在被問及…時). */
const WHEN_CLAUSE = /^(?:當|当|在|於|于)[^，,。；;：:]{2,30}(?:時|时|之際|之际|的時候|的时候)$/u;

/** A clause listing those meant (包括商界出身的唐英年): its names are examples, not its subject. */
const LISTING = /^(?:包括|包含|例如|比如|譬如|像是|其中包括|當中包括|当中包括)/u;

/** The subject a clause opens with: a name with its title, a name alone, a described name the article gives, a body or group, or 他/她. */
function subjectAtHead(head: string, knownNames: readonly string[]): string | null {
  // A titled person doing something to another before speaking (专家杨承平認同创始人白鸦的看法，認為…): the first is the subject.
  const actor = titledActorOnTitledPerson(head);
  if (actor !== null) return actor;
  const titled = findRoleAndNameAtHead(head) ?? findDescribedHonorificAtHead(head);
  const subject = titled !== null ? `${titled.role ?? ''}${titled.speaker}` : findBareNameAtHead(head, knownNames) ?? (LISTING.test(head) ? null : findDescribedKnownName(head, knownNames)) ?? findOneUnnamedSourceAtHead(head) ?? findBodyAtHead(head) ?? /^([他她])(?![們们人])/u.exec(head)?.[1] ?? findProgrammeAtHead(head) ?? findRoleAloneAtHead(head);
  // Several people heading the clause (社民連主席黃浩銘、成員曾健成及陳寶瑩於庭外…，並高呼「…」): no one of them alone speaks.
  return subject !== null && isJoinedByOthersAt(head, subject) ? null : subject;
}

/** A body pointed back at by its kind (該行, 该公司, 該報), and the endings a body of that kind is named with. */
const BODY_POINTER = /^(?:該|该|此)(行|公司|集團|集团|報|报|會|会|所|機構|机构)$/u;
const BODY_KIND_ENDINGS: Readonly<Record<string, RegExp>> = {
  行: /(?:銀行|银行)$/u, 公司: /公司$/u, 集團: /(?:集團|集团)$/u, 集团: /(?:集團|集团)$/u, 報: /[報报]$/u, 报: /[報报]$/u,
  會: /(?:委員會|委员会|協會|协会|商會|商会|基金會|基金会)$/u, 会: /(?:委員會|委员会|協會|协会|商會|商会|基金會|基金会)$/u,
  所: /(?:交易所|研究所)$/u, 機構: /(?:機構|机构)$/u, 机构: /(?:機構|机构)$/u,
};

/** The reporter, perhaps on a matter, turning to someone to ask (記者就此事向, 本报记者昨日向): up to 向. */
const REPORTER_ASKING = /^[^，,。向]{0,6}?(?:記者|记者|本報|本报|本網|本网|筆者|笔者|本刊)[^，,。向]{0,10}?向/u;

/**
 * The body a pointer such as 該行 means, when an earlier clause of the same paragraph opens with one body of that
 * kind (中國銀行昨日公布業績…。該行並指, 《紐約時報》指出…。該報並說): the nearest before the pointer. Null otherwise,
 * leaving the pointer to resolve against the speakers named before, or to no one.
 */
function bodyPointedAtInParagraph(phrase: string, text: string, masked: string, before: number): string | null {
  const kind = BODY_POINTER.exec(phrase)?.[1];
  const ending = kind === undefined ? undefined : BODY_KIND_ENDINGS[kind];
  if (ending === undefined) return null;
  const bodies = allMatches(CLAUSE_START, masked.slice(0, before)).flatMap((match) => {
    const start = match.index + match[0].length;
    const title = /^《([^《》]{2,20})》/u.exec(text.slice(start, before))?.[1];
    // The reporter asking a body (記者就此事向恒生銀行查詢，該行表示): the body asked is whom 該行 means, not the reporter's clause.
    const head = masked.slice(start, before);
    const asking = REPORTER_ASKING.exec(head)?.[0].length ?? 0;
    const body = title ?? findBodyAtHead(head.slice(asking));
    return body !== null && body !== undefined && ending.test(body) ? [body] : [];
  });
  return bodies.at(-1) ?? null;
}

/** A body's programme heading a clause (民主黨政綱亦有討論…，指責…): the document, as its owner and name. */
function findProgrammeAtHead(head: string): string | null {
  const programme = /^\p{Script=Han}{2,8}?(?:政綱|政纲|綱領|纲领|白皮書|白皮书)/u.exec(head)?.[0];
  return programme !== undefined && findOwnedDocuments(programme).some((found) => found.phrase === programme) ? programme : null;
}

/** A post pointing back at its holder (該国防部长), as findRoleAloneAtHead gives it: one person, never a group. */
const POST_POINTER = /^[該该]/u;

/**
 * A post alone heading a clause (国防部长挂断了电话): the person who holds it, named before with it. Given as a pointer
 * (該国防部长), so it resolves to that holder or to no one: a post the article has not yet tied to a name shows no one.
 * The longest opening that ends in a title, short, and not one that qualifies a noun or a name (部长级会议, 司令部司令X).
 */
function findRoleAloneAtHead(head: string): string | null {
  // A clause that opens with a verb of saying (指集團高管對此…) reports what someone said of a post: the post is no subject.
  if (ANY_SPEECH_VERB.exec(head)?.index === 0) return null;
  for (let length = Math.min(12, head.length - 1); length >= 2; length -= 1) {
    const opening = head.slice(0, length);
    if (!/^\p{Script=Han}+$/u.test(opening) || !ENDS_WITH_TITLE.test(opening)) continue;
    const rest = head.slice(length);
    if (length > 6 || /^[级級們们的之部局處处院會会所司廳厅署]/u.test(rest) || findNameAtHead(rest) !== null || splitSpeakerRole(opening).role !== null) return null;
    return `該${opening}`;
  }
  return null;
}

/** Adverbs after which a name at the head of a clause is its subject (張德申也予以否認), unlike 在 or 對 after a word (焦點放在…). */
const ADVERB_AFTER_SUBJECT = /^(?:也|亦|則|则|又|還|还|更|並|并|曾|一度|曾經|曾经|已|均|都|再|仍|隨即|随即|隨後|随后|其後|其后|當即|当即)/u;

/**
 * A personal name alone at the head of a clause: one the article gives a speaker elsewhere, or one an
 * adverb follows. A surname and two characters before 在 may be a word and its verb (焦點放在…).
 */
function findBareNameAtHead(head: string, knownNames: readonly string[]): string | null {
  const known = knownNames.filter((name) => opensWithName(head, name)).sort((a, b) => b.length - a.length)[0];
  if (known !== undefined) return known;
  const name = findNameAtHead(head);
  return name !== null && ADVERB_AFTER_SUBJECT.test(head.slice(name.length)) ? name : null;
}

/** Endings of the bodies a clause can open with, as their subject. */
const BODY_AT_HEAD_ENDING = '集團|集团|公司|銀行|银行|政府|交易所|委員會|委员会|協會|协会|總署|总署|組織|组织|基金會|基金会|研究院|研究所';

/**
 * The longest body name heading a clause before a gloss (國際原子能總署（IAEA）) or a time or adverb
 * that opens the predicate (…總署今年7月為計畫背書, …公司近日表示): a name in apposition stays whole.
 */
const LONGEST_BODY_AT_HEAD = new RegExp(
  `^[^，,。：:；;！？!?「」“”『』□的（(]{2,20}(?:${BODY_AT_HEAD_ENDING})(?=\\s*[（(]|今年|去年|近日|日前|昨[日天]|今[日天（(]|在|於|于|也|已|曾|則|则)`,
  'u',
);
const SHORTEST_BODY_AT_HEAD = new RegExp(`^[^，,。：:；;！？!?「」“”『』□的]{2,14}?(?:${BODY_AT_HEAD_ENDING})`, 'u');

/** What a body's name does not hold: a speech verb, a copula, a demonstrative, an aspect mark, or working at (任職銀行業的陳先生). */
const CLAUSE_IN_NAME = new RegExp(`${SPEECH_VERB.source}|[是這这那了過过把被將将]|任職|任职|就職|就职|供職|供职`, 'u');

/** An unnamed source heading a clause (某券商将目标价调至…): the descriptor, as LABELS.md has it. */
const UNNAMED_AT_HEAD = /^某[^，,。：:；;！？!?「」“”『』□的]{0,6}?(?:券商|機構|机构|基金|銀行|银行|公司|企業|企业|平台|平臺|人士|分析師|分析师|投行|私募|外資|外资)/u;

/**
 * A group heading a clause, perhaps counted as many, before the adverb that opens its predicate
 * (不少网友都表达了…, 股民紛紛…): the group, without the count.
 */
const CROWD_WORDS = '網友|网友|網民|网民|股民|用戶|用户|消費者|消费者|投資者|投资者|投資人|投资人|市民|居民|員工|员工|家長|家长|業主|业主|小股東|小股东|股東|股东';
const GROUP_AT_HEAD = new RegExp(`^(?:不少|許多|许多|部分|部份|多位|多名|眾多|众多|大批|一些|很多)?(${CROWD_WORDS})(?=都|也|紛紛|纷纷|則|则|更|亦|均|還|还|似乎|卻|却|在[^，,。]{1,12}?[後后]$|看[到完過过])`, 'u');
/** A crowd as a clause's subject, counted or not (網民, 股東). */
const CROWD_AT_HEAD = new RegExp(`^(?:${CROWD_WORDS})$`, 'u');

/** A verb of judging or asking that opens a clause on the body it acts on (批評政府高官離地, 要求政府…): the body is its object. */
const ACTS_ON_BODY = /^(?:批評|批评|質疑|质疑|反對|反对|不滿|不满|擔心|担心|憂慮|忧虑|指責|指责|抨擊|抨击|譴責|谴责|要求|呼籲|呼吁|促請|促请|敦促|感謝|感谢|讚揚|赞扬|炮轟|炮轰|狠批|怒批|斥責|斥责)/u;

/** A body a clause opens with, named by its ending (中國紫光集團氣焰囂張 → 中國紫光集團, 某券商將…), or a group (不少网友都…). */
function findBodyAtHead(head: string): string | null {
  if (ACTS_ON_BODY.test(head)) return null;
  const body = LONGEST_BODY_AT_HEAD.exec(head)?.[0] ?? SHORTEST_BODY_AT_HEAD.exec(head)?.[0];
  // A clause ending in a body (僅稱這是今屆政府…) is no body's name: it holds a verb, a copula or a demonstrative.
  if (body !== undefined && isNameShaped(body) && !CLAUSE_IN_NAME.test(body)) {
    // The body's people named right after it (天成物业公司工作人员否认…，称): they are who speaks, as written.
    const people = BODY_PEOPLE_AFTER.exec(head.slice(body.length))?.[0];
    return people === undefined ? body : body + people;
  }
  return UNNAMED_AT_HEAD.exec(head)?.[0] ?? GROUP_AT_HEAD.exec(head)?.[1] ?? null;
}

/** A body's people by what they do there, right after its name (…公司工作人员, …銀行發言人, …集团相关负责人). */
const BODY_PEOPLE_AFTER = /^(?:相關|相关|有關|有关)?(?:工作人員|工作人员|負責人|负责人|發言人|发言人|員工|员工|職員|职员|人士|客服|高管|代表)/u;

/**
 * A label or verdict pinned on something by whom the passive names, right before the quote, perhaps
 * with a few words of the noun it qualifies between (被不少员工称为“体面裁员”, 被部分企业认为是“摆烂”,
 * 被“米粉”们称为冲击高端的“关键年”): the agent said it. The agent is its own clause's words, with no
 * punctuation and no other 被. Not 視為, 譽為, 評為 or 封為: what those give is a standing or a title
 * (被視為「接班人」, 被評為「十大品牌」), a name the writer reports.
 */
const PASSIVE_VERDICT =
  /被([^，,。；;：:！？!?被]{1,15}?)(?:稱為|称为|稱作|称作|稱之為|称之为|認為|认为|形容為|形容为|形容成|批評為|批评为|斥為|斥为|諷為|讽为|戲稱為|戏称为|調侃為|调侃为|笑稱為|笑称为|笑稱|笑称|戲稱|戏称|質疑|质疑|讚為|赞为|誇為|夸为|指責為|指责为|罵為|骂为|嘲諷為|嘲讽为|吐槽為|吐槽为)是?[^，,。；;：:！？!?“”「」『』□]{0,8}$/u;

/** Agents that stand for everyone or for no one in particular (被外界稱為, 被市場視為): the label is the writer's to report, not a saying. */
const EVERYONE = /^(?:外界|市場|市场|業界|业界|業內|业内|人們|人们|大家|社會|社会|輿論|舆论|媒體|媒体|坊間|坊间|世人|不少人|許多人|许多人|很多人)$/u;

/** A count of many before a group (不少員工, 部分企業, 多位分析師): the group, never one person named before. */
const MANY = new RegExp(`^${COUNTED_AS_MANY.source.slice(0, -1)}`, 'u');

/** Whether a speaker's phrase opens on a count of many or a demonstrative of a group (多位分析師, 這些隱名的人士): a group, never one person. */
export function opensAsGroup(phrase: string): boolean {
  return MANY.test(phrase) || /^(?:這些|这些|那些|這群|这群)/u.test(phrase);
}

/** Who the passive names as the one who pinned a label, and whether the text counts them as many. */
export interface PassiveSayer { phrase: string; many: boolean }

/**
 * Who pinned the label the quote gives, when the lead-in puts it in the passive with its agent named
 * by a personal name or as a group counted as many (被不少员工称为“体面裁员” → 员工, many): null when
 * there is none, or the agent is everyone (被外界稱為「股神」 stays a name the writer uses).
 */
export function findPassiveSayer(text: string, masked: string, from: number, quoteStart: number): PassiveSayer | null {
  const match = PASSIVE_VERDICT.exec(masked.slice(from, quoteStart));
  const agent = match?.[1];
  if (match === null || agent === undefined) return null;
  const agentStart = from + match.index + 1;
  // A group the writer puts in quote marks (被“米粉”们) is still the group.
  const written = text.slice(agentStart, agentStart + agent.length).replace(/[“”「」『』]/gu, '').trim();
  const phrase = trimSpeakerPhrase(written);
  if (phrase === null || EVERYONE.test(phrase)) return null;
  const many = MANY.test(written) || /[們们]$/u.test(written);
  // Only a group counted as many or a person by name: a body or a place that "calls" something
  // (被中國稱為) is giving a name, and a pronoun's antecedent is a guess.
  // An unnamed source of the public's kind (被网友赞为, 被業主質疑是) is who said it, as LABELS.md labels 网友.
  if (many ? !isNameShaped(phrase) && !isUnnamedSource(phrase) : !isPersonalName(phrase) && !isUnnamedSource(phrase)) return null;
  return { phrase, many };
}

/**
 * Words given as a reply or a reason (發言人以「暫不評論」回應, 盒马以“业务调整”为由): the one who gave
 * them is the clause's subject before 以.
 */
const REPLIED_WITH = /以(?=\s*[“「『]□*[”」』]\s*(?:回應|回应|作答|答覆|答复|回覆|回复|為由|为由))/g;

/**
 * Words someone is said to have said, quoted as a noun's content (多保留一点她说的“尊重每个人消费观”的话):
 * the pronoun or known name right before 說的 said them.
 */
const SAID_BY = /(?<![其利吉排])([他她])(?:所)?(?:說|说|講|讲)的(?=\s*[“「『])/gu;
const SAID_BY_NAME = /(\p{Script=Han}{2,4}?)(?:所)?(?:說|说|講|讲)的(?=\s*[“「『])/gu;

/** Someone's words passed on by another (有網民留言引述…作家趙君朔在 facebook的說話，「…」, 法人引用大客戶言論「…」): the quote is the one cited. */
const CITING_ANOTHER = /(?:引述|引用|轉述|转述|轉引|转引)([^，,。；;：:「」“”『』□]{2,30}?)(?:在[^，,。；;：:「」“”『』□]{1,15}?)?(?:的(?:說話|说话|話|话|說法|说法|言論|言论)|(?:的)?(?:言論|言论|名言|原話|原话))[，,：:]?\s*(?=[“「『])/gu;

/**
 * A person's words given right after their name and named after as a saying of theirs (與李克強「有信心、有能力…」等誓言截然相反): theirs.
 * The group holds the name; the quote must follow at once.
 */
const NAME_THEN_SAYING = /([^，,。；;：:「」“”『』□]{2,12})(?=[「“『]□+[」”』](?:等|之類的|之类的)?(?:的)?(?:誓言|言論|言论|說法|说法|承諾|承诺|講話|讲话|表態|表态|名言|金句|豪言|口號|口号|論調|论调))/gu;

/** Someone's one line (師長一句, 老闆的一句話) right before the quote of it, after a clause break or a cause (因). */
const ONE_LINE = /(?<=^|[，,。；;\s])([^，,。；;：:「」“”『』□]{2,8}?)(?:的)?一句(?:話|话)?(?=\s*[「“『])/gu;

/**
 * A document in title marks, perhaps with 根據 before and a verb of stating after, then a comma or colon and a
 * quote; or a document's article cited and quoted after a colon (《某某條例》第5條：「…」, without 根據, which
 * after a speaker's verb is his reading of the article: …表示，根據《某條例》第3條，「…」). Not a paper told the words
 * (一工作人员告诉《第一财经日报》，“…”): it is the one spoken to.
 */
const DOCUMENT_SAYS = /(?:根據|根据|按照|依照|按|依據|依据)?(?<!告訴|告诉|向|對|对|跟|給|给|接受)《([^《》]{2,40})》(?:的?(?:文件|報告|报告|通知|文章))?(?:中|裡|里)?(?:規定|规定|訂明|订明|列明|載明|载明|寫明|写明|顯示|显示|指出|寫道|写道|提到|提及|明確|明确|稱|称|表示)?[，,：:](?=\s*[“「『])|《([^《》]{2,40})》\s*第[^，,。：:「」“”『』《》]{1,14}?(?:條|条|款|項|项|章|節|节)[^，,。：:「」“”『』《》]{0,8}?\s*[：:](?=\s*[“「『])/gu;

/**
 * A clause's subject, perhaps a setting in 在…中, then 將 or 把 something, then a verb of condemning as, right before
 * the quote (白宫在周二一份声明中将该书斥为“…”, 他把報道形容為「…」), or of positioning it as (将集团重新定位为“…”): the
 * subject's words. Not 稱為 or 視為, which give a name or a standing the writer reports.
 */
const ACTIVE_VERDICT = /(?<=^|[，,。；;！？!?])([^，,。；;：:！？!?「」“”『』□在將将把]{2,12}?)(?:在[^，,。；;「」“”『』□]{1,24}?[中上裡里])?(?:將|将|把)[^，,。；;：:「」“”『』□]{1,12}?(?:斥為|斥为|批評為|批评为|形容為|形容为|貶為|贬为|譏為|讥为|諷為|讽为|定位為|定位为)是?(?=[“「『])/gu;

/** Posting a message or statement whose words follow at once (在多个平台发布消息，“…”, 發出聲明：「…」). */
const POSTS_MESSAGE_BEFORE_QUOTE = /(?:發表|发表|發出|发出|發布|发布|發佈|貼出|贴出|發帖|发帖)了?(?:一份|一篇|一則|一则|一條|一条|一項|一项)?[^，,。！？!?；;：:□「」“”『』]{0,6}?(?:聲明|声明|消息|公告|通告|貼文|贴文|帖子|帖文|公開信|公开信)\s*[，,：:]\s*(?=[“「『])/gu;

/** Issuing a statement or a speech, ending the paragraph: what it says follows as a paragraph of its own. */
const ISSUES_STATEMENT_AT_END = /(?:發表|发表|發出|发出|發布|发布)了?(?:一份|一篇|一則|一则|一項|一项)?[^，,。！？!?；;：:□「」“”『』]{0,6}?(?:聲明|声明|講話|讲话|公開信|公开信)\s*[。：:]?\s*$/u;

/** A colon right before an opening quote mark. */
const NAME_BEFORE_QUOTE_COLON = /[：:](?=\s*[“「『])/g;

/** The speaker speaking of themselves. */
const FIRST_PERSON = /^(?:我|我們|我们|咱們|咱们|本人)(?:想|要|也|再|還|还|願|愿|只|就|必須|必须|願意|愿意|需要|謹|谨)?$/u;

/** Characters that end given names (志剛, 大均, 智先) and are also adverbs a speaker phrase is trimmed of (剛表示, 均表示, 先表示). */
const NAME_END_ALSO_ADVERB = /^[剛刚均先]/u;

/** A day or time right after that character (羅智先15日, 鄭志剛今天): an adverb of time would not stand before it, so the character ends a name. */
const TIME_RIGHT_AFTER = /^(?:\d{1,2}\s*[日號号]|[今昨明前][天日晚早]|(?:日前|近日|稍早|稍後|稍后|上午|下午|晚間|晚间)|[週周][一二三四五六日天])/u;

/** The trimmed phrase with the character after it put back when that makes a name the article gives (鄭志 + 剛). */
function withNameEndingAsAdverb(trimmed: string, raw: string, knownNames: readonly string[]): string {
  const at = raw.lastIndexOf(trimmed);
  const next = at < 0 ? '' : raw.slice(at + trimmed.length, at + trimmed.length + 1);
  if (!NAME_END_ALSO_ADVERB.test(next)) return trimmed;
  const whole = `${trimmed}${next}`;
  if (knownNames.some((name) => name.length >= 3 && whole.endsWith(name))) return whole;
  const wholeName = splitSpeakerRole(whole).speaker;
  if (TIME_RIGHT_AFTER.test(raw.slice(at + whole.length)) && [...wholeName].length === 3 && isPersonalName(wholeName)) return whole;
  // 均 is "all", which one titled person cannot be (明末清初诗人屈大均曾夸赞): after a title and two characters, it ends the name.
  const titled = splitSpeakerRole(trimmed);
  // Not after two people joined (萬科總裁祝九勝與董事會主席郁亮均表示): 均 is then the "all" of both.
  const titledTwo = titled.role !== null && !/[與与和及、]/u.test(titled.role) && [...titled.speaker].length === 2 && isPersonalName(`${titled.speaker}${next}`);
  // So does 先 or 剛 after a title and two characters (董事長羅智先表示, 行政總裁鄭志剛指): a titled full name is three characters far
  // more often than two and an adverb; not when the adverb is doubled (王明剛剛表示).
  const doubled = raw.slice(at + whole.length, at + whole.length + 1) === next;
  return titledTwo && (next === '均' || !doubled) ? whole : trimmed;
}

/**
 * The name before a colon or inside a frame (在…看來) with its last character put back when the trimming took it for an adverb (鄭志剛：,
 * 羅智先：, 在屈大均看來): no verb follows there for 剛, 先 or 均 to qualify.
 */
function withNameEndBeforeColon(trimmed: string | null, written: string): string | null {
  const last = written.trim().slice(-1);
  if (trimmed === null || !NAME_END_ALSO_ADVERB.test(last) || !written.trim().endsWith(`${trimmed}${last}`)) return trimmed;
  return isPersonalName(splitSpeakerRole(`${trimmed}${last}`).speaker) ? `${trimmed}${last}` : trimmed;
}

/** A firm a person is at, named right before their name with no title (浙江裕丰律师事务所厉健, 中信证券李迅雷). */
const FIRM_AT_END = new RegExp(`(?:${FIRM_ENDING})$`, 'u');

/** The means or the right a verb of expressing qualifies (表達訴求的方法, 表達意見的自由). */
const EXPRESSING_MEANS = /^[^，,。；;：:！？!?]{0,12}的(?:方法|方式|途徑|途径|渠道|管道|機會|机会|空間|空间|權利|权利|自由|平台|平臺|窗口)/u;

const NO_SPEECH_ACT = /(?:、\s*|(?:沒有|没有|並未|并未|未曾|未|不曾)(?:給出|给出|作出|做出)[^，,。；;：:]{0,8}|(?:沒有|没有|並未|并未|未曾|未|不曾|拒絕|拒绝)(?:向|對|对)[^，,。；;：:]{1,10}|^\s*(?:沒有任何|没有任何|沒有人|没有人|無人|无人|並無|并无)[^，,。；;：:]{0,10})$/u;
/**
 * Verbs that report a whole thought or statement (坦言, 認為, 表示, 指出): another verb of saying after one of them in the same
 * clause stands inside what it reports (但坦言認為官方說…). Not 分析 or 稱, which are as often nouns (穆迪分析的分析師). 透露 before
 * 姓名 or 身份 (不愿透露姓名的业内人士) is how a source asked to be named.
 */
const VERB_IN_CLAUSE = /坦言|直言|坦承|認為|认为|認爲|表示|指出|強調|强调|透露(?![姓身])|相信|覺得|觉得|承認|承认/u;
const VERB_IN_CLAUSE_ALL = new RegExp(VERB_IN_CLAUSE.source, 'gu');

/** A social page or account named in title marks, then its posting, right before the verb (粉專《台南式 Tainan Style》PO文). */
const ACCOUNT_IN_TITLE_MARKS = /(?:粉專|粉专|粉絲專頁|粉丝专页|專頁|专页|帳號|账号|頻道|频道|公眾號|公众号)\s*《([^《》]{2,30})》\s*(?:[Pp][Oo]文|發文|发文|貼文|贴文|發帖|发帖)?(?:也|亦|則|则|更)?$/u;

/** A verb of telling, the one told (a pronoun) and the quote right after: the words the teller said to them. */
const TELLS_SOMEONE_THE_WORDS = /^(?:告訴|告诉|叮囑|叮嘱|囑咐|嘱咐)(?:他|她|我)(?:們|们)?\s*[，,：:]?\s*[「“『]/u;

/** Kinds of document whose words a text reports (举报信, 讣闻, 公告, 判决书, 招股书). */
const DOCUMENT_KIND = '(?:舉報信|举报信|公開信|公开信|聯名信|联名信|信件|來信|来信|訃聞|讣闻|訃告|讣告|公告|通告|通知|聲明|声明|判決書|判决书|裁定書|裁定书|起訴書|起诉书|招股書|招股书|說明書|说明书|年報|年报|財報|财报|報告|报告|文件|郵件|邮件)';
const ISSUED_DOCUMENT = new RegExp(`^([^，,。；;：:！？!?「」“”『』□的]{2,12}?)(?:公布|公佈|發布|发布|發佈|發出|发出|印發|印发|發表|发表)的[^，,。；;：:！？!?「」“”『』□]{0,8}?${DOCUMENT_KIND}(?:中|裡|里|內|内)$`, 'u');
const DOCUMENT_ITSELF = new RegExp(`^((?:[^，,。；;：:！？!?「」“”『』□在他她其我們们]{0,10}的)?${DOCUMENT_KIND})(?:中|裡|里|內|内)$`, 'u');

/** The document, or the body that issued it, whose words follow (举报信中称 → 举报信, 阿里巴巴公布的全员公告中说 → 阿里巴巴). */
function wordsInDocument(raw: string): { phrase: string; issued: boolean } | null {
  const clause = raw.trim().replace(LEADING_NOISE, '');
  const issuer = ISSUED_DOCUMENT.exec(clause)?.[1];
  const issuerPhrase = issuer === undefined ? null : trimSpeakerPhrase(issuer);
  if (issuerPhrase !== null && isPlausibleSpeaker(issuerPhrase)) return { phrase: issuerPhrase, issued: true };
  const document = DOCUMENT_ITSELF.exec(clause)?.[1];
  return document === undefined ? null : { phrase: document, issued: false };
}

/** Where the last match of a global pattern ends in a text; -1 when it has none. */
function lastMatchEnd(pattern: RegExp, text: string): number {
  const last = [...text.matchAll(pattern)].at(-1);
  return last === undefined ? -1 : last.index + last[0].length;
}

/** What stands before 說 or 講 in a manner of speaking (从技术上讲, 從長遠來說, 总的来说, 坦白講): no one's words follow. */
const SPEAKING_FRAME = /^(?:雖然|虽然|儘管|尽管|但是|但|不過|不过|而|其實|其实|所以|因此)?(?:(?:從|从|就|由)\p{Script=Han}{1,12}(?:上|來|来)|(?:總的|总的|一般|嚴格|严格|簡單|简单|整體|整体|長遠|长远|相對|相对|具體|具体|客觀|客观|確切|确切|準確|准确|老實|老实|坦白|換句話|换句话)(?:來|来)?)$/u;

/**
 * A few words quoted for how someone said it, right before the verb (銷售員「落足嘴頭」指：「…」): a manner, and the speaker stands before
 * it. Asked only when nothing else names the speaker, so a handle in marks heading the clause (“深房理装修队003”爆料：) stays the handle.
 */
function sayerBeforeQuotedManner(text: string, masked: string, verbStart: number, knownNames: readonly string[]): string | null {
  const manner = /[「“『]□{1,6}[」”』]\s*$/u.exec(masked.slice(Math.max(0, verbStart - 10), verbStart));
  if (manner === null) return null;
  const sayerEnd = verbStart - manner[0].length;
  const sayer = trimOrKnown(text.slice(speakerPhraseStart(masked, sayerEnd), sayerEnd), knownNames);
  return sayer !== null && (isNameShaped(splitSpeakerRole(sayer).speaker) || isUnnamedSource(sayer) || splitSpeakerRole(sayer).role !== null) ? sayer : null;
}

/** A title in 《》, short enough to be a work's name. */
const TITLE_IN_MARKS = /《[^《》□]{1,40}》/gu;

/** Finds every `speaker + speech verb` clause in a (masked) paragraph, and a speaker label opening it, in text order. */
export function findAttributions(text: string, quotesMasked: string, knownNames: readonly string[] = []): Attribution[] {
  // A title in 《》 is one noun: its own verbs of saying and commas (撰文《我很痛心地說,香港已玩完》指出) neither speak nor end the clause.
  const masked = quotesMasked.replace(TITLE_IN_MARKS, (title) => title.replace(/[，,。：:；;！？!?]/gu, '_'));
  const titles = [...masked.matchAll(TITLE_IN_MARKS)].map((title) => [title.index, title.index + title[0].length] as const);
  const verbs = [...allMatches(SPEECH_VERB, masked), ...allMatches(ATTACK_VERB, masked), ...allMatches(NETIZENS_FIND, masked)].flatMap((match): Attribution[] => {
    const verbStart = match.index;
    if (titles.some(([from, to]) => verbStart > from && verbStart < to)) return [];
    if (isNominalised(masked, verbStart + match[0].length)) return [];
    // A statement issued (高盛發表聲明指, 发布声明称): 聲明 is the noun; the issuer speaks at the verb that follows it.
    if (/^(?:聲明|声明)$/u.test(match[0]) && STATEMENT_ISSUED_BEFORE.test(masked.slice(Math.max(0, verbStart - 8), verbStart))) return [];
    // A way or a right to express (唯一表達訴求的方法, 表達意見的自由): the verb qualifies a noun.
    if (/^(?:表達|表达)$/u.test(match[0]) && EXPRESSING_MEANS.test(masked.slice(verbStart + match[0].length))) return [];
    // The target of the act, not its doer (成為網民揶揄對象, 批評的對象): the verb qualifies a noun.
    if (/^(?:的)?(?:對象|对象|目標|目标)/u.test(masked.slice(verbStart + match[0].length))) return [];
    const clauseStart = speakerPhraseStart(masked, verbStart);
    // For whom something is (對於创始人白鸦來說, 对他来说): 來說 frames a view, no one says anything.
    if (/^(?:說|说)/u.test(match[0]) && /[來来]$/u.test(masked.slice(0, verbStart)) && /^\s*(?:[對对][於于]?|就)/u.test(masked.slice(clauseStart, verbStart).replace(LEADING_NOISE, ''))) return [];
    // A frame of speaking that says nothing itself (从技术上讲, 總的來說, 嚴格來講): the sentence's speaker is elsewhere.
    if (/^(?:說|说|講|讲)$/u.test(match[0]) && SPEAKING_FRAME.test(masked.slice(clauseStart, verbStart).replace(LEADING_NOISE, '').trim())) return [];
    // Nor does a frame of analysis (从三年来的趋势分析，熊建中称): what it is analysed from is no speaker.
    if (/^分析/u.test(match[0]) && /^(?:從|从|由)\p{Script=Han}/u.test(masked.slice(clauseStart, verbStart).replace(LEADING_NOISE, '').trim())) return [];
    // Someone telling the reporter's subject the words that follow (費玉清…表示父親在世時曾告訴他，「…」): the teller speaks them, the
    // one who reports it only relays; the teller is who stands after the reporting verb.
    const relayed = TELLS_SOMEONE_THE_WORDS.test(masked.slice(verbStart)) ? lastMatchEnd(VERB_IN_CLAUSE_ALL, masked.slice(clauseStart, verbStart)) : -1;
    const phraseStart = relayed > 0 ? clauseStart + relayed : clauseStart;
    const raw = text.slice(phraseStart, verbStart);
    // A verb inside a clause of when (當記者提出想買卡羅拉時，銷售人員…，「…」): it dates the main clause, whose words are not its subject's.
    if (WHEN_CLAUSE.test(masked.slice(phraseStart).split(/[，,]/u)[0]?.trim() ?? '')) return [];
    // One predicate of a list (白天四處亂走、說些聽不懂的話) or an act the clause denies (开发商没有给出一个合理解释, 沒有任何委員提出異議):
    // no one speaks.
    if (NO_SPEECH_ACT.test(raw)) return [];
    // A verb inside what an earlier verb of the same clause reports (但坦言認為官方說專業人士…): that verb's speaker says it all.
    if (VERB_IN_CLAUSE.test(masked.slice(phraseStart, verbStart))) return [];
    // A page or account named in title marks, posting (臉書粉專《台南式 Tainan Style》PO文指出): the page speaks, as its title names it.
    const account = ACCOUNT_IN_TITLE_MARKS.exec(raw)?.[1]?.trim();
    if (account !== undefined && account !== '') return [{ verbStart, verbEnd: verbStart + match[0].length, phrase: account, document: true }];
    // A handle in quote marks heading the clause (“深房理装修队003”还爆料：, 西安车友“秦川娃”在微博上抱怨：): the account speaks, by its handle.
    // Not one only mentioned, nor a verb used as a noun (“…”在爆料中提到“深房理”): the handle then names what the words are about.
    const handle = /^(?:提到|提及)/u.test(match[0]) || /^[中裡里內内]/u.test(masked.charAt(verbStart + match[0].length)) ? null : quotedHandle(text.slice(handleStart(masked, phraseStart), verbStart));
    if (handle !== null) return [{ verbStart, verbEnd: verbStart + match[0].length, phrase: handle, many: false }];
    // Words a document holds (举报信中称, 官方媒体的讣闻中评价): the document speaks, as written; one a body put out (阿里巴巴公布的全员公告中说)
    // is the body's.
    const inDocument = wordsInDocument(raw);
    if (inDocument !== null) return [{ verbStart, verbEnd: verbStart + match[0].length, phrase: inDocument.phrase, ...(inDocument.issued ? {} : { document: true }) }];
    const trimmedRaw = trimOrKnown(withoutQuotedTitles(raw), knownNames);
    // A name the article gives in full ending in a character also read as an adverb (鄭志剛指, 屈大均曾夸赞): the whole name.
    const read = trimmedRaw === null ? null : withNameEndingAsAdverb(trimmedRaw, raw, knownNames);
    // Only a connective before the verb (因而评论说) names no one: the clause before has the subject; nor does a modal after it (又會說).
    const trimmed = read !== null && (isMannerOnly(read) || JOINING_ADVERBS.test(read) || MODAL_ONLY.test(read)) ? null : read;
    const found = subjectOfLongSetting(text, masked, phraseStart, verbStart) ?? trimmed ?? subjectOfClauseBefore(masked, phraseStart, raw, knownNames) ?? subjectOfSentence(masked, phraseStart, raw, knownNames) ?? sayerBeforeQuotedManner(text, masked, verbStart, knownNames);
    // 該行 or 該公司 after the bank or company heads an earlier clause of the paragraph: that body, named as there.
    const phrase = found === null ? null : (bodyPointedAtInParagraph(found, text, masked, phraseStart) ?? found);
    if (phrase === null) return [];
    // An unnamed source or group heading the clause before (不少网友都…，甚至攻击…) stays the source: it points back at no one.
    // A name after its description (負責此次火災的消防員丹·尼格羅) is a person, though the description holds 的.
    // A surname with an honorific or title (…的保安袁先生) is one person, though no source of the archive's people pages.
    const one = splitSpeakerRole(phrase).speaker;
    const many = isCountedAsMany(raw, phrase) || (trimmed === null && !POST_POINTER.test(phrase) && isUnnamedSource(one) && !SURNAME_AND_HONORIFIC.test(one));
    // What someone mentioned, named as a noun (文件中提到的“暂停拿地”): cited in passing, not the paragraph's voice.
    const aside = CITED_ASIDE.test(raw.trim()) || /^的\s*[“「『]/u.test(masked.slice(verbStart + match[0].length));
    const countedOne = !many && trimmed !== null && isCountedBefore(raw, phrase, COUNTED_AS_ONE);
    return [{ verbStart, verbEnd: verbStart + match[0].length, phrase, many, ...(aside ? { aside: true } : {}), ...(countedOne ? { countedOne: true } : {}) }];
  });
  const replied = allMatches(REPLIED_WITH, masked).flatMap((match) => {
    const phrase = trimSpeakerPhrase(text.slice(speakerPhraseStart(masked, match.index), match.index));
    return phrase === null ? [] : [{ verbStart: match.index, verbEnd: match.index + 1, phrase }];
  });
  const saidBy = [
    ...allMatches(SAID_BY, masked).map((match) => ({ match, phrase: match[1] ?? '' })),
    // A name the article gives a speaker elsewhere, as the last words before 說的.
    ...allMatches(SAID_BY_NAME, masked).map((match) => ({ match, phrase: knownNames.find((name) => (match[1] ?? '').endsWith(name)) ?? '' })),
  ].flatMap(({ match, phrase }) => {
    const verbStart = match.index + match[0].indexOf(phrase) + phrase.length;
    return phrase === '' ? [] : [{ verbStart, verbEnd: verbStart + 1, phrase }];
  });
  // A document named in title marks handing its wording straight to the quote (《指导意见》规定，「…」,
  // 根据《上市公司股权激励管理办法》，「…」, 《某某條例》第5條：「…」): the document speaks, as the title names it.
  const documents = allMatches(DOCUMENT_SAYS, masked).flatMap((match) => {
    const title = match[1] ?? match[2] ?? '';
    // A programme or paper the speaker appears in (邵家輝今早在港台《千禧年代》表示：): the setting, not who speaks.
    if (/在[^，,。；;：:《》「」“”『』□]{0,8}$/u.test(masked.slice(Math.max(0, match.index - 10), match.index))) return [];
    // An outlet the speaker tells (王建國向《蘋果》表示, 對《財經》稱): whom they speak to, not who speaks.
    if (/(?:向|對|对|跟|接受)$/u.test(masked.slice(Math.max(0, match.index - 2), match.index))) return [];
    const verbStart = match.index + match[0].length - 1;
    // A title may open with its year and space its words as the page does (《2011年工作目标管理考核总结》, 《…管理局 2016 年度工作计划》).
    return /^[\p{Script=Han}0-9][\p{Script=Han}A-Za-z0-9（）()· ]{1,39}$/u.test(title) && /\p{Script=Han}/u.test(title) ? [{ verbStart, verbEnd: verbStart + 1, phrase: title, document: true }] : [];
  });
  // One line someone said, quoted right after (因師長一句「你已經成為我一份驕傲」受鼓舞): theirs.
  const oneLine = allMatches(ONE_LINE, masked).flatMap((match) => {
    const phrase = trimSpeakerPhrase((match[1] ?? '').replace(/^(?:但|而|更)?(?:因為|因为|因|由於|由于)/u, ''));
    const verbStart = match.index + match[0].length - 1;
    return phrase === null || !isPlausibleSpeaker(phrase) ? [] : [{ verbStart, verbEnd: verbStart + 1, phrase }];
  });
  const namedSaying = allMatches(NAME_THEN_SAYING, masked).flatMap((match) => {
    const written = match[1] ?? '';
    // The name ends the group, and is one the article gives its speakers elsewhere or one set against the words by 與 or 和
    // (與李克強「…」等誓言): a verb of shouting reads as a name too (沿途高叫「…」等口號).
    const name = personalNameEnding(written);
    const joined = name !== null && isPersonalName(name) && /(?:^|[與与和跟及、])$/u.test(written.slice(0, written.length - name.length));
    const phrase = name !== null && (knownNames.includes(name) || joined) ? name : null;
    const verbStart = match.index + match[0].length - 1;
    return phrase === null ? [] : [{ verbStart, verbEnd: verbStart + 1, phrase }];
  });
  const cited = allMatches(CITING_ANOTHER, masked).flatMap((match) => {
    const phrase = trimSpeakerPhrase(match[1] ?? '');
    const verbStart = match.index + match[0].length - 1;
    return phrase === null || !isPlausibleSpeaker(splitSpeakerRole(phrase).speaker) ? [] : [{ verbStart, verbEnd: verbStart + 1, phrase }];
  });
  const framed = [...allMatches(VIEWPOINT_FRAME, masked), ...allMatches(ACCOUNT_GIVEN, masked), ...allMatches(RATIONALE_GIVEN, masked), ...allMatches(SAID_AS, masked), ...allMatches(DESCRIBED_WITH_WORDS, masked), ...allMatches(DESCRIBED_AS_WORDS, masked)].flatMap((match) => {
    const who = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? match[6] ?? '';
    // A frame holds a noun phrase, no verb for 剛, 先 or 均 to qualify (在羅智先看來): a name ending in one keeps it.
    const trimmed = withNameEndBeforeColon(trimSpeakerPhrase(who), who);
    const phrase = match[6] === undefined || trimmed === null || isMouthHolder(trimmed) ? trimmed : null;
    const verbStart = match.index + match[0].length - 1;
    return phrase === null ? [] : [{ verbStart, verbEnd: verbStart + 1, phrase }];
  });
  // 對…來說，「…」: the one it is for, as trimmed, or else the personal name ending the description (…的26歲港女陳筱瑜).
  const forSomeone = allMatches(FOR_SOMEONE, masked).flatMap((match) => {
    // A frame inside what someone was just said to say (他表示，對蘋果公司而言，「…」): the words are the sayer's, about the one framed.
    if (verbs.some((verb) => verb.verbEnd <= match.index && /^\s*[，,]\s*$/u.test(masked.slice(verb.verbEnd, match.index)))) return [];
    const who = match[1] ?? '';
    const trimmed = trimSpeakerPhrase(who);
    const ending = personalNameEnding(who);
    const phrase = trimmed !== null && isPlausibleSpeaker(splitSpeakerRole(trimmed).speaker) ? trimmed : ending !== null && isPersonalName(ending) ? ending : null;
    const verbStart = match.index + match[0].length - 1;
    return phrase === null ? [] : [{ verbStart, verbEnd: verbStart + 1, phrase }];
  });
  // A name with its title handing over to a quote at a colon, mid-paragraph as broadcast copy writes it
  // (…，利得證券(香港)董事總經理王榮昆:「…」): the colon is the verb.
  const labelled = allMatches(NAME_BEFORE_QUOTE_COLON, masked).flatMap((match) => {
    const colon = match.index;
    if (verbs.some((verb) => verb.verbEnd >= colon - 8 && verb.verbStart <= colon)) return [];
    const written = text.slice(speakerPhraseStart(masked, colon), colon);
    const phrase = withNameEndBeforeColon(trimSpeakerPhrase(written), written);
    const named = phrase === null ? null : splitSpeakerRole(phrase);
    // The role must end in a title (董事總經理王榮昆:) or be the firm the person is at (浙江裕丰律师事务所厉健：): a description ending in 的
    // before a word that reads as a name (…表達訴求的方法：) is no one.
    return named !== null && phrase !== null && named.role !== null && (ENDS_WITH_TITLE.test(named.role) || FIRM_AT_END.test(named.role)) && isPersonalName(named.speaker) ? [{ verbStart: colon, verbEnd: colon + 1, phrase }] : [];
  });
  // A verdict pinned on something by the clause's subject (白宫在一份声明中将该书斥为“…”): the subject said it.
  const verdicts = allMatches(ACTIVE_VERDICT, masked).flatMap((match) => {
    const subject = match[1] ?? '';
    const phrase = trimSpeakerPhrase(text.slice(match.index, match.index + subject.length));
    const verbStart = match.index + match[0].length - 1;
    return phrase === null || !isPlausibleSpeaker(splitSpeakerRole(phrase).speaker) ? [] : [{ verbStart, verbEnd: verbStart + 1, phrase }];
  });
  // A statement issued as the paragraph's last words (数小时后他发表了一份严厉的声明。): the next paragraph, a quote alone, is it;
  // and a message posted right before its words (有知情者…在多个平台发布消息，“…”).
  const statement = ISSUES_STATEMENT_AT_END.exec(masked);
  const issued = [...(statement === null ? [] : [statement]), ...allMatches(POSTS_MESSAGE_BEFORE_QUOTE, masked)].flatMap((match) => {
    const before = text.slice(speakerPhraseStart(masked, match.index), match.index).trim();
    const pronoun = /(?<![其])([他她])$/u.exec(before)?.[1];
    const phrase = pronoun ?? trimSpeakerPhrase(before);
    return phrase === null || (pronoun === undefined && !isPlausibleSpeaker(splitSpeakerRole(phrase).speaker)) ? [] : [{ verbStart: match.index, verbEnd: match.index + match[0].length, phrase }];
  });
  // A transcript run on in one paragraph (記者:「…?」東區攤販老闆:「…。」): each label after a closed sentence names whose words come next.
  const midLabels = allMatches(LABEL_AFTER_CLOSED_SENTENCE, masked).flatMap((match) => {
    const written = match[1] ?? '';
    const colon = match.index + match[0].length - 1;
    // A label that holds a verb of saying (鄭謂：「…」) is a clause, found with the others.
    if (verbs.some((verb) => verb.verbStart >= match.index && verb.verbStart < colon)) return [];
    const phrase = TRAILING_VERB.test(written) ? null : trimSpeakerPhrase(answererOfExchange(written));
    if (phrase === null || !isSpeakerLabel(phrase)) return [];
    return [{ verbStart: colon, verbEnd: colon + 1, phrase }];
  });
  const clauses = [...midLabels, ...issued, ...verdicts, ...forSomeone, ...verbs.filter((verb) => !issued.some((statement) => verb.verbStart >= statement.verbStart && verb.verbStart < statement.verbEnd) && !saidBy.some((said) => Math.abs(said.verbStart - verb.verbStart) <= 1) && !documents.some((document) => verb.verbStart >= document.verbStart - 6 && verb.verbStart <= document.verbStart)), ...saidBy, ...replied, ...framed, ...cited, ...namedSaying, ...labelled, ...documents, ...oneLine].sort((a, b) => a.verbStart - b.verbStart);
  const answer = ANSWER_LABEL.exec(masked);
  // Under a label (答：, 王麗：), 我 and 我們 are the one labelled: their verbs (我們預計) name no one else.
  const ownClauses = clauses.filter((clause) => !FIRST_PERSON.test(clause.phrase));
  if (answer !== null) return [{ verbStart: answer[0].length - 1, verbEnd: answer[0].length, phrase: INTERVIEWEE }, ...ownClauses.filter((clause) => clause.verbStart >= answer[0].length)];
  const label = SPEAKER_LABEL.exec(masked);
  // A label that holds a speech verb of its own (黃仁勳語帶威脅：) is a clause, found with the others.
  const labelHasVerb = label !== null && clauses.some((clause) => clause.verbStart < label[0].length);
  // One character labels an answer by the surname of the one interviewed (王：「…」), which the reading ties to their full name.
  const oneCharacter = label?.[1] !== undefined && [...label[1]].length === 1;
  // An outlet's dateline (东方网7月8日消息:) opens its report: the news, not anyone's words.
  const labelPhrase = label?.[1] === undefined || labelHasVerb || TRAILING_VERB.test(label[1]) || (oneCharacter && !isBareSurname(label[1])) || DATELINE_LABEL.test(label[1]) ? null : withNameEndBeforeColon(trimSpeakerPhrase(answererOfExchange(label[1])), label[1]);
  // A label names someone (王麗：, 記者：, 市民陳先生：); 標題寫著： or 公告顯示： is a clause that names no one.
  if (labelPhrase !== null && !isSpeakerLabel(labelPhrase)) return clauses;
  if (label === null || labelPhrase === null) return clauses;
  const colon = label[0].length - 1;
  return [{ verbStart: colon, verbEnd: colon + 1, phrase: labelPhrase }, ...ownClauses];
}

/** A crowd named right before a quote, perhaps as many (米粉们, 網民, 業主): whose complaint or call the quote may be. */
const CROWD_BEFORE_QUOTE = /(網友|网友|網民|网民|米粉|粉絲|粉丝|股民|基民|用戶|用户|消費者|消费者|投資者|投资者|市民|居民|業主|业主|家長|家长|員工|员工|乘客|車主|车主)(?:們|们)?\s*$/u;
/** What a crowd's words are named as right after the quote (的槽点, 的吐槽, 的心聲, 的訴求): their saying. */
const CROWD_SAYING_AFTER = /^\s*的(?:槽點|槽点|吐槽|抱怨|心聲|心声|呼聲|呼声|訴求|诉求|疑問|疑问|質疑|质疑|不滿|不满|怨言|牢騷|牢骚)/u;

/** The crowd whose complaint or call a quote is, named right before it and its saying right after (米粉们“…”的槽点), or null. */
export function crowdOwningQuote(text: string, start: number, end: number): string | null {
  const owner = CROWD_BEFORE_QUOTE.exec(text.slice(Math.max(0, start - 12), start))?.[1];
  return owner !== undefined && CROWD_SAYING_AFTER.test(text.slice(end, end + 8)) ? owner : null;
}

/** A clause opening with what it is about (针对…, 對於…, 關於…), up to the quote. */
const TOPIC_CLAUSE = /^\s*(?:針對|针对|對於|对于|關於|关于)/u;

/**
 * Whose view the quote is, said right after it: a name or description, 的, and a noun of view or of how it was said (行业人士的分析,
 * 韩小清的语气很轻松, 马云的豪言壮语, 沪上某基金公司总监的感叹中不无哀怨), or what many of them share (“…”成了许多受访者共同的感受).
 */
const VIEW_AFTER_QUOTE = /^\s*[，,。]?\s*(?:這是|这是|此為|此为|是|成了|成為|成为)?(?:許多|许多|不少|很多|眾多|众多)?([^，,。！？!?；;：:\n“”「」『』□的]{2,20}?)(?:(?:共同|一致)?的|(?:也|亦)?(?:表達|表达|表示|提出|持)了?(?:同樣|同样|相同|類似|类似|相近|這樣|这样)的)(?:分析|看法|觀點|观点|說法|说法|判斷|判断|預測|预测|解讀|解读|評論|评论|語氣|语气|語調|语调|口吻|豪言壯語|豪言壮语|表態|表态|一番話|一番话|感嘆|感叹|感慨|抱怨|吐槽|牢騷|牢骚|困惑|疑惑|心聲|心声|心願|心愿|感受|體會|体会|擔憂|担忧|煩惱|烦恼|無奈|无奈|心裡話|心里话|願望|愿望)/u;

/** A clause after a quote that marks its speaker as a second voice (則, 也, 亦, 卻, 而, 但, 反, 另): not the quote's. */
const CONTRASTING_SPEAKER = /[則则也亦卻却而但反另]|回應|回应|反駁|反驳/u;

/** Whether a quote sits inside the narration: a word, not punctuation, right before its opening mark. */
function embedded(masked: string, start: number): boolean {
  return /[\p{Script=Han}A-Za-z0-9]\s*$/u.test(masked.slice(Math.max(0, start - 2), start));
}

/** Verbs of answering, whose subject answers the question before them. */
const ANSWERING = /^(?:回應|回应|回答|答覆|答复|回覆|回复|答)/u;

/** The first verb of saying in a clause. */
const FIRST_VERB = new RegExp(VERB_SOURCE, 'u');

/** Whether a quote opens its paragraph or a sentence (after 。！？ or another quote that closed one). */
function opensItsSentence(text: string, masked: string, start: number): boolean {
  const before = masked.slice(0, start).trimEnd();
  // The quote before closed its own sentence inside its marks (“…银行也是企业。”“…”): read in the text, as the mask blanks it.
  return before === '' || /[。！？!?]$/u.test(before) || /[。！？!?]\s*[”」』]$/u.test(text.slice(0, before.length));
}

/**
 * The speaker named in a clause right after a quote, or null: `，X直言。`, `——X說。`, and the
 * clause that interrupts a quote (“…，”X說，“…”).
 */
/** A verb of voicing that takes what was voiced as its object (道出了…的初衷, 說出了心聲, 一語道破). */
const VOICED_WITH_OBJECT = /(?:道出|說出|说出|講出|讲出|點出|点出|道破|點破|点破)了?/u;

/**
 * A handle or alias in quote marks, perhaps after a short description of who holds it, then only words of how or where before the
 * verb: “深房理装修队003”还, 西安车友“秦川娃”在微博上. A slogan or scheme named so (“双减”政策) has a noun after its marks; a word
 * defined or described (「最民主」是在形容, 如将“真金”解释为) has a copula or no holder's word before it.
 */
const QUOTED_HANDLE = /^(?:[^，,。；;：:！？!?「」“”『』□\s]{0,8}(?:友|用戶|用户|網民|网民|博主|帳號|账号|網名|网名|暱稱|昵称|名為|名为|ID))?[“「『]([^“”「」『』，,。；;：:！？!?\s]{2,15})[”」』]((?:(?![是為为]).)*)$/u;

/** Where a clause holding a quoted handle starts, when the speaker phrase stopped at its closing mark; else the phrase's start. */
function handleStart(masked: string, phraseStart: number): number {
  if (!/[”」』]/u.test(masked.charAt(phraseStart - 1))) return phraseStart;
  let open = phraseStart - 2;
  while (open >= 0 && masked.charAt(open) === '□') open -= 1;
  if (open < 0 || !/[“「『]/u.test(masked.charAt(open))) return phraseStart;
  return speakerPhraseStart(masked, open);
}

/** The handle heading a speaker phrase (深房理装修队003 of “深房理装修队003”还), when only words of how or where stand after it. */
function quotedHandle(raw: string): string | null {
  const match = QUOTED_HANDLE.exec(raw.trim());
  if (match === null) return null;
  let rest = match[2] ?? '';
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(TRAILING_NOISE, '').trim();
  }
  return rest === '' ? (match[1] ?? null) : null;
}

/** A speaker phrase trimmed, or a name the article gives a speaker elsewhere, which stands whatever character it ends in (” 欧必得表示). */
function trimOrKnown(phrase: string, knownNames: readonly string[]): string | null {
  const whole = phrase.trim();
  const trimmed = trimSpeakerPhrase(phrase);
  if (trimmed === null) return knownNames.includes(whole) ? whole : null;
  // A known name whose last character the trimming took for an adverb (羅智先表示 → 羅智): the name, whole.
  const cut = knownNames.find((name) => whole.endsWith(name) && trimmed.endsWith(name.slice(0, -1)));
  return cut === undefined ? withNameEndingAsAdverb(trimmed, whole, knownNames) : `${trimmed}${cut.slice(-1)}`;
}

/**
 * Verbs that are nouns as often (一項建議, 補充說明), read as saying only before punctuation: after a quote, closing the sentence
 * that names who said it (“…”某城商行理财师建议。), they hand the words back as surely as 說 does; so do Cantonese 話 and 講
 * (「…」陳生話。), not in a word (電話, 講話).
 */
const CLOSING_AT_SENTENCE_END = /(?:建議|建议|說明|说明|評價|评价|調侃|调侃|打趣|揶揄|覺得|觉得|(?<![電电對对講讲說说談谈笑神童白廢閒俗佳情好壞實真假大空官套普句段番])話|(?<![演宣開开聽听主])(?:講|讲))\s*$/u;

/**
 * Whether a person named in full stands right before the verb (苏筱芮则建议，…): 建议 after a name is what they did, never the
 * noun it is after a count (一項建議).
 */
function isPersonNamedBefore(clause: string, verb: RegExp): boolean {
  const found = verb.exec(clause);
  const before = found === null ? null : trimSpeakerPhrase(clause.slice(0, found.index));
  return before !== null && isPersonalName(splitSpeakerRole(before).speaker);
}

/**
 * The sayer a quote whose closing mark was lost names in its last sentence (“…方法的偏差也会导致结果的偏差。南京海关…部门主管栾军告诉
 * 记者。): the source closed the words before the attribution and dropped the mark, so the last sentence is the narrator's. Only a
 * sentence of a name or a titled person and a verb of saying, after at least one sentence of the words.
 */
export function sayerClosingLostQuote(inner: string): string | null {
  const last = /[。！？!?]([^。！？!?“”「」『』]{2,40})[。！？!?]\s*$/u.exec(inner)?.[1];
  const verb = last === undefined ? null : CLOSING_VERB.exec(last);
  if (last === undefined || verb === null || verb.index === 0) return null;
  const phrase = trimSpeakerPhrase(last.slice(0, verb.index));
  const named = phrase === null ? null : splitSpeakerRole(phrase);
  return named !== null && (isPersonalName(named.speaker) || (named.role !== null && isPlausibleSpeaker(named.speaker))) ? phrase : null;
}

export function findAttributionAfter(text: string, masked: string, span: QuoteSpan, knownNames: readonly string[] = []): string | null {
  // A crowd's own complaint or call, owned right before it and named right after it (解决米粉们“小米手机买不到”的槽点): theirs.
  const owner = crowdOwningQuote(masked, span.start, span.end);
  if (owner !== null) return owner;
  // A quote inside a topic (针对媒体报道“小红书种草笔记代发4元一篇”，小红书回应称): what is answered, not the answer.
  if (TOPIC_CLAUSE.test(masked.slice(startAfterLast(masked, /[，,。；;：:！？!?]/, span.start), span.start))) return null;
  const after = masked.slice(span.end, span.end + REACH);
  // The quote named as someone's view right after it (“…”行业人士的分析，与…一致; 「…」這是李明的看法): theirs.
  const view = VIEW_AFTER_QUOTE.exec(after);
  if (view?.[1] !== undefined) {
    const from = span.end + after.indexOf(view[1], view.index);
    const holder = trimSpeakerPhrase(text.slice(from, from + view[1].length));
    if (holder !== null && (isNameShaped(holder) || splitSpeakerRole(holder).role !== null)) return holder;
  }
  // 「…」。周茂華說。: a sentence of only the speaker and the verb still names the quote's speaker.
  const alone = /^\s*[。.]\s*([^，,。！？!?；;：:\n—“「『]{1,20}?)[。！？!?]/.exec(after);
  const aloneVerb = alone?.[1] === undefined ? null : CLOSING_VERB.exec(alone[1]);
  if (alone?.[1] !== undefined && aloneVerb !== null && aloneVerb.index > 0) {
    const from = span.end + alone[0].indexOf(alone[1]);
    return trimSpeakerPhrase(text.slice(from, from + aloneVerb.index));
  }
  const lead = /^\s*(?:[，,]|[—–－]+)\s*/.exec(after)?.[0].length ?? 0;
  // A paragraph's or sentence's opening words, then who said them handing over to more (「…」某招商人士向记者说道：「…」):
  // both are theirs, unless the clause marks a second voice (則, 也, 卻, 而).
  const handingOn = lead === 0 ? /^([^，,。！？!?；;：:\n—“”「」『』□]{2,24}?)[：:]\s*[“「『]/u.exec(after)?.[1] : undefined;
  if (handingOn !== undefined && opensItsSentence(text, masked, span.start) && !CONTRASTING_SPEAKER.test(handingOn)) {
    const verb = CLOSING_VERB.exec(handingOn);
    if (verb !== null && verb.index > 0) return trimSpeakerPhrase(text.slice(span.end, span.end + verb.index));
  }
  // Without a comma or dash the words run on from the quote, unless the quote closed its own
  // sentence or breaks off at a comma of its own for the attribution, or the sentence is only a
  // name and its verb after the quote (「AI需求強勁」魏哲家說。).
  if (lead === 0 && !/[。！？!?…，,]$/.test(span.inner)) {
    const tail = /^([^，,。！？!?；;：:\n—“「『□]{2,16}?)[。！？!?]/.exec(after)?.[1];
    const tailVerb = tail === undefined ? null : TRAILING_VERB.exec(tail);
    // Or a saying of several clauses opening its sentence, then a name and its verb handing on to more (「太美的東西，就不是周春芽的作品」
    // 林永山分析，剛開始…): the name says both.
    if ((tail === undefined || tailVerb === null) && /[，,]/u.test(span.inner) && opensItsSentence(text, masked, span.start)) {
      const handing = /^([^，,。！？!?；;：:\n—“”「」『』□]{2,12}?)[，,：:]/u.exec(after)?.[1] ?? '';
      const verb = CLOSING_VERB.exec(handing);
      const named = verb === null || verb.index < 2 || verb.index + verb[0].length !== handing.length ? null : trimOrKnown(text.slice(span.end, span.end + verb.index), knownNames);
      return named !== null && !CONTRASTING_SPEAKER.test(named) && (isPersonalName(splitSpeakerRole(named).speaker) || knownNames.includes(named)) ? named : null;
    }
    if (tail === undefined || tailVerb === null || tailVerb.index === 0) return null;
    const named = trimOrKnown(text.slice(span.end, span.end + tailVerb.index), knownNames);
    return named !== null && (isNameShaped(named) || splitSpeakerRole(named).role !== null) ? named : null;
  }
  // A quote closing its own sentence and opening the next, then who said it running on into what else they said, with no
  // comma after the verb (“…很方便。”小黎说这样的叫车方式已渐成流行。): theirs, as when the verb ends the sentence.
  if (lead === 0 && /[。！？!?…]$/u.test(span.inner) && opensItsSentence(text, masked, span.start)) {
    const clause = /^[^，,。！？!?；;：:\n—“”「」『』□]{3,40}/u.exec(after)?.[0] ?? '';
    const verb = FIRST_VERB.exec(clause);
    if (verb !== null && verb.index >= 2 && verb.index <= 30 && /^\p{Script=Han}/u.test(clause.slice(verb.index + verb[0].length)) && !CONTRASTING_SPEAKER.test(clause.slice(0, verb.index))) {
      const named = trimOrKnown(text.slice(span.end, span.end + verb.index), knownNames);
      // A longer run before the verb is a title and a name only (华泰证券研究所所长、固收首席张继强在研究报告中指出): no clause of its own.
      const titled = named !== null && splitSpeakerRole(named).role !== null && isPersonalName(splitSpeakerRole(named).speaker);
      if (named !== null && (verb.index <= 12 || titled) && (isNameShaped(named) || isFamiliarForm(named) || knownNames.includes(named) || splitSpeakerRole(named).role !== null)) return named;
    }
  }
  // A time alone before the attribution (“…”日前，博西公司总裁盖尔克在接受采访时表示。): when they said it, a clause of its own.
  // Or its own clause closed by a verb of saying and a comma (“…”6月14日，煤炭专家李朝林在接受记者采访时表示，…).
  // A clock named with the day (北京时间6月11日下午，): the same time, told for readers elsewhere. A clause of when (在看到调研记录表后，).
  // Or of where (在丹麦…的官方机构——绿色国度总部，该机构宣传经理…对记者说。).
  // Or of the interview itself (“…”采访中，一汽丰田公关室室长马春平告诉记者，…). A day, then where (“…”27日，在博鳌亚洲论坛…上，
  // 中国人民银行行长潘功胜说。): two such clauses at most.
  const timeFirst = /^(?:(?:在[^，,。！？!?；;：:\n—“”「」『』□]{2,16}?(?:之後|之后|後|后|時|时)|(?:接受)?(?:記者|记者)?(?:採訪|采访)(?:中|時|时)|(?:受訪|受访)(?:時|时)?|在[^，,。！？!?；;：:\n“”「」『』□]{2,40}?(?=[，,])|日前|近日|昨日|昨天|今日|今天|當天|当天|當日|当日|隨後|随后|此前|早前|稍早|上周|上週|本周|本週|(?:北京時間|北京时间|當地時間|当地时间|香港時間|香港时间|台北時間|台北时间)?(?:\d{4}\s?年\s?)?\d{1,2}\s?月\s?\d{1,2}\s?日(?:上午|下午|中午|晚上|晚間|晚间|早上|凌晨|傍晚)?|\d{1,2}\s?[日號号](?:上午|下午|中午|晚上|晚間|晚间|早上|凌晨|傍晚)?)[，,]\s*){1,2}(?=[^，,。！？!?；;：:\n—“「『]+[，,。！？!?：:])/u.exec(after.slice(lead))?.[0].length ?? 0;
  if (timeFirst > 0 && !embedded(masked, span.start)) {
    const timed = after.slice(lead + timeFirst).split(/[。！？!?，,：:]/)[0] ?? '';
    const timedVerb = CLOSING_VERB.exec(timed);
    if (timedVerb !== null && timedVerb.index > 0) return trimSpeakerPhrase(text.slice(span.end + lead + timeFirst, span.end + lead + timeFirst + timedVerb.index));
  }
  // A word of the trade quoted inside the source's description (一名“币圈”人士对记者解释道) does not end the clause.
  const clause = blankTradeWords(after.slice(lead)).split(/[，,。！？!?；;：:\n—“「『]/)[0] ?? '';
  // A clause ending in a colon hands over to the next quote (「…。」黃美玲則回應：「…」), and so does one
  // ending in a comma right before a quote when the quote before it sat inside the narration
  // (像公司內部傳言一般「裁1500人」，據宋曉慧回憶，「…」).
  // Not when the words before broke off at their own comma for the sayer (“…，”吴子枫非常坦白：“…”): the sayer's, before and after.
  const handsOver = /^\s*[：:]/.test(after.slice(lead + clause.length)) && !/[，,]\s*$/u.test(span.inner);
  if (handsOver || (embedded(masked, span.start) && /^\s*[，,]\s*[“「『]/.test(after.slice(lead + clause.length)))) return null;
  const verb = CLOSING_VERB.exec(clause) ?? (/^\s*[。！？!?]/u.test(after.slice(lead + clause.length)) || (/^\s*[，,]/u.test(after.slice(lead + clause.length)) && isPersonNamedBefore(clause, CLOSING_AT_SENTENCE_END)) ? CLOSING_AT_SENTENCE_END.exec(clause) : null);
  // Who voiced the words, with what they voiced as the object (“…”，什邡市委宣传部的一位官员道出了…的初衷): theirs.
  const voiced = verb === null && lead > 0 ? VOICED_WITH_OBJECT.exec(clause) : null;
  if (voiced !== null && voiced.index > 0) return trimOrKnown(text.slice(span.end + lead, span.end + lead + voiced.index), knownNames);
  if (verb === null) return lead === 0 && opensItsSentence(text, masked, span.start) ? (runningOnSpeaker(text, span, after) ?? titledPersonAfterOpeningQuote(text, masked, span) ?? knownPersonAfterOpeningQuote(text, span, knownNames) ?? personAfterSettingClauses(text, masked, span, knownNames)) : null;
  // A question, then someone answering it (…質詢楊金龍「…在哪裡?」楊金龍則回應，…): the one answering did not ask it. An answer not
  // given (主办方并没有回答) names no one to set against the asker.
  if (/[？?]\s*$/u.test(span.inner) && ANSWERING.test(verb[0]) && !/(?:沒有|没有|未|不)[^，,。]{0,4}$/u.test(clause.slice(0, verb.index))) return null;
  const from = span.end + lead;
  return trimOrKnown(text.slice(from, from + verb.index), knownNames);
}

/**
 * A quote opening its paragraph, then straight on someone named with their title doing anything (「…」從事木工藝術的租戶
 * Lawrence 憂慮…): a feature's way of giving the words to the person it turns to (33 of 33 such quotes labelled theirs).
 */
function titledPersonAfterOpeningQuote(text: string, masked: string, span: QuoteSpan): string | null {
  // A question (「屏基為何沒有…撤離?」院長余廣亮因…) is the one the paragraph goes on to answer: the reporter's, asked for the reader.
  if (masked.slice(0, span.start).trim() !== '' || /[？?]$/u.test(span.inner)) return null;
  const after = text.slice(span.end, span.end + REACH);
  const titled = findRoleAndNameAtHead(after);
  if (titled === null || titled.role === null) return null;
  const written = `${titled.role}${titled.speaker}`;
  const at = after.indexOf(titled.speaker);
  if (at < 0 || after.slice(0, at).replace(/\s/gu, '') !== titled.role.replace(/\s/gu, '')) return null;
  return /^\s*(?:[的之和與与及、等跟同]|$)/u.test(after.slice(at + titled.speaker.length)) ? null : written;
}

/**
 * A quote opening its sentence, then straight on a person the article names in full doing or feeling anything, with no verb
 * of saying (“…”刘超看了看天，…; “…”刘超充满信心。): a feature's way of giving the words to the one it follows. Only a full
 * personal name the article knows, heading the clause, never a pronoun or a description.
 */
function knownPersonAfterOpeningQuote(text: string, span: QuoteSpan, knownNames: readonly string[]): string | null {
  // Not after someone spoke earlier in the paragraph (…褚衍礼算了一笔账…。“…”王乃建统计后发现): the words may close their account.
  if (ANY_SPEECH_VERB.test(text.slice(0, span.start))) return null;
  const after = text.slice(span.end, span.end + REACH);
  const name = knownNames.filter((known) => known.length >= 2 && isPersonalName(known) && after.startsWith(known)).sort((a, b) => b.length - a.length)[0];
  if (name === undefined) return null;
  // The name heads its clause, and is not the start of a longer name the article knows.
  return headsItsClause(name, after.slice(name.length)) && !knownNames.some((known) => known.length > name.length && after.startsWith(known)) ? name : null;
}

/**
 * Whether a name is the subject of the clause it opens, given what follows it: a predicate (看了看, 充满信心, 拿起手机), not what they
 * own (刘超的), someone joined to them (刘超和…), or a second voice set against the words (傅涛則認為).
 */
function headsItsClause(name: string, next: string): boolean {
  return /^\p{Script=Han}/u.test(next) && !/^[的之和與与及跟、等們们]/u.test(next) && !CONTRASTING_SPEAKER.test(name + next.slice(0, 2));
}


/** Clauses of when or what before the person a feature turns to, at most (吃饭间隙，, 在戏剧幻城游玩了一下午，傍晚时，). */
const MAX_SETTING_CLAUSES = 2;

/**
 * A quote opening its paragraph, then perhaps a clause or two of when and what with no one in them (“…”早就计划好假期行程，张婷提前一周…,
 * “…”吃饭间隙，张婷拿起手机…, “…”王军来到…): the person heading the clause after is the one the feature follows, and the words are
 * theirs. Only a personal name the article knows, or one the paragraph writes again; never after a question, a pronoun, or a verb of
 * saying.
 */
function personAfterSettingClauses(text: string, masked: string, span: QuoteSpan, knownNames: readonly string[]): string | null {
  if (masked.slice(0, span.start).trim() !== '' || /[？?]$/u.test(span.inner)) return null;
  const sentence = masked.slice(span.end, span.end + REACH).split(/[。！？!?；;“”「」『』□]/u)[0] ?? '';
  const clauses = sentence.split(/[，,]/u);
  for (let index = 0; index <= Math.min(MAX_SETTING_CLAUSES, clauses.length - 1); index += 1) {
    const setting = index === 0 ? '' : (clauses[index - 1] ?? '');
    if (ANY_SPEECH_VERB.test(setting) || /[他她我]|記者|记者/u.test(setting) || findNameAtHead(setting.trim()) !== null || findRoleAndNameAtHead(setting.trim()) !== null) return null;
    const clause = (clauses[index] ?? '').trim();
    const known = knownNames.filter((name) => name.length >= 2 && isPersonalName(name) && clause.startsWith(name)).sort((a, b) => b.length - a.length)[0];
    const found = known ?? findNameAtHead(clause);
    if (found === null) continue;
    const writtenAgain = text.split(found).length > 2;
    if (!isPersonalName(found) || (known === undefined && !writtenAgain)) return null;
    return headsItsClause(found, clause.slice(found.length)) ? found : null;
  }
  return null;
}

/** Who said a quote, named straight after it, then a verb of saying (not 分析的, a noun). */
const RUNNING_ON = new RegExp(`^([^，,。！？!?；;：:\\n—“”「」『』□]{2,16}?)(?:${VERB_SOURCE})(?!的)`, 'u');

/**
 * A quote opening its sentence, then straight on (no comma) who said it and a verb of saying running on with more
 * (“…”有海马集团内部人士透露了这一项目的下一步进展, “…”傅涛认为资本进入这些领域更要注意商业模式), or whose view it is framed
 * right after it (“…”在…项目经理邢伟看来，…): theirs, unless the clause marks a second voice (則, 也, 卻).
 */
function runningOnSpeaker(text: string, span: QuoteSpan, after: string): string | null {
  // Or whose view it is, framed right after it (“…”在国家电投…制氢项目经理邢伟看来，可…).
  const framed = /^在([^，,。！？!?；;：:\n—“”「」『』□在]{2,40}?)(?:看來|看来)[，,]/u.exec(after);
  // Not after someone spoke earlier in the paragraph (…表示，…。“但现在还无法判断…”在…白明看来): the quote goes on with them,
  // and the frame opens the next voice.
  if (framed?.[1] !== undefined && !ANY_SPEECH_VERB.test(text.slice(0, span.start))) {
    const holder = trimSpeakerPhrase(framed[1]);
    if (holder !== null && (isPersonalName(holder) || splitSpeakerRole(holder).role !== null)) return holder;
  }
  const runOn = RUNNING_ON.exec(after);
  const head = runOn?.[1];
  if (head === undefined || CONTRASTING_SPEAKER.test(head)) return null;
  const named = trimSpeakerPhrase(text.slice(span.end, span.end + head.length).replace(THERE_IS, ''));
  if (named === null) return null;
  return isPersonalName(named) || splitSpeakerRole(named).role !== null || isUnnamedSource(named) ? named : null;
}
