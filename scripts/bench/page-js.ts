import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

/**
 * What JavaScript a page of an export runs: its inline scripts (not JSON-LD or speculation rules)
 * and the script files it loads, by the `src` written in the page or the loader's known file, each
 * raw, gzip and brotli. `npx tsx scripts/bench/page-js.ts --out out --page /zh-hant/articles/<slug>/ --file /enhance.js`.
 */

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['parentNode'];

/** Executable inline scripts and external script URLs of an HTML document. */
export function scriptsOf(html: string): { inline: string[]; sources: string[] } {
  const inline: string[] = [];
  const sources: string[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node && node.tagName === 'script') {
      const type = node.attrs.find((attr) => attr.name === 'type')?.value ?? '';
      const src = node.attrs.find((attr) => attr.name === 'src')?.value;
      if (src) sources.push(src);
      else if (type === '' || /javascript|module/.test(type)) inline.push(node.childNodes.map((child) => ('value' in child ? child.value : '')).join(''));
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(html));
  return { inline, sources };
}

/** Raw, gzip (level 9) and brotli (quality 11) sizes of a text, as precompress writes them. */
export function sizesOf(text: string | Buffer): { raw: number; gzip: number; brotli: number } {
  const bytes = Buffer.from(text);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'out' }, page: { type: 'string' }, file: { type: 'string', multiple: true, default: [] } } });
  if (!values.page) throw new Error('--page /path/ is required');
  const html = readFileSync(join(values.out, values.page, 'index.html'), 'utf8');
  const { inline, sources } = scriptsOf(html);
  const files = [...new Set([...sources, ...values.file])];
  const rows = [
    ['inline (all, joined)', sizesOf(inline.join(''))] as const,
    ...files.map((file) => [file, sizesOf(readFileSync(join(values.out, file)))] as const),
  ];
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const [name, size] of rows) {
    console.log(`${name}: ${size.raw} B raw, ${size.gzip} B gzip, ${size.brotli} B brotli`);
    total.raw += size.raw;
    total.gzip += size.gzip;
    total.brotli += size.brotli;
  }
  console.log(`total: ${total.raw} B raw, ${total.gzip} B gzip, ${total.brotli} B brotli`);
}

main();
