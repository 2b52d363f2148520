import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { describe, expect, it } from 'vitest';
import { parseArticleOrThrow } from '../lib/content/parse-article';
import type { Article } from '../lib/content/model';
import { sectionSharePages } from '../lib/site/render/share-page';
import { writeSharePages } from '../scripts/build/share-pages';
import { attr, elements } from './fixtures/html-tree';

/** Section share pages written as plain HTML: what an unfurler reads, where a reader is sent, what they cost. */

const SEED = 'content/articles/xiaomi-tianxing-traffic-partners.md';
const seed = parseArticleOrThrow(SEED, readFileSync(SEED));

const textOf = (node: T.ParentNode): string => node.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : 'childNodes' in child ? textOf(child) : '')).join('');

/** The head a link unfurler reads, as `{ key: content }`, plus the page's other parts. */
function read(html: string) {
  const document = parse(html);
  const all = [...elements(document)];
  const metas = Object.fromEntries(all.filter((e) => e.tagName === 'meta').map((e) => [attr(e, 'property') ?? attr(e, 'name') ?? attr(e, 'http-equiv') ?? attr(e, 'charset'), attr(e, 'content') ?? '']));
  return {
    metas,
    title: textOf(all.find((e) => e.tagName === 'title')!),
    canonical: attr(all.find((e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical'), 'href'),
    lang: attr(all.find((e) => e.tagName === 'html'), 'lang'),
    scripts: all.filter((e) => e.tagName === 'script').length,
    styles: all.filter((e) => e.tagName === 'style').map(textOf).join(''),
    h1: textOf(all.find((e) => e.tagName === 'h1')!),
    link: all.find((e) => e.tagName === 'a'),
  };
}

describe('section share pages', () => {
  const pages = sectionSharePages(seed, 'zh-hant');

  it('one per section (and per alias of a section), each at its own path', () => {
    expect(pages.map((page) => page.path)).toEqual(seed.sections.map((section) => `/zh-hant/articles/${seed.slug}/s/${section.id}/`).concat(seed.aliases.filter((a) => seed.sections.some((s) => s.id === a.to)).map((a) => `/zh-hant/articles/${seed.slug}/s/${a.from}/`)));
  });

  it('preview the section in the head and send the reader to it without a script', () => {
    const section = seed.sections.find((candidate) => candidate.heading)!;
    const page = read(pages.find((candidate) => candidate.path.endsWith(`/s/${section.id}/`))!.html);
    expect(page.lang).toBe('zh-Hant');
    expect(page.metas['og:title']).toBe(`${section.heading} · ${seed.title}`);
    expect(page.title.startsWith(page.metas['og:title']!)).toBe(true);
    expect(section.paragraphs.map((p) => p.text).join('')).toContain(page.metas['og:description']!.replace(/…$/, ''));
    expect(page.metas.description).toBe(page.metas['og:description']);
    expect(page.metas['twitter:card']).toBe('summary_large_image');
    expect(page.metas['og:image']).toMatch(new RegExp(`/og/zh-hant/${seed.slug}\\.png$`));
    expect(page.metas['og:url']).toMatch(new RegExp(`/zh-hant/articles/${seed.slug}/s/${section.id}/$`));
    expect(page.canonical).toMatch(new RegExp(`/zh-hant/articles/${seed.slug}/$`));
    expect(page.metas.refresh).toBe(`0; url=/zh-hant/articles/${seed.slug}/#${section.id}`);
    expect(attr(page.link, 'href')).toBe(`/zh-hant/articles/${seed.slug}/#${section.id}`);
    expect(page.h1).toBe(page.metas['og:title']);
    expect(page.scripts).toBe(0);
  });

  it('stay small: no stylesheet (the reader only passes through, in their colour scheme), under 2.5 kB each', () => {
    for (const { html } of pages) {
      const page = read(html);
      expect(page.styles).toBe('');
      expect(page.metas['color-scheme']).toBe('light dark');
      expect(Buffer.byteLength(html)).toBeLessThan(2_500);
    }
  });

  it('escape any text of the article', () => {
    const hostile: Article = { ...seed, title: '</title><script>alert(1)</script>"&', sections: [{ id: 'a', heading: '<b>“x”</b>', paragraphs: [{ id: 'a-1', text: '"><img src=x onerror=alert(1)> & ]]>' }] }], aliases: [], quotes: [], timeline: [] };
    const [page] = sectionSharePages(hostile, 'zh-hans');
    const read_ = read(page!.html);
    expect(read_.scripts).toBe(0);
    expect(read_.metas['og:title']).toBe('<b>“x”</b> · </title><script>alert(1)</script>"&');
    expect(read_.metas.description).toBe('"><img src=x onerror=alert(1)> & ]]>');
    expect([...elements(parse(page!.html))].map((element) => element.tagName)).not.toContain('img');
  });

  it('are written into the export folder for every article in both scripts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'share-pages-'));
    try {
      const written = await writeSharePages(dir);
      expect(written.pages).toBeGreaterThanOrEqual(pages.length * 2);
      const html = readFileSync(join(dir, pages[0]!.path, 'index.html'), 'utf8');
      expect(html).toBe(pages[0]!.html);
      expect(read(readFileSync(join(dir, pages[0]!.path.replace('/zh-hant/', '/zh-hans/'), 'index.html'), 'utf8')).lang).toBe('zh-Hans');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
