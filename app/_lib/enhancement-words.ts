import { ENHANCE_WORD_ATTRIBUTES, wordAttributes } from '@/lib/site/client-words';
import type { Script } from '@/lib/site/script';
import { uiText } from '@/lib/site/ui-text';

/** The interface words enhance.js needs, as `data-ui-*` attributes on `<body>`: one source of wording for both. */
export function enhancementWords(script: Script): Record<string, string> {
  return wordAttributes(ENHANCE_WORD_ATTRIBUTES, uiText(script));
}
