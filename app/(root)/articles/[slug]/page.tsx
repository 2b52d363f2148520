import type { Metadata } from 'next';
import ArticlePage, { generateMetadata as articleMetadata } from '../../../[script]/articles/[slug]/page';
import { loadArticles } from '@/lib/content/load-articles';
import { listArticlePages } from '@/lib/site/routes';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

/** A script-less URL for every article (`/articles/<slug>/`), for links that should follow the reader's choice. */
export function generateStaticParams() {
  return listArticlePages(loadArticles()).map(({ slug }) => ({ slug }));
}

/** Resolves to the Traditional page's params; the chooser script in `<head>` moves Simplified readers on. */
async function traditional(props: Props) {
  const { slug } = await props.params;
  return { params: Promise.resolve({ script: 'zh-hant', slug }) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return articleMetadata(await traditional(props));
}

/** Shows the Traditional page (canonical: `/zh-hant/articles/<slug>/`). */
export default async function ScriptlessArticlePage(props: Props) {
  return <ArticlePage {...await traditional(props)} />;
}
