import { loadArticles } from '@/lib/content';
import { dataIndex } from '@/lib/open-data';

export const dynamic = 'force-static';

/** Every article, newest first, with links to its JSON and pages. */
export function GET() {
  return Response.json(dataIndex(loadArticles()));
}
