/**
 * Whether a quotation continues the utterance of the one before it.
 *
 * @module
 */
import type { QuoteKind } from '../types.js';
import { isDash, isLineBreak, isSentenceEnd, isSpace, isWordCharacter } from '../text/characters.js';
import type { MarkPair } from './pair-marks.js';

/** What the linking rules need to know about the previous quotation. */
export interface PreviousSegment {
  readonly utterance: number;
  readonly segment: number;
  readonly paragraph: number;
  readonly level: 'double' | 'single';
  readonly kind: QuoteKind;
  readonly start: number;
  readonly end: number;
  /** Offset of its closing mark, or `-1`. */
  readonly close: number;
  /** Offset just past its closing mark, or `-1`. */
  readonly closeEnd: number;
  /** Whether it is unclosed and runs to the end of its paragraph. */
  readonly reachedParagraphEnd: boolean;
}

/**
 * How a quotation continues the previous one: into the next `paragraph`, after an opening mark
 * that `cut-short` the previous one in the same paragraph, as the second part of a `split`
 * quotation, or `none`.
 */
export type UtteranceLink = 'paragraph' | 'cut-short' | 'split' | 'none';

/** Longest cue clause between the two parts of a split quotation, in UTF-16 code units. */
export const MAX_SPLIT_GAP = 80;

/**
 * Decides whether the quotation of `pair` continues the utterance of `previous` (see
 * {@link findQuotes} for the rules).
 *
 * @param text The whole text.
 * @param previous The quotation before it.
 * @param pair The quotation's marks.
 * @param paragraph The quotation's paragraph index.
 * @param contentStart Offset of its paragraph's first non-space character.
 * @param level The quotation's level.
 * @returns The kind of link, or `none`.
 */
export function continuesUtterance(
  text: string,
  previous: PreviousSegment,
  pair: MarkPair,
  paragraph: number,
  contentStart: number,
  level: 'double' | 'single',
): UtteranceLink {
  if (previous.level !== level) return 'none';
  if (previous.close < 0) {
    if (pair.cutsShort && previous.paragraph === paragraph) return 'cut-short';
    if (previous.reachedParagraphEnd && previous.paragraph + 1 === paragraph && pair.open === contentStart) {
      return 'paragraph';
    }
    return 'none';
  }
  if (previous.paragraph !== paragraph) return 'none';
  const gapStart = previous.closeEnd;
  const gapEnd = pair.open;
  if (gapEnd - gapStart > MAX_SPLIT_GAP) return 'none';
  const commaAfterWords = text.charCodeAt(previous.end - 1) === 0x2c || text.charCodeAt(gapStart) === 0x2c;
  if (!commaAfterWords) return 'none';
  let words = false;
  let last = -1;
  for (let index = gapStart; index < gapEnd; index++) {
    const code = text.charCodeAt(index);
    if (isSentenceEnd(code) || code === 0x3b || isLineBreak(code)) return 'none';
    if (isWordCharacter(code)) words = true;
    if (!isSpace(code)) last = code;
  }
  return words && (last === 0x2c || last === 0x3a || isDash(last)) ? 'split' : 'none';
}
