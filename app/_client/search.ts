import { SEARCH_WORD_ATTRIBUTES } from '@/lib/site/client-words';
import { withQuery } from '@/lib/site/place';
import { passageOf, type Match } from '@/lib/site/search/match';
import { openSearcher, PAGE_CHUNKS, PAGE_RESULTS, type Searcher, type SearchRun } from '@/lib/site/search/sharded-search';

/**
 * The search page's script, served as /search.js and loaded by that page only: the query comes
 * from `?q=` or is typed (results follow each edit), the script's search folder is opened once
 * (its meta file: the fold table), and each query fetches only its keys' shards and the snippet
 * chunks of its first hits; "more results" fetches more chunks. Results are drawn in the page's
 * script. Matching and ranking are lib/site/search/match.ts and sharded-search.ts.
 */


/** Fills a template's `{name}` slots. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/** The parts of the search page the script drives. */
interface SearchPage {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: Element;
  list: Element;
}

/** Finds the search page's parts; null on any other page. */
function findSearchPage(): SearchPage | null {
  const form = document.querySelector<HTMLFormElement>('form[data-search-data]');
  const input = form?.elements.namedItem('q');
  const status = document.querySelector('[data-search-status]');
  const list = document.querySelector('[data-search-results]');
  return form && input instanceof HTMLInputElement && status && list ? { form, input, status, list } : null;
}

/** One result as a list item: where it is, and its passage linking to the paragraph. */
function resultItem(searcher: Searcher, match: Match): HTMLLIElement {
  const paragraph = match.paragraph;
  const item = document.createElement('li');
  item.className = 'search-result';
  const where = document.createElement('p');
  where.className = 'search-result-where';
  where.textContent = [paragraph.article.title, paragraph.article.date, paragraph.heading].filter(Boolean).join(' · ');
  const passage = document.createElement('p');
  passage.className = 'search-result-passage';
  const link = document.createElement('a');
  link.href = `${paragraph.article.path}#${paragraph.id}`;
  const shown = passageOf(searcher.table, match);
  if (shown.cutBefore) link.append('…');
  for (const part of shown.parts) {
    if (!part.mark) {
      link.append(part.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    link.append(mark);
  }
  if (shown.cutAfter) link.append('…');
  passage.append(link);
  item.append(where, passage);
  return item;
}

/** Wires the search page's form, status line, result list and "more results" button. */
function wire({ form, input, status, list }: SearchPage): void {
  const folder = form.getAttribute('data-search-data') ?? '';
  const switchLink = document.querySelector('[data-script-switch]');
  const switchHref = switchLink?.getAttribute('href') ?? '';
  const baseTitle = document.title;
  const word = (key: keyof typeof SEARCH_WORD_ATTRIBUTES) => form.getAttribute(SEARCH_WORD_ATTRIBUTES[key]) ?? '';
  const moreButton = document.createElement('button');
  moreButton.type = 'button';
  moreButton.className = 'search-more';
  moreButton.textContent = word('searchNext');
  moreButton.hidden = true;
  list.after(moreButton);
  let opening: Promise<Searcher> | null = null;
  let latest = 0;
  let shown: { searcher: Searcher; run: SearchRun; ticket: number } | null = null;

  /** Opens the search folder once; a failed fetch may be retried by the next search. */
  function open(): Promise<Searcher> {
    opening ??= openSearcher(async (file) => {
      const response = await fetch(folder + file);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    }).catch((error: unknown) => {
      opening = null;
      throw error;
    });
    return opening;
  }

  const queryOfLocation = () => new URLSearchParams(location.search).get('q') ?? '';

  /** Says how many results there are, or how many are shown and how many articles are left to check. */
  function describe(run: SearchRun): void {
    const rest = run.candidates.length - run.checked;
    status.textContent =
      run.done() ? (run.results.length === 0 ? word('searchNone') : fill(word('searchFound'), { total: run.results.length })) :
      fill(word('searchMore'), { shown: run.results.length, rest });
    moreButton.hidden = run.done();
  }

  /** Shows the results of a query (an empty query clears them). */
  function show(query: string): void {
    document.title = query ? `${query} · ${baseTitle}` : baseTitle;
    // The script switch keeps the query: the same search in the other script.
    switchLink?.setAttribute('href', withQuery(switchHref, query));
    const ticket = (latest += 1);
    shown = null;
    if (!query.trim()) {
      status.textContent = '';
      list.replaceChildren();
      moreButton.hidden = true;
      return;
    }
    status.textContent = word('searchLoading');
    open()
      .then(async (searcher) => {
        const run = await searcher.search(query, PAGE_RESULTS, PAGE_CHUNKS);
        if (ticket !== latest) return;
        shown = { searcher, run, ticket };
        list.replaceChildren(...run.results.map((match) => resultItem(searcher, match)));
        describe(run);
      })
      .catch(() => {
        if (ticket === latest) status.textContent = word('searchFailed');
      });
  }

  moreButton.addEventListener('click', () => {
    const current = shown;
    if (!current) return;
    moreButton.disabled = true;
    current.run
      .more(PAGE_RESULTS, PAGE_CHUNKS)
      .then((found) => {
        if (current.ticket !== latest) return;
        list.append(...found.map((match) => resultItem(current.searcher, match)));
        describe(current.run);
      })
      .catch(() => {
        if (current.ticket === latest) status.textContent = word('searchFailed');
      })
      .finally(() => (moreButton.disabled = false));
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    url.hash = '';
    if (url.href !== location.href) history.pushState(null, '', url.href);
    show(input.value);
  });
  // Results follow the words as they are typed; an input method's unfinished composition is not a query yet.
  input.addEventListener('input', (event) => {
    if (!(event instanceof InputEvent && event.isComposing)) show(input.value);
  });
  input.addEventListener('compositionend', () => show(input.value));
  addEventListener('popstate', () => {
    input.value = queryOfLocation();
    show(input.value);
  });

  open().catch(() => {}); // the reader opened search: fetch the meta file now
  input.value = queryOfLocation();
  show(input.value);
  if (!input.value) input.focus();
}

const page = findSearchPage();
if (page) wire(page);
