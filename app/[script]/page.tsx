import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { articlesIn } from '../_lib/archive';
import { isScript, languageOfScript, otherScript, type Script } from '@/lib/script';
import { SITE_NAME, absoluteUrl, articlePath, indexPath } from '@/lib/site';
import { uiText } from '@/lib/ui-text';
import { SiteHeader } from './_components/site-header';
import { SiteFooter } from './_components/site-footer';
import { DateText } from './_components/date-text';
import { alternateLanguages } from '../_lib/alternates';

type Props = { params: Promise<{ script: string }> };

/** Resolves the script param, or 404s. */
async function scriptOf(props: Props): Promise<Script> {
  const { script } = await props.params;
  if (!isScript(script)) notFound();
  return script;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const script = await scriptOf(props);
  const text = uiText(script);
  const title = `${text.archiveIndex} · ${SITE_NAME[script]}`;
  return {
    title,
    description: text.siteTagline,
    alternates: { canonical: indexPath(script), languages: alternateLanguages(indexPath) },
    openGraph: { type: 'website', title, description: text.siteTagline, url: absoluteUrl(indexPath(script)), siteName: SITE_NAME[script] },
    twitter: { card: 'summary', title, description: text.siteTagline },
  };
}

/** The archive index: every article, newest first. */
export default async function ArchiveIndex(props: Props) {
  const script = await scriptOf(props);
  const text = uiText(script);
  const articles = articlesIn(script);
  return (
    <>
      <SiteHeader script={script} otherScriptPath={indexPath(otherScript(script))} />
      <main id="main" className="index">
        <h1>{text.archiveIndex}</h1>
        <p className="lede">{text.siteTagline}</p>
        {articles.some((article) => article.language !== languageOfScript(script)) && <p className="converted-note">{text.convertedIndexNotice}</p>}
        <p className="count">
          {articles.length} {text.articlesCount}
        </p>
        <ol className="article-list">
          {articles.map((article) => (
            <li key={article.slug} className="article-card">
              <p className="card-meta">
                {article.category && <span className="category">{article.category}</span>}
                <DateText date={article.published} script={script} />
                <span className="outlet">{article.source.outlet}</span>
              </p>
              <h2>
                <a href={articlePath(script, article.slug)}>{article.title}</a>
              </h2>
              {article.dek && <p className="dek">{article.dek}</p>}
            </li>
          ))}
        </ol>
      </main>
      <SiteFooter script={script} />
    </>
  );
}
