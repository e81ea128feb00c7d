import type { AttributedQuote, Reference, Verification } from '../types.js';

/** Options for {@link ReferenceIndex}. */
export interface ReferenceIndexOptions {}

/**
 * A searchable collection of reference texts. (Stub: being implemented.)
 */
export class ReferenceIndex {
  /**
   * Creates an index over `references`.
   *
   * @param references The reference texts.
   * @param options Options.
   */
  constructor(references: Iterable<Reference>, options?: ReferenceIndexOptions) {
    void references;
    void options;
  }

  /**
   * Verifies one quotation.
   *
   * @param quote The quotation's words, or an attributed quotation.
   * @returns The verification.
   */
  verify(quote: string | AttributedQuote): Verification {
    const text = typeof quote === 'string' ? quote : quote.text;
    return {
      quote: text,
      verdict: 'not-found',
      reference: null,
      nearest: null,
      diff: [],
      score: 0,
      speakerCheck: 'unknown',
      quoteSpeaker: null,
    };
  }

  /**
   * Verifies many quotations.
   *
   * @param quotes The quotations.
   * @returns One verification per quotation, in order.
   */
  verifyAll(quotes: Iterable<string | AttributedQuote>): Verification[] {
    return Array.from(quotes, (q) => this.verify(q));
  }
}
