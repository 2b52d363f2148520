import { findDescribedNameAtHead, findNameAtHead, isPersonalName, PSEUDONYM_GLOSS, SURNAMES, TRANSLITERATING } from './name-shape';
import { HANDS_OVER_BEFORE } from './speech-verbs';
import { escapeRegExp } from './text-scan';

/**
 * The familiar forms a feature calls its people by once it has named them in full (林文勝（阿勝伯）, then
 * 阿勝伯說): LABELS.md has later mentions resolve to the full name. Precision first: a familiar form that
 * could be two people, or no one named before, stays as the text gives it.
 */

/** Characters of kinship or rank, never the one a familiar form takes from a name (阿姨, 大哥, 老公, 小弟). */
const NOT_FROM_A_NAME = /^[大老小阿表堂姑舅師师公婆爺爷媽妈爸哥弟姐妹嫂伯叔姨]$/u;

/** An address after a name's character (勝伯, 鳳嫂, 陳叔): familiar, and it tells nothing else. */
const ADDRESS_AFTER = '伯|嫂|叔|姐|婆|姨|哥|嬸|婶|仔|嬤|嬷';

/**
 * A familiar form and the character it takes from the name: 阿道 and 阿勝伯 the last of the given name;
 * 老林, 小李, 勝伯 or 陳叔 the surname or the last character.
 */
// Taiwan's features call an old woman by her whole given name and 嬤 (彩霞嬤 for 王楊彩霞): the address may follow two characters.
const FAMILIAR_FORM = new RegExp(`^(?:阿(\\p{Script=Han})(?:${ADDRESS_AFTER})?|(?:老|小)(\\p{Script=Han})|(\\p{Script=Han}{1,2})(?:${ADDRESS_AFTER}))$`, 'u');

/** Whether a phrase has the shape of a familiar form (阿勝, 阿勝伯, 老林, 小李, 鳳嫂). */
export function isFamiliarForm(phrase: string): boolean {
  const match = FAMILIAR_FORM.exec(phrase);
  const taken = match?.[1] ?? match?.[2] ?? match?.[3];
  return taken !== undefined && !NOT_FROM_A_NAME.test(taken);
}

/** A Chinese personal name of two to four characters, surname first (林文勝, 楊氏鳳, 汪正道). */
const FULL_NAME = new RegExp(`^[${SURNAMES}]\\p{Script=Han}{1,3}$`, 'u');

/** Words that give a familiar form before the name (人稱阿勝伯的林文勝, 綽號老林的林志明). */
const CALLED = '人稱|人称|綽號|绰号|外號|外号|暱稱|昵称|小名|乳名';

/**
 * Familiar forms the text ties to a full name in so many words: 林文勝（阿勝伯）, 林文勝(阿勝伯), 人稱阿勝伯的林文勝, 陳橋，人稱橋叔.
 * A form tied to two different names is left out.
 */
export function familiarFormsGiven(text: string): ReadonlyMap<string, string> {
  return familiarFormsOfPairs(familiarFormPairs(text));
}

/**
 * The familiar forms a text ties to names, as [form, name] pairs in the order written. Each is found within one
 * paragraph, so a reader going paragraph by paragraph may collect them as it goes (familiarFormsOfPairs then reads them).
 */
