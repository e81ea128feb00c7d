import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { ReferenceIndex } from '../src/index.js';

const references = [
  {
    id: 'presser',
    title: 'Press conference on the harbour bridge',
    date: '2026-03-02',
    text:
      'MAYOR LINDQVIST: Good morning. The harbour bridge will reopen to traffic on the first of May, two weeks early and nine million dollars under budget.\n' +
      'Q: Will tolls go up?\n' +
      'MAYOR LINDQVIST: Tolls will not go up this year. I said it in January and I say it again today.\n',
  },
  {
    id: 'speech',
    speaker: 'Governor Ana Ruiz',
    text: 'We owe our children schools that are safe, warm and open. We owe them teachers who are paid what they are worth.',
  },
];

describe('saving and loading an index', () => {
  const index = new ReferenceIndex(references);
  const bytes = index.save();
  const quotes = [
    'Tolls will not go up this year.',
    'tolls will NOT go up',
    'The harbour bridge will reopen ... nine million dollars under budget',
    'We owe our children schools that are safe and open',
    'nothing of the sort was said',
  ];

  it('round-trips: a loaded index verifies exactly as the original', () => {
    const loaded = ReferenceIndex.load(bytes);
    expect(loaded.verifyAll(quotes)).toEqual(index.verifyAll(quotes));
    expect(loaded.stats).toEqual(index.stats);
    expect(ReferenceIndex.load(loaded.save())).toBeInstanceOf(ReferenceIndex);
    expect(Buffer.from(loaded.save()).equals(Buffer.from(bytes))).toBe(true);
  });

  it('loads from an ArrayBuffer and a Node Buffer', () => {
    const copy = bytes.slice();
    expect(ReferenceIndex.load(copy.buffer).verify(quotes[0]!).verdict).toBe('verbatim');
    expect(ReferenceIndex.load(Buffer.from(bytes)).verify(quotes[0]!).verdict).toBe('verbatim');
  });

  /** FNV-1a over bytes 36…, the checksum the header keeps at offset 32. */
  function reseal(data: Uint8Array): Uint8Array {
    let h = 0x811c9dc5;
    for (let i = 36; i < data.length; i++) h = Math.imul(h ^ (data[i] as number), 0x01000193);
    new DataView(data.buffer, data.byteOffset).setUint32(32, h >>> 0, true);
    return data;
  }
  const view = (data: Uint8Array): DataView => new DataView(data.buffer, data.byteOffset);

  test.each<[string, () => Uint8Array, typeof TypeError | typeof RangeError, RegExp]>([
    ['empty data', () => new Uint8Array(0), RangeError, /shorter than the 36-byte header/],
    ['another format', () => new TextEncoder().encode('{"references": []} and some more text here'), TypeError, /does not start with "QUOTECHK"/],
    ['truncated', () => bytes.slice(0, bytes.length - 10), RangeError, /truncated/],
    ['trailing bytes', () => Uint8Array.from([...bytes, 0, 0, 0, 0]), RangeError, /announces/],
    ['a future version', () => { const d = bytes.slice(); view(d).setUint32(8, 99, true); return d; }, TypeError, /version 99/],
    ['a flipped byte', () => { const d = bytes.slice(); d[d.length - 3] = (d[d.length - 3] ?? 0) ^ 0xff; return d; }, RangeError, /checksum/],
    ['a word count that does not fit', () => { const d = bytes.slice(); view(d).setUint32(16, 0xffffffff, true); return d; }, RangeError, /announces/],
    ['a checkpoint beyond its text (resealed)', () => { const d = bytes.slice(); view(d).setUint32(d.length - 4, 0x7fffffff, true); return reseal(d); }, RangeError, /checkpoint/],
    ['metadata that is not JSON (resealed)', () => { const d = bytes.slice(); d[36] = 0x7b; d[37] = 0x7b; return reseal(d); }, TypeError, /not valid UTF-8 JSON/],
    ['a posting out of bounds (resealed)', () => {
      const d = bytes.slice();
      const v = view(d);
      const metaPadded = Math.ceil(v.getUint32(12, true) / 4) * 4;
      const words = v.getUint32(16, true);
      const buckets = v.getUint32(20, true);
      const firstPosting = 36 + metaPadded + 4 * (words + buckets + 1);
      v.setUint32(firstPosting, words + 5, true);
      return reseal(d);
    }, RangeError, /posting/],
  ])('rejects %s with a clear error', (_name, make, type, message) => {
    const data = make();
    expect(() => ReferenceIndex.load(data)).toThrow(type);
    expect(() => ReferenceIndex.load(data)).toThrow(/^ReferenceIndex\.load: not a quotecheck index: /);
    expect(() => ReferenceIndex.load(data)).toThrow(message);
  });

  it('rejects data that is not bytes', () => {
    expect(() => ReferenceIndex.load('QUOTECHK' as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => ReferenceIndex.load('QUOTECHK' as unknown as Uint8Array)).toThrow(/`data` must be a Uint8Array or ArrayBuffer, got a string/);
  });
});

describe('misuse of the API throws a TypeError or RangeError naming the argument', () => {
  test.each<[string, () => unknown, typeof TypeError | typeof RangeError, RegExp]>([
    ['references not iterable', () => new ReferenceIndex(42 as never), TypeError, /`references` must be an iterable/],
    ['a reference without text', () => new ReferenceIndex([{ id: 'a' } as never]), TypeError, /`references\[0\]\.text` must be a string, got a undefined/],
    ['a reference with a numeric id', () => new ReferenceIndex([{ id: 7, text: 'x' } as never]), TypeError, /`references\[0\]\.id` must be a string/],
    ['a null reference', () => new ReferenceIndex([null as never]), TypeError, /`references\[0\]` must be an object/],
    ['a speaker that is not a string', () => new ReferenceIndex([{ id: 'a', text: 'x', speaker: 3 } as never]), TypeError, /`references\[0\]\.speaker`/],
    ['duplicate ids', () => new ReferenceIndex([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }]), TypeError, /used twice/],
    ['an unknown option', () => new ReferenceIndex([], { fuzzy: true } as never), TypeError, /unknown option `fuzzy`/],
    ['options not an object', () => new ReferenceIndex([], 'fast' as never), TypeError, /`options` must be an object/],
    ['minScore out of range', () => new ReferenceIndex([], { minScore: 1.5 }), RangeError, /`options\.minScore` must be a number from/],
    ['minScore not a number', () => new ReferenceIndex([], { minScore: 'high' as never }), TypeError, /`options\.minScore` must be a number, got a string/],
    ['maxCandidates not an integer', () => new ReferenceIndex([], { maxCandidates: 2.5 }), RangeError, /`options\.maxCandidates` must be an integer/],
    ['seedBudget zero', () => new ReferenceIndex([], { seedBudget: 0 }), RangeError, /`options\.seedBudget`/],
    ['verify(number)', () => new ReferenceIndex([]).verify(12 as never), TypeError, /`quote` must be a string or an attributed quote/],
    ['verify(object without text)', () => new ReferenceIndex([]).verify({} as never), TypeError, /`quote` must be a string/],
    ['verifyAll(string)', () => new ReferenceIndex([]).verifyAll(null as never), TypeError, /`quotes` must be an iterable/],
  ])('%s', (_name, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});

describe('any string gets an answer', () => {
  const index = new ReferenceIndex(references);

  test.each([
    ['', 'not-found'],
    ['   ', 'not-found'],
    ['...', 'not-found'],
    ['[sic]', 'not-found'],
    ['\u0000\u0001\u0002binary\uffff', 'not-found'],
    ['\ud800\udc00\ud800', 'not-found'],
    ['Tolls', 'verbatim'],
    ['tolls', 'verbatim'],
    ['TOLLS', 'normalized'],
  ])('%j → %s', (quote, verdict) => {
    expect(index.verify(quote).verdict).toBe(verdict);
  });

  it('never throws, and its passages always slice the reference (property)', () => {
    const texts = new Map(references.map((r) => [r.id, r.text]));
    const word = fc.constantFrom('tolls', 'will', 'not', 'go', 'up', 'the', 'bridge', 'we', 'owe', 'schools', '...', '[the mayor]', '—', '“', 'x');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.array(word, { maxLength: 30 }).map((w) => w.join(' '))), (quote) => {
        const v = index.verify(quote);
        for (const p of [v.reference, v.nearest]) {
          if (p) expect(texts.get(p.id)!.slice(p.start, p.end)).toBe(p.text);
        }
        expect(v.score).toBeGreaterThanOrEqual(0);
        expect(v.score).toBeLessThanOrEqual(1);
        expect(v.verdict === 'not-found').toBe(v.reference === null);
      }),
      { numRuns: 300 },
    );
  });

  it('handles a huge quotation in reasonable time', () => {
    const huge = `${references[0]!.text} `.repeat(2000); // ≈ 430 k characters, 80 k words
    const t = Date.now();
    const v = index.verify(huge);
    expect(['altered', 'not-found']).toContain(v.verdict);
    expect(Date.now() - t).toBeLessThan(20000);
  });

  it('locates a quotation of 70,000 words, whose seed keys no longer fit in 32 bits', () => {
    // Words from a small vocabulary in a fixed pseudo-random order (a linear congruential generator).
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const words = Array.from({ length: 80000 }, () => `w${Math.floor(next() * 5000).toString(36)}`);
    const text = words.join(' ');
    const big = new ReferenceIndex([{ id: 'big', text }]);
    const quote = words.slice(5000, 75000);
    const v = big.verify(quote.join(' '));
    expect([v.verdict, v.reference?.start, v.reference?.end]).toEqual(['verbatim', text.indexOf(quote.join(' ')), text.indexOf(quote.join(' ')) + quote.join(' ').length]);
    quote[30000] = 'changed';
    const changed = big.verify(quote.join(' '));
    expect(changed.verdict).toBe('altered');
    expect(changed.diff.filter((d) => d.op !== 'equal')).toEqual([{ op: 'replace', quote: ['changed'], reference: [words[35000]] }]);
  });
});

