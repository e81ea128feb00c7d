/**
 * Word-level alignment of a quotation with a window of a reference: a banded edit distance
 * (Needleman–Wunsch with free ends on the reference side, as in seed-and-extend search), where an
 * ellipsis or a bracketed change in the quotation lets the speaker's words be left out almost free.
 *
 * @module
 */
import type { DiffOp } from '../types.js';
import { isAddedWord } from './added-words.js';
import { Gap, type ParsedQuotation } from './quotation.js';

/** Cost of one word substituted, inserted or deleted. */
const EDIT = 4096;
/** Cost of one reference word left out at an ellipsis or bracket (small: prefer short omissions). */
const SKIP = 1;
/** Reward for a matched word (small: among alignments with as many edits, prefer more matched words). */
const MATCH = 8;
/**
 * Extra cost of a quotation word that meets no reference word (over a substitution): at the ends of a
 * quotation an unknown first or last word is more often a substituted word than an added one.
 */
const INSERT_EXTRA = 2;

/** One step of an alignment. */
export const Move = {
  /** Same word. */
  Match: 1,
  /** A different word. */
  Substitute: 2,
  /** A quotation word that is not in the reference. */
  Insert: 3,
  /** A reference word missing from the quotation. */
  Delete: 4,
  /** A reference word left out at an ellipsis or replaced by a bracketed change. */
  Skip: 5,
} as const;

/**
 * Work arrays reused by every alignment (grown when too small): alignments run one at a time, and
 * allocating them for each candidate would keep the garbage collector busy.
 */
const buffers = {
  ints: [new Int32Array(256), new Int32Array(256)],
  floats: [new Float64Array(256), new Float64Array(256)],
  traceBytes: new Uint8Array(4096),
  /** Int32 work array `k` with room for `n` values. */
  int(k: 0 | 1, n: number): Int32Array {
    if ((this.ints[k] as Int32Array).length < n) this.ints[k] = new Int32Array(Math.max(n, 2 * (this.ints[k] as Int32Array).length));
    return this.ints[k] as Int32Array;
  },
  /** Float64 work array `k` with room for `n` values. */
  float(k: 0 | 1, n: number): Float64Array {
    if ((this.floats[k] as Float64Array).length < n) this.floats[k] = new Float64Array(Math.max(n, 2 * (this.floats[k] as Float64Array).length));
    return this.floats[k] as Float64Array;
  },
  /** The trace array with room for `n` steps (large ones are not kept). */
  trace(n: number): Uint8Array {
    if (n > 1 << 24) return new Uint8Array(n);
    if (this.traceBytes.length < n) this.traceBytes = new Uint8Array(Math.max(n, 2 * this.traceBytes.length));
    return this.traceBytes;
  },
};

/** The best alignment of a quotation inside a window of reference words. */
export interface Alignment {
  /** Total cost (edits × 4096 + skipped words − 8 × matched words; lower is better). */
  readonly cost: number;
  /** Steps from the first to the last word of the quotation. */
  readonly moves: Uint8Array;
  /** Index (into the reference words) of the first reference word the steps consume. */
  readonly refStart: number;
  /** Index just past the last reference word the steps consume. */
  readonly refEnd: number;
  /** Quotation words equal to their reference word. */
  readonly matched: number;
  /** Substituted, inserted and deleted words (not counting left-out words). */
  readonly edits: number;
  /** Reference words left out at ellipses or replaced by brackets. */
  readonly skipped: number;
}

/**
 * Aligns the quotation with `ref[lo, hi)`, inside a band of diagonals: quotation word `i` may meet
 * reference word `lo + j` only when `dLo - band ≤ j - i ≤ dHi + band`. Time and memory are
 * proportional to the quotation's length × the band's width.
 *
 * @param q The parsed quotation (at least one word).
 * @param ref Word ids of all references.
 * @param lo First reference word of the window.
 * @param hi End of the window.
 * @param dLo Lowest diagonal (`j - i`, window coordinates) the seeds saw.
 * @param dHi Highest diagonal the seeds saw.
 * @param band Extra diagonals on each side.
 */
