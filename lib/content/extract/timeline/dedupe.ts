import { normalizeWidth } from '../dates';
import type { DatedMention } from './mentions';

/** One event per period per paragraph. */

/** Whether an event date is a year, a half or a quarter: a period a paragraph talks within, not a day something happened on. */
function isCoarse(date: string): boolean {
  return /^\d{4}(?:-[QH][1-4])?$/.test(date);
}

/**
 * One event per year, half or quarter in a paragraph: a paragraph that says 今年 twice, or 2022年
 * and then 今年, talks about one period, so it is one entry on the timeline, at its first mention.
 * A month or day written the same way again (`9月份，失業率為4.9%…9月份失業率數據好於預期`) goes
 * back to it too (with or without 份: `11月份…在11月`); written another way (`上個月…；同月，…`) it is another happening,
 * and so is a year named again by 同年 (`早在2019年，…在同年的小米9发布会上`). A day counted from publication is one
 * word however it is written (`今日（24日）…今日`, `昨…昨日`), unless a part of the day is named with it (`昨…昨晚`).
 */
export function firstOfEachPeriod(dated: readonly DatedMention[]): DatedMention[] {
  const seen = new Set<string>();
  return dated.filter(({ date, mention }) => {
    // 9月份 and 9月 are written the same way: 份 only says "the month of".
    // 同年 after 2019年 in the same paragraph is written another way: another happening (LABELS.md), as 同月 or 當日 are.
    const anchored = mention.kind === 'calendar' && mention.year.kind === 'anchor';
    // 今日（24日）…今日, 昨…昨日: one word for the day counted from publication, however shortened or glossed.
    // A span is written as its start (`於2022年9月3日起…；停產期間為2022年9月3日至2022年9月10日`: the start again).
    // A part of the day named with it (`昨…昨晚`, `昨早…昨午`) is another time of that day, written another way: another happening.
    const written = mention.kind === 'day-offset' || mention.kind === 'publication-day' ? `from publication ${PART_OF_DAY.exec(mention.text)?.[0] ?? ''}` : startAsWritten(normalizeWidth(mention.text).replace(/份/g, ''));
    const key = isCoarse(date) && !anchored ? date : `${date} ${written}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The part of the day a day counted from publication may be named with (昨晚, 今早, 昨日下午). */
const PART_OF_DAY = /(?:早上|早晨|上午|中午|下午|晚上|晚間|晚间|凌晨|傍晚|夜間|夜间|深夜|早|晨|午|晚|夜)$/u;

/** A date as written up to where a span it opens goes on (`2022年9月3日至2022年9月10日`, `9月3日起` → `9月3日`). */
function startAsWritten(text: string): string {
  return text.replace(/\s?(?:至|到|~|～|－|—|–|-|起).*$/, '');
}