const speeches = '../shared/data/speeches';
const maybe = existsSync(`${speeches}/quotes-1mb.jsonl`) ? describe : describe.skip;

maybe('the shared speeches (first 1 M characters)', () => {
  const all = readFileSync(`${speeches}/reference.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string; speaker: string });
  const refs: typeof all = [];
  let total = 0;
  for (const r of all) {
    if (total >= 1e6) break;
    refs.push(r);
    total += r.text.length;
  }
  const quotes = readFileSync(`${speeches}/quotes-1mb.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { kind: string; quote: string; doc: string; start: number; end: number; srcOccurrencesInSubset: number });
  const index = new ReferenceIndex(refs);

  it('finds every verbatim quote that occurs once at its exact offsets', () => {
    const verbatim = quotes.filter((q) => q.kind === 'verbatim' && q.srcOccurrencesInSubset === 1);
    expect(verbatim.length).toBeGreaterThan(10);
    for (const q of verbatim) {
      const v = index.verify(q.quote);
      expect([v.verdict, v.reference?.id, v.reference?.start, v.reference?.end]).toEqual(['verbatim', q.doc, q.start, q.end]);
    }
  });

  it('matches no more than one in fifty made-up quotes', () => {
    const notfound = quotes.filter((q) => q.kind === 'notfound');
    const matched = notfound.filter((q) => index.verify(q.quote).verdict !== 'not-found');
    expect(matched.length).toBeLessThanOrEqual(Math.ceil(notfound.length / 50));
  });
});

