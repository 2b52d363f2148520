import { clientScriptResponse } from '../_lib/client-code';

export const dynamic = 'force-static';

/** The search page's script, compiled from app/_client/search.ts. */
export function GET(): Response {
  return clientScriptResponse('search');
}
