/**
 * Verifies quotations against a collection of reference texts (speeches, press releases, interview
 * and debate transcripts).
 *
 * How a quotation is found: its neighbouring word pairs are looked up in an index of the references'
 * word pairs (hashed integer keys, rarest pairs first, as BLAST and passim seed their searches); the
 * hits are grouped into candidate passages; the quotation is aligned word by word with the best few
 * (a banded edit distance in which ellipses and bracketed changes may leave out the speaker's words);
 * the best alignment decides the verdict.
 *
 * @module
 */
import { assertNumber, assertOptions, describe } from '../errors.js';
import { assertWithinBudget, MAX_QUOTE_LENGTH, MAX_REFERENCES_LENGTH } from '../limits.js';
import type { AttributedQuote, DiffOp, Passage, Reference, SpeakerCheck, Verdict, Verification } from '../types.js';
import { Move, align, diffOf, settleEdges, takeInBoundarySwaps, type Alignment } from './align.js';
import { rankCandidates, referenceOf, scratchFor, seedsOf, type Candidate, type Scratch } from './candidates.js';
import { Gap, parseQuotation, type ParsedQuotation } from './quotation.js';
import { compareSpeakers, nameWords } from './speakers.js';
import {
  CHECKPOINT_EVERY,
  arrayBytes,
  buildIndex,
  decodeIndex,
  encodeIndex,
  type IndexData,
  type ReferenceInput,
  type StoredReference,
} from './store.js';
import { searchTitles, titleSearcher, type ReferenceMatch } from './titles.js';
import { turnAt } from './turns.js';
import { changesOf, isAlteration } from './verdict.js';
import { scanWords } from './words.js';

/** Options for {@link ReferenceIndex}. */
export interface ReferenceIndexOptions {
  /**
   * Least similarity (matched words ÷ matched and changed words, a swap counting once; in (0, 1]) for a
   * quotation whose words differ from its passage to be reported as `altered` rather than `not-found`
   * (default: `0.7`).
   */
  readonly minScore?: number;
  /**
   * Least number of the quotation's words that must match its passage for `altered` (default: `4`:
   * three common words recur by chance in a large collection).
   * Shorter quotations can only be `verbatim`, `normalized` or `elided`.
   */
  readonly minMatchedWords?: number;
  /**
   * Candidate passages aligned word by word per quotation (default: `4`); twice as many for an elided
   * quotation when none of them holds every word.
   */
  readonly maxCandidates?: number;
  /** Reference positions examined per quotation when looking up its word pairs (default: `2000`). */
  readonly seedBudget?: number;
}

/**
 * How many times `maxCandidates` are aligned for an elided quotation when none of the first ones holds
 * every word (its gaps split it over several diagonals, so near-misses can outrank its passage).
 */
const WIDEN = 2;

/** Whether a quotation has an ellipsis or a bracketed change between its words. */
function gapped(q: ParsedQuotation): boolean {
  return q.gaps.some((g) => g !== Gap.None);
}

/** The defaults of {@link ReferenceIndexOptions}, in one place. */
const DEFAULTS: Required<ReferenceIndexOptions> = {
  minScore: 0.7,
  minMatchedWords: 4,
  maxCandidates: 4,
  seedBudget: 2000,
};

const OPTION_NAMES = Object.keys(DEFAULTS);
const FN = 'ReferenceIndex';

/** Extra diagonals on each side of the seeds' band when aligning. */
const BAND = 16;
/** Widest spread of diagonals a candidate passage may have. */
const MAX_SPREAD = 4096;
/** Most cells of one alignment (64 M: 64 MB of trace), so a huge quotation narrows its band instead of exhausting memory. */
const MAX_CELLS = 64_000_000;

/** Figures about an index, for benchmarks and reports. */
export interface ReferenceIndexStats {
  /** Number of references. */
  readonly references: number;
  /** Total length of their texts (UTF-16 code units). */
  readonly characters: number;
  /** Number of words indexed. */
  readonly words: number;
  /** Bytes held by the index's typed arrays (word ids, seeds, checkpoints), the texts not counted. */
  readonly indexBytes: number;
}

