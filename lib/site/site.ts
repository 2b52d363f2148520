import type { Script } from './script';

/**
 * Where the site lives and how its URLs are spelled: decided here once, used by pages,
 * metadata, sitemap and feeds alike.
 */

/** The public origin, from `SITE_URL` at build time (no trailing slash). */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

export const SITE_NAME = { 'zh-hant': '華文財經新聞典藏', 'zh-hans': '华文财经新闻典藏' } as const satisfies Record<Script, string>;

/** Path of a script's archive index. */
export function indexPath(script: Script): string {
  return `/${script}/`;
}

/** Path of an article page in a script. */
export function articlePath(script: Script, slug: string): string {
  return `/${script}/articles/${slug}/`;
}

/** Absolute URL of a site path. */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path}`;
}
