import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pageKind } from './bench-scale';

/**
 * `npx tsx scripts/bench/bytes-by-kind.ts [out]`: where an export's bytes are, per kind of file
 * and per article (the `.gz`/`.br` copies left out), largest first, so a change aimed at the
 * bytes per article can be measured against the kind it targets.
 */

export interface KindBytes {
  kind: string;
  files: number;
  bytes: number;
}

export interface ExportBytes {
  articles: number;
  files: number;
  bytes: number;
  kinds: KindBytes[];
}

/** The kind of any exported file: a page's kind by its path (split by script for article pages), else its folder's. */
export function fileKind(path: string): string {
  if (path.endsWith('.html')) {
    const kind = pageKind(path);
    return kind === 'article' ? `article ${path.slice(0, 7)}` : `${kind} pages`;
  }
  if (/^data\/articles\/(?!index\.json$)[^/]+\.json$/.test(path)) return 'article data';
  if (/^data\//.test(path)) return 'other open data';
  if (/^og\//.test(path)) return 'cards';
  if (/^search\//.test(path)) return 'search index';
  if (/^zh-han[st]\/(?:feed|atom)\.xml$/.test(path)) return 'feeds';
  return 'other';
}

/** Sums an export's files by kind; the articles are counted by their data files. */
export function measureExportBytes(outDir: string): ExportBytes {
  const files = (readdirSync(outDir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile() && !/\.(?:gz|br)$/.test(entry.name))
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  const byKind = new Map<string, KindBytes>();
  let bytes = 0;
  for (const file of files) {
    const size = statSync(join(outDir, file)).size;
    const kind = fileKind(file);
    const entry = byKind.get(kind) ?? { kind, files: 0, bytes: 0 };
    entry.files += 1;
    entry.bytes += size;
    byKind.set(kind, entry);
    bytes += size;
  }
  const kinds = [...byKind.values()].sort((a, b) => b.bytes - a.bytes || a.kind.localeCompare(b.kind));
  return { articles: byKind.get('article data')?.files ?? 0, files: files.length, bytes, kinds };
}

/** The table: kind, files, kB per article and share of the export. */
export function formatExportBytes({ articles, files, bytes, kinds }: ExportBytes): string {
  const perArticle = (value: number) => (articles ? (value / articles / 1000).toFixed(1) : '-').padStart(8);
  const lines = kinds.map((kind) => `${kind.kind.padEnd(22)}${String(kind.files).padStart(8)}${perArticle(kind.bytes)}${((kind.bytes / bytes) * 100).toFixed(1).padStart(7)}%`);
  return [`${'kind'.padEnd(22)}${'files'.padStart(8)}${'kB/art'.padStart(8)}${'share'.padStart(8)}`, ...lines, `${'all'.padEnd(22)}${String(files).padStart(8)}${perArticle(bytes)}   (${articles} articles, ${(bytes / 1e6).toFixed(2)} MB)`].join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatExportBytes(measureExportBytes(process.argv[2] ?? 'out')));
}
