import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Article } from '../lib/content/model';
import { parseArticleOrThrow } from '../lib/content/parse-article';
import { foldText } from '../lib/site/search/fold';
import { decodePostings, encodePostings, indexShard, postingsOfLine, SHARD_FOLDER, shardFile, termKeys, textKeys } from '../lib/site/search/keys';
import { matchParagraphs, parseQuery, prepareArticle } from '../lib/site/search/match';
import { buildSearchFiles, collectPostings, filesOfArticle, shardCountFor } from '../lib/site/search/search-files';
import { foldTableOf, numberArticles, searchArticlesOf, type SearchArticle } from '../lib/site/search/search-index';
import { openSearcher, type Searcher } from '../lib/site/search/sharded-search';
import { generateSyntheticArticles } from '../scripts/bench/synthetic-articles';
import { SCRIPTS } from '../lib/site/script';
import { searchDataPath, searchKeysPath } from '../lib/site/routes';

/**
 * The sharded index on an archive of synthetic articles (recombined from the seed, as the bench
 * does): it finds exactly what reading every paragraph finds, ranks title and heading hits first
 * and then newer articles, loads only a query's shards and its first hits' chunks, and its files
 * change only where an added, changed or removed article says they may.
 */

const ARTICLE_COUNT = 60;
const articles: Article[] = generateSyntheticArticles(ARTICLE_COUNT, { seed: 7, validate: false }).map((article) => parseArticleOrThrow(article.fileName, article.markdown));
const files = buildSearchFiles(articles, 'zh-hant');
const table = foldTableOf(articles);
const searchArticles = searchArticlesOf(articles, 'zh-hant');

/** Opens the index from memory, recording every file it fetches. */
async function openRecorded(source: ReadonlyMap<string, string> = files): Promise<{ searcher: Searcher; fetched: string[] }> {
  const fetched: string[] = [];
  const searcher = await openSearcher(async (file) => {
    fetched.push(file);
    const text = source.get(file);
    if (text === undefined) throw new Error(`no ${file}`);
    return text;
  });
  return { searcher, fetched };
}

/** What reading every paragraph of every article finds: `number/id` of each match. */
function scanEverything(query: string): string[] {
  const terms = parseQuery(table, query);
  return searchArticles.flatMap((article) => matchParagraphs(prepareArticle(table, article), terms).map((match) => `${article.number}/${match.paragraph.id}`)).sort();
}

/** Queries of one to six characters, common and rare, in both scripts, one and several terms. */
const QUERIES = ['小', '米', '滿', '小米', '流量', '雷军', '隨星借', '度小满', '天星數科', '消費金融', '互联网金融', '小米 流量', '牌照 注銷', 'MIUI', '比特幣'];

