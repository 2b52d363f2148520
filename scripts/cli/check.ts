import { checkContent, CONTENT_DIR } from '../../lib/content/load-articles';
import { countDiagnostics, reportDiagnostics, toVFiles, type Diagnostic } from '../../lib/content/diagnostics';
import type { Article } from '../../lib/content/model';
import { BASIS_REASONS, reviewAttributions } from '../../lib/content/review';

/**
 * Validates every content file and prints every problem at once, one `path:line:column: message
 * [rule]` line each (`--reporter vfile`: grouped per file by vfile-reporter), then a count; exits 1
 * on any error, never on warnings. `--summary` (the build's first step) prints the errors and only
 * the count of warnings. `--review` also lists the attributions the extractor is least sure of, for
 * an editor to confirm or correct under `quotes:` in the article's frontmatter.
 */
/** The messages as vfile-reporter prints them, grouped per file (loaded only when asked for). */
async function reportWithVfileReporter(diagnostics: readonly Diagnostic[]): Promise<string> {
  const { reporter } = await import('vfile-reporter');
  return reporter(toVFiles(diagnostics), { quiet: true });
}

async function main(argv: string[]): Promise<number> {
  const summary = argv.includes('--summary');
  const reporterAt = argv.indexOf('--reporter');
  const style = reporterAt !== -1 && argv[reporterAt + 1] === 'vfile' ? 'vfile' : 'lines';
  const dir = argv.find((arg, index) => !arg.startsWith('--') && argv[index - 1] !== '--reporter') ?? CONTENT_DIR;
  const { articles, diagnostics, files } = checkContent(dir);
  if (argv.includes('--review')) printReview(articles);
  const { errors, warnings } = countDiagnostics(diagnostics);
  const listed = summary ? diagnostics.filter((diagnostic) => diagnostic.fatal) : diagnostics;
  if (listed.length > 0) process.stderr.write(`${style === 'vfile' ? await reportWithVfileReporter(listed) : reportDiagnostics(listed)}\n`);
  const hint = summary && warnings > 0 ? ' (npm run check lists the warnings)' : '';
  process.stderr.write(`content: ${files} file(s), ${articles.length} valid, ${errors} error(s), ${warnings} warning(s)${hint}\n`);
  return errors > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));

/** Prints each uncertain attribution as `slug quote-id: speaker 「words」 (why)`, then how many. */
function printReview(articles: readonly Article[]): void {
  let count = 0;
  for (const article of articles) {
    for (const item of reviewAttributions(article)) {
      count += 1;
      const words = [...item.text].length > 24 ? `${[...item.text].slice(0, 24).join('')}…` : item.text;
      process.stdout.write(`${article.slug} ${item.quoteId}: ${item.speaker ?? '(no speaker)'} 「${words}」 (${BASIS_REASONS[item.basis]}${item.refusal === null ? '' : `: ${item.refusal}`})\n`);
    }
  }
  process.stdout.write(`${count} attribution(s) to review; confirm or correct them under "quotes:" in the article's frontmatter\n`);
}
