import { ANONYMITY_ASKED, isUnnamedSource } from './anonymous';
import { POSSESSED, withoutPlaceSetting } from './clause';
import { isKnownBody } from './known-bodies';
import { escapeRegExp } from './text-scan';
import { BARE_TITLE, DEMONSTRATIVE, NAME_DOT, ENDS_WITH_TITLE, findNameAtHead, findRoleAndNameAtHead, isBodyName, isMarriedName, isNameShaped, isPersonalName, isPlausibleSpeaker, STOCK_SHORT_NAME, SURNAME_AND_HONORIFIC, SURNAMES, splitSpeakerRole, type NamedSpeaker } from './name-shape';

/**
 * Later mentions resolved to the person or body named before: 他/她, 該人士, 前者/後者, 李女士, a bare
 * title (董事長), an interview's answer label. Precision first: a reference with no antecedent
 * resolves to no one.
 */

/** Words that point back at someone already named. */
export const PRONOUNS = new Set(['他', '她', '其', '此人', '自己', '本人', '佢', '他們', '他们', '她們', '她们', '對方', '对方', '後者', '后者']);
/** Of those, the ones that only ever mean people: 他 never points back at 公司 or 證監會, 其 and 對方 may. */
const PERSON_PRONOUNS = new Set(['他', '她', '此人', '自己', '本人', '佢', '他們', '他们', '她們', '她们']);
/**
 * Endings that make a named speaker an organisation, not a person (公司, 集團, 證監會, 統計局, 新華社,
 * 官方, 該行). A role ending a name (公司董事長, 銀行人士) keeps it a person.
 */
const ORGANISATION_ENDING = new RegExp(
  '(?:公司|集團|集团|銀行|银行|機構|机构|組織|组织|辦公室|办公室|政府|部門|部门|委員會|委员会|協會|协会|中心|方面|官方|平台|平臺|媒體|媒体|' +
    // Bodies by their last word, shortened as copy writes them (港交所, 中信證券, 紅杉資本, 騰訊控股, 無線電視台).
    '基金|證券|证券|保險|保险|資本|资本|控股|股份|大學|大学|學院|学院|電視台|电视台|' +
    '科技|數科|数科|[部局署委廳厅院處处辦办會会社報报網网行所])$',
);

/** Whether a named speaker is an organisation by its ending, so a personal pronoun cannot mean it. */
/** A side named by a country or party and 方 (美方, 中方, 校方, 資方): a body, never a person 他 could mean. */
const SIDE = /^(?:美|中|日|韓|韩|英|法|德|俄|歐|欧|印|朝|越|菲|澳|加|台|港|外|雙|双|兩|两|各|校|院|警|資|资|勞|劳|甲|乙|買|买|賣|卖|官|軍|军)方$/u;

export function isOrganisationName(name: string): boolean {
  return ORGANISATION_ENDING.test(name) || SIDE.test(name) || STOCK_SHORT_NAME.test(name) || isKnownBody(name);
}

/** Everyone in a field or the public at large (各界普遍解讀, 外界認為): never the one a later 他 or 她 means. */
const COLLECTIVE = /^(?:各界|外界|業界|业界|各方|大家|社會|社会|輿論|舆论|民眾|民众|市場|市场|網友|网友|公眾|公众)$/u;

/** How a name or address marks a woman (王太太, 陳小姐, 李姐, 黃婆婆) or a man (林伯伯, 張先生, 陳叔). */
const FEMALE_ADDRESS = /(?:女士|小姐|太太|太|姐|妹|嫂|婆|媽|妈|母|姨|嬸|婶|娘|女|母親|母亲|妻子|女兒|女儿|遺孀|遗孀)$/u;
const MALE_ADDRESS = /(?:先生|伯|叔|爺|爷|公|哥|弟|兄|爸|父|男|父親|父亲|丈夫|兒子|儿子)$/u;

/** An unnamed person described as a woman or a man (主導盤問卡尼的女官員, 一名女子, 男員工). */
const FEMALE_DESCRIPTOR = /女\p{Script=Han}{0,3}$/u;
const MALE_DESCRIPTOR = /男\p{Script=Han}{0,3}$/u;

/**
 * Characters of a given name that mark a woman (李娜, 王美玲, 陳淑芬) or a man (張偉強, 李軍): only those no one of the other sex is
 * commonly named with, so a name of neither kind (王建國, 陳小明) tells nothing.
 */
const FEMALE_GIVEN = /[娜婷麗丽芳燕玲琳雯霞娟萍莉倩妍婉姗珊媛妮嬌娇婕瑤瑶蓉鳳凤翠琴淑娥嫻娴姿蓮莲薇蕾茜黛媚嫣鶯莺瑩莹婧妤嫦]/u;
const MALE_GIVEN = /[強强軍军偉伟剛刚勇傑杰斌濤涛輝辉鵬鹏龍龙雄峰磊彪虎豪毅鋒锋棟栋坤猛武威]/u;

/** The sex a personal name's given name marks, if its characters all lean one way. */
function sexOfGivenName(name: string): 'female' | 'male' | null {
  if (!isPersonalName(name) || !/^\p{Script=Han}{2,4}$/u.test(name)) return null;
  const given = name.slice(name.length >= 4 ? 2 : 1);
  const female = FEMALE_GIVEN.test(given);
  const male = MALE_GIVEN.test(given);
  return female === male ? null : female ? 'female' : 'male';
}

/** The sex a name's address, a description or a given name marks (王太太, 林伯伯, 女官員, 李娜), if any. */
function sexOf(words: string): 'female' | 'male' | null {
  // A married name (林陳壽美) is a woman's.
  if (FEMALE_ADDRESS.test(words) || FEMALE_DESCRIPTOR.test(words) || isMarriedName(words)) return 'female';
  if (MALE_ADDRESS.test(words) || MALE_DESCRIPTOR.test(words)) return 'male';
  return sexOfGivenName(words);
}

/** Whether 她 or 他 can mean the one named: not 她 for 林伯伯, nor 他 for 王太太 or 女官員. Other pronouns fit anyone. */
function genderFits(pronoun: string, speaker: string): boolean {
  if (/^她/u.test(pronoun)) return sexOf(speaker) !== 'male';
  if (/^他/u.test(pronoun)) return sexOf(speaker) !== 'female';
  return true;
}

