/**
 * Lets the browser prerender the other script's page when the reader hovers or presses the
 * switch, and prefetch same-site pages they are about to open, with no framework runtime.
 * Browsers without speculation rules ignore the element.
 */
const RULES = {
  prerender: [{ where: { selector_matches: '[data-script-switch]' }, eagerness: 'moderate' }],
  prefetch: [{ where: { and: [{ href_matches: '/*' }, { not: { selector_matches: '[data-script-switch], a[href^="#"]' } }] }, eagerness: 'moderate' }],
};

/** The speculation rules of every reading page. */
export function SpeculationRules() {
  return <script type="speculationrules" dangerouslySetInnerHTML={{ __html: JSON.stringify(RULES) }} />;
}
