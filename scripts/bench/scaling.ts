/**
 * `npm run bench -- --only scaling`: growth of running time with input size, to catch quadratic
 * and exponential paths. Every hostile input family (`__tests__/helpers/hostile-inputs.ts`) is
 * built at 1×, 2×, 4×, 8× and 16× a base size and timed (median of five runs taken in rounds over
 * all sizes, each run repeated until it lasts long enough to time, after a full garbage collection); a line prints the ratio `time(16×) / time(1×)`, which is
 * 16 for linear work. It passes at 24 or below (room for the noise of a shared 2-core machine);
 * any FAIL makes the process exit non-zero.
 *
 * Sections (environment variable `SCALING_ONLY`, comma-separated; default all):
 * - `extraction`: `findQuotes` over each family;
 * - `attribution`: `attributeQuotes` over each family;
 * - `formats`: `articleText(text, 'html' | 'markdown')` over each family, from a quarter of the base;
 * - `verification`: `ReferenceIndex#verify` with a quotation of growing length against a fixed
 *   index, and `new ReferenceIndex` over growing reference text;
 * - `regex`: every regular expression of `src/` run with `matchAll` over each family, or over
 *   recheck's attack string when recheck finds it polynomial (exponential ones fail unrun).
 *
 * `SCALING_BASE` sets the 1× size in UTF-16 code units (default 200,000), `SCALING_RUNS` the
 * number of timed runs per size (default 5).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  articleFormats,
  articleText,
  attributeQuotes,
  checkArticle,
  findQuotes,
  ReferenceIndex,
  renderHtml,
  renderText,
  type Reference,
} from '../../src/index.js';
import { HOSTILE_INPUTS, NEWS_PROSE, hostile, repeatTo } from '../../__tests__/helpers/hostile-inputs.js';
import {
  attackString,
  captureConstructedRegexes,
  collectSourceRegexes,
  describeVerdict,
  judgeRegex,
  sourceFiles,
  uniqueRegexes,
} from '../../__tests__/helpers/regexes.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SHARED_REFERENCES = join(ROOT, '..', 'shared', 'data', 'speeches', 'reference.jsonl');
const FACTORS = [1, 2, 4, 8, 16] as const;
const LIMIT = 24;
/** A timed sample repeats the call until at least this many milliseconds have passed. */
const MIN_SAMPLE_MS = 40;

const BASE = Number(process.env['SCALING_BASE'] ?? 200_000);
const RUNS = Number(process.env['SCALING_RUNS'] ?? 5);
const ONLY = new Set((process.env['SCALING_ONLY'] ?? 'extraction,attribution,formats,verification,regex').split(','));

/** One measured line. */
interface Growth {
  readonly section: string;
  readonly name: string;
  readonly ms: readonly number[];
  readonly ratio: number;
  readonly pass: boolean;
}

const results: Growth[] = [];

/** How hard to measure: timed runs per size, and the shortest sample in milliseconds. */
interface Effort {
  readonly runs: number;
  readonly minMs: number;
}
const FULL: Effort = { runs: RUNS, minMs: MIN_SAMPLE_MS };
/** For the ~60 regexes: fewer, shorter samples (a quadratic one is still far above the limit). */
const QUICK: Effort = { runs: 3, minMs: 10 };

// A full collection before each sample, so one size does not pay for the garbage of the one before.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Milliseconds per call of `work`, repeated until `minMs` have passed, after a full collection. */
function sample(work: () => unknown, minMs: number): number {
  collectGarbage();
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    work();
    calls += 1;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return elapsed / calls;
}

/**
 * Milliseconds per call of each of `works` (one per size): the median of `effort.runs` samples,
 * taken in rounds that visit every size once, so a burst of load from another process lands on
 * all sizes alike instead of on one.
 */
function timeAll(works: readonly (() => unknown)[], effort: Effort): number[] {
  for (const work of works) work(); // warm-up (JIT, lazy tables)
  const samples = works.map(() => [] as number[]);
  for (let run = 0; run < effort.runs; run++) works.forEach((work, i) => samples[i]!.push(sample(work, effort.minMs)));
  return samples.map(median);
}

function format(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms.toFixed(3);
}

/**
 * Times `work(input(k))` for each factor k and records the 16×/1× ratio. A line over the limit is
 * measured once more (a second full set of rounds) and fails only if it is over the limit again.
 */
