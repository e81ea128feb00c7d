import { normalizeWords, scanWords, wordId } from '../src/verify/words.js';
import { Gap, parseQuotation } from '../src/verify/quotation.js';
import { align } from '../src/verify/align.js';
import { seedsOf } from '../src/verify/candidates.js';
import { buildIndex } from '../src/verify/store.js';
import { parseTurns, turnAt } from '../src/verify/turns.js';
import { compareSpeakers, nameWords } from '../src/verify/speakers.js';
import { ReferenceIndex } from '../src/index.js';
import { changesOf, isAlteration } from '../src/verify/verdict.js';
import { observableChanges, type GoldEdit } from '../scripts/eval/verification.js';

describe('words: one normalizer for quotations and references', () => {
  test.each([
    ['The President’s “plan”', "the president's plan"],
    ["The President's \"plan\"", "the president's plan"],
    ['a well-known, long—running  debate', 'a well known long running debate'],
    ['ÉCOLE  Élan', 'école élan'],
    ["rock 'n' roll", 'rock n roll'],
    ['$1,500,000 in 1848.', '1500000 in 1848'],
    ['3.5 per cent, 1, 2, 3', '3.5 per cent 1 2 3'],
    ['emoji 😀 between', 'emoji between'],
    ['lone \ud800 surrogate', 'lone surrogate'],
    ['', ''],
    ['... --- !!!', ''],
  ])('%j → %j', (text, words) => {
    expect(normalizeWords(text)).toBe(words);
  });

  it('gives case, apostrophe and quote-mark variants one id, other words different ids', () => {
    expect(wordId('Nation’s')).toBe(wordId("nation's"));
    expect(wordId('NATION')).toBe(wordId('nation'));
    expect(wordId('nation')).not.toBe(wordId('nations'));
  });

  it('reports spans that slice the text and never split a surrogate pair', () => {
    const text = 'He said: “𝒜 great-day, isn’t it?” 😀x';
    scanWords(text, (_id, start, end) => {
      const word = text.slice(start, end);
      expect(word).toMatch(/^[\p{L}\p{N}\p{M}][\p{L}\p{N}\p{M}'’]*$/u);
      expect(/[\ud800-\udbff]$/.test(word)).toBe(false);
    });
  });
});

describe('quotations: ellipses and bracketed changes', () => {
  test.each([
    ['We will ... win', ['We', 'will', 'win'], [0, 0, Gap.Ellipsis, 0]],
    ['We will … win', ['We', 'will', 'win'], [0, 0, Gap.Ellipsis, 0]],
    ['We will. . . win', ['We', 'will', 'win'], [0, 0, Gap.Ellipsis, 0]],
    ['We will [...] win', ['We', 'will', 'win'], [0, 0, Gap.Ellipsis, 0]],
    ['[W]e will win', ['We', 'will', 'win'], [0, 0, 0, 0]],
    ['We will win [sic]', ['We', 'will', 'win'], [0, 0, 0, 0]],
    ['[The president] will win', ['will', 'win'], [Gap.Bracket, 0, 0]],
    ['we and [the president] will win...', ['we', 'and', 'will', 'win'], [0, 0, Gap.Bracket, 0, Gap.Ellipsis]],
    ['U.S.A. and Mr. Smith', ['U', 'S', 'A', 'and', 'Mr', 'Smith'], [0, 0, 0, 0, 0, 0, 0]],
    ['unclosed [bracket here', ['unclosed', 'bracket', 'here'], [0, 0, 0, 0]],
  ])('%j', (quote, words, gaps) => {
    const q = parseQuotation(quote);
    expect(q.words).toEqual(words);
    expect(Array.from(q.gaps)).toEqual(gaps);
  });

  test.each([
    ['[W]e will win', true],
    ['We will win [sic]', true],
    ['[the president] will win', true],
    ['We will ... win', false],
    ['We will win', false],
  ])('%j is editorial: %s', (quote, editorial) => {
    expect(parseQuotation(quote).editorial).toBe(editorial);
  });
});

describe('turns of a transcript', () => {
  const text = [
    'Opening remarks by the chair.',
    'TRUMP: We are going to win.',
    'Q: Mr. President, a question.',
    'SECRETARY KERRY: Thank you.',
    '  MR. McGEE: Indented label.',
    'Fellow citizens: this is prose, not a label.',
    'The time: noon.',
    'A: not a speaker',
    "O'NEILL-SMITH: Hyphenated and apostrophe.",
    'CLINTON:No space after the colon.',
  ].join('\n');
  const turns = parseTurns(text);

  it('finds upper-case labels at line starts, and only those', () => {
    expect(turns.labels).toEqual(['TRUMP', 'Q', 'SECRETARY KERRY', 'MR. McGEE', "O'NEILL-SMITH", 'CLINTON']);
    turns.starts.forEach((s, k) => expect(text.slice(s, turns.bodies[k]).replace(/:$/, '')).toBe(turns.labels[k]));
  });

  test.each([
    ['Opening remarks', null],
    ['going to win', 'TRUMP'],
    ['a question', 'Q'],
    ['Thank you', 'SECRETARY KERRY'],
    ['Indented label', 'MR. McGEE'],
    ['this is prose', 'MR. McGEE'],
    ['No space', 'CLINTON'],
  ])('%j is spoken by %s', (words, label) => {
    expect(turnAt(turns, text.indexOf(words))).toBe(label);
  });
});

describe('speaker names compared leniently', () => {
  test.each([
    ['Donald Trump', 'TRUMP', 'match'],
    ['John Kerry', 'SECRETARY KERRY', 'match'],
    ['Sen. Elena Morales', 'SENATOR MORALES', 'match'],
    ['Hillary Clinton', 'CLINTON', 'match'],
    ['Hilary Clintn', 'CLINTON', 'match'],
    ['Donald Trump', 'CLINTON', 'mismatch'],
    ['Tom Hastings', 'Q', 'mismatch'],
    ['Donald Trump', 'THE PRESIDENT', 'unknown'],
    [null, 'TRUMP', 'unknown'],
    ['Donald Trump', null, 'unknown'],
  ] as const)('%s vs %s: %s', (said, label, check) => {
    expect(compareSpeakers(said, label)).toBe(check);
  });

  it('drops titles from names', () => {
    expect(nameWords('MR. McGEE')).toEqual(['mcgee']);
    expect(nameWords('The Vice President')).toEqual([]);
  });
});

describe('word diff', () => {
  const index = new ReferenceIndex([
    { id: 'speech', text: 'Our nation will never forget the courage of those who served on that morning.', speaker: 'the governor' },
  ]);
  test.each([
    ['Our nation will not forget the courage of those who served', [['replace', ['not'], ['never']]]],
    ['Our nation will never forget the great courage of those who served', [['insert', ['great'], []]]],
    ['Our nation will never forget courage of those who served', [['delete', [], ['the']]]],
    ['Our nation never will forget the courage of those who served', [['replace', ['never', 'will'], ['will', 'never']]]],
  ])('%j', (quote, changes) => {
    const v = index.verify(quote);
    expect(v.verdict).toBe('altered');
    expect(v.diff.filter((d) => d.op !== 'equal').map((d) => [d.op, d.quote, d.reference])).toEqual(changes);
    const quoteWords = v.diff.flatMap((d) => (d.editorial ? [] : d.quote));
    expect(quoteWords.join(' ')).toBe(quote);
  });

  // A word moved past a neighbour is one swap, even inside a larger change (the other words keep
  // their own step): what a human editor would write, not one word replaced and another added.
  test.each([
    ['Our nation will never forget the great courage those of who served', [['insert', ['great'], []], ['replace', ['those', 'of'], ['of', 'those']]]],
    ['Our nation will never forget great courage the of those who served', [['insert', ['great'], []], ['replace', ['courage', 'the'], ['the', 'courage']]]],
    ['Our nation will never forget courage the brave of those who served', [['replace', ['courage', 'the'], ['the', 'courage']], ['insert', ['brave'], []]]],
    ['Our nation will never forget the courage of who those served', [['replace', ['who', 'those'], ['those', 'who']]]],
    ['Our nation will never forget the courage of who those truly served', [['replace', ['who', 'those'], ['those', 'who']], ['insert', ['truly'], []]]],
  ])('a swap next to another change: %j', (quote, changes) => {
    const v = index.verify(quote);
    expect(v.verdict).toBe('altered');
    expect(v.diff.filter((d) => d.op !== 'equal').map((d) => [d.op, d.quote, d.reference])).toEqual(changes);
    const quoteWords = v.diff.flatMap((d) => (d.editorial ? [] : d.quote));
    const referenceWords = v.diff.flatMap((d) => d.reference);
    expect(quoteWords.join(' ')).toBe(quote);
    expect(referenceWords.join(' ')).toBe(quote.includes('served') ? v.reference?.text.replace(/[.,]/g, '') : '');
  });

  test.each([
    ['We must co-operate with our neighbours', 'We must cooperate with our neighbours'],
    ['We must cooperate with our neighbours', 'We must co-operate with our neighbours'],
    ['the government of the people', 'the govern-\nment of the people'],
  ])('hyphenation is not a change: %j in %j', (quote, reference) => {
    const v = new ReferenceIndex([{ id: 'r', text: `Today ${reference} and friends.` }]).verify(quote);
    expect(v.verdict).toBe('normalized');
    expect(v.score).toBe(1);
    expect(v.diff.every((d) => d.op === 'equal')).toBe(true);
  });

  it('keeps equal words of quote and reference side by side', () => {
    const v = index.verify('OUR NATION will never forget');
    expect(v.verdict).toBe('normalized');
    expect(v.diff).toEqual([
      { op: 'equal', quote: ['OUR', 'NATION', 'will', 'never', 'forget'], reference: ['Our', 'nation', 'will', 'never', 'forget'] },
    ]);
  });
});

describe('when differing words are still an alteration', () => {
  const changes = (changed: number, longest: number, atEnds: boolean) => ({ changed, longest, atEnds });
  test.each([
    ['one word changed inside a 10-word quote', 9, changes(1, 1, false), true],
    ['two of seven inside', 5, changes(2, 1, false), true],
    ['similarity under 0.7', 4, changes(3, 1, false), false],
    ['fewer than 4 matched words', 3, changes(1, 1, false), false],
    ['a 3-word quote with a word left out of its passage: too short to tell from chance', 3, changes(1, 1, false), false],
    ['4 matched, one changed inside', 4, changes(1, 1, false), true],
    ['a run of five changed words', 20, changes(5, 5, false), false],
    ['last word changed, 4 matched', 4, changes(1, 1, true), false],
    ['last word changed, 5 matched, only change', 5, changes(1, 1, true), true],
    ['both ends changed, 5 matched', 5, changes(2, 1, true), false],
    ['both ends changed, 8 matched', 8, changes(2, 1, true), true],
  ])('%s → %s', (_name, matched, c, expected) => {
    expect(isAlteration(matched, c, 0.7, 4)).toBe(expected);
  });

  it('counts a swap once and ignores editorial steps', () => {
    expect(
      changesOf([
        { op: 'equal', quote: ['We'], reference: ['We'] },
        { op: 'replace', quote: ['never', 'will'], reference: ['will', 'never'] },
        { op: 'delete', quote: [], reference: ['at', 'all'], editorial: true },
        { op: 'equal', quote: ['forget'], reference: ['forget'] },
      ]),
    ).toEqual({ changed: 1, longest: 1, atEnds: false });
  });
});

describe('eval: the changes a generated recipe leaves visible in the quote', () => {
  const src = 'We will never forget the courage of those who served.';
  test.each<[string, GoldEdit[], { removed: string[]; added: string[]; swaps: number }]>([
    ['a substitution', [{ op: 'sub', at: 2, from: 'never', to: 'not' }], { removed: ['never'], added: ['not'], swaps: 0 }],
    ['a swap', [{ op: 'swap', at: 4, from: 'the courage' }], { removed: ['the', 'courage'], added: ['courage', 'the'], swaps: 1 }],
    ['the first word deleted (the quote is just shorter)', [{ op: 'del', at: 0, from: 'We' }], { removed: [], added: [], swaps: 0 }],
    ['the last word deleted', [{ op: 'del', at: 9, from: 'served.' }], { removed: [], added: [], swaps: 0 }],
    ['an inner word deleted', [{ op: 'del', at: 1, from: 'will' }], { removed: ['will'], added: [], swaps: 0 }],
    ['the first word replaced', [{ op: 'sub', at: 0, from: 'We', to: 'You' }], { removed: ['we'], added: ['you'], swaps: 0 }],
    ['a word added then deleted again', [{ op: 'sub', at: 6, from: 'of', to: 'for' }, { op: 'del', at: 6, from: 'for' }], { removed: ['of'], added: [], swaps: 0 }],
    ['a swapped word replaced later', [{ op: 'swap', at: 4, from: 'the courage' }, { op: 'sub', at: 5, from: 'the', to: 'great' }], { removed: ['the'], added: ['great'], swaps: 0 }],
    ['an added word swapped', [{ op: 'ins', at: 3, to: 'really' }, { op: 'swap', at: 3, from: 'really forget' }], { removed: [], added: ['really'], swaps: 0 }],
  ])('%s', (_name, edits, expected) => {
    expect(observableChanges(src, edits)).toEqual(expected);
  });

  it('gives up when the edits do not replay on the source', () => {
    expect(observableChanges(src, [{ op: 'del', at: 3, from: 'courage' }])).toBeNull();
  });
});

describe('alignment of a quotation that runs far past its window', () => {
  it('reports no alignment rather than reading steps left over from an earlier alignment', () => {
    const words = Array.from({ length: 200 }, (_, k) => `word${k}`);
    const long = parseQuotation(words.join(' '));
    // A long alignment first fills the shared work arrays with steps.
    const filled = align(long, long.ids, 0, long.ids.length, 0, 0, 16);
    expect(filled.matched).toBe(200);
    // 200 quotation words cannot fit a window of 4 reference words within a band of 16 diagonals.
    const short = Uint32Array.from(long.ids.subarray(0, 4));
    const none = align(long, short, 0, 4, 0, 0, 16);
    expect([none.cost, none.moves.length, none.matched, none.edits]).toEqual([Infinity, 0, 0, 0]);
  });
});

describe('seeds: the word pairs looked up, rarest first, as many as the budget can reach', () => {
  const data = buildIndex([
    {
      id: 'briefing',
      text:
        'The mayor said the budget cuts were painful but necessary. She said the library closures would be revisited in the spring, ' +
        'and she said the council had asked every department to find savings. Nobody enjoys this, the mayor said, but the alternative is worse. ' +
        'Asked what the mayor said, said one aide, she would not comment.',
    },
  ]);
  /** Every pair's index with a non-empty bucket, rarest first then by position: the order of a full sort. */
  function sortedOrder(seeds: ReturnType<typeof seedsOf>): number[] {
    return Array.from(seeds.seedPos, (_, k) => k)
      .filter((k) => (seeds.seedSize[k] as number) > 0)
      .sort((x, y) => (seeds.seedSize[x] as number) - (seeds.seedSize[y] as number) || x - y);
  }

  test.each([
    ['the mayor said the budget cuts were painful', 2000],
    ['she said the council had asked every department to find savings', 3],
    ['the mayor said ... the alternative is worse', 2000],
    ['words that never occur in the briefing at all', 2000],
  ])('%j with a budget of %i: the first pairs of the full order', (quote, limit) => {
    const seeds = seedsOf(data, parseQuotation(quote), limit);
    expect(Array.from(seeds.order)).toEqual(sortedOrder(seeds).slice(0, limit));
  });

  test.each([1_000, 100_000])('`said` repeated %i times orders at most the budget of pairs, not one per word', (times) => {
    const quote = 'said '.repeat(times);
    const seeds = seedsOf(data, parseQuotation(quote), 50);
    expect(seeds.seedPos.length).toBe(times - 1);
    // `said said` occurs once in the briefing: every pair could be looked up, only the budget's worth is ordered.
    expect(seeds.order.length).toBe(50);
    expect(Array.from(seeds.order)).toEqual(sortedOrder(seeds).slice(0, 50));
  });
});

// A first (last) quotation word that is not in the reference costs the same as a substitution of the
// reference word just before (after) the passage and as an added word. These rules decide which one
// the diff shows, as an editor would describe the change.
describe('a changed word at either end of a quotation', () => {
  const index = new ReferenceIndex([
    {
      id: 'harbour',
      text:
        'When the storm had passed; the town began to rebuild its harbour and its homes. ' +
        'The mayor said the new bridge should be finished before the winter storms arrive in the valley. ' +
        'She promised it would be truly finished before the first snow -- the council agreed at once. ' +
        'We will defend these shores against any enemy who comes, said the admiral, and the crowd cheered. ' +
        'After the vote, the council thanked the engineers who had worked through the night.',
    },
  ]);
  test.each([
    // An intensifier, emphasizer or negator is added, not put in place of the speaker's word.
    ['an intensifier before the passage', 'really be finished before the winter storms arrive', [['insert', ['really'], []]], 'be finished'],
    ['an intensifier after the passage', 'We will defend these shores against any enemy always', [['insert', ['always'], []]], 'We will'],
    ['a negator before the passage', 'not be finished before the winter storms arrive', [['insert', ['not'], []]], 'be finished'],
    ['an intensifying adjective before the passage', 'great new bridge should be finished before the winter storms', [['insert', ['great'], []]], 'new bridge'],
    // … unless the speaker's word it meets is one too: one intensifier for another.
    ['an intensifier for another', 'really finished before the first snow', [['replace', ['really'], ['truly']]], 'truly finished'],
    // Any other word stands in for the speaker's word.
    ['an ordinary word', 'must be finished before the winter storms arrive', [['replace', ['must'], ['should']]], 'should be'],
    ['an ordinary word after the passage', 'We will defend these shores against any enemy that', [['replace', ['that'], ['who']]], 'We will'],
    // A word of the previous or next clause (after `;`, `.`, `--`) is not what a quoted word replaced.
    ['across a semicolon', 'quickly the town began to rebuild its harbour', [['insert', ['quickly'], []]], 'the town'],
    ['across a full stop', 'Today the mayor said the new bridge should be', [['insert', ['Today'], []]], 'The mayor'],
    ['across a dash', 'She promised it would be truly finished before the first snow finally', [['insert', ['finally'], []]], 'She promised'],
    // A comma separates too little: a word after it is still replaced.
    ['across a comma', 'then the council thanked the engineers who had worked', [['replace', ['then'], ['vote']]], 'vote, the'],
  ])('%s: %j', (_name, quote, changes, passageStart) => {
    const v = index.verify(quote);
    expect(v.verdict).toBe('altered');
    expect(v.diff.filter((d) => d.op !== 'equal').map((d) => [d.op, d.quote, d.reference])).toEqual(changes);
    expect(v.reference?.text.startsWith(passageStart)).toBe(true);
  });
});

describe('passages equally close to a quotation in two references', () => {
  const budget = {
    id: 'budget-message',
    text:
      'I gladly report that the year closed with a surplus. I gladly thank the members for their work. ' +
      'I also recommend that the council fund the new library in full. The rest of the message dealt with the roads.',
  };
  const parks = {
    id: 'parks-address',
    text:
      'The parks need more attention than they receive. ' +
      'I strongly recommend that the council fund the new library in full. The pools must open by June.',
  };
  test.each([
    ['budget first', [budget, parks]],
    ['parks first', [parks, budget]],
  ])('the one whose speech uses the changed word wins the tie (%s)', (_order, references) => {
    const v = new ReferenceIndex(references).verify('I gladly recommend that the council fund the new library in full');
    expect(v.verdict).toBe('altered');
    expect(v.reference?.id).toBe('budget-message');
    expect(v.diff.filter((d) => d.op !== 'equal').map((d) => [d.op, d.quote, d.reference])).toEqual([['replace', ['gladly'], ['also']]]);
  });

  test('with no changed word to go by, the order of the references decides, as before', () => {
    const v = new ReferenceIndex([parks, budget]).verify('recommend that the council fund the new library in full');
    expect(v.verdict).toBe('verbatim');
    expect(v.reference?.id).toBe('parks-address');
  });
});

describe('a stock line repeated in many speeches, one word off, does not hide the passage a quotation elides', () => {
  const speech = { id: 'town-hall', text: 'I say this plainly. We told the people of this city, as we promised in the spring, that we will not wait. Thank you.' };
  const quote = 'We told the people of this city ... we will not wait';
  test.each([1, 3, 5, 8])('with %d speeches repeating the line', (n) => {
    const repeats = ['harbor', 'budget', 'transit', 'schools', 'parks', 'roads', 'water', 'housing'].slice(0, n).map((topic, k) => ({
      id: `stump-${k}`,
      text: `On the ${topic}, the answer is simple. We told all the people of this city we will not wait for the state. That is all.`,
    }));
    const v = new ReferenceIndex([...repeats, speech]).verify(quote);
    expect(v.verdict).toBe('elided');
    expect(v.reference?.id).toBe('town-hall');
  });
});

describe('a quotation too short to tell an alteration from chance', () => {
  const index = new ReferenceIndex([{ id: 'briefing', text: 'What we began at Manila -- that we did not settle. We agreed at Geneva to meet again in the autumn.' }]);
  test.each([
    // three words, all found with one between them: three words recur by chance (default minMatchedWords 4)
    ['At Manila we', 'not-found'],
    // four words and one changed: still the passage
    ['We agreed at Vienna to meet again', 'altered'],
    ['We agreed at Geneva to meet again', 'verbatim'],
  ])('%s → %s', (quote, verdict) => {
    expect(index.verify(quote).verdict).toBe(verdict);
  });
});
