import { articlesIn } from '../../_lib/archive';
import { SCRIPTS, isScript } from '@/lib/script';
import { rssFeed } from '@/lib/feeds';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One RSS feed per script. */
export function generateStaticParams() {
  return SCRIPTS.map((script) => ({ script }));
}

/** The script's RSS 2.0 feed with full text. */
export async function GET(_request: Request, { params }: { params: Promise<{ script: string }> }) {
  const { script } = await params;
  if (!isScript(script)) return new Response('Not found', { status: 404 });
  return new Response(rssFeed(articlesIn(script), script), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
}
