import type { UiKey } from './ui-text';

/**
 * The interface words the browser code shows, and the `data-ui-*` attribute each travels in: the
 * page writes them (in its script) and the browser code reads them, so the wording has one source.
 */

/** Words of the copy and share buttons, on `<body>`. */
export const ENHANCE_WORD_ATTRIBUTES = {
  copyLink: 'data-ui-copy',
  share: 'data-ui-share',
  linkCopied: 'data-ui-copied',
  copyFailed: 'data-ui-copy-failed',
  copyOriginal: 'data-ui-copy-original',
  originalCopied: 'data-ui-original-copied',
} as const satisfies Partial<Record<UiKey, `data-ui-${string}`>>;

/** Words of the search status line, on the search form. */
export const SEARCH_WORD_ATTRIBUTES = {
  searchLoading: 'data-ui-loading',
  searchFound: 'data-ui-found',
  searchMore: 'data-ui-more',
  searchNext: 'data-ui-next',
  searchNone: 'data-ui-none',
  searchFailed: 'data-ui-failed',
} as const satisfies Partial<Record<UiKey, `data-ui-${string}`>>;

/** The attributes that carry a set of words, filled with the words of a script's interface. */
export function wordAttributes<Key extends UiKey>(attributes: Readonly<Record<Key, string>>, text: Readonly<Record<UiKey, string>>): Record<string, string> {
  const filled: Record<string, string> = {};
  for (const key in attributes) filled[attributes[key]] = text[key];
  return filled;
}
