/**
 * Keeping the reader's place when a link takes them elsewhere: the fragment they arrived with, the
 * paragraph they were reading when they switch script, the query they searched. Pure: the browser
 * code measures the page and hands the numbers in.
 */

/** The id a `#fragment` names (percent-decoded), or '' when it cannot be decoded. */
export function idOfHash(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
}

/** A link with its fragment replaced by `id` (or dropped when there is none). */
export function withFragment(href: string, id: string | null): string {
  const base = href.split('#')[0]!;
  return id ? `${base}#${id}` : base;
}

/** A search page's link with its query replaced by `query` (or dropped when empty): the same search elsewhere. */
export function withQuery(href: string, query: string): string {
  const base = href.split(/[?#]/)[0]!;
  return query ? `${base}?q=${encodeURIComponent(query)}` : base;
}

/**
 * Where a redirect page sends a reader who arrived with a fragment: its target with that fragment
 * (`/old-slug/#p3` → `/new-slug/#p3`), or null when there is none or the target names its own.
 */
export function redirectWithFragment(target: string, hash: string): string | null {
  return hash && !target.includes('#') ? target + hash : null;
}

/** An element's id and where it sits in the viewport (CSS px, as `getBoundingClientRect` gives). */
export interface PlacedElement {
  id: string;
  top: number;
  bottom: number;
}

/** What the reader sees, measured by the browser. */
export interface View {
  /** The bottom of the sticky header: what is above it is covered. */
  covered: number;
  scrollY: number;
  viewportHeight: number;
  /** The element the page's fragment names, if any. */
  arrived: PlacedElement | null;
  /** The paragraphs and events a place can be, in reading order; measured only as far as read. */
  candidates: Iterable<PlacedElement>;
}

/**
 * The reader's place: the fragment they arrived at while it is still where it landed, else, once
 * they have scrolled, the first paragraph that shows mostly below the sticky header.
 */
export function placeInView({ covered, scrollY, viewportHeight, arrived, candidates }: View): string | null {
  if (arrived && arrived.top >= covered - 24 && arrived.top < covered + 120) return arrived.id;
  if (scrollY < 40) return null;
  for (const candidate of candidates) {
    const height = candidate.bottom - candidate.top;
    if (candidate.bottom <= covered + height / 2) continue;
    return candidate.top < viewportHeight ? candidate.id : null;
  }
  return null;
}
