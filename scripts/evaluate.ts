/**
 * `npm run eval -- [FILE.jsonl] [--seed] [--fiction] [--verify [QUOTES.jsonl]]`
 *
 * Measures quotecheck on annotated data and prints the figures:
 * - a JSONL file in the shared PolNeAR format (default `../shared/data/polnear-train.jsonl`):
 *   extraction and attribution;
 * - `--seed`: the seed article in `../shared/fixtures/seed/` (resolved speaker names);
 * - `--fiction`: attribution on the hand-labelled fiction-like dialogue fixtures;
 * - `--verify`: verification against `../shared/data/speeches/` (default quotes: `quotes-10mb.jsonl`).
 */
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seed: { type: 'boolean', default: false },
    fiction: { type: 'boolean', default: false },
    verify: { type: 'boolean', default: false },
    quotes: { type: 'string' },
  },
});

if (values.verify) {
  const { evaluateVerification } = await import('./eval/verification.js');
  await evaluateVerification(values.quotes ?? positionals[0]);
} else if (values.fiction) {
  const { evaluateFiction } = await import('./eval/fiction.js');
  evaluateFiction();
} else if (values.seed) {
  const { evaluateSeed } = await import('./eval/seed.js');
  await evaluateSeed();
} else {
  const file = positionals[0] ?? '../shared/data/polnear-train.jsonl';
  const { evaluateCorpus } = await import('./eval/corpus.js');
  await evaluateCorpus(file);
}
