import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../lib/content/load-articles';
import { convertArticle, createTextConverter } from '../lib/content/convert';
import type { Article } from '../lib/content/model';
import { SCRIPTS, type Script } from '../lib/site/script';
import { buildFoldTable, encodeFoldTable } from '../lib/site/search/fold-table';
import { decodeFoldTable, foldText } from '../lib/site/search/fold';
import { decodeChunk, encodeChunk } from '../lib/site/search/chunk';
import { isSearchArticleList, isSearchMeta, matchParagraphs, parseQuery, passageOf, prepareArticle, type Match } from '../lib/site/search/match';
import { clientCode } from '../app/_lib/client-code';
import { foldTableOf, searchArticlesOf } from '../lib/site/search/search-index';
import { buildSearchFiles } from '../lib/site/search/search-files';
import { openSearcher, type Searcher } from '../lib/site/search/sharded-search';

/**
 * Search in either script: the fold table built with OpenCC at build time, and the sharded index,
 * matching, ranking and passages the search page's script runs (lib/site/search/sharded-search.ts
 * and match.ts, bundled into /search.js), over the archive's articles in both scripts' indexes.
 * The index structure itself (keys, shards, chunks, paging, incremental files) is
 * tests/search-shards.test.ts.
 */

const articles = loadArticles();
const seed = articles.find((article) => article.slug === 'xiaomi-tianxing-traffic-partners');
if (!seed) throw new Error('the seed article is missing');
const toSimplified = createTextConverter('zh-Hant', 'zh-Hans');
const toTraditional = createTextConverter('zh-Hans', 'zh-Hant');

const files = { 'zh-hant': buildSearchFiles(articles, 'zh-hant'), 'zh-hans': buildSearchFiles(articles, 'zh-hans') } satisfies Record<Script, Map<string, string>>;

/** Opens a script's index as the browser does, from the files in memory. */
function openIndex(script: Script): Promise<Searcher> {
  return openSearcher(async (file) => {
    const text = files[script].get(file);
    if (text === undefined) throw new Error(`no ${file}`);
    return text;
  });
}

const searchers = { 'zh-hant': await openIndex('zh-hant'), 'zh-hans': await openIndex('zh-hans') } satisfies Record<Script, Searcher>;

/** Every result of a query in a script's index, in ranked order. */
async function search(script: Script, query: string): Promise<Match[]> {
  const run = await searchers[script].search(query, Infinity);
  return run.results;
}

/** The ids a query finds in a script's index (all of them, in ranked order). */
async function idsFound(script: Script, query: string): Promise<string[]> {
  return (await search(script, query)).map((match) => match.paragraph.id);
}

