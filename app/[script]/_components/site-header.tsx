import type { Script } from '@/lib/script';
import { otherScript, languageOfScript } from '@/lib/script';
import { SITE_NAME, indexPath } from '@/lib/site';
import { uiText } from '@/lib/ui-text';

/** Site name and the link to the same page in the other script. */
export function SiteHeader({ script, otherScriptPath }: { script: Script; otherScriptPath: string }) {
  const text = uiText(script);
  const other = otherScript(script);
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {text.skipToContent}
      </a>
      <a className="site-name" href={indexPath(script)}>
        {SITE_NAME[script]}
      </a>
      <a className="script-switch" href={otherScriptPath} hrefLang={languageOfScript(other)} lang={languageOfScript(other)} data-script-switch="" aria-label={text.switchToLabel}>
        {text.switchTo}
      </a>
    </header>
  );
}
