import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { clientCode, type ClientEntry } from '../app/_lib/client-code';
import { VERTICAL_STORAGE_KEY, VERTICAL_TOGGLE_ID } from '../lib/site/reading-mode';
import { idOfHash, placeInView, redirectWithFragment, withFragment, withQuery, type PlacedElement } from '../lib/site/place';

/**
 * The browser code: the place-keeping logic it imports from lib, the inline redirect snippet run
 * in a sandbox, and what a reading page's own JavaScript costs once compiled.
 */

describe('keeping the reader\'s place', () => {
  it('reads a fragment as an id, and a malformed one as none', () => {
    expect(idOfHash('#rivalry-2')).toBe('rivalry-2');
    expect(idOfHash('#%E5%B0%8F%E7%B1%B3')).toBe('小米');
    expect(idOfHash('#%E0%A4%A')).toBe('');
  });

  it('replaces a link\'s fragment, or its query, keeping the path', () => {
    expect(withFragment('/zh-hans/articles/a/#old', 'rivalry-2')).toBe('/zh-hans/articles/a/#rivalry-2');
    expect(withFragment('/zh-hans/articles/a/#old', null)).toBe('/zh-hans/articles/a/');
    expect(withQuery('/zh-hans/search/?q=old#x', '隨星借 小米')).toBe('/zh-hans/search/?q=%E9%9A%A8%E6%98%9F%E5%80%9F%20%E5%B0%8F%E7%B1%B3');
    expect(withQuery('/zh-hans/search/?q=old', '')).toBe('/zh-hans/search/');
  });

  it('carries a fragment through a redirect only when the target names none', () => {
    expect(redirectWithFragment('/zh-hant/articles/new/', '#p3')).toBe('/zh-hant/articles/new/#p3');
    expect(redirectWithFragment('/zh-hant/articles/new/', '')).toBeNull();
    expect(redirectWithFragment('/zh-hant/articles/new/#rivalry', '#p3')).toBeNull();
  });

  const paragraphs = (tops: number[]): PlacedElement[] => tops.map((top, i) => ({ id: `p${i + 1}`, top, bottom: top + 100 }));
  const view = { covered: 60, scrollY: 800, viewportHeight: 700, arrived: null };

  it('is the fragment arrived at while it stays where it landed', () => {
    expect(placeInView({ ...view, arrived: { id: 'q1', top: 70, bottom: 90 }, candidates: paragraphs([-300, 20, 150]) })).toBe('q1');
    expect(placeInView({ ...view, arrived: { id: 'q1', top: -400, bottom: -380 }, candidates: paragraphs([-300, 20, 150]) })).toBe('p2');
  });

  it('is the first paragraph mostly below the sticky header, once the reader has scrolled', () => {
    // p2 shows 60 of its 100 px below the header's bottom (60): more than half.
    expect(placeInView({ ...view, candidates: paragraphs([-300, 20, 150]) })).toBe('p2');
    // p2 shows only 40 px: the next one is the place.
    expect(placeInView({ ...view, candidates: paragraphs([-300, -20, 150]) })).toBe('p3');
    expect(placeInView({ ...view, scrollY: 10, candidates: paragraphs([-300, 20, 150]) })).toBeNull();
    // Between paragraphs (a long timeline gap): the next one is below the viewport, so no place.
    expect(placeInView({ ...view, candidates: paragraphs([-300, 900]) })).toBeNull();
  });

  it('measures paragraphs only until it finds the place', () => {
    let measured = 0;
    function* candidates() {
      for (const element of paragraphs([-500, -300, 100, 300, 500, 700])) {
        measured += 1;
        yield element;
      }
    }
    expect(placeInView({ ...view, candidates: candidates() })).toBe('p3');
    expect(measured).toBe(3);
  });
});

describe('the inline redirect snippet', () => {
  const run = async (target: string, hash: string) => {
    let replaced: string | null = null;
    const document = { currentScript: { getAttribute: (name: string) => (name === 'data-redirect-to' ? target : null) } };
    const location = { hash, replace: (url: string) => (replaced = url) };
    new Function('document', 'location', clientCode('keepFragment'))(document, location);
    return replaced;
  };

  it('sends a reader who came with a fragment on with it', async () => {
    expect(await run('/zh-hant/articles/new/', '#history-3')).toBe('/zh-hant/articles/new/#history-3');
    expect(await run('/zh-hant/articles/new/', '')).toBeNull();
  });
});

describe('the inline vertical-reading snippet', () => {
  /** Runs the snippet against a checkbox and a storage that holds `stored` (or throws when blocked). */
  const run = (stored: string | null | 'blocked') => {
    class FakeInput {
      checked = false;
      onChange: (() => void) | null = null;
      addEventListener(type: string, listener: () => void) {
        if (type === 'change') this.onChange = listener;
      }
    }
    const toggle = new FakeInput();
    const kept = new Map<string, string>(stored === null || stored === 'blocked' ? [] : [[VERTICAL_STORAGE_KEY, stored]]);
    const localStorage = {
      getItem: (key: string) => {
        if (stored === 'blocked') throw new Error('SecurityError');
        return kept.get(key) ?? null;
      },
      setItem: (key: string, value: string) => kept.set(key, value),
    };
    const document = { getElementById: (id: string) => (id === VERTICAL_TOGGLE_ID ? toggle : null) };
    new Function('document', 'localStorage', 'HTMLInputElement', clientCode('rememberVertical'))(document, localStorage, FakeInput);
    return { toggle, kept };
  };

  it('ticks the checkbox only for a reader who chose vertical reading', () => {
    expect(run('vertical').toggle.checked).toBe(true);
    expect(run('horizontal').toggle.checked).toBe(false);
    expect(run(null).toggle.checked).toBe(false);
    expect(run('blocked').toggle.checked).toBe(false);
  });

  it('remembers each change of the checkbox', () => {
    const { toggle, kept } = run(null);
    toggle.checked = true;
    toggle.onChange?.();
    expect(kept.get(VERTICAL_STORAGE_KEY)).toBe('vertical');
    toggle.checked = false;
    toggle.onChange?.();
    expect(kept.get(VERTICAL_STORAGE_KEY)).toBe('horizontal');
  });
});

describe('what the browser runs', () => {
  const ENTRIES: ClientEntry[] = ['enhance', 'search', 'chooseScript', 'everyPage', 'keepFragment', 'rememberVertical'];
  const compressed = (code: string) => ({
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });

  it('reads nothing of the build environment (no `process` in a browser)', async () => {
    for (const entry of ENTRIES) expect(clientCode(entry), entry).not.toMatch(/\bprocess\./);
  });

  it('keeps a reading page\'s own JavaScript (inline scripts and enhance.js) under 5 kB compressed', async () => {
    const inline = compressed(clientCode('everyPage'));
    const vertical = compressed(clientCode('rememberVertical'));
    const enhance = compressed(clientCode('enhance'));
    console.log(
      `reading page JS: inline ${inline.gzip} B gzip / ${inline.brotli} B brotli, vertical ${vertical.gzip} B gzip / ${vertical.brotli} B brotli, enhance.js ${enhance.gzip} B gzip / ${enhance.brotli} B brotli`,
    );
    expect(inline.gzip + vertical.gzip + enhance.gzip).toBeLessThanOrEqual(5_000);
    expect(inline.brotli + vertical.brotli + enhance.brotli).toBeLessThanOrEqual(5_000);
  });
});
