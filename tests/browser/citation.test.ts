import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createTextConverter } from '../../lib/content/convert';
import { SITE_URL } from '../../lib/site/routes';
import { SEED_SLUG } from './helpers';

/**
 * What reference managers and readers get from an exported article page: the citation_* and
 * Dublin Core meta tags, the cite block, and the provenance line. Expectations come from the
 * content file and the hash manifest as committed, not from the helpers that render them.
 */

const SEED_FILE = `content/articles/${SEED_SLUG}.md`;

interface SeedFrontmatter {
  title: string;
  published: string;
  author?: string;
  source: { outlet: string; url?: string };
}

function seedFrontmatter(): SeedFrontmatter {
  const text = readFileSync(SEED_FILE, 'utf8');
  return parseYaml(text.split('\n---\n')[0]!.replace(/^---\n/, ''), { schema: 'failsafe' });
}

function elements(node: T.ParentNode, tag: string): T.Element[] {
  const found: T.Element[] = [];
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    if (child.tagName === tag) found.push(child);
    found.push(...elements(child, tag));
  }
  return found;
}

function attribute(element: T.Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function textOf(node: T.ParentNode): string {
  return node.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : 'childNodes' in child ? textOf(child) : '')).join('');
}

/** The exported page of the seed in a script: its meta tags by name and its document. */
function exportedPage(script: 'zh-hant' | 'zh-hans') {
  const document = parse(readFileSync(join('out', script, 'articles', SEED_SLUG, 'index.html'), 'utf8'));
  const meta = new Map<string, string[]>();
  for (const element of elements(document, 'meta')) {
    const name = attribute(element, 'name');
    if (name) meta.set(name, [...(meta.get(name) ?? []), attribute(element, 'content') ?? '']);
  }
  return { document, meta };
}

describe('citation metadata on the exported article pages', () => {
  const frontmatter = seedFrontmatter();
  const toSimplified = createTextConverter('zh-Hant', 'zh-Hans');

  for (const script of ['zh-hant', 'zh-hans'] as const) {
    const inScript = (text: string) => (script === 'zh-hans' ? toSimplified(text) : text);
    const pageUrl = `${SITE_URL}/${script}/articles/${SEED_SLUG}/`;

    it(`${script}: citation_* and Dublin Core tags say what the content file says, and nothing it does not`, () => {
      const { meta } = exportedPage(script);
      expect(meta.get('citation_title')).toEqual([inScript(frontmatter.title)]);
      expect(meta.get('citation_journal_title')).toEqual([inScript(frontmatter.source.outlet)]);
      expect(meta.get('citation_publisher')).toEqual([inScript(frontmatter.source.outlet)]);
      // Google Scholar's form, only as precise as the file: the seed has a month, not a day.
      expect(meta.get('citation_publication_date')).toEqual([frontmatter.published.split('-').join('/')]);
      expect(meta.has('citation_author')).toBe(frontmatter.author !== undefined);
      expect(meta.get('DC.title')).toEqual([inScript(frontmatter.title)]);
      expect(meta.get('DC.date')).toEqual([frontmatter.published]);
      expect(meta.get('DC.publisher')).toEqual([inScript(frontmatter.source.outlet)]);
      expect(meta.get('DC.language')).toEqual([script === 'zh-hant' ? 'zh-Hant' : 'zh-Hans']);
      expect(meta.get('DC.identifier')).toEqual([pageUrl]);
      expect(meta.has('DC.creator')).toBe(frontmatter.author !== undefined);
    });

    it(`${script}: the cite block gives GB/T 7714 [N/OL] and APA forms in the page's script`, () => {
      const { document } = exportedPage(script);
      const cite = elements(document, 'details').find((details) => (attribute(details, 'class') ?? '').split(' ').includes('cite'));
      expect(cite).toBeDefined();
      const citations = elements(cite!, 'dd').map(textOf);
      const [year, month] = frontmatter.published.split('-').map(Number);
      expect(citations).toEqual([
        `${inScript(frontmatter.title)}[N/OL]. ${inScript(frontmatter.source.outlet)}, ${frontmatter.published}[引用日期]. ${pageUrl}.`,
        `${inScript(frontmatter.title)}（${year}年${month}月）。${inScript(frontmatter.source.outlet)}。${pageUrl}`,
      ]);
    });

    it(`${script}: the provenance line shows the hash the manifest recorded, short and in full`, () => {
      const recorded = readFileSync('content/published-hashes.txt', 'utf8').split('\n').filter((line) => line.startsWith(`${SEED_SLUG} `)).at(-1)?.split(' ')[1];
      const { document } = exportedPage(script);
      const fixity = elements(document, 'details').find((details) => attribute(details, 'class') === 'fixity');
      expect(fixity).toBeDefined();
      const codes = elements(fixity!, 'code').map(textOf);
      expect(codes).toEqual([`${recorded!.slice(0, 12)}…`, recorded]);
    });
  }
});
