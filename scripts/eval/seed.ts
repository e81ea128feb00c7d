/**
 * Figures on the seed article (`../shared/fixtures/seed/`): its gold speakers are resolved names
 * (`he` → `John Kerry`), so the predicted speaker's *name* must match the gold name or one of its
 * `speakerAlternatives` (compared case-insensitively, hyphens as spaces; a `null` alternative
 * accepts no speaker).
 *
 * Two runs: `attribute()` on the gold quotation spans, and `attributeQuotes()` end to end.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { attribute, attributeQuotes } from '../../src/index.js';
import type { AttributedQuote } from '../../src/index.js';
import { goldQuotes } from './attribution.js';
import { matchSpans } from './extraction.js';

/** One quotation of the seed gold file. */
export interface SeedQuote {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker: string | null;
  readonly speakerAlternatives?: readonly (string | null)[];
  readonly kind: 'full' | 'partial';
  readonly method: string;
}

/** The seed article and its gold. */
export interface Seed {
  readonly text: string;
  readonly quotes: readonly SeedQuote[];
}

const SEED_DIR = fileURLToPath(new URL('../../../shared/fixtures/seed/', import.meta.url));

/** Reads the seed article and its gold quotations. */
export function readSeed(dir = SEED_DIR): Seed {
  const gold = JSON.parse(readFileSync(`${dir}kerry-putin-syria.gold.json`, 'utf8')) as { file: string; quotes: SeedQuote[] };
  const text = readFileSync(`${dir}${gold.file}`, 'utf8');
  return { text, quotes: gold.quotes };
}

const norm = (name: string): string => name.toLowerCase().replace(/[-\s]+/g, ' ').trim();

/** Whether a predicted speaker name is right for a seed quotation. */
export function seedSpeakerRight(predicted: AttributedQuote | undefined, gold: SeedQuote): boolean {
  const names = [gold.speaker, ...(gold.speakerAlternatives ?? [])];
  const name = predicted?.speaker?.name ?? null;
  if (name === null) return names.includes(null);
  return names.some((n) => n !== null && norm(n) === norm(name));
}

/** Attributes the seed's gold quotation spans with `attribute()`. */
export function attributeSeedGold(seed: Seed): AttributedQuote[] {
  return attribute(seed.text, goldQuotes(seed.text, seed.quotes));
}

/** Per-quotation results of one run: the gold quotation, the matched prediction, and whether its speaker is right. */
export function scoreSeed(seed: Seed, predicted: readonly AttributedQuote[]): { gold: SeedQuote; predicted: AttributedQuote | undefined; right: boolean }[] {
  const { pairs } = matchSpans(predicted, seed.quotes);
  const byGold = new Map<SeedQuote, AttributedQuote>();
  for (const [p, g] of pairs) byGold.set(g, p);
  return seed.quotes.map((gold) => {
    const p = byGold.get(gold);
    return { gold, predicted: p, right: seedSpeakerRight(p, gold) };
  });
}

function print(label: string, rows: ReturnType<typeof scoreSeed>): void {
  const right = rows.filter((r) => r.right).length;
  console.log(`  ${label}: ${right} of ${rows.length} speakers right`);
  for (const r of rows) {
    const p = r.predicted;
    console.log(
      `    ${r.right ? 'ok  ' : 'MISS'} ${JSON.stringify(r.gold.text.slice(0, 50))} gold ${JSON.stringify(r.gold.speaker)} → ${p ? `${JSON.stringify(p.speaker?.name ?? null)} [${p.speaker?.mention.text ?? ''}] ${p.method ?? ''} ${p.confidence}` : 'quote not found'}`,
    );
  }
}

/** Prints figures on the seed article. */
export async function evaluateSeed(): Promise<void> {
  const seed = readSeed();
  console.log('Seed article kerry-putin-syria (resolved speaker names must match)');
  print('attribute() on gold spans', scoreSeed(seed, attributeSeedGold(seed)));
  print('attributeQuotes() end to end', scoreSeed(seed, attributeQuotes(seed.text)));
}
