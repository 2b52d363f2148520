/**
 * The characters dates are written in: full-width digits and letters, Chinese numerals.
 */

/**
 * Maps full-width digits, Latin letters and the few symbols dates use to ASCII, and the spaces copy
 * brings from PDFs and web pages (full-width U+3000, no-break U+00A0) to an ASCII space, one code
 * unit for one, so offsets in the copy are offsets in the original.
 */
export function normalizeWidth(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ－／．～]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\u3000\u00a0]/g, ' ');
}

const HAN_DIGITS = new Map([...'〇一二三四五六七八九'].map((c, i) => [c, i])).set('零', 0).set('兩', 2).set('两', 2);

/** Reads a number written in ASCII digits, in Chinese digits (`二〇二三`, `兩`) or as a Chinese numeral up to 99 (`十一`, `二十`, `三十一`, `廿八`). */
export function parseNumber(written: string): number | null {
  // 元月: the first month (date-scan reads 元 as a month only after a written year).
  if (written === '元') return 1;
  if (/^[0-9]+$/.test(written)) return Number(written);
  // 廿 and 卅, twenty and thirty in one character, as Taiwan's and Hong Kong's papers write days (廿八日, 卅一日).
  const score = /^([廿卅])(.?)$/u.exec(written);
  if (score !== null) {
    const ones = score[2] === '' ? 0 : readHanDigits(score[2] ?? '');
    return ones === null ? null : (score[1] === '廿' ? 20 : 30) + ones;
  }
  const ten = written.indexOf('十');
  if (ten === -1) return readHanDigits(written);
  const tens = ten === 0 ? 1 : readHanDigits(written.slice(0, ten));
  const ones = ten === written.length - 1 ? 0 : readHanDigits(written.slice(ten + 1));
  return tens === null || ones === null ? null : tens * 10 + ones;
}

/** Reads Chinese digits positionally, as years are written (`二〇二三` is 2023). */
function readHanDigits(written: string): number | null {
  if (written === '') return null;
  let value = 0;
  for (const c of written) {
    const digit = HAN_DIGITS.get(c);
    if (digit === undefined) return null;
    value = value * 10 + digit;
  }
  return value;
}

/** Whether a character is one of a set; the empty string (before the start, past the end) never is. */
export function isOneOf(chars: string, c: string): boolean {
  return c !== '' && chars.includes(c);
}
