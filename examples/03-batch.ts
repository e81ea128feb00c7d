/**
 * Checks every article of a JSON Lines batch ({"id", "text", "format"?} per line) and prints
 * one summary line per article: its id, how many quotations, and their speakers.
 *
 * Run: npx tsx examples/03-batch.ts
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { checkArticle, type ArticleFormat } from '../src/index.js';

const lines = createInterface({ input: createReadStream(new URL('data/batch.jsonl', import.meta.url)), crlfDelay: Infinity });

for await (const line of lines) {
  if (line.trim() === '') continue;
  const { id, text, format } = JSON.parse(line) as { id: string; text: string; format?: ArticleFormat };
  const { quotes } = checkArticle(text, { format: format ?? 'text' });
  const speakers = [...new Set(quotes.map((quote) => quote.speaker?.name ?? '(unattributed)'))];
  console.log(`${id}: ${quotes.length} quotation${quotes.length === 1 ? '' : 's'}${speakers.length > 0 ? ` by ${speakers.join(', ')}` : ''}`);
}
