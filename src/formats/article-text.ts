/**
 * Article input: plain text, HTML or Markdown, reduced to the text quotecheck reads, with a map
 * from every offset of that text back to the source.
 *
 * @module
 */
import { assertString, assertText } from '../errors.js';
import { assertWithinBudget, MAX_ARTICLE_LENGTH, MAX_MARKDOWN_LENGTH } from '../limits.js';
import { htmlText } from './html.js';
import { lineIndex, type SourcePoint } from './line-index.js';
import { markdownText } from './markdown.js';
import type { MappedText } from './text-builder.js';

export type { SourcePoint } from './line-index.js';

/** The formats an article can come in. */
export type ArticleFormat = 'text' | 'html' | 'markdown';

/** The formats {@link articleText} accepts, in a fixed order. */
export const articleFormats: readonly ArticleFormat[] = Object.freeze(['text', 'html', 'markdown']);

/** An article reduced to its text, with the way back to its source. */
export interface ArticleText {
  /** The format the source was read as. */
  readonly format: ArticleFormat;
  /** The article's text: paragraphs separated by blank lines; for `text`, the source itself. */
  readonly text: string;
  /**
   * Maps an offset of `text` to its place in the source. With `side: 'end'` the offset is read as
   * the end of a span (just past the source of the character before it), so a span
   * `[start, end)` of `text` covers `[toSource(start).offset, toSource(end, 'end').offset)` of the source.
   */
  toSource(offset: number, side?: 'start' | 'end'): SourcePoint;
}

/**
 * Returns the format a file name implies: `.html`/`.htm`/`.xhtml` → `html`, `.md`/`.markdown` →
 * `markdown`, anything else `text`.
 *
 * @param path A file name or path.
 * @returns The format.
 */
export function formatFromPath(path: string): ArticleFormat {
  assertString(path, 'path', 'formatFromPath', 'a file name or path');
  const extension = /\.([A-Za-z]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html';
  if (extension === 'md' || extension === 'markdown' || extension === 'mdown' || extension === 'mkd') return 'markdown';
  return 'text';
}

/**
 * Reduces an article in plain text, HTML or Markdown to its text.
 *
 * HTML: the first `<article>` (else `<main>`, else `<body>`) without scripts, styles, templates,
 * `nav`, `header`, `footer` and `aside`; block elements become paragraphs separated by blank
 * lines, `<br>` a line break, runs of white space one space, character references are decoded.
 * Markdown: the text of paragraphs, headings, list items, block quotes and table cells, without
 * code blocks or raw HTML. Plain text is returned as it is.
 *
 * @param source The article as it was written.
 * @param format Its format (default: `'text'`).
 * @returns The text and the map back to `source`.
 * @throws {TypeError} When `source` is not a string.
 * @throws {RangeError} When `format` is not one of {@link articleFormats}, or `source` is longer than
 *   {@link MAX_ARTICLE_LENGTH} code units ({@link MAX_MARKDOWN_LENGTH} for Markdown), refused before any work.
 */
export function articleText(source: string, format: ArticleFormat = 'text'): ArticleText {
  assertText(source, 'source', 'articleText');
  if (!articleFormats.includes(format)) {
    throw new RangeError(`articleText: \`format\` must be one of 'text', 'html', 'markdown', got ${JSON.stringify(format)}`);
  }
  if (format === 'markdown') assertWithinBudget(source.length, MAX_MARKDOWN_LENGTH, 'MAX_MARKDOWN_LENGTH', 'source', 'articleText');
  else assertWithinBudget(source.length, MAX_ARTICLE_LENGTH, 'MAX_ARTICLE_LENGTH', 'source', 'articleText');
  const toPoint = lineIndex(source);
  if (format === 'text') {
    return { format, text: source, toSource: (offset) => toPoint(offset) };
  }
  const mapped = format === 'html' ? htmlText(source) : markdownText(source);
  return { format, text: mapped.text, toSource: (offset, side = 'start') => toPoint(sourceOffset(mapped, offset, side)) };
}

function sourceOffset(mapped: MappedText, offset: number, side: 'start' | 'end'): number {
  const length = mapped.text.length;
  if (length === 0) return 0;
  const at = Math.max(0, Math.min(length, Math.trunc(offset) || 0));
  if (side === 'end' && at > 0) return mapped.ends[at - 1] ?? 0;
  if (at === length) return mapped.ends[length - 1] ?? 0;
  return mapped.starts[at] ?? 0;
}

