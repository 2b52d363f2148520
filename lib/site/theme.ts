/** The browser chrome's colours on every page: the page background, light and dark (globals.css has the same). */
export const THEME_COLORS = [
  { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
  { media: '(prefers-color-scheme: dark)', color: '#17181a' },
] as const;
