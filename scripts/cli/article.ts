import { readFileSync } from 'node:fs';
import { reportDiagnostics } from '../../lib/content/diagnostics';
import { parseArticle } from '../../lib/content/parse-article';

/** Prints one article file as contract JSON, or every problem in it (exit 1) with no partial output. */
function main(argv: string[]): number {
  const path = argv[0];
  if (!path || argv.length > 1) {
    process.stderr.write('usage: npm run --silent article -- <content/articles/slug.md>\n');
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    process.stderr.write(`${path}:1:1: cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)} [read-failed]\n`);
    return 1;
  }
  const result = parseArticle(path, bytes);
  if (result.diagnostics.length > 0) process.stderr.write(`${reportDiagnostics(result.diagnostics)}\n`);
  if (!result.ok) return 1;
  process.stdout.write(`${JSON.stringify(result.article, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
