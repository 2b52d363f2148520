import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import type { OgCard } from '../../lib/site/og-card';
import type { OgImage } from './og-images';
import { createOgRenderer, loadOgFonts } from './og-renderer';

/**
 * One thread of the Open Graph pool (og-images.ts): loads the fonts once, then renders each card
 * it is sent to `<outDir>/<path>` and answers with the image's facts, or the error message.
 */

export interface OgJob {
  card: OgCard;
  /** Path below the output folder, `og/<script>/<slug>.png`. */
  path: string;
}

export type OgJobResult = { ok: true; image: OgImage } | { ok: false; path: string; message: string };

const { outDir } = workerData as { outDir: string };
const port = parentPort;
if (!port) throw new Error('og-worker.ts runs as a worker thread of og-images.ts');
const renderer = createOgRenderer(await loadOgFonts());

port.on('message', async ({ card, path }: OgJob) => {
  const started = performance.now();
  let result: OgJobResult;
  try {
    const png = await renderer.renderPng(card);
    await writeFile(join(outDir, path), png);
    result = { ok: true, image: { script: card.script, slug: card.slug, path, bytes: png.byteLength, ms: performance.now() - started } };
  } catch (error) {
    result = { ok: false, path, message: (error as Error).message };
  }
  port.postMessage(result);
});
port.postMessage('ready');
