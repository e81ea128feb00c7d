/**
 * Attribution figures on gold data (the shared PolNeAR format).
 *
 * Two runs are reported:
 * - **gold spans**: `attribute(text, quotes)` on the gold quotation spans (and the gold
 *   `unattributed` spans: scare quotes and titles, which should get no speaker), turned into
 *   `Quote` records by {@link goldQuotes}; this isolates attribution from extraction;
 * - **end to end**: `attributeQuotes(text)` (findQuotes + attribute).
 *
 * Figures:
 * - speaker accuracy on matched gold quotes (match = overlap ≥ half of each one's length), in
 *   total and by gold `speakerKind` (name, pronoun, nominal). A speaker is right when its mention
 *   overlaps the gold speaker span, or its name shares a word (other than titles and function
 *   words) with the gold speaker text. **Gold quotes with speaker `null`** count with kind `none`:
 *   only a predicted `null` is right for them;
 * - end-to-end precision / recall / F1: a prediction *with a speaker* is a true positive when it
 *   matches a gold quote that has a speaker and the speaker is right; predictions with a speaker
 *   on anything else (wrong speaker, a gold `null`-speaker quote, an unattributed span, no gold
 *   quote) are false positives; gold quotes with a speaker that no right prediction covers are
 *   false negatives. A predicted `null` speaker is an abstention (neither);
 * - the same precision and recall restricted to predictions with confidence ≥ 0.8.
 *
 * `tsx scripts/eval/attribution.ts [FILE.jsonl] [--dump N] [--gold]` prints the figures and, with
 * `--dump`, up to N wrong attributions with their context (`--gold`: on gold spans).
 */
import { parseArgs } from 'node:util';
import { attribute, attributeQuotes } from '../../src/index.js';
import type { AttributedQuote, Quote, Speaker } from '../../src/index.js';
import { FUNCTION_WORDS, TITLES } from '../../src/lexicon/words.js';
import { readCorpus, type GoldDocument, type GoldQuote } from './corpus.js';
import { matchSpans, scores, usesDoubleApostrophes } from './extraction.js';

/** The confidence above which attributions are promised to be precise. */
const THRESHOLD = 0.8;

const MARKS = new Set(['"', '“', '”', '„', '‟', '«', '»', '‹', '›', '‘', '’', '‚', "'", '「', '」']);
const SINGLE = new Set(['‘', '’', '‚', "'", '‹', '›']);

/** A gold span with the fields that make a `Quote` record. */
interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly attribution?: string;
  readonly kind?: 'direct' | 'mixed' | 'full' | 'partial';
}

/** The quotation mark just outside a gold span (looking at most 3 characters away over spaces). */
function markNear(text: string, at: number, step: -1 | 1): { mark: string; offset: number } | null {
  for (let k = 0, i = step < 0 ? at - 1 : at; k < 3 && i >= 0 && i < text.length; k++, i += step) {
    const c = text[i] as string;
    if (MARKS.has(c)) return { mark: c, offset: i };
    if (!/\s/.test(c)) return null;
  }
  return null;
}

/**
 * Turns gold quotation spans into `Quote` records, as `findQuotes` would return them: the marks
 * are the characters just before and after the span, segments of one gold attribution share an
 * utterance, `direct` → `full`, `mixed` → `partial`.
 */
export function goldQuotes(text: string, spans: readonly GoldSpan[]): Quote[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const paragraphStarts = [0];
  const blank = /\n[^\S\n]*\n\s*/g;
  for (let m = blank.exec(text); m; m = blank.exec(text)) paragraphStarts.push(m.index + m[0].length);
  const paragraphOf = (offset: number): number => {
    let p = 0;
    while (p + 1 < paragraphStarts.length && (paragraphStarts[p + 1] as number) <= offset) p++;
    return p;
  };
  const utterances = new Map<string, { id: number; segments: number }>();
  let nextUtterance = 0;
  return sorted.map((g): Quote => {
    const open = markNear(text, g.start, -1) ?? { mark: '"', offset: Math.max(0, g.start - 1) };
    const close = markNear(text, g.end, 1);
    let utterance: number;
    let segment = 0;
    const u = g.attribution ? utterances.get(g.attribution) : undefined;
    if (u) {
      utterance = u.id;
      segment = ++u.segments;
    } else {
      utterance = nextUtterance++;
      if (g.attribution) utterances.set(g.attribution, { id: utterance, segments: 0 });
    }
    const paragraphStart = paragraphStarts[paragraphOf(g.start)] as number;
    const block = text.slice(paragraphStart, open.offset).trim() === '';
    const kind = g.kind === 'direct' || g.kind === 'full' ? (block ? 'block' : 'full') : g.kind === undefined ? 'partial' : 'partial';
    return {
      start: g.start,
      end: g.end,
      text: text.slice(g.start, g.end),
      open,
      close,
      paragraph: paragraphOf(g.start),
      kind: kind === 'block' ? 'full' : kind,
      utterance,
      segment,
      level: SINGLE.has(open.mark) ? 'single' : 'double',
    };
  });
}

