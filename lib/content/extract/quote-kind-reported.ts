/**
 * Short quotes inside someone's reported words that are shaped as a predicate, not a name: what
 * LABELS.md calls "a figurative or evaluative word of the speaker's that names nothing". Names,
 * schemes and slogans are nouns; the shapes here are ones a noun cannot take:
 *
 * - right after a word that only ever modifies a verb (並沒有隨意「畫餅」, 需要一個能夠「全力以赴」的人), so the
 *   quote is a verb phrase;
 * - right after a verb linking its subject to a state (變得「進退兩難」, 看起來「很美」), so the quote describes.
 *
 * A verb phrase qualifies a noun with 的 as often as it closes its clause (能夠「全力以赴」的人), so, unlike the
 * predicate rules of quote-kind.ts, either will do; the caller asks for someone speaking in the sentence or paragraph.
 */

/**
 * Words that modify only a verb: manner adverbs (隨意, 盲目, 刻意), the negations of 未 (並未, 從未), and the
 * modals of ability and will (能夠, 願意, 敢於). 過度 is left out: it also qualifies nouns (過度「金融化」, a
 * concept); so is 旨在, whose object is as often a policy's slogan (旨在「穩增長」).
 */
const VERB_ONLY_MODIFIER = new RegExp(
  '(?:隨意|随意|盲目|刻意|故意|蓄意|輕易|轻易|一味|肆意|任意|貿然|贸然|草率|胡亂|胡乱|大肆|' +
    // Manner of a deed done to someone (公然「…」, 當眾「…」, 強行「…」).
    '公然|當眾|当众|暗中|偷偷|悄悄|強行|强行|硬生生|' +
    '並未|并未|從未|从未|未曾|不曾|尚未|能夠|能够|願意|愿意|敢於|敢于|試圖|试图|企圖|企图)\\s*$',
);

/**
 * 直接 modifies a verb (直接「餓狼撲身」。) but also nouns of finance and cause (直接融資, 直接原因): only a quote after it that
 * closes its clause is taken for a verb phrase.
 */
const VERB_MODIFIER_BEFORE_CLOSING = /直接\s*$/;

/**
 * Verbs linking a subject to how it seems or turns out, perhaps with a degree after them (變得「…」, 顯得更加「…」,
 * 看起來「…」): they take a state, an adjective or a verb phrase, never a name, so the quote after them is a description. 變成 and 成為 are left out: they take nouns
 * (成為「新基建」投資的主要內容).
 */
const LINKS_TO_A_STATE = /(?:變得|变得|顯得|显得|看起來|看起来|看上去|聽起來|听起来|彷彿|仿佛)(?:更加|更為|更为|越來越|越来越|愈來愈|愈来愈|很|非常|十分|相當|相当|有點|有点|有些)?\s*$/;

/** Whether the quote follows 直接, a verb phrase when the quote closes its clause (直接「餓狼撲身」。). */
export function followsVerbModifierWhenClosing(leadIn: string): boolean {
  return VERB_MODIFIER_BEFORE_CLOSING.test(leadIn);
}

/** Whether the quote follows a word that modifies only a verb, so it is a verb phrase (隨意「畫餅」). */
export function followsVerbOnlyModifier(leadIn: string): boolean {
  return VERB_ONLY_MODIFIER.test(leadIn);
}

/** Whether the quote follows a verb that links its subject to a state (變得「…」, 看起來「…」), so it describes. */
export function followsLinkToAState(leadIn: string): boolean {
  return LINKS_TO_A_STATE.test(leadIn);
}
