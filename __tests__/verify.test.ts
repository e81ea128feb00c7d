import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ReferenceIndex } from '../src/index.js';
import type { AttributedQuote, SpeakerCheck, Verdict } from '../src/index.js';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`./fixtures/verify/debate-transcript/${name}`, import.meta.url)), 'utf8');

const transcript = fixture('transcript.txt');
const article = fixture('article.txt');

/** The article's quotations in order, as attribution would hand them over (text and speaker name only matter here). */
function articleQuotes(speakers: readonly string[]): AttributedQuote[] {
  const quotes: AttributedQuote[] = [];
  for (const m of article.matchAll(/"([^"]+)"/g)) {
    const start = (m.index ?? 0) + 1;
    const text = m[1] ?? '';
    const name = speakers[quotes.length] ?? '';
    quotes.push({
      start,
      end: start + text.length,
      text,
      open: { mark: '"', offset: start - 1 },
      close: { mark: '"', offset: start + text.length },
      paragraph: 0,
      kind: 'partial',
      utterance: quotes.length,
      segment: 0,
      level: 'double',
      speaker: { name, mention: { start: 0, end: 0, text: '' }, kind: 'person' },
      cue: null,
      method: 'cue-after-quote',
      confidence: 1,
    });
  }
  return quotes;
}

// [what the article prints (start), speaker the article names, expected verdict, expected speaker check]
const expected: [string, string, Verdict, SpeakerCheck][] = [
  ['We will not balance', 'Elena Morales', 'normalized', 'match'], // "families," for "families."
  ['cut the consultants', 'Elena Morales', 'verbatim', 'match'],
  ['the largest corporations', 'Elena Morales', 'normalized', 'match'], // "share." for "share,"
  ['the deficit has tripled', 'Tom Hastings', 'verbatim', 'match'],
  ['You can never tax', 'Tom Hastings', 'altered', 'match'], // "can never" for "can't"
  ['Every family in this state', 'Elena Morales', 'elided', 'match'],
  ['a fire sale', 'Elena Morales', 'verbatim', 'match'],
  ['That is not a plan', 'Elena Morales', 'altered', 'match'], // "a total fire sale"
  ['proud of our teachers', 'Tom Hastings', 'not-found', 'unknown'], // "proud of our schools … proud of the teachers"
  ['we hired four hundred', 'Tom Hastings', 'verbatim', 'match'],
  ['Six hundred left', 'Tom Hastings', 'normalized', 'mismatch'], // said by Morales
  ['I will raise the minimum wage', 'Elena Morales', 'not-found', 'unknown'],
];

describe('ReferenceIndex: an article checked against a debate transcript', () => {
  const index = new ReferenceIndex([
    { id: 'debate-2', text: transcript, title: 'Second gubernatorial debate', date: '2026-10-13' },
  ]);
  const quotes = articleQuotes(expected.map((e) => e[1]));
  const results = index.verifyAll(quotes);

  it('finds every quotation of the article', () => {
    expect(quotes.map((q) => q.text.slice(0, 12))).toEqual(expected.map((e) => e[0].slice(0, 12)));
  });

  it.each(expected.map((e, k) => [k, ...e] as const))('quote %i (%s, %s): %s, speaker %s', (k, _start, _who, verdict, check) => {
    const v = results[k]!;
    expect(v.verdict).toBe(verdict);
    expect(v.speakerCheck).toBe(check);
    expect(v.quote).toBe(quotes[k]!.text);
    expect(v.quoteSpeaker).toBe(expected[k]![1]);
  });

  it('gives passages as exact slices of the transcript, labelled with the turn speaker', () => {
    for (const v of results) {
      const p = v.reference ?? v.nearest;
      if (!p) continue;
      expect(p.id).toBe('debate-2');
      expect(transcript.slice(p.start, p.end)).toBe(p.text);
    }
    expect(results[0]!.reference!.speaker).toBe('SENATOR MORALES');
    expect(results[3]!.reference!.speaker).toBe('MAYOR HASTINGS');
    expect(results[10]!.reference!.speaker).toBe('SENATOR MORALES');
  });

  it('a verbatim passage is the quotation itself', () => {
    expect(results[1]!.reference!.text).toBe(quotes[1]!.text);
    expect(results[1]!.score).toBe(1);
    expect(results[1]!.diff).toEqual([{ op: 'equal', quote: quotes[1]!.text.split(' '), reference: quotes[1]!.text.split(' ') }]);
  });

  it('shows what an altered quotation changed, and its nearest passage', () => {
    const tax = results[4]!;
    expect(tax.diff.filter((d) => d.op !== 'equal')).toEqual([{ op: 'replace', quote: ['can', 'never'], reference: ["can't"] }]);
    expect(tax.nearest).toEqual(tax.reference);
    const sale = results[7]!;
    expect(sale.diff.filter((d) => d.op !== 'equal')).toEqual([{ op: 'insert', quote: ['total'], reference: [] }]);
    expect(sale.score).toBeGreaterThan(0.8);
    expect(sale.score).toBeLessThan(1);
  });

  it('marks the words an ellipsis and a bracket left out as editorial steps', () => {
    const v = results[5]!;
    const editorial = v.diff.filter((d) => d.editorial);
    expect(editorial.map((d) => [d.op, d.quote, d.reference])).toEqual([
      ['replace', ['[Corporations will]'], ['I', 'will', 'ask', 'the', 'largest', 'corporations', 'to']],
    ]);
    expect(v.reference!.text.startsWith('Every family')).toBe(true);
    expect(v.reference!.text.endsWith('fair share')).toBe(true);
  });

  it('reports no passage for a quotation nobody said, and the nearest partial match for a near miss', () => {
    expect(results[11]!.reference).toBeNull();
    expect(results[8]!.reference).toBeNull();
    expect(results[8]!.nearest?.text).toMatch(/^proud of our/);
  });

  it('does not check an unnamed source against the transcript', () => {
    const [quote] = articleQuotes(['a senior aide']);
    const v = index.verify({ ...quote!, speaker: { ...quote!.speaker!, kind: 'descriptor' } });
    expect([v.verdict, v.speakerCheck, v.quoteSpeaker]).toEqual(['normalized', 'unknown', 'a senior aide']);
  });

  it('accepts plain strings, with no speaker check', () => {
    const v = index.verify('That is a fire sale.');
    expect(v.verdict).toBe('verbatim');
    expect(v.speakerCheck).toBe('unknown');
    expect(v.quoteSpeaker).toBeNull();
  });
});
