import { existsSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { build, type Plugin } from 'esbuild';

/**
 * The browser code: typed modules in app/_client, bundled with the lib code they import and
 * minified by esbuild at build time (~10 ms each). esbuild rather than tsc: tsc would emit one file
 * per module and neither bundle the lib imports nor minify, and the inline snippets must be one
 * small script each. Files are served by route handlers (`/enhance.js`, `/search.js`), so
 * `next build`, `next dev` and the tests need no step of their own and nothing generated is checked in.
 */

const ENTRIES = {
  /** /enhance.js: arrival focus, copy and share, the script switch keeping the reader's place. */
  enhance: 'app/_client/enhance.ts',
  /** /search.js: the search page's form and results. */
  search: 'app/_client/search.ts',
  /** Inline in `<head>` of the pages without a script in their path. */
  chooseScript: 'app/_client/choose-script.ts',
  /** Inline in `<head>` of the script-less article URLs (written by the build): sends every reader on. */
  followScript: 'app/_client/follow-script.ts',
  /** Inline at the end of every page: remembers a script switch, loads enhance.js lazily. */
  everyPage: 'app/_client/every-page.ts',
  /** Inline on redirect pages: carries the reader's fragment to the target. */
  keepFragment: 'app/_client/keep-fragment.ts',
  /** Inline after the vertical-reading checkbox: restores and remembers the reader's choice before the body is parsed. */
  rememberVertical: 'app/_client/remember-vertical.ts',
} as const;

export type ClientEntry = keyof typeof ENTRIES;

/**
 * lib/ is pure by house rule (importing a module runs nothing but declarations), so the bundle
 * may drop any lib module whose exports go unused. esbuild cannot know that of code such as
 * `new Map(…)` at a module's top level; without this, importing one path builder from routes.ts
 * would pull in the converter and its dictionaries (~475 kB).
 */
function libIsPure(root: string): Plugin {
  const lib = join(root, 'lib') + sep;
  return {
    name: 'lib-is-pure',
    setup(bundler) {
      bundler.onResolve({ filter: /^(\.|@\/)/ }, ({ path, resolveDir }) => {
        const base = path.startsWith('@/') ? join(root, path.slice(2)) : resolve(resolveDir, path);
        if (!base.startsWith(lib)) return undefined;
        const file = [base, `${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
        return file === undefined ? undefined : { path: file, sideEffects: false };
      });
    },
  };
}

/** The minified source of one browser entry. */
async function compile(root: string, entry: ClientEntry): Promise<string> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [ENTRIES[entry]],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    plugins: [libIsPure(root)],
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild wrote nothing for ${entry}`);
  return output.text.trimEnd();
}

/** Every entry compiled before any page renders (esbuild's plugins need its async API). */
async function compileAll(): Promise<Record<ClientEntry, string>> {
  const root = process.cwd();
  const [enhance, search, chooseScript, followScript, everyPage, keepFragment, rememberVertical] = await Promise.all(
    (['enhance', 'search', 'chooseScript', 'followScript', 'everyPage', 'keepFragment', 'rememberVertical'] as const).map((entry) => compile(root, entry)),
  );
  return {
    enhance: enhance!,
    search: search!,
    chooseScript: chooseScript!,
    followScript: followScript!,
    everyPage: everyPage!,
    keepFragment: keepFragment!,
    rememberVertical: rememberVertical!,
  };
}

// Awaited at import, so components read the code synchronously: an async component would let
// React hoist `<head>` elements in an order that depends on timing.
const COMPILED = await compileAll();

/** The minified source of a browser entry. */
export function clientCode(entry: ClientEntry): string {
  return COMPILED[entry];
}

/** A route handler's response serving a browser entry as a script file. */
export function clientScriptResponse(entry: ClientEntry): Response {
  return new Response(`${clientCode(entry)}\n`, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
