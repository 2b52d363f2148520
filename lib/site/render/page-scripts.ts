import type { Element } from 'hast';
import { h } from 'hastscript';

/**
 * Lets the browser prerender the other script's page when the reader hovers or presses the
 * switch, and prefetch same-site pages they are about to open, with no framework runtime.
 * Browsers without speculation rules ignore the element.
 */
export const SPECULATION_RULES = {
  prerender: [{ where: { selector_matches: '[data-script-switch]' }, eagerness: 'moderate' }],
  prefetch: [{ where: { and: [{ href_matches: '/*' }, { not: { selector_matches: '[data-script-switch], a[href^="#"]' } }] }, eagerness: 'moderate' }],
};

/** The speculation rules of every reading page. */
export function speculationRules(): Element {
  return h('script', { type: 'speculationrules' }, JSON.stringify(SPECULATION_RULES));
}

/** Structured data; `<` is escaped so no text can close the script element. */
export function jsonLd(data: object): Element {
  return h('script', { type: 'application/ld+json' }, JSON.stringify(data).replace(/</g, '\\u003c'));
}

/** An inline script the build keeps (`data-keep`: not Next's runtime), with its compiled code. */
export function inlineScript(code: string, attributes: Record<string, string> = {}): Element {
  return h('script', { dataKeep: '', ...attributes }, code);
}
