import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The import graph as README's layout draws it: lib/content (the content pipeline) at the bottom,
 * lib/site (URLs, listings, feeds, interface text) on top of it, app/ and scripts/ above both.
 * Read from the source files themselves, so a new import that climbs a layer fails here.
 */

const ROOT = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|tsx)$/.test(name))
    .map((name) => join(dir, name));
}

/** Every module a file imports (static, dynamic and re-exports), relative ones resolved to repository paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\s)(?:import|export)\s[^'"`;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((match) => match[1] ?? match[2] ?? '');
  return specifiers.map((specifier) => {
    if (specifier.startsWith('@/')) return specifier.slice(2);
    if (specifier.startsWith('.')) return relative(ROOT, resolve(dirname(file), specifier)).split(sep).join('/');
    return specifier;
  });
}

function violations(dir: string, forbidden: (target: string) => boolean): string[] {
  return sourceFiles(join(ROOT, dir)).flatMap((file) =>
    importsOf(file)
      .filter(forbidden)
      .map((target) => `${relative(ROOT, file)} → ${target}`),
  );
}

const isFramework = (target: string) => /^(next|react|react-dom)(\/|$)/.test(target);
const isAbove = (target: string) => /^(app|scripts|tests|public)\//.test(target);

describe('the layers of lib', () => {
  it('finds the imports it checks (the reader of import statements works)', () => {
    expect(importsOf(join(ROOT, 'lib/site/feeds.ts'))).toContain('lib/content/model');
    expect(importsOf(join(ROOT, 'lib/content/parse-article.ts')).some((target) => target.startsWith('lib/content/'))).toBe(true);
  });

  it('lib/content never imports lib/site, app, scripts, next or react', () => {
    expect(violations('lib/content', (target) => target.startsWith('lib/site') || isAbove(target) || isFramework(target))).toEqual([]);
  });

  it('lib/site never imports app, scripts, next or react', () => {
    expect(violations('lib/site', (target) => isAbove(target) || isFramework(target))).toEqual([]);
  });
});
