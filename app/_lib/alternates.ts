import { SCRIPTS, languageOfScript, type Script } from '@/lib/site/script';

/** `hreflang` alternates of a page in every script, plus `x-default` (the Traditional original). */
export function alternateLanguages(pathIn: (script: Script) => string): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const script of SCRIPTS) languages[languageOfScript(script)] = pathIn(script);
  languages['x-default'] = pathIn('zh-hant');
  return languages;
}
