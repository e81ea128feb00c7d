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
  /** `gapText[i]`: the bracketed text before word `i` (`[the president]`); no entry when there is none. */
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

  // Typed arrays grown by doubling, and the words' spans rather than their strings (made on first
  // use, by the diff only): a quotation of hundreds of thousands of words allocates a few arrays, not
  // one object per word, so parsing stays linear in time and memory.
  let ids = new Uint32Array(16);
  let gaps = new Uint8Array(17);
  let spans = new Uint32Array(32);
  // Sparse: only the words after a bracketed change have an entry (`gapText[i] ?? ''`).
  const gapText: string[] = [];
  let n = 0;
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
    if (n === ids.length) {
      const moreIds = new Uint32Array(2 * n);
      const moreGaps = new Uint8Array(2 * n + 1);
      const moreSpans = new Uint32Array(4 * n);
      moreIds.set(ids);
      moreGaps.set(gaps);
      moreSpans.set(spans);
      [ids, gaps, spans] = [moreIds, moreGaps, moreSpans];
    }
    ids[n] = id;
    gaps[n] = pending;
    spans[2 * n] = start;
    spans[2 * n + 1] = end;
    if (pendingText) gapText[n] = pendingText;
    n++;
    pending = Gap.None;
    pendingText = '';
    last = end;
  });
  absorb(last, clean.length);
  gaps[n] = pending;
  if (pendingText) gapText[n] = pendingText;

  let firstWordOffset = -1;
  scanWords(quote, (_id, start) => {
    firstWordOffset = start;
    return false;
  });
  const wordSpans = spans.subarray(0, 2 * n);
  let words: string[] | undefined;
  return {
    ids: ids.slice(0, n),
    get words(): readonly string[] {
      words ??= Array.from({ length: n }, (_, i) => clean.slice(wordSpans[2 * i], wordSpans[2 * i + 1]));
      return words;
    },
    gaps: gaps.slice(0, n + 1),
    gapText,
    editorial,
    firstWordOffset,
  };
}
