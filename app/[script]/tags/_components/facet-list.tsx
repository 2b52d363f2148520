import { facetName, type Facet } from '@/lib/browse';
import { languageOfScript, type Script } from '@/lib/script';
import '../../_components/browse.css';

/** Tags or outlets as links, each with its number of articles (or events), in the order given. */
export function FacetList({ facets, script, pathOf, countOf = (facet) => facet.slugs.length, unit }: { facets: readonly Facet[]; script: Script; pathOf: (key: string) => string; countOf?: (facet: Facet) => number; unit: string }) {
  const language = languageOfScript(script);
  return (
    <ul className="facet-list">
      {facets.map((facet) => (
        <li key={facet.key}>
          <a href={pathOf(facet.key)}>
            <span className="facet-name">{facetName(facet, language)}</span>
            <span className="facet-count">
              {countOf(facet)}
              <span className="visually-hidden"> {unit}</span>
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
