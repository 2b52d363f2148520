import { Converter as toSimplifiedConverter, CustomConverter } from 'opencc-js/t2cn';
import { Converter as toTraditionalConverter } from 'opencc-js/cn2t';
import type { ConverterFunction, ConverterOptions } from 'opencc-js';
import { GLOSSARY, type GlossaryEntry } from './entries';

/**
 * The finance glossary as opencc-js custom dictionaries, one per direction, applied AFTER opencc:
 *
 * - `tw-cn`: Taiwan Traditional → mainland Simplified. opencc tw→cn (tw2s), then the pairs keyed on
 *   the tw2s form of each entry's `tw` (聯準會 → 联准会 → 美联储).
 * - `hk-cn`: Hong Kong Traditional → mainland Simplified. opencc hk→cn (hk2s, in the t2cn bundle),
 *   then the pairs keyed on the hk2s form of `hk` (聯儲局 → 联储局 → 美联储).
 * - `cn-tw`: mainland Simplified → Traditional, Taiwan standard (s2tw, what the site's Traditional
 *   edition uses). A reader of a mainland article sees the mainland's own names in Traditional
 *   characters (美联储 → 美聯儲, not Taiwan's 聯準會; 特朗普 → 特朗普, not 川普): rewriting them would
 *   change what the source says, as twp's phrase localisation would. So this direction holds only
 *   the few names s2tw converts wrongly (台积电 → 臺積電 → 台積電; 恒隆 → 恆隆 → 恒隆).
 *
 * Keys are computed here with opencc-js itself, from the entries' regional forms, so they never
 * drift from what opencc produces. Applying the glossary as a second pass (instead of appending it
 * to opencc's own dictionary chain) keeps opencc's output on everything else byte for byte: the
 * second pass only replaces glossary keys. Its trie matches the longest key at each position, left
 * to right; an entry's `keep` words become identity pairs, which consume the text before a shorter
 * key inside them can match (執行長期 is kept whole, so 執行長 does not fire in it).
 *
 * Length: OpenCC's own tw2s / s2tw entries map n code points to n, so converted paragraphs align
 * one to one with their originals (lib/convert.ts relies on that to move quote offsets). Glossary
 * pairs need not: 道瓊 (2) → 道琼斯 (3), 一碼 → 25个基点. A text in which such a pair fires no longer
 * aligns character by character: an integrator must detect it (compare code-point lengths, as
 * convert.ts's `aligned` does) or use `glossaryChangesLength` / `lengthChangingPairs` to know
 * whether a direction can break alignment at all.
 */

export type GlossaryDirection = 'tw-cn' | 'hk-cn' | 'cn-tw';

export const GLOSSARY_DIRECTIONS: readonly GlossaryDirection[] = ['tw-cn', 'hk-cn', 'cn-tw'];

interface OpenccSetting {
  build: (options: ConverterOptions) => ConverterFunction;
  options: ConverterOptions;
}

/** The opencc conversion each direction runs before the glossary. */
const OPENCC: Record<GlossaryDirection, OpenccSetting> = {
  'tw-cn': { build: toSimplifiedConverter, options: { from: 'tw', to: 'cn' } },
  'hk-cn': { build: toSimplifiedConverter, options: { from: 'hk', to: 'cn' } },
  'cn-tw': { build: toTraditionalConverter, options: { from: 'cn', to: 'tw' } },
};

const openccConverters = new Map<GlossaryDirection, ConverterFunction>();

/** opencc alone for a direction (built once; cn→tw takes ~300 ms to build). */
export function openccConverter(direction: GlossaryDirection): ConverterFunction {
  let convert = openccConverters.get(direction);
  if (!convert) {
    const { build, options } = OPENCC[direction];
    convert = build(options);
    openccConverters.set(direction, convert);
  }
  return convert;
}

/** The entry's term as the direction's sources write it, if the entry has one for it. */
export function sourceTerm(entry: GlossaryEntry, direction: GlossaryDirection): string | undefined {
  switch (direction) {
    case 'tw-cn':
      return entry.tw;
    case 'hk-cn':
      return entry.hk;
    case 'cn-tw':
      return entry.cnTw === undefined ? undefined : entry.cn;
  }
}

/** What the term should read as after conversion in that direction. */
export function targetTerm(entry: GlossaryEntry, direction: GlossaryDirection): string | undefined {
  if (direction === 'cn-tw') return entry.cnTw;
  return sourceTerm(entry, direction) === undefined ? undefined : entry.cn;
}

