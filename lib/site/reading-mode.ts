/**
 * Vertical reading (直排) as a remembered choice: the checkbox above a Traditional article's body
 * is the control (it works without script), and the inline snippet after it
 * (app/_client/remember-vertical.ts) keeps the reader's last choice in localStorage and ticks the
 * box again on the next page before anything below it is parsed, so the body never flashes
 * horizontal first.
 */

export const VERTICAL_STORAGE_KEY = 'zh-reading';

/** The checkbox's id: `~` never occurs in archive ids, so it cannot collide with a permalink. */
export const VERTICAL_TOGGLE_ID = 'vertical~reading';

export const READING_MODES = ['vertical', 'horizontal'] as const;
export type ReadingMode = (typeof READING_MODES)[number];

/** What a stored value asks for: vertical only when the reader chose it; anything else is horizontal. */
export function storedWantsVertical(stored: string | null): boolean {
  return stored === 'vertical';
}

/** The value kept for a checkbox state. */
export function readingModeOf(vertical: boolean): ReadingMode {
  return vertical ? 'vertical' : 'horizontal';
}
