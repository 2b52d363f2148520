import { archivePeople } from '../../../_lib/people';
import { peopleDataIndex } from '@/lib/site/open-data';

export const dynamic = 'force-static';

/** Every named speaker, most quotes first, with links to their JSON and pages. */
export function GET() {
  return Response.json(peopleDataIndex(archivePeople()));
}
