/**
 * Evaluative words: a judgement of how something stands (疲弱, 審慎樂觀, 嚴峻, 遺憾), perhaps graded
 * (非常嚴峻, 較為樂觀). Quoted in someone's sentence they are that person's wording, as LABELS.md has
 * it ("a figurative or evaluative word of the speaker's that names nothing is speech"); they name no
 * scheme, product or body. A class of words, both scripts, kept to judgements a reporter quotes.
 */

const JUDGEMENTS = [
  // How hard or how weak things are.
  '強勁', '强劲', '疲弱', '疲軟', '疲软', '低迷', '嚴峻', '严峻', '困難', '困难', '艱難', '艰难', '艱巨', '艰巨',
  '複雜', '复杂', '嚴重', '严重', '可控', '過熱', '过热', '偏高', '偏低', '過高', '过高', '過低', '过低',
  '見底', '见底', '觸底', '触底', '企穩', '企稳', '回暖', '好轉', '好转', '轉差', '转差', '惡化', '恶化', '向好',
  '不俗', '不錯', '不错', '失衡', '脆弱',
  // Outlook.
  '樂觀', '乐观', '悲觀', '悲观', '審慎樂觀', '审慎乐观', '謹慎樂觀', '谨慎乐观', '正面', '負面', '负面',
  // Feelings and verdicts a speaker states.
  '滿意', '满意', '失望', '遺憾', '遗憾', '震驚', '震惊', '憤怒', '愤怒', '無奈', '无奈', '可惜', '痛心', '欣慰',
  '荒謬', '荒谬', '離譜', '离谱', '不公', '不公平', '不可接受', '無法接受', '无法接受', '不負責任', '不负责任',
  // Idioms of judgement used as a predicate.
  '為時尚早', '为时尚早', '為時過早', '为时过早', '言之過早', '言之过早', '操之過急', '操之过急', '不容樂觀', '不容乐观',
  '雪上加霜', '難以為繼', '难以为继', '勢在必行', '势在必行', '刻不容緩', '刻不容缓', '迫在眉睫', '前所未有', '史無前例', '史无前例',
  '得不償失', '得不偿失', '事倍功半', '杯水車薪', '杯水车薪', '適得其反', '适得其反',
  '意料之內', '意料之内', '意料之中', '意料之外', '預期之內', '预期之内', '符合預期', '符合预期', '不符預期', '不及預期', '不及预期',
];

/**
 * Left out on purpose: the stance words of economic policy (穩健, 積極, 審慎, 中性, 合理, 充裕, 寬鬆, 穩定, 靈活), which
 * mainland copy quotes as the policy's label (貨幣政策要「穩健」, 財政政策「積極」) — a term by LABELS.md — and plain
 * words a writer scare-quotes as often as a speaker says them (正常, 良好, 健康, 理性, 保守).
 */

/** Degree words a judgement may carry before it (非常嚴峻, 較為理想, 相當樂觀). */
const DEGREE = '(?:很|非常|十分|相當|相当|較為|较为|比較|比较|較|较|更|最|極為|极为|極其|极其|極|极|頗為|颇为|頗|颇|太|好|有點|有点|有些|略為|略为|略|尚算|仍然|仍|依然|相對|相对)?';

const EVALUATIVE = new RegExp(`^${DEGREE}(?:${[...JUDGEMENTS].sort((a, b) => b.length - a.length).join('|')})[的了]?$`);

/** Whether quoted words are a judgement alone, perhaps graded (「疲弱」, 「非常嚴峻」), not a name. */
export function isEvaluativeWord(inner: string): boolean {
  return EVALUATIVE.test(inner.trim());
}
