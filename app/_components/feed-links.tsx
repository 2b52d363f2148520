import { atomPath, rssPath } from '@/lib/site/routes';
import type { Script } from '@/lib/site/script';
import { SITE_NAME } from '@/lib/site/ui-text';

/** Feed discovery links (React places them in `<head>`). */
export function FeedLinks({ script }: { script: Script }) {
  return (
    <>
      <link rel="alternate" type="application/rss+xml" title={`${SITE_NAME[script]} (RSS)`} href={rssPath(script)} />
      <link rel="alternate" type="application/atom+xml" title={`${SITE_NAME[script]} (Atom)`} href={atomPath(script)} />
    </>
  );
}
