/**
 * Attribution phenomena, one fixture folder each (`__tests__/fixtures/attribute/<phenomenon>/`):
 * `input.txt` (prose written for the test) and `expected.json` (for quotations picked by their
 * first words: the speaker's canonical name, and optionally the mention, the text just after it
 * (`mentionAfter`, to tell apart two mentions written alike), method, cue and kind).
 * Each fixture runs through `attributeQuotes` (findQuotes + attribute).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { attributeQuotes, type AttributedQuote } from '../src/index.js';

interface Expectation {
  readonly quote: string;
  readonly speaker: string | null;
  readonly mention?: string;
  readonly mentionAfter?: string;
  readonly method?: string;
  readonly cue?: string;
  readonly kind?: string;
}

const root = fileURLToPath(new URL('./fixtures/attribute/', import.meta.url));
const phenomena = readdirSync(root).sort();

function find(results: readonly AttributedQuote[], prefix: string): AttributedQuote {
  const hit = results.find((q) => q.text.startsWith(prefix));
  if (!hit) throw new Error(`no quotation starting with ${JSON.stringify(prefix)} in ${JSON.stringify(results.map((q) => q.text))}`);
  return hit;
}

describe.each(phenomena)('fixture %s', (phenomenon) => {
  const text = readFileSync(`${root}${phenomenon}/input.txt`, 'utf8');
  const expected = JSON.parse(readFileSync(`${root}${phenomenon}/expected.json`, 'utf8')) as Expectation[];
  const results = attributeQuotes(text);

  test.each(expected.map((e) => [e.quote, e] as const))('"%s…"', (_prefix, e) => {
    const q = find(results, e.quote);
    if (e.speaker === null) {
      expect(q.speaker).toBeNull();
      expect(q.method).toBeNull();
      expect(q.confidence).toBe(0);
      return;
    }
    expect(q.speaker?.name).toBe(e.speaker);
    if (e.mention !== undefined) expect(q.speaker?.mention.text).toBe(e.mention);
    if (e.mentionAfter !== undefined) expect(text.slice(q.speaker?.mention.end ?? 0).startsWith(e.mentionAfter)).toBe(true);
    if (e.method !== undefined) expect(q.method).toBe(e.method);
    if (e.cue !== undefined) expect(q.cue?.text).toBe(e.cue);
    if (e.kind !== undefined) expect(q.speaker?.kind).toBe(e.kind);
  });

  test('every span is a slice of the input', () => {
    for (const q of results) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.speaker) expect(text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
      if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    }
  });
});
