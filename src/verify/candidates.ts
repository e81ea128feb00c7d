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

/** Most reference words an ellipsis may skip between two segments of one candidate passage (per ellipsis). */
const MAX_SKIP = 80;
/** Candidates checked word by word along their diagonals (when the best has two hits or more). */
const MAX_ALONG = 64;
/** Candidates of a reference a diagonal may try to join. */
const MAX_JOIN_TRIES = 8;
/** Scale of the diagonal in a ranking key (diagonals stay below 2^33). */
const DIAGONAL_SCALE = 8589934592;
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
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A quotation's word pairs: position, bucket and bucket size of each, and their order rarest first. */
export interface Seeds {
  readonly seedPos: readonly number[];
  readonly seedSize: readonly number[];
  readonly seedBucket: readonly number[];
  readonly order: readonly number[];
}

/** Arrays reused from one quotation to the next (as long as the budget). */
export interface Scratch {
  readonly hits: Float64Array;
  readonly ranking: Float64Array;
}

/** Scratch arrays for a budget of `budget` reference positions. */
export function scratchFor(budget: number): Scratch {
  return { hits: new Float64Array(budget), ranking: new Float64Array(budget) };
}

/**
 * The quotation's word pairs (not across an ellipsis or bracket), rarest first.
 *
 * @param data The index.
 * @param q The quotation.
 */
export function seedsOf(data: IndexData, q: ParsedQuotation): Seeds {
  const { bucketStarts } = data;
  const mask = bucketStarts.length - 2;
  const seedPos: number[] = [];
  const seedSize: number[] = [];
  const seedBucket: number[] = [];
  for (let i = 0; i + 1 < q.ids.length; i++) {
    if (q.gaps[i + 1] !== 0) continue;
    const b = pairKey(q.ids[i] as number, q.ids[i + 1] as number) & mask;
    seedPos.push(i);
    seedBucket.push(b);
    seedSize.push((bucketStarts[b + 1] as number) - (bucketStarts[b] as number));
  }
  const order = seedPos.map((_, k) => k).sort((x, y) => (seedSize[x] as number) - (seedSize[y] as number));
  return { seedPos, seedSize, seedBucket, order };
}

/**
 * How many of the quotation's words sit in place on one of the candidate's diagonals (reference word
 * `d + i` is quotation word `i`), inside `[lo, hi)`: its main diagonal and the two on each side of it
 * (a word or two added or dropped), and those of its other segments (around ellipses).
 */
function alongDiagonals(q: Uint32Array, ref: Uint32Array, mode: number, others: Map<number, number> | null, lo: number, hi: number): number {
  let extra: number[] | null = null;
  if (others) for (const d of others.values()) if (d < mode - 2 || d > mode + 2) (extra ??= []).push(d);
  const has = (at: number, w: number): boolean => at >= lo && at < hi && ref[at] === w;
  let n = 0;
  for (let i = 0; i < q.length; i++) {
    const w = q[i] as number;
    const at = mode + i;
    if (has(at, w) || has(at - 1, w) || has(at + 1, w) || has(at - 2, w) || has(at + 2, w)) n++;
    else if (extra) {
      for (const d of extra) {
        if (has(d + i, w)) {
          n++;
          break;
        }
      }
    }
  }
  return n;
}

/** Index of the first value ≥ `key` in an ascending array. */
function lowerBound(sorted: Float64Array, key: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Looks up the quotation's word pairs (rarest first, examining at most `budget` reference positions)
 * and returns candidate passages, best first, or `null` when no pair occurs.
 *
 * @param data The index.
 * @param q The quotation.
 * @param seeds Its word pairs ({@link seedsOf}).
 * @param budget Reference positions to examine at most (at most `scratch.hits.length`).
 * @param scratch Arrays reused between calls.
 */
export function rankCandidates(data: IndexData, q: ParsedQuotation, seeds: Seeds, budget: number, scratch: Scratch): Candidate[] | null {
  const { wordIds, bucketStarts, postings, referenceStarts } = data;
  const m = q.ids.length;
  const { seedPos, seedSize, seedBucket, order } = seeds;
  const budget0 = budget;
  // 1. Hits of the word pairs, keyed by diagonal d = p − i (shifted by m to stay non-negative):
  //    (d + m)·2^21 + i.
  const byDiagonalAll = scratch.hits;
  let nHits = 0;
  const I_BITS = 2097152; // 2^21: quotation positions beyond are folded (they only count distinct hits)
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
    for (let x = from; x < to; x++) {
      const p = postings[x] as number;
      if (wordIds[p] === a && wordIds[p + 1] === c) byDiagonalAll[nHits++] = (p - i + m) * I_BITS + Math.min(i, I_BITS - 1);
    }
  }
  if (nHits === 0) return null;

  // 2. Diagonals (reference word − quotation word): a passage that holds the quotation puts many
  //    hits on one diagonal (one per segment when words were left out); stray hits of common pairs
  //    scatter over many.
  const byDiagonal = byDiagonalAll.subarray(0, nHits);
  byDiagonal.sort();
  // The segment of each quotation word: how many ellipses or brackets come before it.
  const segments = new Uint8Array(m);
  for (let i = 1, seg = 0; i < m; i++) {
    if (q.gaps[i] !== 0) seg = Math.min(15, seg + 1);
    segments[i] = seg;
  }
  // One key per diagonal — most hits first, then lowest diagonal, then the segment of its first hit —
  // as a number, so they sort without objects.
  const ranking = scratch.ranking;
  let nDiagonals = 0;
  {
    let lastDm = -1;
    let lastI = -1;
    let count = 0;
    let segment = 0;
    const flush = (): void => {
      if (lastDm >= 0) ranking[nDiagonals++] = ((65535 - Math.min(count, 65535)) * DIAGONAL_SCALE + lastDm) * 16 + segment;
    };
    for (const key of byDiagonal) {
      const dm = Math.floor(key / I_BITS);
      const i = key - dm * I_BITS;
      if (dm !== lastDm) {
        flush();
        lastDm = dm;
        lastI = -1;
        count = 0;
        segment = Math.min(15, segments[Math.min(i, m - 1)] ?? 0);
      }
      if (i !== lastI) count++;
      lastI = i;
    }
    flush();
  }
  const ranked = ranking.subarray(0, nDiagonals).sort();
  const diagonals: { d: number; count: number; reference: number; segment: number }[] = [];
  const hasGaps = (segments[m - 1] ?? 0) > 0;
  const topHits = nDiagonals > 0 ? 65535 - Math.floor((ranked[0] as number) / 16 / DIAGONAL_SCALE) : 0;
  // Without segments to join, and with a diagonal of two hits or more, only the best few matter.
  const keep = Math.min(
    nDiagonals,
    !hasGaps && topHits >= 2 ? MAX_ALONG : Math.max(MAX_EXTENDED, Math.floor((EXTEND_PER_SEED * budget0) / m)),
  );
  for (let k = 0; k < keep; k++) {
    const key = ranked[k] as number;
    const segment = key % 16;
    const rest = (key - segment) / 16;
    const c = Math.floor(rest / DIAGONAL_SCALE);
    const d = rest - c * DIAGONAL_SCALE - m;
    // The reference of the diagonal's first hit (the diagonal itself may start in the reference before).
    const first = byDiagonal[lowerBound(byDiagonal, (d + m) * I_BITS)] as number;
    const p = d + (first - (d + m) * I_BITS);
    diagonals.push({ d, count: 65535 - c, reference: referenceOf(referenceStarts, p), segment });
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

