/**
 * Character classes on UTF-16 code units, for hand-written scanners (no allocation, no regex).
 *
 * @module
 */

/** Whether `code` ends a line: `\n`, `\r`, U+2028 LINE SEPARATOR or U+2029 PARAGRAPH SEPARATOR. */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/**
 * Whether `code` is horizontal white space: space, tab, vertical tab, form feed, no-break space,
 * the Unicode space separators (U+2000–U+200A, U+202F, U+205F, U+3000, U+1680), and the
 * invisible zero-width space (U+200B), word joiner (U+2060), byte-order mark (U+FEFF) and
 * bidirectional marks and embeddings (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
 */
export function isHorizontalSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202f) ||
    code === 0x205f ||
    (code >= 0x2060 && code <= 0x2069 && code !== 0x2065) ||
    code === 0x3000 ||
    code === 0x1680 ||
    code === 0xfeff
  );
}

/** Whether `code` is white space of any kind (horizontal space or a line break). */
export function isSpace(code: number): boolean {
  return isHorizontalSpace(code) || isLineBreak(code);
}

/**
 * Whether `code` can be part of a word: ASCII letters and digits, and any code unit from U+00C0
 * on that is not punctuation, a symbol block or white space (so letters of every script, and
 * both halves of astral characters, count as word characters).
 */
export function isWordCharacter(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  }
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false; // punctuation, symbols, arrows, dingbats
  if (code >= 0x3000 && code <= 0x303f) return false; // CJK punctuation
  if (code >= 0xfe10 && code <= 0xfe6f) return false; // vertical and small forms
  if (code === 0xfeff) return false;
  if (code >= 0xff00 && code <= 0xff0f) return false; // full-width punctuation
  return true;
}

/** Whether `code` is an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Whether `code` is an upper-case letter (ASCII, Latin-1, or any letter with a distinct lower case). */
export function isUpperCase(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  if (!isWordCharacter(code) || (code >= 0xd800 && code <= 0xdfff)) return false;
  const char = String.fromCharCode(code);
  return char !== char.toLowerCase();
}

/** Whether `code` ends a sentence: `.`, `!`, `?`, `…` and their full-width and CJK forms. */
export function isSentenceEnd(code: number): boolean {
  return (
    code === 0x2e ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x2026 ||
    code === 0x3002 ||
    code === 0xff01 ||
    code === 0xff1f ||
    code === 0xff0e
  );
}

/** Whether `code` is a dash: hyphen-minus, en dash, em dash, horizontal bar or U+2015/U+2015-like bars. */
export function isDash(code: number): boolean {
  return code === 0x2d || (code >= 0x2010 && code <= 0x2015) || code === 0x2e3a || code === 0x2e3b;
}
