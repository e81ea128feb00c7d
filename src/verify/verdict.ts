/**
 * The verdict rules that need judgement: when differing words still make an `altered` quotation
 * rather than another text (`not-found`).
 *
 * @module
 */
import type { DiffOp } from '../types.js';

/** Most consecutive changed words an `altered` quotation may have (more is another text, not an alteration). */
const MAX_CHANGED_RUN = 4;
/**
 * Matched words needed for `altered` when the quotation's first or last word is changed (other than
 * by a swap): a short common phrase that differs at its end is more likely a different sentence.
 */
const MIN_MATCHED_WITH_CHANGED_END = 8;
/** Matched words that suffice when the changed end word is the only change. */
const MIN_MATCHED_WITH_ONE_CHANGED_END = 5;

/** The changed words of a diff. */
export interface Changes {
  /** Changed words (a swap counts once). */
  readonly changed: number;
  /** The longest run of changed words. */
  readonly longest: number;
  /** Whether the first or last word is changed (other than by a swap). */
  readonly atEnds: boolean;
}

/** Changed words of a diff (a swap of two words counts once; editorial steps do not count), the longest run of them, and whether an end word changed. */
export function changesOf(diff: readonly DiffOp[]): Changes {
  let changed = 0;
  let longest = 0;
  let atEnds = false;
  const last = diff.length - 1;
  diff.forEach((op, k) => {
    if (op.op === 'equal' || op.editorial) return;
    const swap = isSwap(op);
    const n = swap ? 1 : Math.max(op.quote.length, op.reference.length);
    changed += n;
    longest = Math.max(longest, n);
    if ((k === 0 || k === last) && !swap) atEnds = true;
  });
  return { changed, longest, atEnds };
}

/** Whether a diff step is two (or more) words swapped: the same words in the other order. */
export function isSwap(op: DiffOp): boolean {
  if (op.op !== 'replace' || op.quote.length !== op.reference.length || op.quote.length < 2) return false;
  const a = op.quote.map((w) => w.toLowerCase());
  const b = op.reference.map((w) => w.toLowerCase());
  return a.join(' ') !== b.join(' ') && a.slice().sort().join(' ') === b.slice().sort().join(' ');
}

/**
 * Whether a quotation whose words differ from its passage is still that passage, `altered`, rather
 * than another text: similar enough (`minScore`), enough matched words (`minMatchedWords`: a
 * quotation shorter than that is never `altered`, since a few common words recur by chance), no long
 * run of changed words, and — when the first or last word changed — a long enough match for the rest.
 *
 * @param matched Quotation words equal to their passage word.
 * @param changes The diff's changes.
 * @param minScore Least matched ÷ (matched + changed).
 * @param minMatchedWords Least matched words.
 */
export function isAlteration(matched: number, changes: Changes, minScore: number, minMatchedWords: number): boolean {
  const score = matched / (matched + changes.changed);
  return (
    score >= minScore &&
    matched >= minMatchedWords &&
    changes.longest <= MAX_CHANGED_RUN &&
    (!changes.atEnds ||
      matched >= MIN_MATCHED_WITH_CHANGED_END ||
      (matched >= MIN_MATCHED_WITH_ONE_CHANGED_END && changes.changed === 1))
  );
}
