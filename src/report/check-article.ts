/**
 * One article, checked: its text read from the source format, its quotations found and
 * attributed, and (given a reference index) verified. The records every report renders.
 *
 * @module
 */
import { attributeQuotes, type AttributeOptions } from '../attribute/attribute-quotes.js';
import { assertOptions, assertText, invalidOption } from '../errors.js';
import { assertWithinBudget, MAX_ARTICLE_LENGTH, MAX_MARKDOWN_LENGTH } from '../limits.js';
import { articleText, type ArticleFormat, type SourcePoint } from '../formats/article-text.js';
import type { AttributedQuote, Verification } from '../types.js';
import type { ReferenceIndex } from '../verify/reference-index.js';

/** Where a quotation sits in the article's source file (HTML and Markdown input). */
export interface SourcePosition {
  /** The source place of the quotation's first character. */
  readonly start: SourcePoint;
  /** The source place just past its last character. */
  readonly end: SourcePoint;
}

/** An attributed quotation with what checking it found. */
export interface CheckedQuote extends AttributedQuote {
  /** The verification against the references; present when references were given. */
  readonly verification?: Verification;
  /** The quotation's place in the source file; present for HTML and Markdown input, whose text differs from the source. */
  readonly position?: SourcePosition;
}

/** The result of checking one article. */
export interface ArticleCheck {
  /** The format the article was read as. */
  readonly format: ArticleFormat;
  /** The article's text; every offset of `quotes` is an offset into it. */
  readonly text: string;
  /** The quotations, in document order. */
  readonly quotes: readonly CheckedQuote[];
  /** Whether the quotations were verified (references were given). */
  readonly verified: boolean;
}

/** Options for {@link checkArticle}. */
export interface CheckArticleOptions {
  /** The source's format (default: `'text'`). */
  readonly format?: ArticleFormat;
  /** References to verify the quotations against; without it nothing is verified. */
  readonly index?: ReferenceIndex;
  /** Options passed to {@link attributeQuotes}. */
  readonly attribute?: AttributeOptions;
}

const OPTIONS = ['format', 'index', 'attribute'];

/**
 * Checks one article: reads its text, finds and attributes its quotations and, given an
 * `index`, verifies each.
 *
 * @param source The article as written (plain text, HTML or Markdown).
 * @param options The format, the reference index and attribution options.
 * @returns The checked article.
 * @throws {TypeError} When `source` is not a string, or `options` holds an unknown option.
 * @throws {RangeError} When an option has a bad value, or `source` is longer than
 *   {@link MAX_ARTICLE_LENGTH} code units ({@link MAX_MARKDOWN_LENGTH} for Markdown), refused before any work.
 */
export function checkArticle(source: string, options: CheckArticleOptions = {}): ArticleCheck {
  assertText(source, 'source', 'checkArticle');
  assertOptions(options, OPTIONS, 'checkArticle');
  if (options.format === 'markdown') assertWithinBudget(source.length, MAX_MARKDOWN_LENGTH, 'MAX_MARKDOWN_LENGTH', 'source', 'checkArticle');
  else assertWithinBudget(source.length, MAX_ARTICLE_LENGTH, 'MAX_ARTICLE_LENGTH', 'source', 'checkArticle');
  if (options.index !== undefined && typeof (options.index as Partial<ReferenceIndex> | null)?.verify !== 'function') throw invalidOption('checkArticle', 'index', 'a ReferenceIndex', options.index, TypeError);
  const article = articleText(source, options.format ?? 'text');
  const attributed = attributeQuotes(article.text, options.attribute);
  const index = options.index;
  const quotes = attributed.map((quote): CheckedQuote => {
    const checked: { -readonly [K in keyof CheckedQuote]: CheckedQuote[K] } = { ...quote };
    if (index) checked.verification = index.verify(quote);
    if (article.format !== 'text') {
      checked.position = { start: article.toSource(quote.start), end: article.toSource(quote.end, 'end') };
    }
    return checked;
  });
  return { format: article.format, text: article.text, quotes, verified: index !== undefined };
}