function growth<T>(section: string, name: string, input: (factor: number) => T, work: (input: T) => unknown, effort: Effort = FULL): Growth {
  const works = FACTORS.map((factor) => {
    const built = input(factor);
    return () => work(built);
  });
  let ms = timeAll(works, effort);
  let ratio = ms[ms.length - 1]! / Math.max(ms[0]!, 1e-6);
  if (ratio > LIMIT) {
    ms = timeAll(works, effort);
    ratio = ms[ms.length - 1]! / Math.max(ms[0]!, 1e-6);
  }
  const line: Growth = { section, name, ms, ratio, pass: ratio <= LIMIT };
  results.push(line);
  console.log(
    `${section.padEnd(12)} ${name.padEnd(34)} ${ms.map((m, i) => `${FACTORS[i]}×=${format(m)}ms`).join(' ').padEnd(78)} ` +
      `16×/1× = ${ratio.toFixed(1).padStart(5)}  ${line.pass ? 'PASS' : 'FAIL'}`,
  );
  return line;
}

/** Real transcripts when `../shared` is there, else news prose, cut to `size` code units. */
function referenceText(size: number): string {
  if (existsSync(SHARED_REFERENCES)) {
    const texts: string[] = [];
    let length = 0;
    for (const line of readFileSync(SHARED_REFERENCES, 'utf8').split('\n')) {
      if (line.trim() === '' || length >= size) continue;
      const text = (JSON.parse(line) as { text: string }).text;
      texts.push(text);
      length += text.length + 2;
    }
    if (length >= size) return texts.join('\n\n').slice(0, size);
  }
  return repeatTo(NEWS_PROSE + '\n\n', size);
}

/** Splits `text` into references of about 20,000 code units (like a collection of transcripts). */
function asReferences(text: string, prefix: string): Reference[] {
  const references: Reference[] = [];
  for (let at = 0, i = 0; at < text.length; at += 20_000, i++) {
    references.push({ id: `${prefix}-${i}`, text: text.slice(at, at + 20_000), speaker: 'A Speaker' });
  }
  return references;
}

/** Every word `every`th word replaced: an altered quotation (the alignment path). */
function alter(text: string, every: number): string {
  return text
    .split(' ')
    .map((word, i) => (i % every === every - 1 ? 'zebra' : word))
    .join(' ');
}

function extraction(): void {
  for (const family of HOSTILE_INPUTS) growth('extraction', family.name, (k) => family.build(BASE * k), (text) => findQuotes(text));
}

function attribution(): void {
  for (const family of HOSTILE_INPUTS) growth('attribution', family.name, (k) => family.build(BASE * k), (text) => attributeQuotes(text));
}

/** HTML and Markdown conversion (`articleText`), from BASE/4: the parsers are the slowest stage per code unit. */
function formats(): void {
  const base = Math.max(1_000, Math.floor(BASE / 4));
  for (const format of ['html', 'markdown'] as const) {
    for (const family of HOSTILE_INPUTS) {
      growth(`${format}`, family.name, (k) => family.build(base * k), (text) => articleText(text, format));
    }
  }
}

function verification(): void {
  // A fixed index over about 1 MB of transcripts; quotations grow from BASE/4 to 4×BASE code units.
  const fixed = referenceText(1_000_000);
  const index = new ReferenceIndex(asReferences(fixed, 'fixed'));
  const quoteBase = Math.max(1_000, Math.floor(BASE / 4));
  const passage = (size: number): string => {
    const from = fixed.indexOf(' ', 5_000) + 1;
    return fixed.slice(from, from + size);
  };
  growth('verify', 'verbatim passage', (k) => passage(quoteBase * k), (quote) => index.verify(quote));
  growth('verify', 'altered passage (every 7th word)', (k) => alter(passage(quoteBase * k), 7), (quote) => index.verify(quote));
  growth('verify', 'words not in the index', (k) => repeatTo(NEWS_PROSE.replace(/\n+/g, ' '), quoteBase * k), (quote) => index.verify(quote));
  for (const name of ['said-repeated', 'apostrophes', 'only-quote-marks', 'unicode-mix']) {
    growth('verify', `quote: ${name}`, (k) => hostile(name).build(quoteBase * k), (quote) => index.verify(quote));
  }
  // Index building: BASE to 16×BASE code units of references.
  growth('index', 'transcripts', (k) => asReferences(referenceText(BASE * k), 't'), (refs) => new ReferenceIndex(refs));
  for (const name of ['one-paragraph', 'said-repeated', 'apostrophes', 'unicode-mix']) {
    growth('index', `one reference: ${name}`, (k) => [{ id: name, text: hostile(name).build(BASE * k) }], (refs) => new ReferenceIndex(refs));
  }
}

