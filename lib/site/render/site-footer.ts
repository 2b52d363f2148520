import type { Element } from 'hast';
import { h } from 'hastscript';
import { indexPath } from '../routes';
import type { Script } from '../script';
import { SITE_NAME, uiText } from '../ui-text';

/** The closing line of every page. */
export function siteFooter(script: Script): Element {
  return h('footer', { className: ['site-footer'] }, h('p', [h('a', { href: indexPath(script) }, SITE_NAME[script]), ` · ${uiText(script).siteTagline}`]));
}
