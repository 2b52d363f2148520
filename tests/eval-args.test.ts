import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseEvalArgs } from '../scripts/cli/eval/args';

/** `npm run eval -- --corpus <dir>` scores a fresh holdout with the corpus's own scoring, without touching the corpus split. */

const dir = 'tests/fixtures/eval-other-corpus';
const second = 'tests/fixtures/eval-other-corpus-2';

describe('eval flags', () => {
  it('keeps the corpus defaults when no flag is given', () => {
    expect(parseEvalArgs([])).toEqual({ ok: true, options: { listedHalf: 'dev', updateSplit: false, corpusDirs: [], listMisses: true, againstDir: null } });
    expect(parseEvalArgs(['--half', 'test'])).toEqual({ ok: true, options: { listedHalf: 'test', updateSplit: false, corpusDirs: [], listMisses: true, againstDir: null } });
  });

  it('takes another directory, and refuses what only the corpus split can mean', () => {
    expect(parseEvalArgs(['--corpus', dir])).toEqual({ ok: true, options: { listedHalf: 'dev', updateSplit: false, corpusDirs: [dir], listMisses: true, againstDir: null } });
    expect(parseEvalArgs(['--corpus', dir, '--corpus', second, '--no-misses'])).toEqual({ ok: true, options: { listedHalf: 'dev', updateSplit: false, corpusDirs: [dir, second], listMisses: false, againstDir: null } });
    expect(parseEvalArgs(['--corpus', dir, '--corpus'])).toMatchObject({ ok: false });
    expect(parseEvalArgs(['--corpus'])).toMatchObject({ ok: false });
    expect(parseEvalArgs(['--corpus', '--half', 'test'])).toMatchObject({ ok: false });
    expect(parseEvalArgs(['--corpus', dir, '--update-split'])).toMatchObject({ ok: false });
    expect(parseEvalArgs(['--corpus', dir, '--half', 'test'])).toMatchObject({ ok: false });
  });
});

describe('npm run eval -- --corpus', () => {
  it('prints the summary rows of that directory and every one of its misses, and no corpus half', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli/eval.ts', '--corpus', dir], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain(`== ${dir}: 1 articles ==`);
    expect(lines.some((line) => line.startsWith('測試報') && /^\S+\s+1 /.test(line))).toBe(true);
    expect(lines.some((line) => line.startsWith('all ') && line.includes('/'))).toBe(true);
    expect(lines).toContain(`== misses, ${dir} ==`);
    expect(lines).toContain('mini-1:2 missed quote (speech) 「明天見」');
    expect(result.stdout).not.toContain('dev half');
  });

  it('stops with a usage error instead of writing the corpus split', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli/eval.ts', '--corpus', dir, '--update-split'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--update-split');
    expect(result.stdout).toBe('');
  });
});

describe('npm run eval -- --corpus … --corpus … --no-misses', () => {
  it('scores the directories as one group and prints no miss, so an unread holdout stays unread', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli/eval.ts', '--corpus', dir, '--corpus', second, '--no-misses'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain(`== ${dir} + ${second}: 2 articles ==`);
    expect(lines.some((line) => line.startsWith('all ') && /^all\s+2 /.test(line))).toBe(true);
    expect(result.stdout).not.toContain('== misses');
    expect(result.stdout).not.toContain('明天見');
  });

  it('lists the misses of both when asked for no summary only', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli/eval.ts', '--corpus', dir, '--corpus', second], { encoding: 'utf8' });
    expect(result.stdout).toContain(`== misses, ${dir} + ${second} ==`);
    expect(result.stdout).toContain('mini-1:2 missed quote (speech) 「明天見」');
  });
});

describe('npm run eval -- --corpus … --against …', () => {
  const against = 'tests/fixtures/eval-against';

  it('needs a directory, and the articles it labelled named with --corpus', () => {
    expect(parseEvalArgs(['--corpus', dir, '--against', against])).toEqual({ ok: true, options: { listedHalf: 'dev', updateSplit: false, corpusDirs: [dir], listMisses: true, againstDir: against } });
    expect(parseEvalArgs(['--against', against])).toMatchObject({ ok: false });
    expect(parseEvalArgs(['--corpus', dir, '--against'])).toMatchObject({ ok: false });
    expect(parseEvalArgs(['--corpus', dir, '--against', '--no-misses'])).toMatchObject({ ok: false });
  });

  it('scores the second labeller in place of the extractor: two readers agreeing, and where they do not', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli/eval.ts', '--corpus', dir, '--against', against], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain(`== ${dir}, second labeller ${against} scored as the extraction: 1 articles ==`);
    // Both quotes found, as every label names its words: quote F1 1.000; one of two speakers shown is the first labeller's.
    expect(lines.some((line) => /^all\s+1\s+1\.000\/1\.000\/1\.000\s+1\.000\s+50\.0% \(1\/2\)\s+100\.0% \(1\/1\)/.test(line))).toBe(true);
    expect(lines).toContain('mini-1:2 wrong speaker: 測試員 (label: none) 「明天見」');
    expect(result.stdout).not.toContain('missed quote');
  });
});
