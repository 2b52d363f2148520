import type { Script } from '@/lib/site/script';
import { SITE_NAME, uiText } from '@/lib/site/ui-text';
import { indexPath } from '@/lib/site/routes';

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
