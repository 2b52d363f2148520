import { checkContent, CONTENT_DIR } from '../../lib/content/load-articles';
import { formatDiagnostic } from '../../lib/content/diagnostics';

/** Validates every content file and prints all problems at once; exit 1 on any fatal one. */
function main(): number {
  const dir = process.argv[2] ?? CONTENT_DIR;
  const { articles, diagnostics, files } = checkContent(dir);
  for (const diagnostic of diagnostics) process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
  const fatal = diagnostics.filter((d) => d.fatal).length;
  process.stderr.write(`${files} file(s), ${articles.length} valid, ${fatal} error(s), ${diagnostics.length - fatal} warning(s)\n`);
  return fatal > 0 ? 1 : 0;
}

process.exitCode = main();
