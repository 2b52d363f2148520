import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { articleCount } from '../../../_lib/archive';
import { RedirectPage } from '../../../_components/redirect-page';
import { indexPagePath, keepSelected, listIndexPages, pageKey } from '@/lib/site/routes';
import { selectedKeys } from '../../../_lib/page-selection';
import { parsePageNumber } from '@/lib/site/paging';
import { loadArticles } from '@/lib/content/load-articles';
import { SCRIPTS, isScript, type Script } from '@/lib/site/script';
import { uiText } from '@/lib/site/ui-text';
import { ArchivePage, archivePageMetadata } from '../../_components/archive-page';

type Props = { params: Promise<{ script: string; page: string }> };

export const dynamicParams = false;

/**
 * Index pages 2, 3, … in both scripts, and `/page/1/`, which sends the reader to the index (page 1
 * lives there). It also keeps the route's list non-empty when every article fits on one page:
 * static export refuses a dynamic route without a single page.
 */
export function generateStaticParams() {
  // Page 1 is always listed (the redirect), later pages when there are any (and the build selected them).
  const [redirect, ...later] = listIndexPages(loadArticles());
  const pages = [...(redirect ? [redirect] : []), ...keepSelected(later, pageKey, selectedKeys())].map(({ page }) => String(page));
  return SCRIPTS.flatMap((script) => pages.map((page) => ({ script, page })));
}

/** The script and page number of the params; page 1 comes back as 1 (the redirect), unknown pages 404. */
async function resolve(props: Props): Promise<{ script: Script; page: number }> {
  const { script, page } = await props.params;
  if (!isScript(script)) notFound();
  if (page === '1') return { script, page: 1 };
  const number = parsePageNumber(page, articleCount());
  if (number === null) notFound();
  return { script, page: number };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { script, page } = await resolve(props);
  if (page === 1) return { title: uiText(script).archiveIndex, alternates: { canonical: indexPagePath(script, 1) }, robots: { index: false } };
  return archivePageMetadata(script, page);
}

/** A later page of the archive index (or, for page 1, the way to the index). */
export default async function ArchiveIndexPage(props: Props) {
  const { script, page } = await resolve(props);
  if (page === 1) {
    const text = uiText(script);
    return <RedirectPage to={indexPagePath(script, 1)} heading={text.archiveIndex} lead={text.redirecting} linkText={text.backToIndex} />;
  }
  return <ArchivePage script={script} page={page} />;
}
