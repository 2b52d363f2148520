import type { Viewport } from 'next';
import { THEME_COLORS } from '@/lib/site/theme';

/** Every document's viewport and browser-chrome colours (the page background, light and dark). */
export const SITE_VIEWPORT: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: THEME_COLORS.map(({ media, color }) => ({ media, color })),
};
