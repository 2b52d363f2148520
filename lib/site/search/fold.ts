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

/** Folds one character: script variants to one form, full-width ASCII to ASCII, A-Z to a-z. */
export function foldChar(table: FoldTable, char: string): string {
  const folded = table.get(char);
  if (folded !== undefined) return folded;
  let code = char.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 0x41 && code <= 0x5a) code += 0x20;
  return code < 0x80 ? String.fromCharCode(code) : char;
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
