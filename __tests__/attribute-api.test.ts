/**
 * The attribution API: `attribute()` on caller-supplied quotations, the `sieves` option (order,
 * subsets, validation), `minConfidence`, misuse errors, and records that keep their invariants
 * on any string (fast-check).
 */
import fc from 'fast-check';
import { attribute, attributeQuotes, DEFAULT_SIEVES, findQuotes, type Quote } from '../src/index.js';
import { checkAttributedQuotes } from './helpers/invariants.js';

const TEXT = [
  'Talks resumed in Vienna on Monday.',
  '"We are closer than ever," said Foreign Minister Ana Ruiz. "But we are not there yet."',
  '"Nothing is agreed," a senior European diplomat said.',
  'Ruiz later called the proposal "a serious basis for work."',
].join('\n\n');

/** A quotation record for `text.slice(start, end)` between two straight marks. */
function quote(text: string, inner: string, utterance: number, segment = 0): Quote {
  const start = text.indexOf(inner);
  if (start < 1) throw new Error(`${inner} not in text`);
  const end = start + inner.length;
  return {
    start,
    end,
    text: inner,
    open: { mark: text[start - 1] as string, offset: start - 1 },
    close: { mark: text[end] as string, offset: end },
    paragraph: text.slice(0, start).split(/\n\s*\n/).length - 1,
    kind: 'full',
    utterance,
    segment,
    level: 'double',
  };
}

describe('attribute() with caller-supplied quotations', () => {
  const quotes = [
    quote(TEXT, 'Nothing is agreed,', 1),
    quote(TEXT, 'We are closer than ever,', 0, 0),
    quote(TEXT, 'But we are not there yet.', 0, 1),
  ];

  test('returns one record per quotation, in document order', () => {
    const out = attribute(TEXT, quotes);
    expect(out.map((q) => q.text)).toEqual(['We are closer than ever,', 'But we are not there yet.', 'Nothing is agreed,']);
  });

  test.each([
    ['We are closer than ever,', 'Ana Ruiz', 'person'],
    ['But we are not there yet.', 'Ana Ruiz', 'person'],
    ['Nothing is agreed,', 'a senior European diplomat', 'descriptor'],
  ])('%s → %s (%s)', (text, name, kind) => {
    const q = attribute(TEXT, quotes).find((r) => r.text === text);
    expect(q?.speaker?.name).toBe(name);
    expect(q?.speaker?.kind).toBe(kind);
    expect(q?.confidence).toBeGreaterThanOrEqual(0.8);
  });

  test('agrees with attributeQuotes when given findQuotes output', () => {
    expect(attribute(TEXT, findQuotes(TEXT))).toEqual(attributeQuotes(TEXT));
  });

  test('an empty list gives an empty list', () => {
    expect(attribute(TEXT, [])).toEqual([]);
  });
});

describe('the sieves option', () => {
  test('DEFAULT_SIEVES lists the built-in rules in order', () => {
    expect(DEFAULT_SIEVES.slice(0, 3)).toEqual(['titles', 'cue-inside-quote', 'cue-after-quote']);
    expect(DEFAULT_SIEVES).toContain('continuation');
    expect(new Set(DEFAULT_SIEVES).size).toBe(DEFAULT_SIEVES.length);
  });

  test('leaving a sieve out switches its rule off', () => {
    const all = attributeQuotes(TEXT).find((q) => q.text.startsWith('Nothing'));
    expect(all?.method).toBe('cue-after-quote');
    const without = attributeQuotes(TEXT, { sieves: DEFAULT_SIEVES.filter((s) => s !== 'cue-after-quote') }).find((q) =>
      q.text.startsWith('Nothing'),
    );
    expect(without?.method).not.toBe('cue-after-quote');
  });

  test('an empty sieve list attributes nothing', () => {
    const out = attributeQuotes(TEXT, { sieves: [] });
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((q) => q.speaker === null && q.method === null && q.confidence === 0)).toBe(true);
  });

  test('the order decides which rule links a quotation', () => {
    const text = 'Ruiz said, according to a senior official, that the plan was "a serious basis."';
    const before = attributeQuotes(text, { sieves: ['cue-before-quote', 'according-to'] })[0];
    const according = attributeQuotes(text, { sieves: ['according-to', 'cue-before-quote'] })[0];
    expect(before?.method).toBe('cue-before-quote');
    expect(according?.method).toBe('according-to');
  });

  test('minConfidence drops attributions below it', () => {
    const low = attributeQuotes(TEXT, { minConfidence: 0 });
    const high = attributeQuotes(TEXT, { minConfidence: 0.99 });
    expect(low.some((q) => q.speaker !== null)).toBe(true);
    expect(high.every((q) => q.speaker === null || q.confidence >= 0.99)).toBe(true);
  });
});

describe('misuse throws with a message naming the argument', () => {
  test.each<[string, () => unknown, ErrorConstructor, RegExp]>([
    ['text not a string', () => attributeQuotes(42 as unknown as string), TypeError, /`text`/],
    ['quotes not an array', () => attribute('x', 'nope' as unknown as Quote[]), TypeError, /`quotes`/],
    ['a quote not a record', () => attribute('x', [null as unknown as Quote]), TypeError, /`quotes\[0\]`/],
    ['offsets outside the text', () => attribute('ab', [{ ...quote('"ab"', 'ab', 0), end: 99 }]), RangeError, /`quotes\[0\]`/],
    ['unknown option', () => attributeQuotes('x', { speed: 1 } as never), TypeError, /unknown option `speed`/],
    ['options not an object', () => attributeQuotes('x', 'fast' as never), TypeError, /`options`/],
    ['sieves not an array', () => attributeQuotes('x', { sieves: 'pronoun' as never }), TypeError, /`options.sieves`/],
    ['unknown sieve', () => attributeQuotes('x', { sieves: ['telepathy' as never] }), RangeError, /unknown sieve `telepathy`/],
    ['duplicate sieve', () => attributeQuotes('x', { sieves: ['pronoun', 'pronoun'] }), RangeError, /twice/],
    ['minConfidence out of range', () => attributeQuotes('x', { minConfidence: 2 }), RangeError, /`options.minConfidence`/],
  ])('%s', (_name, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});

describe('any string gives valid records (property)', () => {
  const pieces = fc.constantFrom('"', '“', '”', "'", '‘', '’', ' said ', ' he ', ' she said', ', ', '. ', ':', '\n\n', '\n', 'Putin', 'according to ', 'a senior official', 'Mr. ', '\uD800', '😀', 'who ', ' told reporters');
  const prose = fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(''));

  test('attributeQuotes(any string) keeps every invariant', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), prose), (text) => {
        const out = attributeQuotes(text);
        checkAttributedQuotes(text, out);
        for (const q of out) {
          expect(q.confidence).toBeGreaterThanOrEqual(0);
          expect(q.confidence).toBeLessThanOrEqual(1);
          if (q.speaker) expect(text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
        }
      }),
      { numRuns: 400 },
    );
  });
});
