import { formatDate, machineDate } from '@/lib/site/format';
import type { Script } from '@/lib/site/script';

/** A date as precise as the data, in `<time>` when HTML can express it. */
export function DateText({ date, script, className }: { date: string; script: Script; className?: string }) {
  const label = formatDate(date, script);
  const datetime = machineDate(date);
  return datetime ? (
    <time dateTime={datetime} className={className}>
      {label}
    </time>
  ) : (
    <span className={className}>{label}</span>
  );
}
