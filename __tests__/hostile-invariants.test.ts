/**
 * The shared invariant checker (`helpers/invariants.ts`) catches each broken rule: a checker
 * that accepts everything would make every property test pass for nothing.
 */
import { attributeQuotes, findQuotes, ReferenceIndex } from '../src/index.js';
import type { AttributedQuote, Quote, Verification } from '../src/types.js';
import { checkAttributedQuotes, checkQuotes, checkSpan, checkVerification, InvariantError, isWellFormed, splitsSurrogatePair } from './helpers/invariants.js';

const TEXT = '“We will finish the bridge by June,” Mayor Elena Ortiz said, “with no delays 👍🏽.”\n\n“Fine,” he said.';
const quotes = findQuotes(TEXT);
const attributed = attributeQuotes(TEXT);
const references = [{ id: 'speech', text: 'We will finish the bridge by June, and there will be no delays.', speaker: 'Elena Ortiz' }];
const verification = new ReferenceIndex(references).verify('We will finish the bridge by June');

type Edit<T> = [rule: string, edit: (records: T[]) => T[]];

const withQuote = (i: number, change: Partial<Record<keyof Quote, unknown>>) => (records: Quote[]) =>
  records.map((quote, k) => (k === i ? ({ ...quote, ...change } as Quote) : quote));

describe('the fixture text gives the checker something to check', () => {
  test('three quotations, the first two one utterance, all attributed, and a verbatim verification', () => {
    expect(quotes.map((quote) => [quote.utterance, quote.segment])).toEqual([[0, 0], [0, 1], [1, 0]]);
    expect(attributed.every((quote) => quote.speaker !== null)).toBe(true);
    expect(verification.verdict).toBe('verbatim');
    expect(() => checkQuotes(TEXT, quotes)).not.toThrow();
    expect(() => checkAttributedQuotes(TEXT, attributed)).not.toThrow();
    expect(() => checkVerification(verification, references, 'We will finish the bridge by June')).not.toThrow();
  });
});

describe('checkQuotes rejects', () => {
  const first = quotes[0]!;
  test.each<Edit<Quote>>([
    ['text that is not the slice', withQuote(0, { text: first.text + ' ' })],
    ['an end past the input', withQuote(2, { end: TEXT.length + 1 })],
    ['a reversed span', withQuote(0, { start: first.end, end: first.start })],
    ['a fractional offset', withQuote(0, { start: first.start + 0.5 })],
    ['an opening mark not at its offset', withQuote(0, { open: { mark: '"', offset: first.open.offset } })],
    ['an opening mark inside the words', withQuote(0, { open: { mark: 'W', offset: first.start } })],
    ['a closing mark before the end', withQuote(0, { close: { mark: 'e', offset: first.end - 1 } })],
    ['an unknown kind', withQuote(0, { kind: 'scare' })],
    ['an unknown level', withQuote(0, { level: 'triple' })],
    ['quotations out of order', (records) => [records[1]!, records[0]!, records[2]!]],
    ['overlapping quotations', (records) => [records[0]!, { ...records[0]!, segment: 1 }, records[2]!]],
    ['a paragraph that goes back', withQuote(0, { paragraph: 1 })],
    ['an utterance id that skips', withQuote(2, { utterance: 2 })],
    ['a segment count that skips', withQuote(1, { segment: 2 })],
  ])('%s', (_rule, edit) => {
    expect(() => checkQuotes(TEXT, edit([...quotes]))).toThrow(InvariantError);
  });

  test('a span that splits a surrogate pair', () => {
    const emoji = TEXT.indexOf('👍');
    expect(splitsSurrogatePair(TEXT, emoji + 1)).toBe(true);
    expect(() => checkSpan(TEXT, { start: emoji + 1, end: emoji + 2, text: TEXT.slice(emoji + 1, emoji + 2) }, 'span')).toThrow(/surrogate/);
    expect(() => checkSpan(TEXT, { start: emoji, end: emoji + 1, text: TEXT.slice(emoji, emoji + 1) }, 'span')).toThrow(/surrogate/);
  });
});

describe('checkAttributedQuotes rejects', () => {
  const change = (change: Partial<Record<keyof AttributedQuote, unknown>>) => (records: AttributedQuote[]) =>
    records.map((quote, k) => (k === 0 ? ({ ...quote, ...change } as AttributedQuote) : quote));
  const speaker = attributed[0]!.speaker!;
  test.each<Edit<AttributedQuote>>([
    ['confidence above 1', change({ confidence: 1.01 })],
    ['confidence NaN', change({ confidence: Number.NaN })],
    ['no speaker but a confidence', change({ speaker: null, method: null, confidence: 0.4 })],
    ['no speaker but a method', change({ speaker: null, method: 'colon', confidence: 0 })],
    ['a speaker without a method', change({ method: null })],
    ['a mention that is not the slice', change({ speaker: { ...speaker, mention: { ...speaker.mention, text: 'Putin' } } })],
    ['a mention past the end', change({ speaker: { ...speaker, mention: { start: 0, end: TEXT.length + 3, text: TEXT } } })],
    ['an empty speaker name', change({ speaker: { ...speaker, name: ' ' } })],
    ['an unknown speaker kind', change({ speaker: { ...speaker, kind: 'robot' } })],
    ['a cue that is not the slice', change({ cue: { start: 0, end: 4, text: 'said' } })],
  ])('%s', (_rule, edit) => {
    expect(() => checkAttributedQuotes(TEXT, edit([...attributed]))).toThrow(InvariantError);
  });
});

test('checkVerification accepts an equal step that splits a hyphenated word (`email` = `e-mail`)', () => {
  const diff = [{ op: 'equal' as const, quote: ['email'], reference: ['e', 'mail'] }];
  expect(() => checkVerification({ ...verification, diff }, references, 'We will finish the bridge by June')).not.toThrow();
});

describe('checkVerification rejects', () => {
  const passage = verification.reference!;
  test.each<[string, Partial<Record<keyof Verification, unknown>>]>([
    ['a score above 1', { score: 1.5 }],
    ['an unknown verdict', { verdict: 'fake' }],
    ['not-found with a passage', { verdict: 'not-found' }],
    ['verbatim without a passage', { reference: null }],
    ['a passage of an unknown reference', { reference: { ...passage, id: 'other' } }],
    ['a passage that is not the slice', { reference: { ...passage, text: passage.text + '!' } }],
    ['an insert with reference words', { diff: [{ op: 'insert', quote: ['a'], reference: ['b'] }] }],
    ['an equal step with different words', { diff: [{ op: 'equal', quote: ['bridge'], reference: ['bride'] }] }],
    ['an equal step with nothing on one side', { diff: [{ op: 'equal', quote: ['a'], reference: [] }] }],
    ['a replace with nothing to replace', { diff: [{ op: 'replace', quote: [], reference: ['b'] }] }],
    ['a speaker check out of the set', { speakerCheck: 'maybe' }],
    ['another quote', { quote: 'something else' }],
  ])('%s', (_rule, change) => {
    expect(() => checkVerification({ ...verification, ...change } as Verification, references, 'We will finish the bridge by June')).toThrow(InvariantError);
  });
});

test.each([
  ['', true],
  ['plain', true],
  ['👍🏽', true],
  ['\ud800', false],
  ['a\udc00b', false],
  ['\ud83d\ud83d', false],
])('isWellFormed(%j) is %s', (text, expected) => {
  expect(isWellFormed(text)).toBe(expected);
});
