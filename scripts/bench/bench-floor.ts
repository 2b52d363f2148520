import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../lib/content/model';

/**
 * The bench's floor: the same article text as a page a person could write by hand (semantic
 * HTML, a few lines of inline CSS, no scripts), so the site is measured against what the text
 * itself costs.
 */

/** Escapes text for HTML element content and double-quoted attributes. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);
}

/** Renders one article as a plain, self-contained HTML page. */
export function renderFloorPage(article: Article): string {
  const byline = [article.source.outlet, article.author, article.source.via, article.published].filter(Boolean).join(' · ');
  const sections = article.sections.map((section) => {
    const heading = section.heading ? `<h2 id="${section.id}">${escapeHtml(section.heading)}</h2>\n` : '';
    const paragraphs = section.paragraphs.map((paragraph) => `<p id="${paragraph.id}">${escapeHtml(paragraph.text)}</p>`);
    return heading + paragraphs.join('\n');
  });
  const notice = article.notice.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
  return `<!doctype html>
<html lang="${article.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>
<meta name="description" content="${escapeHtml(article.dek ?? article.title)}">
<link rel="icon" href="data:,">
<style>body{max-width:40em;margin:0 auto;padding:1em;font:1.0625rem/1.8 system-ui,sans-serif;color:#222}h1{line-height:1.3}.byline,footer{color:#555;font-size:.875rem}</style>
</head>
<body>
<main>
<article>
<h1>${escapeHtml(article.title)}</h1>
${article.dek ? `<p>${escapeHtml(article.dek)}</p>\n` : ''}<p class="byline">${escapeHtml(byline)}</p>
${sections.join('\n')}
<footer>
${notice}
</footer>
</article>
</main>
</body>
</html>
`;
}

/** Writes the floor page as `index.html` of a fresh temporary folder, returning the folder. */
export function writeFloorSite(article: Article): string {
  const root = mkdtempSync(join(tmpdir(), 'archive-bench-floor-'));
  writeFileSync(join(root, 'index.html'), renderFloorPage(article));
  return root;
}
