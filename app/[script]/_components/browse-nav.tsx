import { outletsPath, peoplePath, tagsPath, timelinePath } from '@/lib/site/routes';
import type { Script } from '@/lib/site/script';
import { uiText } from '@/lib/site/ui-text';
import './browse-nav.css';

/** The browsing pages a nav link can stand for. */
export type BrowseSection = 'tags' | 'outlets' | 'timeline' | 'people';

/**
 * Tags, outlets, the archive timeline and the people quoted, on every page: a row of its own below the sticky
 * header, so the header keeps one line (and its height) on narrow screens.
 */
export function BrowseNav({ script, current }: { script: Script; current?: BrowseSection }) {
  const text = uiText(script);
  const links = [
    { section: 'tags', href: tagsPath(script), label: text.tags },
    { section: 'outlets', href: outletsPath(script), label: text.outlets },
    { section: 'timeline', href: timelinePath(script), label: text.timeline },
    { section: 'people', href: peoplePath(script), label: text.people },
  ] as const satisfies readonly { section: BrowseSection; href: string; label: string }[];
  return (
    <nav className="browse-nav" aria-label={text.browse}>
      <ul>
        {links.map((link) => (
          <li key={link.section}>
            <a href={link.href} aria-current={link.section === current ? 'page' : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
