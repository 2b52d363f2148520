import type { MetadataRoute } from 'next';
import { SITEMAP_PATH, absoluteUrl } from '@/lib/site/routes';

export const dynamic = 'force-static';

/** Everything may be crawled; the sitemap lists every page. */
export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/' }], sitemap: absoluteUrl(SITEMAP_PATH) };
}
