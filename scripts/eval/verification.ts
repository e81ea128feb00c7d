/**
 * Verification figures against `../shared/data/speeches/` (see its README):
 * `npm run eval -- --verify [--quotes FILE]` (default `quotes-10mb.jsonl`).
 *
 * The index is built over the references whose cumulative text length fits the quotes file's size
 * (`quotes-10mb` → the first 10 M characters of `reference.jsonl`, `quotes-1mb` → 1 M, other names → all),
 * from the `reference.jsonl` beside the quotes file, or else the shared one.
 * Set `VERBOSE=1` to list the quotes that miss.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ReferenceIndex } from '../../src/verify/reference-index.js';
import { normalizeWords } from '../../src/verify/words.js';
import type { Verdict, Verification } from '../../src/types.js';

/** Directory of the shared speeches data. */
export const SPEECHES = '../shared/data/speeches';

/** One reference transcript of `reference.jsonl`. */
export interface SpeechReference {
  id: string;
  speaker: string;
  title: string;
  date: string;
  text: string;
}

/** One generated edit of an `altered` quote. */
export interface GoldEdit {
  op: 'sub' | 'ins' | 'del' | 'swap';
  at: number;
  from?: string;
  to?: string;
}

/** One quote of `quotes-*.jsonl`. */
export interface GoldVerificationQuote {
  qid: number;
  kind: 'verbatim' | 'normalized' | 'elided' | 'altered' | 'notfound';
  quote: string;
  nWords: number;
  doc: string | null;
  start: number | null;
  end: number | null;
  src: string;
  edits?: GoldEdit[];
  srcOccurrencesInSubset?: number;
  /** For `notfound`: the speech the quote was taken from (not among the indexed references). */
  heldoutDoc?: string;
}

/** Reads a JSONL file. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** The reference limit (characters) a quotes file was drawn from, from its name (`quotes-10mb` → 10 M), or `Infinity`. */
export function referenceLimit(quotesFile: string): number {
  const m = /(\d+(?:\.\d+)?)mb/i.exec(quotesFile);
  return m ? Number(m[1]) * 1e6 : Infinity;
}

/**
 * The references that make up the first `limit` characters of `reference.jsonl`, in file order (the
 * one that straddles the limit included whole, as the quotes files were drawn).
 */
export function firstReferences(all: readonly SpeechReference[], limit: number): SpeechReference[] {
  const out: SpeechReference[] = [];
  let total = 0;
  for (const r of all) {
    if (total >= limit) break;
    total += r.text.length;
    out.push(r);
  }
  return out;
}

/**
 * The references a quotes file was drawn from: the first N M characters when its name says so
 * (`quotes-10mb`), else the references up to the last one a quote comes from; never the speeches the
 * `notfound` quotes were taken from (`heldoutDoc`). With `whole`, all of `all` (a `reference.jsonl` written
 * for the quotes file, as `held-out-quotes.ts` does).
 */
export function referencesFor(all: readonly SpeechReference[], quotesFile: string, quotes: readonly GoldVerificationQuote[], whole = false): SpeechReference[] {
  const heldOut = new Set(quotes.map((q) => q.heldoutDoc).filter((id): id is string => typeof id === 'string'));
  let refs: SpeechReference[];
  const limit = referenceLimit(quotesFile);
  if (whole) refs = all.slice();
  else if (limit !== Infinity) refs = firstReferences(all, limit);
  else {
    const gold = new Set(quotes.map((q) => q.doc).filter((id): id is string => typeof id === 'string'));
    let last = -1;
    all.forEach((r, k) => {
      if (gold.has(r.id)) last = k;
    });
    refs = all.slice(0, last + 1);
  }
  return refs.filter((r) => !heldOut.has(r.id));
}

const EXPECTED: Record<GoldVerificationQuote['kind'], Verdict> = {
  verbatim: 'verbatim',
  normalized: 'normalized',
  elided: 'elided',
  altered: 'altered',
  notfound: 'not-found',
};

/** Normalized words of a string, as a list. */
function wordsOf(s: string): string[] {
  const n = normalizeWords(s);
  return n === '' ? [] : n.split(' ');
}

/** Sorted multiset key of words. */
function bag(words: string[]): string {
  return words.slice().sort().join('\u0001');
}

/** Words removed from the passage and added by the quote, by a diff or by generated edits. */
interface WordChanges {
  removed: string[];
  added: string[];
  /** Transpositions (a `swap` edit; a `replace` step of the same words in another order). */
  swaps: number;
}

