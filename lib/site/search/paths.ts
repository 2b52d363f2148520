import type { Script } from '../script';

/** Where search lives in each script: the page, and the index its script fetches. */

/** Path of a script's search page (the form submits here: `?q=` is the query). */
export function searchPath(script: Script): string {
  return `/${script}/search/`;
}

/** Path of a script's search index, fetched by `public/search.js` on the search page only. */
export function searchIndexPath(script: Script): string {
  return `/${script}/search/index.json`;
}

/** Path of the search script, loaded by the search page only. */
export const SEARCH_SCRIPT_PATH = '/search.js';
