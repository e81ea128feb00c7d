/**
 * The unified plugin: finds, attributes and (given references) verifies the quotations of a
 * retext tree, stores them on `file.data.quotecheck` and reports problems as vfile messages.
 *
 * Use it after `retext-english` for plain text, or inside `rehype-retext` / `remark-retext`
 * for HTML and Markdown: positions come from the tree's nodes, which point into the original
 * source.
 *
 * @module
 */
import type { Root as NlcstRoot } from 'nlcst';
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';
import { attributeQuotes, type AttributeOptions } from './attribute/attribute-quotes.js';
import { assertOptions } from './errors.js';
import { lineIndex, type SourcePoint } from './formats/line-index.js';
import type { CheckedQuote } from './report/check-article.js';
import { quoteProblemsOf, shorten, type QuoteProblem } from './report/summary.js';
import type { Reference } from './types.js';
import { ReferenceIndex } from './verify/reference-index.js';

/** Options for {@link retextQuotecheck}. */
export interface QuotecheckOptions {
  /** Reference texts to verify the quotations against (an index is built once, when the plugin is attached). */
  readonly references?: Iterable<Reference>;
  /** A ready reference index to verify against (instead of `references`). */
  readonly index?: ReferenceIndex;
  /** Options passed to `attributeQuotes`. */
  readonly attribute?: AttributeOptions;
}

/** What the plugin stores on `file.data.quotecheck`. */
export interface QuotecheckData {
  /** The text the quotations were found in (the tree's text, paragraphs separated by blank lines). */
  readonly text: string;
  /** The checked quotations; offsets into `text`, `position` into the file's source. */
  readonly quotes: readonly CheckedQuote[];
  /** Whether the quotations were verified. */
  readonly verified: boolean;
}

declare module 'vfile' {
  interface DataMap {
    /** The quotations quotecheck found, attributed and verified. */
    quotecheck: QuotecheckData;
  }
}

/** The `ruleId` of the message for each problem. */
const RULES: Record<QuoteProblem, string> = {
  unattributed: 'unattributed-quote',
  altered: 'altered-quote',
  'not-found': 'quote-not-found',
  misattributed: 'misattributed-quote',
};

/**
 * Checks the quotations of a retext tree. Stores them on `file.data.quotecheck` and adds a
 * warning per problem with `source: 'quotecheck'` and a `ruleId` of `unattributed-quote`,
 * `altered-quote`, `quote-not-found` or `misattributed-quote`.
 *
 * @param options References or an index to verify against, and attribution options.
 * @returns The transformer.
 */
export default function retextQuotecheck(options: QuotecheckOptions = {}): Transformer<NlcstRoot> {
  assertOptions(options, ['references', 'index', 'attribute'], 'retextQuotecheck');
  if (options.index !== undefined && !(options.index instanceof ReferenceIndex)) {
    throw new TypeError('retextQuotecheck: `options.index` must be a ReferenceIndex');
  }
  const index = options.index ?? (options.references === undefined ? undefined : new ReferenceIndex(options.references));
  return (tree, file) => {
    const mapped = treeText(tree);
    const toPoint = pointFinder(mapped, file);
    const quotes = attributeQuotes(mapped.text, options.attribute).map((quote): CheckedQuote => {
      const position = { start: toPoint(quote.start, 'start'), end: toPoint(quote.end, 'end') };
      return index ? { ...quote, verification: index.verify(quote), position } : { ...quote, position };
    });
    file.data.quotecheck = { text: mapped.text, quotes, verified: index !== undefined };
    for (const quote of quotes) {
      for (const problem of quoteProblemsOf(quote)) {
        const message = file.message(reason(problem, quote), {
          place: quote.position,
          ruleId: RULES[problem],
          source: 'quotecheck',
        });
        message.actual = quote.text;
        const passage = quote.verification?.reference ?? quote.verification?.nearest;
        if (problem === 'altered' && passage) message.expected = [passage.text];
        if (problem === 'misattributed' && passage?.speaker) message.expected = [passage.speaker];
      }
    }
  };
}

