import { loadArticles } from '@/lib/content/load-articles';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One JSON file per article, named `<slug>.json`. */
export function generateStaticParams() {
  return loadArticles().map((article) => ({ file: `${article.slug}.json` }));
}

/** The article exactly as the contract describes it (original script). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const article = loadArticles().find((candidate) => `${candidate.slug}.json` === file);
  if (!article) return new Response('Not found', { status: 404 });
  return Response.json(article);
}
