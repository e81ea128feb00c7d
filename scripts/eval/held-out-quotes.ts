/**
 * Replica held-out quotes: `tsx scripts/eval/held-out-quotes.ts [--seed N] [--out DIR]`, or through
 * `npm run eval -- --verify --held-out [--held-out-seed N]`, which also runs the verification eval on them.
 *
 * Draws quotes the way `quotes-10mb.jsonl` was drawn (see `../shared/data/speeches/README.md`), but only
 * from the references that lie *beyond* the first 10 M characters of `reference.jsonl` (in file order),
 * so that no verification rule was tuned on them. This is our reconstruction of the recipe from the
 * statistics of `quotes-10mb.jsonl` and `quotes-1mb.jsonl`, not the maintainers' held-out set:
 *
 * - spans lie inside one paragraph (line) and start at a word: a sentence start in 55% of quotes, of
 *   which a third also end at the sentence end nearest the drawn length (the 10 MB set: 53% start a
 *   sentence, 16% end one); the last word's trailing comma is dropped, its `.`/`?`/`!` kept half the
 *   time; the reference is chosen in proportion to its length; the span's length in words is drawn by
 *   {@link drawLength}, at least 6 for `altered` (43 of 300 altered sources have exactly 6) and 10 for
 *   `elided` (57 of 240);
 * - `normalized`: 1–4 punctuation, case or white-space changes ({@link NORMALIZE_OPS});
 * - `elided`: one gap (two in 15%) of 2–16 words cut out of the span ({@link GAP_WORDS}), each kept
 *   part ≥ 2 words, written as one of six ellipsis forms; 30% replace a pronoun by a bracketed referent (`[the Senate]`), 13% of
 *   quotes that start in lower case capitalize it in brackets (`[W]ith`), 27% also get one normalization;
 * - `altered`: 1 to {@link maxEdits} edits (uniform), each `sub` 198 : `ins` 102 : `del` 102 : `swap` 47 at a
 *   uniform position (an `ins` before a word, never at the end); a `sub` takes a word drawn from the same reference in proportion to its frequency
 *   (a number is changed to another number), an `ins` one of {@link INSERTED_WORDS}; 35% also get one or
 *   two normalizations;
 * - `notfound`: spans of held-back references (other speeches of speakers that stay in the index), which
 *   are left out of the index, whose words occur nowhere in the index; 45% get normalizations.
 *
 * The output is a quotes file in the format of `quotes-10mb.jsonl` and a `reference.jsonl` beside it that
 * holds exactly the references to index (the part beyond 10 M minus the held-back references).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { normalizeWords } from '../../src/verify/words.js';
import { firstReferences, readJsonl, SPEECHES, type GoldEdit, type GoldVerificationQuote, type SpeechReference } from './verification.js';

/** A random number generator returning floats in [0, 1). */
export type Random = () => number;

/** mulberry32: a small seeded 32-bit generator, so that a seed always gives the same quotes. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Quotes of each kind, as in `quotes-10mb.jsonl`. */
export const KIND_COUNTS = { verbatim: 200, normalized: 200, elided: 200, altered: 250, notfound: 150 } as const;

/** Words an `ins` edit adds, with their counts in the 10 MB and 1 MB sets (102 insertions). */
export const INSERTED_WORDS: readonly (readonly [string, number])[] = [
  ['really', 16], ['not', 13], ['great', 13], ['the', 12], ['now', 10],
  ['truly', 9], ['just', 9], ['always', 9], ['all', 6], ['very', 5],
];

/** Edit operations with their counts in the 10 MB and 1 MB sets (449 edits). */
export const EDIT_OPS: readonly (readonly [GoldEdit['op'], number])[] = [['sub', 198], ['ins', 102], ['del', 102], ['swap', 47]];

/**
 * Most edits of an altered quote of `n` words: one per ten words begun, at most three (in both sets
 * every source of ≤ 10 words has one edit, none of < 20 words has three; with room for three, the
 * counts 1, 2, 3 are about equal).
 */
export function maxEdits(n: number): number {
  return Math.min(3, Math.max(1, Math.ceil(n / 10)));
}

