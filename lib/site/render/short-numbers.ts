import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Script } from '../script';

/** One or two ASCII digits standing alone (5月11日, 第3季), not part of a longer number, decimal or percentage. */
const SHORT_NUMBER = /(?<![0-9A-Za-z.,])([0-9]{1,2})(?![0-9A-Za-z.,%])/;

/**
 * Text with its short numbers in spans, on the Traditional page only, where vertical reading sets
 * them upright in one cell (縱中橫, text-combine-upright); the text itself is unchanged.
 */
export function shortNumbers(text: string, script: Script): ElementContent[] {
  if (script !== 'zh-hant') return [{ type: 'text', value: text }];
  // split with one capture group: odd indexes are the numbers.
  return text
    .split(new RegExp(SHORT_NUMBER.source, 'g'))
    .map((part, index): ElementContent => (index % 2 === 1 ? h('span', { className: ['tcy'] }, part) : { type: 'text', value: part }))
    .filter((node) => node.type !== 'text' || node.value !== '');
}
