/**
 * One checker for the invariants every quotecheck result must keep, whatever the input.
 * Each `check…` function throws an {@link InvariantError} naming the broken rule, the record
 * and a short excerpt of the input; it returns nothing when all is well, so tests can call
 * it inside `fc.assert(fc.property(…))` or plain `test`s, and scripts can call it too.
 *
 * The rules come from `src/types.ts` (the contract) and the project brief:
 * - a span is `{start, end, text}` with integer offsets, `0 ≤ start ≤ end ≤ input.length`,
 *   `text === input.slice(start, end)`, and neither offset splits a surrogate pair;
 * - quotations come in document order and do not overlap; their marks are really in the
 *   input, outside the quoted words; utterance ids run 0, 1, 2 … in order of first
 *   appearance and segments count 0, 1, 2 … within each utterance;
 * - an attributed quotation's speaker mention and cue are spans of the input; confidence is
 *   a finite number in [0, 1]; no speaker means no method and confidence 0;
 * - a verification's score is in [0, 1], its passages are spans of the reference they name,
 *   and its diff steps are well-formed (`equal` steps hold the same letters on both sides).
 */
import type {
  AttributedQuote,
  DiffOp,
  Passage,
  Quote,
  Reference,
  Span,
  Verification,
} from '../../src/types.js';

/** Thrown by the checkers when a result breaks an invariant. */
export class InvariantError extends Error {
  override name = 'InvariantError';
}

/** A short, escaped excerpt of `text` around `offset` for error messages. */
export function excerpt(text: string, offset = 0, radius = 30): string {
  const from = Math.max(0, offset - radius);
  const to = Math.min(text.length, offset + radius);
  return `${JSON.stringify(text.slice(from, to))} (offset ${offset} of ${text.length})`;
}

function fail(rule: string, input: string, offset: number, record?: unknown): never {
  const shown = record === undefined ? '' : `\n  record: ${JSON.stringify(record, null, 0)?.slice(0, 400)}`;
  throw new InvariantError(`${rule}\n  input: ${excerpt(input, offset)}${shown}`);
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Whether cutting `text` at `offset` separates a high surrogate from the low surrogate after it. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Whether `value` is a finite number in [0, 1]. */
export function isUnitInterval(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}

/** Checks that `span` is a well-formed span of `input`; `what` names it in the error. */
export function checkSpan(input: string, span: Span | null | undefined, what: string): void {
  if (span === null || typeof span !== 'object') fail(`${what}: not a span object (${String(span)})`, input, 0);
  const { start, end, text } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) fail(`${what}: offsets must be integers`, input, 0, span);
  if (start < 0 || end > input.length || start > end) {
    fail(`${what}: offsets outside the input or reversed (${start}..${end})`, input, Math.max(0, start), span);
  }
  if (typeof text !== 'string' || text !== input.slice(start, end)) {
    fail(`${what}: text !== input.slice(start, end)`, input, start, span);
  }
  if (splitsSurrogatePair(input, start)) fail(`${what}: start splits a surrogate pair`, input, start, span);
  if (splitsSurrogatePair(input, end)) fail(`${what}: end splits a surrogate pair`, input, end, span);
}

const QUOTE_KINDS = new Set(['full', 'partial', 'block']);
const LEVELS = new Set(['double', 'single']);

/** Checks one quotation mark: `mark` must be the input's text at `offset`. */
function checkMark(input: string, quote: Quote, side: 'open' | 'close'): void {
  const mark = quote[side];
  if (mark === null) {
    if (side === 'open') fail('quote: `open` must not be null', input, quote.start, quote);
    return;
  }
  if (typeof mark !== 'object' || typeof mark.mark !== 'string' || mark.mark.length === 0) {
    fail(`quote.${side}: not a quote mark record`, input, quote.start, quote);
  }
  if (!Number.isInteger(mark.offset) || mark.offset < 0 || mark.offset + mark.mark.length > input.length) {
    fail(`quote.${side}: offset outside the input`, input, quote.start, quote);
  }
  if (input.slice(mark.offset, mark.offset + mark.mark.length) !== mark.mark) {
    fail(`quote.${side}: the mark is not at its offset`, input, mark.offset, quote);
  }
  if (side === 'open' && mark.offset + mark.mark.length > quote.start) {
    fail('quote.open: the opening mark must end at or before the quoted words', input, mark.offset, quote);
  }
  if (side === 'close' && mark.offset < quote.end) {
    fail('quote.close: the closing mark must start at or after the end of the quoted words', input, mark.offset, quote);
  }
}

