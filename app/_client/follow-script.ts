import { pathInScript } from '@/lib/site/routes';
import { SCRIPT_STORAGE_KEY, chooseScript } from '@/lib/site/script-choice';

/**
 * Inline in `<head>` of a script-less article URL (`/articles/<slug>/`), a page with no text of its
 * own: every reader is sent on, before the first paint, to the page in their script (their last
 * switch, else their browser's language, else Traditional), keeping `?query` and `#fragment`.
 */
let script: 'zh-hant' | 'zh-hans' = 'zh-hant';
try {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language || ''];
  script = chooseScript(localStorage.getItem(SCRIPT_STORAGE_KEY), languages) ?? 'zh-hant';
} catch {
  // Storage can be blocked (private modes, site settings): the Traditional page is the default.
}
location.replace(pathInScript(script, location.pathname) + location.search + location.hash);
