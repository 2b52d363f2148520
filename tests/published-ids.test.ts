import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../lib/content/load-articles';
import { formatDiagnostic } from '../lib/content/diagnostics';
import { MANIFEST_HEADER, parseManifest, publishedIdsOf, updateManifest } from '../lib/content/published-ids';
import { parseArticleOrThrow } from '../lib/content/parse-article';
import { SCRIPTS, languageOfScript } from '../lib/site/script';
import { convertArticle } from '../lib/content/convert';
import { ID_PATTERN } from '../lib/content/model';

const FRONTMATTER = (extra = '') => `---
title: 測試
published: 2024-02
language: zh-Hant
source:
  outlet: 測試財經
${extra}---
`;

const BODY = `
## 起點 {#start}

第一段。

第二段。

## 後來 {#later}

第三段。
`;

/** Writes a content folder with the given articles and manifest; returns its articles dir. */
function contentFolder(files: Record<string, string>, manifest?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'archive-ids-'));
  const dir = join(root, 'articles');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  if (manifest !== undefined) writeFileSync(join(root, 'published-ids.txt'), manifest);
  return dir;
}

/** The manifest a folder would get from `ids:update`. */
function manifestFor(files: Record<string, string>): string {
  return updateManifest('', checkContent(contentFolder(files)).articles).text;
}

const errorsOf = (dir: string) => checkContent(dir).diagnostics.filter((d) => d.fatal).map(formatDiagnostic);

