import { describe, expect, it } from 'vitest';
import { fuzzSeed, runOne, targetedShapes } from '../scripts/bench/fuzz';
import { withinOrdinaryTime } from './fixtures/ordinary-time';

/**
 * Every input, however broken, ends in a valid Article or in positioned errors: no throw, no
 * internal error, no hang. A fixed seed and a fixed count keep the inputs the same on every run,
 * whatever the machine's load (`npm run bench -- --fuzz N` runs longer).
 */

describe('fuzzing the parser', () => {
  it('turns 150 random mutations of the seed article into articles or positioned errors (fixed seed)', () => {
    const { runs, articles, failures } = fuzzSeed(150, { seed: 15 });
    expect(failures.map((failure) => `${failure.problem}\n  input: ${JSON.stringify(failure.input.slice(0, 200))}`)).toEqual([]);
    expect(runs).toBe(150);
    // Both outcomes occur: the mutations are neither all harmless nor all fatal.
    expect(articles).toBeGreaterThan(0);
    expect(articles).toBeLessThan(runs);
  }, 180_000);

  it('reads every targeted hostile shape of issue 15 without a throw, as fast as an ordinary article of its length', () => {
    for (const { name, text } of targetedShapes()) {
      const outcome = runOne('content/articles/fuzz-shape.md', text);
      expect({ name, problem: outcome.problem }).toEqual({ name, problem: null });
      // Near-linear: within ten times an ordinary article of the same length, measured now (a quadratic step is hundreds of times).
      // Timed as the ordinary article is, best of two after the run above: a first, cold parse under load
      // once took 355 ms against 22 ms (16 ms warm), which is noise, not a slow step.
      const ms = Math.min(runOne('content/articles/fuzz-shape.md', text).ms, runOne('content/articles/fuzz-shape.md', text).ms);
      expect(withinOrdinaryTime(name, ms, text.length)).toEqual({ name, slow: false, detail: 'ok' });
    }
  }, 180_000);

  it('reads a pathological line in time near-linear in its length', () => {
    const time = (count: number) => runOne('content/articles/fuzz-line.md', `---\ntitle: 測試\npublished: 2024-01\nlanguage: zh-Hant\nsource:\n  outlet: 測試社\n---\n\n${'他說“說”'.repeat(count)}\n`).ms;
    time(500);
    const small = Math.max(time(1_000), 5);
    const large = time(8_000);
    // Eight times the input may take at most ~8 times as long (with room for noise), never the 64 times a quadratic step would.
    expect(large / small).toBeLessThan(24);
  });
});
