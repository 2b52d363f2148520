import { isBareTitle } from './name-shape';

/**
 * Descriptors that stand for a source without naming one (某業務人士, 知情人士, 消息人士, 網友,
 * 業內人士, 一位分析師, 有關負責人): an unnamed source of one article, never a person across the archive.
 */
const UNNAMED_OPENING = /^(?:某|一位|一名|一個|一个|多位|多名|數位|数位|部分|有關|有关|相關|相关|該|该|這位|这位|這名|这名|不少|許多|许多|一些|有的|有|另一|另一位|其他|其它|外界|市場|市场|業界|业界|業內|业内)/;
const UNNAMED_ENDING = /(?:人士|網友|网友|消息|知情者|者|人員|人员|市民|股民|投資人|投资人|散戶|散户|分析|機構|机构|法人)$/;
const NOT_A_NAME = /^(?:記者|记者|主持人|編者|编者|本報|本报|本刊|官方|公司|集團|集团|政府|當局|当局|央行|市場|市场|對方|对方|社論|社论|報告|报告|公告|聲明|声明|文章|通知)$/;

export function isUnnamedSource(speaker: string): boolean {
  return UNNAMED_OPENING.test(speaker) || UNNAMED_ENDING.test(speaker) || NOT_A_NAME.test(speaker) || isBareTitle(speaker);
}
