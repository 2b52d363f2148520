import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loadArticles } from '../../lib/content/load-articles';
import { convertArticle } from '../../lib/content/convert';
import type { Article } from '../../lib/content/model';
import { OG_MISSING_GLYPH, buildOgCard, type OgCard } from '../../lib/site/og-card';
import { ogImagePath } from '../../lib/site/routes';
import { SCRIPTS, languageOfScript, type Script } from '../../lib/site/script';
import { INVISIBLE, createOgRenderer, loadOgFonts, type OgFont, type OgRenderer } from './og-renderer';
import type { OgJob, OgJobResult } from './og-worker';

export { createOgRenderer, loadOgFonts, readFontCoverage, type OgFont, type OgRenderer } from './og-renderer';

/**
 * Renders the Open Graph image of every article in every script, after `next build`, to
 * `out/og/<script>/<slug>.png` (served as `/og/<script>/<slug>.png`). The card is laid out by
 * lib/og-card; satori turns it into an SVG with the text as glyph outlines, resvg into a PNG.
 * A title never stops the build: emoji come from Noto Emoji, invisible format characters are
 * left out, and a character no font has is drawn as 〓 with a warning naming the image and title.
 */

export interface OgImage {
  script: Script;
  slug: string;
  /** Path below the output folder, `og/<script>/<slug>.png`. */
  path: string;
  bytes: number;
  /** Time to lay out, rasterize and write it; the first image also parses the fonts. */
  ms: number;
}

export interface OgImagesSummary {
  images: OgImage[];
  /** One line per card that drew a placeholder: the image, the characters and the text they were in. */
  warnings: string[];
  /** Reading and indexing the font files. */
  fontMs: number;
  /** Everything, fonts included. */
  totalMs: number;
}

/**
 * A text as the card can draw it with the loaded fonts: characters no font has are left out
 * when invisible, become a space when they are white space (a tab), and are drawn as 〓
 * otherwise; `missing` lists those.
 */
export function fitToFonts(text: string, covers: (codePoint: number) => boolean): { text: string; missing: string[] } {
  const missing: string[] = [];
  const drawn = Array.from(text, (character) => {
    if (covers(character.codePointAt(0)!)) return character;
    if (INVISIBLE.test(character)) return '';
    if (/^\s$/u.test(character)) return ' ';
    missing.push(character);
    return OG_MISSING_GLYPH;
  });
  return { text: drawn.join('').replace(SPACE_AFTER_EMOJI, '\u00a0'), missing };
}

/**
 * A space right after an emoji: satori draws it with the emoji font, whose space is 1.27 em
 * wide (a gap of three characters on the card). A no-break space, which Noto Emoji lacks, comes
 * from the text font at its usual width.
 */
const SPACE_AFTER_EMOJI = /(?<=\p{Extended_Pictographic}\uFE0F?) /gu;

