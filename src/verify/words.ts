/**
 * Words for verification: one fast scanner shared by the reference index and the quotations, so both
 * sides split and normalize text the same way.
 *
 * A word is a run of letters, digits and combining marks (any script), with apostrophes inside it
 * (`don't`, `America’s`) and, in numbers, thousands separators and decimal points (`1,500,000` is
 * the word `1500000`; `3.5` stays `3.5`). Everything else (punctuation, white space, hyphens, dashes, quote marks,
 * symbols, surrogate pairs) separates words, so `well-known` is two words and curly vs straight marks
 * or hyphenation never make a difference. A word's *id* is a 32-bit hash of its lower-cased form
 * (apostrophes unified), computed while scanning: no vocabulary is kept.
 *
 * @module
 */

/** Id given to no word (never produced by {@link scanWords}). */
export const NO_WORD = 0;
/** Id given to the words of a turn label (`SECRETARY KERRY:`); they never match a quotation's words. */
export const LABEL_WORD = 1;

const WORD = 1;
const APOSTROPHE = 2;

let classes: Uint8Array | undefined;
let lower: Uint16Array | undefined;

/** Builds (once) the character class and lower-case tables for all UTF-16 code units. */
function tables(): { classes: Uint8Array; lower: Uint16Array } {
  if (classes && lower) return { classes, lower };
  const c = new Uint8Array(65536);
  const l = new Uint16Array(65536);
  const word = /[\p{L}\p{N}\p{M}]/u;
  for (let code = 0; code < 65536; code++) {
    l[code] = code;
    if (code >= 0xd800 && code <= 0xdfff) continue; // surrogates separate words
    const ch = String.fromCharCode(code);
    if (code < 128) {
      if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) c[code] = WORD;
      else if (code >= 65 && code <= 90) {
        c[code] = WORD;
        l[code] = code + 32;
      }
      continue;
    }
    if (word.test(ch)) {
      c[code] = WORD;
      const lc = ch.toLowerCase();
      if (lc.length === 1) l[code] = lc.charCodeAt(0);
    }
  }
  // Apostrophes inside words: straight, right single quotation mark, modifier letter apostrophe, left single mark.
  for (const code of [0x27, 0x2019, 0x02bc, 0x2018]) c[code] = APOSTROPHE;
  classes = c;
  lower = l;
  return { classes: c, lower: l };
}

/** Final avalanche of a 32-bit hash, kept away from the reserved ids 0 and 1. */
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  h >>>= 0;
  return h < 2 ? h + 2 : h;
}

/**
 * Calls `emit(id, start, end)` for every word of `text` from offset `from` (which must be at a word
 * boundary) until `to`, or until `emit` returns `false`.
 *
 * @param text The text.
 * @param emit Receives the word id and its UTF-16 span; return `false` to stop.
 * @param from Offset to start at (default 0).
 * @param to Offset to stop at (default the end of `text`).
 */
export function scanWords(
  text: string,
  emit: (id: number, start: number, end: number) => boolean | void,
  from = 0,
  to = text.length,
): void {
  const { classes: cls, lower: low } = tables();
  let i = from;
  while (i < to) {
    let code = text.charCodeAt(i);
    if (cls[code] !== WORD) {
      i++;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5;
    for (;;) {
      h = Math.imul(h ^ (low[code] as number), 0x01000193);
      const previous = code;
      i++;
      if (i >= to) break;
      code = text.charCodeAt(i);
      const k = cls[code];
      if (k === WORD) continue;
      if (k === APOSTROPHE && i + 1 < to && cls[text.charCodeAt(i + 1)] === WORD) {
        code = 0x27;
        continue;
      }
      // Inside a number: `1,500,000` is one word, the same as `1500000`; `3.5` keeps its point.
      if ((code === 0x2c || code === 0x2e) && isDigit(previous) && i + 1 < to && isDigit(text.charCodeAt(i + 1))) {
        if (code === 0x2c) {
          i++;
          code = text.charCodeAt(i);
        }
        continue;
      }
      break;
    }
    if (emit(finish(h), start, i) === false) return;
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The id of one word (its text must be a single word for {@link scanWords}). */
export function wordId(word: string): number {
  let id = NO_WORD;
  scanWords(word, (w) => {
    id = w;
    return false;
  });
  return id;
}

/** Words of `text` with their ids and spans, in order. */
export function words(text: string): { ids: number[]; starts: number[]; ends: number[] } {
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  scanWords(text, (id, start, end) => {
    ids.push(id);
    starts.push(start);
    ends.push(end);
  });
  return { ids, starts, ends };
}

/** The normalized form of `text`: its words, lower-cased, apostrophes unified, joined by single spaces. */
export function normalizeWords(text: string): string {
  const { lower: low } = tables();
  const out: string[] = [];
  scanWords(text, (_id, start, end) => {
    let w = '';
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x2c) continue; // a thousands separator
      w += c === 0x2019 || c === 0x02bc || c === 0x2018 ? "'" : String.fromCharCode(low[c] as number);
    }
    out.push(w);
  });
  return out.join(' ');
}

/** Mixes two word ids into the 32-bit key of the word pair (the index's seed). */
export function pairKey(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}