/** One dictionary pair with where it comes from. */
export interface GlossaryPair {
  /** What opencc makes of the source term (or keep word): the text the pair matches. */
  readonly key: string;
  readonly value: string;
  /** `term`: rewrites the entry's term; `keep`: an identity pair that protects a longer word. */
  readonly role: 'term' | 'keep';
  /** The source-script text the key was computed from. */
  readonly source: string;
  readonly entry: GlossaryEntry;
  /** Whether key and value differ in code points: such a pair breaks one-to-one alignment. */
  readonly changesLength: boolean;
}

const codePoints = (text: string) => Array.from(text).length;

/**
 * Every pair an entry list yields for a direction, with its origin. An entry yields a term pair
 * when opencc's form of its source term differs from the target, and then one identity pair per
 * keep word whose converted form contains the key. Pure apart from opencc (deterministic).
 */
export function glossaryPairDetails(direction: GlossaryDirection, entries: readonly GlossaryEntry[] = GLOSSARY): GlossaryPair[] {
  const convert = openccConverter(direction);
  const pairs: GlossaryPair[] = [];
  for (const entry of entries) {
    const source = sourceTerm(entry, direction);
    const value = targetTerm(entry, direction);
    if (source === undefined || value === undefined) continue;
    const key = convert(source);
    if (key === value) continue;
    pairs.push({ key, value, role: 'term', source, entry, changesLength: codePoints(key) !== codePoints(value) });
    for (const word of entry.keep ?? []) {
      const kept = convert(word);
      if (kept.includes(key)) pairs.push({ key: kept, value: kept, role: 'keep', source: word, entry, changesLength: false });
    }
  }
  return pairs;
}

/** Keys that two pairs map to different values: each must be resolved in the entries. */
export function findConflicts(pairs: readonly GlossaryPair[]): { key: string; pairs: GlossaryPair[] }[] {
  const byKey = new Map<string, GlossaryPair[]>();
  for (const pair of pairs) byKey.set(pair.key, [...(byKey.get(pair.key) ?? []), pair]);
  return [...byKey]
    .filter(([, same]) => new Set(same.map((pair) => pair.value)).size > 1)
    .map(([key, same]) => ({ key, pairs: same }));
}

/** Pairs as opencc-js takes them, duplicates dropped; throws on a conflict (two values for a key). */
export function toDictionary(pairs: readonly GlossaryPair[]): [string, string][] {
  const conflicts = findConflicts(pairs);
  if (conflicts.length > 0) {
    const list = conflicts.map(({ key, pairs: same }) => `${key} → ${[...new Set(same.map((pair) => pair.value))].join(' | ')}`);
    throw new Error(`Glossary conflicts: ${list.join('; ')}`);
  }
  const dictionary = new Map<string, string>();
  for (const { key, value } of pairs) dictionary.set(key, value);
  return [...dictionary].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const dictionaries = new Map<GlossaryDirection, [string, string][]>();

/**
 * The glossary's custom dictionary for a direction: `[key, value]` pairs keyed on the
 * opencc-converted form, for `CustomConverter` run after that direction's opencc conversion.
 */
export function glossaryPairs(direction: GlossaryDirection): [string, string][] {
  let pairs = dictionaries.get(direction);
  if (!pairs) {
    pairs = toDictionary(glossaryPairDetails(direction));
    dictionaries.set(direction, pairs);
  }
  return pairs.map(([key, value]) => [key, value]);
}

/** The pairs of a direction whose replacement has another length than its key (道琼 → 道琼斯). */
export function lengthChangingPairs(direction: GlossaryDirection): [string, string][] {
  return glossaryPairs(direction).filter(([key, value]) => codePoints(key) !== codePoints(value));
}

/** Whether the glossary can change a text's length in that direction (then offsets may shift). */
export function glossaryChangesLength(direction: GlossaryDirection): boolean {
  return lengthChangingPairs(direction).length > 0;
}

/** opencc for the direction, then the glossary: `(text) => converted text`. Build once, reuse. */
export function createGlossaryConverter(direction: GlossaryDirection): (text: string) => string {
  const convert = openccConverter(direction);
  const glossary = CustomConverter(glossaryPairs(direction));
  return (text) => glossary(convert(text));
}
