/**
 * quotecheck: find direct quotations in news articles, attribute them to their speakers,
 * and verify them against reference texts.
 *
 * @module
 */
export type * from './types.js';
export { findQuotes, type FindQuotesOptions } from './extract/find-quotes.js';
export { attributeQuotes, type AttributeOptions } from './attribute/attribute-quotes.js';
export { ReferenceIndex, type ReferenceIndexOptions } from './verify/reference-index.js';
