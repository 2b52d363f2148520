import { loadArticles } from '@/lib/content/load-articles';
import { dataIndex } from '@/lib/site/open-data';

export const dynamic = 'force-static';

/** Every article, newest first, with links to its JSON and pages. */
export function GET() {
  return Response.json(dataIndex(loadArticles()));
}
