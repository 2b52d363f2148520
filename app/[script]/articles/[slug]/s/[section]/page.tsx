import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { articleIn } from '../../../../../_lib/archive';
import { loadArticles } from '@/lib/content/load-articles';
import { RedirectPage } from '../../../../../_components/redirect-page';
import { SCRIPTS, isScript, type Script } from '@/lib/site/script';
import { SITE_NAME, uiText } from '@/lib/site/ui-text';
import { absoluteUrl, articleFragmentPath, articlePath, listSectionSharePages, ogImagePath, sectionSharePath } from '@/lib/site/routes';
import { OG_CARD_HEIGHT, OG_CARD_WIDTH } from '@/lib/site/og-card';
import { openingWords, sectionShareTitle, shareableSectionIds } from '@/lib/site/share';
import type { Article, Section } from '@/lib/content/model';

type Props = { params: Promise<{ script: string; slug: string; section: string }> };

export const dynamicParams = false;

/** A share page for every section (and section alias) of every article, in both scripts. */
export function generateStaticParams() {
  const pages = listSectionSharePages(loadArticles());
  return SCRIPTS.flatMap((script) => pages.map(({ slug, shareId }) => ({ script, slug, section: shareId })));
}

/** Resolves the params to the article and the section the share id lands on, or 404s. */
async function resolve(props: Props): Promise<{ script: Script; article: Article; section: Section; id: string }> {
  const { script, slug, section: id } = await props.params;
  if (!isScript(script)) notFound();
  const article = articleIn(script, slug);
  const target = article && shareableSectionIds(article).find((entry) => entry.id === id);
  const section = target && article.sections.find((candidate) => candidate.id === target.sectionId);
  if (!article || !section) notFound();
  return { script, article, section, id };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { script, article, section, id } = await resolve(props);
  const title = sectionShareTitle(article, section);
  const description = openingWords(section);
  const image = { url: absoluteUrl(ogImagePath(script, article.slug)), width: OG_CARD_WIDTH, height: OG_CARD_HEIGHT, alt: article.title };
  return {
    title: `${title} · ${SITE_NAME[script]}`,
    description,
    // The article is the page of record; this URL exists so previews can show one section.
    alternates: { canonical: articlePath(script, article.slug) },
    openGraph: { type: 'article', title, description, url: absoluteUrl(sectionSharePath(script, article.slug, id)), siteName: SITE_NAME[script], images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
  };
}

/** Sends the reader straight to the section on the article page. */
export default async function SectionSharePage(props: Props) {
  const { script, article, section } = await resolve(props);
  const text = uiText(script);
  return (
    <RedirectPage to={articleFragmentPath(script, article.slug, section.id)} heading={sectionShareTitle(article, section)} lead={openingWords(section)} linkText={text.readSection} />
  );
}
