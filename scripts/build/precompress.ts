import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { listFiles } from './list-files';

/**
 * Writes `file.gz` and `file.br` beside every text file of the export, compressed once at build
 * time harder than a server compresses on the fly (nginx's default gzip level 1 sends the seed
 * article page as 14.0 kB; level 9 as 12.7 kB, brotli as 11.2 kB). Static hosts that serve
 * precompressed files (nginx gzip_static, Caddy's `precompressed`, our own `npm run serve`)
 * send them as they are; the others ignore them.
 */

/** Extensions worth compressing: text. Images (PNG) are compressed already. */
export const COMPRESSIBLE = ['.html', '.css', '.js', '.json', '.xml', '.txt', '.svg', '.webmanifest'] as const;

/** Below this, a compressed copy saves less than its headers cost (nginx's gzip_min_length default is 20; hosts use ~256). */
export const MIN_BYTES = 256;

/**
 * Brotli quality 5: within 7% of quality 11 on our pages at 1/15 of the time, which matters at
 * 15,000 pages (quality 11 would add ~6 minutes to a 1000-article build).
 */
const BROTLI_QUALITY = 5;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Whether a file of the export gets compressed copies. */
export function isCompressible(path: string): boolean {
  return COMPRESSIBLE.some((extension) => path.endsWith(extension));
}

/** The two encodings of one file's bytes. */
export async function compressBoth(bytes: Buffer): Promise<{ gzip: Buffer; brotli: Buffer }> {
  const [gzipped, brotli] = await Promise.all([
    gzipAsync(bytes, { level: 9 }),
    brotliAsync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } }),
  ]);
  return { gzip: gzipped, brotli };
}

export interface PrecompressReport {
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/**
 * Compresses every text file below `dir` (at least MIN_BYTES long) into `.gz` and `.br` siblings;
 * only the files named (paths below `dir`), when given: an incremental build's changed files.
 */
export async function precompressFolder(dir: string, only?: readonly string[]): Promise<PrecompressReport> {
  const report: PrecompressReport = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  const files = (only ?? (await listFiles(dir))).filter(isCompressible).map((file) => join(dir, file));
  // Two at a time: the machines have two cores, and zlib runs on libuv's thread pool.
  for (let index = 0; index < files.length; index += 2) {
    await Promise.all(
      files.slice(index, index + 2).map(async (file) => {
        if ((await stat(file)).size < MIN_BYTES) return;
        const bytes = await readFile(file);
        const { gzip: gzipped, brotli } = await compressBoth(bytes);
        await Promise.all([writeFile(`${file}.gz`, gzipped), writeFile(`${file}.br`, brotli)]);
        report.files += 1;
        report.bytes += bytes.length;
        report.gzipBytes += gzipped.length;
        report.brotliBytes += brotli.length;
      }),
    );
  }
  return report;
}

async function main(): Promise<void> {
  const started = performance.now();
  const report = await precompressFolder(process.argv[2] ?? 'out');
  const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  console.log(
    `precompress: ${report.files} files, ${kB(report.bytes)} → gzip ${kB(report.gzipBytes)}, brotli ${kB(report.brotliBytes)} in ${Math.round(performance.now() - started)} ms`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
