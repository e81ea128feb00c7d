/**
 * Whether a quotation is a block, full sentence(s) or a fragment.
 *
 * @module
 */
import type { QuoteKind } from '../types.js';
import { isDash, isSpace, isSentenceEnd, isUpperCase } from '../text/characters.js';
import { markLength, markLevel } from './quote-marks.js';
import type { MarkPair } from './pair-marks.js';

/**
 * Classifies a quotation (see {@link findQuotes} for the rules).
 *
 * @param text The whole text.
 * @param pair The quotation's marks.
 * @param start Offset of its first word.
 * @param end Offset just past its words.
 * @param contentStart Offset of the paragraph's first non-space character.
 * @param contentEnd Offset just past the paragraph's last non-space character.
 * @returns `block`, `full` or `partial`.
 */
export function classifyQuote(
  text: string,
  pair: MarkPair,
  start: number,
  end: number,
  contentStart: number,
  contentEnd: number,
): QuoteKind {
  const reach = pair.close >= 0 ? pair.close + markLength(pair.closeCode) : pair.end;
  if (pair.open === contentStart && reach >= contentEnd) return 'block';
  return startsSentence(text, pair.open, start, contentStart) && endsSentence(text, end, reach, contentEnd)
    ? 'full'
    : 'partial';
}

function startsSentence(text: string, open: number, start: number, contentStart: number): boolean {
  let index = open - 1;
  while (index >= contentStart && isSpace(text.charCodeAt(index))) index--;
  if (index < contentStart) return true;
  let code = text.charCodeAt(index);
  if (isSentenceEnd(code) || code === 0x3a || code === 0x3b) return true;
  if ((markLevel(code) !== 0 || code === 0x29) && index > contentStart) {
    // `…." "Next` or `….) "Next`
    code = text.charCodeAt(index - 1);
    if (isSentenceEnd(code)) return true;
  }
  if (code === 0x2c || code === 0x28 || isDash(code)) return isUpperCase(text.charCodeAt(start));
  return false;
}

function endsSentence(text: string, end: number, reach: number, contentEnd: number): boolean {
  let last = text.charCodeAt(end - 1);
  // `…data,'` — the words end with a nested quotation: look at what ends it.
  if (markLevel(last) !== 0 && end - 2 >= 0) last = text.charCodeAt(end - 2);
  if (isSentenceEnd(last) || last === 0x2c || last === 0x3b || last === 0x3a || isDash(last)) return true;
  let index = reach;
  while (index < contentEnd && isSpace(text.charCodeAt(index))) index++;
  if (index >= contentEnd) return true;
  const code = text.charCodeAt(index);
  return isSentenceEnd(code) || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x29 || isDash(code);
}
