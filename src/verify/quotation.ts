/**
 * Reads a quotation as a fact-checker does: its words, where words were left out (`...`, `…`,
 * `. . .`, `[...]`), and the editor's bracketed changes (`[the president]` stands in for the speaker's
 * words, `[W]e` only changes case, `[sic]` is a remark, not a word).
 *
 * @module
 */
import { scanWords } from './words.js';

/** What stands before a word of the quotation. */
export const Gap = {
  /** Nothing: the word follows the previous one. */
  None: 0,
  /** An ellipsis: any number of the speaker's words may be left out here. */
  Ellipsis: 1,
  /** A bracketed substitution (`[the president]`): it replaces a few of the speaker's words. */
  Bracket: 2,
} as const;

/** A quotation split into words, with its ellipses and bracketed changes. */
export interface ParsedQuotation {
  /** Word ids (see `words.ts`). */
  readonly ids: Uint32Array;
  /** The words as printed (after `[W]e` → `We`). */
  readonly words: readonly string[];
  /** `gaps[i]`: what stands before word `i`; `gaps[ids.length]`: what stands after the last word. */
  readonly gaps: Uint8Array;
  /** `gapText[i]`: the bracketed text before word `i` (`[the president]`), or `''`. */
  readonly gapText: readonly string[];
  /** Whether the quotation has bracketed editorial changes (`[W]e`, `[sic]`, `[the president]`). */
  readonly editorial: boolean;
  /** Offset of the first word in the original quotation, or -1 when it has no words. */
  readonly firstWordOffset: number;
}

const ELLIPSIS_MARK = '\u0001';
const BRACKET_MARK = '\u0002';

/** `[...]`, `[…]`, `[. . .]` */
const BRACKETED_ELLIPSIS = /\[\s*(?:…|(?:\.\s?){2,}\.)\s*\]/g;
/** `...`, `. . .`, `....`, `…` */
const ELLIPSIS = /…|\.(?:[ \u00a0]?\.){2,}/g;
/** `[sic]`, `[sic!]` */
const SIC = /\[\s*sic\s*(?:!\s*)?\]/gi;
/** `[W]e`, `[i]t`: a bracketed letter or two joined to a word only changes case. */
const BRACKET_IN_WORD_BEFORE = /\[([\p{L}\p{N}]{1,3})\](?=[\p{L}\p{N}])/gu;
/** `remain[s]`: a bracketed ending joined to a word. */
const BRACKET_IN_WORD_AFTER = /(?<=[\p{L}\p{N}])\[([\p{L}\p{N}]{1,3})\]/gu;
/** `[the president]`: any other bracketed words (not nested, at most 80 characters). */
const BRACKETED_WORDS = /\[[^[\]]{0,80}\]/g;

/**
 * Splits a quotation into words, ellipses and bracketed changes. Linear in its length; never throws.
 *
 * @param quote The quotation as printed.
 * @returns The parsed quotation.
 */
export function parseQuotation(quote: string): ParsedQuotation {
  let editorial = false;
  const brackets: string[] = [];
  // Most quotations have no brackets and no ellipsis: skip their patterns (lookbehinds are slow).
  const hasBrackets = quote.includes('[');
  let clean = hasBrackets ? quote.replace(BRACKETED_ELLIPSIS, ` ${ELLIPSIS_MARK} `) : quote;
  if (hasBrackets) clean = clean.replace(SIC, () => {
    editorial = true;
    return ' ';
  });
  if (hasBrackets) {
    clean = clean.replace(BRACKET_IN_WORD_BEFORE, (_m, letters: string) => {
      editorial = true;
      return letters;
    });
    clean = clean.replace(BRACKET_IN_WORD_AFTER, (_m, letters: string) => {
      editorial = true;
      return letters;
    });
    clean = clean.replace(BRACKETED_WORDS, (m) => {
      editorial = true;
      brackets.push(m);
      return ` ${BRACKET_MARK} `;
    });
  }
  if (clean.includes('…') || clean.includes('.')) clean = clean.replace(ELLIPSIS, ` ${ELLIPSIS_MARK} `);

  const ids: number[] = [];
  const words: string[] = [];
  const gapList: number[] = [];
  const gapText: string[] = [];
  let pending: number = Gap.None;
  let pendingText = '';
  let bracketIndex = 0;
  let last = 0;
  const absorb = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const c = clean.charCodeAt(i);
      if (c === 1) pending = Math.max(pending, Gap.Ellipsis);
      else if (c === 2) {
        pending = Gap.Bracket;
        pendingText += (pendingText ? ' ' : '') + (brackets[bracketIndex++] ?? '');
      }
    }
  };
  scanWords(clean, (id, start, end) => {
    absorb(last, start);
    ids.push(id);
    words.push(clean.slice(start, end));
    gapList.push(pending);
    gapText.push(pendingText);
    pending = Gap.None;
    pendingText = '';
    last = end;
  });
  absorb(last, clean.length);
  gapList.push(pending);
  gapText.push(pendingText);

  let firstWordOffset = -1;
  scanWords(quote, (_id, start) => {
    firstWordOffset = start;
    return false;
  });
  return {
    ids: Uint32Array.from(ids),
    words,
    gaps: Uint8Array.from(gapList),
    gapText,
    editorial,
    firstWordOffset,
  };
}