describe('finding references by title, speaker or date (fuse.js)', () => {
  const index = new ReferenceIndex([
    { id: 'debate-2', title: 'Second gubernatorial debate', date: '2026-10-13', text: 'MODERATOR: Welcome.' },
    { id: 'rally-toledo', title: 'Campaign rally in Toledo, Ohio', date: '2026-09-30', speaker: 'Elena Morales', text: 'Thank you, Toledo!' },
    { id: 'presser-0302', title: 'Press conference on the harbour bridge', date: '2026-03-02', speaker: 'Mayor Lindqvist', text: 'Good morning.' },
  ]);

  test.each([
    ['second debate', 'debate-2'],
    ['rally Toledo', 'rally-toledo'],
    ['Toledo Ohio rally', 'rally-toledo'],
    ['harbor bridge', 'presser-0302'],
    ['Lindqvist', 'presser-0302'],
    ['Elena Morales', 'rally-toledo'],
    ['2026-10-13', 'debate-2'],
  ])('%j → %s', (query, id) => {
    const [best] = index.searchReferences(query);
    expect(best?.id).toBe(id);
    expect(best!.score).toBeGreaterThan(0);
    expect(best!.score).toBeLessThanOrEqual(1);
  });

  it('finds nothing for an empty or unrelated query, and limits the matches', () => {
    expect(index.searchReferences('')).toEqual([]);
    expect(index.searchReferences('zzqxv')).toEqual([]);
    expect(index.searchReferences('2026', 1)).toHaveLength(1);
  });

  it('rejects a query that is not a string and a bad limit', () => {
    expect(() => index.searchReferences(3 as never)).toThrow(/`query` must be a string, got a number/);
    expect(() => index.searchReferences('x', 0)).toThrow(RangeError);
  });
});

