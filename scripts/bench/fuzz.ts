import { readFileSync } from 'node:fs';
import { parseArticle } from '../../lib/content/parse-article';
import { articleSchema } from '../../lib/content/model';
import { formatDiagnostic } from '../../lib/content/diagnostics';

/**
 * Fuzzing the parser: random mutations of the seed article plus the targeted shapes of issue 15.
 * Every input must end in a valid `Article` (with warnings at most) or in positioned errors, never
 * a throw, in time near-linear in its size. `npm test` runs a fixed-seed slice under a time
 * budget (tests/fuzz.test.ts); `npm run bench -- --fuzz N` runs N mutations.
 */

export const SEED_ARTICLE_PATH = 'content/articles/xiaomi-tianxing-traffic-partners.md';

/** A small fast PRNG (mulberry32): the same seed gives the same inputs on every machine. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What careless and hostile hands type: quote marks, markdown, YAML syntax, controls, invisible and astral characters. */
const PIECES = [
  '“', '”', '「', '」', '『', '』', '‘', '’', '"', "'", '*', '_', '`', '#', '## ', '- ', '1. ', '> ', '<', '>', '[', ']', '(', ')', '{#', '}',
  '\\', '\n', '\n\n', '\r', '\t', '---', '---\n', ':', ': ', '&', '!', '|', '%', '@', '~', '\u0000', '\u0001', '\u001F', '\uFFFE', '\uFFFF',
  '\u200B', '\u200D', '\u2060', '\uFEFF', '\u3000', '\u00A0', '　　', '🚀', '𠮷', '\uD800', '\uDC00', '，', '。', ',', '？', '０', '９', '說：“', '”他說',
  'title: ', 'aliases:\n  main: x', 'published: 2024-13', 'language: zh-Hans', '*快訊*', '&a ', '*a', '[[[', ']]]', ' '.repeat(4),
];