export function align(
  q: ParsedQuotation,
  ref: Uint32Array,
  lo: number,
  hi: number,
  dLo: number,
  dHi: number,
  band: number,
): Alignment {
  const m = q.ids.length;
  const n = hi - lo;
  const lowD = dLo - band;
  const highD = dHi + band;
  const rowLo = buffers.int(0, m + 1);
  const rowOff = buffers.int(1, m + 2);
  rowOff[0] = 0;
  for (let i = 0; i <= m; i++) {
    const a = Math.max(0, i + lowD);
    const b = Math.min(n, i + highD);
    rowLo[i] = a;
    rowOff[i + 1] = (rowOff[i] as number) + Math.max(0, b - a + 1);
  }
  const trace = buffers.trace(rowOff[m + 1] as number);
  let prev = buffers.float(0, n + 1).fill(Infinity, 0, n + 1);
  let cur = buffers.float(1, n + 1).fill(Infinity, 0, n + 1);

  // Row 0: the quotation may start anywhere in its band.
  {
    const a = rowLo[0] as number;
    const w = (rowOff[1] as number) - (rowOff[0] as number);
    for (let j = a; j < a + w; j++) prev[j] = 0;
  }
  for (let i = 1; i <= m; i++) {
    const a = rowLo[i] as number;
    const w = (rowOff[i + 1] as number) - (rowOff[i] as number);
    const off = rowOff[i] as number;
    const qi = q.ids[i - 1] as number;
    const gapRow = i < m && q.gaps[i] !== Gap.None;
    const leftCost = gapRow ? SKIP : EDIT;
    const pa = rowLo[i - 1] as number;
    const pb = pa + ((rowOff[i] as number) - (rowOff[i - 1] as number)); // previous row's end (excluded)
    if (a > 0) cur[a - 1] = Infinity;
    for (let j = a; j < a + w; j++) {
      let best = Infinity;
      let move = 0;
      if (j > 0 && j - 1 >= pa && j - 1 < pb) {
        const same = ref[lo + j - 1] === qi;
        const c = (prev[j - 1] as number) + (same ? -MATCH : EDIT);
        if (c < best) {
          best = c;
          move = same ? Move.Match : Move.Substitute;
        }
      }
      if (j >= pa && j < pb) {
        const c = (prev[j] as number) + EDIT + INSERT_EXTRA;
        if (c < best) {
          best = c;
          move = Move.Insert;
        }
      }
      if (j > a) {
        const c = (cur[j - 1] as number) + leftCost;
        if (c < best) {
          best = c;
          move = gapRow ? Move.Skip : Move.Delete;
        }
      }
      cur[j] = best;
      trace[off + j - a] = move;
    }
    if (a + w <= n) cur[a + w] = Infinity;
    // Reset the previous row's cells before reusing it.
    for (let j = pa; j < pb; j++) prev[j] = Infinity;
    const t = prev;
    prev = cur;
    cur = t;
  }
  // Free end: the best cell of the last row.
  const a = rowLo[m] as number;
  const w = (rowOff[m + 1] as number) - (rowOff[m] as number);
  let bestJ = a;
  let bestCost = Infinity;
  for (let j = a; j < a + w; j++) {
    if ((prev[j] as number) < bestCost) {
      bestCost = prev[j] as number;
      bestJ = j;
    }
  }
  // No cell of the last row is reachable (a quotation running far past the end of its reference
  // leaves the band): no alignment. The trace holds nothing for such rows (only stale steps of
  // earlier alignments), so it must not be read.
  if (bestCost === Infinity) return { cost: Infinity, moves: new Uint8Array(0), refStart: lo + bestJ, refEnd: lo + bestJ, matched: 0, edits: 0, skipped: 0 };
  // Trace back.
  const moves: number[] = [];
  let i = m;
  let j = bestJ;
  while (i > 0) {
    const from = rowLo[i] as number;
    const width = (rowOff[i + 1] as number) - (rowOff[i] as number);
    if (j < from || j >= from + width) break; // outside the band (cannot happen on a finite-cost path)
    const move = trace[(rowOff[i] as number) + j - from] ?? 0;
    if (move === 0) break; // unreachable cell (cannot happen inside the band)
    moves.push(move);
    if (move === Move.Match || move === Move.Substitute) {
      i--;
      j--;
    } else if (move === Move.Insert) i--;
    else j--;
  }
  moves.reverse();
  let matched = 0;
  let edits = 0;
  let skipped = 0;
  for (const mv of moves) {
    if (mv === Move.Match) matched++;
    else if (mv === Move.Skip) skipped++;
    else edits++;
  }
  return {
    cost: bestCost,
    moves: Uint8Array.from(moves),
    refStart: lo + j,
    refEnd: lo + bestJ,
    matched,
    edits,
    skipped,
  };
}

