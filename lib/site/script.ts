import type { Language } from '../content/model';

/**
 * The script segment of every URL (`/zh-hant/…`, `/zh-hans/…`), as data: lowercase because
 * paths are case-sensitive on static hosts, while the `Language` tags keep BCP 47 casing for
 * `lang` and `hreflang` attributes.
 */

export const SCRIPTS = ['zh-hant', 'zh-hans'] as const;
export type Script = (typeof SCRIPTS)[number];

const LANGUAGE_OF_SCRIPT = { 'zh-hant': 'zh-Hant', 'zh-hans': 'zh-Hans' } as const satisfies Record<Script, Language>;
const SCRIPT_OF_LANGUAGE = { 'zh-Hant': 'zh-hant', 'zh-Hans': 'zh-hans' } as const satisfies Record<Language, Script>;
const OTHER_SCRIPT = { 'zh-hant': 'zh-hans', 'zh-hans': 'zh-hant' } as const satisfies Record<Script, Script>;

/** The language tag a script segment stands for (`zh-hans` → `zh-Hans`). */
export function languageOfScript(script: Script): Language {
  return LANGUAGE_OF_SCRIPT[script];
}

/** The script segment of a language tag (`zh-Hant` → `zh-hant`). */
export function scriptOfLanguage(language: Language): Script {
  return SCRIPT_OF_LANGUAGE[language];
}

/** The script a reader can switch to from this one. */
export function otherScript(script: Script): Script {
  return OTHER_SCRIPT[script];
}

/** Whether a path segment is one of our scripts (exact, lowercase match). */
export function isScript(value: string): value is Script {
  return (SCRIPTS as readonly string[]).includes(value);
}
