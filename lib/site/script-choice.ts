import { isScript, type Script } from './script';

/**
 * Which script a reader gets on pages without one in their path (`/`, `/articles/<slug>/`): their
 * last switch (kept in localStorage), else their browser's language. Run in `<head>` before the
 * first paint (app/_client/choose-script.ts), so a reader never sees the wrong script flash.
 */

export const SCRIPT_STORAGE_KEY = 'zh-script';

/** Which script a browser language list prefers: zh-CN, zh-SG, zh-MY, zh-Hans → Simplified; other zh → Traditional. */
export function preferredScript(languages: readonly string[]): Script | null {
  for (const language of languages) {
    const tag = language.toLowerCase();
    if (!tag.startsWith('zh')) continue;
    if (/^zh-(?:hans|cn|sg|my)\b/.test(tag) || tag.startsWith('zh-hans')) return 'zh-hans';
    return 'zh-hant';
  }
  return null;
}

/** The reader's script: the one they last switched to, else their languages' preference. */
export function chooseScript(stored: string | null, languages: readonly string[]): Script | null {
  return stored !== null && isScript(stored) ? stored : preferredScript(languages);
}

/** The script a script-switch link leads to, from its `hreflang` (`zh-Hans` → `zh-hans`). */
export function scriptOfSwitch(hreflang: string | null): Script {
  return hreflang === 'zh-Hans' ? 'zh-hans' : 'zh-hant';
}