/**
 * Turns an alignment into a word-level diff. Consecutive changed words form one step; a word moved
 * past its neighbour (a transposition) is one `replace` step; a word written with or without a hyphen
 * (`co-operate` / `cooperate`) is an `equal` step of one word against two. Words left out at an
 * ellipsis are a `delete` step and a bracketed change a `replace` (or `insert`) step, both marked
 * `editorial`.
 *
 * @param q The parsed quotation.
 * @param alignment Its alignment.
 * @param refWord The reference word at an index, as printed.
 */
export function diffOf(q: ParsedQuotation, alignment: Alignment, refWord: (index: number) => string): DiffOp[] {
  const ops: Step[] = [];
  let qi = 0;
  let rj = alignment.refStart;
  let changeQ: string[] = [];
  let changeR: string[] = [];
  const flushChange = (): void => {
    if (changeQ.length === 0 && changeR.length === 0) return;
    ops.push({
      op: changeQ.length === 0 ? 'delete' : changeR.length === 0 ? 'insert' : 'replace',
      quote: changeQ,
      reference: changeR,
    });
    changeQ = [];
    changeR = [];
  };
  let skipQ: string[] = [];
  let skipR: string[] = [];
  let skipping = false;
  const flushSkip = (): void => {
    if (!skipping) return;
    ops.push({
      op: skipR.length === 0 ? 'insert' : skipQ.length === 0 ? 'delete' : 'replace',
      quote: skipQ,
      reference: skipR,
      editorial: true,
    });
    skipQ = [];
    skipR = [];
    skipping = false;
  };
  const startSkipIfGap = (): void => {
    // A bracketed change before quotation word qi is shown even when it replaced nothing.
    const text = q.gapText[qi] ?? '';
    if (text && !skipping && qi > 0) {
      skipping = true;
      skipQ = [text];
    }
  };
  let lastQ = -1;
  for (const mv of alignment.moves) {
    if (qi !== lastQ) {
      lastQ = qi;
      if (mv !== Move.Skip) startSkipIfGap();
    }
    if (mv === Move.Skip) {
      flushChange();
      if (!skipping) {
        skipping = true;
        const text = q.gapText[qi] ?? '';
        skipQ = text ? [text] : [];
      }
      skipR.push(refWord(rj++));
      continue;
    }
    flushSkip();
    if (mv === Move.Match) {
      flushChange();
      const last = ops[ops.length - 1];
      const word = q.words[qi++] ?? '';
      const r = refWord(rj++);
      if (last && last.op === 'equal') {
        last.quote.push(word);
        last.reference.push(r);
      } else ops.push({ op: 'equal', quote: [word], reference: [r] });
    } else if (mv === Move.Substitute) {
      changeQ.push(q.words[qi++] ?? '');
      changeR.push(refWord(rj++));
    } else if (mv === Move.Insert) changeQ.push(q.words[qi++] ?? '');
    else changeR.push(refWord(rj++));
  }
  flushSkip();
  flushChange();
  return mergeSwaps(ops.map((op) => (op.op === 'replace' && !op.editorial && sameJoined(op.quote, op.reference) ? { ...op, op: 'equal' } : op)));
}

