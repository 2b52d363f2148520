import { SEARCH_WORD_ATTRIBUTES } from '@/lib/site/client-words';
import { withQuery } from '@/lib/site/place';
import { isSearchIndex, passageOf, prepareIndex, search, type Found, type PreparedIndex } from '@/lib/site/search/match';

/**
 * The search page's script, served as /search.js and loaded by that page only: the query comes
 * from `?q=`, the index (/<script>/search/index.json) is fetched once, and results are drawn in the
 * page's script. Matching and ranking are lib/site/search/match.ts.
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
  const form = document.querySelector<HTMLFormElement>('form[data-search-index]');
  const input = form?.elements.namedItem('q');
  const status = document.querySelector('[data-search-status]');
  const list = document.querySelector('[data-search-results]');
  return form && input instanceof HTMLInputElement && status && list ? { form, input, status, list } : null;
}

/** Wires the search page's form, status line and result list. */
function wire({ form, input, status, list }: SearchPage): void {
  const indexUrl = form.getAttribute('data-search-index') ?? '';
  const switchLink = document.querySelector('[data-script-switch]');
  const switchHref = switchLink?.getAttribute('href') ?? '';
  const baseTitle = document.title;
  const word = (key: keyof typeof SEARCH_WORD_ATTRIBUTES) => form.getAttribute(SEARCH_WORD_ATTRIBUTES[key]) ?? '';
  let loading: Promise<PreparedIndex> | null = null;
  let latest = 0;

  /** Fetches and readies the index once; a failed fetch may be retried by the next search. */
  function load(): Promise<PreparedIndex> {
    loading ??= fetch(indexUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      })
      .then((data: unknown) => {
        if (!isSearchIndex(data)) throw new Error('not a search index');
        return prepareIndex(data);
      })
      .catch((error: unknown) => {
        loading = null;
        throw error;
      });
    return loading;
  }

  const queryOfLocation = () => new URLSearchParams(location.search).get('q') ?? '';

  function render(index: PreparedIndex, found: Found): void {
    const items = found.results.map((match) => {
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
      const shown = passageOf(index, match);
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
    });
    list.replaceChildren(...items);
    status.textContent =
      found.total === 0 ? word('searchNone') :
      found.total > found.results.length ? fill(word('searchMore'), { shown: found.results.length, total: found.total }) :
      fill(word('searchFound'), { total: found.total });
  }

  /** Shows the results of a query (an empty query clears them). */
  function show(query: string): void {
    input.value = query;
    document.title = query ? `${query} · ${baseTitle}` : baseTitle;
    // The script switch keeps the query: the same search in the other script.
    switchLink?.setAttribute('href', withQuery(switchHref, query));
    if (!query.trim()) {
      latest += 1;
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    const ticket = (latest += 1);
    status.textContent = word('searchLoading');
    load().then(
      (index) => {
        if (ticket === latest) render(index, search(index, query));
      },
      () => {
        if (ticket === latest) status.textContent = word('searchFailed');
      },
    );
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    url.hash = '';
    if (url.href !== location.href) history.pushState(null, '', url.href);
    show(input.value);
  });
  addEventListener('popstate', () => show(queryOfLocation()));

  load().catch(() => {}); // the reader opened search: fetch the index now
  show(queryOfLocation());
  if (!input.value) input.focus();
}

const page = findSearchPage();
if (page) wire(page);
