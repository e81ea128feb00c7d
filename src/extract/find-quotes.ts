/**
 * Quotation extraction: a single linear pass over the text that collects quotation marks per
 * paragraph, then pairs them (see {@link findQuotes} for the rules).
 *
 * @module
 */
import type { Quote, QuoteKind, QuoteMark } from '../types.js';
import { assertOptions, assertText, invalidOption } from '../errors.js';
import { assertWithinBudget, MAX_ARTICLE_LENGTH } from '../limits.js';
import { isSpace, isWordCharacter } from '../text/characters.js';
import { paragraphBreakEnd } from '../text/paragraphs.js';
import { MARK, SINGLE, markLength, markLevel } from './quote-marks.js';
import { pairMarks, type MarkPair, type ParagraphMarks } from './pair-marks.js';
import { classifyQuote } from './classify.js';
import { continuesUtterance, type PreviousSegment } from './utterances.js';

/**
 * Options for {@link findQuotes}.
 */
export interface FindQuotesOptions {
  /**
   * Whether to report quotations in single marks at the top level (`'We are ready,' he said.`,
   * `‘…’`, `‚…‘`, `‹…›`). Apostrophes (`don't`, `'90s`, `the Joneses'`, `rock 'n' roll`) are
   * never quotations. (default: `true`)
   */
  readonly singleQuotes?: boolean;
  /**
   * Whether two apostrophes `''` stand for a straight double mark, as in some newswire feeds
   * (`''We are ready,'' he said.`). When `false`, each apostrophe is a single mark. (default: `true`)
   */
  readonly doubleApostrophes?: boolean;
  /**
   * Smallest number of UTF-16 code units a quotation's words must have to be reported; a
   * non-negative integer. Quotations without any letter or digit (`""`, `"?"`) are never
   * reported. (default: `1`)
   */
  readonly minLength?: number;
}

const OPTION_NAMES = ['singleQuotes', 'doubleApostrophes', 'minLength'] as const;

/** Growable store of the marks of the current paragraph (reused, no per-character allocation). */
class MarkBuffer implements ParagraphMarks {
  positions = new Int32Array(64);
  codes = new Int32Array(64);
  count = 0;

  push(position: number, code: number): void {
    if (this.count === this.positions.length) {
      const positions = new Int32Array(this.count * 2);
      positions.set(this.positions);
      this.positions = positions;
      const codes = new Int32Array(this.count * 2);
      codes.set(this.codes);
      this.codes = codes;
    }
    this.positions[this.count] = position;
    this.codes[this.count] = code;
    this.count++;
  }
}

