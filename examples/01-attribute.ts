/**
 * Finds the quotations of the bundled article and prints who said what.
 *
 * Run: npx tsx examples/01-attribute.ts
 */
import { readFileSync } from 'node:fs';
import { attributeQuotes } from '../src/index.js';

const text = readFileSync(new URL('data/article.txt', import.meta.url), 'utf8');

for (const quote of attributeQuotes(text)) {
  const speaker = quote.speaker ? `${quote.speaker.name} (“${quote.speaker.mention.text}”)` : '(unattributed)';
  const cue = quote.cue ? `, cue “${quote.cue.text}”` : '';
  console.log(`${speaker}: “${quote.text}” [${quote.kind}${cue}]`);
}
