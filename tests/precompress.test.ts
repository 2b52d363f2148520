import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MIN_BYTES, isCompressible, precompressFolder } from '../scripts/build/precompress';

/** A folder like a small export: a page, a stylesheet, a tiny file, an image. */
function exportFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'precompress-'));
  mkdirSync(join(root, 'zh-hant', 'articles', 'a'), { recursive: true });
  const page = `<!doctype html><html lang="zh-Hant"><p>${'小米消金與天星數科的流量合作，'.repeat(200)}</p></html>`;
  writeFileSync(join(root, 'zh-hant', 'articles', 'a', 'index.html'), page);
  writeFileSync(join(root, 'feed.xml'), `<rss>${'<item>小米</item>'.repeat(100)}</rss>`);
  writeFileSync(join(root, 'robots.txt'), 'User-agent: *\n');
  writeFileSync(join(root, 'card.png'), Buffer.alloc(4096, 7));
  return root;
}

describe('precompress', () => {
  it('writes .gz and .br copies that decompress to the exact bytes, smaller than the file', async () => {
    const root = exportFolder();
    const report = await precompressFolder(root);
    expect(report.files).toBe(2);
    for (const file of [join(root, 'zh-hant', 'articles', 'a', 'index.html'), join(root, 'feed.xml')]) {
      const original = readFileSync(file);
      const gzipped = readFileSync(`${file}.gz`);
      const brotli = readFileSync(`${file}.br`);
      expect(gunzipSync(gzipped).equals(original)).toBe(true);
      expect(brotliDecompressSync(brotli).equals(original)).toBe(true);
      expect(gzipped.length).toBeLessThan(original.length / 4);
      expect(brotli.length).toBeLessThan(gzipped.length);
    }
  });

  it('leaves images and files too small to gain alone, and never compresses its own output', async () => {
    const root = exportFolder();
    await precompressFolder(root);
    expect(existsSync(join(root, 'card.png.gz'))).toBe(false);
    expect(existsSync(join(root, 'robots.txt.gz'))).toBe(false);
    expect(readFileSync(join(root, 'robots.txt')).length).toBeLessThan(MIN_BYTES);
    const again = await precompressFolder(root);
    expect(again.files).toBe(2);
    expect(existsSync(join(root, 'feed.xml.gz.gz'))).toBe(false);
    expect(isCompressible('a/index.html.gz')).toBe(false);
    expect(isCompressible('a/index.html')).toBe(true);
  });
});
