import { countWords, generateQuotes, maxEdits, mulberry32, normalizeQuote } from '../scripts/eval/held-out-quotes.js';
import type { SpeechReference } from '../scripts/eval/verification.js';
import { normalizeWords } from '../src/verify/words.js';

/** Invented speeches (no shared data) of random words: two speakers with three each, so one of each can be held back. */
const WORDS = (
  'we have met here today to speak plainly about the work that lies ahead of this nation it is not enough promise ' +
  'must build roads schools courts free people need treaty senate will consider week signed after careful talks ' +
  "they told us could be done were wrong our farmers workers children deserve government keeps its word don't"
).split(' ');

function speech(id: string, speaker: string, seed: number): SpeechReference {
  const rng = mulberry32(seed);
  const word = (): string => WORDS[Math.floor(rng() * WORDS.length)] as string;
  const sentence = (): string => {
    const words = Array.from({ length: 6 + Math.floor(rng() * 10) }, (_, k) => (k === 3 && rng() < 0.3 ? String(1800 + Math.floor(rng() * 200)) : word()));
    if (rng() < 0.4) words[2] += ',';
    if (rng() < 0.2) words[4] = `"${words[4]}"`;
    const text = words.join(' ');
    return `${text[0]?.toUpperCase()}${text.slice(1)}${rng() < 0.8 ? '.' : '?'}`;
  };
  const paragraphs = Array.from({ length: 4 }, () => Array.from({ length: 8 }, sentence).join(' '));
  return { id, speaker, title: id, date: '2000-01-01', text: paragraphs.join('\n') };
}

const REFS: SpeechReference[] = [
  speech('a/1', 'a', 0), speech('a/2', 'a', 1), speech('a/3', 'a', 2),
  speech('b/1', 'b', 3), speech('b/2', 'b', 4), speech('b/3', 'b', 5),
];
const COUNTS = { verbatim: 20, normalized: 20, elided: 20, altered: 30, notfound: 10 };
const generate = (seed: number) => generateQuotes(REFS, { seed, counts: COUNTS, heldBack: 2 });

describe('held-out quote generator (scripts/eval/held-out-quotes.ts)', () => {
  const set = generate(7);
  const text = (id: string | null): string => REFS.find((r) => r.id === id)?.text ?? '';

  it('gives the same quotes for a seed and other quotes for another seed', () => {
    expect(generate(7)).toEqual(set);
    expect(generate(8).quotes).not.toEqual(set.quotes);
    expect(mulberry32(3)()).toBe(mulberry32(3)());
  });

  it('makes the asked number of each kind, and holds back references that are not indexed', () => {
    for (const [kind, n] of Object.entries(COUNTS)) expect(set.quotes.filter((q) => q.kind === kind)).toHaveLength(n);
    expect(set.heldBack).toHaveLength(2);
    const indexed = new Set(set.indexed.map((r) => r.id));
    for (const r of set.heldBack) expect(indexed.has(r.id)).toBe(false);
    // Each speaker keeps an indexed speech.
    expect(new Set(set.indexed.map((r) => r.speaker))).toEqual(new Set(['a', 'b']));
  });

  it('gives every located quote a span equal to text.slice(start, end), and notfound quotes a held-back source', () => {
    for (const q of set.quotes) {
      if (q.kind === 'notfound') {
        expect(q.doc).toBeNull();
        expect(set.heldBack.map((r) => r.id)).toContain(q.heldoutDoc);
        expect(text(q.heldoutDoc ?? null)).toContain(q.src);
        continue;
      }
      expect(text(q.doc).slice(q.start ?? 0, q.end ?? 0)).toBe(q.src);
      expect(q.src).not.toMatch(/\n/);
      expect(q.nWords).toBe(countWords(q.quote));
    }
  });

  it('keeps verbatim quotes as is and changes normalized ones in form only', () => {
    for (const q of set.quotes.filter((x) => x.kind === 'verbatim')) expect(q.quote).toBe(q.src);
    for (const q of set.quotes.filter((x) => x.kind === 'normalized')) {
      expect(q.quote).not.toBe(q.src);
      expect(normalizeWords(q.quote)).toBe(normalizeWords(q.src));
    }
  });

  it('writes an ellipsis into each elided quote, between segments of the span', () => {
    for (const q of set.quotes.filter((x) => x.kind === 'elided')) {
      expect(q.quote).toMatch(/\.\.\.|…|\. \. \./);
      const segments = q.segments ?? [];
      expect(segments.length).toBeGreaterThanOrEqual(2);
      expect(segments[0]?.[0]).toBe(q.start);
      expect(segments[segments.length - 1]?.[1]).toBe(q.end);
    }
  });

  it('replays the edits of an altered quote on the words of its source to give the quote’s words', () => {
    for (const q of set.quotes.filter((x) => x.kind === 'altered')) {
      const words = q.src.split(' ');
      expect(q.edits?.length).toBeLessThanOrEqual(maxEdits(words.length));
      for (const e of q.edits ?? []) {
        if (e.op === 'ins') {
          expect(e.at).toBeLessThan(words.length); // before a word, never appended
          words.splice(e.at, 0, e.to ?? '');
        }
        else if (e.op === 'del') expect(words.splice(e.at, 1)[0]).toBe(e.from);
        else if (e.op === 'swap') {
          expect(words.slice(e.at, e.at + 2).join(' ')).toBe(e.from);
          words.splice(e.at, 2, words[e.at + 1] as string, words[e.at] as string);
        } else {
          expect(normalizeWords(words[e.at] ?? '')).toBe(normalizeWords(e.from ?? ''));
          words[e.at] = e.to ?? '';
        }
      }
      expect(normalizeWords(q.quote)).toBe(normalizeWords(words.join(' ')));
      expect(q.edits?.length).toBeGreaterThanOrEqual(1);
      expect(q.edits?.length).toBeLessThanOrEqual(3);
    }
  });

  it('normalizes without changing the words', () => {
    const rng = mulberry32(1);
    const sentences = REFS.flatMap((r) => r.text.split(/(?<=[.?]) /));
    for (let k = 0; k < 50; k++) {
      const src = sentences[k] as string;
      expect(normalizeWords(normalizeQuote(rng, src, 3))).toBe(normalizeWords(src));
    }
  });
});
