import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** Tab icons show at 16 CSS px; 32 device px covers 2× screens. */
const ICON_PIXELS = 32;

/**
 * The site icon as a PNG `data:` URL in each page's head, rendered at build time from
 * public/icon.svg (the one source). Not a file: browsers ask for the icon at `load`, before the
 * first paint, so a request would hold up a first-time reader. Not SVG: an SVG icon costs the
 * page a whole SVG document on the main thread (measured ~35-60 ms at 4× CPU slowdown in
 * Chromium's trace); a PNG is decoded off it.
 */
export const SITE_ICON_URL = `data:image/png;base64,${new Resvg(readFileSync(join(process.cwd(), 'public', 'icon.svg')), { fitTo: { mode: 'width', value: ICON_PIXELS } })
  .render()
  .asPng()
  .toString('base64')}`;
