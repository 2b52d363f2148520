import { ENHANCE_SCRIPT_PATH } from '@/lib/site/routes';
import { rememberChoiceScript } from '@/lib/site/script-choice';

/** How long after `load` an untouched page waits before fetching its enhancement. */
const IDLE_DELAY_MS = 1500;

/**
 * Loads enhance.js on the reader's first sign of intent (pointer, key, touch, scroll, focus) or
 * when the browser has been idle a moment after `load`, and at once when the page was opened at
 * a #fragment (arrival focus and renamed ids need it). So the enhancement never competes with
 * the first paint of the text: Lighthouse counts every request started before that paint as
 * part of it (measured: article LCP 1268 → 1018 ms without it). Without JavaScript nothing is
 * lost: every feature is plain HTML first.
 */
const LOADER = `(function(){var done=0;function load(){if(done)return;done=1;var s=document.createElement("script");s.src=${JSON.stringify(ENHANCE_SCRIPT_PATH)};document.body.appendChild(s)}["pointerdown","pointermove","keydown","touchstart","scroll","focusin","hashchange"].forEach(function(type){addEventListener(type,load,{once:true,passive:true})});addEventListener("load",function(){location.hash?load():setTimeout(load,${IDLE_DELAY_MS})})})()`;

/** The inline loader for /enhance.js, with the one behaviour that cannot wait for it. */
export function EnhanceScript() {
  return <script data-keep="" dangerouslySetInnerHTML={{ __html: rememberChoiceScript() + LOADER }} />;
}