/** Content words of a speaker text: lower case, possessives and titles and function words removed. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}'’.-]+/u)) {
    const w = raw.replace(/['’]s?$/, '').replace(/^[.'’-]+|[.'’-]+$/g, '');
    if (w.length === 0 || FUNCTION_WORDS.has(w) || TITLES.has(w) || TITLES.has(`${w}.`)) continue;
    out.add(w);
  }
  return out;
}

/** Whether a predicted speaker is right for a gold quote (see the module comment). */
export function speakerRight(predicted: Speaker | null, gold: GoldQuote): boolean {
  if (gold.speaker === null) return predicted === null;
  if (predicted === null) return false;
  for (const [s, e] of gold.speakerSpans ?? []) {
    if (predicted.mention.start < e && s < predicted.mention.end) return true;
  }
  const goldWords = contentWords(gold.speaker);
  for (const w of contentWords(predicted.name)) if (goldWords.has(w)) return true;
  return false;
}

/** Counts for one run. */
interface Tally {
  matched: number;
  right: number;
  byKind: Map<string, { n: number; right: number }>;
  tp: number;
  fp: number;
  goldPositives: number;
  confidentTp: number;
  confidentFp: number;
  unattributedMatched: number;
  unattributedNull: number;
  errors: { doc: GoldDocument; gold: GoldQuote | null; predicted: AttributedQuote }[];
  byMethod: Map<string, { n: number; right: number; confident: number; confidentRight: number }>;
}

function emptyTally(): Tally {
  return {
    matched: 0, right: 0, byKind: new Map(), tp: 0, fp: 0, goldPositives: 0, confidentTp: 0, confidentFp: 0,
    unattributedMatched: 0, unattributedNull: 0, errors: [], byMethod: new Map(),
  };
}

function count(t: Tally, doc: GoldDocument, predicted: readonly AttributedQuote[]): void {
  const matching = matchSpans(predicted, doc.quotes);
  const goldOf = new Map<AttributedQuote, GoldQuote>();
  for (const [p, g] of matching.pairs) goldOf.set(p, g);
  t.goldPositives += doc.quotes.filter((g) => g.speaker !== null).length;
  for (const [p, g] of matching.pairs) {
    t.matched++;
    const ok = speakerRight(p.speaker, g);
    if (ok) t.right++;
    const kind = g.speakerKind ?? 'none';
    const k = t.byKind.get(kind) ?? { n: 0, right: 0 };
    k.n++;
    if (ok) k.right++;
    t.byKind.set(kind, k);
  }
  const unattributed = matchSpans(matching.falsePositives, doc.unattributed);
  for (const [p] of unattributed.pairs) {
    t.unattributedMatched++;
    if (p.speaker === null) t.unattributedNull++;
  }
  for (const p of predicted) {
    if (p.speaker === null) continue;
    const g = goldOf.get(p);
    const ok = g !== undefined && g.speaker !== null && speakerRight(p.speaker, g);
    if (ok) t.tp++;
    else {
      t.fp++;
      t.errors.push({ doc, gold: g ?? null, predicted: p });
    }
    if (p.confidence >= THRESHOLD) {
      if (ok) t.confidentTp++;
      else t.confidentFp++;
    }
    const m = t.byMethod.get(p.method ?? '?') ?? { n: 0, right: 0, confident: 0, confidentRight: 0 };
    m.n++;
    if (ok) m.right++;
    if (p.confidence >= THRESHOLD) {
      m.confident++;
      if (ok) m.confidentRight++;
    }
    t.byMethod.set(p.method ?? '?', m);
  }
  for (const [p, g] of matching.pairs) {
    if (p.speaker === null && g.speaker !== null) t.errors.push({ doc, gold: g, predicted: p });
  }
}

const pct = (x: number): string => `${(100 * x).toFixed(2)}%`;

