import { describe, expect, it } from 'vitest';
import { fuzzSeed, runOne, targetedShapes } from '../scripts/bench/fuzz';

/**
 * Every input, however broken, ends in a valid Article or in positioned errors: no throw, no
 * internal error, no hang. A fixed seed keeps the inputs the same on every run; the time budget
 * keeps `npm test` short (`npm run bench -- --fuzz N` runs longer).
 */

describe('fuzzing the parser', () => {
  it('turns random mutations of the seed article into articles or positioned errors (fixed seed, ~8 s budget)', () => {
    const { runs, articles, failures } = fuzzSeed(3000, { seed: 15, budgetMs: 8000 });
    expect(failures.map((failure) => `${failure.problem}\n  input: ${JSON.stringify(failure.input.slice(0, 200))}`)).toEqual([]);
    expect(runs).toBeGreaterThan(100);
    // Both outcomes occur: the mutations are neither all harmless nor all fatal.
    expect(articles).toBeGreaterThan(0);
    expect(articles).toBeLessThan(runs);
  }, 30_000);

  it('reads every targeted hostile shape of issue 15 without a throw, in at most a second per 64 kB', () => {
    for (const { name, text } of targetedShapes()) {
      const outcome = runOne('content/articles/fuzz-shape.md', text);
      expect({ name, problem: outcome.problem }).toEqual({ name, problem: null });
      // Near-linear: at most a second per 64 kB of input (a 64 kB line in under a second).
      const budget = 1000 * Math.max(1, text.length / 65_536);
      expect({ name, ms: Math.round(outcome.ms), slow: outcome.ms > budget }).toEqual({ name, ms: Math.round(outcome.ms), slow: false });
    }
  }, 60_000);

  it('reads a pathological line in time near-linear in its length', () => {
    const time = (count: number) => runOne('content/articles/fuzz-line.md', `---\ntitle: 測試\npublished: 2024-01\nlanguage: zh-Hant\nsource:\n  outlet: 測試社\n---\n\n${'他說“說”'.repeat(count)}\n`).ms;
    time(500);
    const small = Math.max(time(1_000), 5);
    const large = time(8_000);
    // Eight times the input may take at most ~8 times as long (with room for noise), never the 64 times a quadratic step would.
    expect(large / small).toBeLessThan(24);
  });
});
