import type { Quote } from '../types.js';

/** Options for {@link findQuotes}. */
export interface FindQuotesOptions {}

/**
 * Finds every direct quotation in `text`, in document order. (Stub: being implemented.)
 *
 * @param text The article text.
 * @param options Options.
 * @returns The quotations.
 */
export function findQuotes(text: string, options?: FindQuotesOptions): Quote[] {
  void text;
  void options;
  return [];
}
