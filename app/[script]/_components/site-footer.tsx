import type { Script } from '@/lib/script';
import { SITE_NAME, indexPath } from '@/lib/site';
import { uiText } from '@/lib/ui-text';

/** The closing line of every page. */
export function SiteFooter({ script }: { script: Script }) {
  const text = uiText(script);
  return (
    <footer className="site-footer">
      <p>
        <a href={indexPath(script)}>{SITE_NAME[script]}</a> · {text.siteTagline}
      </p>
    </footer>
  );
}
