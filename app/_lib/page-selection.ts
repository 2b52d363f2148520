import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * What an incremental build asks Next to render. The build (scripts/build/build.ts) writes the
 * keys of the pages and files whose inputs changed to a JSON file and names it in
 * `ARCHIVE_RENDER_ONLY`; every route's static params keep only those (lib/site/routes.ts,
 * `keepSelected`). Without the variable, everything is rendered: a full build.
 */

export const RenderSelectionSchema = z.object({ keys: z.array(z.string()) });
export type RenderSelection = z.output<typeof RenderSelectionSchema>;

let selection: ReadonlySet<string> | null | undefined;

/** The selected keys (page keys and open-data paths), or null when every page is rendered. */
export function selectedKeys(): ReadonlySet<string> | null {
  if (selection === undefined) {
    const file = process.env.ARCHIVE_RENDER_ONLY;
    selection = file ? new Set(RenderSelectionSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).keys) : null;
  }
  return selection;
}
