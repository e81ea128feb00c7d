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
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { attributeQuotes, type AttributeOptions } from './attribute/attribute-quotes.js';
import { assertOptions } from './errors.js';
import { assertWithinBudget, MAX_ARTICLE_LENGTH } from './limits.js';
import { lineIndex, type SourcePoint } from './formats/line-index.js';
import { matchReference } from './formats/text-builder.js';
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
 * A file longer than {@link MAX_ARTICLE_LENGTH} code units (its source, or the tree's text when
 * the file has no value) is refused before any work, the way unified plugins report a fatal
 * problem: `file.fail` adds a fatal message (`ruleId: 'article-too-long'`, `source:
 * 'quotecheck'`, the `RangeError` as its `cause`) and throws it, so `process` rejects and
 * `processSync` throws with it.
 *
 * @param options References or an index to verify against, and attribution options.
 * @returns The transformer.
 */
const retextQuotecheck: Plugin<[(QuotecheckOptions | null | undefined)?], undefined, undefined> = function (options) {
  options ??= {};
  assertOptions(options, ['references', 'index', 'attribute'], 'retextQuotecheck');
  if (options.index !== undefined && !(options.index instanceof ReferenceIndex)) {
    throw new TypeError('retextQuotecheck: `options.index` must be a ReferenceIndex');
  }
  const index = options.index ?? (options.references === undefined ? undefined : new ReferenceIndex(options.references));
  return (node, file) => {
    const tree = node as NlcstRoot;
    const source = typeof file.value === 'string' ? file.value : file.value === undefined ? undefined : new TextDecoder().decode(file.value);
    if (source !== undefined) assertFileWithinBudget(source.length, file);
    const mapped = treeText(tree, source);
    if (source === undefined) assertFileWithinBudget(mapped.text.length, file);
    const toPoint = pointFinder(mapped, source);
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
};

export default retextQuotecheck;

/** Fails the file (a fatal vfile message that is thrown) when it is longer than {@link MAX_ARTICLE_LENGTH}. */
function assertFileWithinBudget(length: number, file: VFile): void {
  try {
    assertWithinBudget(length, MAX_ARTICLE_LENGTH, 'MAX_ARTICLE_LENGTH', 'file', 'retextQuotecheck');
  } catch (error) {
    file.fail((error as RangeError).message, { cause: error as RangeError, ruleId: 'article-too-long', source: 'quotecheck' });
  }
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
  /** Per code unit of `text`: the source offset its markup starts at. */
  readonly starts: number[];
  /** Per code unit of `text`: the source offset its markup ends at. */
  readonly ends: number[];
  /** Per code unit: the source point of the start of its node (used when the file has no `value`). */
  readonly points: (SourcePoint | null)[];
  /** Per code unit: its index within its node. */
  readonly within: number[];
}

/**
 * Builds the text of an nlcst tree and, per code unit, where it came from. Paragraphs that are
 * adjacent in the tree (as rehype-retext and remark-retext make them) are separated by a blank
 * line. With the `source`, offsets are aligned character by character: the trees that
 * rehype-retext and remark-retext make give each node the offset its *decoded* text would have,
 * which is off after a character reference (`&ldquo;`) or an escape (`\*`).
 */
function treeText(tree: NlcstRoot, source: string | undefined): TreeText {
  const chunks: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const points: (SourcePoint | null)[] = [];
  const within: number[] = [];
  let cursor = 0;
  let lastPoint: SourcePoint | null = null;
  const push = (start: number, end: number, point: SourcePoint | null, k: number): void => {
    starts.push(start);
    ends.push(end);
    points.push(point);
    within.push(k);
  };
  const leaf = (value: string, start: SourcePoint | null, end: number | undefined): void => {
    chunks.push(value);
    if (start === null) {
      for (let k = 0; k < value.length; k++) push(cursor, cursor, lastPoint, 0);
      return;
    }
    lastPoint = start;
    if (source === undefined) {
      const exact = end !== undefined && end - start.offset === value.length;
      for (let k = 0; k < value.length; k++) push(start.offset + (exact ? k : 0), start.offset + (exact ? k + 1 : 0), start, exact ? k : 0);
      cursor = end ?? start.offset;
      return;
    }
    cursor = alignLeaf(value, Math.max(start.offset, cursor), source, (from, to, k) => push(from, to, start, k));
  };
  const visit = (node: NlcstRoot['children'][number] | NlcstRoot): void => {
    if ('value' in node) return leaf(node.value, pointOf(node.position?.start), node.position?.end?.offset);
    let previous: string | null = null;
    for (const child of node.children) {
      if (node.type === 'RootNode' && child.type === 'ParagraphNode' && previous === 'ParagraphNode') leaf('\n\n', null, undefined);
      visit(child);
      previous = child.type;
    }
  };
  visit(tree);
  return { text: chunks.join(''), starts, ends, points, within };
}

/**
 * Finds the source of each code unit of `value`, scanning `source` from `from`: the same
 * character, a character reference, or a backslash escape. Returns where the scan ended.
 */
/** The character references that stand for `&` itself. */
const ENCODED_AMPERSAND = /^&(?:amp|#0*38|#[xX]0*26);?$/;

function alignLeaf(value: string, from: number, source: string, push: (start: number, end: number, k: number) => void): number {
  let c = from;
  if (!value.includes('&') && source.startsWith(value, c)) {
    for (let k = 0; k < value.length; k++) push(c + k, c + k + 1, k);
    return c + value.length;
  }
  for (let k = 0; k < value.length; k++) {
    const char = value.charAt(k);
    const reference = source.charAt(c) === '&' ? matchReference(source, c) : '';
    // Seen one node at a time, `&` is ambiguous: a literal `&` (`AT&T`) or an encoded one (`&amp;`).
    if (reference.length > 1 && (char !== '&' || ENCODED_AMPERSAND.test(reference))) {
      // A decoded character reference: its character (or surrogate pair) maps to the whole reference.
      push(c, c + reference.length, k);
      if (/[\uD800-\uDBFF]/.test(char) && k + 1 < value.length) push(c, c + reference.length, ++k);
      c += reference.length;
    } else if (source.charAt(c) === char) {
      push(c, c + 1, k);
      c += 1;
    } else if (source.charAt(c) === '\\' && source.charAt(c + 1) === char) {
      push(c, c + 2, k);
      c += 2;
    } else if (source.charAt(c) === '\r' && source.charAt(c + 1) === char) {
      push(c + 1, c + 2, k);
      c += 2;
    } else {
      push(c, Math.min(source.length, c + 1), k);
      c = Math.min(source.length, c + 1);
    }
  }
  return c;
}

function pointOf(point: { line: number; column: number; offset?: number | undefined } | undefined): SourcePoint | null {
  return point?.offset === undefined ? null : { offset: point.offset, line: point.line, column: point.column };
}

/** Returns a function from text offsets to source points (through the file's source when it has one). */
function pointFinder(mapped: TreeText, source: string | undefined): (offset: number, side: 'start' | 'end') => SourcePoint {
  const toPoint = source === undefined ? undefined : lineIndex(source);
  const length = mapped.text.length;
  return (offset, side) => {
    if (length === 0) return toPoint ? toPoint(0) : { offset: 0, line: 1, column: 1 };
    const end = side === 'end' && offset > 0;
    const at = Math.max(0, Math.min(length - 1, end ? offset - 1 : offset));
    const sourceOffset = (end ? mapped.ends[at] : mapped.starts[at]) ?? 0;
    if (toPoint) return toPoint(sourceOffset);
    const base = mapped.points[at];
    const shift = (mapped.within[at] ?? 0) + (end ? 1 : 0);
    return base ? { offset: base.offset + shift, line: base.line, column: base.column + shift } : { offset: 0, line: 1, column: 1 };
  };
}
