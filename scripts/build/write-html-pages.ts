import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A page the build writes itself: its folder below the export, and its HTML. */
export interface HtmlPage {
  path: string;
  html: string;
}

/** What a run wrote, for its line in the build log. */
export interface PagesWritten {
  pages: number;
  bytes: number;
}

/** Writes each page as `<dir>/<path>/index.html`, counting pages and bytes. */
export async function writeHtmlPages(dir: string, pages: Iterable<HtmlPage>): Promise<PagesWritten> {
  const written: PagesWritten = { pages: 0, bytes: 0 };
  for (const { path, html } of pages) {
    const folder = join(dir, path);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'index.html'), html);
    written.pages += 1;
    written.bytes += Buffer.byteLength(html);
  }
  return written;
}
