import { loadArticles } from '@/lib/content/load-articles';
import type { Article } from '@/lib/content/model';
import { articleDataPath, keepSelected, pageKey } from '@/lib/site/routes';
import { selectedKeys } from '../../../_lib/page-selection';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** The file name of an article's data, as its path in routes names it (`<slug>.json`). */
function dataFileOf(slug: string): string {
  return articleDataPath(slug).split('/').at(-1)!;
}

let byFile: Map<string, Article> | undefined;

/** The article whose data file is `file`, from an index built once (a scan per file was N² at 10,000 articles). */
function articleOfFile(file: string): Article | undefined {
  byFile ??= new Map(loadArticles().map((article) => [dataFileOf(article.slug), article]));
  return byFile.get(file);
}

/** One JSON file per article (in an incremental build, of the articles whose page is rendered: the data is the article). */
export function generateStaticParams() {
  return keepSelected(loadArticles(), ({ slug }) => pageKey({ kind: 'article', slug }), selectedKeys()).map((article) => ({ file: dataFileOf(article.slug) }));
}

/** The article exactly as the contract describes it (original script). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const article = articleOfFile(file);
  if (!article) return new Response('Not found', { status: 404 });
  return Response.json(article);
}