function validOptions(options: unknown): Required<ReferenceIndexOptions> {
  assertOptions(options, OPTION_NAMES, FN);
  const o = { ...DEFAULTS, ...(options as ReferenceIndexOptions | undefined) };
  assertNumber(o.minScore, 'options.minScore', FN, Number.MIN_VALUE, 1);
  assertNumber(o.minMatchedWords, 'options.minMatchedWords', FN, 1, 1000, true);
  assertNumber(o.maxCandidates, 'options.maxCandidates', FN, 1, 1000, true);
  assertNumber(o.seedBudget, 'options.seedBudget', FN, 1, 1e9, true);
  return o;
}

function validReferences(references: unknown): ReferenceInput[] {
  if (references === null || typeof references !== 'object' || !(Symbol.iterator in references)) {
    throw new TypeError(`${FN}: \`references\` must be an iterable of {id, text} objects, got ${describe(references)}`);
  }
  const out: ReferenceInput[] = [];
  const seen = new Set<string>();
  let k = 0;
  let length = 0;
  for (const r of references as Iterable<unknown>) {
    if (r === null || typeof r !== 'object') {
      throw new TypeError(`${FN}: \`references[${k}]\` must be an object {id, text}, got ${describe(r)}`);
    }
    const ref = r as Record<string, unknown>;
    if (typeof ref.id !== 'string') throw new TypeError(`${FN}: \`references[${k}].id\` must be a string, got ${describe(ref.id)}`);
    if (typeof ref.text !== 'string') throw new TypeError(`${FN}: \`references[${k}].text\` must be a string, got ${describe(ref.text)}`);
    length += ref.text.length;
    assertWithinBudget(length, MAX_REFERENCES_LENGTH, 'MAX_REFERENCES_LENGTH', 'references', FN);
    for (const field of ['title', 'date', 'speaker'] as const) {
      if (ref[field] !== undefined && typeof ref[field] !== 'string') {
        throw new TypeError(`${FN}: \`references[${k}].${field}\` must be a string or undefined, got ${describe(ref[field])}`);
      }
    }
    if (seen.has(ref.id)) throw new TypeError(`${FN}: \`references[${k}].id\` "${ref.id}" is used twice; ids must be unique`);
    seen.add(ref.id);
    out.push({
      id: ref.id,
      text: ref.text,
      ...(typeof ref.title === 'string' ? { title: ref.title } : {}),
      ...(typeof ref.date === 'string' ? { date: ref.date } : {}),
      ...(typeof ref.speaker === 'string' ? { speaker: ref.speaker } : {}),
    });
    k++;
  }
  return out;
}

/** Candidates with every word in place checked for an occurrence printed exactly as quoted. */
const MAX_EXACT_TRIES = 32;
/**
 * Reference positions examined in the quick looks at a quotation's rarest word pairs, smallest first
 * (most quotations are settled by their few rarest pairs); then the full `seedBudget`.
 */
const QUICK_BUDGETS = [32, 400];
/** Share of the quotation's words the quick look must find in place to settle the candidates. */
const QUICK_ENOUGH = 0.9;

/** An aligned candidate. */
interface Located {
  reference: number;
  alignment: Alignment;
  speakerCheck: SpeakerCheck;
}

/**
 * A searchable collection of reference texts that verifies quotations against them.
 *
 * Build it once from the references (about as fast as reading them), keep it in memory or
 * {@link ReferenceIndex.save | save} it, and call {@link ReferenceIndex.verify | verify} for each
 * quotation.
 *
 * @example
 * ```ts
 * const index = new ReferenceIndex([{ id: 'debate', text: 'TRUMP: We will build a wall.\nCLINTON: No.' }]);
 * index.verify('we will build a wall').verdict; // 'normalized'
 * ```
 */
export class ReferenceIndex {
  readonly #data: IndexData;
  readonly #options: Required<ReferenceIndexOptions>;
  #buffers: Scratch | null = null;
  #titles: ReturnType<typeof titleSearcher> | undefined;

