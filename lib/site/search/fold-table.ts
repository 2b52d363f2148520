import { createTextConverter } from '../../content/convert';
import type { FoldTable } from './fold';

/**
 * The fold table: which characters search reads as one, so that a query in either script finds
 * text in either (隨星借 and 随星借, 裡/裏/里, 著/着). Built at build time with opencc, shipped to the
 * browser as data: the browser folds query and text with the same table and never runs opencc.
 *
 * Characters are grouped into classes: a character, its one-character Simplified conversion and
 * its one-character Traditional conversion are one class, and so is every pair of characters at
 * the same place in an archived text and its conversion (phrase conversions such as 瞭解 → 了解
 * pair characters the character tables do not: 瞭 alone stays 瞭). Opencc's phrase dictionaries
 * are not mined wholesale: some of their pairs join unrelated everyday characters (呆/待).
 * Folding maps each character of a class to one representative. Only classes with a character of the corpus are shipped: a character whose class
 * has none can match nothing, folded or not.
 */


/**
 * Han blocks scanned for script pairs: Extension A, the unified block, Extensions B–H. Compatibility
 * ideographs are left out (skipped below): NFC turns each into its unified character, and the
 * browser normalizes the query to NFC.
 */
const HAN_RANGES: readonly (readonly [number, number])[] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0x20000, 0x323af],
];

interface ScriptPairs {
  /** Every Han character whose one-character conversion, either way, is another character. */
  pairs: [string, string][];
  /** A character's one-character Simplified form, where opencc changes it. */
  simplified: Map<string, string>;
}

let scanned: ScriptPairs | undefined;

/**
 * Converts every Han character on its own, both ways (newline-separated: no opencc phrase spans a
 * newline, so each character converts alone). ~0.3 s once per build process.
 */
function scanScriptPairs(): ScriptPairs {
  if (scanned) return scanned;
  const chars: string[] = [];
  for (const [first, last] of HAN_RANGES) {
    for (let code = first; code <= last; code += 1) {
      const char = String.fromCodePoint(code);
      if (char.normalize('NFC') === char) chars.push(char);
    }
  }
  const joined = chars.join('\n');
  const toSimplified = createTextConverter('zh-Hant', 'zh-Hans')(joined).split('\n');
  const toTraditional = createTextConverter('zh-Hans', 'zh-Hant')(joined).split('\n');
  const pairs: [string, string][] = [];
  const simplified = new Map<string, string>();
  chars.forEach((char, i) => {
    for (const converted of [toSimplified[i], toTraditional[i]]) {
      if (converted !== undefined && converted !== char && isOneCodePoint(converted)) pairs.push([char, converted]);
    }
    const s = toSimplified[i];
    if (s !== undefined && s !== char && isOneCodePoint(s)) simplified.set(char, s);
  });
  scanned = { pairs, simplified };
  return scanned;
}

/** Whether a string is exactly one code point. */
function isOneCodePoint(text: string): boolean {
  return text.length > 0 && text.length <= 2 && Array.from(text).length === 1;
}

/** Disjoint sets of characters (union-find with path halving). */
class CharClasses {
  private readonly parent = new Map<string, string>();

  find(char: string): string {
    let at = char;
    for (;;) {
      const up = this.parent.get(at);
      if (up === undefined || up === at) return at;
      const grand = this.parent.get(up) ?? up;
      this.parent.set(at, grand);
      at = grand;
    }
  }

  union(a: string, b: string): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    // Every member is a key, its own parent while it is a root, so `groups` sees it.
    if (!this.parent.has(rootB)) this.parent.set(rootB, rootB);
    if (rootA !== rootB) this.parent.set(rootA, rootB);
  }

  /** Every character ever joined to another, grouped by class. */
  groups(): Map<string, string[]> {
    const groups = new Map<string, string[]>();
    for (const char of this.parent.keys()) {
      const root = this.find(char);
      const members = groups.get(root) ?? [];
      members.push(char);
      groups.set(root, members);
    }
    return groups;
  }
}

