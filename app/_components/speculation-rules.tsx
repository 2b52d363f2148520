import { SPECULATION_RULES } from '@/lib/site/render/page-scripts';

/** The speculation rules of every reading page (lib/site/render/page-scripts.ts: the build's own pages carry the same). */
export function SpeculationRules() {
  return <script type="speculationrules" dangerouslySetInnerHTML={{ __html: JSON.stringify(SPECULATION_RULES) }} />;
}
