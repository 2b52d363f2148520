import type { Diagnostic } from './diagnostics';
import { ID_PATTERN, type Article } from './model';

/**
 * The published-ids manifest: every URL and fragment the archive has handed out, one per line
 * (`slug` or `slug#id`). Links must never break, so a listed id that no longer resolves fails
 * the build unless the content says where it went (an alias or a former slug).
 */

export const MANIFEST_HEADER = [
  '# Every id this archive has published: article slugs and their section and paragraph ids.',
  '# Links to them must keep working. `npm run ids:update` appends new ids and never removes one.',
  '# To rename an id, declare it in the article frontmatter: `aliases: { old-id: new-id }`,',
  '# or `formerSlugs: [old-slug]` for a renamed file.',
];

export interface ManifestEntry {
  id: string;
  line: number;
}

/** The ids one article publishes, in reading order: its slug, then each section and its paragraphs. */
export function publishedIdsOf(article: Article): string[] {
  const ids = [article.slug];
  for (const section of article.sections) {
    ids.push(`${article.slug}#${section.id}`);
    for (const paragraph of section.paragraphs) ids.push(`${article.slug}#${paragraph.id}`);
  }
  return ids;
}

/** Reads manifest lines, skipping comments and blank lines. */
export function parseManifest(text: string): ManifestEntry[] {
  return text.split('\n').flatMap((raw, index) => {
    const id = raw.trim();
    return id === '' || id.startsWith('#') ? [] : [{ id, line: index + 1 }];
  });
}

/** Every id that currently resolves, including aliases and former slugs. */
export function resolvableIds(articles: readonly Article[]): Set<string> {
  const ids = new Set<string>();
  for (const article of articles) {
    const current = publishedIdsOf(article);
    const fragments = [
      ...current.filter((id) => id.includes('#')).map((id) => id.slice(article.slug.length + 1)),
      ...article.aliases.map((alias) => alias.from),
    ];
    for (const slug of [article.slug, ...article.formerSlugs]) {
      ids.add(slug);
      for (const fragment of fragments) ids.add(`${slug}#${fragment}`);
    }
  }
  return ids;
}

/** Whether a manifest line is an id at all: `slug` or `slug#id`, each lowercase ASCII words joined by "-". */
function isWellFormed(id: string): boolean {
  const [slug, fragment, ...rest] = id.split('#');
  return rest.length === 0 && slug !== undefined && ID_PATTERN.test(slug) && (fragment === undefined || ID_PATTERN.test(fragment));
}

/** Shortens a manifest line for a message. */
const quoted = (id: string) => JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id);

/**
 * Reports each published id that no longer resolves, at its manifest line, with advice that works:
 * a line that is no id at all (the archive could never have published it) is named as such; an id
 * that resolves once lowercased was mistyped; only a well-formed id gets the alias advice. An
 * article that is gone altogether is one problem, not one per paragraph: it is reported once, at
 * its slug's line, with the number of its fragments that break with it.
 */
export function checkManifest(path: string, text: string, articles: readonly Article[]): Diagnostic[] {
  const resolvable = resolvableIds(articles);
  const entries = parseManifest(text);
  const diagnostic = (line: number, ruleId: string, message: string): Diagnostic => ({ path, line, column: 1, ruleId, message, fatal: true });
  const malformed = entries.filter((entry) => !isWellFormed(entry.id));
  const misspelt = malformed.filter((entry) => resolvable.has(entry.id.toLowerCase()));
  const problems: Diagnostic[] = [
    ...misspelt.map((entry) => diagnostic(entry.line, 'published-id-malformed', `manifest line ${quoted(entry.id)} is not an id (ids are lowercase), but ${quoted(entry.id.toLowerCase())} is one that resolves: write the line in lowercase`)),
    ...malformed
      .filter((entry) => !misspelt.includes(entry))
      .map((entry) => diagnostic(entry.line, 'published-id-malformed', `manifest line ${quoted(entry.id)} is not an id ("slug" or "slug#id", lowercase ASCII words joined by "-"), so it was never published: delete the line, or correct it to the id that was meant`)),
  ];
  const missing = entries.filter((entry) => isWellFormed(entry.id) && !resolvable.has(entry.id));
  const slugOf = (entry: ManifestEntry) => entry.id.split('#')[0] ?? entry.id;
  const goneSlugs = new Set(missing.filter((entry) => !resolvable.has(slugOf(entry))).map(slugOf));
  const reported = new Set<string>();
  for (const entry of missing) {
    const slug = slugOf(entry);
    if (goneSlugs.has(slug)) {
      if (reported.has(slug)) continue;
      reported.add(slug);
      const fragments = missing.filter((other) => other.id.startsWith(`${slug}#`)).length;
      problems.push(diagnostic(entry.line, 'published-id-missing', `published article "${slug}" no longer resolves: links to it and to its ${fragments} published section and paragraph ids would break; restore ${slug}.md, or add "formerSlugs: [${slug}]" to the frontmatter of the article it became`));
      continue;
    }
    const fragment = entry.id.slice(slug.length + 1);
    problems.push(diagnostic(entry.line, 'published-id-missing', `published id "${entry.id}" no longer resolves: links to it would break; add "aliases: { ${fragment}: <new-id> }" to the frontmatter of ${slug}.md`));
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** Appends the ids not yet listed (never removing any), returning the new manifest text. */
export function updateManifest(text: string, articles: readonly Article[]): { text: string; added: string[] } {
  const listed = new Set(parseManifest(text).map((entry) => entry.id));
  const added = articles.flatMap(publishedIdsOf).filter((id) => !listed.has(id));
  const base = text.trim() === '' ? `${MANIFEST_HEADER.join('\n')}\n` : text.endsWith('\n') ? text : `${text}\n`;
  return { text: added.length > 0 ? `${base}${added.join('\n')}\n` : base, added };
}