/**
 * Finds every direct quotation in `text`, in document order.
 *
 * **What counts as a quotation.** Words between a pair of quotation marks: straight `"…"`,
 * curly `“…”`, guillemets `«…»` (and Danish `»…«`), German `„…“`, corner brackets `「…」`, and,
 * at the top level, single marks `'…'`, `‘…’` (also `’…’`), `‚…‘`, `‹…›`, `『…』`. Straight and curly marks of
 * one level may pair with each other (`"constructive.”`). Two apostrophes `''` (a newswire
 * convention) are a straight double mark; in `'''` the lone one is the nested mark. Apostrophes are not marks: a `'` or
 * `’` between letters (`don't`), before an abbreviated year (`'90s`) or a known elision
 * (`'em`, `rock 'n' roll`), or after a word with nothing open (`the Joneses'`) is skipped.
 * Inside an open single quotation, `s'` before a space and a lower-case word (`'…the Joneses' car…'`)
 * is a plural possessive when a plain closing mark follows before anything that could open a
 * quotation; before a cue word (`'…cats' she said`) it closes.
 * A quotation inside another one (`"He told me 'no' twice"`, and straight doubles inside
 * straight doubles when the inner mark sits between a space and a word: `"…shouted "Stop!" as…"`)
 * is part of the outer one and is **not** reported on its own, so reported quotations never overlap.
 *
 * **Reach.** A quotation never runs past its paragraph (paragraphs are separated by a blank
 * line, which may hold spaces or tabs; a single line break is a hard wrap). A double quotation
 * that is still open at the end of its paragraph ends there with `close: null`. A single
 * quotation still open at the end of its paragraph is taken to have been an apostrophe and is
 * dropped, unless the next paragraph opens with the same mark (it runs on, `close: null`). A stray closing mark that opens nothing is ignored, so is an inch mark (`4" of rain`);
 * a straight mark with white space on both sides (`rose " to`) opens a quotation only if a mark
 * closes it. An opening mark met while a quotation is open and unclosed (`“We are done. “Now…`)
 * ends the first one there (`close: null`) and opens the next. Paragraph indexes count only
 * paragraphs that hold something other than white space.
 *
 * **Offsets.** `start`/`end` cover the quoted words, marks excluded and white space inside the
 * marks trimmed; punctuation inside the marks is kept (`"…resolve,"` → `…resolve,`). Marks are
 * basic-plane characters, so offsets never split a surrogate pair. A quotation with no letter
 * or digit (`""`, `"?!"`) is not reported.
 *
 * **Utterances.** Segments of one utterance share `utterance` and count `segment` up from 0:
 * - a quotation left open at the end of a paragraph continues into the next paragraph when
 *   that paragraph begins with an opening mark of the same level (the news convention: an
 *   opening mark on every paragraph, a closing one only on the last);
 * - likewise inside a paragraph, when an opening mark cuts short a quotation still open (a
 *   straight mark does so only at the start of a line: articles that separate paragraphs with a
 *   single line break);
 * - a split quotation, `"We are ready," he said, "to talk."`: the second quotation follows in
 *   the same paragraph, the first ends with a comma (inside or right after its closing mark),
 *   and the words between them are a short cue clause (at most 80 code units, no line break,
 *   no `.`, `!`, `?` or `;`) that ends with a comma, colon or dash.
 *
 * **Kinds.**
 * - `block`: the quotation is its whole paragraph (nothing but white space outside its marks;
 *   a segment of a multi-paragraph quotation that fills its paragraph is a block too);
 * - `full`: it starts a sentence (at the paragraph start, after `.`, `!`, `?`, `…`, `:` or `;`,
 *   or after a comma or dash when its first word is capitalised, as in `he said, "We…"`) and
 *   ends one (its words end with punctuation, or the sentence or paragraph ends after the
 *   closing mark); the later segments of a split quotation take the kind of the first;
 * - `partial`: anything else: a fragment inside a sentence, a scare quote, a title.
 *
 * Runs in time linear in the length of `text` and never throws on any string.
 *
 * @param text The article text.
 * @param options Options (see {@link FindQuotesOptions}).
 * @returns The quotations, in document order, never overlapping.
 * @throws {TypeError} When `text` is not a string, or `options` is not an object of known options.
 * @throws {RangeError} When an option has a bad value, or `text` is longer than
 *   {@link MAX_ARTICLE_LENGTH} code units (refused before any work).
 */
export function findQuotes(text: string, options?: FindQuotesOptions): Quote[] {
  assertText(text, 'text', 'findQuotes');
  assertWithinBudget(text.length, MAX_ARTICLE_LENGTH, 'MAX_ARTICLE_LENGTH', 'text', 'findQuotes');
  assertOptions(options, OPTION_NAMES, 'findQuotes');
  const singleQuotes = options?.singleQuotes ?? true;
  if (typeof singleQuotes !== 'boolean') {
    throw invalidOption('findQuotes', 'singleQuotes', 'a boolean', singleQuotes, TypeError);
  }
  const doubleApostrophes = options?.doubleApostrophes ?? true;
  if (typeof doubleApostrophes !== 'boolean') {
    throw invalidOption('findQuotes', 'doubleApostrophes', 'a boolean', doubleApostrophes, TypeError);
  }
  const minLength = options?.minLength ?? 1;
  if (typeof minLength !== 'number') {
    throw invalidOption('findQuotes', 'minLength', 'a non-negative integer', minLength, TypeError);
  }
  if (!Number.isSafeInteger(minLength) || minLength < 0) {
    throw invalidOption('findQuotes', 'minLength', 'a non-negative integer', minLength, RangeError);
  }

  const scan: Scan = {
    text,
    singleQuotes,
    minLength,
    marks: new MarkBuffer(),
    quotes: [],
    previous: null,
    utterances: 0,
  };
  const marks = scan.marks;
  const length = text.length;
  let paragraph = 0;
  let paragraphStart = 0;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    let lineBreak = false;
    if (code > 0x27) {
      // Fast path: letters, digits and most punctuation.
      if (code < 0xab) {
        index++;
        continue;
      }
      if (code === 0x2028 || code === 0x2029) {
        lineBreak = true;
      } else if (code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x203a) || (code >= 0x300c && code <= 0x300f)) {
        if (markLevel(code) !== 0) marks.push(index, code);
      }
    } else if (code === 0x22) {
      marks.push(index, code);
    } else if (code === 0x27) {
      if (doubleApostrophes) {
        index = pushApostrophes(text, index, marks);
        continue;
      }
      marks.push(index, code);
    } else if (code === 0x0a || code === 0x0d) {
      lineBreak = true;
    }
    if (lineBreak) {
      // A blank line (possibly holding spaces) ends the paragraph; a single line break is a hard wrap.
      const next = paragraphBreakEnd(text, index);
      if (next >= 0) {
        emitParagraph(scan, paragraphStart, index, paragraph);
        if (hasContent(text, paragraphStart, index)) paragraph++;
        paragraphStart = next;
        index = next;
        continue;
      }
    }
    index++;
  }
  emitParagraph(scan, paragraphStart, length, paragraph);
  return scan.quotes;
}

