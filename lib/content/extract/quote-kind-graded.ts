/**
 * Quoted words that grade a quality (「很重要」, 「非常糟糕」, 「十分艱難」): a degree adverb opens them and a
 * short quality follows. Names, schemes and slogans are not graded, so such words are someone's
 * judgement, as LABELS.md has it ("a figurative or evaluative word of the speaker's that names nothing
 * is speech"), whether they close a clause (制度「很重要」，) or qualify a noun in someone's words
 * (受到「非常糟糕」待遇).
 *
 * 最 and 太 are left out: they open names as often (「最美逆行者」, 「最多跑一次」, 「太平洋」).
 */

/** Degree adverbs that grade what follows; 極 alone also opens nouns (極地, 極光), so only its two-word forms count. */
const DEGREE_OPENING = '(?:很|非常|十分|相當|相当|極其|极其|極為|极为|極度|极度|特別|特别|格外|挺|蠻|蛮|頗為|颇为|異常|异常)';

/**
 * A little, rather, too, or not quite, before a quality of one or two characters (「有点过了」, 「並不現實」, 「不太理想」): graded
 * as much as 很 grades. Not 比較, which opens names (比較優勢理論, 比较文学).
 */
const SOFT_DEGREE_OPENING = '(?:有點|有点|有些|稍微|略微|略為|略为|較為|较为|過於|过于|太過|太过|並不|并不|不太|不算)';

/** A degree adverb and a quality of one to four characters, nothing else (「很正常」, 「非常糟糕」). */
const GRADED_QUALITY = new RegExp(`^(?:${DEGREE_OPENING}\\p{Script=Han}{1,4}|${SOFT_DEGREE_OPENING}\\p{Script=Han}{1,2})$`, 'u');

/** Whether quoted words are a quality graded by a degree adverb (「很重要」), which no name is. */
export function isGradedQuality(inner: string): boolean {
  return GRADED_QUALITY.test(inner.trim());
}

/** A superlative of one to three characters (「最透明」, 「最完善」, 「最佳人選」): short enough to be no name (「最美逆行者」 is one). */
const SHORT_SUPERLATIVE = /^最\p{Script=Han}{1,3}$/u;

/** Whether quoted words are a short superlative, which in someone's reported words is their judgement (LABELS.md's 「最完善」). */
export function isShortSuperlative(inner: string): boolean {
  return SHORT_SUPERLATIVE.test(inner.trim());
}
