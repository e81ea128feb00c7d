/**
 * `npm run eval -- [FILE.jsonl] [--seed] [--fiction] [--verify [QUOTES.jsonl | --quotes QUOTES.jsonl | --held-out [--held-out-seed N]]]`
 *
 * Measures quotecheck on annotated data and prints the figures:
 * - a JSONL file in the shared PolNeAR format (default `../shared/data/polnear-train.jsonl`):
 *   extraction and attribution;
 * - `--seed`: the seed article in `../shared/fixtures/seed/` (resolved speaker names);
 * - `--fiction`: attribution on the hand-labelled fiction-like dialogue fixtures;
 * - `--verify`: verification against `../shared/data/speeches/` (default quotes: `quotes-10mb.jsonl`);
 *   with `--held-out`, on replica quotes drawn from the references beyond the first 10 M characters
 *   (`scripts/eval/held-out-quotes.ts`, seed `--held-out-seed`, default 1), written to the system's
 *   temporary directory.
 */
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seed: { type: 'boolean', default: false },
    fiction: { type: 'boolean', default: false },
    verify: { type: 'boolean', default: false },
    quotes: { type: 'string' },
    'held-out': { type: 'boolean', default: false },
    'held-out-seed': { type: 'string', default: '1' },
  },
});

if (values.verify && values['held-out']) {
  const seed = Number(values['held-out-seed']);
  if (!Number.isInteger(seed)) throw new Error(`--held-out-seed takes an integer, not ${values['held-out-seed']}`);
  const { writeHeldOut } = await import('./eval/held-out-quotes.js');
  const { evaluateVerification } = await import('./eval/verification.js');
  const { file, set } = writeHeldOut(seed);
  await evaluateVerification(file, {
    wholeReferenceFile: true,
    heading:
      `Replica held-out quotes (seed ${seed}): drawn from the ${set.indexed.length + set.heldBack.length} references beyond the first 10 M characters ` +
      `of reference.jsonl by our reconstruction of the recipe, not the maintainers' held-out set; the notfound quotes come from ` +
      `${set.heldBack.length} of them held back from the index.`,
  });
} else if (values.verify) {
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
