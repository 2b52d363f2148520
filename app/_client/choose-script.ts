import { pathInScript } from '@/lib/site/routes';
import { SCRIPT_STORAGE_KEY, chooseScript } from '@/lib/site/script-choice';

/**
 * Inline in `<head>` of the pages without a script in their path (`/`, `/articles/<slug>/`), which
 * show the Traditional page: a reader whose script is Simplified is sent on before the first paint.
 */
try {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language || ''];
  if (chooseScript(localStorage.getItem(SCRIPT_STORAGE_KEY), languages) === 'zh-hans') {
    location.replace(pathInScript('zh-hans', location.pathname) + location.search + location.hash);
  }
} catch {
  // Storage can be blocked (private modes, site settings): the Traditional page is still a page.
}
