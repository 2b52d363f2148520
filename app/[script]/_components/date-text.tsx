import { formatDate, machineDate } from '@/lib/format';
import type { Script } from '@/lib/script';

/** A date as precise as the data, in `<time>` when HTML can express it. */
export function DateText({ date, script }: { date: string; script: Script }) {
  const label = formatDate(date, script);
  const datetime = machineDate(date);
  return datetime ? <time dateTime={datetime}>{label}</time> : <span>{label}</span>;
}
