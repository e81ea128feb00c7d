import fc from 'fast-check';
import { findQuotes } from '../src/index.js';
import type { Quote } from '../src/types.js';
import { paragraphs } from '../src/text/paragraphs.js';

const RUNS = { numRuns: 400 };

/** Whether cutting `text` at `offset` separates a high surrogate from its low surrogate. */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const high = text.charCodeAt(offset - 1);
  const low = text.charCodeAt(offset);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/**
 * Asserts every invariant of a findQuotes result. Order, overlap and utterance numbering are
 * checked for every quotation; the per-span checks for every `step`-th one (huge results).
 */
function assertValid(text: string, quotes: readonly Quote[], step = 1): void {
  const problems: string[] = [];
  let previousEnd = -1;
  let previousUtterance = -1;
  const segments = new Map<number, number>();
  quotes.forEach((q, index) => {
    if (q.open.offset < previousEnd) problems.push(`quotation ${index} overlaps the one before`);
    previousEnd = q.close ? q.close.offset + q.close.mark.length : q.end;
    if (q.utterance > previousUtterance + 1) problems.push(`quotation ${index}: utterance ${q.utterance} skips a number`);
    previousUtterance = Math.max(previousUtterance, q.utterance);
    const segment = segments.get(q.utterance) ?? 0;
    if (q.segment !== segment) problems.push(`quotation ${index}: segment ${q.segment}, expected ${segment}`);
    segments.set(q.utterance, segment + 1);
  });
  expect(problems).toEqual([]);
  for (let index = 0; index < quotes.length; index += step) {
    const q = quotes[index]!;
    expect(Number.isInteger(q.start) && Number.isInteger(q.end)).toBe(true);
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(q.start).toBeLessThan(q.end);
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(splitsPair(text, q.start)).toBe(false);
    expect(splitsPair(text, q.end)).toBe(false);
    // the marks are where they claim to be, outside the quoted words
    expect(text.slice(q.open.offset, q.open.offset + q.open.mark.length)).toBe(q.open.mark);
    expect(q.open.offset + q.open.mark.length).toBeLessThanOrEqual(q.start);
    if (q.close) {
      expect(text.slice(q.close.offset, q.close.offset + q.close.mark.length)).toBe(q.close.mark);
      expect(q.close.offset).toBeGreaterThanOrEqual(q.end);
    }
    expect(['full', 'partial', 'block']).toContain(q.kind);
    expect(['double', 'single']).toContain(q.level);
  }
}

/** Strings made mostly of quotation marks, apostrophes, spaces and line breaks. */
const markHeavy = fc
  .array(
    fc.constantFrom(
      '"', "'", "''", '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '「', '」', '『', '』',
      ' ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u200b', '\u2029', 'a', 'We', ',', '.', '9', '😀', '\ud800', '\udc00',
    ),
    { maxLength: 200 },
  )
  .map((parts) => parts.join(''));

describe('findQuotes properties', () => {
  test('any unicode string (lone surrogates included) gives valid quotations', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => assertValid(text, findQuotes(text))),
      RUNS,
    );
  });

  test('strings made mostly of marks, apostrophes and line breaks give valid quotations', () => {
    fc.assert(fc.property(markHeavy, (text) => assertValid(text, findQuotes(text))), RUNS);
  });

  test('a quotation never runs past its paragraph', () => {
    fc.assert(
      fc.property(markHeavy, (text) => {
        const spans = paragraphs(text);
        for (const q of findQuotes(text)) {
          const paragraph = spans.find((p) => p.start <= q.open.offset && q.open.offset < p.end);
          expect(paragraph).toBeDefined();
          expect(q.end).toBeLessThanOrEqual(paragraph!.end);
          expect(q.paragraph).toBe(spans.indexOf(paragraph!));
        }
      }),
      RUNS,
    );
  });

  test('CRLF line ends find the same quotations as LF', () => {
    fc.assert(
      fc.property(markHeavy, (text) => {
        const lf = text.replace(/\r\n/g, '\n');
        const crlf = lf.replace(/\n/g, '\r\n');
        expect(findQuotes(crlf).map((q) => q.text.replace(/\r\n/g, '\n'))).toEqual(findQuotes(lf).map((q) => q.text));
      }),
      RUNS,
    );
  });
});

describe('findQuotes adversarial inputs complete with valid results', () => {
  test.each<[string, () => string]>([
    ['100,000 straight double marks', () => '"'.repeat(100_000)],
    ['100,000 apostrophes', () => "'".repeat(100_000)],
    ['100,000 spaced apostrophes', () => "a' 'b ".repeat(100_000)],
    ['100,000 curly openers', () => '“a '.repeat(100_000)],
    ['100,000 unmatched closers', () => 'a” '.repeat(100_000)],
    ['100,000 marks with line breaks', () => '"a\n'.repeat(100_000)],
    ['5 MB paragraph with an unclosed mark', () => `"${'word '.repeat(1_000_000)}`],
    ['5 MB of quotations in one paragraph', () => '"We agree," he said. '.repeat(250_000)],
    ['5 MB of blank-ish lines', () => ' \t\n'.repeat(1_700_000)],
    ['binary garbage', () => Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
    ['lone surrogates between marks', () => '\ud800"\udc00'.repeat(50_000)],
  ])('%s', (_name, build) => {
    const text = build();
    const quotes = findQuotes(text);
    assertValid(text, quotes, Math.max(1, Math.floor(quotes.length / 2000)));
  });
});
