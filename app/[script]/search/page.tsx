import type { Metadata } from 'next';
import { scriptParam } from '../../_lib/params';
import { otherScript } from '@/lib/site/script';
import { SITE_NAME, uiText } from '@/lib/site/ui-text';
import { SEARCH_WORD_ATTRIBUTES, wordAttributes } from '@/lib/site/client-words';
import { SEARCH_SCRIPT_PATH, indexPath, searchDataPath, searchPath } from '@/lib/site/routes';
import { SiteHeader } from '../_components/site-header';
import { SiteFooter } from '../_components/site-footer';
import { alternateLanguages } from '../../_lib/alternates';
import './search.css';

type Props = { params: Promise<{ script: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const script = await scriptParam(props.params);
  const text = uiText(script);
  return {
    title: `${text.searchTitle} · ${SITE_NAME[script]}`,
    alternates: { canonical: searchPath(script), languages: alternateLanguages(searchPath) },
    // Results are drawn in the browser from `?q=`: the page itself has nothing to index.
    robots: { index: false, follow: true },
  };
}

/**
 * Full-text search: a plain GET form (`?q=`), whose results the search script (app/_client/search.ts) draws from the
 * script's sharded index. The script and the index files load on this page only.
 */
export default async function SearchPage(props: Props) {
  const script = await scriptParam(props.params);
  const text = uiText(script);
  return (
    <>
      <SiteHeader script={script} otherScriptPath={searchPath(otherScript(script))} />
      <main id="main" className="search">
        <h1>{text.searchTitle}</h1>
        <form
          className="search-form"
          role="search"
          action={searchPath(script)}
          method="get"
          data-search-data={searchDataPath(script)}
          {...wordAttributes(SEARCH_WORD_ATTRIBUTES, text)}
        >
          <label htmlFor="search-query">{text.searchLabel}</label>
          <div className="search-row">
            <input id="search-query" type="search" name="q" enterKeyHint="search" autoComplete="off" spellCheck={false} aria-describedby="search-hint" />
            <button type="submit">{text.search}</button>
          </div>
          <p id="search-hint" className="search-hint">
            {text.searchHint}
          </p>
        </form>
        <noscript>
          <p className="search-status">
            {`${text.searchNeedsScript} `}
            <a href={indexPath(script)}>{text.allArticles}</a>
          </p>
        </noscript>
        <p className="search-status" role="status" data-search-status="" />
        <ol className="search-results" data-search-results="" />
      </main>
      <SiteFooter script={script} />
      <script src={SEARCH_SCRIPT_PATH} defer data-keep="" />
    </>
  );
}