/** Words an elision leaves out (gaps of both sets' elided quotes). */
export const GAP_WORDS: readonly (readonly [number, number])[] = [
  [2, 66], [3, 73], [4, 29], [5, 19], [6, 20], [7, 18], [8, 10], [9, 9], [10, 5], [11, 5], [12, 4], [13, 9], [14, 5], [15, 3], [16, 1],
];

/** How an ellipsis is written between two kept parts (the six forms are about equally frequent in both sets). */
export const ELLIPSES: readonly string[] = ['...', ' ...', ' ... ', '... ', ' . . . ', ' … '];

/** Bracketed referents that replace a pronoun in elided quotes (the ones both sets use). */
export const REFERENTS: readonly string[] = [
  'the Senate', 'the administration', 'Americans', 'Mexico', 'the bill', 'the United States', 'the president', 'the treaty', 'Congress',
];

/** Pronouns a bracketed referent replaces. */
const PRONOUNS = new Set(['it', 'that', 'this', 'we', 'those', 'they', 'he', 'these', 'she', 'them']);

/** Normalizations with their counts in the normalized quotes of both sets (characters diffed against `src`). */
export const NORMALIZE_OPS = [
  ['case-word', 107], ['case-first', 70], ['comma-insert', 72], ['space', 63], ['comma-delete', 32],
  ['end-punct', 63], ['period-semicolon', 19], ['curly', 19], ['end-period-delete', 7],
] as const;

type NormalizeOp = (typeof NORMALIZE_OPS)[number][0];

/** Number of normalizations of a normalized quote (240 quotes: 103 one change, 76 two, 49 three, 12 more). */
const NORMALIZE_COUNTS: readonly (readonly [number, number])[] = [[1, 103], [2, 76], [3, 49], [4, 12]];

