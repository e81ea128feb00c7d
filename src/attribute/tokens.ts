/**
 * A small tokenizer for the few hundred characters around a quotation: words (with their
 * abbreviation periods), punctuation, quotation marks and paragraph breaks, with offsets.
 * It never looks outside the range it is given, so attribution stays linear in the text.
 *
 * @module
 */
import { ABBREVIATIONS } from '../lexicon/words.js';

/** What a token is. */
export type TokenKind = 'word' | 'punct' | 'mark' | 'para';

/** One token of a window of text. */
export interface Token {
  /** Offset of the token in the whole text. */
  readonly start: number;
  /** Offset just past the token. */
  readonly end: number;
  /** The token's text. */
  readonly text: string;
  /** The text in lower case, with a trailing possessive `'s` kept. */
  readonly lower: string;
  /** Word, punctuation, quotation mark, or paragraph break. */
  readonly kind: TokenKind;
  /** Whether a word starts with an upper-case letter (or digit-free initial). */
  readonly cap: boolean;
}

/** Every character that can open or close a quotation. */
export const QUOTE_MARKS = new Set(['"', '“', '”', '„', '‟', '«', '»', '‹', '›', '「', '」', '『', '』', '‘', '’', '‚', "'", '＂']);

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.\-](?=[\p{L}\p{N}]))*/uy;
const SPACE = /[^\S\n]+/y;
const NEWLINES = /\n(?:[^\S\n]*\n)*/y;
const UPPER = /^\p{Lu}/u;

/** Abbreviations that come before a name (`Dr. Jones`, `Sen. Li`) and so never close a sentence. */
const TITLE_ABBREVIATIONS = /^(?:mr|mrs|ms|dr|prof|sen|rep|gov|lt|gen|col|maj|capt|adm|sgt|cmdr|cpl|pvt|rev|fr|st|gens|reps|sens|no|vs|v|mt|ft|supt|atty|pres)$/i;

/** A space and a capitalized word that opens sentences and never continues a name or an abbreviation (`He`, `The`, `But`). */
const SENTENCE_OPENER = /^\s+(?:He|She|It|They|We|I|The|A|An|But|And|This|That|These|Those|There|His|Her|Their|Its|Our|My|However|Meanwhile|Still|So|Yet|If|When|While|After|Before|In|On|At|As)\b/;

/** Upper bound on the tokens of one window (a window is a few hundred characters at most). */
const MAX_TOKENS = 400;

/**
 * Splits `text.slice(from, to)` into tokens. Stops after {@link MAX_TOKENS} tokens. A blank line
 * is a paragraph break; so is a single line break when `lineBreaks` is set (texts that separate
 * paragraphs with single line breaks).
 */
export function tokenize(text: string, from: number, to: number, lineBreaks = false): Token[] {
  const tokens: Token[] = [];
  let i = Math.max(0, from);
  const end = Math.min(text.length, to);
  while (i < end && tokens.length < MAX_TOKENS) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      NEWLINES.lastIndex = i;
      const m = NEWLINES.exec(text);
      const len = m ? m[0].length : 1;
      if (m && (lineBreaks || m[0].split('\n').length > 2 || endsLine(text, i))) {
        tokens.push({ start: i, end: i + len, text: m[0], lower: m[0], kind: 'para', cap: false });
      }
      i += len;
      continue;
    }
    if (isAsciiBlank(ch)) {
      // (fast path for SPACE: a run of ASCII blanks; any other blank after it is the next step's)
      let j = i + 1;
      while (isAsciiBlank(text.charCodeAt(j))) j += 1;
      i = j;
      continue;
    }
    if (ch >= 128) {
      SPACE.lastIndex = i;
      const space = SPACE.exec(text);
      if (space && space[0].length > 0) {
        i += space[0].length;
        continue;
      }
    }
    const word = wordAt(text, i, ch);
    if (word !== null) {
      let w = word;
      // `said.Trump` (a missing space) is two words; `U.S.` and `a.m.` stay one
      const glued = gluedSentence(w);
      if (glued > 0) w = w.slice(0, glued);
      if (i + w.length > end) w = w.slice(0, end - i);
      // possessive of a plural: `Sanders' campaign`
      const after = text[i + w.length];
      if ((after === "'" || after === '’') && /[sS]$/.test(w) && i + w.length + 1 < end && /\s/.test(text[i + w.length + 1] ?? '') && /^\s*\p{Ll}/u.test(text.slice(i + w.length + 1, i + w.length + 4))) w += after;
      let stop = i + w.length;
      if (text[stop] === '.' && stop < end) {
        const withDot = `${w.toLowerCase()}.`;
        const following = text[stop + 1] ?? '';
        if (ABBREVIATIONS.has(withDot) || /^\p{Lu}$/u.test(w) || w.includes('.') || following === ')' || following === ',' || /^[RDI]-\p{Lu}\p{L}{0,4}$/u.test(w)) {
          // `… in the U.S. He says …`: an abbreviation that can close a sentence does, before a
          // word that only opens one (the period is then the sentence end, not part of the word)
          if (!(w.length > 1 && !TITLE_ABBREVIATIONS.test(w) && SENTENCE_OPENER.test(text.slice(stop + 1, stop + 12)))) {
            w += '.';
            stop += 1;
          }
        }
      }
      tokens.push({ start: i, end: stop, text: w, lower: w.toLowerCase(), kind: 'word', cap: startsUpper(w) });
      i = stop;
      continue;
    }
    // one code point of punctuation (keep surrogate pairs whole)
    const cp = text.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    const t = text.slice(i, i + len);
    tokens.push({ start: i, end: i + len, text: t, lower: t, kind: QUOTE_MARKS.has(t) ? 'mark' : 'punct', cap: false });
    i += len;
  }
  return tokens;
}

