import type { Element } from 'hast';
import { h } from 'hastscript';
import { indexPath, outletsPath, peoplePath, searchPath, tagsPath, timelinePath } from '../routes';
import { languageOfScript, otherScript, type Script } from '../script';
import { SITE_NAME, uiText } from '../ui-text';

/**
 * Site name, the search link and the link to the same page in the other script; below it, the ways
 * to browse (a row of its own below the sticky header, so the header keeps one line on narrow screens).
 */
export function siteHeader(script: Script, otherScriptPath: string): Element[] {
  const text = uiText(script);
  const other = languageOfScript(otherScript(script));
  const header = h('header', { className: ['site-header'] }, [
    h('a', { className: ['skip-link'], href: '#main' }, text.skipToContent),
    h('a', { className: ['site-name'], href: indexPath(script) }, SITE_NAME[script]),
    h('a', { className: ['search-link'], href: searchPath(script) }, text.search),
    h('a', { className: ['script-switch'], href: otherScriptPath, hrefLang: other, dataScriptSwitch: '' }, [h('span', { lang: other }, text.switchTo), h('span', { className: ['visually-hidden'] }, `（${text.switchToLabel}）`)]),
  ]);
  const links = [
    [tagsPath(script), text.tags],
    [outletsPath(script), text.outlets],
    [timelinePath(script), text.timeline],
    [peoplePath(script), text.people],
  ] as const;
  const nav = h('nav', { className: ['browse-nav'], ariaLabel: text.browse }, h('ul', links.map(([href, label]) => h('li', h('a', { href }, label)))));
  return [header, nav];
}
