import { isPersonalName, SURNAMES, TITLE_SOURCE } from './name-shape';

/**
 * A speaker phrase that the clause trimmer could not cut down to a name, though it holds the full name of someone the
 * article names elsewhere: 黃國昌22日於淡水場民眾黨 (the name, then when and where), 王鴻薇歎 (the name, then a verb of
 * feeling glued on), 建商信心不足葉凌棋 (a crawl's run-in subhead, then the name). The name the article gives is a far
 * better guess than the fragment, which the confidence gate would withhold: reading the person the text already knows
 * needs no list of every adverb, place or subhead a new outlet writes between a name and its verb.
 */

/** What may follow a name before its verb: a time, a place, an adverb of sequence or manner. */
const AFTER_NAME = /^(?:\d|[０-９]|[一二三四五六七八九十]+[日號号]|[昨今前明本上下當当同稍早晚近日]|[於于在也亦則则更還还又再並并曾卻却即便就隨随接續续對对向]|接受|出席|參加|参加|受訪|受访|透過|透过)/u;

/** Words that join another person to the one named (X與Y, X和Y): the phrase is then about two. */
const JOINS_ANOTHER = /[和與与及、跟同暨]/u;

/**
 * The known personal name a fragment opens or closes with, when it is the one person the fragment names: the longest
 * name that opens it, followed by a time, place or adverb (or by one character); or else the name that closes it, when
 * no other known name stands before. Only names of three characters or more: two (万科, 公司, 车主) are as often a
 * company or a word that opens with a surname. Null when no known name anchors it.
 */
export function personAnchoringPhrase(phrase: string, knownNames: readonly string[]): string | null {
  const names = [...new Set(knownNames)].filter((name) => [...name].length >= 3 && isPersonalName(name)).sort((a, b) => b.length - a.length);
  const others = (name: string, text: string) => names.some((other) => other !== name && !name.includes(other) && text.includes(other));
  for (const name of names) {
    if (!phrase.startsWith(name) || phrase === name) continue;
    const rest = phrase.slice(name.length);
    // The rest must not read as more of a longer name (王明 in 王明華說): only a time, place or adverb opens it, or
    // a single character after a full name of three.
    const opensAdverbial = AFTER_NAME.test(rest) || ([...rest].length === 1 && !/[等們们之]/u.test(rest));
    if (opensAdverbial && !JOINS_ANOTHER.test(rest.slice(0, 1)) && !rest.includes('的') && !others(name, rest)) return name;
  }
  for (const name of names) {
    if (!phrase.endsWith(name) || phrase === name) continue;
    const head = phrase.slice(0, -name.length);
    if (!others(name, head) && !JOINS_ANOTHER.test(head.slice(-1)) && !/[的之]$/u.test(head)) return name;
  }
  return null;
}

const TITLED_NAME = new RegExp(`(?:${TITLE_SOURCE})([${SURNAMES}]\\p{Script=Han}{2})`, 'gu');

/**
 * The full names an article gives with a title (民眾黨立委黃國昌, 總經理葉凌棋) and writes again elsewhere: people it
 * names for certain, though it may never quote them in a shape the clause reader knows. Written once, three characters
 * after a title may take the verb's first character (王石表|示), so a name must recur, and not always with the same
 * character after it (a transliterated 馬亨德拉).
 */
export function titledNamesIn(text: string): string[] {
  const titled = [...text.matchAll(TITLED_NAME)].map((match) => match[1] ?? '').filter((name) => isPersonalName(name));
  return [...new Set(titled)].filter((name) => text.split(name).length - 1 >= 2 && !isAlwaysLonger(name, text));
}

/** Whether every mention of a name runs on into the same character (馬亨德|拉 each time): the name is longer. */
function isAlwaysLonger(name: string, text: string): boolean {
  const next = new Set(text.split(name).slice(1).map((after) => after.slice(0, 1)));
  return next.size === 1 && /\p{Script=Han}/u.test([...next][0] ?? '');
}
