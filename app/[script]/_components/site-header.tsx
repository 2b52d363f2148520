import type { Script } from '@/lib/site/script';
import { otherScript, languageOfScript } from '@/lib/site/script';
import { SITE_NAME, uiText } from '@/lib/site/ui-text';
import { indexPath, searchPath } from '@/lib/site/routes';
import '../search/search-link.css';
import { BrowseNav, type BrowseSection } from './browse-nav';

/** Site name, the search link and the link to the same page in the other script; below it, the ways to browse. */
export function SiteHeader({ script, otherScriptPath, current }: { script: Script; otherScriptPath: string; current?: BrowseSection }) {
  const text = uiText(script);
  const other = otherScript(script);
  return (
    <>
      <header className="site-header">
        <a className="skip-link" href="#main">
          {text.skipToContent}
        </a>
        <a className="site-name" href={indexPath(script)}>
          {SITE_NAME[script]}
        </a>
        <a className="search-link" href={searchPath(script)}>
          {text.search}
        </a>
        <a className="script-switch" href={otherScriptPath} hrefLang={languageOfScript(other)} data-script-switch="">
          <span lang={languageOfScript(other)}>{text.switchTo}</span>
          <span className="visually-hidden">（{text.switchToLabel}）</span>
        </a>
      </header>
      <BrowseNav script={script} current={current} />
    </>
  );
}
