/**
 * Pairs the quotation marks of one paragraph: double marks first, then single marks outside
 * double quotations. Each mark is looked at a bounded number of times, so pairing is linear.
 *
 * @module
 */
import { isBoundary, isAtLineStart, isClosingContext, isLeadingElision, isOpeningContext, after, before } from './context.js';
import {
  DOUBLE,
  MARK,
  SINGLE,
  closes,
  isDedicatedCloser,
  isDedicatedOpener,
  isStraightDouble,
  markLength,
  markLevel,
} from './quote-marks.js';
import { isSpace, isWordCharacter } from '../text/characters.js';

/** The marks of one paragraph, in order: their offsets and code units. */
export interface ParagraphMarks {
  /** Offsets of the marks (only the first `count` are used). */
  readonly positions: Int32Array;
  /** Code units of the marks (only the first `count` are used; see {@link MARK.twoApostrophes}). */
  readonly codes: Int32Array;
  /** Number of marks. */
  readonly count: number;
}

/** An opening mark and what ends its quotation. */
export interface MarkPair {
  /** Offset of the opening mark. */
  readonly open: number;
  /** The opening mark's code (see {@link MARK}). */
  readonly openCode: number;
  /** Offset of the closing mark, or `-1` when the quotation is not closed. */
  readonly close: number;
  /** The closing mark's code, or `0`. */
  readonly closeCode: number;
  /** Where the quotation's reach ends: `close`, or for an unclosed one the next opening mark or the paragraph end. */
  readonly end: number;
  /**
   * Whether this opening mark cut short a quotation of the same paragraph that was still open
   * (its closing mark missing, or the news convention with paragraphs one line each): the two
   * are taken as one utterance.
   */
  readonly cutsShort: boolean;
}

/**
 * Pairs the marks of the paragraph `[contentStart, contentEnd)`.
 *
 * @param text The whole text.
 * @param marks The paragraph's marks.
 * @param contentStart Offset of the paragraph's first non-space character.
 * @param contentEnd Offset just past its last non-space character.
 * @param singleQuotes Whether to pair single marks at the top level.
 * @returns The top-level pairs, ordered by opening mark, never overlapping.
 */
export function pairMarks(
  text: string,
  marks: ParagraphMarks,
  contentStart: number,
  contentEnd: number,
  singleQuotes: boolean,
): MarkPair[] {
  const doubles = pairDoubles(text, marks, contentStart, contentEnd);
  if (!singleQuotes) return doubles;
  const singles = pairSingles(text, marks, doubles, contentEnd);
  if (singles.length === 0) return doubles;
  // Merge; double quotations inside a single one are nested in it and not reported.
  const merged: MarkPair[] = [];
  let d = 0;
  for (const single of singles) {
    while (d < doubles.length && doubles[d]!.open < single.open) merged.push(doubles[d++]!);
    merged.push(single);
    while (d < doubles.length && doubles[d]!.open < single.end) d++;
  }
  while (d < doubles.length) merged.push(doubles[d++]!);
  return merged;
}

function pairDoubles(text: string, marks: ParagraphMarks, contentStart: number, contentEnd: number): MarkPair[] {
  const pairs: MarkPair[] = [];
  let open = -1;
  let openCode = 0;
  let cutsShort = false;
  let nested = false;
  // A straight mark with white space on both sides (`rose " to`) opens only if something closes it.
  let spaced = false;
  for (let k = 0; k < marks.count; k++) {
    const code = marks.codes[k]!;
    if (markLevel(code) !== DOUBLE) continue;
    const position = marks.positions[k]!;
    if (nested) {
      // A straight double quotation inside a straight double one (`"…shouted "Allah!" as…"`).
      if (isStraightDouble(code)) nested = false;
      continue;
    }
    if (open < 0) {
      if (canOpenDouble(text, code, position)) {
        open = position;
        openCode = code;
        cutsShort = false;
        spaced = isStraightDouble(code) && isBoundary(after(text, position, markLength(code)));
      }
      continue;
    }
    let action: 'close' | 'reopen' | 'ignore';
    if (isStraightDouble(code)) {
      const length = markLength(code);
      if (isOpeningContext(text, position, length) && isAtLineStart(text, position, contentStart)) {
        action = 'reopen';
      } else if (isStraightDouble(openCode) && isNestedOpening(text, position, length)) {
        nested = true;
        action = 'ignore';
      } else {
        action = closes(openCode, code) ? 'close' : 'ignore';
      }
    } else if (code === MARK.leftDouble) {
      if (openCode === MARK.lowDouble) action = 'close';
      else if (isClosingContext(text, position) && !isOpeningContext(text, position)) action = 'close';
      else action = 'reopen';
    } else if (isDedicatedOpener(code)) {
      action = closes(openCode, code) ? 'close' : 'reopen';
    } else {
      action = closes(openCode, code) ? 'close' : 'ignore';
    }
    if (action === 'close') {
      pairs.push({ open, openCode, close: position, closeCode: code, end: position, cutsShort });
      open = -1;
    } else if (action === 'reopen') {
      if (!spaced) pairs.push({ open, openCode, close: -1, closeCode: 0, end: position, cutsShort });
      cutsShort = !spaced;
      open = position;
      openCode = code;
      spaced = isStraightDouble(code) && isBoundary(after(text, position, markLength(code)));
    }
  }
  if (open >= 0 && !spaced) pairs.push({ open, openCode, close: -1, closeCode: 0, end: contentEnd, cutsShort });
  return pairs;
}

/** A straight mark between a space and a word, `␣"Allah`: it opens, never closes. */
function isNestedOpening(text: string, position: number, length: number): boolean {
  const previous = before(text, position);
  return previous >= 0 && isSpace(previous) && isWordCharacter(after(text, position, length));
}

