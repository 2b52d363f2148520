import { decodeFoldTable, type FoldTable } from './fold';
import { chunkFile, chunkOfArticle, indexShard, intersectSorted, META_FILE, postingsOfLine, shardFile, shardOfKey, termKeys, type KeyPostings } from './keys';
import { decodeChunk } from './chunk';
import { isSearchMeta, matchParagraphs, parseQuery, prepareArticle, type Match, type SearchMeta } from './match';
import type { SearchArticle } from './search-index';

/**
 * Searching the sharded index (search-files.ts) as the browser does: fetch the meta file once,
 * then for a query only the shards of its terms' keys, which name the candidate articles; then the
 * snippet chunks of the first candidates, whose text confirms each hit (a key match is necessary,
 * not sufficient, for terms of three or more characters) and gives its passages. Paging on loads
 * more chunks, never more index. Pure apart from the `fetchText` it is given.
 */

/** Fetches a file of the script's search folder by its relative path, as text. */
export type FetchText = (file: string) => Promise<string>;

/** Results a page of the search page shows at first, and adds per "more results". */
export const PAGE_RESULTS = 10;
/** Snippet chunks a page may read before it stops and offers more. */
export const PAGE_CHUNKS = 8;

/** How many chunks one round of checking candidates may fetch (in parallel). */
const CHUNKS_PER_ROUND = 2;

export interface Searcher {
  table: FoldTable;
  meta: SearchMeta;
  /** Starts a search: finds the candidates, checks them as `more(first, chunkBudget)` does. */
  search: (query: string, first: number, chunkBudget?: number) => Promise<SearchRun>;
}

export interface SearchRun {
  terms: string[];
  /** Every candidate article, in rank order: those whose title or a heading holds every term first, then newer first. */
  candidates: number[];
  /** The results found so far, in rank order. */
  results: Match[];
  /** How many candidates have been checked against their text. */
  checked: number;
  /** Whether every candidate has been checked (then `results` is every result). */
  done: () => boolean;
  /**
   * Checks more candidates until `count` more results are found, none are left or `chunkBudget`
   * chunks have been read (terms that each occur in an article but never in one paragraph can make
   * many candidates without a result: the budget keeps a page's download bounded); returns the new results.
   */
  more: (count: number, chunkBudget?: number) => Promise<Match[]>;
}

/** Opens a script's search folder: reads its meta file. */
export async function openSearcher(fetchText: FetchText): Promise<Searcher> {
  const data: unknown = JSON.parse(await fetchText(META_FILE));
  if (!isSearchMeta(data)) throw new Error(`${META_FILE} is not a search meta file`);
  const meta = data;
  const table = decodeFoldTable(meta.fold);
  const shards = new Map<number, Promise<Map<string, string>>>();
  const chunks = new Map<number, Promise<Map<number, SearchArticle>>>();

  function shard(index: number): Promise<Map<string, string>> {
    let loading = shards.get(index);
    if (!loading) {
      loading = fetchText(shardFile(index)).then(indexShard);
      // A failed fetch may be retried by the next search.
      loading.catch(() => shards.delete(index));
      shards.set(index, loading);
    }
    return loading;
  }

  function chunk(index: number): Promise<Map<number, SearchArticle>> {
    let loading = chunks.get(index);
    if (!loading) {
      loading = fetchText(chunkFile(index)).then((text) => {
        const data = decodeChunk(JSON.parse(text));
        if (!data) throw new Error(`${chunkFile(index)} is not a snippet chunk`);
        return new Map(data.map((article) => [article.number, article]));
      });
      loading.catch(() => chunks.delete(index));
      chunks.set(index, loading);
    }
    return loading;
  }

  /** The postings of a key (none when no article holds it). */
  async function postingsOf(key: string): Promise<KeyPostings> {
    const index = shardOfKey(key, meta.shards);
    const line = (await shard(index)).get(key);
    if (line === undefined) return { articles: [], headed: [] };
    const postings = postingsOfLine(line);
    if (!postings) throw new Error(`${shardFile(index)} has a malformed line for ${key}`);
    return postings;
  }

  /** The candidate articles of the terms, in rank order. */
  async function candidatesOf(terms: readonly string[]): Promise<number[]> {
    const keys = [...new Set(terms.flatMap(termKeys))];
    const postings = new Map(await Promise.all(keys.map(async (key) => [key, await postingsOf(key)] as const)));
    let all: number[] | null = null;
    let headed: number[] | null = null;
    for (const term of terms) {
      for (const key of termKeys(term)) {
        const { articles, headed: inHeads } = postings.get(key)!;
        all = all ? intersectSorted(all, articles) : articles;
        headed = headed ? intersectSorted(headed, inHeads) : inHeads;
      }
    }
    const first = new Set(headed ?? []);
    const rest = (all ?? []).filter((article) => !first.has(article));
    return [...first].reverse().concat(rest.reverse());
  }

  async function search(query: string, first: number, chunkBudget = Infinity): Promise<SearchRun> {
    const terms = parseQuery(table, query);
    const candidates = terms.length === 0 ? [] : await candidatesOf(terms);
    const run: SearchRun = {
      terms,
      candidates,
      results: [],
      checked: 0,
      done: () => run.checked >= candidates.length,
      more: async (count, chunkBudget = Infinity) => {
        const found: Match[] = [];
        let chunksRead = 0;
        while (found.length < count && !run.done() && chunksRead < chunkBudget) {
          // The next candidates whose chunks make one round.
          const round: number[] = [];
          const roundChunks = new Set<number>();
          for (let i = run.checked; i < candidates.length; i++) {
            const inChunk = chunkOfArticle(candidates[i]!, meta.chunkSize);
            if (!roundChunks.has(inChunk) && roundChunks.size === CHUNKS_PER_ROUND) break;
            roundChunks.add(inChunk);
            round.push(candidates[i]!);
          }
          const loaded = new Map(await Promise.all([...roundChunks].map(async (index) => [index, await chunk(index)] as const)));
          chunksRead += roundChunks.size;
          for (const number of round) {
            const article = loaded.get(chunkOfArticle(number, meta.chunkSize))?.get(number);
            if (!article) throw new Error(`article ${number} is missing from its snippet chunk`);
            found.push(...matchParagraphs(prepareArticle(table, article), terms));
          }
          run.checked += round.length;
        }
        run.results.push(...found);
        return found;
      },
    };
    await run.more(first, chunkBudget);
    return run;
  }

  return { table, meta, search };
}
