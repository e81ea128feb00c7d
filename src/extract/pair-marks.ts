/**
 * Pairs the quotation marks of one paragraph: double marks first, then single marks outside
 * double quotations. Each mark is looked at a bounded number of times, so pairing is linear.
 *
 * @module
 */
import { isBoundary, isAtLineStart, isClosingContext, isLeadingElision, isOpeningContext, after, before } from './context.js';
import { DOUBLE, MARK, SINGLE, closes, isDedicatedCloser, isDedicatedOpener, markLevel } from './quote-marks.js';
import { isWordCharacter } from '../text/characters.js';

/** The marks of one paragraph, in order: their offsets and code units. */
export interface ParagraphMarks {
  /** Offsets of the marks (only the first `count` are used). */
  readonly positions: Int32Array;
  /** Code units of the marks (only the first `count` are used). */
  readonly codes: Uint16Array;
  /** Number of marks. */
  readonly count: number;
}

/** An opening mark and what ends its quotation. */
export interface MarkPair {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or `-1` when the quotation is not closed. */
  readonly close: number;
  /** Where the quotation's reach ends: `close`, or for an unclosed one the next opening mark or the paragraph end. */
  readonly end: number;
  /** Whether the opening mark starts a line while the quotation before it was still open (a continuation). */
  readonly lineContinuation: boolean;
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
  const singles = pairSingles(text, marks, doubles);
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
  let continuation = false;
  for (let k = 0; k < marks.count; k++) {
    const code = marks.codes[k]!;
    if (markLevel(code) !== DOUBLE) continue;
    const position = marks.positions[k]!;
    if (open < 0) {
      if (canOpenDouble(text, code, position)) {
        open = position;
        openCode = code;
        continuation = false;
      }
      continue;
    }
    let action: 'close' | 'reopen' | 'ignore';
    if (code === MARK.quotationMark) {
      if (isOpeningContext(text, position) && isAtLineStart(text, position, contentStart)) action = 'reopen';
      else action = closes(openCode, code) ? 'close' : 'ignore';
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
      pairs.push({ open, close: position, end: position, lineContinuation: continuation });
      open = -1;
    } else if (action === 'reopen') {
      pairs.push({ open, close: -1, end: position, lineContinuation: continuation });
      continuation = isAtLineStart(text, position, contentStart);
      open = position;
      openCode = code;
    }
  }
  if (open >= 0) pairs.push({ open, close: -1, end: contentEnd, lineContinuation: continuation });
  return pairs;
}

function canOpenDouble(text: string, code: number, position: number): boolean {
  const next = after(text, position);
  if (next < 0) return false;
  if (code === MARK.quotationMark || isDedicatedOpener(code)) {
    if (code === MARK.leftGuillemet || code === MARK.lowDouble || code === MARK.leftCorner) return true;
    return !isClosingContext(text, position) || isOpeningContext(text, position);
  }
  // `”` or `»` opening (Swedish `”…”`, Danish `»…«`, or a typo): only in a clear opening context.
  return code !== MARK.rightCorner && isOpeningContext(text, position) && isWordCharacter(next);
}

function pairSingles(text: string, marks: ParagraphMarks, doubles: readonly MarkPair[]): MarkPair[] {
  const pairs: MarkPair[] = [];
  let open = -1;
  let openCode = 0;
  let d = 0;
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
    if (canCloseSingle(text, openCode, code, position)) {
      pairs.push({ open, close: position, end: position, lineContinuation: false });
      open = -1;
    }
  }
  // A single mark still open at the paragraph end was an apostrophe: dropped.
  return pairs;
}

function canOpenSingle(text: string, code: number, position: number): boolean {
  const previous = before(text, position);
  const next = after(text, position);
  if (next < 0 || isBoundary(next)) return false;
  switch (code) {
    case MARK.apostrophe:
    case MARK.leftSingle:
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
