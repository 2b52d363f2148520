/**
 * A link to an element's own `#id`, kept outside the text it labels so copying a paragraph
 * never picks it up. The copy and share buttons beside it are added by enhance.js, since
 * they need JavaScript to work.
 */
export function Permalink({ id, label, symbol, sharePath, shareTitle }: { id: string; label: string; symbol: string; sharePath?: string; shareTitle: string }) {
  return (
    <a className="permalink" href={`#${id}`} data-permalink={id} data-share-path={sharePath} data-share-title={shareTitle}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{label}</span>
    </a>
  );
}

/** Empty anchors for renamed ids: an old link still lands here (enhance.js then moves the hash to the new id). */
export function AliasAnchors({ ids, target }: { ids: readonly string[] | undefined; target: string }) {
  if (!ids || ids.length === 0) return null;
  return (
    <>
      {ids.map((id) => (
        <span key={id} id={id} className="alias-anchor" data-alias-of={target} />
      ))}
    </>
  );
}
