/**
 * Paragraph spans of a text.
 *
 * @module
 */
import type { Span } from '../types.js';
import { isHorizontalSpace, isLineBreak, isSpace } from './characters.js';

/**
 * Returns the offset just past the blank line(s) starting at the line break at `index`, or `-1`
 * when the line after that line break is not blank. A blank line holds nothing but horizontal
 * white space (spaces, tabs, no-break and zero-width spaces); `\r\n` counts as one line break,
 * and U+2029 PARAGRAPH SEPARATOR is a paragraph break by itself.
 *
 * @param text The text.
 * @param index Offset of a line break in `text`.
 * @returns Offset of the first character after the paragraph break, or `-1`.
 */
export function paragraphBreakEnd(text: string, index: number): number {
  const length = text.length;
  let breaks = 0;
  let position = index;
  let after = -1;
  while (position < length) {
    const code = text.charCodeAt(position);
    if (!isLineBreak(code)) {
      if (isHorizontalSpace(code)) {
        position++;
        continue;
      }
      break;
    }
    breaks += code === 0x2029 ? 2 : 1;
    position += code === 0x0d && text.charCodeAt(position + 1) === 0x0a ? 2 : 1;
    if (breaks >= 2) after = position;
  }
  // `after` is the end of the last line break of the run; the white space after it belongs to
  // the next paragraph's indentation.
  return after;
}

/**
 * Splits `text` into paragraphs: runs of text separated by at least one blank line (a line that
 * is empty or holds only white space). A single line break is a hard wrap inside a paragraph.
 * Each span is trimmed of white space; paragraphs that are only white space are left out.
 *
 * @param text The text.
 * @returns The paragraphs, in order.
 */
export function paragraphs(text: string): Span[] {
  const result: Span[] = [];
  const length = text.length;
  let start = 0;
  let index = 0;
  const push = (from: number, to: number): void => {
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to > from) result.push({ start: from, end: to, text: text.slice(from, to) });
  };
  while (index < length) {
    const code = text.charCodeAt(index);
    if (isLineBreak(code)) {
      const next = paragraphBreakEnd(text, index);
      if (next >= 0) {
        push(start, index);
        start = next;
        index = next;
        continue;
      }
    }
    index++;
  }
  push(start, length);
  return result;
}
