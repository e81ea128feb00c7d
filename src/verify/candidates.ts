/**
 * Candidate passages for a quotation: its neighbouring word pairs are looked up in the index (rarest
 * first, as BLAST and passim seed their searches), the hits are grouped by diagonal (reference word −
 * quotation word), the diagonals of a quotation's segments (around ellipses) are joined, and the
 * candidates are ranked by how many of the quotation's words sit in place along them.
 *
 * @module
 */
import type { ParsedQuotation } from './quotation.js';
import type { IndexData } from './store.js';
import { pairKey } from './words.js';
import { countAtMost } from '../text/sorted.js';

/** Most reference words an ellipsis may skip between two segments of one candidate passage (per ellipsis). */
const MAX_SKIP = 80;
/** Candidates checked word by word along their diagonals (when the best has two hits or more). */
const MAX_ALONG = 64;
/** Candidates of a reference a diagonal may try to join. */
const MAX_JOIN_TRIES = 8;
/** Best diagonals considered per quotation (at least). */
const MAX_EXTENDED = 256;
/** Word comparisons spent checking diagonals, per reference position examined (short quotations check more diagonals). */
const EXTEND_PER_SEED = 1;

/** A candidate passage: a main diagonal of seed hits in one reference, and the diagonals of the quotation's other segments. */
export interface Candidate {
  reference: number;
  /** Seed hits on its diagonals. */
  hits: number;
  /** Lowest and highest diagonal (reference word − quotation word). */
  dLo: number;
  dHi: number;
  /** Rank: the quotation's words in place on its diagonals (see `alongDiagonals`). */
  along: number;
  /** The main diagonal (most hits), its hits and the quotation segment they fall in. */
  mode: number;
  modeHits: number;
  modeSegment: number;
  /** The diagonal of each quotation segment found (segments are separated by ellipses or brackets). */
  segments: Map<number, number> | null;
}

/** The reference that holds word `p`. */
export function referenceOf(starts: Uint32Array, p: number): number {
  // The last entry of `starts` is the end of the last reference, not a start.
  return Math.max(0, countAtMost(starts, p, starts.length - 1) - 1);
}

/**
 * A quotation's word pairs: position, bucket and bucket size of each, and the order in which to look
 * them up: rarest first, then by position; pairs whose bucket is empty are left out (they hold no hits).
 */
export interface Seeds {
  readonly seedPos: Uint32Array;
  readonly seedSize: Uint32Array;
  readonly seedBucket: Uint32Array;
  readonly order: Uint32Array;
}

/** Arrays reused from one quotation to the next (as long as the budget: one entry per hit at most). */
export interface Scratch {
  /** Hit keys (diagonal × quotation length + word) when they fit in 32 bits: typed-array sorts of 32-bit integers are several times faster than of doubles. */
  readonly hits32: Uint32Array;
  /** Hit keys of very long quotations against very large indexes (diagonal × 2^21 + word). */
  readonly hits64: Float64Array;
  /** Per diagonal found: diagonal + quotation length, hits, first hit's quotation word, its segment. */
  readonly diagonal: Float64Array;
  readonly count: Int32Array;
  readonly firstWord: Int32Array;
  readonly segment: Uint8Array;
  /** Diagonals ordered by hits (most first), then diagonal. */
  readonly order: Int32Array;
}

/** Scratch arrays for a budget of `budget` reference positions. */
export function scratchFor(budget: number): Scratch {
  return {
    hits32: new Uint32Array(budget),
    hits64: new Float64Array(budget),
    diagonal: new Float64Array(budget),
    count: new Int32Array(budget),
    firstWord: new Int32Array(budget),
    segment: new Uint8Array(budget),
    order: new Int32Array(budget),
  };
}

/**
 * The quotation's word pairs (not across an ellipsis or bracket), rarest first.
 *
 * @param data The index.
 * @param q The quotation.
 * @param limit Most pairs to order: the largest budget {@link rankCandidates} will be given.
 */
