import { VERTICAL_STORAGE_KEY, VERTICAL_TOGGLE_ID, readingModeOf, storedWantsVertical } from '@/lib/site/reading-mode';

/**
 * Inline right after the vertical-reading checkbox (lib/site/reading-mode.ts): ticks it when the
 * reader chose vertical reading before, while the body below is not yet parsed, so the first paint
 * is already vertical; and remembers every change. Without script the checkbox still works, it is
 * only not remembered.
 */
const toggle = document.getElementById(VERTICAL_TOGGLE_ID);
if (toggle instanceof HTMLInputElement) {
  try {
    if (storedWantsVertical(localStorage.getItem(VERTICAL_STORAGE_KEY))) toggle.checked = true;
    toggle.addEventListener('change', () => {
      try {
        localStorage.setItem(VERTICAL_STORAGE_KEY, readingModeOf(toggle.checked));
      } catch {
        // Storage blocked mid-visit: the mode still changes on this page.
      }
    });
  } catch {
    // Blocked storage (private modes, site settings): the checkbox works, unremembered.
  }
}