/** Every paragraph of an article, in its original script. */
function paragraphsOf(article: Article) {
  return article.sections.flatMap((section) => section.paragraphs);
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('the fold table', () => {
  const table = foldTableOf(articles);

  it('folds Traditional and Simplified forms, and variants, to one character', () => {
    const fold = (text: string) => foldText(table, text);
    expect(fold('隨星借')).toBe(fold('随星借'));
    expect(fold('裡')).toBe(fold('裏'));
    expect(fold('裏')).toBe(fold('里'));
    expect(fold('著')).toBe(fold('着'));
    expect(fold('後')).toBe(fold('后'));
    expect(fold('髮')).toBe(fold('發'));
    expect(fold('臺')).toBe(fold('台'));
    expect(fold('數科')).toBe('数科');
  });

  it('maps each character straight to a representative that maps to nothing', () => {
    for (const representative of table.values()) expect(table.has(representative), representative).toBe(false);
  });

  it('makes every indexed text read the same in both scripts', () => {
    const hans = searchArticlesOf(articles, 'zh-hans');
    searchArticlesOf(articles, 'zh-hant').forEach((article, a) => {
      expect(foldText(searchers['zh-hant'].table, article.title)).toBe(foldText(searchers['zh-hans'].table, hans[a]!.title));
      article.sections.forEach((section, s) => {
        section.paragraphs.forEach(([id, text], p) => {
          const [otherId, otherText] = hans[a]!.sections[s]!.paragraphs[p]!;
          expect(otherId).toBe(id);
          expect(foldText(searchers['zh-hans'].table, otherText), id).toBe(foldText(searchers['zh-hant'].table, text));
        });
      });
    });
  });

  it('joins characters that only a phrase conversion pairs', () => {
    // Alone, 乾 and 干 are each other's one-character conversions anyway; 瞭 → 了 comes from 瞭解 → 了解.
    const phraseTable = buildFoldTable([['瞭解市場', toSimplified('瞭解市場')]]);
    expect(toSimplified('瞭解市場')).toBe('了解市场');
    expect(phraseTable.get('瞭') ?? '瞭').toBe(phraseTable.get('了') ?? '了');
  });

  it('never joins characters that only a glossary word replacement lines up (聯準會 → 美联储)', () => {
    const [firstSection, ...otherSections] = seed.sections;
    const [firstParagraph, ...otherParagraphs] = firstSection!.paragraphs;
    const withGlossaryWord: Article = {
      ...seed,
      sections: [{ ...firstSection!, paragraphs: [{ ...firstParagraph!, text: '聯準會宣布升息。' }, ...otherParagraphs] }, ...otherSections],
    };
    // The page shows the mainland's word, not the characters converted one by one.
    expect(convertArticle(withGlossaryWord, 'zh-Hans').sections[0]!.paragraphs[0]!.text).toContain('美联储');
    const glossaryTable = foldTableOf([withGlossaryWord]);
    const fold = (text: string) => foldText(glossaryTable, text);
    expect(fold('聯')).not.toBe(fold('美'));
    expect(fold('會')).not.toBe(fold('储'));
    expect(fold('聯準會')).toBe(fold('联准会'));
  });

  it('is shipped as a string that reads back to the same table, and is built the same every time', () => {
    const encoded = encodeFoldTable(table);
    expect(decodeFoldTable(encoded)).toEqual(table);
    expect(searchers['zh-hant'].meta.fold).toBe(encoded);
    expect(searchers['zh-hans'].meta.fold).toBe(encoded);
    expect(buildSearchFiles(articles, 'zh-hant')).toEqual(files['zh-hant']);
  });

  it('folds full-width ASCII and capitals, keeps astral characters whole and maps offsets back', () => {
    const empty = new Map<string, string>();
    expect(foldText(empty, 'ＭＩＵＩ App')).toBe('miui app');
    const from: number[] = [];
    expect(foldText(table, 'a𠮷隨b', from)).toBe('a𠮷随b');
    expect(from).toEqual([0, 1, 1, 3, 4, 5]);
  });
});

describe('queries', () => {
  it('are split at any space (U+3000 too), folded, each term once', () => {
    const table = searchers['zh-hant'].table;
    expect(parseQuery(table, '  小米消金　天星數科 小米消金 ')).toEqual(['小米消金', '天星数科']);
    expect(parseQuery(table, '   ')).toEqual([]);
  });

  it('find nothing when empty or absent from the text', async () => {
    expect(await idsFound('zh-hant', '')).toEqual([]);
    expect(await idsFound('zh-hant', '比特幣')).toEqual([]);
  });
});

describe('search in either script', () => {
  const withText = (needle: string) => paragraphsOf(seed).filter((paragraph) => paragraph.text.includes(needle)).map((paragraph) => paragraph.id);

  it('finds the same paragraphs for 随星借 and 隨星借, on both pages', async () => {
    const expected = sorted(withText('隨星借'));
    expect(expected.length).toBeGreaterThan(3);
    for (const script of SCRIPTS) {
      expect(sorted(await idsFound(script, '随星借')), script).toEqual(expected);
      expect(sorted(await idsFound(script, '隨星借')), script).toEqual(expected);
    }
  });

  it('finds every paragraph that names 小米消金, and every one holding a single character', async () => {
    const expected = sorted(withText('小米消金'));
    expect(expected.length).toBeGreaterThan(3);
    for (const script of SCRIPTS) expect(sorted(await idsFound(script, '小米消金')), script).toEqual(expected);
    const single = sorted(withText('滿'));
    expect(single.length).toBeGreaterThan(0);
    for (const script of SCRIPTS) expect(sorted(await idsFound(script, '满')), script).toEqual(single);
  });

  it('requires every term of a multi-term query', async () => {
    const expected = sorted(paragraphsOf(seed).filter((p) => p.text.includes('小米消金') && p.text.includes('天星數科')).map((p) => p.id));
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(await idsFound('zh-hans', '小米消金 天星数科'))).toEqual(expected);
  });

  it('links each result to its paragraph on the page of the same script', async () => {
    for (const script of SCRIPTS) {
      const [first] = await search(script, '度小滿');
      expect(first?.paragraph.article.path).toBe(`/${script}/articles/${seed.slug}/`);
    }
  });
});

