import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { checkContent, CONTENT_DIR, hashManifestPathFor, manifestPathFor } from '../../lib/content/load-articles';
import { formatDiagnostic } from '../../lib/content/diagnostics';
import { updateManifest } from '../../lib/content/published-ids';
import { updateHashManifest } from '../../lib/content/published-hashes';

/** Reads a manifest, or '' when it does not exist yet. */
function readIfExists(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** Appends newly published ids and body hashes to the manifests; refuses while content has errors. */
function main(): number {
  const dir = process.argv[2] ?? CONTENT_DIR;
  const manifest = manifestPathFor(dir);
  const hashManifest = hashManifestPathFor(dir);
  const { articles, diagnostics } = checkContent(dir, { requireManifest: false });
  const fatal = diagnostics.filter((d) => d.fatal);
  if (fatal.length > 0) {
    for (const diagnostic of fatal) process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
    process.stderr.write('ids:update: fix these first; the manifests were not changed\n');
    return 1;
  }
  const before = readIfExists(manifest);
  const { text, added } = updateManifest(before, articles);
  if (text !== before) writeFileSync(manifest, text);
  process.stdout.write(`ids:update: ${added.length} new id(s) added to ${relative(process.cwd(), manifest)}\n`);
  const hashesBefore = readIfExists(hashManifest);
  const hashes = updateHashManifest(hashesBefore, articles);
  if (hashes.text !== hashesBefore) writeFileSync(hashManifest, hashes.text);
  process.stdout.write(`ids:update: ${hashes.recorded.length} body hash(es) recorded in ${relative(process.cwd(), hashManifest)}${hashes.recorded.length > 0 ? ` (${hashes.recorded.join(', ')})` : ''}\n`);
  return 0;
}

process.exitCode = main();
