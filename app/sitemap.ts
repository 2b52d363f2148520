import type { MetadataRoute } from 'next';
import { SCRIPTS, type Script } from '@/lib/site/script';
import { absoluteUrl, listPagesOfRecord, pagePath } from '@/lib/site/routes';
import { loadArticles } from '@/lib/content/load-articles';
import { alternateLanguages } from './_lib/alternates';

export const dynamic = 'force-static';

/** Every page of record in every script, each listing its other-script alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  const absolute = (languages: Record<string, string>) => Object.fromEntries(Object.entries(languages).map(([lang, path]) => [lang, absoluteUrl(path)]));
  return listPagesOfRecord(loadArticles()).flatMap((page) => {
    const pathIn = (script: Script) => pagePath(script, page);
    return SCRIPTS.map((script) => ({ url: absoluteUrl(pathIn(script)), alternates: { languages: absolute(alternateLanguages(pathIn)) } }));
  });
}
