import { SCRIPT_STORAGE_KEY, scriptOfSwitch } from '@/lib/site/script-choice';

/**
 * Remembers the script a reader switches to, for the pages without one in their path. Inline on
 * every page rather than in enhance.js: a reader may switch before that has arrived.
 */
export function rememberScriptSwitches(): void {
  addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('[data-script-switch]') : null;
      if (!link) return;
      try {
        localStorage.setItem(SCRIPT_STORAGE_KEY, scriptOfSwitch(link.getAttribute('hreflang')));
      } catch {
        // Blocked storage: the switch itself still works, it is only not remembered.
      }
    },
    true,
  );
}
