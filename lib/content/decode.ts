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
