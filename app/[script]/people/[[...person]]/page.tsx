import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { archivePeople, findPerson, quoteIn } from '../../../_lib/people';
import { browseMetadata, fillText } from '../../../_lib/browse';
import { articleIn } from '../../../_lib/archive';
import { facetName } from '@/lib/site/facets';
import { QUOTES_PER_PERSON_PAGE, personPageCount, quotesOnPersonPage, type Person } from '@/lib/site/people';
import { articleFragmentPath, keepSelected, listPeoplePages, pageKey, peoplePath, personPath } from '@/lib/site/routes';
import { selectedKeys } from '../../../_lib/page-selection';
import { loadArticles } from '@/lib/content/load-articles';
import { SCRIPTS, isScript, languageOfScript, otherScript, type Script } from '@/lib/site/script';
import { uiText } from '@/lib/site/ui-text';
import { SiteHeader } from '../../_components/site-header';
import { SiteFooter } from '../../_components/site-footer';
import { Pager } from '../../_components/archive-page';
import { FacetList } from '../../tags/_components/facet-list';
import { DateText } from '../../_components/date-text';

type Props = { params: Promise<{ script: string; person?: string[] }> };

export const dynamicParams = false;

/**
 * `/<script>/people/` lists every named speaker; `/<script>/people/<key>/` one person's quotes, and
 * `/<script>/people/<key>/page/<n>/` the quotes past each hundred. One route, as for tags.
 */
export function generateStaticParams() {
  const pages = keepSelected(listPeoplePages(loadArticles()), pageKey, selectedKeys());
  return SCRIPTS.flatMap((script) =>
    pages.map((page) => ({ script, person: page.kind === 'people' ? [] : page.page === 1 ? [page.key] : [page.key, 'page', String(page.page)] })),
  );
}

/** The script and, on a person's page, the person and page number; 404s for anything else. */
async function resolve(props: Props): Promise<{ script: Script; person: Person | null; page: number }> {
  const { script, person } = await props.params;
  if (!isScript(script)) notFound();
  if (person === undefined || person.length === 0) return { script, person: null, page: 1 };
  // Static export hands non-ASCII params over percent-encoded; keys never hold a `%` of their own.
  const found = findPerson(decodeURIComponent(person[0]!));
  if (!found) notFound();
  if (person.length === 1) return { script, person: found, page: 1 };
  const page = person.length === 3 && person[1] === 'page' && /^[1-9][0-9]*$/.test(person[2]!) ? Number(person[2]) : 0;
  if (page < 2 || page > personPageCount(found)) notFound();
  return { script, person: found, page };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { script, person, page } = await resolve(props);
  const text = uiText(script);
  if (!person) return browseMetadata(script, text.allPeople, text.peopleIntro, peoplePath);
  const name = facetName(person, languageOfScript(script));
  const heading = fillText(text.personHeading, { name });
  return browseMetadata(
    script,
    page > 1 ? `${heading} · ${fillText(text.pageNumber, { n: page })}` : heading,
    fillText(text.personDescription, { name, n: person.quotes.length }),
    (s) => personPath(s, person.key, page),
  );
}

/** How many quotes a person has. */
function quoteCountOf(key: string): number {
  return findPerson(key)?.quotes.length ?? 0;
}

/** Every named speaker with the number of quotes. */
function AllPeople({ script }: { script: Script }) {
  const text = uiText(script);
  return (
    <>
      <SiteHeader script={script} otherScriptPath={peoplePath(otherScript(script))} current="people" />
      <main id="main" className="browse">
        <h1>{text.allPeople}</h1>
        <p className="lede">{text.peopleIntro}</p>
        <FacetList facets={archivePeople()} script={script} pathOf={(key) => personPath(script, key)} countOf={(facet) => quoteCountOf(facet.key)} unit={text.quotesCount} />
      </main>
      <SiteFooter script={script} />
    </>
  );
}

/** One person's quotes in date order, each with the role its article gives and a link to its paragraph. */
function PersonQuotes({ script, person, page }: { script: Script; person: Person; page: number }) {
  const text = uiText(script);
  const name = facetName(person, languageOfScript(script));
  const total = personPageCount(person);
  return (
    <>
      <SiteHeader script={script} otherScriptPath={personPath(otherScript(script), person.key, page)} current="people" />
      <main id="main" className="browse">
        <p className="browse-kicker">
          <a href={peoplePath(script)}>{text.allPeople}</a>
        </p>
        <h1>{fillText(text.personHeading, { name })}</h1>
        <p className="count">
          {person.quotes.length} {text.quotesCount} · {person.slugs.length} {text.articlesCount}
          {total > 1 && ` · ${fillText(text.pageOfTotal, { n: page, total })}`}
        </p>
        <ol className="person-quotes" start={(page - 1) * QUOTES_PER_PERSON_PAGE + 1}>
          {quotesOnPersonPage(person, page).map((entry) => {
            const article = articleIn(script, entry.slug);
            const quote = article && quoteIn(article.quotes, entry.quoteId);
            if (!article || !quote) return null;
            return (
              <li key={`${entry.slug}#${entry.quoteId}`}>
                <blockquote>
                  <p>「{quote.text}」</p>
                </blockquote>
                <p className="quote-source">
                  {quote.role && <span className="quote-role">{quote.role} · </span>}
                  {text.quotedIn} <a href={articleFragmentPath(script, article.slug, quote.paragraphId)}>{article.title}</a>
                  {' · '}
                  <DateText date={article.published} script={script} />
                </p>
              </li>
            );
          })}
        </ol>
        <Pager script={script} page={page} total={total} pathOf={(n) => personPath(script, person.key, n)} />
      </main>
      <SiteFooter script={script} />
    </>
  );
}

export default async function PeoplePage(props: Props) {
  const { script, person, page } = await resolve(props);
  return person ? <PersonQuotes script={script} person={person} page={page} /> : <AllPeople script={script} />;
}
