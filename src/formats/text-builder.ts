/**
 * Builds the plain text of a marked-up document while remembering, for every UTF-16 code unit
 * of the text, the stretch of the source it came from. Runs of white space collapse to one
 * space (except in preformatted text), blocks become paragraphs separated by a blank line.
 *
 * @module
 */

/** The text and, per code unit of it, the source range `[starts[i], ends[i])` it came from. */
export interface MappedText {
  readonly text: string;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

const WHITE_SPACE = /\s/;
/** A character reference as it can appear in HTML or Markdown source. */
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)/y;

/** Collects text runs and block breaks; see the module comment. */
export class TextBuilder {
  private readonly chunks: string[] = [];
  private length = 0;
  private starts = new Uint32Array(1024);
  private ends = new Uint32Array(1024);
  private pendingBreak: '' | '\n' | '\n\n' = '';
  private pendingSpace: readonly [number, number] | null = null;

  /**
   * @param source The whole source document.
   * @param skippable Source characters that may stand in the source without appearing in the
   *   decoded text (markup such as Markdown's `\` escapes or `>` at the start of a quoted line).
   */
  constructor(
    private readonly source: string,
    private readonly skippable: ReadonlySet<string>,
  ) {}

  /** Ends the current paragraph: the next text starts after a blank line. */
  paragraph(): void {
    if (this.length > 0) this.pendingBreak = '\n\n';
    this.pendingSpace = null;
  }

  /** A line break (`<br>`, a Markdown hard break). */
  lineBreak(): void {
    if (this.length > 0 && this.pendingBreak === '') this.pendingBreak = '\n';
    this.pendingSpace = null;
  }

  /**
   * Adds decoded text whose markup is `source.slice(start, end)`.
   *
   * @param value The decoded text (entities resolved, escapes removed).
   * @param start Offset of its markup in the source.
   * @param end Offset just past its markup.
   * @param preformatted Keep white space as it is (`<pre>`).
   */
  text(value: string, start: number, end: number, preformatted = false): void {
    const raw = this.source.slice(start, end);
    let i = 0;
    let j = 0;
    while (j < value.length) {
      const char = value.charAt(j);
      const width = isHighSurrogate(value.charCodeAt(j)) && j + 1 < value.length ? 2 : 1;
      if (i >= raw.length) {
        this.put(value.slice(j, j + width), end, end, preformatted);
        j += width;
        continue;
      }
      const reference = raw.charAt(i) === '&' ? matchReference(raw, i) : '';
      if (reference !== '' && raw.slice(i, i + reference.length) !== value.slice(j, j + reference.length)) {
        // A decoded character reference: its one character (or surrogate pair) maps to the whole reference.
        this.put(value.slice(j, j + width), start + i, start + i + reference.length, preformatted);
        i += reference.length;
        j += width;
      } else if (raw.charAt(i) === char) {
        this.put(value.slice(j, j + width), start + i, start + i + width, preformatted);
        i += width;
        j += width;
      } else if (this.skippable.has(raw.charAt(i)) || raw.charAt(i) === '\r') {
        i += 1;
      } else {
        this.put(value.slice(j, j + width), start + i, start + i + 1, preformatted);
        i += 1;
        j += width;
      }
    }
  }

  /** The text built so far, with its map. */
  finish(): MappedText {
    return {
      text: this.chunks.join(''),
      starts: this.starts.subarray(0, this.length),
      ends: this.ends.subarray(0, this.length),
    };
  }

  private put(chars: string, start: number, end: number, preformatted: boolean): void {
    if (!preformatted && WHITE_SPACE.test(chars)) {
      if (this.length > 0 && this.pendingBreak === '' && this.pendingSpace === null) this.pendingSpace = [start, end];
      return;
    }
    if (this.pendingBreak !== '') {
      for (const unit of this.pendingBreak) this.emit(unit, start, start);
      this.pendingBreak = '';
      this.pendingSpace = null;
    } else if (this.pendingSpace !== null) {
      this.emit(' ', this.pendingSpace[0], this.pendingSpace[1]);
      this.pendingSpace = null;
    }
    this.emit(chars, start, end);
  }

  private emit(chars: string, start: number, end: number): void {
    if (this.length + chars.length > this.starts.length) {
      const size = Math.max(this.starts.length * 2, this.length + chars.length);
      const starts = new Uint32Array(size);
      const ends = new Uint32Array(size);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    for (let k = 0; k < chars.length; k++) {
      this.starts[this.length + k] = start;
      this.ends[this.length + k] = end;
    }
    this.chunks.push(chars);
    this.length += chars.length;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Returns the character reference (`&amp;`, `&#38;`, `&#x26;`) at `at` in `raw`, or `''`. */
export function matchReference(raw: string, at: number): string {
  CHARACTER_REFERENCE.lastIndex = at;
  return CHARACTER_REFERENCE.exec(raw)?.[0] ?? '';
}