export function familiarFormPairs(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const match of text.matchAll(/(\p{Script=Han}{2,4})[（(](\p{Script=Han}{2,3})[）)]/gu)) {
    const name = personalNameEnding(match[1] ?? '');
    if (name !== null && isFamiliarForm(match[2] ?? '')) pairs.push([match[2] ?? '', name]);
  }
  for (const match of text.matchAll(new RegExp(`(?:${CALLED})[「『“]?(\\p{Script=Han}{2,3})[」』”]?的(\\p{Script=Han}{2,4})`, 'gu'))) {
    const form = match[1] ?? '';
    // Nothing marks where a name after 的 ends (人稱阿強的周國強每天…): only a form taken from the name's last
    // character (阿強, 強伯) tells it, and the name ends there.
    const last = FAMILIAR_FORM.exec(form)?.[1];
    const end = last === undefined ? -1 : (match[2] ?? '').lastIndexOf(last);
    const name = (match[2] ?? '').slice(0, end + 1);
    if (isFamiliarForm(form) && end >= 1 && FULL_NAME.test(name)) pairs.push([form, name]);
  }
  // The name, then what people call them, as an aside (陳橋，人稱橋叔，…): the name is the whole clause before.
  for (const match of text.matchAll(new RegExp(`(?<=^|[。！？!?；;\\n，,「」“”])\\s*(\\p{Script=Han}{2,4})[，,]\\s*(?:${CALLED})[「『“]?(\\p{Script=Han}{2,3})[」』”]?(?=[，,。；;])`, 'gu'))) {
    const name = match[1] ?? '';
    if (FULL_NAME.test(name) && isFamiliarForm(match[2] ?? '')) pairs.push([match[2] ?? '', name]);
  }
  // An English name glossing the Chinese full name, or glossed by it (蘇偉良（Desmond）, Maggie（許美琪）): later mentions by the
  // English name are the full name (LABELS.md: later mentions resolve to the full name).
  for (const match of text.matchAll(/(\p{Script=Han}{2,4})[（(]([A-Z][a-z]{1,14})[）)]|([A-Z][a-z]{1,14})[（(](\p{Script=Han}{2,4})[）)]/gu)) {
    const name = match[1] !== undefined ? personalNameEnding(match[1]) : FULL_NAME.test(match[4] ?? '') ? (match[4] ?? null) : null;
    const english = match[2] ?? match[3] ?? '';
    if (name !== null) pairs.push([english, name]);
  }
  // A nickname in quote marks right before the full name (人稱「炮哥」陳清白, 綽號「白旋風」陳清白, 「玩具鄭」鄭躬洪): the name is
  // who the nickname means. Without a word of calling, only a nickname that ends on the name's surname or an address (哥, 叔).
  for (const match of text.matchAll(new RegExp(`(${CALLED})?[「『“](\\p{Script=Han}{2,4})[」』”]`, 'gu'))) {
    const form = match[2] ?? '';
    // A window just past the mark: the rest of a long text would be copied once per quote.
    const after = (match.index ?? 0) + match[0].length;
    const name = findNameAtHead(text.slice(after, after + 12));
    if (name === null || [...name].length !== 3 || !FULL_NAME.test(name) || isPersonalName(form)) continue;
    const calledSo = match[1] !== undefined || form.endsWith(name.charAt(0)) || new RegExp(`(?:${ADDRESS_AFTER})$`, 'u').test(form);
    if (calledSo) pairs.push([form, name]);
  }
  return pairs;
}

/** Each familiar form and the one name the pairs tie it to; a form tied to two different names is left out. */
export function familiarFormsOfPairs(pairs: readonly (readonly [string, string])[]): ReadonlyMap<string, string> {
  // 阿勝 is 阿勝伯 without the address: the same familiar name.
  const bare = pairs.flatMap(([form, name]): [string, string][] => {
    const stripped = new RegExp(`^(阿\\p{Script=Han})(?:${ADDRESS_AFTER})$`, 'u').exec(form)?.[1];
    return stripped === undefined ? [] : [[stripped, name]];
  });
  const forms = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const [form, name] of [...pairs, ...bare]) {
    if (forms.has(form) && forms.get(form) !== name) ambiguous.add(form);
    forms.set(form, name);
  }
  for (const form of ambiguous) forms.delete(form);
  return forms;
}

/** The personal name that ends a run of characters (的林文勝 → 林文勝), three characters before two; null if none. */
export function personalNameEnding(run: string): string | null {
  for (const length of [3, 2]) {
    const name = run.slice(-length);
    if (name.length === length && FULL_NAME.test(name)) return name;
  }
  return null;
}

/**
 * The full name a familiar form stands for: the one the text ties it to (林文勝（阿勝伯）), or else the one
 * personal name among `names` that gives it its character (阿道 for 汪正道, 阿鳳 for 楊氏鳳, 老林 for 林志明).
 * Null when the phrase is no familiar form, or no one or several fit.
 */
