/**
 * Size budgets: the largest inputs quotecheck accepts. Within them, time grows linearly with the
 * input and memory stays under the documented peak (docs/guarantees.md; measured with
 * `npm run bench -- --only memory,scaling`). Past them, the functions throw a `RangeError` at once,
 * before any work or memory is spent, instead of running a machine out of memory (the retext
 * plugin fails the file instead: a fatal vfile message with that `RangeError` as its `cause`).
 *
 * Lengths are UTF-16 code units (`string.length`), the unit of every offset quotecheck returns.
 *
 * @module
 */

/**
 * Longest article text accepted by `findQuotes`, `attributeQuotes`, `attribute`, `articleText`,
 * `checkArticle` and the retext plugin: 10,000,000 code units (about 10 MB of English; a long
 * news article is under 100,000). Measured at this size: `attributeQuotes` 9 s and 0.6 GB peak,
 * `checkArticle` on HTML 17 s and 1.1 GB, so it fits Node's default heap on machines with 4 GB
 * of memory or more. Markdown has a lower budget, {@link MAX_MARKDOWN_LENGTH}.
 */
export const MAX_ARTICLE_LENGTH = 10_000_000;

/**
 * Longest Markdown source `articleText(source, 'markdown')` (and so `checkArticle` and the
 * command line) accepts: 2,000,000 code units. The Markdown parser (remark-parse / micromark)
 * grows faster than linearly on one large document: measured 2.8 s at 2 M, 13 s at 4 M; and
 * `checkArticle` 38 s / 1.1 GB at 5 M, 144 s / 2.1 GB at 10 M.
 */
export const MAX_MARKDOWN_LENGTH = 2_000_000;

/**
 * Longest quotation `ReferenceIndex#verify` accepts (a quotation comes from an article, so no
 * longer than one): {@link MAX_ARTICLE_LENGTH}.
 */
export const MAX_QUOTE_LENGTH = MAX_ARTICLE_LENGTH;

/**
 * Largest reference collection `new ReferenceIndex` accepts, as the sum of the lengths of every
 * reference's `text`: 200,000,000 code units (eight times the 1,023 transcripts of the shared
 * corpus). Measured peak memory: about 0.45 GB to build an index over 100,000,000, about 1 GB
 * with `save` and `load` of it; twice that at the limit.
 */
export const MAX_REFERENCES_LENGTH = 200_000_000;

/**
 * Largest input the command line reads as one article: a file, standard input, or one line of a
 * `--jsonl` batch, in bytes. UTF-8 spends at most 3 bytes on a UTF-16 code unit, so anything
 * larger cannot fit {@link MAX_ARTICLE_LENGTH}; checking the byte size first refuses it before
 * reading it into memory.
 */
export const MAX_INPUT_BYTES = 3 * MAX_ARTICLE_LENGTH;

/**
 * Longest line of a `--jsonl` batch the command line reads, in bytes: JSON may spend 6 bytes on
 * a code unit (`\u0000`), plus 1 MiB for the record's other fields. A longer line is answered
 * with `{"id": null, "error": …}` without being read into memory whole.
 */
export const MAX_JSONL_LINE_BYTES = 6 * MAX_ARTICLE_LENGTH + 2 ** 20;

/**
 * Throws a `RangeError` when `length` exceeds `max`, naming the function, the argument and the
 * budget (`findQuotes: \`text\` is 52,428,800 code units long; at most 10,000,000 are accepted
 * (MAX_ARTICLE_LENGTH)`).
 *
 * @param length The input's length.
 * @param max The budget.
 * @param budget The budget's name in this module.
 * @param argument The argument, as the caller names it (`text`, `quote`, `references`).
 * @param fn The public function.
 */
export function assertWithinBudget(length: number, max: number, budget: string, argument: string, fn: string): void {
  if (length > max) {
    throw new RangeError(
      `${fn}: \`${argument}\` is ${length.toLocaleString('en-US')} code units long; at most ${max.toLocaleString('en-US')} are accepted (${budget})`,
    );
  }
}
