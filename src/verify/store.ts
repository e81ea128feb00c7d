/**
 * The data of a reference index and its file format.
 *
 * Every word of every reference gets a 32-bit id (see `words.ts`); word ids live in one typed array.
 * Each pair of neighbouring words is a *seed*: its hashed key picks a bucket, and the buckets list
 * the positions of their pairs (compressed sparse rows: `bucketStarts` + `postings`). Word offsets
 * are not stored: every 16th word's offset is (`checkpoints`), and the words between are found again
 * by scanning the text from there. Memory: about 4 (word id) + 4 (posting) + 1 (bucket) + 0.25
 * (checkpoint) bytes per word.
 *
 * File format (little-endian): `QUOTECHK`, version, sizes, checksum, the references as JSON, then the
 * four arrays. {@link decodeIndex} checks the magic, the version, every size, the checksum and the
 * bounds of every offset before anything is used; JSON is parsed, never evaluated.
 *
 * @module
 */
import { indexFormatError } from '../errors.js';
import { parseTurns, type Turns } from './turns.js';
import { LABEL_WORD, pairKey, scanWords } from './words.js';

/** Words between two stored word offsets. */
export const CHECKPOINT_EVERY = 16;

/** One reference as stored in the index. */
export interface StoredReference {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  readonly date?: string;
  readonly speaker?: string;
  /** Index of its first word in `wordIds`. */
  readonly wordStart: number;
  /** Index just past its last word. */
  readonly wordEnd: number;
  /** Index of its first checkpoint in `checkpoints`. */
  readonly checkpointStart: number;
  /** Its turn labels (parsed again on load). */
  readonly turns: Turns;
}

/** The arrays and references of an index. */
export interface IndexData {
  readonly references: readonly StoredReference[];
  /** Word id of every word, references one after another. */
  readonly wordIds: Uint32Array;
  /** `postings[bucketStarts[b] .. bucketStarts[b + 1])`: positions of the word pairs whose key falls in bucket `b`. */
  readonly bucketStarts: Uint32Array;
  /** Word positions `k` (pair `k`, `k + 1`), grouped by bucket, ascending within a bucket. */
  readonly postings: Uint32Array;
  /** Offset (in its reference's text) of every 16th word of each reference. */
  readonly checkpoints: Uint32Array;
  /** First word of each reference, and the total at the end (for finding a word's reference). */
  readonly referenceStarts: Uint32Array;
}

