import { findInvalidUtf8 } from '../decode';

/**
 * Turns the bytes an editor hands the importer into text. UTF-8 first: a saved page keeps the
 * `<meta charset>` of the site it came from even when the browser saved it as UTF-8 (readability's
 * qq.com page says gb2312 and is UTF-8). Only bytes that are not UTF-8 are read in the charset a
 * saved page declares (gbk, gb18030, big5…, which Node's TextDecoder knows).
 */

export type DecodedInput = { ok: true; text: string; encoding: string } | { ok: false; message: string };

/** The charset a page declares in its first bytes (`<meta charset>` or `http-equiv` content type). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

/** Decodes input bytes: UTF-8 (BOM dropped), else a saved page's declared charset, else an error naming the byte. */
export function decodeInput(bytes: Uint8Array, { isHtml }: { isHtml: boolean }): DecodedInput {
  const invalidAt = findInvalidUtf8(bytes);
  if (invalidAt < 0) return { ok: true, text: new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  const charset = isHtml ? declaredCharset(bytes) : null;
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return { ok: true, text: new TextDecoder(charset, { fatal: true }).decode(bytes), encoding: charset };
    } catch {
      return { ok: false, message: `the page declares charset ${charset}, but its bytes are not ${charset} either (byte ${invalidAt} is not UTF-8)` };
    }
  }
  return { ok: false, message: `the input is not valid UTF-8 (byte ${invalidAt}): save it as UTF-8` };
}

/** Whether input looks like a web page rather than plain text (for standard input, which has no file name). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<!--\s*saved from)/i.test(text.slice(0, 1024));
}
