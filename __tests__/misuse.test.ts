/**
 * Misuse of the public API throws at once, with a `TypeError` (wrong type, unknown option) or a
 * `RangeError` (a value out of range), whose message names the function, the argument and what
 * was expected. Problems in the *text* never throw (see `hostile.test.ts`).
 */
import * as api from '../src/index.js';
import {
  attributeQuotes,
  articleText,
  checkArticle,
  findQuotes,
  formatFromPath,
  jsonlError,
  jsonlRecord,
  jsonReport,
  quoteProblemsOf,
  ReferenceIndex,
  renderHtml,
  renderText,
  retextQuotecheck,
} from '../src/index.js';

type ErrorClass = typeof TypeError | typeof RangeError;

/** A call that must throw `kind` with a message naming `fn` and `argument` and saying what was expected. */
type Misuse = [description: string, call: () => unknown, kind: ErrorClass, fn: string, argument: string];

function expectMisuse(call: () => unknown, kind: ErrorClass, fn: string, argument: string): void {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(kind);
  // The exact class, not a subclass or the other one of the pair.
  expect((thrown as Error).constructor).toBe(kind);
  const message = (thrown as Error).message;
  expect(message).toContain(fn);
  expect(message).toContain(argument);
  expect(message).toMatch(/must|expected|one of|not a |outside/);
}

const references = [{ id: 'speech', text: 'We will build the bridge, and we will build it on time.', speaker: 'Elena Ortiz' }];
const anyValue = (value: unknown): never => value as never;

describe('findQuotes', () => {
  test.each<Misuse>([
    ['a number as text', () => findQuotes(anyValue(42)), TypeError, 'findQuotes', '`text`'],
    ['null as text', () => findQuotes(anyValue(null)), TypeError, 'findQuotes', '`text`'],
    ['no text at all', () => (findQuotes as unknown as () => unknown)(), TypeError, 'findQuotes', '`text`'],
    ['a String object', () => findQuotes(anyValue(new String('"Hi," he said.'))), TypeError, 'findQuotes', '`text`'],
    ['options that are not an object', () => findQuotes('x', anyValue('strict')), TypeError, 'findQuotes', '`options`'],
    ['an unknown option', () => findQuotes('x', anyValue({ singleQuote: true })), TypeError, 'findQuotes', 'singleQuote'],
    ['a non-boolean singleQuotes', () => findQuotes('x', anyValue({ singleQuotes: 'yes' })), TypeError, 'findQuotes', 'singleQuotes'],
    ['a negative minLength', () => findQuotes('x', { minLength: -1 }), RangeError, 'findQuotes', 'minLength'],
    ['a fractional minLength', () => findQuotes('x', { minLength: 1.5 }), RangeError, 'findQuotes', 'minLength'],
    ['NaN minLength', () => findQuotes('x', { minLength: Number.NaN }), RangeError, 'findQuotes', 'minLength'],
  ])('%s', (_description, call, kind, fn, argument) => expectMisuse(call, kind, fn, argument));
});

describe('attributeQuotes', () => {
  test.each<Misuse>([
    ['a number as text', () => attributeQuotes(anyValue(42)), TypeError, 'attributeQuotes', '`text`'],
    ['undefined as text', () => attributeQuotes(anyValue(undefined)), TypeError, 'attributeQuotes', '`text`'],
    ['an array as text', () => attributeQuotes(anyValue(['"Hi," he said.'])), TypeError, 'attributeQuotes', '`text`'],
    ['options that are an array', () => attributeQuotes('x', anyValue([])), TypeError, 'attributeQuotes', '`options`'],
    ['an unknown option', () => attributeQuotes('x', anyValue({ threshold: 0.5 })), TypeError, 'attributeQuotes', 'threshold'],
    ['a negative minConfidence', () => attributeQuotes('x', anyValue({ minConfidence: -0.1 })), RangeError, 'attributeQuotes', 'minConfidence'],
    ['a minConfidence above 1', () => attributeQuotes('x', anyValue({ minConfidence: 1.5 })), RangeError, 'attributeQuotes', 'minConfidence'],
    ['an unknown sieve', () => attributeQuotes('x', anyValue({ sieves: ['telepathy'] })), RangeError, 'attributeQuotes', 'telepathy'],
    ['sieves that are not an array', () => attributeQuotes('x', anyValue({ sieves: 'colon' })), TypeError, 'attributeQuotes', 'sieves'],
  ])('%s', (_description, call, kind, fn, argument) => expectMisuse(call, kind, fn, argument));
});

