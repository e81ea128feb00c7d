/**
 * Finding and attributing quotations in one call.
 *
 * @module
 */
import { findQuotes } from '../extract/find-quotes.js';
import { assertText } from '../errors.js';
import { assertWithinBudget, MAX_ARTICLE_LENGTH } from '../limits.js';
import type { AttributedQuote } from '../types.js';
import { readOptions, run, type AttributeOptions } from './attribute.js';

export type { AttributeOptions } from './attribute.js';

/**
 * Finds the quotations in `text` (with `findQuotes`) and attributes each to its speaker:
 * `attribute(text, findQuotes(text), options)`.
 *
 * Each result carries the speaker (`name` canonical in the article, `mention` the words the cue
 * points at, `kind`), the cue, the sieve that made the link (`method`) and a calibrated
 * `confidence` (≥ 0.8: precise). Scare quotes, titles and quoted words that no cue governs get
 * `speaker: null`.
 *
 * @example
 * ```ts
 * attributeQuotes('"We need a solution," a senior US official said.')[0]?.speaker
 * // { name: 'a senior US official', mention: { start: 22, end: 42, text: 'a senior US official' }, kind: 'descriptor' }
 * ```
 *
 * @param text The article text.
 * @param options Sieve order and confidence threshold.
 * @returns The attributed quotations, in document order.
 * @throws {TypeError} When `text` is not a string, or `options` holds an unknown option.
 * @throws {RangeError} When an option has a bad value, or `text` is longer than
 *   {@link MAX_ARTICLE_LENGTH} code units (refused before any work).
 */
export function attributeQuotes(text: string, options?: AttributeOptions): AttributedQuote[] {
  assertText(text, 'text', 'attributeQuotes');
  assertWithinBudget(text.length, MAX_ARTICLE_LENGTH, 'MAX_ARTICLE_LENGTH', 'text', 'attributeQuotes');
  const { sieves, minConfidence } = readOptions(options, 'attributeQuotes');
  return run(text, findQuotes(text), sieves, minConfidence);
}
