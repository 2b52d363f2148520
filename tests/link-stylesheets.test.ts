import { describe, expect, it } from 'vitest';
import { linksStylesheet } from '../scripts/build/link-stylesheets';
import { stripRuntime } from '../scripts/build/strip-runtime';

const page = (head: string) => `<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8">${head}<title>時間線</title></head><body><p>正文</p></body></html>`;
const headOf = (html: string) => html.slice(html.indexOf('<head>') + 6, html.indexOf('</head>'));
const inline = '<style data-precedence="next" data-href="/_next/static/chunks/a.css /_next/static/chunks/b.css">p{color:red}a{color:blue}</style>';
const exported = new Set(['_next/static/chunks/a.css', '_next/static/chunks/b.css']);

describe('browsing pages link their stylesheet', () => {
  it('are the timeline, tag, outlet and people pages of either script, not the index, search or articles', () => {
    expect(['zh-hant/timeline/index.html', 'zh-hans/timeline/小米/year/2015/index.html', 'zh-hant/tags/index.html', 'zh-hans/outlets/a/page/2/index.html', 'zh-hant/people/x/index.html'].map(linksStylesheet)).toEqual([true, true, true, true, true]);
    expect(['zh-hant/index.html', 'zh-hant/page/2/index.html', 'zh-hans/search/index.html', 'zh-hant/articles/a/index.html', 'articles/a/index.html', '404.html'].map(linksStylesheet)).toEqual([false, false, false, false, false, false]);
  });

  it('replace the inline style with a link to each file it was made from, in order', () => {
    const { html } = stripRuntime(page(inline), { linkStylesheetsTo: exported });
    expect(headOf(html)).toBe('<meta charset="utf-8"><link rel="stylesheet" href="/_next/static/chunks/a.css"><link rel="stylesheet" href="/_next/static/chunks/b.css"><title>時間線</title>');
  });

  it('keep the style inline when a file it names is not in the export, or it names none', () => {
    const missing = stripRuntime(page(inline), { linkStylesheetsTo: new Set(['_next/static/chunks/a.css']) }).html;
    expect(headOf(missing)).toContain(inline);
    const plain = '<style>p{color:red}</style>';
    expect(headOf(stripRuntime(page(plain), { linkStylesheetsTo: exported }).html)).toContain(plain);
  });

  it('are left inline without the option (reading pages keep theirs)', () => {
    expect(headOf(stripRuntime(page(inline)).html)).toContain(inline);
  });
});
