/**
 * The surroundings of a quotation mark that tell an opening mark from a closing one.
 *
 * @module
 */
import { isDash, isHorizontalSpace, isLineBreak, isSpace, isWordCharacter } from '../text/characters.js';
import { markLevel } from './quote-marks.js';
import { leadingApostropheWords } from './elisions.js';

/** Code unit before `position`, or `-1` at the start of the text. */
export function before(text: string, position: number): number {
  return position > 0 ? text.charCodeAt(position - 1) : -1;
}

/** Code unit after the mark of `length` code units at `position`, or `-1` at the end of the text. */
export function after(text: string, position: number, length = 1): number {
  return position + length < text.length ? text.charCodeAt(position + length) : -1;
}

/** Whether `code` is nothing (`-1`) or white space. */
export function isBoundary(code: number): boolean {
  return code < 0 || isSpace(code);
}

/** Whether `code` may stand right before an opening mark: an opening bracket, a dash, a slash or a quotation mark. */
function isOpeningPunctuation(code: number): boolean {
  return (
    code === 0x28 || // (
    code === 0x5b || // [
    code === 0x7b || // {
    code === 0x3c || // <
    code === 0x2f || // /
    isDash(code) ||
    markLevel(code) !== 0
  );
}

/** A mark with white space (or nothing, or an opening bracket or dash) before it and a non-space after it: `␣"We`. */
export function isOpeningContext(text: string, position: number, length = 1): boolean {
  const previous = before(text, position);
  const next = after(text, position, length);
  return (isBoundary(previous) || isOpeningPunctuation(previous)) && !isBoundary(next);
}

/** A mark with a non-space before it and white space, nothing or punctuation after it: `ready,"␣`. */
export function isClosingContext(text: string, position: number, length = 1): boolean {
  const previous = before(text, position);
  const next = after(text, position, length);
  return !isBoundary(previous) && (isBoundary(next) || !isWordCharacter(next));
}

/** Whether only horizontal white space separates `position` from the line break (or paragraph start) before it. */
export function isAtLineStart(text: string, position: number, lineFloor: number): boolean {
  let index = position - 1;
  while (index >= lineFloor && isHorizontalSpace(text.charCodeAt(index))) index--;
  return index < lineFloor || isLineBreak(text.charCodeAt(index));
}

const MAX_ELISION = 8;

/**
 * Whether the apostrophe at `position` starts an elided word rather than a quotation: an
 * abbreviated year (`'90s`, `'08`) or a word from {@link leadingApostropheWords} (`'em`, `'n'`).
 */
export function isLeadingElision(text: string, position: number): boolean {
  const first = after(text, position);
  if (first >= 0x30 && first <= 0x39) {
    const second = position + 2 < text.length ? text.charCodeAt(position + 2) : -1;
    return second >= 0x30 && second <= 0x39;
  }
  let end = position + 1;
  const limit = Math.min(text.length, position + 1 + MAX_ELISION + 1);
  while (end < limit && isWordCharacter(text.charCodeAt(end))) end++;
  if (end === position + 1 || end - position - 1 > MAX_ELISION) return false;
  if (end < text.length && isWordCharacter(text.charCodeAt(end))) return false;
  const word = text.slice(position + 1, end).toLowerCase();
  return leadingApostropheWords.includes(word);
}
