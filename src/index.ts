/**
 * quotecheck: find direct quotations in news articles, attribute them to their speakers,
 * and verify them against reference texts.
 *
 * @module
 */
export type * from './types.js';
export { findQuotes, type FindQuotesOptions } from './extract/find-quotes.js';
export { attributeQuotes, type AttributeOptions } from './attribute/attribute-quotes.js';
export { attribute } from './attribute/attribute.js';
export { DEFAULT_SIEVES, type SieveName } from './attribute/sieves/index.js';
export { ReferenceIndex, type ReferenceIndexOptions, type ReferenceIndexStats } from './verify/reference-index.js';
export type { ReferenceMatch } from './verify/titles.js';
export {
  articleText,
  articleFormats,
  formatFromPath,
  type ArticleFormat,
  type ArticleText,
  type SourcePoint,
} from './formats/article-text.js';
export {
  checkArticle,
  type ArticleCheck,
  type CheckArticleOptions,
  type CheckedQuote,
  type SourcePosition,
} from './report/check-article.js';
export { quoteProblems, quoteProblemsOf, type QuoteProblem } from './report/summary.js';
export { renderText, type TextReportOptions } from './report/text.js';
export { jsonReport, jsonlRecord, jsonlError, type JsonReport, type JsonlRecord, type JsonlError } from './report/json.js';
export { renderHtml, type HtmlReportOptions } from './report/html.js';
export {
  MAX_ARTICLE_LENGTH,
  MAX_INPUT_BYTES,
  MAX_JSONL_LINE_BYTES,
  MAX_MARKDOWN_LENGTH,
  MAX_QUOTE_LENGTH,
  MAX_REFERENCES_LENGTH,
} from './limits.js';
export { default as retextQuotecheck, type QuotecheckOptions, type QuotecheckData } from './plugin.js';