export function seedsOf(data: IndexData, q: ParsedQuotation, limit: number): Seeds {
  const { bucketStarts } = data;
  const mask = bucketStarts.length - 2;
  const m = q.ids.length;
  const seedPos = new Uint32Array(Math.max(0, m - 1));
  const seedSize = new Uint32Array(seedPos.length);
  const seedBucket = new Uint32Array(seedPos.length);
  let n = 0;
  let occurring = 0;
  for (let i = 0; i + 1 < m; i++) {
    if (q.gaps[i + 1] !== 0) continue;
    const b = pairKey(q.ids[i] as number, q.ids[i + 1] as number) & mask;
    const size = (bucketStarts[b + 1] as number) - (bucketStarts[b] as number);
    seedPos[n] = i;
    seedBucket[n] = b;
    seedSize[n] = size;
    if (size > 0) occurring++;
    n++;
  }
  // Rarest first, then by position (key: size × count + index, exact below 2^53). Only the first
  // `limit` can be looked up (each takes at least one position of the budget), so only they are
  // kept and sorted: a quotation of many words (or one pair repeated) costs linear time, not a sort of every pair.
  const keep = Math.min(occurring, Math.max(0, Math.floor(limit)));
  const keys = smallestKeys(seedSize, n, keep);
  const order = new Uint32Array(keep);
  for (let j = 0; j < keep; j++) order[j] = (keys[j] as number) % n;
  return { seedPos: seedPos.subarray(0, n), seedSize: seedSize.subarray(0, n), seedBucket: seedBucket.subarray(0, n), order };
}

/**
 * The `keep` smallest keys `size × n + k` over the pairs `k < n` of non-zero size, ascending: a
 * max-heap of `keep` entries that most keys pass by with one comparison, then a sort of the heap.
 */
function smallestKeys(sizes: Uint32Array, n: number, keep: number): Float64Array {
  const heap = new Float64Array(keep);
  let filled = 0;
  for (let k = 0; k < n; k++) {
    const size = sizes[k] as number;
    if (size === 0) continue;
    const key = size * n + k;
    if (filled < keep) {
      // Sift up.
      let at = filled++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if ((heap[parent] as number) >= key) break;
        heap[at] = heap[parent] as number;
        at = parent;
      }
      heap[at] = key;
    } else if (keep > 0 && key < (heap[0] as number)) {
      // Replace the largest kept key and sift down.
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        if (left >= keep) break;
        const right = left + 1;
        const child = right < keep && (heap[right] as number) > (heap[left] as number) ? right : left;
        if ((heap[child] as number) <= key) break;
        heap[at] = heap[child] as number;
        at = child;
      }
      heap[at] = key;
    }
  }
  return heap.sort();
}

/**
 * How many of the quotation's words sit in place on one of the candidate's diagonals (reference word
 * `d + i` is quotation word `i`), inside `[lo, hi)`: its main diagonal and the two on each side of it
 * (a word or two added or dropped), and those of its other segments (around ellipses).
 */
function alongDiagonals(q: Uint32Array, ref: Uint32Array, mode: number, others: Map<number, number> | null, lo: number, hi: number): number {
  let extra: number[] | null = null;
  if (others) for (const d of others.values()) if (d < mode - 2 || d > mode + 2) (extra ??= []).push(d);
  let n = 0;
  for (let i = 0; i < q.length; i++) {
    const w = q[i] as number;
    const at = mode + i;
    // The main diagonal, then one and two words off it (no closure: this runs for every candidate).
    let found = false;
    for (let off = 0; off <= 2 && !found; off++) {
      const before = at - off;
      const after = at + off;
      found = (before >= lo && before < hi && ref[before] === w) || (off > 0 && after >= lo && after < hi && ref[after] === w);
    }
    if (found) n++;
    else if (extra) {
      for (const d of extra) {
        const x = d + i;
        if (x >= lo && x < hi && ref[x] === w) {
          n++;
          break;
        }
      }
    }
  }
  return n;
}