type Step = { op: DiffOp['op']; quote: string[]; reference: string[]; editorial?: boolean };

/** The op of a step with these words (`null` when it has none). */
function opOf(quote: readonly string[], reference: readonly string[]): DiffOp['op'] | null {
  if (quote.length === 0) return reference.length === 0 ? null : 'delete';
  return reference.length === 0 ? 'insert' : 'replace';
}

/**
 * A word moved past one or two neighbours is a transposition, even when it sits inside a larger
 * change: `delete X, equal Y, insert X` (and the mirror) → `replace [Y X] / [X Y]`, and likewise when
 * the change before `Y` ends with the moved word on one side and the change after it starts with it on
 * the other (`the General` → `great General the`: `insert great` + the swap, rather than `the` → `great`
 * and `insert the`). A human editor reads a word that reappears one word away as moved, not as one
 * word replaced and another added. `Y` may be two words (`long-continued`, which splits in two).
 */
function mergeSwaps(ops: Step[]): DiffOp[] {
  const out: Step[] = [];
  for (let k = 0; k < ops.length; k++) {
    const a = ops[k] as Step;
    const b = ops[k + 1];
    const c = ops[k + 2];
    if (b && c && !a.editorial && !c.editorial && a.op !== 'equal' && c.op !== 'equal' && b.op === 'equal' && b.quote.length <= 2) {
      // Moved forward: a reference word before Y reappears in the quotation after it.
      const forward = sameWord(a.reference[a.reference.length - 1], c.quote[0]);
      // Moved back: a quotation word before Y is a reference word after it.
      const backward = !forward && sameWord(a.quote[a.quote.length - 1], c.reference[0]);
      if (forward || backward) {
        const aQuote = forward ? a.quote : a.quote.slice(0, -1);
        const aRef = forward ? a.reference.slice(0, -1) : a.reference;
        const cQuote = forward ? c.quote.slice(1) : c.quote;
        const cRef = forward ? c.reference : c.reference.slice(1);
        const aOp = opOf(aQuote, aRef);
        if (aOp) out.push({ op: aOp, quote: aQuote, reference: aRef });
        out.push(
          forward
            ? { op: 'replace', quote: [...b.quote, c.quote[0] as string], reference: [a.reference[a.reference.length - 1] as string, ...b.reference] }
            : { op: 'replace', quote: [a.quote[a.quote.length - 1] as string, ...b.quote], reference: [...b.reference, c.reference[0] as string] },
        );
        const cOp = opOf(cQuote, cRef);
        if (cOp) out.push({ op: cOp, quote: cQuote, reference: cRef });
        k += 2;
        continue;
      }
    }
    out.push(a);
  }
  return out.map((a) =>
    a.editorial ? { op: a.op, quote: a.quote, reference: a.reference, editorial: true } : { op: a.op, quote: a.quote, reference: a.reference },
  );
}

function sameWord(x: string | undefined, y: string | undefined): boolean {
  return x !== undefined && y !== undefined && x.toLowerCase().replace(/’/g, "'") === y.toLowerCase().replace(/’/g, "'");
}

/**
 * Recognises a transposition at either end of the quotation, which the free ends of the alignment
 * hide: quotation `B A …` against reference `A B …` aligns as `B` (equal) + `A` (inserted) with the
 * reference's `A` left outside. When the reference word just outside the alignment is that inserted
 * word, the two steps become two substitutions that take it in (a swap in the diff).
 *
 * @param a The alignment.
 * @param q The quotation.
 * @param ref Word ids of all references.
 * @param refLo First word of the alignment's reference.
 * @param refHi End of the alignment's reference.
 */
