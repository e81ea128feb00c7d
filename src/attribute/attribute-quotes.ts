import type { AttributedQuote } from '../types.js';

/** Options for {@link attributeQuotes}. */
export interface AttributeOptions {}

/**
 * Finds the quotations in `text` and attributes each to its speaker. (Stub: being implemented.)
 *
 * @param text The article text.
 * @param options Options.
 * @returns The attributed quotations, in document order.
 */
export function attributeQuotes(text: string, options?: AttributeOptions): AttributedQuote[] {
  void text;
  void options;
  return [];
}
