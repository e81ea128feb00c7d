/**
 * Small facts about checked quotations shared by the renderers: speakers in order of first
 * appearance, the flags a quotation raises, shortened quote text.
 *
 * @module
 */
import { assertQuoteRecord } from '../errors.js';
import type { CheckedQuote } from './check-article.js';

/** A problem a checked quotation can have; the names `--fail-on` and the plugin's rules use. */
export type QuoteProblem = 'unattributed' | 'altered' | 'not-found' | 'misattributed';

/** Every {@link QuoteProblem}, in a fixed order. */
export const quoteProblems: readonly QuoteProblem[] = Object.freeze(['unattributed', 'altered', 'not-found', 'misattributed']);

/**
 * Lists the problems of one checked quotation. A quotation is `unattributed` when it has no
 * speaker and is a full sentence or block (partial quotations without speakers are mostly
 * titles and scare quotes); `altered` and `not-found` come from its verdict; `misattributed`
 * when the reference gives the words to someone else.
 *
 * @param quote The checked quotation.
 * @returns Its problems, in the order of {@link quoteProblems}.
 */
export function quoteProblemsOf(quote: CheckedQuote): QuoteProblem[] {
  assertQuoteRecord(quote, 'quote', 'quoteProblemsOf');
  const problems: QuoteProblem[] = [];
  if (quote.speaker === null && quote.kind !== 'partial') problems.push('unattributed');
  const verification = quote.verification;
  if (verification?.verdict === 'altered') problems.push('altered');
  if (verification?.verdict === 'not-found') problems.push('not-found');
  if (verification?.speakerCheck === 'mismatch') problems.push('misattributed');
  return problems;
}

/** Speaker names in order of first appearance (index = colour number in reports). */
export function speakersInOrder(quotes: readonly CheckedQuote[]): string[] {
  const names: string[] = [];
  for (const quote of quotes) {
    const name = quote.speaker?.name;
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}

/** Shortens `text` to at most `max` characters at a word boundary, marking the cut with `…`. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = flat.slice(0, Math.max(1, max - 1));
  const space = cut.lastIndexOf(' ');
  if (space > max / 2) cut = cut.slice(0, space);
  // Never end on half a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