export function fullNameOfFamiliarForm(
  phrase: string,
  names: readonly string[],
  textSoFar: string,
  formsGiven: ReadonlyMap<string, string> = familiarFormsGiven(textSoFar),
  namedInOwnRight: (form: string) => boolean = (form) => isNamedInOwnRight(form, textSoFar),
): string | null {
  const given = formsGiven.get(phrase);
  if (given !== undefined) return given;
  if (!isFamiliarForm(phrase)) return null;
  if (namedInOwnRight(phrase)) return null;
  const match = FAMILIAR_FORM.exec(phrase);
  // 阿 takes the last character of the given name; 老, 小 and an address after may take the surname too.
  const last = match?.[1];
  const either = match?.[2] ?? match?.[3];
  // The text is searched last, for the few names whose characters fit.
  const fits = (name: string): boolean =>
    FULL_NAME.test(name) && name.length >= 3 && name !== phrase && (last !== undefined ? name.endsWith(last) : either !== undefined && (name.startsWith(either) || name.endsWith(either))) && isNamedBefore(name, phrase, textSoFar);
  const fuller = new Set(names.filter(fits));
  return fuller.size === 1 ? ([...fuller][0] ?? null) : null;
}

/** The personal names a text gives its people: at the head of a clause (張立表示…), or after an age (44歲汪正道). */
export function personalNamesAtClauseHeads(text: string): string[] {
  const heads = text.split(/[，,。：:；;！？!?\n“”「」『』]/u).map((clause) => findNameAtHead(clause.trim()));
  // A feature gives its people's age before their name (44歲汪正道, 現年59歲的林文勝): the name is the three characters after.
  const aged = [...text.matchAll(new RegExp(`[0-9０-９一二三四五六七八九十]+[歲岁](?:的)?([${SURNAMES}]\\p{Script=Han}{2})`, 'gu'))].map((match) => match[1] ?? null);
  return [...new Set([...heads, ...aged].filter((name): name is string => name !== null && isPersonalName(name)))];
}

/**
 * What follows a name as the subject of its clause: an adverb, a preposition or the first character of a verb of saying
 * (謝銘祐已奪下, 謝銘祐仍要, 謝銘祐說). Not 的, which follows a name and a noun alike (謝銘祐的 and 金融業的).
 */
const SUBJECT_FOLLOWER = /^[也已又還还將将曾仍再更便即就並并均亦則则在於于對对向與与和跟說说表指稱称認认強强透坦直回告提笑]/u;

/** What opens a clause before its subject: a clause mark, a connective (不過, 但), or an age (28歲的). */
const CLAUSE_OPENER = '(?:^|[，,。：:；;！？!?\\n」”』]|不過|不过|但是?|而|並且|并且|另外|此外|[0-9０-９一二三四五六七八九十]+[歲岁]的?)\\s*';
const CLAUSE_OPENING_NAME = new RegExp(`${CLAUSE_OPENER}([${SURNAMES}]\\p{Script=Han}{2})`, 'gu');
/** Two given characters both of the kind that spells foreign names (吉布提, 布基納): a place or a foreigner, spelled, not a surname and given name. */
const SPELLED_GIVEN_NAME = new RegExp(`^.[${TRANSLITERATING}]{2}$`, 'u');

/**
 * Personal names the text makes the subject of a clause it opens, and names again (…，謝銘祐已奪下…，謝銘祐仍要…): who a
 * later 他 or 她 can be, though no title or verb of saying introduced them. A surname and two characters, opening a
 * clause (not the tail of a longer word: 馬來西亞, 中國恒大) and written twice or more.
 */
export function namesRecurringAsSubjects(text: string): string[] {
  const heads = new Set<string>();
  for (const match of text.matchAll(CLAUSE_OPENING_NAME)) {
    const name = match[1] ?? '';
    if (SUBJECT_FOLLOWER.test(text.charAt((match.index ?? 0) + match[0].length)) && isPersonalName(name) && !SPELLED_GIVEN_NAME.test(name) && !SUBJECT_FOLLOWER.test(name.charAt(2))) heads.add(name);
  }
  // A two-character name read with the verb after it (宋凯|退还, 宋凯是…): its first two characters stand elsewhere without the third.
  return [...heads].filter((name) => text.split(name).length - 1 >= 2 && text.split(name.slice(0, 2)).length === text.split(name).length);
}

/** Where a clause starts, for reading what opens it. */
const CLAUSE_STARTS = /(?:^|[，,。：:；;！？!?\n」”』])\s*/gu;

/**
 * English given names Hong Kong and Taiwan copy gives its people right after their role or description (艙務長Kelvin,
 * 26歲的Zoe) and writes again (Kelvin更擔心…): known names, so a clause they open is theirs and a later 他 can be them.
 * A brand or app the text names (Uber, WhatsApp) comes after no role.
 */
