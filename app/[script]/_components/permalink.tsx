/**
 * A link to an element's own `#id`, kept outside the text it labels so copying a paragraph
 * never picks it up. One element per paragraph on purpose: the page carries 60+ of them, so the
 * spoken label is an attribute, not extra markup. The copy and share buttons are added by
 * enhance.js beside whichever permalink the reader points at, since they need JavaScript.
 */
export function Permalink({ id, label, symbol, sharePath, shareTitle }: { id: string; label: string; symbol: string; sharePath?: string; shareTitle?: string }) {
  return (
    <a className="permalink" href={`#${id}`} aria-label={label} data-share-path={sharePath} data-share-title={shareTitle}>
      {symbol}
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
