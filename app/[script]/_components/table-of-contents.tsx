import type { Article } from '@/lib/content/model';
import type { Script } from '@/lib/site/script';
import { uiText } from '@/lib/site/ui-text';

/** Links to the titled sections; omitted when the article has fewer than two. */
export function TableOfContents({ article, script }: { article: Article; script: Script }) {
  const titled = article.sections.filter((section) => section.heading);
  if (titled.length < 2) return null;
  const text = uiText(script);
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading">{text.contents}</h2>
      <ol>
        {titled.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.heading}</a>
          </li>
        ))}
      </ol>
      {article.timeline.length > 0 && (
        <p className="toc-timeline">
          <a href="#timeline">{text.timeline}</a>
        </p>
      )}
    </nav>
  );
}
