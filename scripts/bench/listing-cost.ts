import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateSyntheticArticles, writeSyntheticArticles } from './synthetic-articles';

/**
 * `npx tsx scripts/bench/listing-cost.ts --articles 500,2000`: the data work each listing page and
 * route file of `next build` does (app/_lib: the index, tags, outlets, people, timeline pages and
 * the people's open-data files), without React, for every such page of N synthetic articles, in a
 * fresh process per N. Prints the one-time setup of the memoised tables and the cost per page of
 * each kind: a cost per page that grows with N makes `next build` grow with the square of the archive.
 */

interface KindCost {
  pages: number;
  msPerPage: number;
}

interface ListingCost {
  articles: number;
  loadMs: number;
  setupMs: number;
  kinds: Record<string, KindCost>;
}

/** Measures every listing page's data work for the archive in ARCHIVE_CONTENT_DIR (child mode). */
async function measureListingCost(): Promise<ListingCost> {
  const loadStarted = performance.now();
  const { loadArticles } = await import('../../lib/content/load-articles');
  const articles = loadArticles();
  const loadMs = performance.now() - loadStarted;
  const archive = await import('../../app/_lib/archive');
  const browse = await import('../../app/_lib/browse');
  const people = await import('../../app/_lib/people');
  const { personData } = await import('../../lib/site/open-data');
  const { quotesOnPersonPage } = await import('../../lib/site/people');
  const { FACET_ARTICLES_PER_PAGE, ARTICLES_PER_PAGE } = await import('../../lib/site/paging');
  const { eventsOnIndexedPage } = await import('../../lib/site/timeline-index');
  const routes = await import('../../lib/site/routes');
  const script = 'zh-hans' as const;

  const facetPage = (facet: ReturnType<typeof browse.findTag>, page: number) => {
    for (const article of browse.facetArticlesOnPage(facet!, script, page, FACET_ARTICLES_PER_PAGE)) browse.outletKeyOfSlug(article.slug);
  };
  const work: Record<string, { pages: unknown[]; render: (page: never) => void }> = {
    index: {
      pages: routes.listIndexPages(articles),
      render: (page: { page: number }) => {
        archive.articleCount();
        for (const article of archive.articlesInRange(script, (page.page - 1) * ARTICLES_PER_PAGE, page.page * ARTICLES_PER_PAGE)) browse.outletKeyOfSlug(article.slug);
      },
    },
    tag: { pages: routes.listTagPages(articles).filter((page) => page.kind === 'tag'), render: (page: { key: string; page: number }) => (browse.hasTimeline(page.key), facetPage(browse.findTag(page.key), page.page)) },
    outlet: { pages: routes.listOutletPages(articles).filter((page) => page.kind === 'outlet'), render: (page: { key: string; page: number }) => facetPage(browse.findOutlet(page.key), page.page) },
    person: {
      pages: routes.listPeoplePages(articles).filter((page) => page.kind === 'person'),
      render: (page: { key: string; page: number }) => {
        for (const entry of quotesOnPersonPage(people.findPerson(page.key)!, page.page)) people.quoteIn(archive.articleIn(script, entry.slug)!.quotes, entry.quoteId);
      },
    },
    'person data': { pages: people.archivePeople(), render: (person: { key: string }) => personData(people.findPerson(person.key)!, loadArticles()) },
    'timeline year': {
      pages: routes.listTimelinePages(articles).filter((page) => page.kind === 'timeline-year' || page.kind === 'tag-timeline-year'),
      render: (page: { tagKey?: string; year: string; page: number }) => {
        const index = browse.indexedTimeline(script, page.tagKey ? browse.findTimelineTag(page.tagKey)! : null);
        eventsOnIndexedPage(index, index.spanByFirst.get(page.year)!, page.page);
      },
    },
  };
  // The first page of each kind builds the memoised tables (once per worker process).
  const setupStarted = performance.now();
  for (const { pages, render } of Object.values(work)) if (pages[0] !== undefined) render(pages[0] as never);
  const setupMs = performance.now() - setupStarted;
  const kinds: Record<string, KindCost> = {};
  for (const [kind, { pages, render }] of Object.entries(work)) {
    const started = performance.now();
    for (const page of pages) render(page as never);
    kinds[kind] = { pages: pages.length, msPerPage: (performance.now() - started) / Math.max(1, pages.length) };
  }
  return { articles: articles.length, loadMs, setupMs, kinds };
}

/** Generates N articles and measures them in a fresh process. */
function measureFresh(count: number): ListingCost {
  const work = mkdtempSync(join(tmpdir(), `listing-cost-${count}-`));
  try {
    const dir = join(work, 'articles');
    writeSyntheticArticles(dir, generateSyntheticArticles(count, { seed: 1 }));
    const result = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child'], {
      env: { ...process.env, ARCHIVE_CONTENT_DIR: dir, ARCHIVE_ARTICLES_SNAPSHOT: '' },
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (result.status !== 0) throw new Error(`measuring ${count} articles failed: ${result.stderr}`);
    return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as ListingCost;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '500,2000' }, child: { type: 'boolean', default: false } } });
  if (values.child) {
    console.log(JSON.stringify(await measureListingCost()));
    return;
  }
  const results = values.articles.split(',').map((n) => measureFresh(Number(n)));
  const kinds = Object.keys(results[0]!.kinds);
  console.log(['N', 'setup ms', ...kinds.map((kind) => `${kind}: pages, ms/page`)].join(' | '));
  for (const row of results) console.log([row.articles, row.setupMs.toFixed(0), ...kinds.map((kind) => `${row.kinds[kind]!.pages}, ${row.kinds[kind]!.msPerPage.toFixed(3)}`)].join(' | '));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