async function regex(): Promise<void> {
  const src = join(ROOT, 'src');
  const { regexes } = collectSourceRegexes(src, ROOT);
  const built = await captureConstructedRegexes(src, ROOT, async () => {
    // Evaluate every module once more (a query makes a new instance) so that regexes built at
    // module load are seen too, then run the whole pipeline in every format.
    for (const file of sourceFiles(src)) if (!file.endsWith('/cli.ts')) await import(`${pathToFileURL(file).href}?capture`);
    const index = new ReferenceIndex([{ id: 'p', text: NEWS_PROSE }]);
    const text = NEWS_PROSE + hostile('html-junk').build(2_000);
    for (const format of articleFormats) {
      const check = checkArticle(text, { format, index });
      renderText(check);
      renderHtml(check);
    }
  });
  const unique = uniqueRegexes([...regexes, ...built]);
  const regexBase = Math.max(1_000, Math.floor(BASE / 10));
  let worst: Growth | undefined;
  for (const found of unique) {
    const pattern = `/${found.source}/${found.flags}`;
    const flags = found.flags.includes('g') ? found.flags : `${found.flags}g`;
    const regexp = new RegExp(found.source, flags);
    const count = (texts: readonly string[]): number => {
      let matches = 0;
      for (const text of texts) for (const _ of text.matchAll(regexp)) matches += 1;
      return matches;
    };
    const verdict = judgeRegex(found);
    if (verdict.status === 'vulnerable' && verdict.complexity.type === 'exponential') {
      // Not run: 16× an exponential attack does not finish.
      const line: Growth = { section: 'regex', name: `${found.where} ${pattern} (exponential: not run)`, ms: [], ratio: Infinity, pass: false };
      results.push(line);
      console.log(`regex        FAIL ${describeVerdict(found, verdict)}`);
      continue;
    }
    // recheck's own attack string for a polynomial regex (its pump repeated 500× … 8,000×); the
    // hostile families for the others.
    const inputs =
      verdict.status === 'vulnerable'
        ? (k: number): string[] => [attackString(verdict, 500 * k)!]
        : (k: number): string[] => HOSTILE_INPUTS.map((family) => family.build(regexBase * k));
    const line = growthQuiet('regex', `${found.where} ${pattern}`, inputs, count, QUICK);
    if (!line.pass || verdict.status === 'vulnerable') printLine(line);
    if (worst === undefined || line.ratio > worst.ratio) worst = line;
  }
  console.log(
    `regex        ${unique.length} regexes of src/ over every family (1× = ${regexBase} code units each)` +
      (worst ? `; worst 16×/1× = ${worst.ratio.toFixed(1)} (${worst.name})` : ''),
  );
}

function printLine(line: Growth): void {
  console.log(`${line.section.padEnd(12)} ${line.name.padEnd(34)} ${line.ms.map((m, i) => `${FACTORS[i]}×=${format(m)}ms`).join(' ')}  16×/1× = ${line.ratio.toFixed(1)}  ${line.pass ? 'PASS' : 'FAIL'}`);
}

/** {@link growth} without printing (for the many regex lines). */
function growthQuiet<T>(section: string, name: string, input: (factor: number) => T, work: (input: T) => unknown, effort: Effort): Growth {
  const log = console.log;
  console.log = () => {};
  try {
    return growth(section, name, input, work, effort);
  } finally {
    console.log = log;
  }
}

/** Runs the scaling benchmark; sets a non-zero exit code when any line fails. */
export async function run(): Promise<void> {
  console.log(`\n## Scaling: time(16×)/time(1×), PASS at ≤ ${LIMIT} (1× = ${BASE} code units, median of ${RUNS} runs)\n`);
  if (ONLY.has('extraction')) extraction();
  if (ONLY.has('attribution')) attribution();
  if (ONLY.has('formats')) formats();
  if (ONLY.has('verification')) verification();
  if (ONLY.has('regex')) await regex();
  const failed = results.filter((line) => !line.pass);
  console.log(`\nscaling: ${results.length - failed.length} passed, ${failed.length} failed`);
  for (const line of failed) console.log(`  FAIL ${line.section} ${line.name}: 16×/1× = ${line.ratio.toFixed(1)}`);
  if (failed.length > 0) process.exitCode = 1;
}