describe('attribute (quotations already found)', () => {
  const attribute = api.attribute as (text: string, quotes: unknown, options?: unknown) => unknown;
  const text = '"Hi," he said.';
  test.each<Misuse>([
    ['a number as text', () => attribute(anyValue(42), []), TypeError, 'attribute', '`text`'],
    ['quotes that are not an array', () => attribute(text, 42), TypeError, 'attribute', '`quotes`'],
    ['a quote that is not a record', () => attribute(text, [42]), TypeError, 'attribute', 'quotes[0]'],
    ['a quote outside the text', () => attribute(text, findQuotes(text + text).slice(1)), RangeError, 'attribute', 'quotes[0]'],
    ['an unknown option', () => attribute(text, [], { threshold: 1 }), TypeError, 'attribute', 'threshold'],
  ])('%s', (_description, call, kind, fn, argument) => expectMisuse(call, kind, fn, argument));
});

describe('ReferenceIndex', () => {
  const index = (): ReferenceIndex => new ReferenceIndex(references);
  test.each<Misuse>([
    ['null references', () => new ReferenceIndex(anyValue(null)), TypeError, 'ReferenceIndex', '`references`'],
    ['a string as references', () => new ReferenceIndex(anyValue(42)), TypeError, 'ReferenceIndex', '`references`'],
    ['a reference without text', () => new ReferenceIndex(anyValue([{ id: 'a' }])), TypeError, 'ReferenceIndex', 'text'],
    ['a reference whose text is a number', () => new ReferenceIndex(anyValue([{ id: 'a', text: 7 }])), TypeError, 'ReferenceIndex', 'text'],
    ['a reference without id', () => new ReferenceIndex(anyValue([{ text: 'words' }])), TypeError, 'ReferenceIndex', 'id'],
    ['a reference that is a string', () => new ReferenceIndex(anyValue(['words'])), TypeError, 'ReferenceIndex', 'references[0]'],
    ['an unknown option', () => new ReferenceIndex(references, anyValue({ threshold: 0.5 })), TypeError, 'ReferenceIndex', 'threshold'],
    ['a negative minScore', () => new ReferenceIndex(references, anyValue({ minScore: -0.2 })), RangeError, 'ReferenceIndex', 'minScore'],
    ['a minScore above 1', () => new ReferenceIndex(references, anyValue({ minScore: 2 })), RangeError, 'ReferenceIndex', 'minScore'],
    ['verify(42)', () => index().verify(anyValue(42)), TypeError, 'verify', '`quote`'],
    ['verify(null)', () => index().verify(anyValue(null)), TypeError, 'verify', '`quote`'],
    ['verify of an object without text', () => index().verify(anyValue({ speaker: null })), TypeError, 'verify', '`quote`'],
    ['verifyAll(42)', () => index().verifyAll(anyValue(42)), TypeError, 'verifyAll', '`quotes`'],
    ['verifyAll of a list holding a number', () => index().verifyAll(anyValue(['fine', 42])), TypeError, 'verify', 'quote'],
    ['searchReferences(42)', () => index().searchReferences(anyValue(42)), TypeError, 'searchReferences', '`query`'],
    ['searchReferences with a negative limit', () => index().searchReferences('bridge', -1), RangeError, 'searchReferences', '`limit`'],
  ])('%s', (_description, call, kind, fn, argument) => expectMisuse(call, kind, fn, argument));

  test('duplicate reference ids are refused, naming the id', () => {
    expectMisuse(() => new ReferenceIndex([...references, ...references]), TypeError, 'ReferenceIndex', 'speech');
  });

  const load = (data: unknown): unknown => ReferenceIndex.load(anyValue(data));
  test.each<Misuse>([
    ['load(42)', () => load(42), TypeError, 'load', '`data`'],
    ['load of a string', () => load('{"version":1}'), TypeError, 'load', '`data`'],
    ['load of bytes that are not an index', () => load(new Uint8Array(64).fill(120)), TypeError, 'load', 'not a quotecheck index'],
    ['load of too few bytes', () => load(new Uint8Array(8)), RangeError, 'load', 'not a quotecheck index'],
  ])('%s', (_description, call, kind, fn, argument) => expectMisuse(call, kind, fn, argument));

  test('load of a saved index cut short, or with any byte damaged, throws "not a quotecheck index"', () => {
    const saved = (index() as unknown as { save: () => Uint8Array }).save();
    const broken: Uint8Array[] = [saved.slice(0, saved.length - 1), saved.slice(0, 40)];
    for (let at = 0; at < saved.length; at += Math.ceil(saved.length / 16)) {
      const damaged = saved.slice();
      damaged[at] = damaged[at]! ^ 0xff;
      broken.push(damaged);
    }
    for (const bytes of broken) {
      expect(() => load(bytes)).toThrow(/^ReferenceIndex\.load: not a quotecheck index: /);
    }
  });
});

