import type { Element } from 'hast';
import { h } from 'hastscript';

/**
 * A link to an element's own `#id`, kept outside the text it labels so copying a paragraph never
 * picks it up. One element per paragraph on purpose: a page carries 60+ of them, so the spoken
 * label is an attribute, not extra markup. The copy and share buttons are added by enhance.js
 * beside whichever permalink the reader points at, since they need JavaScript; a section's
 * permalink (the one in its heading row) hands out the section's share page, whose path and title
 * enhance.js makes from the page itself (routes' sectionSharePathUnder, share's joinShareTitle).
 */
export function permalink({ id, label, symbol }: { id: string; label: string; symbol: string }): Element {
  return h('a', { className: ['permalink'], href: `#${id}`, ariaLabel: label }, symbol);
}

/** Empty anchors for renamed ids: an old link still lands here (enhance.js then moves the hash to the new id). */
export function aliasAnchors(ids: readonly string[] | undefined, target: string): Element[] {
  return (ids ?? []).map((id) => h('span', { id, className: ['alias-anchor'], dataAliasOf: target }));
}
