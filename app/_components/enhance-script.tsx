import { clientCode } from '../_lib/client-code';

/** The inline script at the end of every page: remembers a script switch, loads enhance.js lazily (app/_client/every-page.ts). */
export function EnhanceScript() {
  return <script data-keep="" dangerouslySetInnerHTML={{ __html: clientCode('everyPage') }} />;
}