/** The word changes of a verification's diff (normalized words; editorial steps not counted). */
function changesOfDiff(v: Verification): WordChanges {
  const changes: WordChanges = { removed: [], added: [], swaps: 0 };
  for (const op of v.diff) {
    if (op.op === 'equal' || op.editorial) continue;
    const removed = op.reference.flatMap(wordsOf);
    const added = op.quote.flatMap(wordsOf);
    changes.removed.push(...removed);
    changes.added.push(...added);
    if (op.op === 'replace' && removed.length >= 2 && bag(removed) === bag(added) && removed.join(' ') !== added.join(' ')) changes.swaps++;
  }
  return changes;
}

/** The word changes of generated edits: a swap removes its two words and adds them in the other order. */
function changesOfEdits(edits: readonly GoldEdit[]): WordChanges {
  const changes: WordChanges = { removed: [], added: [], swaps: 0 };
  for (const e of edits) {
    if (e.op === 'sub' || e.op === 'del' || e.op === 'swap') changes.removed.push(...wordsOf(e.from ?? ''));
    if (e.op === 'sub' || e.op === 'ins') changes.added.push(...wordsOf(e.to ?? ''));
    if (e.op === 'swap') {
      changes.added.push(...wordsOf(e.from ?? '').reverse());
      changes.swaps++;
    }
  }
  return changes;
}

/** The net changes: a word both removed and added again is no change. */
function net(changes: WordChanges): WordChanges {
  const added = changes.added.slice();
  const removed: string[] = [];
  for (const w of changes.removed) {
    const k = added.indexOf(w);
    if (k >= 0) added.splice(k, 1);
    else removed.push(w);
  }
  return { removed, added, swaps: changes.swaps };
}

function sameChanges(a: WordChanges, b: WordChanges): boolean {
  return bag(a.removed) === bag(b.removed) && bag(a.added) === bag(b.added) && a.swaps === b.swaps;
}

/**
 * Whether the word changes of a verification's diff are exactly the generated edits: the multisets
 * of reference words removed and of quote words added (normalized; editorial steps not counted) are
 * equal, and so are the numbers of transpositions.
 */
export function diffMatchesEdits(v: Verification, edits: readonly GoldEdit[]): boolean {
  return sameChanges(changesOfDiff(v), changesOfEdits(edits));
}

/**
 * Like {@link diffMatchesEdits}, on the net effect: a generated recipe such as `sub of→will` then
 * `del will` deletes `of`, and no diff can show its two steps.
 */
export function diffMatchesEditsNet(v: Verification, edits: readonly GoldEdit[]): boolean {
  return sameChanges(net(changesOfDiff(v)), net(changesOfEdits(edits)));
}

/**
 * The changes a quotation can show, found by replaying the generated edits on the source's words
 * (`at` counts the words of `src` split at single spaces, as the data was generated; each edit applies
 * to the result of the previous ones). Three kinds of recipe step leave no trace in the quote, so no
 * diff can report them, and they are dropped: a source word deleted before the first or after the last
 * source word the quote still holds (the quote is then simply shorter), a word the recipe adds and then
 * removes or replaces again (`sub of→will` + `del will` is `del of`), and a swap one of whose two words
 * is replaced, deleted or separated from the other later. Returns `null` when replaying does not
 * reproduce the edits' `from` words (then only the recipe itself can be compared).
 */
