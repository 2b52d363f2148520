import { createHash } from 'node:crypto';
import { ID_PATTERN } from './model';

/**
 * An article's slug comes from its file name, so that adding an article is dropping a file in.
 * A name that is already a slug (`xiaomi-tianxing-traffic-partners.md`) is used as it is. Any
 * other name still publishes, under a slug derived from it the same way every time: ASCII letters
 * and digits lowercased and joined by `-` (`2024_Xiaomi Finance.md` → `2024-xiaomi-finance`), and
 * where the name holds words in another script (`小米消金.md`), a short hash of the whole name so
 * two such names never meet (`article-3f9a…`). Renaming the file to the derived slug keeps the URL.
 */

/** The slug a file name gives, and whether the name was that slug already. */
export interface FileSlug {
  slug: string;
  /** The file name is exactly the slug (plus `.md`): nothing was derived. */
  exact: boolean;
}

/** The file name without folders and without its `.md` ending. */
export function baseNameOf(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.md$/i, '');
}

/** Eight hex digits that stand for a name, the same on every machine. */
function shortHash(name: string): string {
  return createHash('sha256').update(name.normalize('NFC')).digest('hex').slice(0, 8);
}

/** Reads the slug of an article file (`content/articles/foo-bar.md` → `foo-bar`). */
export function slugOfFile(path: string): FileSlug {
  const name = baseNameOf(path);
  if (ID_PATTERN.test(name)) return { slug: name, exact: true };
  // NFKC turns full-width letters and digits (２０２４，ＡＩ) into ASCII before anything is dropped.
  const folded = name.normalize('NFKC').toLowerCase();
  const ascii = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const dropsWords = /[^\p{ASCII}]/u.test(folded.replace(/[^\p{L}\p{N}]/gu, ''));
  const parts = dropsWords || ascii === '' ? [ascii === '' ? 'article' : ascii, shortHash(name)] : [ascii];
  return { slug: parts.join('-'), exact: false };
}