const LATIN_NAME_AFTER_ROLE = /(?<=(?:[長长員员師师監监理管姐哥生士者的]|小姐|先生))([A-Z][a-z]{1,11})(?![A-Za-z])/gu;

export function latinNamesAfterRoles(text: string): string[] {
  const named = new Set([...text.matchAll(LATIN_NAME_AFTER_ROLE)].map((match) => match[1] ?? ''));
  return [...named].filter((name) => name !== '' && text.split(new RegExp(`(?<![A-Za-z])${name}(?![A-Za-z])`, 'u')).length - 1 >= 2);
}

/** The character before 會 in a body's name (商會, 協會, 工會, 公會, 學會, 總會, 議會, 農會). */
const BODY_BEFORE_HUI = /[商協协工公學学總总議议農农]$/u;

/**
 * Full names that open a clause after a description (同样是在科隆大学学习经济的王增磊就没有这样乐观了) and that the text writes
 * again: a noun opening with a surname's character takes the same shape once (…的房租也…), a person is named again.
 */
export function namesDescribedAtHeads(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(CLAUSE_STARTS)) {
    // A clause a verb of saying hands over to is the saying, not the text's own subject.
    if (HANDS_OVER_BEFORE.test(text.slice(Math.max(0, (match.index ?? 0) - 12), (match.index ?? 0) + match[0].length))) continue;
    const name = findDescribedNameAtHead(text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 60));
    if (name !== null) found.add(name);
  }
  // Three characters only, and none ending as a measure or a kind does (成交量, 利用率): two-character nouns opening with a surname's
  // character (房租, 管理, 习惯, 万科) recur as often as names do.
  // Nor a body's name read short of its 會 as if that were a modal (北京的欧盟商|会公布: 商会, 协会, 工会, 总会).
  const candidates = [...found].filter((name) => [...name].length === 3 && !/[量率額额價价費费節节性化業业者們们上下中內内外]$/u.test(name) && !(BODY_BEFORE_HUI.test(name) && (text.includes(`${name}會`) || text.includes(`${name}会`))));
  if (candidates.length === 0) return [];
  // Counted in one pass over the text, not once per name: an article of thousands of people stays linear.
  const counts = new Map<string, number>();
  const wanted = new Set(candidates.flatMap((name) => [name, name.slice(0, 2)]));
  for (let at = 0; at + 2 <= text.length; at += 1) {
    for (const length of [2, 3]) {
      const run = text.slice(at, at + length);
      if (wanted.has(run)) counts.set(run, (counts.get(run) ?? 0) + 1);
    }
  }
  return candidates.filter((name) => (counts.get(name) ?? 0) >= 2 && counts.get(name.slice(0, 2)) === counts.get(name));
}

/** A title written after a full name (羅智先董事長, 張和教授): nothing a verb or an adverb is followed by. */
const TITLE_WRITTEN_AFTER_NAME = '(?:董事長|董事长|總經理|总经理|總裁|总裁|主席|執行長|执行长|先生|女士|教授|博士|院長|院长|部長|部长|局長|局长|市長|市长)';
const NAME_ENDING_LIKE_A_PREDICATE = new RegExp(`([${SURNAMES}]\\p{Script=Han}[也已又還还將将曾仍再更便即就並并均亦則则在於于對对向與与和跟先])(?=${TITLE_WRITTEN_AFTER_NAME})`, 'gu');

/**
 * Full names whose last character also opens a predicate (羅智先, 張和, 李均): read before a verb, 羅智先表示 looks like 羅智
 * "first" saying. The text settles it when it writes the name before a title (羅智先董事長) and never writes its first two
 * characters without the third.
 */
export function namesEndingLikeAPredicate(text: string): string[] {
  const found = new Set([...text.matchAll(NAME_ENDING_LIKE_A_PREDICATE)].map((match) => match[1] ?? ''));
  return [...found].filter((name) => isPersonalName(name) && text.split(name).length >= 3 && text.split(name.slice(0, 2)).length === text.split(name).length);
}

/** A familiar form opening a clause (阿真表示, 阿真看著次子, 34歲的阿真). */
const CLAUSE_OPENING_FAMILIAR_FORM = new RegExp(`${CLAUSE_OPENER}(阿\\p{Script=Han}(?:${ADDRESS_AFTER})?|[老小]\\p{Script=Han})(?=[^的之])`, 'gu');