export function observableChanges(src: string, edits: readonly GoldEdit[]): WordChanges | null {
  interface Token {
    text: string;
    /** Index of the source word, or -1 for a word the recipe added. */
    orig: number;
  }
  const tokens: Token[] = src.split(' ').map((text, orig) => ({ text, orig }));
  const same = (a: readonly Token[], from: string | undefined): boolean =>
    a.flatMap((t) => wordsOf(t.text)).join(' ') === wordsOf(from ?? '').join(' ');
  const swaps: [number, number][] = [];
  for (const e of edits) {
    const at = e.at;
    if (at < 0 || at > tokens.length) return null;
    if (e.op === 'sub' || e.op === 'del') {
      if (!same(tokens.slice(at, at + 1), e.from)) return null;
      if (e.op === 'sub') tokens.splice(at, 1, { text: e.to ?? '', orig: -1 });
      else tokens.splice(at, 1);
    } else if (e.op === 'ins') tokens.splice(at, 0, { text: e.to ?? '', orig: -1 });
    else {
      const [x, y] = [tokens[at], tokens[at + 1]];
      if (!x || !y || !same([x, y], e.from)) return null;
      tokens.splice(at, 2, y, x);
      swaps.push([x.orig, y.orig]);
    }
  }
  const kept = new Set(tokens.map((t) => t.orig).filter((o) => o >= 0));
  const firstKept = tokens.findIndex((t) => t.orig >= 0);
  const lastKept = tokens.length - 1 - [...tokens].reverse().findIndex((t) => t.orig >= 0);
  const lowest = Math.min(...kept);
  const highest = Math.max(...kept);
  // Source words beyond the quote's ends show only when the quote has added words there to replace them.
  const addedBefore = firstKept !== 0;
  const addedAfter = lastKept !== tokens.length - 1;
  const removed = src
    .split(' ')
    .filter((_, k) => !kept.has(k) && (kept.size === 0 || (k > lowest || addedBefore) && (k < highest || addedAfter)))
    .flatMap(wordsOf);
  const added = tokens.filter((t) => t.orig < 0).flatMap((t) => wordsOf(t.text));
  // A swap shows when both its words are still there, next to each other in the swapped order.
  const position = new Map(tokens.map((t, k) => [t.orig, k] as const));
  const shown = swaps.filter(([x, y]) => x >= 0 && y >= 0 && position.get(x) === (position.get(y) ?? -2) + 1);
  // Like a swap edit, a shown swap removes its two words and adds them in the other order.
  const words = src.split(' ');
  for (const [x, y] of shown) {
    const pair = [...wordsOf(words[x] ?? ''), ...wordsOf(words[y] ?? '')];
    removed.push(...pair);
    added.push(...pair.reverse());
  }
  return { removed, added, swaps: shown.length };
}

/**
 * Whether a verification's diff shows exactly the changes the quote can show ({@link observableChanges});
 * falls back to {@link diffMatchesEdits} when the edits cannot be replayed.
 */
export function diffMatchesObservableEdits(v: Verification, src: string, edits: readonly GoldEdit[]): boolean {
  const observable = observableChanges(src, edits);
  return observable ? sameChanges(changesOfDiff(v), observable) : diffMatchesEdits(v, edits);
}

function pct(n: number, d: number): string {
  return d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
}

/** Options of {@link evaluateVerification}. */
export interface VerificationEvalOptions {
  /** A line printed before the figures (what the quotes are). */
  heading?: string;
  /** Index every reference of the `reference.jsonl` beside the quotes file (see {@link referencesFor}). */
  wholeReferenceFile?: boolean;
}

