import type { MetadataRoute } from 'next';
import { SCRIPTS } from '@/lib/site/script';
import { absoluteUrl, articlePath, indexPath } from '@/lib/site/site';
import { loadArticles } from '@/lib/content/load-articles';
import { browsePages } from '@/lib/site/browse';
import { alternateLanguages } from './_lib/alternates';

export const dynamic = 'force-static';

/** Every page in every script, each listing its other-script alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  const absolute = (languages: Record<string, string>) => Object.fromEntries(Object.entries(languages).map(([lang, path]) => [lang, absoluteUrl(path)]));
  const pages: MetadataRoute.Sitemap = SCRIPTS.map((script) => ({
    url: absoluteUrl(indexPath(script)),
    alternates: { languages: absolute(alternateLanguages(indexPath)) },
  }));
  for (const article of loadArticles()) {
    for (const script of SCRIPTS) {
      pages.push({
        url: absoluteUrl(articlePath(script, article.slug)),
        alternates: { languages: absolute(alternateLanguages((s) => articlePath(s, article.slug))) },
      });
    }
  }
  for (const { pathIn } of browsePages(loadArticles())) {
    for (const script of SCRIPTS) pages.push({ url: absoluteUrl(pathIn(script)), alternates: { languages: absolute(alternateLanguages(pathIn)) } });
  }
  return pages;
}
