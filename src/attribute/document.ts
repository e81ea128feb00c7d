/**
 * The working state of one attribution run: the text, its quotations in document order,
 * paragraph boundaries, and the link each sieve has made so far.
 *
 * @module
 */
import type { Quote, Span } from '../types.js';
import type { CueMatch } from './cues.js';
import type { Mention } from './phrases.js';
import { endsLine, endsSentence, tokenize, type Token } from './tokens.js';
import { countAtMost } from '../text/sorted.js';

/** How far (in characters) the words around a quotation are read for a cue. */
export const WINDOW = 320;

/** A link from a quotation to the phrase naming its speaker (stage 1 of attribution). */
export interface Link {
  /** The phrase the cue points at, or `null` when the speaker is copied from another quotation. */
  readonly mention: Mention | null;
  /** The speech cue, or `null`. */
  readonly cue: Span | null;
  /** The sieve that made the link. */
  readonly method: string;
  /** How strongly the cue reports speech: `2` strong verb, `1` weak verb or loose pattern, `0` no cue. */
  readonly strength: 0 | 1 | 2;
  /** For links copied from another quotation: its index. */
  readonly from?: number;
}

/** One attribution run over a text. */
export class AttributionDocument {
  /** The text. */
  readonly text: string;
  /** The quotations, sorted by start. */
  readonly quotes: readonly Quote[];
  /** The link of each quotation (same index as `quotes`), `null` while unattributed. */
  readonly links: (Link | null)[];
  /** Whether paragraphs are separated by single line breaks (the text has no blank line). */
  readonly lineBreaks: boolean;
  /** Start offsets of the paragraphs (after blank lines, line breaks that follow a sentence end, or any line break when the text has no blank line). */
  private readonly paragraphStarts: number[];
  private readonly beforeCache = new Map<number, Token[]>();
  private readonly afterCache = new Map<number, Token[]>();
  /**
   * What `cueBefore` (cues.ts) found in each token window of this document. The sieves ask for
   * the cue before the same quotation several times (cue-before, colon, pronoun, and
   * `governingCueAfter` for fragments), passing the window {@link before} keeps. The answer depends
   * only on the window and the text, never on the links made so far (cues.ts reads none), and no
   * caller changes a window or a match: a remembered answer is the one a new call would give.
   */
  readonly cueBeforeMemo = new Map<readonly Token[], CueMatch | null>();
  /** What `governingCueAfter` (cues.ts) found for quotation `i` in each window, remembered for the same reasons (most quotations are asked about by several sieves). */
  readonly governingMemo = new Map<readonly Token[], { readonly i: number; readonly match: CueMatch | null }>();

