import { clientCode } from '../_lib/client-code';

/**
 * A page whose only job is to send the reader on: an immediate meta refresh (no JavaScript
 * needed), a script that also carries the `#fragment` along, and a plain link as the fallback.
 */
export function RedirectPage({ to, heading, lead, linkText, children }: { to: string; heading: string; lead?: string; linkText: string; children?: React.ReactNode }) {
  // A target without its own fragment takes the reader's (`/old-slug/#p3` → `/new-slug/#p3`).
  const keepFragment = to.includes('#') ? null : clientCode('keepFragment');
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${to}`} />
      <main id="main" className="redirect-page">
        <h1>{heading}</h1>
        {lead && <p>{lead}</p>}
        {children}
        <p>
          <a href={to}>{linkText}</a>
        </p>
      </main>
      {keepFragment && <script data-keep="" data-redirect-to={to} dangerouslySetInnerHTML={{ __html: keepFragment }} />}
    </>
  );
}