function canOpenDouble(text: string, code: number, position: number): boolean {
  const length = markLength(code);
  const next = after(text, position, length);
  if (next < 0) return false;
  if (code === MARK.leftGuillemet || code === MARK.lowDouble || code === MARK.leftCorner) return true;
  if (isStraightDouble(code) || isDedicatedOpener(code)) {
    return !isClosingContext(text, position, length) || isOpeningContext(text, position, length);
  }
  // `”` or `»` opening (Swedish `”…”`, Danish `»…«`, or a typo): only in a clear opening context.
  return code !== MARK.rightCorner && isOpeningContext(text, position) && isWordCharacter(next);
}

function pairSingles(text: string, marks: ParagraphMarks, doubles: readonly MarkPair[], contentEnd: number): MarkPair[] {
  const pairs: MarkPair[] = [];
  let open = -1;
  let openCode = 0;
  let d = 0;
  const closerFollows = laterPlainClosers(text, marks);
  for (let k = 0; k < marks.count; k++) {
    const code = marks.codes[k]!;
    if (markLevel(code) !== SINGLE) continue;
    const position = marks.positions[k]!;
    // Skip marks inside a double quotation (nested or apostrophes).
    while (d < doubles.length && doubles[d]!.end < position) d++;
    const region = doubles[d];
    if (region && region.open < position && position <= region.end) continue;
    if (open < 0) {
      if (canOpenSingle(text, code, position)) {
        open = position;
        openCode = code;
      }
      continue;
    }
    // `‘…past the Carrows’ house…’`: a plural possessive, when a plain closing mark follows
    if (closerFollows[k] === 1 && isPluralPossessive(text, position)) continue;
    if (canCloseSingle(text, openCode, code, position)) {
      pairs.push({ open, openCode, close: position, closeCode: code, end: position, cutsShort: false });
      open = -1;
    }
  }
  // A single mark still open at the paragraph end was an apostrophe (dropped), unless the next
  // paragraph opens with the same mark: a quotation that runs on (`‘…` ¶ `‘…’`, the British form of
  // the news convention).
  if (open >= 0 && nextParagraphOpensWith(text, contentEnd, openCode)) {
    pairs.push({ open, openCode, close: -1, closeCode: 0, end: contentEnd, cutsShort: false });
  }
  return pairs;
}

/** How far past a paragraph's end the next paragraph's first mark is looked for. */
const NEXT_PARAGRAPH_REACH = 64;

/** Whether the paragraph after `contentEnd` (past a line break) opens with `code` before a word. */
function nextParagraphOpensWith(text: string, contentEnd: number, code: number): boolean {
  let k = contentEnd;
  const limit = Math.min(text.length, contentEnd + NEXT_PARAGRAPH_REACH);
  let lineBreak = false;
  while (k < limit && isSpace(text.charCodeAt(k))) {
    if (text.charCodeAt(k) === 10) lineBreak = true;
    k++;
  }
  return lineBreak && k < limit && text.charCodeAt(k) === code && isWordCharacter(after(text, k));
}

/** Words that follow a closing mark as its cue (`…cats’ she said`): a mark before them closes. */
const CUE_WORDS = /^(?:he|she|they|we|i|you|it|said|says|say|asked|asks|added|adds|told|tells|replied|wrote|writes)\b/;

/**
 * Whether the `’` or `'` at `position` reads as a plural possessive: after an `s`, before a space
 * and a lower-case word that is not a cue (`the Carrows’ house`, `the boys’ bikes`).
 */
function isPluralPossessive(text: string, position: number): boolean {
  const previous = text.charCodeAt(position - 1);
  if (previous !== 115 && previous !== 83) return false; // s, S
  if (text.charCodeAt(position + 1) !== 32) return false;
  const word = text.slice(position + 2, position + 14);
  return /^\p{Ll}/u.test(word) && !CUE_WORDS.test(word);
}

/**
 * For each mark of the paragraph: 1 when a single closing mark that is no plural possessive
 * follows before the next mark that could open a single quotation, else 0 (one backward pass).
 */
function laterPlainClosers(text: string, marks: ParagraphMarks): Uint8Array {
  const out = new Uint8Array(marks.count);
  let seen = 0;
  for (let k = marks.count - 1; k >= 0; k--) {
    out[k] = seen;
    const code = marks.codes[k]!;
    if (markLevel(code) !== SINGLE) continue;
    const position = marks.positions[k]!;
    const closing = (code === MARK.apostrophe || code === MARK.rightSingle) && !isBoundary(before(text, position)) && !isWordCharacter(after(text, position));
    if (closing && !isPluralPossessive(text, position)) seen = 1;
    else if (canOpenSingle(text, code, position)) seen = 0;
  }
  return out;
}

function canOpenSingle(text: string, code: number, position: number): boolean {
  const previous = before(text, position);
  const next = after(text, position);
  if (next < 0 || isBoundary(next)) return false;
  switch (code) {
    case MARK.apostrophe:
    case MARK.leftSingle:
    case MARK.rightSingle: // `’` typed for `‘`, as some sites do
      return isOpeningContext(text, position) && !isWordCharacter(previous) && !isLeadingElision(text, position);
    case MARK.lowSingle:
      return isOpeningContext(text, position);
    case MARK.leftSingleGuillemet:
    case MARK.leftWhiteCorner:
      return true;
    default:
      return false;
  }
}

function canCloseSingle(text: string, openCode: number, code: number, position: number): boolean {
  if (!closes(openCode, code)) return false;
  if (code === MARK.apostrophe || code === MARK.rightSingle || code === MARK.leftSingle) {
    return !isBoundary(before(text, position)) && !isWordCharacter(after(text, position));
  }
  return isDedicatedCloser(code) || code === MARK.leftSingleGuillemet;
}
