import { SCRIPTS, type Script } from '../../lib/site/script';
import type { FoldSource } from '../../lib/site/search/fold-table';
import { isSearchBody } from '../../lib/site/search/match';
import type { SearchBody } from '../../lib/site/search/search-index';
import { openFileCache, type FileCache } from './file-cache';

/**
 * The search step's cache: what each article gives the index and is slow to make (its texts
 * converted to the other script: its fold source and both scripts' search bodies), kept between
 * builds in `node_modules/.cache/archive-search/<version>/<article hash>.json`, where the version
 * hashes lib/ and the locked dependencies (opencc's tables, the glossary, routes and date format
 * all shape an entry). A build after one changed article converts that article only; the index is
 * still assembled from every article by the code a full build runs, so its files are the same.
 * Entries the build did not use are dropped when it ends, and so are other versions' folders.
 */

/** What an entry depends on besides the article. */
const DEPENDS_ON = ['lib', 'package-lock.json'];

/** One article's part of the index, whatever its number. */
export interface SearchCacheEntry {
  fold: FoldSource;
  bodies: Record<Script, SearchBody>;
}

export type SearchCache = FileCache<SearchCacheEntry>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Whether a cache file's JSON has an entry's shape. */
function isEntry(data: unknown): data is SearchCacheEntry {
  if (!isRecord(data) || !isRecord(data.fold) || typeof data.fold.chars !== 'string' || typeof data.fold.pairs !== 'string') return false;
  const bodies = data.bodies;
  return isRecord(bodies) && SCRIPTS.every((script) => isSearchBody(bodies[script]));
}

/** The search cache of the repository at `root` for the current version of lib/. */
export function openSearchCache(root: string): SearchCache {
  return openFileCache(root, { name: 'archive-search', dependsOn: DEPENDS_ON, accept: (data) => (isEntry(data) ? data : undefined) });
}
