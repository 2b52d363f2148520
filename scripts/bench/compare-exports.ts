import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listFiles } from '../build/list-files';

/**
 * Compares two exports (`out/` folders) file by file, to prove a change touched only what it
 * names: files only in one, and files whose bytes differ, each text file with the first place it
 * differs. The precompressed `.gz`/`.br` copies follow their file and are skipped unless asked.
 */

export interface FileDifference {
  file: string;
  bytesA: number;
  bytesB: number;
  /** For text files: where they first differ, with a little of each side around it. */
  first?: { line: number; column: number; a: string; b: string };
}

export interface ExportComparison {
  onlyInA: string[];
  onlyInB: string[];
  differing: FileDifference[];
  identical: number;
}

export interface CompareOptions {
  /** Compare the `.gz`/`.br` copies too (default false: they differ whenever their file does). */
  precompressed?: boolean;
  /** Characters of context shown on each side of the first difference (default 60). */
  context?: number;
}

const TEXT = /\.(html|xml|json|txt|css|js|svg|webmanifest|md)$/;

/** Where two texts first differ (1-based line and column), with `context` characters around it on each side. */
export function firstDifference(a: string, b: string, context = 60): FileDifference['first'] {
  let offset = 0;
  while (offset < a.length && offset < b.length && a[offset] === b[offset]) offset += 1;
  const before = a.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const start = Math.max(0, offset - context);
  return { line, column, a: a.slice(start, offset + context), b: b.slice(start, offset + context) };
}

/** Compares the exports in `dirA` and `dirB`. */
export async function compareExports(dirA: string, dirB: string, options: CompareOptions = {}): Promise<ExportComparison> {
  const keep = (file: string) => options.precompressed || !/\.(gz|br)$/.test(file);
  const filesA = (await listFiles(dirA)).filter(keep);
  const filesB = (await listFiles(dirB)).filter(keep);
  const inB = new Set(filesB);
  const inA = new Set(filesA);
  const comparison: ExportComparison = { onlyInA: filesA.filter((file) => !inB.has(file)), onlyInB: filesB.filter((file) => !inA.has(file)), differing: [], identical: 0 };
  for (const file of filesA.filter((candidate) => inB.has(candidate))) {
    const [a, b] = await Promise.all([readFile(join(dirA, file)), readFile(join(dirB, file))]);
    if (a.equals(b)) {
      comparison.identical += 1;
      continue;
    }
    const difference: FileDifference = { file, bytesA: a.byteLength, bytesB: b.byteLength };
    if (TEXT.test(file)) difference.first = firstDifference(a.toString('utf8'), b.toString('utf8'), options.context);
    comparison.differing.push(difference);
  }
  return comparison;
}

/** The comparison as a report: counts, then each list. */
export function formatComparison(comparison: ExportComparison, dirA: string, dirB: string): string {
  const lines = [
    `compare-exports: ${dirA} → ${dirB}: ${comparison.identical} identical, ${comparison.differing.length} differ, ${comparison.onlyInA.length} only in ${dirA}, ${comparison.onlyInB.length} only in ${dirB}`,
  ];
  if (comparison.onlyInA.length > 0) lines.push(`only in ${dirA}:`, ...comparison.onlyInA.map((file) => `  - ${file}`));
  if (comparison.onlyInB.length > 0) lines.push(`only in ${dirB}:`, ...comparison.onlyInB.map((file) => `  + ${file}`));
  if (comparison.differing.length > 0) lines.push('differ:');
  for (const { file, bytesA, bytesB, first } of comparison.differing) {
    lines.push(`  ~ ${file} (${bytesA} → ${bytesB} bytes)${first ? ` from ${first.line}:${first.column}` : ''}`);
    if (first) lines.push(`      - ${JSON.stringify(first.a)}`, `      + ${JSON.stringify(first.b)}`);
  }
  return lines.join('\n');
}

/** `compare-exports.ts <dirA> <dirB> [--precompressed]`: exit 1 when they differ. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dirs = args.filter((arg) => !arg.startsWith('--'));
  if (dirs.length !== 2) {
    console.error('usage: npm run compare-exports -- <dirA> <dirB> [--precompressed]');
    process.exitCode = 2;
    return;
  }
  const [dirA, dirB] = dirs as [string, string];
  const comparison = await compareExports(dirA, dirB, { precompressed: args.includes('--precompressed') });
  console.log(formatComparison(comparison, dirA, dirB));
  const same = comparison.onlyInA.length + comparison.onlyInB.length + comparison.differing.length === 0;
  process.exitCode = same ? 0 : 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