/** How a character is named in a warning: `U+20BB7 𠮷`. */
function describeCharacter(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} ${character}`;
}

/**
 * The article as its card can draw it (title and outlet fitted to the fonts), and a warning
 * naming the image, the characters and the text when something had to become a placeholder.
 */
export function fitArticleToFonts(article: Article, script: Script, covers: (codePoint: number) => boolean): { article: Article; warning: string | null } {
  const title = fitToFonts(article.title, covers);
  const outlet = fitToFonts(article.source.outlet, covers);
  const problems = [
    ...(title.missing.length > 0 ? [`title “${article.title}”`] : []),
    ...(outlet.missing.length > 0 ? [`outlet “${article.source.outlet}”`] : []),
  ];
  const missing = [...new Set([...title.missing, ...outlet.missing])];
  return {
    article: { ...article, title: title.text, source: { ...article.source, outlet: outlet.text } },
    warning: missing.length === 0 ? null : `og-images: warning: ${ogImagePath(script, article.slug).slice(1)}: no font has ${missing.map(describeCharacter).join(', ')} in the ${problems.join(' and ')}; drawn as ${OG_MISSING_GLYPH}`,
  };
}

export interface RenderOgImagesOptions {
  /** The articles, in their original script; all of them by default. */
  articles?: readonly Article[];
  /** Fonts already loaded (tests share them); read from node_modules by default. */
  fonts?: readonly OgFont[];
  /**
   * Rendering threads (og-worker.ts), each with its own fonts; 1 renders in this thread. By
   * default one per core once there are enough cards to pay for a thread's start (its fonts).
   */
  threads?: number;
}

/** Cards a thread must have to be worth starting: loading its fonts costs about as much as 20 cards. */
const CARDS_PER_THREAD = 40;

/** How many threads render `cards` cards by default. */
function defaultThreads(cards: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(cards / CARDS_PER_THREAD)));
}

/** The message a card that fails to render fails the build with. */
function renderFailure(path: string, card: OgCard, message: string): Error {
  return new Error(`og-images: ${path} (title “${card.text.title}”): ${message}`);
}

/** Renders and writes every job in this thread, in order. */
async function renderHere(outDir: string, jobs: readonly OgJob[], renderer: OgRenderer): Promise<OgImage[]> {
  const images: OgImage[] = [];
  for (const { card, path } of jobs) {
    const cardStarted = performance.now();
    let png: Buffer;
    try {
      png = await renderer.renderPng(card);
    } catch (error) {
      throw renderFailure(path, card, (error as Error).message);
    }
    await writeFile(join(outDir, path), png);
    images.push({ script: card.script, slug: card.slug, path, bytes: png.byteLength, ms: performance.now() - cardStarted });
  }
  return images;
}

/**
 * Renders and writes every job on `threads` worker threads, each taking the next job when it is
 * done with one (cards differ in cost), and returns the images in the jobs' order. satori and
 * resvg are CPU-bound and synchronous per card: only threads put a second core to work.
 */
async function renderInThreads(outDir: string, jobs: readonly OgJob[], threads: number): Promise<OgImage[]> {
  const images = new Array<OgImage>(jobs.length);
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./og-worker.mjs', import.meta.url), { workerData: { outDir } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let current = -1;
            worker.on('message', (message: 'ready' | OgJobResult) => {
              if (message !== 'ready') {
                const job = jobs[current]!;
                if (!message.ok) return reject(renderFailure(job.path, job.card, message.message));
                images[current] = message.image;
              }
              if (next >= jobs.length) return resolve();
              current = next++;
              worker.postMessage(jobs[current]);
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`og-images: a rendering thread exited (code ${code}) before its cards were done`)));
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return images;
}

/**
 * Renders every article in every script to `<outDir>/og/<script>/<slug>.png`. A character no
 * font has is drawn as a placeholder and reported in `warnings`; a card that still fails to
 * render fails the build with the image's path.
 */
export async function renderOgImages(outDir: string, options: RenderOgImagesOptions = {}): Promise<OgImagesSummary> {
  const started = performance.now();
  const renderer = createOgRenderer(options.fonts ?? (await loadOgFonts()));
  const fontMs = performance.now() - started;
  const articles = options.articles ?? loadArticles();

  const warnings: string[] = [];
  const cards = SCRIPTS.flatMap((script) =>
    articles.map((original) => {
      const fitted = fitArticleToFonts(convertArticle(original, languageOfScript(script)), script, renderer.covers);
      if (fitted.warning) warnings.push(fitted.warning);
      return buildOgCard(fitted.article, script);
    }),
  );

  for (const script of SCRIPTS) await mkdir(join(outDir, 'og', script), { recursive: true });
  const jobs = cards.map((card): OgJob => ({ card, path: ogImagePath(card.script, card.slug).slice(1) }));
  const threads = options.threads ?? defaultThreads(jobs.length);
  const images = threads > 1 ? await renderInThreads(outDir, jobs, threads) : await renderHere(outDir, jobs, renderer);
  return { images, warnings, fontMs, totalMs: performance.now() - started };
}

/** Describes a run in one line for the build log. */
export function formatOgSummary(summary: OgImagesSummary, outDir: string): string {
  const { images } = summary;
  const sizes = images.map((image) => image.bytes);
  const kilobytes = (bytes: number) => (bytes / 1000).toFixed(1);
  const details = [`fonts read ${Math.round(summary.fontMs)} ms`];
  if (images.length > 0) {
    details.push(`first image ${Math.round(images[0]?.ms ?? 0)} ms`);
    details.push(`${kilobytes(Math.min(...sizes))}–${kilobytes(Math.max(...sizes))} kB each`);
  }
  return `og-images: rendered ${images.length} images to ${join(outDir, 'og')}/ in ${Math.round(summary.totalMs)} ms (${details.join(', ')})`;
}

/** Renders into `out/` or the folder given as the first argument. */
async function main(): Promise<void> {
  const outDir = process.argv[2] ?? 'out';
  const summary = await renderOgImages(outDir);
  for (const warning of summary.warnings) console.warn(warning);
  console.log(formatOgSummary(summary, outDir));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