/** A growable Uint32Array. */
class U32 {
  data: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Uint32Array(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const d = new Uint32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = v;
  }
  done(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/** Input of {@link buildIndex}: a validated reference. */
export interface ReferenceInput {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  readonly date?: string;
  readonly speaker?: string;
}

/** Scans the references and builds the seed index. Linear in the total text length. */
export function buildIndex(inputs: readonly ReferenceInput[]): IndexData {
  let totalChars = 0;
  for (const r of inputs) totalChars += r.text.length;
  const wordIds = new U32(Math.ceil(totalChars / 5) + 16);
  const checkpoints = new U32(Math.ceil(totalChars / 5 / CHECKPOINT_EVERY) + 16);
  const references: StoredReference[] = [];
  for (const r of inputs) {
    const turns = parseTurns(r.text);
    const wordStart = wordIds.length;
    const checkpointStart = checkpoints.length;
    let label = 0;
    let local = 0;
    const { starts, bodies } = turns;
    scanWords(r.text, (id, start) => {
      while (label < starts.length && (bodies[label] as number) <= start) label++;
      const inLabel = label < starts.length && (starts[label] as number) <= start;
      if ((local & (CHECKPOINT_EVERY - 1)) === 0) checkpoints.push(start);
      wordIds.push(inLabel ? LABEL_WORD : id);
      local++;
    });
    references.push({ ...copyFields(r), wordStart, wordEnd: wordIds.length, checkpointStart, turns });
  }
  const ids = wordIds.done();
  const { bucketStarts, postings } = buildSeeds(ids, references);
  return {
    references,
    wordIds: ids,
    bucketStarts,
    postings,
    checkpoints: checkpoints.done(),
    referenceStarts: referenceStartsOf(references, ids.length),
  };
}

function copyFields(r: ReferenceInput): ReferenceInput {
  const out: { id: string; text: string; title?: string; date?: string; speaker?: string } = { id: r.id, text: r.text };
  if (r.title !== undefined) out.title = r.title;
  if (r.date !== undefined) out.date = r.date;
  if (r.speaker !== undefined) out.speaker = r.speaker;
  return out;
}

function referenceStartsOf(references: readonly StoredReference[], total: number): Uint32Array {
  const starts = new Uint32Array(references.length + 1);
  references.forEach((r, k) => (starts[k] = r.wordStart));
  starts[references.length] = total;
  return starts;
}

/** Number of buckets for `words` words: a power of two, about one per four words. */
function bucketCount(words: number): number {
  let n = 256;
  while (n * 4 < words) n *= 2;
  return n;
}

/** Counting sort of every word pair's position by the bucket of its key. */
function buildSeeds(ids: Uint32Array, references: readonly StoredReference[]): { bucketStarts: Uint32Array; postings: Uint32Array } {
  const buckets = bucketCount(ids.length);
  const mask = buckets - 1;
  const bucketStarts = new Uint32Array(buckets + 1);
  for (const r of references) {
    for (let k = r.wordStart; k + 1 < r.wordEnd; k++) {
      const a = ids[k] as number;
      const b = ids[k + 1] as number;
      if (a === LABEL_WORD || b === LABEL_WORD) continue;
      const slot = (pairKey(a, b) & mask) + 1;
      bucketStarts[slot] = (bucketStarts[slot] as number) + 1;
    }
  }
  for (let b = 0; b < buckets; b++) bucketStarts[b + 1] = (bucketStarts[b + 1] as number) + (bucketStarts[b] as number);
  const cursor = bucketStarts.slice(0, buckets);
  const postings = new Uint32Array(bucketStarts[buckets] as number);
  for (const r of references) {
    for (let k = r.wordStart; k + 1 < r.wordEnd; k++) {
      const a = ids[k] as number;
      const b = ids[k + 1] as number;
      if (a === LABEL_WORD || b === LABEL_WORD) continue;
      const bucket = pairKey(a, b) & mask;
      postings[cursor[bucket] as number] = k;
      cursor[bucket] = (cursor[bucket] as number) + 1;
    }
  }
  return { bucketStarts, postings };
}

/** Bytes held by the index's arrays (the texts themselves not counted). */
export function arrayBytes(data: IndexData): number {
  return (
    data.wordIds.byteLength +
    data.bucketStarts.byteLength +
    data.postings.byteLength +
    data.checkpoints.byteLength +
    data.referenceStarts.byteLength
  );
}

// ---------------------------------------------------------------------------------------------
// File format

const MAGIC = 'QUOTECHK';
/** Version of the file format written by {@link encodeIndex}. */
export const FORMAT_VERSION = 1;
const HEADER_BYTES = 8 + 4 * 7;

/** FNV-1a over bytes (a checksum against damage, not a signature). */
function checksum(bytes: Uint8Array, from: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < bytes.length; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  return h >>> 0;
}

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function writeArray(bytes: Uint8Array, offset: number, array: Uint32Array): number {
  if (littleEndian) bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
  else {
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    for (let i = 0; i < array.length; i++) view.setUint32(offset + 4 * i, array[i] as number, true);
  }
  return offset + array.byteLength;
}

function readArray(bytes: Uint8Array, offset: number, length: number): Uint32Array {
  // Copy (a Node Buffer's slice would share, and be unaligned in, its pool).
  if (littleEndian) return new Uint32Array(new Uint8Array(bytes.subarray(offset, offset + 4 * length)).buffer);
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const out = new Uint32Array(length);
  for (let i = 0; i < length; i++) out[i] = view.getUint32(offset + 4 * i, true);
  return out;
}

/** Writes an index to bytes (see the module description for the format). */
export function encodeIndex(data: IndexData): Uint8Array {
  const meta = new TextEncoder().encode(
    JSON.stringify({
      references: data.references.map((r) => ({
        ...copyFields(r),
        wordStart: r.wordStart,
        wordEnd: r.wordEnd,
        checkpointStart: r.checkpointStart,
      })),
    }),
  );
  const metaPadded = Math.ceil(meta.length / 4) * 4;
  const total =
    HEADER_BYTES +
    metaPadded +
    data.wordIds.byteLength +
    data.bucketStarts.byteLength +
    data.postings.byteLength +
    data.checkpoints.byteLength;
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 8; i++) bytes[i] = MAGIC.charCodeAt(i);
  view.setUint32(8, FORMAT_VERSION, true);
  view.setUint32(12, meta.length, true);
  view.setUint32(16, data.wordIds.length, true);
  view.setUint32(20, data.bucketStarts.length - 1, true);
  view.setUint32(24, data.postings.length, true);
  view.setUint32(28, data.checkpoints.length, true);
  let offset = HEADER_BYTES;
  bytes.set(meta, offset);
  offset += metaPadded;
  offset = writeArray(bytes, offset, data.wordIds);
  offset = writeArray(bytes, offset, data.bucketStarts);
  offset = writeArray(bytes, offset, data.postings);
  writeArray(bytes, offset, data.checkpoints);
  view.setUint32(32, checksum(bytes, HEADER_BYTES), true);
  return bytes;
}

function isOptionalString(v: unknown): v is string | undefined {
  return v === undefined || typeof v === 'string';
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffffffff;
}

/**
 * Reads bytes written by {@link encodeIndex}, validating everything first.
 *
 * @throws {TypeError} when the bytes are not a quotecheck index (magic, version, JSON, field types).
 * @throws {RangeError} when sizes, offsets or counts are out of bounds (a truncated or tampered file).
 */
export function decodeIndex(bytes: Uint8Array): IndexData {
  if (bytes.length < HEADER_BYTES) throw indexFormatError('range', `${bytes.length} bytes is shorter than the ${HEADER_BYTES}-byte header (truncated?)`);
  for (let i = 0; i < 8; i++) {
    if (bytes[i] !== MAGIC.charCodeAt(i)) throw indexFormatError('type', `the data does not start with "${MAGIC}"`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== FORMAT_VERSION) throw indexFormatError('type', `format version ${version} is not supported (expected ${FORMAT_VERSION})`);
  const metaLength = view.getUint32(12, true);
  const nWords = view.getUint32(16, true);
  const nBuckets = view.getUint32(20, true);
  const nPostings = view.getUint32(24, true);
  const nCheckpoints = view.getUint32(28, true);
  const sum = view.getUint32(32, true);
  const metaPadded = Math.ceil(metaLength / 4) * 4;
  const expected = HEADER_BYTES + metaPadded + 4 * (nWords + nBuckets + 1 + nPostings + nCheckpoints);
  if (bytes.length !== expected) {
    throw indexFormatError('range', `the header announces ${expected} bytes but there are ${bytes.length} (truncated or damaged)`);
  }
  if (nBuckets < 1 || (nBuckets & (nBuckets - 1)) !== 0) throw indexFormatError('range', `bucket count ${nBuckets} is not a power of two`);
  if (nPostings > nWords) throw indexFormatError('range', `${nPostings} postings for ${nWords} words`);
  if (checksum(bytes, HEADER_BYTES) !== sum) throw indexFormatError('range', 'checksum mismatch (the data was changed or damaged)');

  let meta: unknown;
  try {
    meta = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(HEADER_BYTES, HEADER_BYTES + metaLength)));
  } catch {
    throw indexFormatError('type', 'the reference metadata is not valid UTF-8 JSON');
  }
  const list = (meta as { references?: unknown } | null)?.references;
  if (!Array.isArray(list)) throw indexFormatError('type', 'the metadata has no `references` array');

