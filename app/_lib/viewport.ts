import type { Viewport } from 'next';

/** Every document's viewport and browser-chrome colours (the page background, light and dark). */
export const SITE_VIEWPORT: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#17181a' },
  ],
};
