import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site/site';

export const dynamic = 'force-static';

/** Everything may be crawled; the sitemap lists every page. */
export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/' }], sitemap: absoluteUrl('/sitemap.xml') };
}
