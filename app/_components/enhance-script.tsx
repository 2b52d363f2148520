/**
 * Loads enhance.js once the page has loaded, so the progressive-enhancement script never
 * competes with the first paint of the text (Lighthouse measured LCP 1259 → 926 ms without it
 * in the critical path). Without JavaScript nothing is lost: every feature is plain HTML first.
 */
const LOADER = 'addEventListener("load",function(){var s=document.createElement("script");s.src="/enhance.js";document.body.appendChild(s)})';

/** The inline loader for /enhance.js. */
export function EnhanceScript() {
  return <script data-keep="" dangerouslySetInnerHTML={{ __html: LOADER }} />;
}
