/**
 * Line and column of an offset in a source string (1-based, UTF-16 columns, as unist counts them).
 *
 * @module
 */

/** A place in a source file: offset (0-based, UTF-16 code units), line and column (1-based). */
export interface SourcePoint {
  /** Offset into the source, in UTF-16 code units. */
  readonly offset: number;
  /** Line, 1-based. */
  readonly line: number;
  /** Column, 1-based, in UTF-16 code units. */
  readonly column: number;
}

/** Returns a function that converts an offset in `source` to its {@link SourcePoint}. */
export function lineIndex(source: string): (offset: number) => SourcePoint {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 10 /* \n */) lineStarts.push(i + 1);
    else if (code === 13 /* \r */ && source.charCodeAt(i + 1) !== 10) lineStarts.push(i + 1);
  }
  return (offset) => {
    const at = Math.max(0, Math.min(source.length, Math.trunc(offset) || 0));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= at) low = middle;
      else high = middle - 1;
    }
    return { offset: at, line: low + 1, column: at - (lineStarts[low] ?? 0) + 1 };
  };
}