/** Checks every quotation of `findQuotes(input)` (or the quotation part of attributed ones). */
export function checkQuotes(input: string, quotes: readonly Quote[]): void {
  if (!Array.isArray(quotes)) fail('result must be an array', input, 0, quotes);
  let previousEnd = 0;
  let previousParagraph = 0;
  const segments = new Map<number, number>();
  quotes.forEach((quote, i) => {
    checkSpan(input, quote, `quote[${i}]`);
    if (quote.start < previousEnd) fail(`quote[${i}]: overlaps or precedes quote[${i - 1}]`, input, quote.start, quote);
    previousEnd = quote.end;
    checkMark(input, quote, 'open');
    checkMark(input, quote, 'close');
    if (!QUOTE_KINDS.has(quote.kind)) fail(`quote[${i}]: unknown kind`, input, quote.start, quote);
    if (!LEVELS.has(quote.level)) fail(`quote[${i}]: unknown level`, input, quote.start, quote);
    if (!Number.isInteger(quote.paragraph) || quote.paragraph < previousParagraph) {
      fail(`quote[${i}]: paragraph must be an integer that never decreases`, input, quote.start, quote);
    }
    previousParagraph = quote.paragraph;
    if (!Number.isInteger(quote.utterance) || quote.utterance < 0 || quote.utterance > segments.size) {
      fail(`quote[${i}]: utterance ids must run 0, 1, 2 … in order of first appearance`, input, quote.start, quote);
    }
    const expectedSegment = segments.get(quote.utterance) ?? 0;
    if (quote.segment !== expectedSegment) {
      fail(`quote[${i}]: segment ${quote.segment}, expected ${expectedSegment} within utterance ${quote.utterance}`, input, quote.start, quote);
    }
    segments.set(quote.utterance, expectedSegment + 1);
  });
}

const SPEAKER_KINDS = new Set(['person', 'organization', 'descriptor']);

/** Checks every record of `attributeQuotes(input)`: the quotation invariants plus speaker, cue and confidence. */
export function checkAttributedQuotes(input: string, quotes: readonly AttributedQuote[]): void {
  checkQuotes(input, quotes);
  quotes.forEach((quote, i) => {
    if (!isUnitInterval(quote.confidence)) fail(`attributed[${i}]: confidence must be in [0, 1]`, input, quote.start, quote);
    if (quote.cue !== null) checkSpan(input, quote.cue, `attributed[${i}].cue`);
    if (quote.speaker === null) {
      if (quote.method !== null) fail(`attributed[${i}]: method must be null without a speaker`, input, quote.start, quote);
      if (quote.confidence !== 0) fail(`attributed[${i}]: confidence must be 0 without a speaker`, input, quote.start, quote);
      return;
    }
    const { speaker } = quote;
    if (typeof speaker.name !== 'string' || speaker.name.trim() === '') {
      fail(`attributed[${i}].speaker: name must be a non-empty string`, input, quote.start, quote);
    }
    if (!SPEAKER_KINDS.has(speaker.kind)) fail(`attributed[${i}].speaker: unknown kind`, input, quote.start, quote);
    checkSpan(input, speaker.mention, `attributed[${i}].speaker.mention`);
    if (typeof quote.method !== 'string' || quote.method === '') {
      fail(`attributed[${i}]: a speaker needs the method that found it`, input, quote.start, quote);
    }
  });
}

const VERDICTS = new Set(['verbatim', 'normalized', 'elided', 'altered', 'not-found']);
const SPEAKER_CHECKS = new Set(['match', 'mismatch', 'unknown']);
const DIFF_OPS = new Set(['equal', 'insert', 'delete', 'replace']);