/**
 * 她 after a woman named as one (潘曉穎母親, 陳小姐) and then someone whose Chinese name marks no sex (…呼籲陳同佳赴台。她說): the woman.
 * Copy writes 她 for a woman it has marked so; a later name that tells nothing is more often the one she spoke of.
 */
function womanNamedAsOne(pronoun: string, fitting: readonly NamedSpeaker[]): NamedSpeaker | null {
  const last = fitting.at(-1);
  // A Latin name (Alice Tse) marks a sex this reading cannot tell; a post with a Latin word in it (Guesthouse老闆) marks none.
  if (!/^她/u.test(pronoun) || last === undefined || sexOf(last.speaker) !== null || /^[A-Za-z][A-Za-z .'’-]*$/u.test(last.speaker)) return null;
  return fitting.findLast((person) => sexOf(person.speaker) === 'female') ?? null;
}

/** The phrase an answer label stands for until resolved to the person interviewed. */
export const INTERVIEWEE = '答';

/** Who asks in an interview (記者, 主持人, 本報): never the one who answers. */
export const INTERVIEWER = /記者|记者|主持人|本報|本报|本刊|編者|编者|[問问QＱ]$/;


/** A demonstrative before a description (該人士, 這位專家, 该名男子): it only points back. */
const POINTS_ONLY = /^(?:該|该|這位|这位|這名|这名|該名|该名)/u;

/** Whether a phrase is a pronoun that only ever points back at a person (他, 她, 此人, 自己). */
export function isPersonalPronoun(phrase: string): boolean {
  return PERSON_PRONOUNS.has(phrase);
}

/** What only a body has right after its name (万科董事会主席, 万科物业, 腾讯股价): a name shaped like a person's that is a company. */
const BODY_PART_AFTER = '董事會|董事会|董事局|集團|集团|物業|物业|股份|股價|股价|市值|總部|总部|財報|财报|年報|年报|官網|官网|公司|中心|福利中心|門市|门市|分行|工廠|工厂';

/** Whether the text so far uses a short name as a body's (万科董事会主席…): then 他 or 她 never points back at it. */
export function actsAsBody(name: string, text: string): boolean {
  if (name.length <= 4 && new RegExp(`${escapeRegExp(name)}(?:${BODY_PART_AFTER})`, 'u').test(text)) return true;
  // A name in Latin letters with a post after it (App Annie 首席执行官Bertrand Schmitt, Zynga CEO): a company, as Chinese copy
  // writes one, shaped like a person's name. A Chinese name is left: 马云董事长 addresses the man.
  return /^[A-Za-z][A-Za-z .&'’-]*$/u.test(name) && new RegExp(`${escapeRegExp(name)}\\s*(?:${BODY_PART_AFTER}|${POST_AFTER_COMPANY})`, 'u').test(text);
}

/** Posts written right after a company's name (App Annie 首席执行官, Zynga CEO, 谷歌創始人). */
const POST_AFTER_COMPANY = '首席執行官|首席执行官|執行長|执行长|聯合創始人|联合创始人|創始人|创始人|總裁|总裁|董事長|董事长|CEO|CFO|CTO|COO';

/** Whether a person, not an organisation, can be meant by a personal pronoun or a title. */
/** A document speaking (公告強調, 聲明指, 白皮書稱): no one 他 or 她 could mean. */
const DOCUMENT_ENDING = /(?:公告|聲明|声明|報告|报告|通知|文件|公開信|公开信|社論|社论|白皮書|白皮书|政綱|政纲|綱領|纲领)$/u;

export const isPerson = (name: string): boolean => !isOrganisationName(name) && !DOCUMENT_ENDING.test(name);

/** An editorial or commentary as the subject (社論, 該社評): its words are its paper's. */
const EDITORIAL = /^(?:該|该|這篇|这篇|此)?(?:社論|社论|社評|社评)$/;

/** 前者 and 後者: the earlier and the later of the last two people named. */
export const FORMER_OR_LATTER = /^([前後后])者$/;

/** The last two different people named, earlier first. */
function lastTwoPeople(people: readonly NamedSpeaker[]): NamedSpeaker[] {
  const latest = people.at(-1);
  const earlier = people.findLast((person) => person.speaker !== latest?.speaker);
  return latest === undefined || earlier === undefined ? [] : [earlier, latest];
}

/** A name or body before a pointer and its descriptor (ST起步上述人士): whose source the pointer means. */
const BODY_THEN_POINTER = /^([^，,。：:；;「」“”『』□的]{2,12}?)((?:上述|前述|該|该)\p{Script=Han}{2,6})$/u;

/** A pointer with the bare word for a person (上述人士, 該人士, 这位人士): it points at the unnamed source last brought in. */
const BARE_PERSON_POINTER = /^(?:上述|前述|該|该|這位|这位|此)人士$/u;

/** Someone the text leaves unnamed and undescribed (有人說, 大家認為): a speaker, but no one to show. */
export const SOMEONE = /^(?:有人|有些人|有的人|很多人|不少人|許多人|许多人|大家|人們|人们)$/;

/** Words that stand for someone without naming them, and must point back at a person named before. */
const UNNAMED_WITHOUT_ANTECEDENT = /^(?:[他她其佢]|此人|自己|本人|對方|对方|後者|后者|前者)$/;

/**
 * Resolves a speaker phrase to a person: 他/她 to the latest person named, 該人士 to the latest 人士,
 * 李女士 to the one 李 named, a bare title (董事長) to the person who holds it; a name to itself with
 * the role the text gives around it (or gave the first time). Null when a reference has no antecedent.
 */
export function resolvePerson(phrase: string, people: readonly NamedSpeaker[]): NamedSpeaker | null {
  // The reporter who asked (有記者問她…，她說) is never who 他 or 她 points back at.
  if (PERSON_PRONOUNS.has(phrase)) {
    const fitting = people.filter((person) => isPerson(person.speaker) && !COLLECTIVE.test(person.speaker) && !CROWD.test(person.speaker) && !INTERVIEWER.test(person.speaker) && genderFits(phrase, person.speaker));
    return womanNamedAsOne(phrase, fitting) ?? fitting.at(-1) ?? null;
  }
  // 答： in an interview: the person last introduced or quoted who is not the one asking.
  if (phrase === INTERVIEWEE) return people.findLast((person) => isPerson(person.speaker) && !INTERVIEWER.test(person.speaker) && !INTERVIEWER.test(person.role ?? '')) ?? null;
  const pair = FORMER_OR_LATTER.exec(phrase);
  if (pair !== null) return lastTwoPeople(people)[pair[1] === '前' ? 0 : 1] ?? null;
  if (PRONOUNS.has(phrase)) return people.at(-1) ?? null;
  if (UNNAMED_WITHOUT_ANTECEDENT.test(phrase) || SOMEONE.test(phrase) || POSSESSED.test(phrase)) return null;
  // An editorial speaks for the paper that ran it: 社論指出 after 環球時報發表社論.
  // A company known by its brand (華為) runs no editorial: the paper is a body of another kind.
  if (EDITORIAL.test(phrase)) return people.findLast((person) => isOrganisationName(person.speaker) && !isKnownBody(person.speaker)) ?? { speaker: phrase, role: null };
  // 上述人士 or 該人士, the bare word for "person": the unnamed source last brought in, whatever its description ends with
  // (首都银行…负责人表示…。“…”上述人士进一步表示), not an earlier one whose description happens to end in 人士.
  if (BARE_PERSON_POINTER.test(phrase)) {
    const lastSource = people.findLast((person) => isPerson(person.speaker) && isUnnamedSource(person.speaker));
    if (lastSource !== undefined && !lastSource.speaker.endsWith('人士')) return lastSource;
  }
  // A body, then a pointer (ST起步上述人士, 华为该负责人): the source of that body the pointer means, named as first given.
  const bodyPointer = BODY_THEN_POINTER.exec(phrase);
  if (bodyPointer?.[1] !== undefined && bodyPointer[2] !== undefined) {
    const pointedAt = resolvePerson(bodyPointer[2], people);
    if (pointedAt !== null && pointedAt.speaker.startsWith(bodyPointer[1])) return pointedAt;
  }
  if (isLaterMention(phrase)) {
    const resolved = resolveDescription(phrase, people, isPerson);
    if (resolved !== null) return resolved;
    // With no one before to point back at, 李女士 or 分析師 is how the text names them; 上述 and
    // 前述 only point, so 上述知情人士 is the 知情人士 it describes.
    const pointed = /^(?:上述|前述)(\p{Script=Han}{2,})$/u.exec(phrase)?.[1];
    // 該人士 or 這位專家 with no one before it is a pointer to no one: precision first. 该权威人士 after a source described
    // otherwise (记者从接近联采办人士处获悉…。“…”该权威人士表示) is that source, as 上述 would make it.
    const pointedOnly = /^(?:該|该|這位|这位|這名|这名|該名|该名)(\p{Script=Han}{2,})$/u.exec(phrase)?.[1];
    // 該公司 or 该集团 after a body named by its own name (亚马逊表示…。“…”该公司在一份声明中表示): that body, as 上述公司 is.
    const pointedBody = /^(?:該|该)(\p{Script=Han}{2,4})$/u.exec(phrase)?.[1];
    if (pointed === undefined && pointedBody !== undefined && GENERIC_BODY.test(pointedBody)) {
      const body = lastBodyByOwnName(people);
      if (body !== undefined) return body;
    }
    // Only a source of the same kind (该负责人 is no 王先生 brought in before: a person named by surname is no source it points at).
    // A description given in full, with 的, after 該 (该研究院工会的一名相关负责人, where 该 points at the institute named before)
    // brings the source in, when no source of its kind came before: as written, without the pointer.
    if (pointed === undefined && pointedOnly !== undefined && isUnnamedSource(pointedOnly)) {
      const before = people.findLast((person) => isPerson(person.speaker) && isUnnamedSource(person.speaker) && !SURNAME_AND_HONORIFIC.test(person.speaker) && (pointedOnly.endsWith('人士') || person.speaker.endsWith(pointedOnly.slice(-2))));
      return before ?? ([...pointedOnly].length >= 6 && /\p{Script=Han}{2}的\p{Script=Han}{2}/u.test(pointedOnly) ? { speaker: pointedOnly, role: null } : null);
    }
    if (pointed === undefined) return POINTS_ONLY.test(phrase) ? null : { speaker: phrase, role: null };
    // 上述研究机构 or 上述公司 after a body named by its own name (交通银行金融研究中心预计): that body, the kind pointing back at it.
    if (GENERIC_BODY.test(pointed)) {
      const body = lastBodyByOwnName(people);
      if (body !== undefined) return body;
    }
    // 上述消息人士 after 一位有讚員工告訴記者: the source just quoted, described another way, though someone named came between
    // (有业内人士这样向记者表示。宋晓辉表示，…。“…”前述知情人士又说).
    const lastSource = people.findLast((person) => isPerson(person.speaker) && isUnnamedSource(person.speaker));
    if (lastSource !== undefined && isUnnamedSource(pointed)) return lastSource;
    // 上述人士 with no source before it describes no one: 人士 alone tells the reader nothing.
    if (/^(?:人士|人員|人员|者)$/u.test(pointed)) return null;
    return { speaker: isUnnamedSource(pointed) ? pointed : phrase, role: null };
  }
  const holder = holderOfRole(phrase, people);
  if (holder !== null) return holder;
  const named = splitSpeakerRole(phrase);
  // Several speakers for one saying (陳立、王強均表示, 張三與李四都認為, 多家券商等機構): no one to show.
  // Or one of several listed with their posts (恒大集团董事局主席许家印、副主席总裁夏海钧): the role holds a named person too.
  if (isSeveral(named.speaker) || (named.role ?? '').split('、').slice(0, -1).map(splitSpeakerRole).some((listed) => listed.role !== null && isPersonalName(listed.speaker))) return null;
  const fuller = named.role === null ? (personBySurname(named.speaker, people) ?? personByShortForm(named.speaker, people) ?? bodyByHeadNoun(named.speaker, people)) : null;
  if (fuller !== null) return fuller;
  if (!isPlausibleSpeaker(named.speaker)) return personHeadingPhrase(phrase, people);
  // A Latin surname alone (O'Carroll) is the one person named before in full with it (Lucy O'Carroll).
  const fullLatin = /^[A-Z][A-Za-z.'’-]+$/u.test(named.speaker) ? [...new Set(people.map((person) => person.speaker).filter((name) => name.endsWith(` ${named.speaker}`)))] : [];
  const speaker = fullLatin.length === 1 && fullLatin[0] !== undefined ? fullLatin[0] : named.speaker;
  const known = people.findLast((person) => person.speaker === speaker);
  return known === undefined ? { speaker, role: named.role } : { speaker, role: named.role ?? known.role };
}

/**
 * What may follow the subject of a clause and still leave it the one who speaks at the clause's end: not 的 (their kin or
 * document speaks), a conjunction (two people speak), 等 (several), or a passive or causative (someone else acts on them).
 */
/** A phrase ending in a count or a verb of issuing, before a verb of saying that is then a noun (一份|聲明, 發表了|聲明). */
const ISSUES_A_NOUN = /(?:(?:[一兩两幾几這这那該该此每多]|\d)[份項项封則则條条篇個个段句番]|(?:發表|发表|發出|发出|發布|发布|公布|作出|做出|提出|引述|援引)了?)$/u;

/** What a phrase goes on with after a name when the name is not its speaker: whose it is (李明的, 潘母方面的消息), whom it joins or acts on. */
const NOT_THE_SPEAKERS_PREDICATE = /^(?:[的之和與与及、跟同或等被讓让叫令使給给]|方面的|$)/u;

/** A description with 的 and the word for who they are, then a full name of three characters closing the phrase (高岩的闺蜜|李悠悠). */
const DESCRIPTION_THEN_FULL_NAME = new RegExp(`^([^，,。；;：:「」“”『』□、和與与及跟同向對对被把將将在]{1,20}的[^，,。；;：:「」“”『』□、和與与及跟同向對对被把將将在的]{2,8})([${SURNAMES}]\\p{Script=Han}{2})$`, 'u');

/**
 * A clause of where someone lives, works or studies, with 的, right before a full name of three characters (目前在德国科隆大学生物系深造的
 * 张嘉俊, 在南京一家医疗器械公司上班的张雪峰): only a person is described so, so the name needs no word for who they are between.
 */
const LIFE_DESCRIBED_THEN_FULL_NAME = new RegExp(`^([^，,。；;：:「」“”『』□、和與与及跟同向對对被把將将]{0,24}(?:工作|深造|留學|留学|學習|学习|讀書|读书|就讀|就读|上班|打工|經營|经营|開店|开店|生活|居住|定居|創業|创业|任職|任职|執業|执业|行醫|行医|務農|务农|經商|经商)(?:多年|了?[一二三四五六七八九十兩两几幾多0-9]+年)?的)([${SURNAMES}]\\p{Script=Han}{2})$`, 'u');

/**
 * The person heading a phrase too long to be a name, who is the subject of its clause and so speaks at its end
 * (何桂藍思索片刻後說, 魯比奧在Twitter上載的一段影片表示): someone named before, a name read with its title, or a
 * personal name before its predicate. Null when the phrase opens with none, or what follows the name hands the
 * words to someone else.
 */
function personHeadingPhrase(phrase: string, people: readonly NamedSpeaker[]): NamedSpeaker | null {
  // The verb of saying read as a noun (陳大文發表了一份聲明, 發出聲明): a statement issued, which speaks for itself.
  if (ISSUES_A_NOUN.test(phrase)) return null;
  const speaks = (name: string) => !NOT_THE_SPEAKERS_PREDICATE.test(phrase.slice(name.length));
  const known = people.filter((person) => isPersonalName(person.speaker) && phrase.startsWith(person.speaker) && speaks(person.speaker)).sort((a, b) => b.speaker.length - a.speaker.length)[0];
  if (known !== undefined) return known;
  const titled = findRoleAndNameAtHead(phrase);
  if (titled !== null && isPersonalName(titled.speaker) && speaks(`${titled.role ?? ''}${titled.speaker}`)) {
    // A transliterated name read on from a shorter title (委員|會發言人約翰·柯比爾): the title inside it is the role's.
    const inner = splitSpeakerRole(titled.speaker);
    return inner.role === null ? titled : { speaker: inner.speaker, role: `${titled.role ?? ''}${inner.role}` };
  }
  const name = findNameAtHead(phrase);
  if (name !== null && speaks(name)) return { speaker: name, role: null };
  // A short name with the day right after it (川普9月5日在白宫告诉记者): the date ends the name, whatever its shape.
  const dated = NAME_BEFORE_DATE.exec(phrase)?.[1];
  if (dated !== undefined && isPlausibleSpeaker(dated) && !isUnnamedSource(dated)) return { speaker: dated, role: null };
  // A full name ending a description with 的 the lists do not hold (高岩的闺蜜李悠悠, 锦岸私房菜的领班闻见英): the name speaks, the
  // description is the role. Only a name of three characters: a surname and one more could be any two characters of a word.
  const described = DESCRIPTION_THEN_FULL_NAME.exec(phrase) ?? LIFE_DESCRIBED_THEN_FULL_NAME.exec(phrase);
  // Not a word ending in a place or time (内部|公告中): the setting of the words, as 公告 opens with a surname.
  if (described?.[1] !== undefined && described[2] !== undefined && isPersonalName(described[2]) && !ENDS_WITH_TITLE.test(described[2]) && !/[中裡里內内上下外時时後后前]$/u.test(described[2])) return { speaker: described[2], role: described[1] };
  // A group heading the clause (有网友晒出微信群的截图称“…”): LABELS.md's unnamed source, who posts and says it.
  const group = GROUP_AT_HEAD.exec(phrase)?.[1];
  return group !== undefined && speaks(group) ? { speaker: group, role: null } : null;
}

/** A group of unnamed people heading a clause, then what they did (网友晒出…, 股民纷纷…); not a word they begin (居民楼, 業主委員會, 股民群). */
const GROUP_AT_HEAD = /^(網友|网友|股民|市民|居民|投資者|投资者|消費者|消费者|業主|业主|家長|家长|讀者|读者|用戶|用户)(?![樓楼區区委會会點点證证戶户群圈大])(?=\p{Script=Han}{2})/u;

/** Two to four characters, then a day or a time of day, perhaps after 於 (川普9月5日, 李明周三, 王強昨日, 校委會於8月4日). */
const NAME_BEFORE_DATE = /^(\p{Script=Han}{2,4}?)(?:[於于])?(?=[0-9０-９]{1,2}月[0-9０-９]{1,2}[日號号]|[0-9０-９]{1,2}[日號号]|(?:周|週|星期)[一二三四五六日天]|昨[日天晚]?|今[日天早晨]|前[日天])/u;

/**
 * The one person named before with a role that this phrase is, or ends (国防部长 after 美国国防部长马蒂斯): copy names a
 * person once with their post and then by the post alone (国防部长挂断了电话). Null when no one or several hold it.
 */
export function holderOfRole(phrase: string, people: readonly NamedSpeaker[]): NamedSpeaker | null {
  if (!/^\p{Script=Han}{3,10}$/u.test(phrase) || !ENDS_WITH_TITLE.test(phrase) || splitSpeakerRole(phrase).role !== null) return null;
  // A descriptor of an unnamed source (有赞员工, 业内分析师) stays that source: one named person described so is not all of them.
  if (isUnnamedSource(phrase)) return null;
  const holders = people.filter((person) => person.role?.endsWith(phrase) === true && isPerson(person.speaker));
  return new Set(holders.map((person) => person.speaker)).size === 1 ? (holders.at(-1) ?? null) : null;
}

/** A document that speaks for the body that wrote it (政綱, 報告, 聲明, 決議). */
const DOCUMENT = /^(?:政綱|政纲|綱領|纲领|報告|报告|聲明|声明|公告|決議|决议|白皮書|白皮书)$/u;

/**
 * 公司 and 集團 alone mean the company a report is about, often never quoted by name, while the one 公司 quoted
 * before is as likely a broker (中金公司 on 御家汇's plan): the head noun tells which only when it is rarer.
 */
export const SUBJECT_COMPANY = /^(?:公司|集團|集团)$/u;

/** A body counted or pointed at, not named (一家科技公司, 某銀行, 另一家基金): which one the text does not say. */
const COUNTED_BODY = /^(?:一家|一間|一间|一個|一个|某|多家|數家|数家|幾家|几家|另一|該|该|這家|这家|那家)/u;

/**
 * The one body named before in full whose head noun the phrase is (公司 for 华为技术有限公司, 委員會 for 選舉委員會,
 * 政綱 for 民主黨政綱): copy names a body once and then by its head noun alone. Null when no body or several end so.
 * People and unnamed sources are not bodies: 人士 must not join 知情人士 to 消息人士, nor 明 a 陳志明.
 */
export function bodyByHeadNoun(phrase: string, people: readonly NamedSpeaker[]): NamedSpeaker | null {
  if (!/^\p{Script=Han}{2,3}$/u.test(phrase) || SUBJECT_COMPANY.test(phrase) || !(isOrganisationName(phrase) || DOCUMENT.test(phrase))) return null;
  const fuller = people.filter((person) => person.speaker.length >= phrase.length + 2 && person.speaker.endsWith(phrase) && !isPersonalName(person.speaker) && !isUnnamedSource(person.speaker) && !COUNTED_BODY.test(person.speaker));
  return new Set(fuller.map((person) => person.speaker)).size === 1 ? { speaker: fuller.at(-1)?.speaker ?? phrase, role: null } : null;
}

/** Whether a speaker phrase lists several (A、B, A與B, …等機構) rather than naming one. */
function isSeveral(speaker: string): boolean {
  if (/、|等\p{Script=Han}{0,4}$/u.test(speaker)) return true;
  const pair = /^(.{2,}?)[和與与及跟](.{2,})$/u.exec(speaker);
  return pair?.[1] !== undefined && pair[2] !== undefined && isNameShaped(pair[1]) && isNameShaped(pair[2]);
}

/** Resolves a reference against names only (no roles known): the name of `resolvePerson`. */
export function resolveSpeaker(phrase: string, named: readonly string[]): string | null {
  return resolvePerson(phrase, named.map(splitSpeakerRole))?.speaker ?? null;
}

/** Where a full name parts before its last name: a space (Gary Gensler) or a transliteration's dot (肯尼斯·麦肯齐). */
const LATIN_OR_DOTTED_PART = new RegExp(` |${NAME_DOT.source}`, 'u');

/**
 * The person a surname alone points back at, when one person named before has it as the last part
 * of a foreign name (Gensler for Gary Gensler, 鮑威爾 for 傑羅姆·鮑威爾); null otherwise.
 */
export function personBySurname(name: string, people: readonly NamedSpeaker[]): NamedSpeaker | null {
  const fuller = people.filter((person) => person.speaker !== name && LATIN_OR_DOTTED_PART.test(person.speaker) && person.speaker.split(LATIN_OR_DOTTED_PART).at(-1) === name);
  return new Set(fuller.map((person) => person.speaker)).size === 1 ? (fuller.at(-1) ?? null) : null;
}


/**
 * The one person named before whose full name the phrase opens (芭芭拉 for 芭芭拉布殊, 林鄭 for 林鄭月娥):
 * Hong Kong copy shortens names after the first mention, and a second name would split their quotes.
 * Null when no one or more than one has a name that opens so, or the short form is a single character.
 */
/** An office or title written right before a name (特首, 行政長官, 議員, 主席, 前局長). */
const OFFICE_BEFORE = /(?:特首|長官|长官|主席|局長|局长|司長|司长|議員|议员|署長|署长|主任|總裁|总裁|董事長|董事长|律師|律师|教授|處長|处长|部長|部长|總統|总统|首相|總理|总理|委員|委员|會長|会长|校長|校长|院長|院长|代表)$/u;

/** What can follow a name in a clause (a verb of saying, an adverb, a particle): no part of a longer name. */
const AFTER_NAME = /[不甚說说稱称指表認认強强透坦直笑回補补解介告提分預预談谈問问答寫写見见也又則则還还曾將将已就都再亦仍更並并即便才卻却在於于對对向與与跟為为被把從从等的之是們们及和今昨前近日當当上下早晚]/u;

/**
 * The full name a Hong Kong double surname stands for (林鄭 for 林鄭月娥, 葉劉 for 葉劉淑儀): both characters
 * surnames, and the text so far giving one full form of them after an office (a married woman's name is her
 * husband's surname, her own, and two given characters).
 */
export function fullNameOfDoubleSurname(name: string, textSoFar: string): string | null {
  if (!isDoubleSurname(name)) return null;
  const forms = fullFormsOfDoubleSurname(name, textSoFar);
  return forms.size === 1 ? ([...forms][0] ?? null) : null;
}

/** Whether a phrase is two surnames' characters, as a Hong Kong double surname is (林鄭, 葉劉). */
export function isDoubleSurname(name: string): boolean {
  return DOUBLE_SURNAME.test(name);
}

const DOUBLE_SURNAME = new RegExp(`^[${SURNAMES}]{2}$`, 'u');

/** Verbs of two characters that follow a name and its office in a clause (主席王石进行了解, 局長李王提出): no given name. */
const VERB_AFTER_NAME = /^(?:進行|进行|了解|提供|提出|表示|指出|認為|认为|強調|强调|發表|发表|透露|回應|回应|說明|说明|解釋|解释|宣布|宣佈|坦言|直言|主持|會見|会见|出席|參加|参加|接受|率領|率领|帶領|带领|簽署|签署|致辭|致辞|談到|谈到|提到|指稱|指称|稱讚|称赞|批評|批评)$/u;

/**
 * Every full form of a double surname a text gives after an office (林鄭月娥 after 特首), added to `forms`. What it reads around
 * the name stays within its paragraph, so a reader may pass each new paragraph alone and keep the set.
 */
export function fullFormsOfDoubleSurname(name: string, text: string, forms = new Set<string>()): Set<string> {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    const next = text.slice(at + name.length, at + name.length + 2);
    // Only a full form the text gives with an office before it (特首林鄭月娥, 立法會議員葉劉淑儀): 萬隆不顧 and
    // 高盛甚至 are a name, or a body, and the words after it.
    // Nor a verb of two characters after an ordinary name (董事会名誉主席王石|进行了解: 王 and 石 are both surnames).
    if (/^\p{Script=Han}{2}$/u.test(next) && !AFTER_NAME.test(next.charAt(0)) && !VERB_AFTER_NAME.test(next) && OFFICE_BEFORE.test(text.slice(Math.max(0, at - 6), at))) forms.add(`${name}${next}`);
  }
  return forms;
}


/** A title written after a name (張軍教授, 陳先生): the name with its title, not a longer name. */
const TITLE_AFTER_NAME = /(?:教授|先生|女士|小姐|太太|博士|醫生|医生|律師|律师|老師|老师|主席|總裁|总裁|經理|经理|議員|议员|局長|局长|司長|司长|部長|部长|總統|总统|總理|总理|董事長|董事长)$/u;

export function personByShortForm(name: string, people: readonly NamedSpeaker[]): NamedSpeaker | null {
  if (!/^\p{Script=Han}{2,}$/u.test(name)) return null;
  // Two characters or more past the short form, and not a title (王麗站 is a name and a verb; 張軍教授 is 張軍 with his title).
  const fuller = people.filter((person) => person.speaker.length >= name.length + 2 && person.speaker.startsWith(name) && !TITLE_AFTER_NAME.test(person.speaker.slice(name.length)) && isPerson(person.speaker) && !isUnnamedSource(person.speaker));
  return new Set(fuller.map((person) => person.speaker)).size === 1 ? (fuller.at(-1) ?? null) : null;
}

/**
 * Every transliterated name with a middle dot that heads a clause, alone or after its title (纽约市长埃里克·亚当斯在…,
 * 肯尼斯·麦肯齐表示), once each: where the name ends is where its predicate starts.
 */
export function findForeignNames(text: string): string[] {
  // Some copy parts a transliterated name with a full-width stop (道格．杜西): read as the middle dot the name
  // finder knows, and given back as written, for a later 杜西 to match the name as the text spells it.
  const dotted = text.replace(/(?<=\p{Script=Han})．(?=\p{Script=Han})/gu, '·');
  const asWritten = (name: string): string => (name.includes('·') && !text.includes(name) ? name.replaceAll('·', '．') : name);
  const heads = dotted.split(/[，,。：:；;！？!?\n“”「」『』]/u).flatMap((clause) => {
    const head = clause.trim();
    // The title first, so 纽约市长埃里克·亚当斯 gives the name without it.
    const found = findRoleAndNameAtHead(head)?.speaker ?? findNameAtHead(head);
    // A second title inside what the head reads as the name (副董事長|兼總裁布拉德·史密斯) is the role's.
    return [found === null ? null : splitSpeakerRole(found).speaker];
  });
  return [...new Set(heads.filter((name): name is string => name !== undefined && name !== null && /[·・•‧]/u.test(name)).map(asWritten))];
}

/**
 * The one name among `names` that a transliterated surname alone ends (亚当斯 for 埃里克·亚当斯, named
 * as the mayor without speaking; 加西亞-埃雷羅 for 艾麗西亞·加西亞-埃雷羅); null when none or several end with it in `text`, or the phrase is no bare word.
 */
export function personByForeignSurname(phrase: string, names: readonly string[], text: string, givenNamesWith: (surname: string) => ReadonlySet<string> = (surname) => foreignGivenNamesIn(surname, text)): NamedSpeaker | null {
  // A double-barrelled surname keeps its hyphen (加西亞-埃雷羅 for 艾麗西亞·加西亞-埃雷羅).
  if (!/^\p{Script=Han}{2,5}(?:[-－]\p{Script=Han}{1,5})?$/u.test(phrase)) return null;
  const fuller = names.filter((name) => name.length > phrase.length + 1 && name.endsWith(phrase) && NAME_DOT.test(name.charAt(name.length - phrase.length - 1)));
  if (fuller.length !== 1 || fuller[0] === undefined) return null;
  // Two people of that surname anywhere in the text (埃里克·亚当斯和约翰·亚当斯), headed or not: which one is a guess.
  // The text is read only when one name fits, so a long article is not read again for every quote.
  return givenNamesWith(phrase).size <= 1 ? { speaker: fuller[0], role: null } : null;
}

/**
 * The given names written before a transliterated surname in `text` (埃里克 of 埃里克·亚当斯), added to `into`. A name never runs
 * over a paragraph's end, so a reader may pass each new paragraph alone and keep the set.
 */
export function foreignGivenNamesIn(surname: string, text: string, into = new Set<string>()): Set<string> {
  for (const match of text.matchAll(new RegExp(`(\\p{Script=Han}{2})${NAME_DOT.source}${escapeRegExp(surname)}`, 'gu'))) into.add(match[1] ?? '');
  return into;
}

/**
 * A Latin surname alone (Guo 在接受采访时表示) is the one person the text so far names in full with it (Sarah Guo); so is a
 * Latin given name alone (Alice 對《蘋果》表示 after 謝小姐（Alice Tse）), as Hong Kong's and Taiwan's copy calls people after
 * the first mention. Two such people, or none, leave it as written. `fullNamesWith` gives the full names written so far that
 * end (latinFullNamesIn) or open (latinFullNamesOpeningWith) with the part; it is asked only for a Latin word: reading the
 * text for every phrase made a long article's reading quadratic.
 */
export function personByLatinNamePart(phrase: string, fullNamesWith: (part: string) => ReadonlySet<string>): NamedSpeaker | null {
  if (!/^[A-Z][a-z]+$/u.test(phrase)) return null;
  const full = fullNamesWith(phrase);
  const [only] = full;
  return full.size === 1 && only !== undefined && only !== phrase ? { speaker: only, role: null } : null;
}

/**
 * The full names in `text` that end with a Latin surname (Sarah Guo for Guo), added to `into`. Read within a paragraph, so a
 * reader may pass each new paragraph alone and keep the set.
 */
export function latinFullNamesIn(surname: string, text: string, into = new Set<string>()): Set<string> {
  for (const paragraph of text.split('\n')) {
    // A word in capitals before the surname (CFO Barnum, CEO Dimon) is a title or an acronym, no given name; initials (J. P.) are.
    for (const match of paragraph.matchAll(new RegExp(`(?<![A-Za-z])((?:(?![A-Z]{2,}\\s)[A-Z][A-Za-z.'’-]*\\s)+${surname})(?![A-Za-z])`, 'gu'))) into.add(match[1]?.trim() ?? '');
  }
  return into;
}

/**
 * The full names in `text` that open with a Latin given name (Alice Tse for Alice), added to `into`. A word in capitals after
 * it (Empyrean Tower LLC) is no surname. Read within a paragraph, as latinFullNamesIn is.
 */
export function latinFullNamesOpeningWith(given: string, text: string, into = new Set<string>()): Set<string> {
  for (const paragraph of text.split('\n')) {
    for (const match of paragraph.matchAll(new RegExp(`(?<![A-Za-z])${given}((?:\\s+(?:[A-Z]\\.|[A-Z][a-z][A-Za-z'’-]*))*\\s+[A-Z][a-z][A-Za-z'’-]*)(?![A-Za-z.])`, 'gu'))) into.add(`${given}${match[1] ?? ''}`);
  }
  return into;
}

/** Whether a phrase only describes someone (董事長, 李女士, 該人士) and must be resolved to a person named before. */
export function isLaterMention(phrase: string): boolean {
  return BARE_TITLE.test(phrase) || SURNAME_AND_HONORIFIC.test(phrase) || (DEMONSTRATIVE.test(phrase) && !namesAfterPointer(phrase));
}

/**
 * A pointer at a body, then a post in it and a full name (该公司总裁王磊, 上述银行行长王磊): the name says who speaks; only the
 * body is pointed back at, and the post with it is the role.
 */
function namesAfterPointer(phrase: string): boolean {
  const named = splitSpeakerRole(phrase);
  return named.role !== null && [...named.speaker].length >= 2 && isPersonalName(named.speaker) && !SURNAME_AND_HONORIFIC.test(named.speaker);
}

/** People in the street as a crowd (网友, 市民, 業主, 股民, 消費者): a bare mention is them, not one of them named before. */
const CROWD = /^(?:網友|网友|網民|网民|市民|居民|股民|投資者|投资者|散戶|散户|業主|业主|消費者|消费者|用戶|用户|家長|家长|旅客|乘客|顧客|顾客)$/u;

/** A body named only by its kind (机构, 公司, 研究中心, 券商), which 上述 points back at a body named before. */
const GENERIC_BODY = /^(?:研究)?(?:機構|机构|公司|集團|集团|銀行|银行|企業|企业|平台|平臺|券商|基金|房企|險企|险企|車企|车企|開發商|开发商|中心|研究中心|研究院|研究所|交易所|協會|协会)$/u;

/** Posts one person holds where the text met them (經理, 主任, 店主), unlike staff or crowds (工作人員, 員工). */
const ONE_POST = /^(?:經理|经理|主任|主管|負責人|负责人|老闆|老板|店主|店長|店长|行長|行长|總監|总监|律師|律师|醫生|医生|分析師|分析师|校長|校长|院長|院长)$/u;

/** Pointers back at a source described before, which may retell it more briefly (上述, 前述; Taiwan's 上面這位 and 前面這位). */
const RETOLD_POINTER = /^(?:上述|前述|上面這位|上面这位|上面那位|前面這位|前面这位)/u;

/**
 * Resolves a description to the person it points back at, latest first: a surname with an honorific
 * to the person of that surname, a bare title to the person whose role ends with it, a demonstrative
 * to the person whose name or role ends with what follows it. Null when no one fits.
 */
export function resolveDescription(phrase: string, people: readonly NamedSpeaker[], isPerson: (name: string) => boolean): NamedSpeaker | null {
  const surname = SURNAME_AND_HONORIFIC.exec(phrase)?.[1];
  if (surname !== undefined) {
    // Not one whose own address gives the other sex (王女士 is not the 王先生 quoted before).
    const sex = sexOf(phrase.slice(surname.length));
    // A Chinese surname opens the name; a name given in Western order, transliterated, ends with it after the dot (本·曹 for 曹先生).
    const bearsSurname = (name: string) => (name.startsWith(surname) && name.length > surname.length) || (NAME_DOT.test(name) && name.split(NAME_DOT).at(-1) === surname);
    const candidates = people.filter((person) => bearsSurname(person.speaker) && isPerson(person.speaker) && (sex === null || sexOf(person.speaker) !== (sex === 'female' ? 'male' : 'female')));
    // Two different people of that surname: which one is meant is a guess.
    return new Set(candidates.map((person) => person.speaker)).size === 1 ? (candidates.at(-1) ?? null) : null;
  }
  // A title alone (总统说) is the one named with exactly that title (总统川普) before one whose title only ends so
  // (叙利亚总统阿萨德): the writer's bare 总统 is the article's own, a foreign one is always qualified.
  // A crowd named by what it is (网友, 業主, 股民) is the crowd, not one person the text named with that word before.
  if (CROWD.test(phrase)) return null;
  // Or, with no one titled so, the source the text described with it (經理 for 工行經理 just quoted): only a post one person holds
  // there, not staff of whom 有工作人员 brings in another.
  if (BARE_TITLE.test(phrase)) return people.findLast((person) => person.role === phrase) ?? people.findLast((person) => person.role?.endsWith(phrase) === true) ?? (ONE_POST.test(phrase) ? people.findLast((person) => person.role === null && person.speaker !== phrase && person.speaker.endsWith(phrase) && !isPersonalName(person.speaker)) : undefined) ?? null;
  const written = DEMONSTRATIVE.exec(phrase)?.[1];
  if (written === undefined) return null;
  // The place a later mention adds (上述深圳私募基金人士 for 深圳一位私募基金人士, shown as 私募基金人士) sets it, as it set the first.
  const described = withoutPlaceSetting(written);
  // 的 or not, the same description (前述合肥产投负责人 for 来自…合肥产投的负责人); 某 and 相关 neither (上述股权投资基金人士 for
  // 某股权投资基金相关人士).
  // Nor how the source asked to be named (該名不願具名的護士 for 不願具名的急診科護士).
  // Nor the spaces copy puts around Latin letters (腾讯 CSIG 中层 for 上述腾讯CSIG中层).
  const bare = (words: string) => words.replace(ANONYMITY_ASKED, '').replace(/的|^某|相[关關]|有[关關]|\s+/gu, '');
  // A source named by the description itself (前線醫生 for 該名醫生) before one whose role merely ends so (急症科醫生黃某):
  // a writer names a person again by name or 他, and points back with 該名 at the one the text has no name for.
  // A long description repeated without its 知情 (前述株洲市司法体系人士 for 株洲市司法体系一位知情人士): the same source.
  const unknowing = (words: string) => bare(words).replace(/知情/gu, '');
  // The one written exactly so before one whose description only ends so (接受采访的私募基金人士 for 私募基金人士).
  return (
    people.findLast((person) => bare(person.speaker) === bare(described)) ??
    people.findLast((person) => bare(person.speaker).endsWith(bare(described))) ??
    people.findLast((person) => person.role !== null && bare(person.role).endsWith(bare(described))) ??
    ([...bare(described)].length >= 5 ? people.findLast((person) => unknowing(person.speaker).endsWith(bare(described))) : undefined) ??
    (RETOLD_POINTER.test(phrase) ? people.findLast((person) => isRetoldDescription(bare(person.speaker), bare(described))) : undefined) ??
    // Or more briefly than at first (上述沃尔玛工作人员 for 沃尔玛北京国贸店工作人员): the source whose description adds the least
    // (上述国土部人士 for 国土资源部人士, not the 国土资源部纪委人士 quoted since), the latest of those that add as little.
    (RETOLD_POINTER.test(phrase) ? closestBy(people.filter((person) => isUnnamedSource(person.speaker) && isRetoldDescription(bare(described), bare(person.speaker))), (person) => [...bare(person.speaker)].length) : undefined) ??
    null
  );
}

/** The last body named by its own name (亚马逊, 交通银行金融研究中心), not by its kind (公司) nor an unnamed source: whom 該公司 and 上述公司 mean. */
function lastBodyByOwnName(people: readonly NamedSpeaker[]): NamedSpeaker | undefined {
  return people.findLast((person) => isOrganisationName(person.speaker) && !isUnnamedSource(person.speaker) && !GENERIC_BODY.test(person.speaker));
}

/** The one of some people with the least measure, the latest among equals. */
function closestBy(people: readonly NamedSpeaker[], measure: (person: NamedSpeaker) => number): NamedSpeaker | undefined {
  let best: NamedSpeaker | undefined;
  for (const person of people) if (best === undefined || measure(person) <= measure(best)) best = person;
  return best;
}

/**
 * Whether 上述 with a fuller description points back at a source named more briefly (上述沪上某规模较大的基金公司市场总监 for
 * 某基金公司总监), or the other way round: the same kind of person at the end, and every character of the brief one in order in
 * the full one.
 */
function isRetoldDescription(brief: string, full: string): boolean {
  const chars = [...brief];
  if (chars.length < 4 || chars.length >= [...full].length || chars.slice(-2).join('') !== [...full].slice(-2).join('')) return false;
  let at = 0;
  for (const char of full) if (char === chars[at]) at += 1;
  return at === chars.length;
}

/**
 * The one full name a two-character abbreviation stands for in the article: a body whose name opens with the
 * abbreviation's first character and whose ending opens with its second (社協 → 社區組織協會), as Hong Kong and mainland
 * copy shorten bodies once named in full. A short name that is the full name's opening (恒大 for 恒大集团) is how the
 * copy names the body, as written (LABELS.md), and is left alone. Null when the article gives no such name or more than one.
 */
export function fullNameOfAbbreviation(short: string, text: string): string | null {
  if (!mayAbbreviateBody(short)) return null;
  const spelled = bodiesSpelledFrom(short, text);
  return spelled.size === 1 ? ([...spelled][0] ?? null) : null;
}

/** Whether a phrase has the shape of a body's two-character abbreviation (社協), not a body's name itself. */
export function mayAbbreviateBody(short: string): boolean {
  return (/^\p{Script=Han}{2}$/u.test(short) && !isBodyName(short)) || THREE_CHARACTER_ABBREVIATION.test(short);
}

/** A body's three-character short name ending in its kind (消委會 for 消費者委員會, 證監會, 環保署): two characters of the name, then the kind. */
const THREE_CHARACTER_ABBREVIATION = /^\p{Script=Han}{2}[會会局署]$/u;

/**
 * The bodies' full names in `text` that an abbreviation could stand for (社區組織協會 for 社協), added to `spelled`. A name
 * never runs over a paragraph's end, so a reader may pass each new paragraph alone and keep the set.
 */
export function bodiesSpelledFrom(short: string, text: string, spelled = new Set<string>()): Set<string> {
  const [first = '', second = '', kind = ''] = [...short];
  if (kind !== '') {
    // 消委會: 消, then 委, then the kind ending the full name (消費者委員會), longer than the short name.
    for (const match of text.matchAll(new RegExp(`${escapeRegExp(first)}\\p{Script=Han}{0,6}?${escapeRegExp(second)}\\p{Script=Han}{0,4}?${escapeRegExp(kind)}`, 'gu'))) {
      if (match[0].length > 3 && isBodyName(match[0])) spelled.add(match[0]);
    }
    return spelled;
  }
  for (const match of text.matchAll(new RegExp(`${escapeRegExp(first)}\\p{Script=Han}{1,6}?${escapeRegExp(second)}\\p{Script=Han}?`, 'gu'))) {
    const name = match[0];
    if (isBodyName(name) && isBodyName(name.slice(name.lastIndexOf(second))) && !name.slice(1, -2).includes(second)) spelled.add(name);
  }
  return spelled;
}
