import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCRIPTS, type Script } from '../../lib/site/script';
import type { FoldSource } from '../../lib/site/search/fold-table';
import { isSearchBody } from '../../lib/site/search/match';
import type { SearchBody } from '../../lib/site/search/search-index';
import { filesUnder } from './build-units';

/**
 * The search step's cache: what each article gives the index and is slow to make (its texts
 * converted to the other script: its fold source and both scripts' search bodies), kept between
 * builds in `node_modules/.cache/archive-search/<version>/<article hash>.json`, where the version
 * hashes lib/ and the locked dependencies (opencc's tables, the glossary, routes and date format
 * all shape an entry). A build after one changed article converts that article only; the index is
 * still assembled from every article by the code a full build runs, so its files are the same.
 * Entries the build did not use are dropped when it ends, and so are other versions' folders.
 */

const CACHE_ROOT = join('node_modules', '.cache', 'archive-search');

/** What an entry depends on besides the article. */
const DEPENDS_ON = ['lib', 'package-lock.json'];

/** One article's part of the index, whatever its number. */
export interface SearchCacheEntry {
  fold: FoldSource;
  bodies: Record<Script, SearchBody>;
}

export interface SearchCache {
  get(key: string): SearchCacheEntry | undefined;
  set(key: string, entry: SearchCacheEntry): void;
  /** Entries read from the cache and entries made, this run. */
  readonly stats: { hits: number; misses: number };
  /** Drops the entries this run did not use and other versions' folders. */
  prune(): void;
}

function computeVersion(root: string): string {
  const hash = createHash('sha256');
  for (const file of DEPENDS_ON.flatMap((path) => filesUnder(root, path))) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  hash.update(`node ${process.version}`);
  return hash.digest('hex').slice(0, 16);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Whether a cache file's JSON has an entry's shape (a damaged or foreign file is a miss, never an error). */
function isEntry(data: unknown): data is SearchCacheEntry {
  if (!isRecord(data) || !isRecord(data.fold) || typeof data.fold.chars !== 'string' || typeof data.fold.pairs !== 'string') return false;
  const bodies = data.bodies;
  return isRecord(bodies) && SCRIPTS.every((script) => isSearchBody(bodies[script]));
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The search cache of the repository at `root` for the current version of lib/. */
export function openSearchCache(root: string): SearchCache {
  const version = computeVersion(root);
  const folder = join(root, CACHE_ROOT, version);
  mkdirSync(folder, { recursive: true });
  const used = new Set<string>();
  const stats = { hits: 0, misses: 0 };
  const fileOf = (key: string) => join(folder, `${key}.json`);
  return {
    stats,
    get(key) {
      used.add(key);
      if (!existsSync(fileOf(key))) return undefined;
      const data = readJson(fileOf(key));
      if (!isEntry(data)) return undefined;
      stats.hits += 1;
      return data;
    },
    set(key, entry) {
      used.add(key);
      stats.misses += 1;
      // A new file, never one rewritten in place: node_modules may be a hard-linked copy of another checkout's.
      rmSync(fileOf(key), { force: true });
      writeFileSync(fileOf(key), JSON.stringify(entry));
    },
    prune() {
      for (const name of readdirSync(join(root, CACHE_ROOT))) if (name !== version) rmSync(join(root, CACHE_ROOT, name), { recursive: true, force: true });
      for (const name of readdirSync(folder)) if (!used.has(name.replace(/\.json$/, ''))) rmSync(join(folder, name), { force: true });
    },
  };
}