/** Code-point order, for a deterministic choice and output. */
function compareCodePoints(a: string, b: string): number {
  return (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0);
}

/**
 * A class's representative: the lowest Simplified form in it (a character opencc leaves as it is
 * when simplifying), else its lowest character. Any member would do; this one reads well in tests.
 */
function chooseRepresentative(members: readonly string[], simplified: ReadonlyMap<string, string>): string {
  const sorted = [...members].sort(compareCodePoints);
  return sorted.find((char) => !simplified.has(char)) ?? sorted[0]!;
}

/**
 * What some texts give the fold table: every character in them, and each pair of differing
 * characters at one place in an original and its conversion, as strings of code points (pairs
 * two by two). A build keeps each article's, so the table of an archive is made without converting
 * every article again.
 */
export interface FoldSource {
  chars: string;
  pairs: string;
}

/** The fold source of texts given as `[original, converted]` (the archived text and its other-script conversion). */
export function foldSourceOf(texts: Iterable<readonly [string, string]>): FoldSource {
  const chars = new Set<number>();
  const pairs = new Map<number, Set<number>>();
  const differing: number[] = [];
  for (const [original, converted] of texts) {
    // tw2s and s2tw map n code points to n, so position i of one is position i of the other.
    differing.length = 0;
    let i = 0;
    let j = 0;
    while (i < original.length && j < converted.length) {
      const from = original.codePointAt(i)!;
      const to = converted.codePointAt(j)!;
      i += from > 0xffff ? 2 : 1;
      j += to > 0xffff ? 2 : 1;
      chars.add(from);
      chars.add(to);
      if (from !== to) differing.push(from, to);
    }
    for (; i < original.length; i += original.codePointAt(i)! > 0xffff ? 2 : 1) chars.add(original.codePointAt(i)!);
    for (; j < converted.length; j += converted.codePointAt(j)! > 0xffff ? 2 : 1) chars.add(converted.codePointAt(j)!);
    if (i < original.length || j < converted.length) continue;
    for (let k = 0; k < differing.length; k += 2) {
      const partners = pairs.get(differing[k]!) ?? new Set<number>();
      partners.add(differing[k + 1]!);
      pairs.set(differing[k]!, partners);
    }
  }
  const ascending = (a: number, b: number) => a - b;
  let pairText = '';
  for (const from of [...pairs.keys()].sort(ascending)) for (const to of [...pairs.get(from)!].sort(ascending)) pairText += String.fromCodePoint(from, to);
  return { chars: [...chars].sort(ascending).map((code) => String.fromCodePoint(code)).join(''), pairs: pairText };
}

/** Builds the fold table of a corpus from the fold sources of its texts (in any order, any grouping). */
export function buildFoldTableOf(sources: Iterable<FoldSource>): FoldTable {
  const { pairs, simplified } = scanScriptPairs();
  const classes = new CharClasses();
  for (const [a, b] of pairs) classes.union(a, b);
  const corpus = new Set<string>();
  for (const source of sources) {
    for (const char of source.chars) corpus.add(char);
    const joined = Array.from(source.pairs);
    for (let k = 0; k + 1 < joined.length; k += 2) classes.union(joined[k]!, joined[k + 1]!);
  }
  const table = new Map<string, string>();
  for (const members of classes.groups().values()) {
    if (!members.some((char) => corpus.has(char))) continue;
    const representative = chooseRepresentative(members, simplified);
    for (const char of members) if (char !== representative) table.set(char, representative);
  }
  return new Map([...table].sort(([a], [b]) => compareCodePoints(a, b)));
}

/**
 * Builds the fold table for a corpus, given each text the index holds as `[original, converted]`
 * (the archived text and its other-script conversion).
 */
export function buildFoldTable(texts: Iterable<readonly [string, string]>): FoldTable {
  return buildFoldTableOf([foldSourceOf(texts)]);
}

/** The table as shipped: each character followed by its representative, concatenated (read by `decodeFoldTable`). */
export function encodeFoldTable(table: FoldTable): string {
  let encoded = '';
  for (const [char, representative] of table) encoded += char + representative;
  return encoded;
}