describe('keys and postings', () => {
  it('give every substring of two or more characters all of its keys, and one character its own', () => {
    const folded = foldText(table, searchArticles[0]!.sections[0]!.paragraphs[0]![1]);
    const keys = textKeys(folded);
    const chars = Array.from(folded);
    expect(chars.length).toBeGreaterThan(10);
    for (let length = 1; length <= 4; length++) {
      for (let start = 0; start + length <= chars.length; start++) {
        const term = chars.slice(start, start + length).join('');
        // A query term never holds white space: queries are split at it.
        if (/\s/.test(term)) continue;
        for (const key of termKeys(term)) expect(keys.has(key), `${term}: ${key}`).toBe(true);
      }
    }
  });

  it('write article numbers as gaps that read back, and reject what is not', () => {
    for (const list of [[], [0], [3, 4, 5, 90, 1000], [12345], [31, 32, 64, 1087, 1088, 33856]]) expect(decodePostings(encodePostings(list))).toEqual(list);
    // Gaps under 32 take one character each.
    expect(encodePostings([0, 1, 2, 5, 36])).toHaveLength(5);
    expect(decodePostings('0')).toBeNull();
    expect(decodePostings('A1')).toBeNull();
    expect(decodePostings('1B')).toBeNull();
    expect(decodePostings('1,0')).toBeNull();
    expect(decodePostings('1,-2')).toBeNull();
    expect(decodePostings('x!')).toBeNull();
    expect(postingsOfLine('1,1')).toBeNull();
    expect(indexShard('ab\t1,1\t\ncd\t2\t2\n').get('cd')).toBe('2\t2');
  });

  it('are collected for the whole archive exactly as each text\'s keys say, odd characters included', () => {
    const odd: SearchArticle = {
      number: searchArticles.length,
      title: 'ＭＩＵＩ\u3000隨星借 𠀀𠀁',
      date: '2024年1月',
      path: '/zh-hant/articles/odd/',
      sections: [
        { id: 's1', heading: null, paragraphs: [['p1', '小米\u00a0流量\t\n度小滿\u2003Ａｂ𠀀隨'], ['p2', '\ufeff 消費金融 \u202f']] },
        { id: 's2', heading: '天星數科', paragraphs: [['p3', '']] },
      ],
    };
    const everything = [...searchArticles, odd];
    // The keys as the index defines them, written plainly: each character and each neighbouring pair, white space excepted.
    const keysOf = (text: string): string[] => {
      const chars = Array.from(foldText(table, text));
      return chars.flatMap((char, i) => {
        if (/\s/.test(char)) return [];
        const before = chars[i - 1];
        return before === undefined || /\s/.test(before) ? [char] : [char, before + char];
      });
    };
    const expected = new Map<string, { articles: number[]; headed: number[] }>();
    const list = (key: string) => expected.get(key) ?? expected.set(key, { articles: [], headed: [] }).get(key)!;
    for (const article of everything) {
      const heads = [article.title, ...article.sections.flatMap((section) => (section.heading === null ? [] : [section.heading]))];
      const texts = [...heads, ...article.sections.flatMap((section) => section.paragraphs.map(([, text]) => text))];
      const headKeys = new Set(heads.flatMap(keysOf));
      const allKeys = new Set(texts.flatMap(keysOf));
      for (const key of allKeys) list(key).articles.push(article.number);
      for (const key of headKeys) list(key).headed.push(article.number);
    }
    const collected = collectPostings(table, everything);
    expect(collected.has('ｍ')).toBe(false);
    expect(collected.get('mi')?.headed).toEqual([odd.number]);
    expect(collected.get('𠀀𠀁')?.articles).toEqual([odd.number]);
    expect(collected).toEqual(expected);
  });
});

describe('the sharded index', () => {
  it.each(QUERIES)('finds exactly what reading every paragraph finds: %s', async (query) => {
    const { searcher } = await openRecorded();
    const run = await searcher.search(query, Infinity);
    expect(run.done()).toBe(true);
    expect(run.results.map((match) => `${match.paragraph.article.number}/${match.paragraph.id}`).sort()).toEqual(scanEverything(query));
  });

  it('ranks articles whose title or a heading holds every term first, then newer articles', async () => {
    const { searcher } = await openRecorded();
    for (const query of ['小米', '合规', '流量']) {
      const terms = parseQuery(table, query);
      const run = await searcher.search(query, Infinity);
      const order = [...new Set(run.results.map((match) => match.paragraph.article.number))];
      const inHeads = (number: number) => {
        const article = searchArticles[number]!;
        const heads = [article.title, ...article.sections.map((section) => section.heading ?? '')].map((text) => foldText(table, text));
        return terms.every((term) => heads.some((head) => head.includes(term)));
      };
      const expected = [...order].sort((a, b) => Number(inHeads(b)) - Number(inHeads(a)) || b - a);
      expect(order, query).toEqual(expected);
      expect(order.some(inHeads) && order.some((number) => !inHeads(number)), `${query} has both kinds of hit`).toBe(true);
    }
  });

  it('loads the meta file, the shards of the query\'s keys and the chunks of its first hits; more results load chunks only', async () => {
    const { searcher, fetched } = await openRecorded();
    expect(fetched).toEqual(['meta.json']);
    const run = await searcher.search('隨星借', 5);
    expect(run.done()).toBe(false);
    const shards = fetched.filter((file) => file.startsWith(SHARD_FOLDER));
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThanOrEqual(termKeys('隨星借').length);
    const chunks = fetched.filter((file) => file.startsWith('a/'));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.length).toBeLessThan(run.candidates.length);
    const before = fetched.length;
    await run.more(20);
    const after = fetched.slice(before);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((file) => file.startsWith('a/'))).toBe(true);
  });

  it('reads no more chunks for a page than its budget, and the next page goes on from there', async () => {
    const { searcher, fetched } = await openRecorded();
    const run = await searcher.search('流量', Infinity, 2);
    expect(fetched.filter((file) => file.startsWith('a/'))).toHaveLength(2);
    expect(run.done()).toBe(false);
    const checked = run.checked;
    await run.more(Infinity, 2);
    expect(fetched.filter((file) => file.startsWith('a/'))).toHaveLength(4);
    expect(run.checked).toBeGreaterThan(checked);
  });

  it('downloads a small part of the index for a query', async () => {
    const gzip = (file: string) => gzipSync(files.get(file)!).length;
    const whole = [...files.keys()].reduce((total, file) => total + gzip(file), 0);
    for (const query of ['小米', '隨星借', '天星數科']) {
      const { searcher, fetched } = await openRecorded();
      await searcher.search(query, 10);
      const loaded = fetched.reduce((total, file) => total + gzip(file), 0);
      expect(loaded, query).toBeLessThan(whole / 5);
    }
  });
});