  let offset = HEADER_BYTES + metaPadded;
  const wordIds = readArray(bytes, offset, nWords);
  offset += 4 * nWords;
  const bucketStarts = readArray(bytes, offset, nBuckets + 1);
  offset += 4 * (nBuckets + 1);
  const postings = readArray(bytes, offset, nPostings);
  offset += 4 * nPostings;
  const checkpoints = readArray(bytes, offset, nCheckpoints);

  const references: StoredReference[] = [];
  const seen = new Set<string>();
  let words = 0;
  let cps = 0;
  for (const [k, item] of list.entries()) {
    const r = item as Record<string, unknown> | null;
    if (r === null || typeof r !== 'object' || typeof r.id !== 'string' || typeof r.text !== 'string' ||
        !isOptionalString(r.title) || !isOptionalString(r.date) || !isOptionalString(r.speaker)) {
      throw indexFormatError('type', `reference ${k} is not {id, text, title?, date?, speaker?} with string values`);
    }
    if (seen.has(r.id)) throw indexFormatError('type', `reference id "${r.id}" appears twice`);
    seen.add(r.id);
    if (!isCount(r.wordStart) || !isCount(r.wordEnd) || !isCount(r.checkpointStart)) {
      throw indexFormatError('type', `reference ${k} has no integer word and checkpoint positions`);
    }
    const count = r.wordEnd - r.wordStart;
    const cpCount = Math.ceil(count / CHECKPOINT_EVERY);
    if (r.wordStart !== words || count < 0 || r.wordEnd > nWords || r.checkpointStart !== cps || cps + cpCount > nCheckpoints) {
      throw indexFormatError('range', `reference ${k} ("${r.id}") has word or checkpoint positions out of bounds`);
    }
    let last = 0;
    for (let c = cps; c < cps + cpCount; c++) {
      const at = checkpoints[c] as number;
      if (at < last || at >= r.text.length) throw indexFormatError('range', `checkpoint ${c} (${at}) is outside reference "${r.id}" or out of order`);
      last = at;
    }
    words = r.wordEnd;
    cps += cpCount;
    const input: ReferenceInput = {
      id: r.id,
      text: r.text,
      ...(r.title !== undefined ? { title: r.title } : {}),
      ...(r.date !== undefined ? { date: r.date } : {}),
      ...(r.speaker !== undefined ? { speaker: r.speaker } : {}),
    };
    references.push({ ...input, wordStart: r.wordStart, wordEnd: r.wordEnd, checkpointStart: r.checkpointStart, turns: parseTurns(r.text) });
  }
  if (words !== nWords || cps !== nCheckpoints) throw indexFormatError('range', `the references cover ${words} of ${nWords} words and ${cps} of ${nCheckpoints} checkpoints`);
  if (bucketStarts[0] !== 0 || bucketStarts[nBuckets] !== nPostings) throw indexFormatError('range', 'bucket table does not span the postings');
  for (let b = 0; b < nBuckets; b++) {
    if ((bucketStarts[b] as number) > (bucketStarts[b + 1] as number)) throw indexFormatError('range', `bucket ${b} ends before it starts`);
  }
  const referenceStarts = referenceStartsOf(references, nWords);
  // Every posting must be a word pair inside one reference: p + 1 is a word and does not start a reference.
  const startsHere = new Uint8Array(nWords + 1);
  for (const r of references) startsHere[r.wordStart] = 1;
  startsHere[nWords] = 1;
  for (let k = 0; k < nPostings; k++) {
    const p = postings[k] as number;
    if (p + 1 >= nWords || startsHere[p + 1] === 1) {
      throw indexFormatError('range', `posting ${p} is not a word pair inside one reference`);
    }
  }
  return { references, wordIds, bucketStarts, postings, checkpoints, referenceStarts };
}
