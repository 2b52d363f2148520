import { loadArticles } from '@/lib/content/load-articles';
import { SCRIPTS, isScript } from '@/lib/site/script';
import { buildSearchIndex } from '@/lib/site/search/search-index';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One search index per script. */
export function generateStaticParams() {
  return SCRIPTS.map((script) => ({ script }));
}

/** Every paragraph in the script's text, with the fold table: fetched by search.js on the search page only. */
export async function GET(_request: Request, { params }: { params: Promise<{ script: string }> }) {
  const { script } = await params;
  if (!isScript(script)) return new Response('Not found', { status: 404 });
  return new Response(JSON.stringify(buildSearchIndex(loadArticles(), script)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