/** The seed text, cut or grown in random places. */
export function mutate(text: string, random: () => number): string {
  const at = () => Math.floor(random() * (text.length + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  let result = text;
  const steps = 1 + Math.floor(random() * 6);
  for (let step = 0; step < steps; step += 1) {
    const position = Math.min(at(), result.length);
    const kind = random();
    if (kind < 0.45) result = result.slice(0, position) + pick(PIECES) + result.slice(position);
    else if (kind < 0.6) result = result.slice(0, position) + result.slice(position + 1 + Math.floor(random() * 40));
    else if (kind < 0.7) result = result.slice(0, position) + pick(PIECES).repeat(2 + Math.floor(random() * 200)) + result.slice(position);
    else if (kind < 0.8) {
      const length = Math.floor(random() * 200);
      result = result.slice(0, position) + result.slice(position, position + length).repeat(2) + result.slice(position + length);
    } else if (kind < 0.9) {
      const lines = result.split('\n');
      const a = Math.floor(random() * lines.length);
      const b = Math.floor(random() * lines.length);
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      result = lines.join('\n');
    } else result = result.slice(0, position);
  }
  return result;
}

const FRONTMATTER = '---\ntitle: 測試\npublished: 2024-01\nlanguage: zh-Hant\nsource:\n  outlet: 測試社\n---\n\n';

/** The targeted shapes of issue 15 (and a few more), each a named file text. */
export function targetedShapes(): { name: string; text: string }[] {
  const line = (body: string) => `${FRONTMATTER}${body}\n`;
  return [
    { name: '32,000 “ then 32,000 ”', text: line(`${'“'.repeat(32_000)}${'”'.repeat(32_000)}`) },
    { name: '32,000 ” then 32,000 “', text: line(`${'”'.repeat(32_000)}${'“'.repeat(32_000)}`) },
    { name: '64 kB of alternating 「“', text: line('「“'.repeat(32_000)) },
    { name: '10,000 “說” pairs', text: line('他說“說”'.repeat(10_000)) },
    { name: '64 kB of one-word quotes with colons', text: line('記者問：「好」'.repeat(9_000)) },
    { name: '4,000 dates on one line', text: line('2015年5月11日，小米上線。'.repeat(4_000)) },
    { name: '64 kB of [', text: line('['.repeat(64_000)) },
    { name: '64 kB of *', text: line('*'.repeat(64_000)) },
    { name: '64 kB of backslashes', text: line('\\'.repeat(64_000)) },
    { name: '64 kB of escaped stars', text: line('\\*'.repeat(32_000)) },
    { name: '64 kB of spaces then a word', text: line(`${' '.repeat(64_000)}甲`) },
    { name: '64 kB of U+3000', text: line('\u3000'.repeat(64_000)) },
    { name: '64 kB of U+3000 then a word', text: line(`${'\u3000'.repeat(64_000)}甲`) },
    { name: 'a heading of 64 kB of spaces', text: line(`## ${' '.repeat(64_000)}甲\n乙。`) },
    { name: 'a heading of 32,000 {#', text: line(`## ${'{#'.repeat(32_000)}\n乙。`) },
    { name: 'a heading of spaces and tabs', text: line(`## 甲${' \t'.repeat(32_000)}乙\n丙。`) },
    { name: '64 kB of zero-width spaces between words', text: line('甲\u200B'.repeat(32_000)) },
    { name: 'a list nested 400 levels', text: line(Array.from({ length: 400 }, (_, depth) => `${'  '.repeat(depth)}- 項`).join('\n')) },
    { name: '20,000 lines of "> "', text: line('> 引\n'.repeat(20_000)) },
    { name: 'category: *快訊*', text: FRONTMATTER.replace('---\n', '---\ncategory: *快訊*\n') + '甲。\n' },
    { name: 'a billion laughs', text: FRONTMATTER.replace('---\n', `---\na: &a [x,x,x,x,x,x,x,x,x]\n${'bcdefghi'.split('').map((key, index) => `${key}: &${key} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(',')}]`).join('\n')}\n`) + '甲。\n' },
    { name: 'a block map nested 2,000 deep', text: FRONTMATTER.replace('---\n', `---\n${Array.from({ length: 2000 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n')}\n`) + '甲。\n' },
    { name: 'a flow sequence nested 3,000 deep', text: FRONTMATTER.replace('---\n', `---\ntags: ${'['.repeat(3000)}${']'.repeat(3000)}\n`) + '甲。\n' },
    { name: '20,000 unknown keys', text: FRONTMATTER.replace('---\n', `---\n${Array.from({ length: 20_000 }, (_, index) => `k${index}: v`).join('\n')}\n`) + '甲。\n' },
    { name: '3,000 unknown keys', text: FRONTMATTER.replace('---\n', `---\n${Array.from({ length: 3_000 }, (_, index) => `k${index}: v`).join('\n')}\n`) + '甲。\n' },
    { name: 'a 5 MB body', text: line('近日，海右財經獲悉。\n'.repeat(200_000)) },
    { name: 'title: ~', text: FRONTMATTER.replace('title: 測試', 'title: ~') + '甲。\n' },
    { name: 'a 100,000-character id', text: line(`## 標題 {#${'a'.repeat(100_000)}}\n\n甲。`) },
    { name: 'the page’s own ids', text: line('## 甲 {#main}\n一。\n## 乙 {#timeline}\n二。\n## 丙 {#wallet-entry-heading}\n三。\n## 丁 {#rivalry-2-q1}\n四。') },
    { name: 'control characters and NUL', text: line('甲\u0000乙\u0001丙\u001F丁\uFFFE戊\uFFFF') },
    { name: 'a lone surrogate', text: line('甲\uD800乙') },
    { name: 'a zero-width-only line', text: line('甲。\n\u200B\n乙。') },
    { name: 'no frontmatter end', text: '---\ntitle: 測試\n甲。\n' },
    { name: 'nothing at all', text: '' },
    { name: 'only a BOM', text: '\uFEFF' },
    { name: '100,000 empty sections', text: line('## 甲\n'.repeat(100_000)) },
    { name: '50,000 one-character paragraphs', text: line('甲\n'.repeat(50_000)) },
  ];
}