describe('edge cases of the reference collection', () => {
  test.each([
    ['no references', []],
    ['an empty text', [{ id: 'empty', text: '' }]],
    ['a text of punctuation', [{ id: 'dots', text: '... — !!! ???' }]],
    ['labels only', [{ id: 'labels', text: 'TRUMP:\nCLINTON:\n' }]],
  ])('%s: builds, saves, loads and answers not-found', (_name, refs) => {
    const index = ReferenceIndex.load(new ReferenceIndex(refs).save());
    expect(index.verify('We will win').verdict).toBe('not-found');
    expect(index.verify('').verdict).toBe('not-found');
    expect(index.stats.references).toBe(refs.length);
  });

  it('accepts any iterable of references, such as a generator', () => {
    function* speeches(): Generator<{ id: string; text: string }> {
      yield { id: 'a', text: 'Ask not what your country can do for you.' };
      yield { id: 'b', text: 'The only thing we have to fear is fear itself.' };
    }
    const v = new ReferenceIndex(speeches()).verify('the only thing we have to fear');
    expect([v.verdict, v.reference?.id]).toEqual(['normalized', 'b']);
  });
});

describe('passages at the edges of references', () => {
  const index = new ReferenceIndex([
    { id: 'a', text: 'First speech. We will win this election and we will win it big for the people of this state.' },
    { id: 'b', text: 'Thank you very much for coming out tonight to support the library bond and the new park.' },
  ]);

  test.each([
    ['Thank you very much for coming out tonight', 'verbatim', 'b'],
    ['really Thank you very much for coming out tonight', 'altered', 'b'],
    ['the library bond and the new park', 'verbatim', 'b'],
    ['for the people of this state.', 'verbatim', 'a'],
  ])('%j → %s in %s', (quote, verdict, id) => {
    const v = index.verify(quote);
    expect([v.verdict, v.reference?.id]).toEqual([verdict, id]);
  });

  it('never joins the end of one reference to the start of the next', () => {
    const v = index.verify('people of this state. Thank you very much');
    expect(v.verdict).toBe('not-found');
    expect(v.nearest).not.toBeNull();
  });
});