describe('files an incremental build can trust', () => {
  const numbered = numberArticles(articles);
  const newest = numbered.at(-1)!;
  const rest = numbered.slice(0, -1);

  /** The files that differ between two builds (added, removed or changed). */
  function changed(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
    const names = new Set([...before.keys(), ...after.keys()]);
    return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
  }

  it('are the same for the same articles, whatever their order', () => {
    expect(buildSearchFiles([...articles].reverse(), 'zh-hant')).toEqual(files);
  });

  it('change only the meta file, its chunk and its keys\' shards when the newest article is added, changed or removed', () => {
    expect(shardCountFor(rest.length)).toBe(shardCountFor(numbered.length));
    const without = buildSearchFiles(rest, 'zh-hant');
    const touched = new Set(filesOfArticle(table, SCRIPTS.map((script) => searchArticlesOf(articles, script).at(-1)!), numbered.length));
    const added = changed(without, files);
    expect(added.length).toBeGreaterThan(1);
    expect(added.filter((file) => !touched.has(file))).toEqual([]);
    // Of the chunks, only its own: every other article's snippets stay as they were.
    expect([...touched].filter((file) => file.startsWith('a/'))).toEqual([added.find((file) => file.startsWith('a/'))]);

    // Changing it: a paragraph's text edited touches the files of the old and the new version only.
    const [firstSection, ...otherSections] = newest.sections;
    const [firstParagraph, ...otherParagraphs] = firstSection!.paragraphs;
    const edited: Article = { ...newest, sections: [{ ...firstSection!, paragraphs: [{ ...firstParagraph!, text: `${firstParagraph!.text}比特幣` }, ...otherParagraphs] }, ...otherSections] };
    const editedFiles = buildSearchFiles([...rest, edited], 'zh-hant');
    const editedTable = foldTableOf([...rest, edited]);
    const editedTouched = new Set([...touched, ...filesOfArticle(editedTable, SCRIPTS.map((script) => searchArticlesOf([...rest, edited], script).at(-1)!), numbered.length)]);
    const edits = changed(files, editedFiles);
    expect(edits.length).toBeGreaterThan(0);
    expect(edits.filter((file) => !editedTouched.has(file))).toEqual([]);
  });
});

describe('the shards both scripts share', () => {
  it('are fetched from the one shard folder whichever script searches', () => {
    for (const script of SCRIPTS) expect(new URL(shardFile(5), `http://example.org${searchDataPath(script)}`).pathname).toBe(`${searchKeysPath()}5.txt`);
  });

  it('are the same files in both scripts\' indexes, and find what each script\'s text holds', async () => {
    const simplified = buildSearchFiles(articles, 'zh-hans');
    const shardsOf = (built: ReadonlyMap<string, string>) => [...built].filter(([file]) => file.startsWith(SHARD_FOLDER));
    expect(shardsOf(simplified)).toEqual(shardsOf(files));
    const { searcher } = await openRecorded(simplified);
    const run = await searcher.search('随星借', Infinity);
    expect(run.done()).toBe(true);
    const holding = searchArticlesOf(articles, 'zh-hans').flatMap((article) =>
      article.sections.flatMap((section) => section.paragraphs.filter(([, text]) => text.includes('随星借')).map(([id]) => `${article.number}/${id}`)),
    );
    expect(holding.length).toBeGreaterThan(0);
    expect(run.results.map((match) => `${match.paragraph.article.number}/${match.paragraph.id}`).sort()).toEqual(holding.sort());
  });
});