describe('ranking', () => {
  it('puts paragraphs naming a term more often first within an article, ties in reading order', async () => {
    const results = await search('zh-hant', '隨星借');
    const counts = results.map((match) => match.hits.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const order = paragraphsOf(seed).map((p) => p.id);
    for (let i = 1; i < results.length; i++) {
      const [previous, current] = [results[i - 1]!, results[i]!];
      if (previous.score === current.score) expect(order.indexOf(previous.paragraph.id)).toBeLessThan(order.indexOf(current.paragraph.id));
    }
    expect(results[0]?.paragraph.id).toBe('compliance-5'); // names 隨星借 twice
  });

  it('ranks a paragraph under a heading that holds the term above one that only mentions it', async () => {
    const [top] = await search('zh-hans', '合规');
    expect(top?.paragraph.heading).toBe('合规整改');
  });

});

describe('passages', () => {
  const table = searchers['zh-hans'].table;

  it('are the text of the page, cut around the first hit, with every hit inside marked', async () => {
    for (const match of await search('zh-hans', '小米消金 流量')) {
      const passage = passageOf(table, match);
      const shown = passage.parts.map((part) => part.text).join('');
      expect(match.paragraph.text).toContain(shown);
      expect(passage.cutBefore).toBe(!match.paragraph.text.startsWith(shown));
      expect(passage.cutAfter).toBe(!match.paragraph.text.endsWith(shown));
      expect(Array.from(shown).length).toBeLessThanOrEqual(121);
      const marked = passage.parts.filter((part) => part.mark).map((part) => foldText(table, part.text));
      expect(marked.length).toBeGreaterThan(0);
      for (const text of marked) expect(['小米消金', '流量'].some((term) => text.includes(term)), text).toBe(true);
    }
  });

  it('mark the words as the page writes them, whatever script the query used', async () => {
    const [match] = await search('zh-hant', '随星借');
    const marked = passageOf(searchers['zh-hant'].table, match!).parts.filter((part) => part.mark);
    expect(marked.map((part) => part.text)).toContain('隨星借');
  });

  it('show a short paragraph whole', async () => {
    const [match] = await search('zh-hans', '还是卖流量更香');
    const passage = passageOf(table, match!);
    expect(passage.cutBefore || passage.cutAfter).toBe(false);
    expect(passage.parts.map((part) => part.text).join('')).toBe(match!.paragraph.text);
  });
});

/**
 * Recall and precision on queries written from the seed, in Traditional, Simplified, mixed and
 * several terms. The expected paragraphs come from OpenCC's phrase conversion of both sides (an
 * independent method: the search folds single characters with its table instead): a paragraph
 * holds a term when its Simplified conversion holds the term's, or its Traditional text holds the
 * term's Traditional conversion.
 */
describe('recall and precision on queries from the seed', () => {
  const QUERIES = [
    // Traditional
    '天星數科',
    '消費金融',
    '度小滿',
    '合規整改',
    '導流',
    '牌照',
    '小米錢包',
    // Simplified
    '随星借',
    '钱包',
    '雷军',
    '互联网金融',
    '流量变现',
    '注销了小贷牌照',
    // variant forms the text does not use: 裡 for its 里, 後 for its 后, 着 for its 著
    '手機裡',
    '登錄後',
    '蕴含着',
    // one term mixing the scripts
    '互聯网金融',
    '天星数科App',
    // several terms
    '小米消金 天星數科',
    '雷軍 董事长',
    '隨星借 小米消费金融',
    'MIUI 月活',
    '第三方 导流 机构',
  ];

  function expectedIds(query: string): Set<string> {
    const terms = query.split(/\s+/).filter(Boolean);
    const ids = new Set<string>();
    for (const article of articles) {
      for (const paragraph of paragraphsOf(article)) {
        const simplified = toSimplified(paragraph.text);
        const traditional = article.language === 'zh-Hant' ? paragraph.text : toTraditional(paragraph.text);
        if (terms.every((term) => simplified.includes(toSimplified(term)) || traditional.includes(toTraditional(term)))) ids.add(paragraph.id);
      }
    }
    return ids;
  }

  it(`finds exactly the expected paragraphs for ${QUERIES.length} queries on both pages`, async () => {
    let relevant = 0;
    let found = 0;
    let correct = 0;
    const misses: string[] = [];
    for (const query of QUERIES) {
      const expected = expectedIds(query);
      expect(expected.size, `the seed has no paragraph for ${query}`).toBeGreaterThan(0);
      for (const script of SCRIPTS) {
        const ids = await idsFound(script, query);
        relevant += expected.size;
        found += ids.length;
        const hits = ids.filter((id) => expected.has(id)).length;
        correct += hits;
        if (hits !== expected.size || hits !== ids.length) misses.push(`${script} ${query}: expected ${sorted(expected).join(' ')}, found ${sorted(ids).join(' ')}`);
      }
    }
    const recall = correct / relevant;
    const precision = correct / found;
    console.log(`search on ${QUERIES.length} seed queries × ${SCRIPTS.length} pages: recall ${(recall * 100).toFixed(1)}% (${correct}/${relevant}), precision ${(precision * 100).toFixed(1)}% (${correct}/${found})`);
    expect(misses).toEqual([]);
    expect(recall).toBe(1);
    expect(precision).toBe(1);
  });
});

describe('what is shipped', () => {
  it('is read back only when it has the shape of a meta file or a snippet chunk', () => {
    const meta: unknown = JSON.parse(files['zh-hant'].get('meta.json')!);
    expect(isSearchMeta(meta)).toBe(true);
    expect(isSearchMeta({ ...(meta as object), shards: 0 })).toBe(false);
    expect(isSearchMeta('<!doctype html>')).toBe(false);
    const chunk: unknown = JSON.parse(files['zh-hant'].get('a/0.json')!);
    expect(decodeChunk(chunk)).not.toBeNull();
    expect(decodeChunk({ chunk })).toBeNull();
    expect(decodeChunk([{ number: 0, title: 't', date: 'd', path: '/', sections: [{ id: 's', heading: null, paragraphs: [7] }] }])).toBeNull();
    const [article] = searchArticlesOf(articles, 'zh-hant');
    expect(isSearchArticleList([{ ...article, sections: [{ id: 's', heading: null, paragraphs: [['s-1']] }] }])).toBe(false);
    expect(isSearchArticleList([{ ...article, number: -1 }])).toBe(false);
  });

  it('gives back every paragraph with its id from a chunk that leaves out the ids their places give', () => {
    const numbered = searchArticlesOf(articles, 'zh-hant');
    const [first] = numbered;
    const [section] = first!.sections;
    // A paragraph whose id is not its place's (an id given in the source) keeps it.
    const renamed = { ...first!, sections: [{ ...section!, paragraphs: [['kept-id', section!.paragraphs[0]![1]] as [string, string], ...section!.paragraphs.slice(1)] }, ...first!.sections.slice(1)] };
    for (const chunk of [numbered.slice(0, 4), [renamed]]) {
      const text = encodeChunk(chunk);
      expect(decodeChunk(JSON.parse(text))).toEqual(chunk);
      expect(text.length).toBeLessThan(JSON.stringify(chunk).length);
    }
    expect(encodeChunk([renamed])).toContain('"kept-id"');
    expect(encodeChunk([first!])).not.toContain(`"${section!.paragraphs[0]![0]}"`);
  });

  it('is small: the script and the files a query loads, measured for the note', async () => {
    const script = Buffer.from(clientCode('search'));
    const loaded: string[] = [];
    const searcher = await openSearcher(async (file) => {
      loaded.push(file);
      return files['zh-hant'].get(file)!;
    });
    await searcher.search('小米消金', 10);
    const bytes = loaded.map((file) => gzipSync(files['zh-hant'].get(file)!).length);
    console.log(`search.js: ${script.length} B raw, ${gzipSync(script).length} B gzip; 小米消金 loads ${loaded.join(', ')}: ${bytes.reduce((a, b) => a + b, 0)} B gzip`);
    expect(gzipSync(script).length).toBeLessThan(6_000);
  });
});