function print(label: string, t: Tally): void {
  console.log(`  ${label}`);
  console.log(`    speaker accuracy on ${t.matched} matched gold quotes: ${pct(t.right / Math.max(1, t.matched))}`);
  for (const kind of ['name', 'pronoun', 'nominal', 'none']) {
    const k = t.byKind.get(kind);
    if (k) console.log(`      ${kind.padEnd(8)} ${pct(k.right / k.n)} (${k.right}/${k.n})`);
  }
  const all = scores(t.tp, t.fp, t.goldPositives - t.tp);
  console.log(`    end to end: precision ${pct(all.precision)}  recall ${pct(all.recall)}  F1 ${pct(all.f1)}  (tp ${t.tp}, fp ${t.fp}, gold with speaker ${t.goldPositives})`);
  const conf = scores(t.confidentTp, t.confidentFp, t.goldPositives - t.confidentTp);
  console.log(`    confidence ≥ ${THRESHOLD}: precision ${pct(conf.precision)}  recall ${pct(conf.recall)}  (tp ${t.confidentTp}, fp ${t.confidentFp})  [the confidence model is fitted on polnear-train; \`npm run fit-confidence -- --check\` prints the out-of-fold figures]`);
  console.log(`    unattributed gold spans (scare quotes, titles) left without speaker: ${t.unattributedNull} of ${t.unattributedMatched} matched`);
  const methods = [...t.byMethod.entries()].sort((a, b) => b[1].n - a[1].n);
  console.log(`    by method: ${methods.map(([m, s]) => `${m} ${s.right}/${s.n} (${pct(s.right / s.n)}; ≥${THRESHOLD}: ${s.confidentRight}/${s.confident})`).join(', ')}`);
}

/** Attribution of the gold spans (plus unattributed spans) of one article. */
export function attributeGold(doc: GoldDocument): AttributedQuote[] {
  return attribute(doc.text, goldQuotes(doc.text, [...doc.quotes, ...doc.unattributed]));
}

/** Evaluates both runs. */
export function evaluateAttribution(docs: readonly GoldDocument[]): { gold: Tally; endToEnd: Tally } {
  const gold = emptyTally();
  const endToEnd = emptyTally();
  for (const doc of docs) {
    count(gold, doc, attributeGold(doc));
    count(endToEnd, doc, attributeQuotes(doc.text));
  }
  return { gold, endToEnd };
}

/** Prints attribution figures (see the module comment). */
export function reportAttribution(docs: GoldDocument[]): void {
  const { gold, endToEnd } = evaluateAttribution(docs);
  console.log('Attribution (speaker right = mention overlaps the gold speaker span, or names share a content word)');
  print(`on gold quotation spans, all ${docs.length} articles: attribute(text, gold quotes + unattributed spans)`, gold);
  print(`end to end, all ${docs.length} articles: attributeQuotes(text)`, endToEnd);
  const standard = docs.filter((d) => !usesDoubleApostrophes(d));
  if (standard.length < docs.length) {
    print(
      `end to end, ${standard.length} articles with standard quotation marks (the gold of the ${docs.length - standard.length} articles quoting with ''…'' leaves those quotations unannotated, so every attribution there counts as a false positive above)`,
      evaluateAttribution(standard).endToEnd,
    );
  }
}

function context(text: string, start: number, end: number, width = 160): string {
  return `${text.slice(Math.max(0, start - width), start)}⟦${text.slice(start, Math.min(end, start + 100))}${end - start > 100 ? '…' : ''}⟧${text.slice(end, end + 80)}`.replace(/\n/g, '¶');
}

/** Prints up to `limit` wrong attributions. */
export function dumpAttributionErrors(docs: GoldDocument[], limit: number, onGold: boolean): void {
  const { gold, endToEnd } = evaluateAttribution(docs);
  const t = onGold ? gold : endToEnd;
  for (const e of t.errors.slice(0, limit)) {
    const p = e.predicted;
    console.log(context(e.doc.text, p.start, p.end));
    console.log(`   predicted ${p.speaker ? `${JSON.stringify(p.speaker.name)} [${p.speaker.mention.text}] ${p.method} ${p.confidence}` : 'null'} | gold ${e.gold ? `${JSON.stringify(e.gold.speaker)} (${e.gold.speakerKind}) cue ${JSON.stringify(e.gold.cue)}` : 'no gold quote'}`);
  }
}

if (process.argv[1]?.endsWith('attribution.ts')) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { dump: { type: 'string' }, gold: { type: 'boolean', default: false } } });
  const all = readCorpus(positionals[0] ?? '../shared/data/polnear-train.jsonl');
  const docs = values.gold ? all : all.filter((d) => !usesDoubleApostrophes(d));
  if (values.dump) dumpAttributionErrors(docs, Number(values.dump), values.gold);
  else reportAttribution(docs);
}
