import type { Script } from '@/lib/site/script';
import { uiText } from '@/lib/site/ui-text';

/** The interface words enhance.js needs, as `data-ui-*` attributes on `<body>`: one source of wording for both. */
export function enhancementWords(script: Script): Record<`data-ui-${string}`, string> {
  const text = uiText(script);
  return {
    'data-ui-copy': text.copyLink,
    'data-ui-share': text.share,
    'data-ui-copied': text.linkCopied,
    'data-ui-copy-failed': text.copyFailed,
  };
}
