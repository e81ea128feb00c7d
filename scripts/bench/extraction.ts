/**
 * Extraction speed on the shared PolNeAR articles, against retext-english's bare `parse` of the
 * same texts measured in the same run: chars/s of `parse`, `findQuotes` and `attributeQuotes`,
 * and their ratios to `parse`. Each is warmed up, then timed over several rounds; the median
 * round counts.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { attributeQuotes, findQuotes } from '../../src/index.js';

const CORPUS = '../shared/data/polnear-train.jsonl';
const WARM_UP_ROUNDS = 2;
const TIMED_ROUNDS = 7;

/** Median of a non-empty list. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median seconds one round of `work` over all texts takes. */
function time(texts: readonly string[], work: (text: string) => unknown): number {
  let sink = 0;
  const rounds: number[] = [];
  for (let round = 0; round < WARM_UP_ROUNDS + TIMED_ROUNDS; round++) {
    const started = performance.now();
    for (const text of texts) sink += work(text) ? 1 : 0;
    const seconds = (performance.now() - started) / 1000;
    if (round >= WARM_UP_ROUNDS) rounds.push(seconds);
  }
  if (sink < 0) console.log(sink); // keeps the work observable
  return median(rounds);
}

/** Formats characters per second as MB/s (millions of UTF-16 code units per second). */
const rate = (chars: number, seconds: number): string => `${(chars / seconds / 1e6).toFixed(2)} M chars/s`;

/** Runs the extraction benchmark and prints its figures. */
export async function run(): Promise<void> {
  const texts = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const processor = unified().use(retextEnglish);
  console.log(`Extraction speed: ${texts.length} articles, ${chars} chars, median of ${TIMED_ROUNDS} rounds`);
  const parse = time(texts, (text) => processor.parse(text));
  const find = time(texts, (text) => findQuotes(text));
  const attribute = time(texts, (text) => attributeQuotes(text));
  console.log(`  retext-english parse  ${rate(chars, parse)}`);
  console.log(`  findQuotes            ${rate(chars, find)}  (${(parse / find).toFixed(2)}× parse)`);
  console.log(`  attributeQuotes       ${rate(chars, attribute)}  (${(parse / attribute).toFixed(2)}× parse)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
