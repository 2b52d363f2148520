import { clientScriptResponse } from '../_lib/client-code';

export const dynamic = 'force-static';

/** The reading pages' enhancement, compiled from app/_client/enhance.ts. */
export function GET(): Response {
  return clientScriptResponse('enhance');
}
