import { checkContent, CONTENT_DIR } from '../../lib/content/load-articles';
import { countDiagnostics, reportDiagnostics } from '../../lib/content/diagnostics';

/**
 * Validates every content file and prints every problem at once, one `path:line:column: message
 * [rule]` line each (`--reporter vfile`: grouped per file by vfile-reporter), then a count; exits 1
 * on any error, never on warnings. `--summary` (the build's first step) prints the errors and only
 * the count of warnings.
 */
function main(argv: string[]): number {
  const summary = argv.includes('--summary');
  const reporterAt = argv.indexOf('--reporter');
  const style = reporterAt !== -1 && argv[reporterAt + 1] === 'vfile' ? 'vfile' : 'lines';
  const dir = argv.find((arg, index) => !arg.startsWith('--') && argv[index - 1] !== '--reporter') ?? CONTENT_DIR;
  const { articles, diagnostics, files } = checkContent(dir);
  const { errors, warnings } = countDiagnostics(diagnostics);
  const listed = summary ? diagnostics.filter((diagnostic) => diagnostic.fatal) : diagnostics;
  if (listed.length > 0) process.stderr.write(`${reportDiagnostics(listed, style)}\n`);
  const hint = summary && warnings > 0 ? ' (npm run check lists the warnings)' : '';
  process.stderr.write(`content: ${files} file(s), ${articles.length} valid, ${errors} error(s), ${warnings} warning(s)${hint}\n`);
  return errors > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