describe('articles, reports and the plugin', () => {
  const check = (): ReturnType<typeof checkArticle> => checkArticle('"We are ready," she said.');
  test.each<Misuse>([
    ['articleText(42)', () => articleText(anyValue(42)), TypeError, 'articleText', '`source`'],
    ['articleText with an unknown format', () => articleText('x', anyValue('pdf')), RangeError, 'articleText', '`format`'],
    ['checkArticle(42)', () => checkArticle(anyValue(42)), TypeError, 'checkArticle', '`source`'],
    ['checkArticle with an unknown option', () => checkArticle('x', anyValue({ verify: true })), TypeError, 'checkArticle', 'verify'],
    ['checkArticle with a bad format', () => checkArticle('x', anyValue({ format: 'docx' })), RangeError, 'format', 'docx'],
    ['renderHtml with a short nonce', () => renderHtml(check(), { nonce: 'abc' }), RangeError, 'renderHtml', 'nonce'],
    ['the plugin with an unknown option', () => retextQuotecheck.call(anyValue({}), anyValue({ refs: [] })), TypeError, 'retextQuotecheck', 'refs'],
    ['the plugin with an index that is not one', () => retextQuotecheck.call(anyValue({}), anyValue({ index: [] })), TypeError, 'retextQuotecheck', 'index'],
    ['the plugin with references that are a number', () => retextQuotecheck.call(anyValue({}), anyValue({ references: 42 })), TypeError, 'ReferenceIndex', '`references`'],
  ])('%s', (_description, call, kind, fn, argument) => expectMisuse(call, kind, fn, argument));

  // Former gaps (issue #6): these threw bare engine TypeErrors ("Cannot read properties of undefined
  // (reading 'length')") or returned something for nothing.
  test.each([
    ['renderText(42)', () => renderText(anyValue(42)), 'renderText', '`check`'],
    ['renderHtml(null)', () => renderHtml(anyValue(null)), 'renderHtml', '`check`'],
    ['formatFromPath(42) (returns `text`)', () => formatFromPath(anyValue(42)), 'formatFromPath', '`path`'],
    ['quoteProblemsOf(42) (returns [])', () => quoteProblemsOf(anyValue(42)), 'quoteProblemsOf', '`quote`'],
    ['jsonReport(42, name) (returns { article })', () => jsonReport(anyValue(42), 'a.txt'), 'jsonReport', '`check`'],
    ['jsonlRecord(id, 42) (drops the quotes)', () => jsonlRecord('a', anyValue(42)), 'jsonlRecord', '`check`'],
    ['jsonlError(id, 42) (writes a number as the error)', () => jsonlError('a', anyValue(42)), 'jsonlError', '`error`'],
    ['renderText with an unknown option (ignored)', () => renderText(checkArticle('x'), anyValue({ colour: true })), 'renderText', 'colour'],
    ['renderHtml with an unknown option (ignored)', () => renderHtml(checkArticle('x'), anyValue({ nonse: 'abcdefgh12' })), 'renderHtml', 'nonse'],
    [
      'checkArticle with an index that is not a ReferenceIndex',
      () => checkArticle('"We are ready," she said.', anyValue({ index: references })),
      'checkArticle',
      'index',
    ],
  ])('%s throws a TypeError naming the argument', (_description, call, fn, argument) => expectMisuse(call, TypeError, fn, argument));

  test.each<Misuse>([
    ['renderText with quoteWidth -5', () => renderText(checkArticle('x'), { quoteWidth: -5 }), RangeError, 'renderText', '`quoteWidth`'],
    ['renderText with quoteWidth 2.5', () => renderText(checkArticle('x'), { quoteWidth: 2.5 }), RangeError, 'renderText', '`quoteWidth`'],
    ['renderText with quoteWidth a string', () => renderText(checkArticle('x'), anyValue({ quoteWidth: '60' })), TypeError, 'renderText', '`quoteWidth`'],
    ['renderText with color a string', () => renderText(checkArticle('x'), anyValue({ color: 'yes' })), TypeError, 'renderText', '`color`'],
    ['renderText with options a string', () => renderText(checkArticle('x'), anyValue('wide')), TypeError, 'renderText', '`options`'],
    ['renderText of a check without quotes', () => renderText(anyValue({ text: 'x' })), TypeError, 'renderText', '`check`'],
    ['renderHtml with quoteWidth (renderHtml has none)', () => renderHtml(checkArticle('x'), anyValue({ quoteWidth: -5 })), TypeError, 'renderHtml', 'quoteWidth'],
    ['renderHtml with name a number', () => renderHtml(checkArticle('x'), anyValue({ name: 42 })), TypeError, 'renderHtml', '`name`'],
    ['renderHtml with a short nonce', () => renderHtml(checkArticle('x'), { nonce: 'abc' }), RangeError, 'renderHtml', '`options.nonce`'],
    ['jsonReport with a number as the name', () => jsonReport(checkArticle('x'), anyValue(42)), TypeError, 'jsonReport', '`article`'],
    ['jsonlRecord(id, null)', () => jsonlRecord('a', anyValue(null)), TypeError, 'jsonlRecord', '`check`'],
    ['formatFromPath(undefined)', () => formatFromPath(anyValue(undefined)), TypeError, 'formatFromPath', '`path`'],
    ['quoteProblemsOf(null)', () => quoteProblemsOf(anyValue(null)), TypeError, 'quoteProblemsOf', '`quote`'],
  ])('%s', (_description, call, kind, fn, argument) => expectMisuse(call, kind, fn, argument));

  test('well-formed calls still answer', () => {
    const check = checkArticle('"We are ready," she said.');
    expect(renderText(check, { quoteWidth: 1, name: 'a.txt', color: false })).toMatch(/^a\.txt: 1 quote, 1 speaker\n.*“W…”/);
    expect(renderHtml(check, { nonce: 'abcdefgh12' })).toContain('abcdefgh12');
    expect(formatFromPath('story.HTM')).toBe('html');
    expect(quoteProblemsOf(check.quotes[0]!)).toEqual([]);
    expect(quoteProblemsOf({ ...check.quotes[0]!, speaker: null })).toEqual(['unattributed']);
    expect(JSON.parse(jsonlError(undefined, 'line 1: bad'))).toEqual({ id: null, error: 'line 1: bad' });
  });
});
