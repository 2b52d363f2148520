import { ID_PATTERN } from './model';

/**
 * What an id may be. Ids become `#fragments`, element ids, folder names (share pages) and file
 * names (open data), so they are URL-safe, short, and never one the page itself uses: a section
 * named `main` or `rivalry-2-q1` would give the page two elements with one id.
 */

/** Ids and slugs are at most this long: a folder name holds 255 bytes, and a link should be readable. */
export const MAX_ID_LENGTH = 64;

/** The ids the site's own pages give their elements (app/: `id="…"`), which a section or alias may not take. */
export const PAGE_IDS: readonly string[] = ['main', 'timeline', 'timeline-heading', 'toc-heading', 'notice-heading', 'search-hint', 'search-query'];

/** Slugs the site's own files take: `/data/articles/index.json` is the archive's index. */
export const RESERVED_SLUGS: readonly string[] = ['index'];

/** The id forms the page derives from a section's id: its heading, paragraphs, quotes and events. */
const DERIVED_FORMS: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /-heading$/, what: 'a section heading (<section>-heading)' },
  { pattern: /-q\d+$/, what: 'a quote (<paragraph>-q<n>)' },
  { pattern: /-t\d+$/, what: 'a timeline event (<paragraph>-t<n>)' },
];

const PARAGRAPH_FORM = /-\d+$/;

/**
 * Why an id cannot be used, or null when it can. A section id may not end like a paragraph id
 * (`-2`); an alias may (a renamed paragraph's old id is its usual case).
 */
export function idProblem(id: string, kind: 'section' | 'alias'): IdProblem | null {
  if (id.length > MAX_ID_LENGTH) return { ruleId: 'id-too-long', message: `is ${id.length} characters long; ids are at most ${MAX_ID_LENGTH} (they become folder and file names): shorten it` };
  if (!ID_PATTERN.test(id)) return { ruleId: 'id-not-url-safe', message: 'is not URL-safe: use lowercase ASCII letters and digits joined by "-" (e.g. {#traffic-war})' };
  const reserved = (message: string): IdProblem => ({ ruleId: 'id-reserved', message });
  if (PAGE_IDS.includes(id)) return reserved(`is an id the page itself uses (${PAGE_IDS.join(', ')}): choose another`);
  const derived = DERIVED_FORMS.find(({ pattern }) => pattern.test(id));
  if (derived) return reserved(`has the form of the page's id for ${derived.what}: choose one that does not end that way`);
  if (kind === 'section' && PARAGRAPH_FORM.test(id)) return reserved('ends in "-<number>", the form of paragraph ids (<section>-<n>): choose one that ends in a word');
  return null;
}

export interface IdProblem {
  ruleId: 'id-too-long' | 'id-not-url-safe' | 'id-reserved';
  message: string;
}

/** Why a slug cannot be used, or null when it can. */
export function slugProblem(slug: string): string | null {
  if (slug.length > MAX_ID_LENGTH) return `is ${slug.length} characters long; slugs are at most ${MAX_ID_LENGTH} (they become folder and file names)`;
  if (RESERVED_SLUGS.includes(slug)) return `is a name the site's own files use (/data/articles/${slug}.json)`;
  return null;
}