  constructor(text: string, quotes: readonly Quote[]) {
    this.text = text;
    this.quotes = quotes;
    this.links = quotes.map(() => null);
    this.paragraphStarts = [0];
    this.lineBreaks = !/\n[^\S\n]*\n/.test(text);
    // a blank line ends a paragraph; so does a single line break after a sentence end (as the
    // tokenizer reads it), or any line break in a text with no blank line
    const breaks = /\n\s*/g;
    for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
      if (this.lineBreaks || m[0].lastIndexOf('\n') > 0 || endsLine(text, m.index)) this.paragraphStarts.push(m.index + m[0].length);
    }
  }

  /** Index of the paragraph containing `offset`. */
  paragraphOf(offset: number): number {
    return Math.max(0, countAtMost(this.paragraphStarts, offset) - 1);
  }

  /** Start offset of paragraph `p`. */
  paragraphStart(p: number): number {
    return this.paragraphStarts[p] ?? this.text.length;
  }

  /** End offset of paragraph `p` (where the next one starts, or the end of the text). */
  paragraphEnd(p: number): number {
    return this.paragraphStarts[p + 1] ?? this.text.length;
  }

  /** Offset of the opening mark of quote `i` (or its start). */
  openOf(i: number): number {
    const q = this.quotes[i] as Quote;
    return Math.min(q.open.offset, q.start);
  }

  /** Offset just past the closing mark of quote `i` (or its end). */
  closeOf(i: number): number {
    const q = this.quotes[i] as Quote;
    return q.close ? Math.max(q.close.offset + q.close.mark.length, q.end) : q.end;
  }

  /**
   * Tokens between the previous quotation (or the paragraph start, or {@link WINDOW} characters)
   * and the opening mark of quote `i`.
   */
  before(i: number): Token[] {
    let tokens = this.beforeCache.get(i);
    if (!tokens) {
      const open = this.openOf(i);
      const para = this.paragraphStart(this.paragraphOf(open));
      const prev = i > 0 ? this.closeOf(i - 1) : 0;
      const from = Math.max(para, prev, open - WINDOW);
      tokens = tokenize(this.text, from, open, this.lineBreaks);
      this.beforeCache.set(i, tokens);
    }
    return tokens;
  }

  /**
   * Tokens between the closing mark of quote `i` and the next quotation (or the paragraph end,
   * or {@link WINDOW} characters).
   */
  after(i: number): Token[] {
    let tokens = this.afterCache.get(i);
    if (!tokens) {
      const close = this.closeOf(i);
      const para = this.paragraphEnd(this.paragraphOf(Math.max(0, close - 1)));
      const next = i + 1 < this.quotes.length ? this.openOf(i + 1) : this.text.length;
      const to = Math.min(para, next, close + WINDOW);
      tokens = tokenize(this.text, close, Math.max(close, to), this.lineBreaks);
      this.afterCache.set(i, tokens);
    }
    return tokens;
  }

  /**
   * Like {@link before}, but reaching back over the quotations just before `i` that no sieve can
   * link (titles: `Rita Moss, a contestant on "Harbor Chefs," said her boss was "…"`; `title(k)`
   * says which) when they stand in the same sentence; their marks are left out. `null` when there is
   * no such title.
   */
  beforeOverTitles(i: number, title: (k: number) => boolean): Token[] | null {
    let k = i - 1;
    const para = this.paragraphStart(this.paragraphOf(this.openOf(i)));
    while (k >= 0 && title(k) && this.openOf(k) >= para && this.openOf(i) - this.openOf(k) < WINDOW) {
      if (this.before(k + 1).some(endsSentence)) break;
      k -= 1;
    }
    if (k === i - 1) return null;
    const open = this.openOf(i);
    const from = Math.max(para, k >= 0 ? this.closeOf(k) : 0, open - WINDOW);
    return tokenize(this.text, from, open, this.lineBreaks).filter((t) => t.kind !== 'mark');
  }

  /**
   * Like {@link after}, but reaching forward over the quotations just after `i` that no sieve can
   * link (titles: `"…," Harlow delegate Rita Moss, wearing "Vance for Mayor" campaign pins, said`;
   * `title(k)` says which) when they stand in the same sentence; their marks are left out. `null`
   * when there is no such title.
   */
  afterOverTitles(i: number, title: (k: number) => boolean): Token[] | null {
    const close = this.closeOf(i);
    const para = this.paragraphEnd(this.paragraphOf(Math.max(0, close - 1)));
    let k = i + 1;
    while (k < this.quotes.length && title(k) && this.openOf(k) < para && this.closeOf(k) - close < WINDOW) {
      if (this.after(k - 1).some(endsSentence)) break;
      k += 1;
    }
    if (k === i + 1) return null;
    const next = k < this.quotes.length ? this.openOf(k) : this.text.length;
    const to = Math.min(para, next, close + WINDOW);
    return tokenize(this.text, close, Math.max(close, to), this.lineBreaks).filter((t) => t.kind !== 'mark');
  }

  /** Forgets the cached token windows and what was found in them (after the sieves ran, to free memory). */
  releaseWindows(): void {
    this.beforeCache.clear();
    this.afterCache.clear();
    this.cueBeforeMemo.clear();
    this.governingMemo.clear();
  }

  /** Quotations a rule has found to be no speech (titles): no sieve links them. */
  readonly blocked = new Set<number>();

  /** Records a link for quote `i` unless it already has one or is blocked. Returns whether it was recorded. */
  link(i: number, link: Link): boolean {
    if (this.links[i] || this.blocked.has(i)) return false;
    this.links[i] = link;
    return true;
  }

  /** Makes a span from offsets. */
  span(start: number, end: number): Span {
    return { start, end, text: this.text.slice(start, end) };
  }
}