/**
 * The familiar forms a text makes its people the subject of clauses by, once it has named them in full (王慕真說…,
 * then 阿真表示…, 阿真看著次子，不捨地說): each the one speaker's name it stands for, so a clause it opens has that subject.
 */
export function familiarFormsAtClauseHeads(text: string, speakers: readonly string[], formsGiven: ReadonlyMap<string, string>): string[] {
  const forms = new Set([...text.matchAll(CLAUSE_OPENING_FAMILIAR_FORM)].map((match) => match[1] ?? ''));
  return [...forms].filter((form) => isFamiliarForm(form) && fullNameOfFamiliarForm(form, speakers, text, formsGiven) !== null);
}

/** Notes in brackets that give a name in its own right: a pseudonym or an age (阿芬（化名）, 阿明（45歲）). */
const OWN_NOTE = /^[（(](?:化名|假名|匿名|非真名|[0-9０-９一二三四五六七八九十]+[歲岁])/u;

/**
 * Whether the text introduces a familiar form as the name of someone in its own right (阿芬（化名）, 化名阿芬):
 * then it is no later mention of a full name that happens to share its character. What is read around the form stays
 * within its paragraph, so a reader may pass each new paragraph alone.
 */
export function isNamedInOwnRight(form: string, text: string): boolean {
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) {
    if (OWN_NOTE.test(text.slice(at + form.length, at + form.length + 6)) || /(?:化名|假名)[為为是叫]?$/u.test(text.slice(Math.max(0, at - 3), at))) return true;
  }
  return false;
}

/** Whether the text names a person in full before it first uses the familiar form: only then is the form a later mention. */
function isNamedBefore(name: string, form: string, text: string): boolean {
  const named = text.indexOf(name);
  const formed = text.indexOf(form);
  return named !== -1 && (formed === -1 || named < formed);
}

/**
 * The familiar forms of a full name the text uses and that resolve to it (阿勝伯 and 阿勝 for 林文勝 when the
 * text gives 林文勝（阿勝伯）; 阿道 for 汪正道): how a paragraph may mention the speaker without the name.
 */
export function familiarFormsOf(name: string, names: readonly string[], text: string, formsGiven: ReadonlyMap<string, string> = familiarFormsGiven(text)): string[] {
  if (!FULL_NAME.test(name)) return [];
  const surname = name.charAt(0);
  const last = name.charAt(name.length - 1);
  const addresses = ADDRESS_AFTER.split('|');
  // The whole two-character given name and an address (彩霞嬤 for 王楊彩霞).
  const givenTwo = [...name].length >= 3 ? name.slice(-2) : null;
  const shapes = [`阿${last}`, ...addresses.map((address) => `阿${last}${address}`), `老${surname}`, `小${surname}`, `小${last}`, ...addresses.flatMap((address) => [`${surname}${address}`, `${last}${address}`, ...(givenTwo === null ? [] : [`${givenTwo}${address}`])])];
  const given = [...formsGiven].filter(([, full]) => full === name).map(([form]) => form);
  const implied = shapes.filter((form) => text.includes(form) && fullNameOfFamiliarForm(form, [...new Set([...names, name])], text, formsGiven) === name);
  return [...new Set([...given, ...implied])];
}

/**
 * Characters that are surnames but, alone before a verb, are far more often a word of the clause (但稱, 于是,
 * 何以, 和, 向): never read as a surname standing for a name.
 */
const FUNCTION_SURNAMES = /^[應应能要可有相共但于於何和向及與与同其更也又並并且而卻却再就才都亦則则仍還还曾已將将所以被把對对從从為为在由第本該该此這这那]$/u;

/** Whether a phrase is one surname alone, as Hong Kong copy mentions someone named before (鄭謂, 黃續指, 管今早稱). */
export function isBareSurname(phrase: string): boolean {
  return phrase.length === 1 && SURNAMES.includes(phrase) && !FUNCTION_SURNAMES.test(phrase);
}

/** Characters that end a name's window in running text (鄭的精神, 黃續指, 王表示): a clause word, not a given name. */
const NOT_IN_GIVEN_NAME = /[的是在了與与和及而也又都就將将會会說说稱称指表示續续今昨並并向對对從从為为被把等仍只卻却亦曾已再更還还均皆則则即便於于認认提強强透回答問问謂谓]/u;

