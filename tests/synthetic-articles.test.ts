import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../lib/content/load-articles';
import { parseArticle } from '../lib/content/parse-article';
import type { Article } from '../lib/content/model';
import { createRandom, generateSyntheticArticles, readSeedArticle, writeSyntheticArticles } from '../scripts/bench/synthetic-articles';

const source = readSeedArticle();

/** Parses a generated article, failing the test with its diagnostics if it does not parse. */
function parse(fileName: string, markdown: string): Article {
  const result = parseArticle(fileName, markdown);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.path}:${d.line}:${d.column}: ${d.message}`).join('\n'));
  return result.article;
}

describe('synthetic articles', () => {
  it('the PRNG is deterministic and stays in range', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const draws = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(draws);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(createRandom(8).next()).not.toBe(draws[0]);
  });

  it('the same count and seed give the same files; another seed gives others', () => {
    const first = generateSyntheticArticles(20, { seed: 3, source });
    expect(generateSyntheticArticles(20, { seed: 3, source })).toEqual(first);
    expect(generateSyntheticArticles(20, { seed: 4, source }).map((a) => a.markdown)).not.toEqual(first.map((a) => a.markdown));
    // A longer run starts with the same articles: the count does not reshuffle earlier ones.
    expect(generateSyntheticArticles(25, { seed: 3, source }).slice(0, 20)).toEqual(first);
  });

  it('N = 50 gives 50 valid articles with unique slugs and varied months, tags, scripts and shapes', () => {
    const generated = generateSyntheticArticles(50, { seed: 1, source });
    expect(generated).toHaveLength(50);
    const articles = generated.map((file) => parse(file.fileName, file.markdown));
    expect(new Set(articles.map((a) => a.slug)).size).toBe(50);
    expect(articles.map((a) => a.slug)).toEqual(generated.map((g) => g.slug));

    const months = new Set(articles.filter((a) => a.published.length >= 7).map((a) => a.published.slice(5, 7)));
    expect(months.size).toBeGreaterThanOrEqual(8);
    const years = new Set(articles.map((a) => Number(a.published.slice(0, 4))));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2015);
    expect(Math.max(...years)).toBeLessThanOrEqual(2025);
    expect(years.size).toBeGreaterThanOrEqual(6);
    expect(new Set(articles.map((a) => a.published.length))).toEqual(new Set([4, 7, 10]));

    expect(new Set(articles.flatMap((a) => a.tags)).size).toBeGreaterThanOrEqual(10);
    const languages = articles.map((a) => a.language);
    expect(languages.filter((l) => l === 'zh-Hans').length).toBeGreaterThanOrEqual(5);
    expect(languages.filter((l) => l === 'zh-Hant').length).toBeGreaterThanOrEqual(25);
    // A Simplified original carries Simplified text (converted with lib/convert).
    const hans = articles.find((a) => a.language === 'zh-Hans')!;
    expect(hans.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('')).not.toMatch(/[數擴張財們這]/);

    expect(new Set(articles.map((a) => a.title)).size).toBeGreaterThanOrEqual(40);
    expect(new Set(articles.map((a) => a.source.outlet)).size).toBeGreaterThanOrEqual(4);
    expect(articles.some((a) => a.sections.some((s) => /^section-\d+$/.test(s.id)))).toBe(true);
    expect(articles.some((a) => a.sections.some((s) => !/^section-\d+$/.test(s.id)))).toBe(true);
    expect(articles.reduce((n, a) => n + a.quotes.filter((q) => q.kind === 'speech').length, 0)).toBeGreaterThan(50);
    expect(articles.reduce((n, a) => n + a.timeline.length, 0)).toBeGreaterThan(100);
  });

  it('no article repeats a paragraph', () => {
    for (const file of generateSyntheticArticles(30, { seed: 2, source })) {
      const texts = parse(file.fileName, file.markdown).sections.flatMap((s) => s.paragraphs.map((p) => p.text));
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('every article of a larger run parses, and the folder passes the content check', () => {
    // No validation in the generator here: checkContent below parses every file (once).
    const generated = generateSyntheticArticles(300, { seed: 11, source, validate: false });
    const dir = join(mkdtempSync(join(tmpdir(), 'synthetic-')), 'articles');
    writeSyntheticArticles(dir, generated);
    expect(readdirSync(dir)).toHaveLength(300);
    const { articles, diagnostics } = checkContent(dir);
    expect(diagnostics).toEqual([]);
    expect(articles).toHaveLength(300);
    // Former slugs and aliases (which add pages) appear, and never collide with a slug.
    const slugs = new Set(articles.map((a) => a.slug));
    const former = articles.flatMap((a) => a.formerSlugs);
    expect(former.every((slug) => !slugs.has(slug))).toBe(true);
    expect(articles.some((a) => a.aliases.length > 0)).toBe(true);
  }, 180_000);
});