export function takeInBoundarySwaps(a: Alignment, q: ParsedQuotation, ref: Uint32Array, refLo: number, refHi: number): Alignment {
  let { moves, refStart, refEnd, matched, edits } = a;
  const m = q.ids.length;
  if (
    m >= 2 &&
    moves.length >= 2 &&
    moves[0] === Move.Match &&
    moves[1] === Move.Insert &&
    refStart > refLo &&
    ref[refStart - 1] === q.ids[1]
  ) {
    moves = Uint8Array.from([Move.Substitute, Move.Substitute, ...moves.subarray(2)]);
    refStart--;
    matched--;
    edits++;
  }
  const k = moves.length;
  if (
    m >= 2 &&
    k >= 2 &&
    moves[k - 1] === Move.Match &&
    moves[k - 2] === Move.Insert &&
    refEnd < refHi &&
    ref[refEnd] === q.ids[m - 2]
  ) {
    moves = Uint8Array.from([...moves.subarray(0, k - 2), Move.Substitute, Move.Substitute]);
    refEnd++;
    matched--;
    edits++;
  }
  return moves === a.moves ? a : { ...a, moves, refStart, refEnd, matched, edits };
}

/**
 * Punctuation between two reference words that ends a sentence or a clause: `.`, `!`, `?`, `;`, `:`, a
 * dash, a line break. Not a comma: it separates too little (measured on the eval sets, reading a word
 * across a comma as added fixes as many diffs as it breaks).
 */
const CLAUSE_BREAK = /[.!?;:\n\u2013\u2014]|--/;

/**
 * Settles a changed word at either end of the quotation. The free ends make a first quotation word
 * that is not in the reference cost the same as a substitution of the reference word just before the
 * passage and as an added word (likewise for the last word and the reference word just after); the
 * alignment prefers the substitution. It is read as an added word, with that reference word left
 * outside the passage, when
 * - a sentence or clause ends between that reference word and the rest of the passage: quotations
 *   begin and end at such boundaries, and a word of the neighbouring clause is not what the quoted
 *   words replaced; or
 * - the quotation word is one that is added rather than put in place of another (`really`, `very`,
 *   `not`: see `added-words.ts`) and the reference word is not such a word.
 *
 * @param a The alignment.
 * @param q The quotation.
 * @param ref Word ids of all references.
 * @param between The text between reference words `k` and `k + 1`.
 */
export function settleEdges(a: Alignment, q: ParsedQuotation, ref: Uint32Array, between: (k: number) => string): Alignment {
  const m = q.ids.length;
  const added = (quoteWord: number, refWord: number, separator: number): boolean =>
    (isAddedWord(q.ids[quoteWord] as number) && !isAddedWord(ref[refWord] as number)) || CLAUSE_BREAK.test(between(separator));
  let { moves, refStart, refEnd } = a;
  if (moves.length > 1 && moves[0] === Move.Substitute && refEnd - refStart > 1 && added(0, refStart, refStart)) {
    moves = moves.slice();
    moves[0] = Move.Insert;
    refStart++;
  }
  const k = moves.length - 1;
  if (k > 0 && moves[k] === Move.Substitute && refEnd - refStart > 1 && added(m - 1, refEnd - 1, refEnd - 2)) {
    if (moves === a.moves) moves = moves.slice();
    moves[k] = Move.Insert;
    refEnd--;
  }
  // A substitution and an added word are one edit each: the counts and the cost stay.
  return moves === a.moves ? a : { ...a, moves, refStart, refEnd };
}

/**
 * Whether two runs of words are the same word written with and without hyphens or a space
 * (`cooperate` / `co-operate`, `govern-` `ment` split at a line end / `government`): equal, not changed.
 */
function sameJoined(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === b.length) return false;
  const join = (words: readonly string[]): string => words.join('').toLowerCase().replace(/['’]/g, '');
  return join(a) === join(b);
}