function reason(problem: QuoteProblem, quote: CheckedQuote): string {
  const words = `“${shorten(quote.text, 50)}”`;
  const verification = quote.verification;
  switch (problem) {
    case 'unattributed':
      return `Unattributed quotation ${words}: no speaker found`;
    case 'altered':
      return `Altered quotation ${words}: the words differ from the reference (similarity ${verification?.score.toFixed(2) ?? '?'})`;
    case 'not-found':
      return `Quotation ${words} was not found in the references`;
    case 'misattributed': {
      const said = verification?.reference?.speaker ?? verification?.nearest?.speaker ?? 'someone else';
      return `Misattributed quotation ${words}: the article gives it to ${quote.speaker?.name ?? 'nobody'}, the reference to ${said}`;
    }
  }
}

interface TreeText {
  readonly text: string;
  /** Per code unit of `text`: source offset, or -1 when the node had no position. */
  readonly offsets: number[];
  /** Per code unit: the source point of the start of its node (for sources without `file.value`). */
  readonly points: (SourcePoint | null)[];
  /** Per code unit: its index within its node. */
  readonly within: number[];
}

/**
 * Builds the text of an nlcst tree and, per code unit, where it came from. Paragraphs that are
 * adjacent in the tree (as rehype-retext and remark-retext make them) are separated by a blank line.
 */
function treeText(tree: NlcstRoot): TreeText {
  const chunks: string[] = [];
  const offsets: number[] = [];
  const points: (SourcePoint | null)[] = [];
  const within: number[] = [];
  let lastEnd = 0;
  let lastPoint: SourcePoint | null = null;
  const add = (value: string, start: SourcePoint | null, exact: boolean): void => {
    chunks.push(value);
    for (let k = 0; k < value.length; k++) {
      offsets.push(start ? start.offset + (exact ? k : 0) : lastEnd);
      points.push(start ?? lastPoint);
      within.push(exact ? k : 0);
    }
  };
  const visit = (node: NlcstRoot['children'][number] | NlcstRoot): void => {
    if ('value' in node) {
      const start = pointOf(node.position?.start);
      const end = node.position?.end?.offset;
      add(node.value, start, start !== null && end !== undefined && end - start.offset === node.value.length);
      if (start && end !== undefined) {
        lastEnd = end;
        lastPoint = start;
      }
      return;
    }
    let previous: string | null = null;
    for (const child of node.children) {
      if (node.type === 'RootNode' && child.type === 'ParagraphNode' && previous === 'ParagraphNode') add('\n\n', null, false);
      visit(child);
      previous = child.type;
    }
  };
  visit(tree);
  return { text: chunks.join(''), offsets, points, within };
}

function pointOf(point: { line: number; column: number; offset?: number | undefined } | undefined): SourcePoint | null {
  return point?.offset === undefined ? null : { offset: point.offset, line: point.line, column: point.column };
}

/** Returns a function from text offsets to source points (through the file's source when it has one). */
function pointFinder(mapped: TreeText, file: VFile): (offset: number, side: 'start' | 'end') => SourcePoint {
  const source = file.value === undefined ? undefined : String(file.value);
  const toPoint = source === undefined ? undefined : lineIndex(source);
  const length = mapped.text.length;
  return (offset, side) => {
    if (length === 0) return toPoint ? toPoint(0) : { offset: 0, line: 1, column: 1 };
    const end = side === 'end' && offset > 0;
    const at = Math.max(0, Math.min(length - 1, end ? offset - 1 : offset));
    const sourceOffset = (mapped.offsets[at] ?? 0) + (end ? 1 : 0);
    if (toPoint) return toPoint(sourceOffset);
    const base = mapped.points[at];
    const shift = (mapped.within[at] ?? 0) + (end ? 1 : 0);
    return base ? { offset: base.offset + shift, line: base.line, column: base.column + shift } : { offset: 0, line: 1, column: 1 };
  };
}
