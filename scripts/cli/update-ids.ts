import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { checkContent, CONTENT_DIR, manifestPathFor } from '../../lib/content/load-articles';
import { formatDiagnostic } from '../../lib/content/diagnostics';
import { updateManifest } from '../../lib/content/published-ids';

/** Appends newly published ids to the manifest; refuses while content has errors. */
function main(): number {
  const dir = process.argv[2] ?? CONTENT_DIR;
  const manifest = manifestPathFor(dir);
  const { articles, diagnostics } = checkContent(dir, { requireManifest: false });
  const fatal = diagnostics.filter((d) => d.fatal);
  if (fatal.length > 0) {
    for (const diagnostic of fatal) process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
    process.stderr.write('ids:update: fix these first; the manifest was not changed\n');
    return 1;
  }
  const before = existsSync(manifest) ? readFileSync(manifest, 'utf8') : '';
  const { text, added } = updateManifest(before, articles);
  if (text !== before) writeFileSync(manifest, text);
  process.stdout.write(`ids:update: ${added.length} new id(s) added to ${relative(process.cwd(), manifest)}\n`);
  return 0;
}

process.exitCode = main();
