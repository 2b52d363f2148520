import { checkContent, CONTENT_DIR } from '../../lib/content/load-articles';
import { formatDiagnostic } from '../../lib/content/diagnostics';
import { BASIS_REASONS, reviewAttributions } from '../../lib/content/review';

/**
 * Validates every content file and prints all problems at once; exit 1 on any fatal one. With
 * `--review`, also lists the attributions the extractor is least sure of, for an editor to check
 * (and confirm or correct under `quotes:` in the frontmatter).
 */
function main(): number {
  const args = process.argv.slice(2);
  const review = args.includes('--review');
  const dir = args.find((arg) => !arg.startsWith('--')) ?? CONTENT_DIR;
  const { articles, diagnostics, files } = checkContent(dir);
  if (review) printReview(articles);
  for (const diagnostic of diagnostics) process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
  const fatal = diagnostics.filter((d) => d.fatal).length;
  process.stderr.write(`${files} file(s), ${articles.length} valid, ${fatal} error(s), ${diagnostics.length - fatal} warning(s)\n`);
  return fatal > 0 ? 1 : 0;
}

process.exitCode = main();

/** Prints each uncertain attribution as `slug quote-id: speaker 「words」 (why)`, then how many. */
function printReview(articles: ReturnType<typeof checkContent>['articles']): void {
  let count = 0;
  for (const article of articles) {
    for (const item of reviewAttributions(article)) {
      count += 1;
      const words = [...item.text].length > 24 ? `${[...item.text].slice(0, 24).join('')}…` : item.text;
      process.stdout.write(`${article.slug} ${item.quoteId}: ${item.speaker ?? '(no speaker)'} 「${words}」 (${BASIS_REASONS[item.basis]})\n`);
    }
  }
  process.stdout.write(`${count} attribution(s) to review; confirm or correct them under "quotes:" in the article's frontmatter\n`);
}
