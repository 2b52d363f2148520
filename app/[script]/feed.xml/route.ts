import { articlesInRange } from '../../_lib/archive';
import { scriptFileRoute } from '../../_lib/script-file-route';
import { FEED_LIMIT, rssFeed } from '@/lib/site/feeds';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** The script's RSS 2.0 feed with full text. */
export const { generateStaticParams, GET } = scriptFileRoute((script) => rssFeed(articlesInRange(script, 0, FEED_LIMIT), script), 'application/rss+xml; charset=utf-8');