/** What one input came to: an article or errors, how long it took, and what was wrong with the outcome (if anything). */
export interface FuzzOutcome {
  ok: boolean;
  ms: number;
  problem: string | null;
}

/** Parses one input and checks the outcome is an Article or positioned errors, never a throw or an internal error. */
export function runOne(path: string, text: string): FuzzOutcome {
  const started = performance.now();
  let result: ReturnType<typeof parseArticle>;
  try {
    result = parseArticle(path, new TextEncoder().encode(text));
  } catch (error) {
    return { ok: false, ms: performance.now() - started, problem: `threw ${error instanceof Error ? error.stack : String(error)}` };
  }
  const ms = performance.now() - started;
  const unpositioned = result.diagnostics.find((d) => !(d.line >= 1 && d.column >= 1 && d.ruleId !== '' && d.path === path));
  if (unpositioned) return { ok: result.ok, ms, problem: `a message without a position: ${formatDiagnostic(unpositioned)}` };
  const internal = result.diagnostics.find((d) => d.ruleId === 'internal-error');
  if (internal) return { ok: result.ok, ms, problem: formatDiagnostic(internal) };
  if (result.ok) {
    if (result.diagnostics.some((d) => d.fatal)) return { ok: true, ms, problem: 'an article with errors' };
    const checked = articleSchema.safeParse(JSON.parse(JSON.stringify(result.article)));
    if (!checked.success) return { ok: true, ms, problem: `an article outside the contract: ${checked.error.message.slice(0, 200)}` };
  } else if (!result.diagnostics.some((d) => d.fatal)) return { ok: false, ms, problem: 'no article and no error' };
  return { ok: result.ok, ms, problem: null };
}

/** Runs `count` random mutations of the seed (or until `budgetMs` is spent); returns the failures and timings. */
export function fuzzSeed(count: number, { seed = 15, budgetMs = Infinity }: { seed?: number; budgetMs?: number } = {}) {
  const seedText = readFileSync(SEED_ARTICLE_PATH, 'utf8');
  const random = createRandom(seed);
  const started = performance.now();
  const failures: { input: string; problem: string }[] = [];
  let slowest = { ms: 0, length: 0 };
  let runs = 0;
  let articles = 0;
  for (; runs < count && performance.now() - started < budgetMs; runs += 1) {
    const input = mutate(seedText, random);
    const outcome = runOne('content/articles/fuzz-input.md', input);
    if (outcome.ok) articles += 1;
    if (outcome.problem !== null) failures.push({ input, problem: outcome.problem });
    if (outcome.ms > slowest.ms) slowest = { ms: outcome.ms, length: input.length };
  }
  return { runs, articles, failures, slowest, ms: performance.now() - started };
}

/** `npm run bench -- --fuzz N`: N mutations of the seed, then every targeted shape, with timings. */
export function runFuzzBench(count: number): number {
  const random = fuzzSeed(count);
  console.log(`fuzz: ${random.runs} mutations of the seed in ${(random.ms / 1000).toFixed(1)} s: ${random.articles} articles, ${random.runs - random.articles} rejected with positioned errors, ${random.failures.length} failures; slowest ${random.slowest.ms.toFixed(0)} ms (${random.slowest.length} chars)`);
  for (const failure of random.failures.slice(0, 10)) console.log(`  FAIL ${failure.problem}\n    input: ${JSON.stringify(failure.input.slice(0, 300))}`);
  let failed = random.failures.length;
  for (const { name, text } of targetedShapes()) {
    const outcome = runOne('content/articles/fuzz-shape.md', text);
    if (outcome.problem !== null) failed += 1;
    console.log(`  ${outcome.problem === null ? 'ok  ' : 'FAIL'} ${name}: ${(text.length / 1024).toFixed(0)} kB, ${outcome.ms.toFixed(0)} ms, ${outcome.ok ? 'article' : 'errors'}${outcome.problem === null ? '' : ` (${outcome.problem})`}`);
  }
  return failed > 0 ? 1 : 0;
}
