/**
 * The machine-readable reports: one JSON document for an article, and JSON Lines records for
 * batches. See `docs/output-format.md`.
 *
 * @module
 */
import { assertArticleCheck, assertString } from '../errors.js';
import type { ArticleFormat } from '../formats/article-text.js';
import type { ArticleCheck, CheckedQuote } from './check-article.js';

/** The `--json` document for one article. */
export interface JsonReport {
  /** The article's name (its path, or `-` for standard input). */
  readonly article: string;
  /** The format it was read as. */
  readonly format: ArticleFormat;
  /** Whether the quotations were verified. */
  readonly verified: boolean;
  /** The checked quotations, in document order. */
  readonly quotes: readonly CheckedQuote[];
}

/** One output line of a batch: the quotations of the input line with the same `id`. */
export interface JsonlRecord {
  /** The input line's `id`. */
  readonly id: unknown;
  /** The checked quotations, in document order. */
  readonly quotes: readonly CheckedQuote[];
}

/** One output line of a batch for an input line that could not be read or checked. */
export interface JsonlError {
  /** The input line's `id`, or `null` when it has none or could not be parsed. */
  readonly id: unknown;
  /** What went wrong, naming the input line. */
  readonly error: string;
}

/**
 * Builds the JSON document for one checked article.
 *
 * @param check The checked article.
 * @param article Its name.
 * @returns The document (pass it to `JSON.stringify`).
 */
export function jsonReport(check: ArticleCheck, article: string): JsonReport {
  assertArticleCheck(check, 'check', 'jsonReport');
  assertString(article, 'article', 'jsonReport', "the article's name");
  return { article, format: check.format, verified: check.verified, quotes: check.quotes };
}

/**
 * Renders one batch output line (no trailing newline).
 *
 * @param id The input line's id.
 * @param check The checked article.
 * @returns The JSON text of a {@link JsonlRecord}.
 */
export function jsonlRecord(id: unknown, check: ArticleCheck): string {
  assertArticleCheck(check, 'check', 'jsonlRecord');
  const record: JsonlRecord = { id, quotes: check.quotes };
  return JSON.stringify(record);
}

/**
 * Renders one batch error line (no trailing newline).
 *
 * @param id The input line's id, or `null`.
 * @param error What went wrong.
 * @returns The JSON text of a {@link JsonlError}.
 */
export function jsonlError(id: unknown, error: string): string {
  assertString(error, 'error', 'jsonlError', 'what went wrong');
  const record: JsonlError = { id: id ?? null, error };
  return JSON.stringify(record);
}