function checkPassage(passage: Passage, references: ReadonlyMap<string, string>, what: string): void {
  const text = references.get(passage.id);
  if (text === undefined) throw new InvariantError(`${what}: names an unknown reference id ${JSON.stringify(passage.id)}`);
  checkSpan(text, passage, what);
  if (passage.speaker !== null && typeof passage.speaker !== 'string') {
    throw new InvariantError(`${what}: speaker must be a string or null`);
  }
}

/** A diff step's words compared as the verifier compares them: case, punctuation and hyphens aside. */
function wordsKey(words: readonly string[]): string {
  return words.join('').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function checkDiffOp(op: DiffOp, i: number): void {
  const where = `diff[${i}] ${JSON.stringify(op)?.slice(0, 200)}`;
  if (!DIFF_OPS.has(op.op)) throw new InvariantError(`${where}: unknown op`);
  if (!Array.isArray(op.quote) || !Array.isArray(op.reference)) throw new InvariantError(`${where}: words must be arrays`);
  if (op.op === 'insert' && (op.reference.length !== 0 || op.quote.length === 0)) throw new InvariantError(`${where}: insert needs quote words only`);
  if (op.op === 'delete' && (op.quote.length !== 0 || op.reference.length === 0)) throw new InvariantError(`${where}: delete needs reference words only`);
  if (op.op === 'replace' && (op.quote.length === 0 || op.reference.length === 0)) throw new InvariantError(`${where}: replace needs words on both sides`);
  // `e-mail` may stand equal to `email`: the same letters, whatever the split into words.
  if (op.op === 'equal' && (op.quote.length === 0 || wordsKey(op.quote) !== wordsKey(op.reference))) {
    throw new InvariantError(`${where}: equal with different words`);
  }
}

/**
 * Checks one verification. `quote` is the text that was verified (when known);
 * `references` are the texts the index was built from, to check passages against.
 */
export function checkVerification(
  verification: Verification,
  references: Iterable<Reference> | ReadonlyMap<string, string>,
  quote?: string,
): void {
  const texts =
    references instanceof Map ? (references as ReadonlyMap<string, string>) : new Map(Array.from(references as Iterable<Reference>, (r) => [r.id, r.text]));
  const where = `verification of ${JSON.stringify(verification.quote)?.slice(0, 80)}`;
  if (quote !== undefined && verification.quote !== quote) throw new InvariantError(`${where}: quote is not the text verified`);
  if (!VERDICTS.has(verification.verdict)) throw new InvariantError(`${where}: unknown verdict ${verification.verdict}`);
  if (!SPEAKER_CHECKS.has(verification.speakerCheck)) throw new InvariantError(`${where}: unknown speakerCheck`);
  if (!isUnitInterval(verification.score)) throw new InvariantError(`${where}: score ${verification.score} not in [0, 1]`);
  if (verification.verdict === 'not-found' && verification.reference !== null) {
    throw new InvariantError(`${where}: not-found must have no reference passage`);
  }
  if (verification.verdict === 'verbatim' && verification.reference === null) {
    throw new InvariantError(`${where}: verbatim must name its reference passage`);
  }
  if (verification.reference !== null) checkPassage(verification.reference, texts, `${where}.reference`);
  if (verification.nearest !== null) checkPassage(verification.nearest, texts, `${where}.nearest`);
  if (!Array.isArray(verification.diff)) throw new InvariantError(`${where}: diff must be an array`);
  verification.diff.forEach(checkDiffOp);
  if (verification.quoteSpeaker !== null && typeof verification.quoteSpeaker !== 'string') {
    throw new InvariantError(`${where}: quoteSpeaker must be a string or null`);
  }
}

/** Whether `text` is well-formed UTF-16 (no lone surrogate). */
export function isWellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHigh(code)) {
      if (!isLow(text.charCodeAt(i + 1))) return false;
      i += 1;
    } else if (isLow(code)) {
      return false;
    }
  }
  return true;
}
