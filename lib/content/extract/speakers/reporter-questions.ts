/**
 * A feature's own questions: the reporter asks (我問：「…？」, 記者追問：「…？」) and the one asked answers in the next
 * paragraph, often in a quote standing alone. The answer is never the asker's, and its speaker is the voice before the
 * question.
 */

/** Who puts a feature's questions: the reporter, by title or in the first person. */
const REPORTER = /^(?:我|我們|我们|筆者|笔者|本報記者|本报记者|記者|记者|\p{Script=Han}{0,8}(?:記者|记者))$/u;

/** Whether a speaker is the reporter putting the questions. */
export function isReporter(speaker: string): boolean {
  return REPORTER.test(speaker);
}

/** A paragraph opening with the reporter asking (我問：, 記者追問：, 我最後問：). */
const REPORTER_ASKS = /^\s*(?:我|筆者|笔者|本報記者|本报记者|記者|记者)[^，,。：:「」“”]{0,8}?(?:問|问)道?\s*[：:]/u;

/** Whether a paragraph is the reporter asking, its last quote a question. */
export function isReporterQuestion(text: string, lastQuote: { text: string; speaker: string | null } | undefined): boolean {
  if (lastQuote === undefined || !/[？?]\s*$/u.test(lastQuote.text)) return false;
  return (lastQuote.speaker !== null && isReporter(lastQuote.speaker)) || REPORTER_ASKS.test(text);
}