/** Prints location recall by kind, false matches of `notfound` quotes, verdict accuracy and diff exactness. */
export async function evaluateVerification(quotesFile?: string, options: VerificationEvalOptions = {}): Promise<void> {
  const file = quotesFile ?? join(SPEECHES, 'quotes-10mb.jsonl');
  // The references next to the quotes file, else the shared ones.
  const besideQuotes = join(dirname(file), 'reference.jsonl');
  const referenceFile = existsSync(besideQuotes) ? besideQuotes : join(SPEECHES, 'reference.jsonl');
  if (!existsSync(file) || !existsSync(referenceFile)) {
    console.log(`verification: ${file} or ${referenceFile} is missing; nothing to evaluate`);
    return;
  }
  const quotes = readJsonl<GoldVerificationQuote>(file);
  const refs = referencesFor(readJsonl<SpeechReference>(referenceFile), file, quotes, options.wholeReferenceFile === true && referenceFile === besideQuotes);
  const chars = refs.reduce((n, r) => n + r.text.length, 0);
  const t0 = performance.now();
  const index = new ReferenceIndex(refs);
  const t1 = performance.now();
  const results = index.verifyAll(quotes.map((q) => q.quote));
  const t2 = performance.now();
  if (options.heading) console.log(`\n${options.heading}`);
  console.log(`${options.heading ? '' : '\n'}Verification: ${quotes.length} quotes of ${file} against ${refs.length} references (${(chars / 1e6).toFixed(2)} M characters)`);
  console.log(`  index built in ${(t1 - t0).toFixed(0)} ms; quotes verified in ${(t2 - t1).toFixed(0)} ms`);

  const kinds = ['verbatim', 'normalized', 'elided', 'altered', 'notfound'] as const;
  const verdicts: Verdict[] = ['verbatim', 'normalized', 'elided', 'altered', 'not-found'];
  const located: Record<string, number> = {};
  const equivalent: Record<string, number> = {};
  const total: Record<string, number> = {};
  const confusion: Record<string, Record<string, number>> = {};
  let correct = 0;
  let notfoundMatched = 0;
  let editsExact = 0;
  let editsNet = 0;
  let editsObservable = 0;
  let replayable = 0;
  let alteredTotal = 0;
  const misses: string[] = [];
  quotes.forEach((q, k) => {
    const v = results[k] as Verification;
    total[q.kind] = (total[q.kind] ?? 0) + 1;
    const row = (confusion[q.kind] ??= {});
    row[v.verdict] = (row[v.verdict] ?? 0) + 1;
    const ok = v.verdict === EXPECTED[q.kind];
    if (ok) correct++;
    let where = '';
    if (q.kind === 'notfound') {
      if (v.verdict !== 'not-found') notfoundMatched++;
    } else {
      const p = v.reference;
      const overlaps = p !== null && p.id === q.doc && p.start < (q.end ?? 0) && (q.start ?? 0) < p.end;
      // The same words occur elsewhere too (the data counts them): any occurrence is the quote's source.
      const same =
        !overlaps && p !== null && (q.srcOccurrencesInSubset ?? 1) > 1 && normalizeWords(p.text) === normalizeWords(q.src);
      if (overlaps) located[q.kind] = (located[q.kind] ?? 0) + 1;
      if (same) equivalent[q.kind] = (equivalent[q.kind] ?? 0) + 1;
      if (!overlaps && !same) where = ` located at ${p ? `${p.id}:${p.start}` : 'nothing'}, gold ${q.doc}:${q.start}`;
    }
    if (q.kind === 'altered') {
      alteredTotal++;
      if (diffMatchesEdits(v, q.edits ?? [])) editsExact++;
      if (diffMatchesEditsNet(v, q.edits ?? [])) editsNet++;
      if (observableChanges(q.src, q.edits ?? [])) replayable++;
      if (diffMatchesObservableEdits(v, q.src, q.edits ?? [])) editsObservable++;
      else where += ` diff≠edits ${JSON.stringify(q.edits)} vs ${JSON.stringify(v.diff.filter((d) => d.op !== 'equal'))}`;
    }
    if (!ok || where) misses.push(`  [${q.qid} ${q.kind}→${v.verdict} score ${v.score.toFixed(2)}]${where}\n    quote: ${q.quote.slice(0, 160)}\n    src:   ${q.src.slice(0, 160)}\n    ours:  ${(v.reference ?? v.nearest)?.text.slice(0, 160) ?? '—'}`);
  });

  console.log('  location recall (passage overlaps the gold span in the right reference; + another occurrence of the same words):');
  for (const kind of kinds) {
    if (kind === 'notfound' || !total[kind]) continue;
    const n = (located[kind] ?? 0) + (equivalent[kind] ?? 0);
    const target = kind === 'altered' ? 98 : 99.5;
    console.log(`    ${kind.padEnd(10)} ${pct(n, total[kind] ?? 0)}  (${equivalent[kind] ?? 0} at another occurrence of the same words; target ≥ ${target}%)`);
  }
  console.log(`  notfound quotes wrongly matched: ${pct(notfoundMatched, total.notfound ?? 0)} (target ≤ 1%)`);
  console.log(`  verdict accuracy (five-way): ${pct(correct, quotes.length)} (target ≥ 98.5%)`);
  console.log(`    gold \\ ours  ${verdicts.map((v) => v.padStart(10)).join('')}`);
  for (const kind of kinds) {
    if (!total[kind]) continue;
    console.log(`    ${kind.padEnd(12)} ${verdicts.map((v) => String(confusion[kind]?.[v] ?? 0).padStart(10)).join('')}`);
  }
  console.log(`  altered quotes whose diff is exactly the generated edits (the recipe as listed): ${pct(editsExact, alteredTotal)} (target ≥ 95%)`);
  console.log(`    … the same words changed once a word removed and added again by the recipe cancels out: ${pct(editsNet, alteredTotal)}`);
  console.log(
    `    … the diff equals the changes the quote can show (edits replayed on the source; edge deletions and steps undone by later ones dropped; ${replayable}/${alteredTotal} replayable): ${pct(editsObservable, alteredTotal)}`,
  );
  if (process.env.VERBOSE) console.log(misses.join('\n'));
}
