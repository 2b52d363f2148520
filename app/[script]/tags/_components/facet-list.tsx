import { facetName, type Facet } from '@/lib/site/facets';
import { languageOfScript, type Script } from '@/lib/site/script';
import '../../_components/browse.css';

interface FacetLinkProps {
  href: string;
  name: string;
  /** Left out where a count would tie the page to the whole archive (a timeline's filter past its front page). */
  count?: number;
  /** What is counted (篇文章, 個事件), said to screen readers after the number. */
  unit: string;
  /** `page` on the page's own link; `true` on the one it belongs to (a timeline's year page). */
  current?: 'page' | 'true';
}

/** One facet as a link: its name and, when given, how many articles or events it holds. */
export function FacetLink({ href, name, count, unit, current }: FacetLinkProps) {
  return (
    <a href={href} aria-current={current}>
      <span className="facet-name">{name}</span>
      {count !== undefined && (
        <span className="facet-count">
          {count}
          <span className="visually-hidden"> {unit}</span>
        </span>
      )}
    </a>
  );
}

/** Tags or outlets as links, each with its number of articles (or events), in the order given. */
export function FacetList({ facets, script, pathOf, countOf = (facet) => facet.slugs.length, unit }: { facets: readonly Facet[]; script: Script; pathOf: (key: string) => string; countOf?: (facet: Facet) => number; unit: string }) {
  const language = languageOfScript(script);
  return (
    <ul className="facet-list">
      {facets.map((facet) => (
        <li key={facet.key}>
          <FacetLink href={pathOf(facet.key)} name={facetName(facet, language)} count={countOf(facet)} unit={unit} />
        </li>
      ))}
    </ul>
  );
}
