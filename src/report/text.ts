/**
 * The human-readable report: one line per quotation (place, speaker, the quote shortened, the
 * verdict), then a summary line.
 *
 * @module
 */
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
  /** Longest quote text shown, in characters (default: `60`). */
  readonly quoteWidth?: number;
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
  const paint = (code: string, text: string): string => (options.color ? `${code}${text}${ANSI.reset}` : text);
  const width = options.quoteWidth ?? 60;
  const toPoint = lineIndex(check.text);
  const speakers = speakersInOrder(check.quotes);
  const nameWidth = Math.min(24, Math.max(10, ...check.quotes.map((q) => speakerLabel(q).length)));
  const quoteColumn = Math.max(0, ...check.quotes.map((quote) => shorten(quote.text, width).length + 2));
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
