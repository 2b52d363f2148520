import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file below `dir` as a POSIX path relative to it, sorted so steps and reports run in a stable order. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