const LETTER = /\p{L}/u;

/** Whether `c` is an ASCII letter or digit (the ASCII part of `[\p{L}\p{N}]`). */
function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Whether `c` is an ASCII blank other than a line break (the ASCII part of `[^\S\n]`: tab, vertical tab, form feed, carriage return, space). */
function isAsciiBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 13;
}

/**
 * The match of {@link WORD} at `i` (`ch` is the code unit there), or null. Fast path: a word that
 * is ASCII up to the character after it is scanned by code units (ASCII letters and digits are
 * exactly the ASCII part of `[\p{L}\p{N}]`, and ASCII has no `\p{M}`); at the first other
 * character the regular expression decides, so the result is the same.
 */
function wordAt(text: string, i: number, ch: number): string | null {
  if (ch < 128) {
    if (!isAsciiAlnum(ch)) return null;
    let j = i + 1;
    for (;;) {
      const c = text.charCodeAt(j);
      if (isAsciiAlnum(c)) {
        j += 1;
        continue;
      }
      if (c === 39 || c === 46 || c === 45 || c === 0x2019) {
        // `'`, `.`, `-`, `’` join only when a letter or digit follows
        const d = text.charCodeAt(j + 1);
        if (isAsciiAlnum(d)) {
          j += 2;
          continue;
        }
        if (d >= 128) break;
        return text.slice(i, j);
      }
      if (c >= 128) break;
      return text.slice(i, j);
    }
  }
  WORD.lastIndex = i;
  const word = WORD.exec(text);
  return word ? word[0] : null;
}

/** Whether `w` starts with an upper-case letter ({@link UPPER}), deciding ASCII by code unit. */
function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(w);
}

/** Characters after which a single line break ends a paragraph (a sentence, quotation or headline ended there: `Mayor rips council; ⏎Vance lashes out …`). */
const LINE_ENDERS = new Set(['.', '!', '?', ':', ';', '"', '”', '’', "'", '»']);

/** Whether the line break at `at` follows a sentence end (looking back over spaces on its line). */
export function endsLine(text: string, at: number): boolean {
  let k = at - 1;
  // `\r` too: a CRLF line end is read exactly like LF.
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k -= 1;
  return k >= 0 && LINE_ENDERS.has(text[k] as string);
}

/**
 * Offset of a period that glues two sentences into one word (`said.Trump`: three or more letters
 * before it, a capital after), or -1. Abbreviations (`U.S.`, `a.m.`) have shorter parts; domain
 * names (`fivethirtyeight.com`) have a lower-case letter after.
 */
function gluedSentence(word: string): number {
  for (let dot = word.indexOf('.'); dot >= 0; dot = word.indexOf('.', dot + 1)) {
    if (dot < 3 || !UPPER.test(word[dot + 1] ?? '')) continue;
    if (LETTER.test(word[dot - 1] as string) && LETTER.test(word[dot - 2] as string) && LETTER.test(word[dot - 3] as string)) return dot;
  }
  return -1;
}

/** Whether token `t` ends a sentence (`.`, `!`, `?`, a paragraph break). */
export function endsSentence(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'para') return true;
  return t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?');
}

/** Whether `t` is a word. */
export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}
