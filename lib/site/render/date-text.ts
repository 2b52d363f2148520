import type { Element } from 'hast';
import { h } from 'hastscript';
import { formatDate, machineDate } from '../format';
import type { Script } from '../script';

/** A date as precise as the data, in `<time>` when HTML can express it (a quarter or half-year cannot). */
export function dateText(date: string, script: Script, className?: string): Element {
  const label = formatDate(date, script);
  const datetime = machineDate(date);
  const classes = className ? [className] : undefined;
  return datetime ? h('time', { dateTime: datetime, className: classes }, label) : h('span', { className: classes }, label);
}
