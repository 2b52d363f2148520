import { loadArticles } from '@/lib/content/load-articles';
import { articleDataPath } from '@/lib/site/routes';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** The file name of an article's data, as its path in routes names it (`<slug>.json`). */
function dataFileOf(slug: string): string {
  return articleDataPath(slug).split('/').at(-1)!;
}

/** One JSON file per article. */
export function generateStaticParams() {
  return loadArticles().map((article) => ({ file: dataFileOf(article.slug) }));
}

/** The article exactly as the contract describes it (original script). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const article = loadArticles().find((candidate) => dataFileOf(candidate.slug) === file);
  if (!article) return new Response('Not found', { status: 404 });
  return Response.json(article);
}
