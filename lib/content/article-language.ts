import { describeReading, detectScript } from './detect-script';
import type { DiagnosticSink, Point } from './diagnostics';
import { LANGUAGES, type Language } from './model';

/**
 * The script an article is archived in. The frontmatter says it; the text itself can tell too,
 * so a wrong `language` (which would label Simplified text as the Traditional original and
 * "convert" it into itself) fails the build, and a missing one is read from the text.
 */
export function settleLanguage(declared: Language | undefined, texts: readonly string[], at: Point, sink: DiagnosticSink): Language | null {
  const reading = detectScript(texts);
  const counts = describeReading(reading);
  if (declared !== undefined) {
    if (reading.language !== null && reading.language !== declared) {
      sink.error(at, 'language-mismatch', `frontmatter field "language" is ${declared} but the text reads as ${reading.language} (${counts}): set "language: ${reading.language}"`);
    }
    return declared;
  }
  if (reading.language === null) {
    sink.error(at, 'frontmatter-required', `frontmatter field "language" is required (${LANGUAGES.join(' or ')}): the text is too short or too mixed to tell (${counts})`);
    return null;
  }
  sink.warn(at, 'language-inferred', `frontmatter has no "language"; the text reads as ${reading.language} (${counts}): add "language: ${reading.language}" to say so`);
  return reading.language;
}
