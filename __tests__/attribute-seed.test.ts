/**
 * The seed article (`../shared/fixtures/seed/`): every gold quotation must get its resolved
 * speaker (`he` → `John Kerry`), both from the gold spans through `attribute()` and end to end
 * through `attributeQuotes()`. Skipped when the shared folder is missing.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { attributeQuotes } from '../src/index.js';
import { attributeSeedGold, readSeed, scoreSeed } from '../scripts/eval/seed.js';

const dir = fileURLToPath(new URL('../../shared/fixtures/seed/', import.meta.url));
const run = existsSync(dir) ? describe : describe.skip;

run('seed article kerry-putin-syria', () => {
  const seed = existsSync(dir) ? readSeed(dir) : { text: '', quotes: [] };

  test('has 13 gold quotations', () => {
    expect(seed.quotes).toHaveLength(13);
  });

  test.each(seed.quotes.map((q, i) => [i, q.speaker, q] as const))('attribute() on gold span %i → %s', (i) => {
    const row = scoreSeed(seed, attributeSeedGold(seed))[i];
    expect({ speaker: row?.predicted?.speaker?.name ?? null, right: row?.right }).toEqual({
      speaker: row?.predicted?.speaker?.name ?? null,
      right: true,
    });
  });

  test.each(seed.quotes.map((q, i) => [i, q.speaker, q] as const))('attributeQuotes() quotation %i → %s', (i) => {
    const row = scoreSeed(seed, attributeQuotes(seed.text))[i];
    expect(row?.predicted).toBeDefined();
    expect(row?.right).toBe(true);
  });
});