/**
 * Looks up the quotation's word pairs (rarest first, examining at most `budget` reference positions)
 * and returns candidate passages, best first, or `null` when no pair occurs.
 *
 * @param data The index.
 * @param q The quotation.
 * @param seeds Its word pairs ({@link seedsOf}).
 * @param budget Reference positions to examine at most (at most the length of the scratch arrays).
 * @param scratch Arrays reused between calls.
 */
export function rankCandidates(data: IndexData, q: ParsedQuotation, seeds: Seeds, budget: number, scratch: Scratch): Candidate[] | null {
  const { wordIds, bucketStarts, postings, referenceStarts } = data;
  const m = q.ids.length;
  const { seedPos, seedSize, seedBucket, order } = seeds;
  const budget0 = budget;
  // 1. Hits of the word pairs, keyed by diagonal d = p − i (shifted by m to stay non-negative) and
  //    quotation word i: (d + m)·M + i, with M = m when every key fits in 32 bits (always, but for
  //    quotations of hundreds of words against tens of millions of words), else M = 2^21 in doubles.
  const I_BITS = 2097152; // 2^21: quotation positions beyond are folded (they only count distinct hits)
  const narrow = (wordIds.length + m) * m <= 0xffffffff;
  const M = narrow ? m : I_BITS;
  const hitsAll: Uint32Array | Float64Array = narrow ? scratch.hits32 : scratch.hits64;
  let nHits = 0;
  for (const k of order) {
    // Seeds come rarest first: once one does not fit the budget, none of the rest does. Common
    // pairs are then only checked along the candidate diagonals (below), never listed.
    const size = seedSize[k] as number;
    if (size > budget && nHits > 0) break;
    if (budget <= 0) break;
    const i = seedPos[k] as number;
    const a = q.ids[i] as number;
    const c = q.ids[i + 1] as number;
    const b = seedBucket[k] as number;
    const from = bucketStarts[b] as number;
    const to = Math.min(bucketStarts[b + 1] as number, from + budget);
    budget -= to - from;
    const iKey = Math.min(i, I_BITS - 1);
    for (let x = from; x < to; x++) {
      const p = postings[x] as number;
      if (wordIds[p] === a && wordIds[p + 1] === c) hitsAll[nHits++] = (p - i + m) * M + iKey;
    }
  }
  if (nHits === 0) return null;

  // 2. Diagonals (reference word − quotation word): a passage that holds the quotation puts many
  //    hits on one diagonal (one per segment when words were left out); stray hits of common pairs
  //    scatter over many.
  const hits = hitsAll.subarray(0, nHits);
  hits.sort();
  // The segment of each quotation word: how many ellipses or brackets come before it.
  const segments = new Uint8Array(m);
  for (let i = 1, seg = 0; i < m; i++) {
    if (q.gaps[i] !== 0) seg = Math.min(15, seg + 1);
    segments[i] = seg;
  }
  // One entry per diagonal, in diagonal order: its hits (distinct quotation words), its first hit's
  // word and that word's segment.
  const { diagonal: diagDm, count: diagCount, firstWord: diagFirst, segment: diagSegment, order: ranked } = scratch;
  let nDiagonals = 0;
  let topHits = 0;
  {
    let lastDm = -1;
    let lastI = -1;
    for (let h = 0; h < nHits; h++) {
      const key = hits[h] as number;
      const dm = Math.floor(key / M);
      const i = key - dm * M;
      if (dm !== lastDm) {
        diagDm[nDiagonals] = dm;
        diagCount[nDiagonals] = 0;
        diagFirst[nDiagonals] = i;
        diagSegment[nDiagonals] = segments[Math.min(i, m - 1)] ?? 0;
        nDiagonals++;
        lastDm = dm;
        lastI = -1;
      }
      if (i !== lastI) {
        const n = (diagCount[nDiagonals - 1] as number) + 1;
        diagCount[nDiagonals - 1] = n;
        if (n > topHits) topHits = n;
      }
      lastI = i;
    }
  }
  // Rank the diagonals — most hits first, then lowest diagonal — by a counting sort on the hits
  // (stable, and the diagonals are already in order).
  {
    const starts = new Int32Array(topHits + 2);
    // Bucket b holds the diagonals with topHits − b hits; starts[b] is where it begins in `ranked`.
    for (let k = 0; k < nDiagonals; k++) {
      const b = topHits - (diagCount[k] as number) + 1;
      starts[b] = (starts[b] as number) + 1;
    }
    for (let b = 1; b < starts.length; b++) starts[b] = (starts[b] as number) + (starts[b - 1] as number);
    for (let k = 0; k < nDiagonals; k++) {
      const b = topHits - (diagCount[k] as number);
      const at = starts[b] as number;
      ranked[at] = k;
      starts[b] = at + 1;
    }
  }
  const diagonals: { d: number; count: number; reference: number; segment: number }[] = [];
  const hasGaps = (segments[m - 1] ?? 0) > 0;
  // Without segments to join, and with a diagonal of two hits or more, only the best few matter.
  const keep = Math.min(
    nDiagonals,
    !hasGaps && topHits >= 2 ? MAX_ALONG : Math.max(MAX_EXTENDED, Math.floor((EXTEND_PER_SEED * budget0) / m)),
  );
  for (let k = 0; k < keep; k++) {
    const j = ranked[k] as number;
    const d = (diagDm[j] as number) - m;
    // The reference of the diagonal's first hit (the diagonal itself may start in the reference before).
    const p = d + (diagFirst[j] as number);
    diagonals.push({ d, count: diagCount[j] as number, reference: referenceOf(referenceStarts, p), segment: diagSegment[j] as number });
  }
  // 3. Candidates: the best diagonals, each joined by the well-supported diagonals near it in the
  //    same reference (the quotation's other segments).
  const candidates: Candidate[] = [];
  const byReference = new Map<number, Candidate[]>();
  for (const diag of diagonals) {
    let joined = false;
    // Only a quotation with ellipses or brackets has segments on different diagonals (a later
    // segment on a higher one: words were left out before it); for others, the band around the
    // main diagonal absorbs the few words added or dropped.
    if (hasGaps) {
      const list = byReference.get(diag.reference) ?? [];
      for (let k = 0; k < list.length && k < MAX_JOIN_TRIES; k++) {
        const c = list[k] as Candidate;
        if (!c.segments || c.segments.has(diag.segment)) continue;
        const apart = diag.segment - c.modeSegment;
        const shift = diag.d - c.mode;
        if (apart > 0 ? shift >= 0 && shift <= MAX_SKIP * apart : shift <= 0 && -shift <= -MAX_SKIP * apart) {
          c.dLo = Math.min(c.dLo, diag.d);
          c.dHi = Math.max(c.dHi, diag.d);
          c.hits += diag.count;
          c.segments.set(diag.segment, diag.d);
          joined = true;
          break;
        }
      }
    }
    if (!joined) {
      const c: Candidate = {
        reference: diag.reference,
        hits: diag.count,
        dLo: diag.d,
        dHi: diag.d,
        along: 0,
        mode: diag.d,
        modeHits: diag.count,
        modeSegment: diag.segment,
        segments: hasGaps ? new Map([[diag.segment, diag.d]]) : null,
      };
      candidates.push(c);
      if (hasGaps) {
        const list = byReference.get(diag.reference);
        if (list) list.push(c);
        else byReference.set(diag.reference, [c]);
      }
    }
  }
  // Rank by the quotation's words in place on the candidate's diagonals (seed-and-extend): the
  // best-supported candidates only, unless every diagonal has a single hit.
  const extend = (candidates[0]?.hits ?? 0) >= 2 ? candidates.slice(0, MAX_ALONG) : candidates;
  for (const cand of extend) {
    const lo = referenceStarts[cand.reference] as number;
    const hi = referenceStarts[cand.reference + 1] as number;
    cand.along = alongDiagonals(q.ids, wordIds, cand.mode, cand.segments, lo, hi);
  }
  if (extend !== candidates) candidates.length = extend.length;
  candidates.sort((x, y) => y.along - x.along || y.hits - x.hits || x.dHi - x.dLo - (y.dHi - y.dLo));
  return candidates;
}