  /** Scratch arrays reused by every quotation (one hit per reference position examined at most). */
  #scratch(): Scratch {
    this.#buffers ??= scratchFor(this.#options.seedBudget);
    return this.#buffers;
  }

  /**
   * Creates an index over `references`. In transcripts, lines that start with an upper-case label
   * and a colon (`TRUMP:`, `Q:`, `SECRETARY KERRY:`) start that speaker's turn; elsewhere a
   * reference's `speaker` is the speaker.
   *
   * @param references The reference texts; ids must be unique.
   * @param options Options (see {@link ReferenceIndexOptions}).
   * @throws {TypeError} when a reference has no string `id` or `text`, ids repeat, or an option is unknown.
   * @throws {RangeError} when an option is out of range, or the references' texts add up to more than
   *   {@link MAX_REFERENCES_LENGTH} code units (checked while reading them, before building anything).
   */
  constructor(references: Iterable<Reference>, options?: ReferenceIndexOptions) {
    this.#options = validOptions(options);
    this.#data = references instanceof IndexDataBox ? references.data : buildIndex(validReferences(references));
  }

  /**
   * Loads an index written by {@link ReferenceIndex.save}. The data is validated (magic, format
   * version, checksum, every size, offset and count) before use and never evaluated as code.
   *
   * @param data The saved bytes.
   * @param options Options (see {@link ReferenceIndexOptions}); they are not stored in the file.
   * @returns The index.
   * @throws {TypeError} `not a quotecheck index: …` when `data` is not bytes or not in the format.
   * @throws {RangeError} `not a quotecheck index: …` when the data is truncated or its sizes or offsets are out of bounds;
   *   or when its references exceed {@link MAX_REFERENCES_LENGTH}: from the header, before decoding, when the
   *   metadata is too large to fit the budget, else when their texts add up to more once decoded (before use).
   */
  static load(data: Uint8Array | ArrayBuffer, options?: ReferenceIndexOptions): ReferenceIndex {
    let bytes: Uint8Array;
    if (data instanceof Uint8Array) bytes = data;
    else if (data instanceof ArrayBuffer) bytes = new Uint8Array(data);
    else throw new TypeError(`ReferenceIndex.load: \`data\` must be a Uint8Array or ArrayBuffer, got ${describe(data)}`);
    const metadataBytes = savedMetadataBytes(bytes);
    // The metadata is the references as UTF-8 JSON, which spends at most 6 bytes on a code unit
    // (`\u0000`): so it holds at least a sixth of its size in code units. (A header announcing
    // more metadata than there are bytes is a truncated file, which `decodeIndex` reports.)
    if (metadataBytes !== null && metadataBytes <= bytes.length) assertWithinBudget(Math.ceil(metadataBytes / 6), MAX_REFERENCES_LENGTH, 'MAX_REFERENCES_LENGTH', 'data', 'ReferenceIndex.load');
    const decoded = decodeIndex(bytes);
    let length = 0;
    for (const r of decoded.references) length += r.text.length;
    assertWithinBudget(length, MAX_REFERENCES_LENGTH, 'MAX_REFERENCES_LENGTH', 'data', 'ReferenceIndex.load');
    return new ReferenceIndex(new IndexDataBox(decoded) as unknown as Iterable<Reference>, options);
  }

  /**
   * Writes the index (references and arrays) to bytes for {@link ReferenceIndex.load}.
   *
   * @returns The bytes (little-endian binary format, `QUOTECHK` magic).
   */
  save(): Uint8Array {
    return encodeIndex(this.#data);
  }

  /**
   * Finds references by title, speaker, id or date (fuzzy, with fuse.js): `"second debate"`,
   * `"Trump rally Ohio"`. Never throws on a string.
   *
   * @param query Words of a title, speaker, id or date.
   * @param limit Most matches returned (default: `10`).
   * @returns The matches, best first (none for an empty query).
   * @throws {TypeError} when `query` is not a string.
   * @throws {RangeError} when `limit` is not an integer from 1 to 10000.
   */
  searchReferences(query: string, limit = 10): ReferenceMatch[] {
    if (typeof query !== 'string') {
      throw new TypeError(`ReferenceIndex.searchReferences: \`query\` must be a string, got ${describe(query)}`);
    }
    assertNumber(limit, 'limit', 'ReferenceIndex.searchReferences', 1, 10000, true);
    this.#titles ??= titleSearcher(this.#data.references);
    return searchTitles(this.#titles, query, limit);
  }

  /** Figures about the index (sizes, for benchmarks and reports). */
  get stats(): ReferenceIndexStats {
    let characters = 0;
    for (const r of this.#data.references) characters += r.text.length;
    return {
      references: this.#data.references.length,
      characters,
      words: this.#data.wordIds.length,
      indexBytes: arrayBytes(this.#data),
    };
  }

  /**
   * Verifies one quotation: finds the passage it most likely comes from and says how the two compare.
   * Never throws on a string, whatever it holds; time grows about linearly with its length.
   *
   * @param quote The quotation's words, or an attributed quotation (its `text` and `speaker.name` are used;
   *   an unnamed source, `speaker.kind` `descriptor`, gets speaker check `unknown`).
   * @returns The verification.
   * @throws {TypeError} when `quote` is neither a string nor an object with a string `text`.
   * @throws {RangeError} when the quotation is longer than {@link MAX_QUOTE_LENGTH} code units (refused before any work).
   */
  verify(quote: string | AttributedQuote): Verification {
    let text: string;
    let speaker: string | null = null;
    let named = true;
    if (typeof quote === 'string') text = quote;
    else if (quote !== null && typeof quote === 'object' && typeof (quote as { text?: unknown }).text === 'string') {
      text = quote.text;
      const who = quote.speaker as { name?: unknown; kind?: unknown } | null | undefined;
      speaker = typeof who?.name === 'string' ? who.name : null;
      // An unnamed source (`a senior official`) names nobody a transcript could label.
      named = who?.kind !== 'descriptor';
    } else {
      throw new TypeError(`ReferenceIndex.verify: \`quote\` must be a string or an attributed quote with a string \`text\`, got ${describe(quote)}`);
    }
    assertWithinBudget(text.length, MAX_QUOTE_LENGTH, 'MAX_QUOTE_LENGTH', 'quote', 'ReferenceIndex.verify');
    const verification = this.#verify(text, named ? speaker : null);
    return named ? verification : { ...verification, quoteSpeaker: speaker };
  }

  /**
   * Verifies many quotations.
   *
   * @param quotes The quotations (strings or attributed quotations).
   * @returns One verification per quotation, in order.
   * @throws {TypeError} when `quotes` is not iterable or holds something else.
   * @throws {RangeError} when a quotation is longer than {@link MAX_QUOTE_LENGTH} code units.
   */
  verifyAll(quotes: Iterable<string | AttributedQuote>): Verification[] {
    if (quotes === null || typeof quotes !== 'object' || !(Symbol.iterator in quotes)) {
      throw new TypeError(`ReferenceIndex.verifyAll: \`quotes\` must be an iterable of quotations, got ${describe(quotes)}`);
    }
    return Array.from(quotes, (q) => this.verify(q));
  }

  #verify(text: string, speaker: string | null): Verification {
    const q = parseQuotation(text);
    const m = q.ids.length;
    const empty: Verification = {
      quote: text,
      verdict: 'not-found',
      reference: null,
      nearest: null,
      diff: [],
      score: 0,
      speakerCheck: 'unknown',
      quoteSpeaker: speaker,
    };
    if (m === 0) return empty;
    const found = this.#locate(q, text, speaker);
    if (!found || found.alignment.matched === 0) return empty;
    const { alignment } = found;
    const ref = this.#data.references[found.reference] as StoredReference;
    const spans = this.#wordSpans(found.reference, alignment.refStart, alignment.refEnd);
    const first = spans.starts[0] ?? 0;
    const last = spans.ends[spans.ends.length - 1] ?? first;
    const diff: DiffOp[] = diffOf(q, alignment, (k) => {
      const i = k - alignment.refStart;
      return ref.text.slice(spans.starts[i] ?? 0, spans.ends[i] ?? 0);
    });
    const changes = changesOf(diff);
    const score = alignment.matched / (alignment.matched + changes.changed);

    let verdict: Verdict;
    let start = first;
    let end = last;
    if (changes.changed === 0) {
      const at = first - q.firstWordOffset;
      if (q.firstWordOffset >= 0 && at >= 0 && alignment.moves[0] === Move.Match && ref.text.startsWith(text, at)) {
        verdict = 'verbatim';
        start = at;
        end = at + text.length;
      } else verdict = alignment.skipped > 0 || q.editorial ? 'elided' : 'normalized';
    } else {
      const { minScore, minMatchedWords } = this.#options;
      verdict = isAlteration(alignment.matched, changes, minScore, minMatchedWords) ? 'altered' : 'not-found';
    }

    const passage: Passage = {
      id: ref.id,
      start,
      end,
      text: ref.text.slice(start, end),
      speaker: this.#speakerAt(ref, start),
    };
    const minNearest = Math.min(2, m);
    if (verdict === 'not-found') {
      if (alignment.matched < minNearest) return empty;
      return { ...empty, nearest: passage, diff, score };
    }
    return {
      quote: text,
      verdict,
      reference: passage,
      nearest: verdict === 'altered' ? passage : null,
      diff,
      score,
      speakerCheck: found.speakerCheck,
      quoteSpeaker: speaker,
    };
  }

  /** The speaker of the turn at `offset`, or the reference's speaker. */
  #speakerAt(ref: StoredReference, offset: number): string | null {
    return turnAt(ref.turns, offset) ?? ref.speaker ?? null;
  }

  /** Compares the article's speaker with the passage's (a label without a name, like `THE PRESIDENT`, falls back to the reference's speaker). */
  #checkSpeaker(ref: StoredReference, offset: number, speaker: string | null): SpeakerCheck {
    if (!speaker) return 'unknown';
    const label = turnAt(ref.turns, offset);
    if (label && nameWords(label).length > 0) return compareSpeakers(speaker, label);
    return compareSpeakers(speaker, ref.speaker ?? null);
  }

  /** Finds the best aligned candidate passage for a quotation, or `null` when no word pair of it occurs. */
  #locate(q: ParsedQuotation, text: string, speaker: string | null): Located | null {
    const m = q.ids.length;
    // 1. Seeds: neighbouring word pairs (not across an ellipsis or bracket), rarest first (as many as the full budget can look up).
    const full = this.#options.seedBudget;
    const seeds = seedsOf(this.#data, q, full);
    // 2. A quick look with the rarest pairs; the full budget only when it finds no convincing passage.
    const enough = Math.ceil(QUICK_ENOUGH * m);
    let candidates: Candidate[] | null = null;
    let quick = false;
    for (const budget of QUICK_BUDGETS) {
      if (budget >= full) break;
      candidates = rankCandidates(this.#data, q, seeds, budget, this.#scratch());
      if (candidates && (candidates[0]?.along ?? 0) >= enough) {
        quick = true;
        break;
      }
      candidates = null;
    }
    candidates ??= rankCandidates(this.#data, q, seeds, full, this.#scratch());
    if (!candidates) return this.#fallback(q, text, speaker);
    // 3. Align the best candidates. A quick look is trusted only when the alignment confirms it (its
    //    tolerance of a word or two out of place can join scattered common words in a short quotation)
    //    and, for an elided quotation, finds every word: a line the speaker repeats in many speeches, one
    //    word off, can fill the quick look and hide the one passage the quotation elides (its gaps lower
    //    that passage's rank; a quotation without gaps ranks its exact passage first).
    let best = this.#alignBest(q, candidates, speaker);
    if (quick && (!best || best.alignment.matched < enough || (best.alignment.edits > 0 && gapped(q)))) {
      quick = false;
      candidates = rankCandidates(this.#data, q, seeds, full, this.#scratch()) ?? candidates;
      best = this.#alignBest(q, candidates, speaker);
    }
    // 4. Words all equal but not printed alike (`It is` for `it is`): a common phrase may occur
    //    elsewhere exactly as quoted; prefer that occurrence.
    if (best && best.alignment.edits === 0 && best.alignment.skipped === 0 && q.firstWordOffset >= 0 && !this.#isExact(best, text, q)) {
      // A phrase that occurs more than once may occur exactly as quoted beyond the quick look's reach.
      if (quick && (candidates[1]?.along ?? 0) >= m) candidates = rankCandidates(this.#data, q, seeds, full, this.#scratch()) ?? candidates;
      let tried = 0;
      for (const cand of candidates) {
        if (cand.along < m || tried++ >= MAX_EXACT_TRIES) break;
        const r = this.#data.references[cand.reference] as StoredReference;
        const at = (this.#wordSpans(cand.reference, cand.mode, cand.mode + 1).starts[0] ?? 0) - q.firstWordOffset;
        if (at >= 0 && r.text.startsWith(text, at)) {
          const located = this.#alignCandidate(q, { ...cand, dLo: cand.mode, dHi: cand.mode }, speaker);
          if (located.alignment.edits === 0 && this.#isExact(located, text, q)) return located;
        }
      }
    }
    return best;
  }

  /** Aligns the best few candidates and keeps the cheapest (then the one whose speaker matches the article's). */
  #alignBest(q: ParsedQuotation, candidates: readonly Candidate[], speaker: string | null): Located | null {
    const m = q.ids.length;
    // When not even half of the quotation's words sit in place anywhere, it cannot be `altered`; the best
    // candidate is aligned only to show the nearest partial match.
    const promising = (candidates[0]?.along ?? 0) * 2 >= m;
    const first = Math.min(candidates.length, promising ? this.#options.maxCandidates : 1);
    // When none of the first candidates holds every word (an edit is left) of an elided quotation, more
    // are aligned: its gaps split its words over several diagonals, so near-misses elsewhere can outrank
    // its passage.
    const wider = promising && gapped(q) ? Math.min(candidates.length, first * WIDEN) : first;
    let top = first;
    let best: Located | null = null;
    // (the best passage's use of the changed words, worked out at its first tie and kept until it changes)
    let bestUse: number | undefined;
    for (let k = 0; k < top; k++) {
      const located = this.#alignCandidate(q, candidates[k] as Candidate, speaker);
      if (!best || located.alignment.cost < best.alignment.cost) {
        best = located;
        bestUse = undefined;
      } else if (located.alignment.cost === best.alignment.cost) {
        const matches = located.speakerCheck === 'match';
        if (matches !== (best.speakerCheck === 'match')) {
          if (matches) {
            best = located;
            bestUse = undefined;
          }
        } else if (located.reference !== best.reference) {
          bestUse ??= this.#changedWordsUse(q, best);
          const use = this.#changedWordsUse(q, located);
          if (use > bestUse) {
            best = located;
            bestUse = use;
          }
        }
      }
      // Every word matched and none skipped is the lowest cost there is: only another such passage
      // said by the article's speaker could win the tie.
      const a = best.alignment;
      if (a.edits === 0 && a.skipped === 0 && a.matched === m && (!speaker || best.speakerCheck === 'match')) break;
      if (k === top - 1 && top < wider && a.edits > 0) top = wider;
    }
    return best;
  }

  /**
   * How much the reference of an alignment uses the quotation's changed words (substituted or added):
   * the sum, over those words, of their share of the reference's words. Between two passages equally
   * close to a quotation (`I as recommend that the Congress` against `I earnestly recommend …` in one
   * message and `I shall recommend …` in another), the one from the speech that uses the changed words
   * more is the likelier source: a misquotation borrows the speaker's own words more often than not.
   * 0 when no word changed. Scans the reference's words (a whole speech: counting only the words near
   * the passage was tried and reads the speaker's vocabulary too narrowly); run only to settle such ties.
   */
  #changedWordsUse(q: ParsedQuotation, located: Located): number {
    const changed = new Set<number>();
    let qi = 0;
    for (const move of located.alignment.moves) {
      if (move === Move.Substitute || move === Move.Insert) changed.add(q.ids[qi] as number);
      if (move !== Move.Delete && move !== Move.Skip) qi++;
    }
    if (changed.size === 0) return 0;
    const { wordIds, referenceStarts } = this.#data;
    const lo = referenceStarts[located.reference] as number;
    const hi = referenceStarts[located.reference + 1] as number;
    let uses = 0;
    // (one changed word is the usual case: a plain comparison, not a set lookup, per reference word)
    if (changed.size === 1) {
      const [only] = changed;
      for (let k = lo; k < hi; k++) if (wordIds[k] === only) uses++;
    } else for (let k = lo; k < hi; k++) if (changed.has(wordIds[k] as number)) uses++;
    return uses / Math.max(1, hi - lo);
  }

  /** Whether a located alignment is the quotation exactly as printed in the reference. */
  #isExact(located: Located, text: string, q: ParsedQuotation): boolean {
    const { alignment } = located;
    if (alignment.moves[0] !== Move.Match || alignment.refEnd <= alignment.refStart) return false;
    const r = this.#data.references[located.reference] as StoredReference;
    const at = (this.#wordSpans(located.reference, alignment.refStart, alignment.refStart + 1).starts[0] ?? 0) - q.firstWordOffset;
    return at >= 0 && r.text.startsWith(text, at);
  }

  /** Aligns the quotation with one candidate's stretch of its reference. */
  #alignCandidate(q: ParsedQuotation, cand: Candidate, speaker: string | null): Located {
    const { wordIds, referenceStarts } = this.#data;
    const m = q.ids.length;
    const refLo = referenceStarts[cand.reference] as number;
    const refHi = referenceStarts[cand.reference + 1] as number;
    // The band's cells (quotation words × diagonals) stay within MAX_CELLS, however long the quotation.
    const widest = Math.max(1, Math.floor(MAX_CELLS / (m + 1)));
    const band = Math.max(1, Math.min(BAND, Math.floor((widest - 1) / 2)));
    const dHi = Math.min(cand.dHi, cand.dLo + MAX_SPREAD, cand.dLo + Math.max(0, widest - 2 * band - 1));
    const lo = Math.max(refLo, cand.dLo - band - 1);
    const hi = Math.min(refHi, dHi + m + band + 1);
    const ref = this.#data.references[cand.reference] as StoredReference;
    const swapsTaken = takeInBoundarySwaps(align(q, wordIds, lo, hi, cand.dLo - lo, dHi - lo, band), q, wordIds, refLo, refHi);
    const alignment = settleEdges(swapsTaken, q, wordIds, (k) => {
      const spans = this.#wordSpans(cand.reference, k, k + 2);
      return ref.text.slice(spans.ends[0] ?? 0, spans.starts[1] ?? 0);
    });
    let speakerCheck: SpeakerCheck = 'unknown';
    if (speaker && alignment.refEnd > alignment.refStart) {
      const spans = this.#wordSpans(cand.reference, alignment.refStart, alignment.refStart + 1);
      speakerCheck = this.#checkSpeaker(ref, spans.starts[0] ?? 0, speaker);
    }
    return { reference: cand.reference, alignment, speakerCheck };
  }

  /** A quotation of one word (no word pairs): look the word up by scanning the word ids. */
  #fallback(q: ParsedQuotation, text: string, speaker: string | null): Located | null {
    if (q.ids.length !== 1) return null;
    const { wordIds, referenceStarts } = this.#data;
    const target = q.ids[0] as number;
    const limit = Math.min(wordIds.length, this.#options.seedBudget * 50);
    let first = -1;
    let seen = 0;
    // The first occurrence, or a later one printed exactly as the quotation (among the first 64).
    for (let p = 0; p < limit && seen < 64; p++) {
      if (wordIds[p] !== target) continue;
      seen++;
      if (first < 0) first = p;
      const r = referenceOf(referenceStarts, p);
      const ref = this.#data.references[r] as StoredReference;
      const at = (this.#wordSpans(r, p, p + 1).starts[0] ?? 0) - q.firstWordOffset;
      if (q.firstWordOffset >= 0 && at >= 0 && ref.text.startsWith(text, at)) {
        first = p;
        break;
      }
    }
    if (first < 0) return null;
    const r = referenceOf(referenceStarts, first);
    const ref = this.#data.references[r] as StoredReference;
    const alignment: Alignment = { cost: 0, moves: Uint8Array.of(1), refStart: first, refEnd: first + 1, matched: 1, edits: 0, skipped: 0 };
    const offset = this.#wordSpans(r, first, first + 1).starts[0] ?? 0;
    return { reference: r, alignment, speakerCheck: this.#checkSpeaker(ref, offset, speaker) };
  }

  /** UTF-16 spans of words `[from, to)` (global indexes) of reference `r`, found by scanning from the nearest checkpoint. */
  #wordSpans(r: number, from: number, to: number): { starts: number[]; ends: number[] } {
    const ref = this.#data.references[r] as StoredReference;
    const starts: number[] = [];
    const ends: number[] = [];
    if (to <= from) return { starts, ends };
    const local = from - ref.wordStart;
    const cp = ref.checkpointStart + Math.floor(local / CHECKPOINT_EVERY);
    let skip = local % CHECKPOINT_EVERY;
    let need = to - from;
    scanWords(
      ref.text,
      (_id, start, end) => {
        if (skip > 0) {
          skip--;
          return true;
        }
        starts.push(start);
        ends.push(end);
        return --need > 0;
      },
      this.#data.checkpoints[cp] ?? 0,
    );
    return { starts, ends };
  }
}

/**
 * The size of the reference metadata announced by the header of saved index bytes (bytes 12–15,
 * little-endian, after the 8-byte `QUOTECHK` magic and the format version; see `store.ts`), or
 * `null` when the bytes do not start like a saved index (`decodeIndex` then says what is wrong).
 */
function savedMetadataBytes(bytes: Uint8Array): number | null {
  if (bytes.length < 16) return null;
  for (let i = 0; i < 8; i++) if (bytes[i] !== 'QUOTECHK'.charCodeAt(i)) return null;
  return new DataView(bytes.buffer, bytes.byteOffset, 16).getUint32(12, true);
}

/** Carries decoded index data into the constructor (private to this module). */
class IndexDataBox {
  constructor(readonly data: IndexData) {}
}