describe('published ids manifest', () => {
  const original = { 'alpha.md': FRONTMATTER() + BODY };
  const manifest = manifestFor(original);

  it('lists slug, section and paragraph ids, human-readable', () => {
    expect(parseManifest(manifest).map((entry) => entry.id)).toEqual([
      'alpha',
      'alpha#start',
      'alpha#start-1',
      'alpha#start-2',
      'alpha#later',
      'alpha#later-1',
    ]);
    expect(manifest).toMatch(/^# Every id this archive has published/);
  });

  it('passes when every published id still resolves', () => {
    expect(errorsOf(contentFolder(original, manifest))).toEqual([]);
  });

  it('fails, naming the manifest line, when a published section id is removed', () => {
    const renamed = { 'alpha.md': FRONTMATTER() + BODY.replace('{#later}', '{#afterwards}') };
    const errors = errorsOf(contentFolder(renamed, manifest));
    expect(errors).toEqual([
      expect.stringMatching(/published-ids\.txt:9:1: published id "alpha#later" no longer resolves.*aliases: \{ later: <new-id> \}/),
      expect.stringMatching(/published-ids\.txt:10:1: published id "alpha#later-1" no longer resolves/),
    ]);
  });

  it('passes with aliases, and the article carries them', () => {
    const renamed = { 'alpha.md': FRONTMATTER('aliases:\n  later: afterwards\n  later-1: afterwards-1\n') + BODY.replace('{#later}', '{#afterwards}') };
    const dir = contentFolder(renamed, manifest);
    expect(errorsOf(dir)).toEqual([]);
    expect(checkContent(dir).articles[0]?.aliases).toEqual([
      { from: 'later', to: 'afterwards' },
      { from: 'later-1', to: 'afterwards-1' },
    ]);
  });

  it('never changes an id when only a heading is reworded', () => {
    const reworded = { 'alpha.md': FRONTMATTER() + BODY.replace('## 後來', '## 後來的發展').replace('## 起點 {#start}', '## 起點') };
    const errors = errorsOf(contentFolder(reworded, manifest));
    // An explicit id survives any rewording; a generated one is positional, never word-derived.
    expect(errors.join('\n')).not.toMatch(/alpha#later/);
  });

  it('fails when an article is renamed, and passes with formerSlugs', () => {
    // One problem for the article that is gone, not one for each of its five fragments.
    expect(errorsOf(contentFolder({ 'beta.md': FRONTMATTER() + BODY }, manifest))).toEqual([
      expect.stringMatching(/published-ids\.txt:\d+:1: published article "alpha" no longer resolves: links to it and to its 5 published section and paragraph ids would break; restore alpha\.md, or add "formerSlugs: \[alpha\]"/),
    ]);
    expect(errorsOf(contentFolder({ 'beta.md': FRONTMATTER('formerSlugs: [alpha]\n') + BODY }, manifest))).toEqual([]);
  });

  it('rejects aliases that land nowhere or shadow a current id', () => {
    const bad = { 'alpha.md': FRONTMATTER('aliases:\n  start: later\n  gone: nowhere\n') + BODY };
    const errors = errorsOf(contentFolder(bad, manifest));
    expect(errors.join('\n')).toMatch(/:8:3: alias "start" is still a current id/);
    expect(errors.join('\n')).toMatch(/:9:3: alias "gone" points to "nowhere", which is not a section or paragraph id/);
  });

  it('update appends only new ids and never removes one', () => {
    const grown = { 'alpha.md': FRONTMATTER() + BODY + '\n第四段。\n', 'gamma.md': FRONTMATTER() + '\n只有一段。\n' };
    const { text, added } = updateManifest(manifest, checkContent(contentFolder(grown)).articles);
    expect(added).toEqual(['alpha#later-2', 'gamma', 'gamma#section-1', 'gamma#section-1-1']);
    expect(text.startsWith(manifest)).toBe(true);
    const shrunk = { 'alpha.md': FRONTMATTER() + '\n一段。\n' };
    expect(updateManifest(manifest, checkContent(contentFolder(shrunk)).articles).text.startsWith(manifest)).toBe(true);
  });

  it('fails when the manifest is missing or lists no id while articles exist, naming the command that writes it', () => {
    for (const manifestText of [undefined, '', MANIFEST_HEADER.join('\n')]) {
      expect(errorsOf(contentFolder(original, manifestText))).toEqual([
        expect.stringMatching(/published-ids\.txt:1:1: the published-ids manifest (is missing|lists no id) while 1 article file\(s\) exist.*run "npm run ids:update" to write it.*\[manifest-missing\]$/),
      ]);
    }
  });

  it('names a manifest line that is no id at all, and a wrong-case one, with advice that works', () => {
    const errors = errorsOf(contentFolder(original, `${manifest}garbage line!!\nAlpha#Start\n`));
    expect(errors).toEqual([
      expect.stringMatching(/:\d+:1: manifest line "garbage line!!" is not an id .*: delete the line, or correct it .*\[published-id-malformed\]$/),
      expect.stringMatching(/:\d+:1: manifest line "Alpha#Start" is not an id \(ids are lowercase\), but "alpha#start" is one that resolves: write the line in lowercase \[published-id-malformed\]$/),
    ]);
  });
});

describe('ids of the seed article', () => {
  const article = parseArticleOrThrow('content/articles/xiaomi-tianxing-traffic-partners.md', readFileSync('content/articles/xiaomi-tianxing-traffic-partners.md'));
  const allIds = (a: typeof article) => [
    ...a.sections.flatMap((s) => [s.id, ...s.paragraphs.map((p) => p.id)]),
    ...a.quotes.map((q) => q.id),
    ...a.timeline.map((e) => e.id),
  ];

  it('are unique within the article and URL-safe', () => {
    const ids = allIds(article);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
  });

  it('are identical in both scripts', () => {
    for (const script of SCRIPTS) {
      expect(allIds(convertArticle(article, languageOfScript(script)))).toEqual(allIds(article));
    }
  });

  it('are all in the committed manifest', () => {
    const committed = new Set(parseManifest(readFileSync('content/published-ids.txt', 'utf8')).map((e) => e.id));
    for (const id of publishedIdsOf(article)) expect(committed.has(id), id).toBe(true);
  });
});
