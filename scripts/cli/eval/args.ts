import type { Half } from './split';

/** What `npm run eval` was asked to do. */
export interface EvalOptions {
  /** The half whose misses are listed (tests/corpus only). */
  listedHalf: Half;
  /** Record newly labelled ids in tests/corpus/split.json. */
  updateSplit: boolean;
  /** Other directories of the corpus's layout to score, together, instead of tests/corpus; empty for the corpus. */
  corpusDirs: readonly string[];
  /** Print the summary rows only, no miss: scoring a holdout that must stay unread. */
  listMisses: boolean;
  /**
   * A second labeller's labels of the same articles (`<dir>/labels/<id>.json`), scored in place of the extractor: how far
   * two careful readers agree under LABELS.md, the ceiling the extractor's figures are read against. Null to run the extractor.
   */
  againstDir: string | null;
}

/**
 * Reads the eval's flags. A directory given with `--corpus` (the flag may repeat: the directories are scored as one
 * group) has no split, so asking for a half or for the split to be updated with it is an error rather than silently
 * ignored. `--no-misses` prints the summary rows alone, so an unread holdout can be scored without being read.
 * `--against <dir>` scores a second labeller's labels of the `--corpus` articles instead of the extractor's output.
 */
export function parseEvalArgs(argv: readonly string[]): { ok: true; options: EvalOptions } | { ok: false; error: string } {
  const corpusDirs = argv.flatMap((flag, index) => (flag === '--corpus' ? [argv[index + 1] ?? ''] : []));
  const halfFlag = argv.indexOf('--half');
  const updateSplit = argv.includes('--update-split');
  const listMisses = !argv.includes('--no-misses');
  const againstFlag = argv.indexOf('--against');
  const againstDir = againstFlag >= 0 ? argv[againstFlag + 1] ?? '' : null;
  if (againstDir !== null) {
    if (againstDir === '' || againstDir.startsWith('--')) return { ok: false, error: '--against needs a directory (labels/ inside, one file per article id)' };
    if (corpusDirs.length === 0) return { ok: false, error: '--against scores a second labeller of the --corpus directories: name them with --corpus' };
  }
  if (corpusDirs.length > 0) {
    if (corpusDirs.some((dir) => dir === '' || dir.startsWith('--'))) return { ok: false, error: '--corpus needs a directory (articles/ and labels/ inside, as in tests/corpus)' };
    if (halfFlag >= 0 || updateSplit) return { ok: false, error: '--corpus scores its directories as one group: --half and --update-split apply to tests/corpus only' };
  }
  return { ok: true, options: { listedHalf: halfFlag >= 0 && argv[halfFlag + 1] === 'test' ? 'test' : 'dev', updateSplit, corpusDirs, listMisses, againstDir } };
}
