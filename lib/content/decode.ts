/**
 * Turns a content file's bytes into text: strict UTF-8, an optional BOM, any line endings.
 */

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; byteOffset: number; line: number; column: number };

/** Length of the UTF-8 sequence a lead byte starts, or 0 when it cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Finds the offset of the first byte that breaks UTF-8, or -1 when the bytes are valid. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = sequenceLength(lead);
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    }
    // Overlong forms and surrogates are invalid even when the continuation bytes look right.
    const second = bytes[i + 1] ?? 0;
    if (lead === 0xe0 && second < 0xa0) return i;
    if (lead === 0xed && second > 0x9f) return i;
    if (lead === 0xf0 && second < 0x90) return i;
    if (lead === 0xf4 && second > 0x8f) return i;
    i += length;
  }
  return -1;
}

/** Decodes content bytes as UTF-8, dropping a BOM and normalising CRLF and CR to LF. */
export function decodeContent(bytes: Uint8Array): DecodeResult {
  const invalidAt = findInvalidUtf8(bytes);
  if (invalidAt >= 0) {
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, invalidAt));
    const lines = before.split(/\r\n|\r|\n/);
    const lastLine = lines[lines.length - 1] ?? '';
    return { ok: false, byteOffset: invalidAt, line: lines.length, column: lastLine.length + 1 };
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}

/**
 * Characters no archived text can hold: C0 control characters other than tab and line feed
 * (NUL included), U+FFFE and U+FFFF (noncharacters) and lone surrogates. XML 1.0 forbids them, so
 * a feed holding one is not well-formed; they are never what a source printed, but what a copy
 * or an encoding step left behind.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** How many forbidden characters are listed one by one before the rest are counted. */
const LISTED_FORBIDDEN = 20;

export interface ForbiddenCharacter {
  line: number;
  column: number;
  /** `U+0007`, as editors search for it. */
  codePoint: string;
}

/** Finds the forbidden characters of decoded text (the first `LISTED_FORBIDDEN`) and how many there are in all. */
export function findForbiddenCharacters(text: string): { listed: ForbiddenCharacter[]; total: number } {
  const listed: ForbiddenCharacter[] = [];
  let total = 0;
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  for (const match of text.matchAll(FORBIDDEN)) {
    total += 1;
    if (listed.length >= LISTED_FORBIDDEN) continue;
    // Count lines only up to each listed match, so the scan stays one pass.
    for (; counted < match.index; counted++) {
      if (text.charCodeAt(counted) === 10) {
        line += 1;
        lineStart = counted + 1;
      }
    }
    const codePoint = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    listed.push({ line, column: match.index - lineStart + 1, codePoint });
  }
  return { listed, total };
}
