import { readFileSync } from 'node:fs';
import { parse } from 'parse5';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { clientCode } from '../app/_lib/client-code';
import { convertArticle } from '../lib/content/convert';
import { parseArticleOrThrow } from '../lib/content/parse-article';
import { ENHANCE_CLASSES } from '../lib/site/client-classes';
import { renderArticlePage } from '../lib/site/render/article-page';
import { classesOf, usedCss } from '../lib/site/render/used-css';
import { compileStylesheets } from '../scripts/build/article-stylesheet';
import { attr, elements } from './fixtures/html-tree';

/** Each page inlines only the CSS rules that can apply to it. */

const SEED = 'content/articles/xiaomi-tianxing-traffic-partners.md';
const seed = parseArticleOrThrow(SEED, readFileSync(SEED));
const stylesheets = compileStylesheets(process.cwd());

describe('used CSS', () => {
  const css = '.a{color:red}.b,.a .c,p{margin:0}@media print{.b{display:none}.a{color:#000}}@keyframes arrive{0%{opacity:0}}:not(.b){padding:0}:is(.b .a,.c){margin:1px}:is(.a,.b) .c{margin:2px}.d::after{content:"}.b{"}';

  it('drops rules and selectors that name a class no element has, and emptied @media blocks', () => {
    expect(usedCss(css, new Set(['a']))).toBe('.a{color:red}p{margin:0}@media print{.a{color:#000}}@keyframes arrive{0%{opacity:0}}:not(.b){padding:0}:is(.a,.b) .c{margin:2px}');
    expect(usedCss(css, new Set(['c']))).toContain(':is(.b .a,.c){margin:1px}');
  });

  it('keeps everything when every class is present, and reads braces inside strings as text', () => {
    expect(usedCss(css, new Set(['a', 'b', 'c', 'd']))).toBe(css);
  });

  it('collects the classes of a hast tree', () => {
    expect([...classesOf(h('div', { className: ['x', 'y'] }, [h('p', { className: ['z'] }), 'text']))].sort()).toEqual(['x', 'y', 'z']);
  });
});

describe('the article pages’ inline stylesheet', () => {
  const assets = { stylesheet: stylesheets.article, iconUrl: 'data:,', everyPage: clientCode('everyPage'), rememberVertical: clientCode('rememberVertical') };
  const pageOf = (script: 'zh-hant' | 'zh-hans') => {
    const { html } = renderArticlePage(seed, convertArticle(seed, script === 'zh-hant' ? 'zh-Hant' : 'zh-Hans'), script, assets);
    const all = [...elements(parse(html))];
    const style = all.find((element) => element.tagName === 'style')!;
    const text = style.childNodes.map((node) => ('value' in node ? node.value : '')).join('');
    const classes = new Set(all.flatMap((element) => (attr(element, 'class') ?? '').split(' ').filter(Boolean)));
    return { html, style: text, classes };
  };
  const hant = pageOf('zh-hant');
  const hans = pageOf('zh-hans');

  it('is smaller than the whole stylesheet on both pages', () => {
    expect(hant.style.length).toBeLessThan(stylesheets.article.length - 1000);
    expect(hans.style.length).toBeLessThan(stylesheets.article.length - 1000);
  });

  it('keeps the rules of what each page has: the originals on the converted page, vertical reading on the Traditional one', () => {
    expect(hans.style).toContain('.original-label:has(.original-toggle:checked)+.original');
    expect(hant.style).not.toContain('.original-toggle');
    expect(hant.style).toContain('.vertical-toggle:checked');
    expect(hans.style).not.toContain('.vertical-toggle');
    expect(hant.style).not.toContain('.article-card');
  });

  it('keeps the rule of its own of every class on the page', () => {
    for (const page of [hant, hans]) {
      for (const name of page.classes) {
        const ownRule = new RegExp(`(?:^|[{},])\\.${name}[{,]`);
        if (ownRule.test(stylesheets.article)) expect(page.style, name).toMatch(ownRule);
      }
    }
  });

  it('keeps the rules of the classes enhance.js adds after load', () => {
    for (const name of Object.values(ENHANCE_CLASSES)) {
      expect(clientCode('enhance'), name).toContain(name);
      expect(hant.style, name).toMatch(new RegExp(`\\.${name}(?![\\w-])`));
    }
  });
});
