import type { DateMention } from '../dates';
import { isBareRelativeYear } from './mentions';

/** Years that frame rather than date: a year characterized (`2022年是關鍵之年`), circumstances (`在今年…的情況下`). */

/** `今年是加入世貿20週年`, `2022年是關鍵之年`: what kind of year it is, said of the year itself; the clause ends on 年. */
const YEAR_CHARACTERIZED = /^(?:[對对於于][^，,。；;是]{1,10})?(?:也|則|则|將|将|更|又|正|恰|恰恰|可[說说])?是[^，,。；;！？!?]{1,30}?(?:之年|一年|[周週]年|元年|大年|小年)(?=$|[，,。；;！？!?”」])/;

/** Whether a year is only characterized (`2022年是關鍵之年`): no happening is dated. */
export function characterizesYear(text: string, mention: DateMention): boolean {
  return mention.kind === 'calendar' && mention.period.unit === 'year' && YEAR_CHARACTERIZED.test(text.slice(mention.end));
}

/** `在今年…的情況下`, `在去年…背景下`: a bare year framing the circumstances of what the sentence reports, not a happening. */
const CIRCUMSTANCE_AFTER = /^[^，,。；;！？!?]{0,30}?(?:的)?(?:情[況况]|背景|形勢|形势|環境|环境|大[環环]境)(?:之)?下/;

/** Whether a bare relative year only frames the circumstances (`在今年中國期貨業快速發展的情況下，…`). */
export function isCircumstance(text: string, mention: DateMention): boolean {
  return isBareRelativeYear(mention) && /[在於于]$/.test(text.slice(0, mention.start)) && CIRCUMSTANCE_AFTER.test(text.slice(mention.end));
}
