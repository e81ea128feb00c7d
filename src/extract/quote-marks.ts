/**
 * The quotation marks quotecheck knows, and what each can do.
 *
 * @module
 */

/** Level of a mark: not a quotation mark, a double mark, or a single mark. */
export const NOT_A_MARK = 0;
/** Level of double marks: `"`, `“`, `”`, `„`, `«`, `»`, `「`, `」`. */
export const DOUBLE = 1;
/** Level of single marks: `'`, `‘`, `’`, `‚`, `‹`, `›`, `『`, `』`. */
export const SINGLE = 2;

/** Quotation marks by UTF-16 code unit. */
export const MARK = {
  quotationMark: 0x22, // "
  apostrophe: 0x27, // '
  leftDouble: 0x201c, // “
  rightDouble: 0x201d, // ”
  lowDouble: 0x201e, // „
  leftGuillemet: 0xab, // «
  rightGuillemet: 0xbb, // »
  leftCorner: 0x300c, // 「
  rightCorner: 0x300d, // 」
  leftSingle: 0x2018, // ‘
  rightSingle: 0x2019, // ’
  lowSingle: 0x201a, // ‚
  leftSingleGuillemet: 0x2039, // ‹
  rightSingleGuillemet: 0x203a, // ›
  leftWhiteCorner: 0x300e, // 『
  rightWhiteCorner: 0x300f, // 』
  /**
   * `''`: two apostrophes standing for a straight double mark, as in some newswire feeds
   * (`''We are ready,'' he said.`). Not a UTF-16 code unit: the scanner records the pair of
   * apostrophes under this code.
   */
  twoApostrophes: 0x10027,
} as const;

/** Number of UTF-16 code units a mark takes in the text: 2 for {@link MARK.twoApostrophes}, else 1. */
export function markLength(code: number): number {
  return code === MARK.twoApostrophes ? 2 : 1;
}

/** Whether `code` is a straight, direction-less double mark: `"` or `''`. */
export function isStraightDouble(code: number): boolean {
  return code === MARK.quotationMark || code === MARK.twoApostrophes;
}

/** Returns {@link DOUBLE}, {@link SINGLE} or {@link NOT_A_MARK} for a UTF-16 code unit. */
export function markLevel(code: number): number {
  switch (code) {
    case MARK.quotationMark:
    case MARK.twoApostrophes:
    case MARK.leftDouble:
    case MARK.rightDouble:
    case MARK.lowDouble:
    case MARK.leftGuillemet:
    case MARK.rightGuillemet:
    case MARK.leftCorner:
    case MARK.rightCorner:
      return DOUBLE;
    case MARK.apostrophe:
    case MARK.leftSingle:
    case MARK.rightSingle:
    case MARK.lowSingle:
    case MARK.leftSingleGuillemet:
    case MARK.rightSingleGuillemet:
    case MARK.leftWhiteCorner:
    case MARK.rightWhiteCorner:
      return SINGLE;
    default:
      return NOT_A_MARK;
  }
}

/**
 * Whether a quotation opened by `open` may be closed by `close`, ignoring context. Straight marks
 * close anything of their level (typists mix straight and curly marks: `"constructive.”`), and
 * `“`/`‘` close the low German openers `„`/`‚`.
 */
export function closes(open: number, close: number): boolean {
  switch (close) {
    case MARK.quotationMark:
    case MARK.twoApostrophes:
    case MARK.rightDouble:
      return open !== MARK.leftCorner || close === MARK.rightDouble;
    case MARK.apostrophe:
    case MARK.rightSingle:
      return open !== MARK.leftWhiteCorner;
    case MARK.rightGuillemet:
      return open !== MARK.leftCorner;
    case MARK.leftGuillemet:
      return open === MARK.rightGuillemet; // Danish »…«
    case MARK.leftDouble:
      return open === MARK.lowDouble || open === MARK.leftDouble || isStraightDouble(open);
    case MARK.leftSingle:
      return open === MARK.lowSingle || open === MARK.leftSingle || open === MARK.apostrophe;
    case MARK.rightSingleGuillemet:
      return open === MARK.leftSingleGuillemet || open === MARK.apostrophe;
    case MARK.leftSingleGuillemet:
      return open === MARK.rightSingleGuillemet;
    case MARK.rightCorner:
      return open === MARK.leftCorner;
    case MARK.rightWhiteCorner:
      return open === MARK.leftWhiteCorner;
    default:
      return false;
  }
}

/** Whether `code` is a mark whose only job is to open a quotation (`“`, `„`, `«`, `「`, `‘`, `‚`, `‹`, `『`). */
export function isDedicatedOpener(code: number): boolean {
  return (
    code === MARK.leftDouble ||
    code === MARK.lowDouble ||
    code === MARK.leftGuillemet ||
    code === MARK.leftCorner ||
    code === MARK.leftSingle ||
    code === MARK.lowSingle ||
    code === MARK.leftSingleGuillemet ||
    code === MARK.leftWhiteCorner
  );
}

/** Whether `code` is a mark that normally closes a quotation (`”`, `»`, `」`, `’`, `›`, `』`). */
export function isDedicatedCloser(code: number): boolean {
  return (
    code === MARK.rightDouble ||
    code === MARK.rightGuillemet ||
    code === MARK.rightCorner ||
    code === MARK.rightSingle ||
    code === MARK.rightSingleGuillemet ||
    code === MARK.rightWhiteCorner
  );
}
