/**
 * Which era the copy counts its years in. Taiwan's papers write the Republic of China's years
 * (民國112年, 112年度) and, for 1971 to 2010, two digits (`97年9月16日` is 2008); a two-digit year
 * elsewhere is the common era's (`21年3月` is 2021).
 */

/**
 * Signs that only Taiwanese copy gives: 民國, a three-digit year of the Republic with its month or
 * 度 (`113年3月`, `112年度`), the paper's bracketed dates (`今（20）日`, `去(2023)年`) and CNA's dateline.
 */
const REPUBLIC_SIGNS = /民[國国]|(?<![0-9])1[01][0-9]年(?:度|[0-9]{1,2}月)|[今昨明前去上本下][（(][0-9]{1,4}[）)][日天年月]|[（(]中央社/;

/** Whether the copy counts years from the Republic of China, so its two-digit years are 民國 years. */
export function countsRepublicYears(paragraphs: readonly string[]): boolean {
  return paragraphs.some((text) => REPUBLIC_SIGNS.test(text));
}
