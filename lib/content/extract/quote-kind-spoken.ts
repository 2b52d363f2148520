/**
 * Signs in the quoted words themselves that they were said: how a clause opens, a question, a
 * particle of speech, spoken Cantonese. Names, slogans and products rarely carry them.
 */

/**
 * How a clause, never a name, opens: a negated or modal verb (不知, 不想, 無法, 唔), a question word
 * anywhere (怎辦, 為何), or a particle of speech closing it (好難呀, 點算呢).
 */
const NEGATED_OR_MODAL_OPENING = /^(?:不知|不想|不要|不敢|不願|不愿|不用|不必|不得不|不可能|不能|不會|不会|沒法|没法|無法|无法|沒有|没有|別|别|唔|冇|寧願|宁愿|只能|只好|唯有|惟有)/;
const QUESTION_WORD = /怎|點算|点算|點樣|点样|甚麼|什麼|什么|為何|为何|如何|哪(?!吒)|誰|谁|幾時|几时/;
const SPOKEN_PARTICLE_AT_END = /[啦呀吧嗎吗呢喇囉啰啊嘛咩噃㗎]$/;
/** The particles that close only speech: 吧 also ends names of places (貼吧, 酒吧). */
const SPEECH_ONLY_PARTICLE_AT_END = /[啦呀嗎吗呢喇囉啰啊嘛咩噃㗎][？?！!]?$/;

/**
 * The grammar words of spoken Cantonese (唔, 冇, 咗, 嘅, 啲, 佢, 喺, 嘢): written copy is in standard Chinese, so a quote
 * in Cantonese gives someone's words (有市民大呻「捱唔住」).
 */
const CANTONESE_GRAMMAR_WORD = /[唔冇咗嘅啲佢喺嘢哋嚟嗰]/;

/** Someone speaking of themselves (我們, 我哋, 咱們, 我 not as "our" country, city or firm, nor 我的 of a menu or a title: 「我的-我的資產」, 「我的世界」): words said. */
const FIRST_PERSON = /我們|我们|我哋|咱們|咱们|我(?![國国市省縣县區区校院司行黨党軍军方的])/;

/**
 * A modal, a negated verb or a question of whether inside, or a closing 了: the grammar of a clause, which names lack (「不是太合拍」,
 * 「肉快不够了」). So is a future or a state reached after a subject (「脱钩将加速」, 「商人變成次要角色」), and what a thing makes one
 * feel (「更令人期待」), and a modal of what will happen after an adverb (「港息始終會跟隨美息走」), and a predicate opening on how or how
 * far it goes (「只是掛名」, 「呈现加快增长态势」, 「好好做生意」).
 */
const CLAUSE_GRAMMAR = /(?:始終|始终|一直|仍然|還是|还是|肯定|一定|勢必|势必|終將|终将)(?:會|会)(?=\p{Script=Han})|應該|应该|必須|必须|一定要|不能|不會|不会|不要|不是|不夠|不够|能否|會否|会否|可否|[^為为除]了$|(?<=\p{Script=Han})(?:將|将)(?=\p{Script=Han})|令人|(?<=\p{Script=Han})(?:變成|变成|變得|变得)|已經|已经|沒有|没有|無法|无法|^(?:只是|僅僅|仅仅|好好|呈現|呈现|持續|持续|逐步|不斷|不断|明顯|明显|難以|难以|很難|很难|正在|依然|依舊|依旧)(?=\p{Script=Han}{2})/u;

/** Whether quoted words carry a clause's own grammar: a modal, a negation, a question of whether, a closing 了. */
export function hasClauseGrammar(inner: string): boolean {
  return CLAUSE_GRAMMAR.test(inner.trim());
}

/** Whether quoted words hold the first person of whoever says them (「我哋一齊著過防暴裝打暴動」). */
export function speaksOfSelf(inner: string): boolean {
  return FIRST_PERSON.test(inner);
}

/** Cantonese 話 (說) after its subject or an adverb (佢就話「…」); 電話, 對話 and 講話 as nouns are not before it. */
const CANTONESE_SAYS = /(?:佢|我|你|佢哋|我哋|你哋|就|又|都|仲|亦|成日|淨係)話\s*$/;

/** Whether quoted words read as a clause someone says, though short: by how they open, ask or end. */
export function readsAsSpokenClause(inner: string): boolean {
  const words = inner.trim();
  return NEGATED_OR_MODAL_OPENING.test(words) || QUESTION_WORD.test(words) || SPOKEN_PARTICLE_AT_END.test(words);
}

/** Whether quoted words carry what only speech has: a closing particle (唔知呀, 點算呢) or Cantonese grammar (捱唔住). */
export function soundsSpoken(inner: string): boolean {
  const words = inner.trim();
  return SPEECH_ONLY_PARTICLE_AT_END.test(words) || CANTONESE_GRAMMAR_WORD.test(words);
}

/** Whether the lead-in ends with Cantonese 話 used as a verb of saying. */
export function endsWithCantoneseSays(leadIn: string): boolean {
  return CANTONESE_SAYS.test(leadIn);
}
