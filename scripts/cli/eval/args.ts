import type { Half } from './split';

/** What `npm run eval` was asked to do. */
export interface EvalOptions {
  /** The half whose misses are listed (tests/corpus only). */
  listedHalf: Half;
  /** Record newly labelled ids in tests/corpus/split.json. */
  updateSplit: boolean;
  /** Another directory of the corpus's layout to score instead of tests/corpus; null for the corpus. */
  corpusDir: string | null;
}

/**
 * Reads the eval's flags. A directory given with `--corpus` has no split, so asking for a half or
 * for the split to be updated with it is an error rather than silently ignored.
 */
export function parseEvalArgs(argv: readonly string[]): { ok: true; options: EvalOptions } | { ok: false; error: string } {
  const corpusFlag = argv.indexOf('--corpus');
  const corpusDir = corpusFlag >= 0 ? (argv[corpusFlag + 1] ?? '') : null;
  const halfFlag = argv.indexOf('--half');
  const updateSplit = argv.includes('--update-split');
  if (corpusDir !== null) {
    if (corpusDir === '' || corpusDir.startsWith('--')) return { ok: false, error: '--corpus needs a directory (articles/ and labels/ inside, as in tests/corpus)' };
    if (halfFlag >= 0 || updateSplit) return { ok: false, error: '--corpus scores its directory as one group: --half and --update-split apply to tests/corpus only' };
  }
  return { ok: true, options: { listedHalf: halfFlag >= 0 && argv[halfFlag + 1] === 'test' ? 'test' : 'dev', updateSplit, corpusDir } };
}