/** Words as the quote files count them (`nWords`). */
const WORD = /[A-Za-z0-9]+(?:['’][A-Za-z0-9]+)*/g;

/** Number of words of a text, counted like the `nWords` of the quote files. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

function pick<T>(rng: Random, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

function weighted<T>(rng: Random, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((n, [, w]) => n + w, 0);
  let r = rng() * total;
  for (const [item, w] of table) {
    r -= w;
    if (r < 0) return item;
  }
  return (table[table.length - 1] as readonly [T, number])[0];
}

function int(rng: Random, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

/**
 * A quote length in words: uniform on 3–80 with probability 0.43, on 3–25 with 0.44, on 3–12 with 0.13
 * (fitted to the verbatim, normalized and notfound quotes of the 10 MB set: about 3 quotes per length
 * above 25 words, 21 per length at 3–5 words, 13 at 16–25).
 */
export function drawLength(rng: Random): number {
  const r = rng();
  return r < 0.43 ? int(rng, 3, 80) : r < 0.87 ? int(rng, 3, 25) : int(rng, 3, 12);
}

/** A word of a line: its UTF-16 offsets in the reference text. */
interface Token {
  start: number;
  end: number;
}

/** A turn label at the start of a line (`TRUMP:`, `MR. KALB:`). */
const LABEL = /^[A-Z][A-Z.'\- ]*:/;

/**
 * The runs of tokens (characters between white space) a span may cover: the lines of a text, without
 * their turn label and cut at every token with a parenthesis or bracket (`(APPLAUSE)`). No quote of
 * either set holds a label or a parenthesis, though about 146 would if spans ignored them.
 */
function linesOf(text: string): Token[][] {
  const lines: Token[][] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const label = LABEL.exec(line)?.[0].length ?? 0;
    let tokens: Token[] = [];
    for (const m of line.matchAll(/[^ \t\r]+/g)) {
      const start = offset + (m.index ?? 0);
      if ((m.index ?? 0) < label) continue;
      if (/[()[\]]/.test(m[0])) {
        if (tokens.length > 0) lines.push(tokens);
        tokens = [];
      } else tokens.push({ start, end: start + m[0].length });
    }
    if (tokens.length > 0) lines.push(tokens);
    offset += line.length + 1;
  }
  return lines;
}

/** Where a span may start: any word, or a sentence start. */
function isSentenceStart(text: string, tokens: readonly Token[], k: number): boolean {
  if (k === 0) return true;
  const prev = tokens[k - 1] as Token;
  return /[.?!]["')\]”’]*$/.test(text.slice(prev.start, prev.end));
}

/** The end of a span ending with token `t`: its trailing comma etc. dropped, a `.`/`?`/`!` kept half the time. */
function spanEnd(rng: Random, text: string, t: Token): number {
  const word = text.slice(t.start, t.end);
  const core = /^(.*?[A-Za-z0-9])[^A-Za-z0-9]*$/.exec(word);
  if (!core) return t.end;
  const coreEnd = t.start + (core[1] as string).length;
  return /^[.?!]/.test(word.slice(coreEnd - t.start)) && rng() < 0.5 ? coreEnd + 1 : coreEnd;
}

/** A run of `n` tokens (or ending at a nearby sentence end) of one line of `text` (`null` if no line is long enough), starting at a sentence start 55% of the time. */
export function drawRun(rng: Random, text: string, n: number): Token[] | null {
  const lines = linesOf(text).filter((l) => l.length >= n && /[A-Za-z]/.test(text.slice(l[0]?.start, l[l.length - 1]?.end)));
  if (lines.length === 0) return null;
  const total = lines.reduce((s, l) => s + l.length - n + 1, 0);
  let r = Math.floor(rng() * total);
  let line = lines[0] as Token[];
  for (const l of lines) {
    if (r < l.length - n + 1) {
      line = l;
      break;
    }
    r -= l.length - n + 1;
  }
  let k = Math.floor(rng() * (line.length - n + 1));
  let end = k + n;
  if (rng() < 0.55) {
    const starts = [...Array(line.length - n + 1).keys()].filter((j) => isSentenceStart(text, line, j));
    if (starts.length > 0) k = pick(rng, starts);
    end = k + n;
    // A third of the spans that start a sentence also end one: the sentence end nearest n words.
    if (rng() < 0.45) {
      const near = (j: number): boolean => Math.abs(j - k - n) <= Math.max(5, n / 2) && j - k >= 3 && j - k <= 80;
      const ends = [...Array(line.length + 1).keys()].filter((j) => j > k && near(j) && isSentenceStart(text, line, j));
      if (ends.length > 0) end = ends.reduce((a, b) => (Math.abs(b - k - n) < Math.abs(a - k - n) ? b : a));
    }
  }
  const run = line.slice(k, end);
  const first = run[0] as Token;
  // Single spaces only, so that `src.split(' ')` gives the words the edits count.
  if (/\s\s|[\t\r]/.test(text.slice(first.start, (run[run.length - 1] as Token).end))) return null;
  return /[A-Za-z0-9]/.test(text.slice(first.start, first.end)) ? run : null;
}

/** A span of `n` words of `text`: `[start, end)`. */
export function drawSpan(rng: Random, text: string, n: number): [number, number] | null {
  const run = drawRun(rng, text, n);
  if (!run) return null;
  return [(run[0] as Token).start, spanEnd(rng, text, run[run.length - 1] as Token)];
}

const upperFirstLetter = (s: string, upper: boolean): string =>
  s.replace(/[A-Za-z]/, (c) => (upper ? c.toUpperCase() : c.toLowerCase()));
const toggleFirstLetter = (s: string): string =>
  s.replace(/[A-Za-z]/, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()));

/** Applies one normalization to a quote; `null` when `op` does not apply to it. */
export function normalizeOnce(rng: Random, quote: string, op: NormalizeOp): string | null {
  const words = quote.split(' ');
  const last = words.length - 1;
  const letterWords = words.map((w, k) => (/^[^A-Za-z0-9]*[A-Za-z]/.test(w) ? k : -1)).filter((k) => k >= 0);
  switch (op) {
    case 'case-word': {
      const ks = letterWords.filter((k) => k > 0);
      if (ks.length === 0) return null;
      const k = pick(rng, ks);
      words[k] = toggleFirstLetter(words[k] as string);
      return words.join(' ');
    }
    case 'case-first':
      if (!letterWords.includes(0)) return null;
      words[0] = toggleFirstLetter(words[0] as string);
      return words.join(' ');
    case 'comma-insert': {
      const ks = words.map((w, k) => (k < last && /[A-Za-z0-9]$/.test(w) ? k : -1)).filter((k) => k >= 0);
      if (ks.length === 0) return null;
      const k = pick(rng, ks);
      words[k] += ',';
      return words.join(' ');
    }
    case 'space': {
      if (last === 0) return null;
      const k = int(rng, 0, last - 1);
      words[k] += rng() < 0.94 ? ' ' : '  ';
      return words.join(' ');
    }
    case 'comma-delete': {
      const ks = words.map((w, k) => (/[A-Za-z0-9],$/.test(w) ? k : -1)).filter((k) => k >= 0);
      if (ks.length === 0) return null;
      const k = pick(rng, ks);
      words[k] = (words[k] as string).slice(0, -1);
      return words.join(' ');
    }
    case 'end-punct':
      if (!/[A-Za-z0-9]$/.test(quote)) return null;
      return quote + weighted(rng, [['.', 27], ['!', 23], [',', 13]]);
    case 'period-semicolon': {
      const ks = words.map((w, k) => (k < last && /[A-Za-z0-9]\.$/.test(w) && /^[A-Z]/.test(words[k + 1] as string) ? k : -1)).filter((k) => k >= 0);
      if (ks.length === 0) return null;
      const k = pick(rng, ks);
      words[k] = `${(words[k] as string).slice(0, -1)};`;
      words[k + 1] = upperFirstLetter(words[k + 1] as string, false);
      return words.join(' ');
    }
    case 'curly': {
      if (/'/.test(quote)) return quote.replace(/'/g, '’');
      if (/"/.test(quote)) {
        let open = true;
        return quote.replace(/"/g, () => ((open = !open) ? '”' : '“'));
      }
      return null;
    }
    case 'end-period-delete':
      return /[A-Za-z0-9]\.$/.test(quote) ? quote.slice(0, -1) : null;
  }
}

/** Brackets and ellipses, which normalizations leave alone (no quote of either set has `[the  Senate]` or `.  . .`). */
const EDITORIAL = /\[[^\]]*\]|\.\.\.|…|\. \. \./g;

/**
 * Applies `n` normalizations (each drawn by {@link NORMALIZE_OPS}, redrawn when it does not apply or
 * would change a bracket or an ellipsis).
 */
export function normalizeQuote(rng: Random, quote: string, n: number): string {
  let out = quote;
  const editorial = (s: string): string => (s.match(EDITORIAL) ?? []).join('\u0001');
  for (let done = 0, tries = 0; done < n && tries < 50; tries++) {
    const next = normalizeOnce(rng, out, weighted(rng, NORMALIZE_OPS));
    if (next !== null && next !== out && editorial(next) === editorial(out)) {
      out = next;
      done++;
    }
  }
  return out;
}

/** The word of a token without its leading and trailing punctuation, and the punctuation around it. */
function splitCore(token: string): [string, string, string] {
  const m = /^([^A-Za-z0-9]*)(.*?)([^A-Za-z0-9]*)$/.exec(token) as RegExpExecArray;
  return m[2] === '' ? ['', token, ''] : [m[1] as string, m[2] as string, m[3] as string];
}

/** A different number of as many digits (commas kept), for a `sub` of a number. */
function changeNumber(rng: Random, n: string): string {
  for (let tries = 0; tries < 20; tries++) {
    const out = n.replace(/\d/g, (d, k: number) => String(k === 0 && n.length > 1 ? int(rng, 1, 9) : int(rng, 0, 9)));
    if (out !== n) return out;
  }
  return n === '1' ? '2' : '1';
}

/** The words a `sub` may put in, drawn by frequency: the reference's tokens stripped of punctuation. */
function vocabularyOf(text: string): string[] {
  return text.split(/\s+/).map((t) => splitCore(t)[1]).filter((w) => /^[A-Za-z]+(?:'[A-Za-z]+)?$/.test(w));
}

/** Applies 1–3 edits to the words of `src` (split at single spaces); returns the new words and the edits. */
export function alterWords(rng: Random, src: string, vocabulary: readonly string[]): { words: string[]; edits: GoldEdit[] } {
  const words = src.split(' ');
  const edits: GoldEdit[] = [];
  const n = int(rng, 1, maxEdits(words.length));
  while (edits.length < n) {
    const op = weighted(rng, EDIT_OPS);
    if (op === 'ins') {
      // Before a word, never after the last one (no insertion of either set appends: 0 of 102).
      const at = int(rng, 0, words.length - 1);
      const to = weighted(rng, INSERTED_WORDS);
      words.splice(at, 0, to);
      edits.push({ op, at, to });
    } else if (op === 'del') {
      if (words.length <= 2) continue;
      const at = int(rng, 0, words.length - 1);
      const [from] = words.splice(at, 1);
      edits.push({ op, at, from: from as string });
    } else if (op === 'swap') {
      if (words.length < 2) continue;
      const at = int(rng, 0, words.length - 2);
      const [x, y] = [words[at] as string, words[at + 1] as string];
      if (x.toLowerCase() === y.toLowerCase()) continue;
      words.splice(at, 2, y, x);
      edits.push({ op, at, from: `${x} ${y}` });
    } else {
      const at = int(rng, 0, words.length - 1);
      const [lead, core, trail] = splitCore(words[at] as string);
      let to: string;
      if (/^\d[\d,]*$/.test(core)) to = changeNumber(rng, core);
      else {
        to = pick(rng, vocabulary);
        if (to.toLowerCase() === core.toLowerCase()) continue;
      }
      words[at] = core === '' ? to : `${lead}${to}${trail}`;
      edits.push({ op, at, from: core === '' ? trail : core, to });
    }
  }
  return { words, edits };
}

/** One generated quote (the fields of `quotes-10mb.jsonl`). */
export type HeldOutQuote = GoldVerificationQuote & { segments?: [number, number][]; notes?: string[] };

/** What {@link generateQuotes} makes. */
export interface HeldOutSet {
  quotes: HeldOutQuote[];
  /** The references to index. */
  indexed: SpeechReference[];
  /** The references the `notfound` quotes come from (not indexed). */
  heldBack: SpeechReference[];
}

/** Options of {@link generateQuotes}. */
export interface HeldOutOptions {
  seed: number;
  /** Quotes of each kind (default: {@link KIND_COUNTS}). */
  counts?: Partial<Record<GoldVerificationQuote['kind'], number>>;
  /** How many references to hold back for `notfound` quotes (default: 40). */
  heldBack?: number;
}

/** Chooses references in proportion to their length. */
function byLength(rng: Random, refs: readonly SpeechReference[]): SpeechReference {
  return weighted(rng, refs.map((r) => [r, r.text.length] as const));
}

/** Makes one elided quote of `text`, or `null` if the drawn shape does not fit. */
function elide(rng: Random, text: string): Omit<HeldOutQuote, 'qid' | 'doc' | 'kind' | 'srcOccurrencesInSubset'> | null {
  // The span is drawn first (at least 10 words: 57 of 240 elided sources have exactly 10), then gaps
  // are cut out of it that leave at least 7 words.
  const run = drawRun(rng, text, Math.max(drawLength(rng), 10));
  if (!run) return null;
  const two = rng() < 0.15;
  let gaps: number[] = [];
  for (let tries = 0; tries < 50; tries++) {
    gaps = two ? [weighted(rng, GAP_WORDS), weighted(rng, GAP_WORDS)] : [weighted(rng, GAP_WORDS)];
    if (run.length - gaps.reduce((a, b) => a + b, 0) >= Math.max(7, 2 * (gaps.length + 1))) break;
  }
  const kept = run.length - gaps.reduce((a, b) => a + b, 0);
  if (kept < Math.max(7, 2 * (gaps.length + 1))) return null;
  // Cut the kept words into gaps + 1 parts of at least two words each.
  const cuts: number[] = [];
  for (let tries = 0; cuts.length < gaps.length && tries < 50; tries++) {
    const c = int(rng, 2, kept - 2);
    if (cuts.every((x) => Math.abs(x - c) >= 2)) cuts.push(c);
  }
  if (cuts.length < gaps.length) return null;
  cuts.sort((a, b) => a - b);
  const parts: Token[][] = [];
  let k = 0;
  let prevCut = 0;
  cuts.forEach((c, g) => {
    parts.push(run.slice(k, k + c - prevCut));
    k += c - prevCut + (gaps[g] as number);
    prevCut = c;
  });
  parts.push(run.slice(k));
  const segments = parts.map((p, j): [number, number] => [
    (p[0] as Token).start,
    j === parts.length - 1 ? spanEnd(rng, text, p[p.length - 1] as Token) : (p[p.length - 1] as Token).end,
  ]);
  const notes = [`${gaps.length} ellipsis`];
  const pieces = segments.map(([a, b]) => text.slice(a, b).split(' '));
  // A pronoun replaced by a bracketed referent.
  if (rng() < 0.3) {
    const places = pieces.flatMap((p, j) => p.map((w, i) => (PRONOUNS.has(splitCore(w)[1].toLowerCase()) ? [j, i] : null))).filter((x) => x !== null);
    if (places.length > 0) {
      const [j, i] = pick(rng, places) as [number, number];
      const piece = pieces[j] as string[];
      const [lead, , trail] = splitCore(piece[i] as string);
      piece[i] = `${lead}[${pick(rng, REFERENTS)}]${trail}`;
      notes.push('bracket-referent');
    }
  }
  // A lower-case start capitalized in brackets.
  const first = (pieces[0] as string[])[0] as string;
  if (/^[a-z]/.test(first) && rng() < 0.13) {
    (pieces[0] as string[])[0] = `[${(first[0] as string).toUpperCase()}]${first.slice(1)}`;
    notes.push('bracket-case');
  }
  let quote = pieces.map((p) => p.join(' ')).reduce((q, p) => q + pick(rng, ELLIPSES) + p);
  if (rng() < 0.27) {
    quote = normalizeQuote(rng, quote, 1);
    notes.push('punct');
  }
  const start = segments[0]?.[0] as number;
  const end = segments[segments.length - 1]?.[1] as number;
  return { quote, nWords: countWords(quote), start, end, src: text.slice(start, end), segments, notes };
}

/** How often `needle` occurs in `haystack`. */
function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let k = haystack.indexOf(needle); k >= 0; k = haystack.indexOf(needle, k + 1)) n++;
  return n;
}

/**
 * Draws a replica quote set from `refs` (the references beyond 10 M): holds back some references
 * (of speakers that keep at least one indexed reference) for the `notfound` quotes and draws the other
 * kinds from the rest. Deterministic for a seed.
 */
export function generateQuotes(refs: readonly SpeechReference[], options: HeldOutOptions): HeldOutSet {
  const rng = mulberry32(options.seed);
  const counts = { ...KIND_COUNTS, ...options.counts };
  // Hold back references of speakers with more than one reference, keeping one of each indexed.
  const bySpeaker = new Map<string, SpeechReference[]>();
  for (const r of refs) bySpeaker.set(r.speaker, [...(bySpeaker.get(r.speaker) ?? []), r]);
  const candidates = refs.filter((r) => (bySpeaker.get(r.speaker)?.length ?? 0) > 1);
  const held = new Set<SpeechReference>();
  const want = Math.min(options.heldBack ?? 40, candidates.length);
  for (let tries = 0; held.size < want && tries < 100 * (want + 1); tries++) {
    const r = pick(rng, candidates);
    const same = bySpeaker.get(r.speaker) ?? [];
    if (!held.has(r) && same.filter((x) => !held.has(x)).length > 1) held.add(r);
  }
  const heldBack = refs.filter((r) => held.has(r));
  const indexed = refs.filter((r) => !held.has(r));
  const vocabularies = new Map<SpeechReference, string[]>();
  // The indexed words: a source's occurrences are counted in them (`srcOccurrencesInSubset`: the eval takes
  // a passage with the same words elsewhere as located), and a notfound quote's words must not occur.
  const indexedWords = ` ${indexed.map((r) => normalizeWords(r.text)).join(' \u0000 ')} `;

  const quotes: HeldOutQuote[] = [];
  let qid = 0;
  for (const kind of ['verbatim', 'normalized', 'elided', 'altered', 'notfound'] as const) {
    for (let made = 0, tries = 0; made < (counts[kind] ?? 0); tries++) {
      const pool = kind === 'notfound' ? heldBack : indexed;
      if (pool.length === 0 || tries > 1000 + 100 * (counts[kind] ?? 0)) throw new Error(`held-out quotes: cannot draw ${kind} quotes from these references`);
      const ref = byLength(rng, pool);
      let q: Omit<HeldOutQuote, 'qid' | 'doc' | 'kind' | 'srcOccurrencesInSubset'> | null = null;
      if (kind === 'elided') q = elide(rng, ref.text);
      else {
        const span = drawSpan(rng, ref.text, kind === 'altered' ? Math.max(drawLength(rng), 6) : drawLength(rng));
        if (!span) continue;
        const [start, end] = span;
        const src = ref.text.slice(start, end);
        let quote = src;
        let edits: GoldEdit[] | undefined;
        if (kind === 'normalized') quote = normalizeQuote(rng, src, weighted(rng, NORMALIZE_COUNTS));
        else if (kind === 'notfound' && rng() < 0.45) quote = normalizeQuote(rng, src, weighted(rng, NORMALIZE_COUNTS));
        else if (kind === 'altered') {
          if (!vocabularies.has(ref)) vocabularies.set(ref, vocabularyOf(ref.text));
          const altered = alterWords(rng, src, vocabularies.get(ref) as string[]);
          edits = altered.edits;
          quote = altered.words.join(' ');
          if (rng() < 0.35) quote = normalizeQuote(rng, quote, rng() < 0.8 ? 1 : 2);
        }
        if (kind === 'normalized' && quote === src) continue;
        q = { quote, nWords: countWords(quote), start, end, src, ...(edits ? { edits } : {}) };
      }
      if (!q) continue;
      const found = occurrences(indexedWords, ` ${normalizeWords(q.src)} `);
      if (kind === 'notfound') {
        if (found > 0) continue;
        quotes.push({ qid: qid++, kind, quote: q.quote, nWords: q.nWords, doc: null, start: null, end: null, heldoutDoc: ref.id, src: q.src, srcOccurrencesInSubset: 0 });
      } else quotes.push({ qid: qid++, kind, ...q, doc: ref.id, srcOccurrencesInSubset: found });
      made++;
    }
  }
  // Shuffle (Fisher–Yates), as the quote files are not in qid order.
  for (let k = quotes.length - 1; k > 0; k--) {
    const j = Math.floor(rng() * (k + 1));
    [quotes[k], quotes[j]] = [quotes[j] as HeldOutQuote, quotes[k] as HeldOutQuote];
  }
  return { quotes, indexed, heldBack };
}

/** The references of `reference.jsonl` beyond its first 10 M characters, in file order. */
export function referencesBeyond10M(all: readonly SpeechReference[]): SpeechReference[] {
  return all.slice(firstReferences(all, 10e6).length);
}

/**
 * Generates a replica set for `seed` from the shared `reference.jsonl` into `dir` (default: a new folder
 * in the system's temporary directory): `quotes-held-out-seed<N>.jsonl` and the `reference.jsonl` to
 * index beside it. Returns the quotes file and the set.
 */
export function writeHeldOut(seed: number, dir = join(tmpdir(), `quotecheck-held-out-seed${seed}`)): { file: string; set: HeldOutSet } {
  const refs = referencesBeyond10M(readJsonl<SpeechReference>(join(SPEECHES, 'reference.jsonl')));
  const set = generateQuotes(refs, { seed });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `quotes-held-out-seed${seed}.jsonl`);
  writeFileSync(file, set.quotes.map((q) => JSON.stringify(q)).join('\n') + '\n');
  writeFileSync(join(dir, 'reference.jsonl'), set.indexed.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return { file, set };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
  const { file, set } = writeHeldOut(Number(values.seed), values.out);
  console.log(`${set.quotes.length} quotes in ${file}; ${set.indexed.length} references to index beside it, ${set.heldBack.length} held back for notfound quotes`);
}
