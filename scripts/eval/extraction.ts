/**
 * Extraction figures on gold data: precision, recall and F1 of `findQuotes` with overlap
 * matching, and how many gold multi-paragraph utterances are grouped as one utterance.
 *
 * `tsx scripts/eval/extraction.ts [FILE.jsonl] [--dump N]` prints the figures and, with `--dump`,
 * up to N misses and false positives with their context.
 */
import { findQuotes } from '../../src/index.js';
import type { Quote } from '../../src/index.js';
import type { GoldDocument, GoldQuote } from './corpus.js';

/** Anything with UTF-16 `start` and `end` offsets (end excluded). */
export interface OffsetSpan {
  readonly start: number;
  readonly end: number;
}

/** Number of code units two spans share. */
export function overlapLength(a: OffsetSpan, b: OffsetSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Whether two spans match: they overlap by at least `fraction` (default one half) of EACH one's
 * length.
 */
export function overlapMatch(a: OffsetSpan, b: OffsetSpan, fraction = 0.5): boolean {
  const shared = overlapLength(a, b);
  return shared > 0 && shared >= fraction * (a.end - a.start) && shared >= fraction * (b.end - b.start);
}

/** A one-to-one matching of predicted spans to gold spans. */
export interface SpanMatching<P, G> {
  /** Matched pairs, in gold order. */
  readonly pairs: readonly (readonly [P, G])[];
  /** Predictions matched to no gold span. */
  readonly falsePositives: readonly P[];
  /** Gold spans matched by no prediction. */
  readonly misses: readonly G[];
}

/**
 * Matches predictions to gold spans one to one with {@link overlapMatch}: each gold span takes the
 * unmatched prediction that overlaps it most. Both lists may come in any order.
 */
export function matchSpans<P extends OffsetSpan, G extends OffsetSpan>(
  predicted: readonly P[],
  gold: readonly G[],
  fraction = 0.5,
): SpanMatching<P, G> {
  const byStart = <T extends OffsetSpan>(list: readonly T[]): T[] => [...list].sort((x, y) => x.start - y.start);
  const predictions = byStart(predicted);
  const used = new Set<number>();
  const pairs: (readonly [P, G])[] = [];
  const misses: G[] = [];
  let first = 0;
  for (const g of byStart(gold)) {
    while (first < predictions.length && predictions[first]!.end <= g.start) first++;
    let best = -1;
    let bestShared = 0;
    for (let index = first; index < predictions.length && predictions[index]!.start < g.end; index++) {
      const p = predictions[index]!;
      if (used.has(index) || !overlapMatch(p, g, fraction)) continue;
      const shared = overlapLength(p, g);
      if (shared > bestShared) {
        best = index;
        bestShared = shared;
      }
    }
    if (best >= 0) {
      used.add(best);
      pairs.push([predictions[best]!, g]);
    } else {
      misses.push(g);
    }
  }
  const falsePositives = predictions.filter((_, index) => !used.has(index));
  return { pairs, falsePositives, misses };
}

/** Precision, recall and F1 from counts. */
export function scores(truePositives: number, falsePositives: number, falseNegatives: number): {
  precision: number;
  recall: number;
  f1: number;
} {
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** One article's extraction result against its gold quotes. */
export interface ExtractionResult {
  readonly doc: GoldDocument;
  readonly quotes: readonly Quote[];
  readonly matching: SpanMatching<Quote, GoldQuote>;
  /** False positives that overlap an `unattributed` gold span (left out of precision). */
  readonly ignored: readonly Quote[];
  /** Gold continuation links (an `openEnd` segment and the next `continuation` one of its attribution). */
  readonly links: number;
  /** Links whose two gold segments are matched by predictions of one utterance. */
  readonly linksGrouped: number;
  /** Gold links we did not group, as `[previous, next]`. */
  readonly linksMissed: readonly (readonly [GoldQuote, GoldQuote])[];
}

/** Runs `findQuotes` on one article and compares it with the gold quotes. */
export function evaluateDocument(doc: GoldDocument): ExtractionResult {
  const quotes = findQuotes(doc.text);
  const full = matchSpans(quotes, doc.quotes);
  const ignored = full.falsePositives.filter((q) => doc.unattributed.some((u) => overlapLength(q, u) > 0));
  const matching = { ...full, falsePositives: full.falsePositives.filter((q) => !ignored.includes(q)) };
  const predictionOf = new Map<GoldQuote, Quote>();
  for (const [p, g] of matching.pairs) predictionOf.set(g, p);
  let links = 0;
  let linksGrouped = 0;
  const linksMissed: (readonly [GoldQuote, GoldQuote])[] = [];
  const gold = [...doc.quotes].sort((a, b) => a.start - b.start);
  gold.forEach((q, index) => {
    if (!q.openEnd) return;
    const next = gold.slice(index + 1).find((n) => n.attribution === q.attribution);
    if (!next?.continuation) return;
    links++;
    const a = predictionOf.get(q);
    const b = predictionOf.get(next);
    if (a && b && a.utterance === b.utterance) linksGrouped++;
    else linksMissed.push([q, next]);
  });
  return { doc, quotes, matching, ignored, links, linksGrouped, linksMissed };
}

/** Summed extraction figures over many articles. */
export interface ExtractionSummary {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly misses: number;
  readonly ignored: number;
  readonly exact: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly links: number;
  readonly linksGrouped: number;
  /** Matched quotations whose gold `kind` is known. */
  readonly kinds: number;
  /** Of those, how many agree: our `full`/`block` with gold `direct`, our `partial` with gold `mixed`. */
  readonly kindsAgreeing: number;
  readonly results: readonly ExtractionResult[];
}

/** Evaluates extraction on every article. */
export function evaluateExtraction(docs: readonly GoldDocument[]): ExtractionSummary {
  const results = docs.map(evaluateDocument);
  let truePositives = 0;
  let falsePositives = 0;
  let misses = 0;
  let ignored = 0;
  let exact = 0;
  let links = 0;
  let linksGrouped = 0;
  let kinds = 0;
  let kindsAgreeing = 0;
  for (const r of results) {
    for (const [p, g] of r.matching.pairs) {
      if (!g.kind) continue;
      kinds++;
      if ((p.kind === 'partial') === (g.kind === 'mixed')) kindsAgreeing++;
    }
    truePositives += r.matching.pairs.length;
    falsePositives += r.matching.falsePositives.length;
    misses += r.matching.misses.length;
    ignored += r.ignored.length;
    exact += r.matching.pairs.filter(([p, g]) => p.start === g.start && p.end === g.end).length;
    links += r.links;
    linksGrouped += r.linksGrouped;
  }
  return {
    truePositives,
    falsePositives,
    misses,
    ignored,
    exact,
    ...scores(truePositives, falsePositives, misses),
    links,
    linksGrouped,
    kinds,
    kindsAgreeing,
    results,
  };
}

const percent = (value: number): string => `${(100 * value).toFixed(2)}%`;

/**
 * Whether an article writes double quotation marks as two apostrophes (`''…''`, a newswire
 * convention). The PolNeAR gold of such articles annotates none of their `''…''` quotations
 * (only single-quoted ones nested inside them), so they are reported apart.
 */
export function usesDoubleApostrophes(doc: GoldDocument): boolean {
  return doc.text.includes("''");
}

function printSummary(label: string, s: ExtractionSummary): void {
  console.log(`  ${label}`);
  console.log(
    `    precision ${percent(s.precision)}  recall ${percent(s.recall)}  F1 ${percent(s.f1)}` +
      `  (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.misses}; ${s.ignored} predictions on unattributed spans left out)`,
  );
  console.log(`    exact span match: ${s.exact} of ${s.truePositives} matched (${percent(s.exact / Math.max(1, s.truePositives))})`);
  console.log(`    multi-paragraph links grouped as one utterance: ${s.linksGrouped} of ${s.links}`);
  console.log(
    `    kind agrees with gold (full/block = direct, partial = mixed): ${s.kindsAgreeing} of ${s.kinds}` +
      ` (${percent(s.kindsAgreeing / Math.max(1, s.kinds))})`,
  );
}

/** Prints extraction precision, recall and F1, and multi-paragraph grouping. */
export function reportExtraction(docs: GoldDocument[]): void {
  console.log('Extraction (findQuotes; match = overlap ≥ half of each span)');
  printSummary(`all ${docs.length} articles`, evaluateExtraction(docs));
  const apostrophes = docs.filter(usesDoubleApostrophes);
  if (apostrophes.length > 0) {
    const rest = docs.filter((d) => !usesDoubleApostrophes(d));
    printSummary(`${rest.length} articles with standard quotation marks`, evaluateExtraction(rest));
    printSummary(
      `${apostrophes.length} articles quoting with two apostrophes ''…'' (gold leaves those quotations unannotated)`,
      evaluateExtraction(apostrophes),
    );
  }
}

/** Context around a span, for dumps. */
function context(text: string, span: OffsetSpan, width = 60): string {
  const left = text.slice(Math.max(0, span.start - width), span.start);
  const inner = text.slice(span.start, Math.min(span.end, span.start + 160));
  const right = text.slice(span.end, span.end + width);
  return JSON.stringify(`${left}⟦${inner}${span.end - span.start > 160 ? '…' : ''}⟧${right}`);
}

/** Prints up to `limit` misses, false positives, inexact matches and ungrouped links. */
export function dumpErrors(docs: GoldDocument[], limit: number): void {
  const s = evaluateExtraction(docs);
  let shown = 0;
  for (const r of s.results) {
    for (const g of r.matching.misses) {
      if (shown++ < limit) console.log(`MISS ${r.doc.id} ${g.start}-${g.end} ${context(r.doc.text, g)}`);
    }
    for (const p of r.matching.falsePositives) {
      if (shown++ < limit) console.log(`FP   ${r.doc.id} ${p.start}-${p.end} ${context(r.doc.text, p)}`);
    }
    for (const [p, g] of r.matching.pairs) {
      if ((p.start !== g.start || p.end !== g.end) && shown++ < limit) {
        console.log(`NEAR ${r.doc.id} ours ${p.start}-${p.end} gold ${g.start}-${g.end} ${context(r.doc.text, g, 30)}`);
      }
    }
    for (const [a, b] of r.linksMissed) {
      if (shown++ < limit) console.log(`LINK ${r.doc.id} ${context(r.doc.text, a, 20)} → ${context(r.doc.text, b, 20)}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync } = await import('node:fs');
  const args = process.argv.slice(2);
  const dumpAt = args.indexOf('--dump');
  const limit = dumpAt >= 0 ? Number(args[dumpAt + 1] ?? 50) : 0;
  const file = args.find((a, i) => !a.startsWith('--') && i !== dumpAt + 1) ?? '../shared/data/polnear-train.jsonl';
  // Not `readCorpus`: corpus.ts imports this module, and a cycle would deadlock the top-level await.
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldDocument);
  reportExtraction(docs);
  if (limit > 0) dumpErrors(docs, limit);
}
