import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ALWAYS, SEARCH, ownerOf } from './build-units';

/**
 * The build manifest, beside the export (`out.manifest.json`): the code hash the export was built
 * with, each unit's fingerprint and the files it wrote, the files written on every build, and what
 * the last build did. An incremental build trusts `out/` only with a manifest of the same code.
 */

export const BuildReportSchema = z.object({
  mode: z.enum(['full', 'incremental']),
  /** Why a build was full (`--full`, no manifest, code changed…); null for an incremental one. */
  reason: z.string().nullable(),
  /** Units whose inputs changed or were new (all of them in a full build). */
  unitsRendered: z.number(),
  unitsRemoved: z.number(),
  /** Pages Next rendered, in both scripts, as its export wrote them (HTML files). */
  pagesRendered: z.number(),
  filesWritten: z.number(),
  filesRemoved: z.number(),
  seconds: z.number(),
  /** Seconds per step (check, units, next, postbuild, og, merge, search+precompress), to see where the time goes. */
  steps: z.record(z.string(), z.number()),
});
export type BuildReport = z.output<typeof BuildReportSchema>;

export const BuildManifestSchema = z.object({
  version: z.literal(1),
  codeHash: z.string(),
  units: z.record(z.string(), z.object({ fingerprint: z.string(), files: z.array(z.string()) })),
  /** Files no unit owns: rendered on every build, copied where they differ. */
  always: z.array(z.string()),
  build: BuildReportSchema,
});
export type BuildManifest = z.output<typeof BuildManifestSchema>;

/** Where the manifest of an export folder is kept: beside it, so `out/` is deployed as it is. */
export function manifestPathOf(outDir: string): string {
  return `${outDir.replace(/\/+$/, '')}.manifest.json`;
}

/** The manifest of an export, or null when there is none or it cannot be read (then the build is a full one). */
export function readManifest(outDir: string): BuildManifest | null {
  const path = manifestPathOf(outDir);
  if (!existsSync(path)) return null;
  const parsed = BuildManifestSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  return parsed.success ? parsed.data : null;
}

/** Removes the manifest before a build touches the export: a build cut short leaves none, so the next one is full. */
export function removeManifest(outDir: string): void {
  rmSync(manifestPathOf(outDir), { force: true });
}

/** The manifest of an export as it now is: each of its files (not the `.gz`/`.br` copies) under the unit that wrote it. */
export function describeExport(files: readonly string[], codeHash: string, fingerprints: ReadonlyMap<string, string>, build: BuildReport): BuildManifest {
  const units: BuildManifest['units'] = {};
  for (const [key, fingerprint] of fingerprints) units[key] = { fingerprint, files: [] };
  const always: string[] = [];
  for (const file of files) {
    if (/\.(gz|br)$/.test(file)) continue;
    const owner = ownerOf(file, fingerprints);
    if (owner === SEARCH) continue;
    if (owner === ALWAYS) always.push(file);
    else units[owner]!.files.push(file);
  }
  return { version: 1, codeHash, units, always, build };
}

/** Writes the manifest beside the export. */
export function writeManifest(outDir: string, manifest: BuildManifest): void {
  writeFileSync(manifestPathOf(outDir), `${JSON.stringify(manifest)}\n`);
}
