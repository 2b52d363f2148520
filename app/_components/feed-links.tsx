import { atomPath, rssPath } from '@/lib/site/feeds';
import type { Script } from '@/lib/site/script';
import { SITE_NAME } from '@/lib/site/site';

/** Feed discovery links (React places them in `<head>`). */
export function FeedLinks({ script }: { script: Script }) {
  return (
    <>
      <link rel="alternate" type="application/rss+xml" title={`${SITE_NAME[script]} (RSS)`} href={rssPath(script)} />
      <link rel="alternate" type="application/atom+xml" title={`${SITE_NAME[script]} (Atom)`} href={atomPath(script)} />
    </>
  );
}
