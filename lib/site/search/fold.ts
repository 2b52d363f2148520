/**
 * Folding text for search, as the browser does it: each character to the representative of its
 * class in the fold table (made at build time by fold-table.ts), full-width ASCII to ASCII, A–Z to
 * a–z. No converter runs here, so this module is what the search script bundles.
 */

/** Character → the representative of its class; characters not in the table fold to themselves. */
export type FoldTable = ReadonlyMap<string, string>;

/** Reads a shipped table: each character followed by its representative, concatenated. */
export function decodeFoldTable(encoded: string): FoldTable {
  const chars = Array.from(encoded);
  const table = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i]!, chars[i + 1]!);
  return table;
}

/** Full-width ASCII to ASCII and A-Z to a-z, on a code point; any other code point as it is. */
function foldAsciiCode(code: number): number {
  const narrow = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
  return narrow >= 0x41 && narrow <= 0x5a ? narrow + 0x20 : narrow;
}

/** Folds one character: script variants to one form, full-width ASCII to ASCII, A-Z to a-z. */
export function foldChar(table: FoldTable, char: string): string {
  const folded = table.get(char);
  if (folded !== undefined) return folded;
  const code = foldAsciiCode(char.charCodeAt(0));
  return code < 0x80 ? String.fromCharCode(code) : char;
}

/** `foldChar` on code points, for the index build (which never makes a string per character). */
export function codePointFolder(table: FoldTable): (code: number) => number {
  const codes = new Map<number, number>();
  for (const [char, representative] of table) codes.set(char.codePointAt(0)!, representative.codePointAt(0)!);
  return (code) => codes.get(code) ?? foldAsciiCode(code);
}

/**
 * Folds a text code point by code point. With `from`, records for each folded code unit the offset
 * of the character it came from (plus the text's length at the end), to map hits back to the text.
 */
export function foldText(table: FoldTable, text: string, from?: number[]): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const width = text.codePointAt(i)! > 0xffff ? 2 : 1;
    const folded = foldChar(table, text.slice(i, i + width));
    out += folded;
    if (from) for (let k = 0; k < folded.length; k++) from.push(i);
    i += width;
  }
  if (from) from.push(text.length);
  return out;
}
