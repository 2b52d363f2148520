import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './build-units';

/**
 * A build cache of JSON entries, one file per key, kept between builds in
 * `node_modules/.cache/<name>/<version>/<key>.json`. The version hashes the files an entry depends
 * on besides its key (and Node's version), so an entry is only reused by the code that made it.
 * A damaged or foreign file is a miss, never an error. `prune` drops the entries this run did not
 * use and other versions' folders, so the cache holds one archive's worth.
 */

export interface FileCache<T> {
  get(key: string): T | undefined;
  set(key: string, entry: T): void;
  /** Entries read from the cache and entries made, this run. */
  readonly stats: { hits: number; misses: number };
  prune(): void;
}

export interface FileCacheOptions<T> {
  /** The folder's name under node_modules/.cache. */
  name: string;
  /** Files and folders of the repository whose content an entry depends on. */
  dependsOn: readonly string[];
  /** The entry a file's JSON holds, or undefined when it is not one. */
  accept(data: unknown): T | undefined;
}

/** A hash of what the entries depend on: the files under `dependsOn` and Node's version. */
export function cacheVersion(root: string, dependsOn: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of dependsOn.flatMap((path) => filesUnder(root, path))) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  hash.update(`node ${process.version}`);
  return hash.digest('hex').slice(0, 16);
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The cache of the repository at `root` for the current version of what its entries depend on. */
export function openFileCache<T>(root: string, { name, dependsOn, accept }: FileCacheOptions<T>): FileCache<T> {
  const cacheRoot = join(root, 'node_modules', '.cache', name);
  const version = cacheVersion(root, dependsOn);
  const folder = join(cacheRoot, version);
  mkdirSync(folder, { recursive: true });
  const used = new Set<string>();
  const reused = new Set<string>();
  const stats = { hits: 0, misses: 0 };
  const fileOf = (key: string) => join(folder, `${key}.json`);
  return {
    stats,
    get(key) {
      used.add(key);
      if (!existsSync(fileOf(key))) return undefined;
      const entry = accept(readJson(fileOf(key)));
      if (entry === undefined) return undefined;
      stats.hits += 1;
      reused.add(key);
      return entry;
    },
    set(key, entry) {
      used.add(key);
      if (reused.has(key)) return;
      stats.misses += 1;
      // A new file, never one rewritten in place: node_modules may be hard-linked to another checkout's.
      rmSync(fileOf(key), { force: true });
      writeFileSync(fileOf(key), JSON.stringify(entry));
    },
    prune() {
      for (const other of readdirSync(cacheRoot)) if (other !== version) rmSync(join(cacheRoot, other), { recursive: true, force: true });
      for (const file of readdirSync(folder)) if (!used.has(file.replace(/\.json$/, ''))) rmSync(join(folder, file), { force: true });
    },
  };
}
