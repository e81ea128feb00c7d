/**
 * The human-readable report: one line per quotation (place, speaker, the quote shortened, the
 * verdict), then a summary line.
 *
 * @module
 */
import { assertArticleCheck, assertOptions, invalidOption } from '../errors.js';
import { lineIndex } from '../formats/line-index.js';
import type { Verdict } from '../types.js';
import type { ArticleCheck, CheckedQuote } from './check-article.js';
import { quoteProblemsOf, shorten, speakersInOrder } from './summary.js';

/** Options for {@link renderText}. */
export interface TextReportOptions {
  /** A name for the article shown in the heading, such as its file path (default: `'article'`). */
  readonly name?: string;
  /** Colour the verdicts with ANSI escape codes (default: `false`). */
  readonly color?: boolean;
  /** Longest quote text shown, in characters: an integer from 1 to 100,000 (default: `60`). */
  readonly quoteWidth?: number;
}

const OPTIONS = ['name', 'color', 'quoteWidth'];

/** Throws on misuse of {@link renderText}: a `check` that is no checked article, unknown or ill-typed options. */
function assertTextReportArguments(check: unknown, options: unknown): asserts options is TextReportOptions {
  assertArticleCheck(check, 'check', 'renderText');
  assertOptions(options, OPTIONS, 'renderText');
  const { name, color, quoteWidth } = (options ?? {}) as Record<string, unknown>;
  if (name !== undefined && typeof name !== 'string') throw invalidOption('renderText', 'name', 'a string', name, TypeError);
  if (color !== undefined && typeof color !== 'boolean') throw invalidOption('renderText', 'color', 'a boolean', color, TypeError);
  if (quoteWidth !== undefined) {
    if (typeof quoteWidth !== 'number') throw invalidOption('renderText', 'quoteWidth', 'a number', quoteWidth, TypeError);
    if (!Number.isInteger(quoteWidth) || quoteWidth < 1 || quoteWidth > 100_000) {
      throw invalidOption('renderText', 'quoteWidth', 'an integer from 1 to 100,000', quoteWidth, RangeError);
    }
  }
}

const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', red: '\u001b[31m', green: '\u001b[32m', yellow: '\u001b[33m', magenta: '\u001b[35m' };

const VERDICT_COLOR: Record<Verdict, string> = {
  verbatim: ANSI.green,
  normalized: ANSI.green,
  elided: ANSI.green,
  altered: ANSI.yellow,
  'not-found': ANSI.red,
};

/**
 * Renders a checked article as plain text for a terminal.
 *
 * @param check The checked article.
 * @param options The article's name, colour and width.
 * @returns The report, ending with a newline.
 */
export function renderText(check: ArticleCheck, options: TextReportOptions = {}): string {
  assertTextReportArguments(check, options);
  const paint = (code: string, text: string): string => (options.color ? `${code}${text}${ANSI.reset}` : text);
  const width = options.quoteWidth ?? 60;
  const toPoint = lineIndex(check.text);
  const speakers = speakersInOrder(check.quotes);
  // Loops, not `Math.max(...array)`: spreading one argument per quotation overflows the call
  // stack past about 120,000 quotations.
  let nameWidth = 10;
  let quoteColumn = 0;
  for (const quote of check.quotes) {
    nameWidth = Math.max(nameWidth, speakerLabel(quote).length);
    quoteColumn = Math.max(quoteColumn, shorten(quote.text, width).length + 2);
  }
  nameWidth = Math.min(24, nameWidth);
  const lines = [
    paint(ANSI.bold, `${options.name ?? 'article'}: ${count(check.quotes.length, 'quote')}, ${count(speakers.length, 'speaker')}`),
  ];
  for (const quote of check.quotes) {
    const point = quote.position?.start ?? toPoint(quote.start);
    const place = `${point.line}:${point.column}`.padEnd(8);
    const speaker = speakerLabel(quote);
    const who = quote.speaker ? speaker.padEnd(nameWidth) : paint(ANSI.dim, speaker.padEnd(nameWidth));
    const words = `“${shorten(quote.text, width)}”`;
    const note = verdictNote(quote, paint);
    lines.push(`  ${place}${who}  ${note ? words.padEnd(quoteColumn) : words}${note}`);
  }
  lines.push(summaryLine(check));
  return `${lines.join('\n')}\n`;
}

function speakerLabel(quote: CheckedQuote): string {
  const name = quote.speaker?.name ?? '(unattributed)';
  return name.length > 24 ? shorten(name, 24) : name;
}

function verdictNote(quote: CheckedQuote, paint: (code: string, text: string) => string): string {
  const verification = quote.verification;
  if (!verification) return '';
  let note = `  ${paint(VERDICT_COLOR[verification.verdict], verification.verdict)}`;
  if (verification.speakerCheck === 'mismatch') {
    const said = verification.reference?.speaker ?? verification.nearest?.speaker ?? 'someone else';
    note += paint(ANSI.magenta, ` — said by ${said}`);
  }
  return note;
}

function summaryLine(check: ArticleCheck): string {
  const tally = new Map<string, number>();
  for (const quote of check.quotes) {
    const verdict = quote.verification?.verdict;
    if (verdict) tally.set(verdict, (tally.get(verdict) ?? 0) + 1);
    for (const problem of quoteProblemsOf(quote)) {
      if (problem === 'unattributed' || problem === 'misattributed') tally.set(problem, (tally.get(problem) ?? 0) + 1);
    }
  }
  const parts = [...tally].map(([name, n]) => `${n} ${name}`);
  return parts.length > 0 ? `  ${parts.join(', ')}` : check.quotes.length === 0 ? '  no quotations found' : '  all attributed';
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
