import { createCharacterConverter } from './convert';
import type { Language } from './model';

/**
 * Which script a text is written in, read from the text itself: the share of its Han characters
 * that have a different Simplified form (國, 說, 們). Traditional news copy runs at 25–30 %
 * (the seed article: 29.9 %), Simplified copy at 0 %; a Traditional text with a few Simplified
 * conversion quirks (并, 后, 里) stays far above the line. Only the cheap Traditional → Simplified
 * converter is needed (opencc alone, character for character), and it is the one every build
 * creates anyway; texts are converted one by one (title, paragraphs), so the Simplified pages
 * reuse each conversion from its cache.
 */

/** How a text reads, with the counts behind the verdict so messages can show them. */
export interface ScriptReading {
  /** The script the text is written in, or null when it is too short or too mixed to tell. */
  language: Language | null;
  /** Han characters in the text. */
  han: number;
  /** Of those, how many have another Simplified form: characters only Traditional text uses. */
  traditionalForms: number;
}

/** Fewer Han characters than this cannot tell the scripts apart reliably. */
export const MIN_HAN_TO_TELL = 40;
/** At or above this share of Traditional forms a text is Traditional. */
const TRADITIONAL_SHARE = 0.05;
/** At or below this share a text is Simplified (a stray 著 or 乾 in a name does not change that). */
const SIMPLIFIED_SHARE = 0.01;

const HAN = /\p{Script=Han}/u;

/** Reads the script of one text or several read as one; `null` when too few Han characters or between the two shares. */
export function detectScript(texts: string | readonly string[]): ScriptReading {
  const toSimplified = createCharacterConverter('zh-Hant', 'zh-Hans');
  let han = 0;
  let traditionalForms = 0;
  for (const text of typeof texts === 'string' ? [texts] : texts) {
    // tw→cn maps n code points to n (tests/convert pins it), so characters line up one to one.
    const simplified = Array.from(toSimplified(text));
    Array.from(text).forEach((char, index) => {
      if (!HAN.test(char)) return;
      han += 1;
      if (simplified[index] !== char) traditionalForms += 1;
    });
  }
  if (han < MIN_HAN_TO_TELL) return { language: null, han, traditionalForms };
  const share = traditionalForms / han;
  const language = share >= TRADITIONAL_SHARE ? 'zh-Hant' : share <= SIMPLIFIED_SHARE ? 'zh-Hans' : null;
  return { language, han, traditionalForms };
}

/** The reading as an editor can check it: `312 of 1,046 Han characters (29.8 %) are Traditional forms`. */
export function describeReading({ han, traditionalForms }: ScriptReading): string {
  const percent = han === 0 ? 0 : (traditionalForms / han) * 100;
  return `${traditionalForms.toLocaleString('en-US')} of ${han.toLocaleString('en-US')} Han characters (${percent.toFixed(1)} %) are Traditional forms`;
}
