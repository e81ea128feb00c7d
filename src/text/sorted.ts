/**
 * Binary search over ascending numbers (offsets of paragraphs, references, turns, names).
 *
 * @module
 */

/**
 * Counts the leading elements of the ascending `sorted` that are at most `value` (so the last of
 * them, if any, is at index `count - 1`). Only the first `length` elements are searched.
 */
export function countAtMost(sorted: ArrayLike<number>, value: number, length: number = sorted.length): number {
  let lo = 0;
  let hi = Math.max(0, length);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Counts the leading elements of the ascending `sorted` that are below `value`. */
export function countBelow(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
