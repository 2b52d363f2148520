import { isBareTitle, isBodyName, isLetteredSource, isPersonalName, NAMING_MANNER } from './name-shape';

/**
 * Descriptors that stand for a source without naming one (某業務人士, 知情人士, 消息人士, 網友,
 * 業內人士, 一位分析師, 有關負責人): an unnamed source of one article, never a person across the archive.
 */
const UNNAMED_OPENING = /^(?:某|一位|一名|一個|一个|多位|多名|數位|数位|部分|部份|有關|有关|相關|相关|該|该|這位|这位|這名|这名|不少|許多|许多|一些|有的|有|另一|另一位|其他|其它|外界|市場|市场|業界|业界|業內|业内)/;
const UNNAMED_ENDING = /(?:人士|網友|网友|網民|网民|消息|知情者|者|人員|人员|中[層层]|高[層层]|市民|股民|投資人|投资人|散戶|散户|分析|機構|机构|法人|中介|經紀|经纪|代理|老手|操盤手|操盘手|男子|女子|婦人|妇人|老翁|老婦|老妇|長者|长者)$/;
const NOT_A_NAME = /^(?:記者|记者|主持人|編者|编者|本報|本报|本刊|官方|公司|集團|集团|政府|當局|当局|央行|市場|市场|對方|对方|社論|社论|報告|报告|公告|聲明|声明|文章|通知)$/;

/** A body's staff by their job (负责人, 工作人员, 发言人, 客服), perhaps marked as the relevant ones (相关负责人): regex source. */
export const STAFF_JOB = '(?:相關|相关|有關|有关)?(?:負責人|负责人|工作人員|工作人员|發言人|发言人|客服(?:人員|人员)?)';

/** A source's wish not to be named, before the descriptor (不愿透露姓名的, 要求匿名的): part of how the text names them. */
export const ANONYMITY_ASKED = new RegExp(`^${NAMING_MANNER}`, 'u');

/**
 * What a description holds and a name does not: a clause before 的, a count inside (南京一位建材公司老闆),
 * or only a surname and an honorific (李女士: which 李 differs from article to article).
 */
const DESCRIBED = /的|一位|一名|某/u;
const HONORIFIC_ONLY = /^\p{Script=Han}{1,2}(?:先生|女士|小姐|太太)$/u;
/** Groups and trades spoken of as a whole (賣家, 米粉, 離職員工, 業主, 賣酒商人, 小黃運將). */
const GROUP_ENDING = /(?:家|粉|粉絲|粉丝|戶|户|商|商人|主|員工|员工|客|友|民|人|員|员|老闆|老板|師傅|师傅|阿姨|運將|运将)$/u;

/** Whether a speaker is a descriptor for an unnamed source rather than a person or body with a name. */
export function isUnnamedSource(speaker: string): boolean {
  if (UNNAMED_OPENING.test(speaker) || UNNAMED_ENDING.test(speaker) || NOT_A_NAME.test(speaker) || isBareTitle(speaker) || HONORIFIC_ONLY.test(speaker) || isLetteredSource(speaker)) return true;
  // A three-character personal name may end like a group (張國民); two characters (米粉) are read as the group.
  if ((isPersonalName(speaker) && speaker.length >= 3) || isBodyName(speaker)) return false;
  return DESCRIBED.test(speaker) || GROUP_ENDING.test(speaker);
}
