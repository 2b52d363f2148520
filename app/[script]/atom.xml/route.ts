import { articlesInRange } from '../../_lib/archive';
import { scriptFileRoute } from '../../_lib/script-file-route';
import { FEED_LIMIT, atomFeed } from '@/lib/site/feeds';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** The script's Atom feed with full text. */
export const { generateStaticParams, GET } = scriptFileRoute((script) => atomFeed(articlesInRange(script, 0, FEED_LIMIT), script), 'application/atom+xml; charset=utf-8');