/**
 * Records the run of apostrophes at `index` and returns the offset after it. Two apostrophes
 * are one straight double mark (`''`); in a run of three, the single one is taken to be the
 * inner mark: last when it closes (`…them,'''`), first otherwise.
 */
function pushApostrophes(text: string, index: number, marks: MarkBuffer): number {
  let end = index + 1;
  while (end < text.length && text.charCodeAt(end) === 0x27) end++;
  let count = end - index;
  let position = index;
  if (count % 2 === 1) {
    const closing = index > 0 && !isSpace(text.charCodeAt(index - 1));
    if (closing || count === 1) {
      marks.push(position, MARK.apostrophe);
      position++;
    }
    count--;
  }
  for (; count >= 2; count -= 2, position += 2) marks.push(position, MARK.twoApostrophes);
  if (position < end) marks.push(position, MARK.apostrophe);
  return end;
}

/** One run of {@link findQuotes}: its input, options, and what it carries from paragraph to paragraph. */
interface Scan {
  readonly text: string;
  readonly singleQuotes: boolean;
  readonly minLength: number;
  /** The marks of the paragraph being read. */
  readonly marks: MarkBuffer;
  /** The quotations found so far. */
  readonly quotes: Quote[];
  /** The last quotation found, for the utterance rules. */
  previous: PreviousSegment | null;
  /** Number of utterances so far (the next utterance id). */
  utterances: number;
}

/** Pairs the marks of the paragraph `[from, to)`, adds its quotations and empties `scan.marks`. */
function emitParagraph(scan: Scan, from: number, to: number, paragraph: number): void {
  const { text, marks } = scan;
  if (marks.count === 0) return;
  let contentStart = from;
  while (contentStart < to && isSpace(text.charCodeAt(contentStart))) contentStart++;
  let contentEnd = to;
  while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
  const pairs = pairMarks(text, marks, contentStart, contentEnd, scan.singleQuotes);
  marks.count = 0;
  for (const pair of pairs) {
    const quote = toQuote(scan, pair, paragraph, contentStart, contentEnd);
    if (quote) scan.quotes.push(quote);
  }
}

/** Builds the quotation of one mark pair, or `null` when it has no words. */
function toQuote(scan: Scan, pair: MarkPair, paragraph: number, contentStart: number, contentEnd: number): Quote | null {
  const text = scan.text;
  let start = pair.open + markLength(pair.openCode);
  let end = pair.close >= 0 ? pair.close : pair.end;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end - start < scan.minLength || !hasWordCharacter(text, start, end)) return null;

  const open: QuoteMark = { mark: text.slice(pair.open, pair.open + markLength(pair.openCode)), offset: pair.open };
  const closeEnd = pair.close >= 0 ? pair.close + markLength(pair.closeCode) : -1;
  const close: QuoteMark | null = pair.close >= 0 ? { mark: text.slice(pair.close, closeEnd), offset: pair.close } : null;
  const level = markLevel(pair.openCode) === SINGLE ? 'single' : 'double';
  const previous = scan.previous;
  const link = previous
    ? continuesUtterance(text, previous, pair, paragraph, contentStart, level)
    : 'none';
  let utterance: number;
  let segment: number;
  if (previous && link !== 'none') {
    utterance = previous.utterance;
    segment = previous.segment + 1;
  } else {
    utterance = scan.utterances++;
    segment = 0;
  }
  let kind: QuoteKind = classifyQuote(text, pair, start, end, contentStart, contentEnd);
  if (previous && link === 'split' && previous.kind === 'full') kind = 'full';
  const quote: Quote = {
    start,
    end,
    text: text.slice(start, end),
    open,
    close,
    paragraph,
    kind,
    utterance,
    segment,
    level,
  };
  scan.previous = {
    utterance,
    segment,
    paragraph,
    level,
    kind,
    start,
    end,
    close: pair.close,
    closeEnd,
    reachedParagraphEnd: pair.close < 0 && pair.end >= contentEnd,
  };
  return quote;
}

/** Whether `text[start, end)` holds anything but white space (paragraphs of white space are not counted). */
function hasContent(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (!isSpace(text.charCodeAt(index))) return true;
  }
  return false;
}

/** Whether `text[start, end)` holds a letter or digit (any script). */
function hasWordCharacter(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (isWordCharacter(text.charCodeAt(index))) return true;
  }
  return false;
}