/**
 * How often each run of a surname and two characters is written in `text` (鄭威濤; not 鄭又指, whose characters no given name
 * has), added to `into`. A run never crosses a paragraph's end, so a reader may pass each new paragraph alone and keep the counts.
 */
export function surnameRunsIn(surname: string, text: string, into = new Map<string, number>()): Map<string, number> {
  for (const match of text.matchAll(new RegExp(`${surname}(\\p{Script=Han}{2})`, 'gu'))) {
    const given = match[1] ?? '';
    if (!NOT_IN_GIVEN_NAME.test(given)) into.set(`${surname}${given}`, (into.get(`${surname}${given}`) ?? 0) + 1);
  }
  return into;
}

/**
 * The full name a surname alone stands for (鄭 for 鄭威濤): among the surname-and-two-characters runs of the text before
 * the mention, the one written at least twice (the name, where 鄭上訴 or 鄭擅自 are clauses written once), or the only
 * run there is; or the one name among `heard` (people already quoted) that opens with it. When two fit, the one the
 * paragraph names before the mention (莊天麟指，…。莊說︰); else null (黃美慧與黃偉明…黃續指): precision first.
 */
export function fullNameOfBareSurname(surname: string, heard: readonly string[], textBefore: string, paragraphBefore = ''): string | null {
  if (!isBareSurname(surname)) return null;
  return fullNameOfBareSurnameFrom(surname, heard, { runs: surnameRunsIn(surname, textBefore), writes: (name) => textBefore.includes(name) }, paragraphBefore);
}

/**
 * fullNameOfBareSurname from what was read of the text before the mention: its runs of the surname (surnameRunsIn) and whether
 * it writes a name. A reader going through an article gathers both paragraph by paragraph instead of reading it all again.
 */
export function fullNameOfBareSurnameFrom(surname: string, heard: readonly string[], read: { runs: ReadonlyMap<string, number>; writes: (name: string) => boolean }, paragraphBefore = ''): string | null {
  if (!isBareSurname(surname)) return null;
  const fits = new Set(heard.filter((name) => FULL_NAME.test(name) && name.startsWith(surname) && read.writes(name)));
  const { runs } = read;
  const repeated = [...runs].filter(([, count]) => count >= 2).map(([run]) => run);
  for (const run of repeated.length > 0 || runs.size !== 1 ? repeated : [...runs.keys()]) fits.add(run);
  if (fits.size === 1) return [...fits][0] ?? null;
  // Two people with the surname (莊天麟指，… and 莊思寧指，…): the one the paragraph has named before the mention, if only one.
  const inParagraph = [...fits].filter((name) => paragraphBefore.includes(name));
  return inParagraph.length === 1 ? (inParagraph[0] ?? null) : null;
}

/** Whether a two-character name is the given name of a three-character one (尤金 of 周尤金): the full name less its surname. */
export function isGivenNameOf(given: string, full: string): boolean {
  return [...given].length === 2 && [...full].length === 3 && full.endsWith(given) && FULL_NAME.test(full) && isPersonalName(full);
}

/**
 * Whether a text writes a full name before it writes the given name alone (周尤金…尤金, not 郁亮…记者向郁亮提问): the first
 * given name written is the one inside the full name.
 */
export function givenNameFollowsFullName(given: string, full: string, text: string): boolean {
  const first = text.indexOf(full);
  // A given name glossed as a pseudonym (紮鐵師傅長毛（化名）, where 傅長毛 reads as a name) is the whole name it was given.
  return first !== -1 && text.indexOf(given) === first + full.length - given.length && !new RegExp(`${escapeRegExp(given)}${PSEUDONYM_GLOSS}`, 'u').test(text);
}

/**
 * Whether a three-character name is another one mistyped in its last character (王文斌 for 王文彬, 韩世通 for 韩世同): same surname and
 * first given character, both read as personal names. Copy seldom quotes two people whose names differ only so.
 */
export function isMistypedName(name: string, known: string): boolean {
  return name !== known && [...name].length === 3 && [...known].length === 3 && name.slice(0, 2) === known.slice(0, 2) && isPersonalName(name) && isPersonalName(known);
}
