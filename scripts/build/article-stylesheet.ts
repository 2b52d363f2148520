import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Features, transform } from 'lightningcss';

/**
 * The stylesheets of the pages the build writes outside Next, compiled as Next compiles them:
 * Turbopack minifies CSS with Lightning CSS for Next's default browser targets, and one CSS chunk
 * per imported file (the layout's globals.css, the site header's, the page's own) is inlined in
 * order, each ending in a newline. With the same version, targets and features the bytes are
 * Next's (checked against `next build`'s chunks); range media queries stay in min-/max- form.
 */

/** Next's default targets (next/dist/shared/lib/modern-browserslist-target.js): Chrome, Edge, Firefox 111, Safari 16.4. */
const TARGETS = { chrome: 111 << 16, edge: 111 << 16, firefox: 111 << 16, safari: (16 << 16) | (4 << 8) };

/** The CSS of the article page, in the order Next inlined it: the layout's, the site header's, the article's. */
const ARTICLE_PAGE_CSS = ['app/globals.css', 'app/[script]/search/search-link.css', 'app/[script]/_components/browse-nav.css', 'app/[script]/_components/article.css'];

/** The CSS of a moved article's page: it shows a heading and a link, which the site's globals style. */
const MOVED_PAGE_CSS = ['app/globals.css'];

/** One CSS file, minified as Turbopack does. */
function compileCss(root: string, file: string): string {
  const { code } = transform({ filename: file, code: readFileSync(join(root, file)), minify: true, targets: TARGETS, include: Features.MediaRangeSyntax });
  return `${code.toString()}\n`;
}

/** The inline stylesheets of the pages the build writes, from the repository at `root`. */
export function compileStylesheets(root: string): { article: string; moved: string } {
  return { article: ARTICLE_PAGE_CSS.map((file) => compileCss(root, file)).join(''), moved: MOVED_PAGE_CSS.map((file) => compileCss(root, file)).join('') };
}
