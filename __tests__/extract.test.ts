import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotes, type FindQuotesOptions } from '../src/index.js';
import type { Quote } from '../src/types.js';

const FIXTURES = '__tests__/fixtures/extract';
const SEED = '../shared/fixtures/seed';

/** Reads one fixture folder: input, options and expected quotations. */
function fixture(name: string): { input: string; options?: FindQuotesOptions; expected: Quote[] } {
  const folder = join(FIXTURES, name);
  const optionsFile = join(folder, 'options.json');
  return {
    input: readFileSync(join(folder, 'input.txt'), 'utf8'),
    options: existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as FindQuotesOptions) : undefined,
    expected: JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Quote[],
  };
}

/** The quoted words of each quotation. */
const words = (quotes: readonly Quote[]): string[] => quotes.map((q) => q.text);

describe('findQuotes fixtures (expected.json hand-checked; regenerate with scripts/regenerate-fixtures.ts)', () => {
  const names = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'input.txt')));

  it('has a fixture for every phenomenon', () => {
    expect(names.sort()).toEqual(
      [
        'apostrophes-not-quotes',
        'colon-and-block-quotes',
        'corner-brackets',
        'crlf-and-invisible-spaces',
        'curly-quotes',
        'double-apostrophes',
        'emoji-and-astral',
        'german-low-quotes',
        'guillemets',
        'hard-wrapped-lines',
        'mismatched-marks',
        'multi-paragraph-quote',
        'nested-single-in-double',
        'partial-and-scare-quotes',
        'single-line-paragraphs',
        'single-quotes-top-level',
        'split-quote',
        'stray-mark-bounded',
        'straight-quotes',
      ].sort(),
    );
  });

  test.each(names)('%s: findQuotes returns expected.json', (name) => {
    const { input, options, expected } = fixture(name);
    const quotes = findQuotes(input, options);
    expect(quotes).toEqual(expected);
    for (const q of quotes) {
      expect(input.slice(q.start, q.end)).toBe(q.text);
      expect(input.slice(q.open.offset, q.open.offset + q.open.mark.length)).toBe(q.open.mark);
      if (q.close) expect(input.slice(q.close.offset, q.close.offset + q.close.mark.length)).toBe(q.close.mark);
    }
  });
});

describe('findQuotes per phenomenon', () => {
  const run = (name: string): Quote[] => findQuotes(fixture(name).input);

  test('straight-quotes: both quotations, trailing comma kept inside the span', () => {
    expect(words(run('straight-quotes'))).toEqual([
      'The budget is balanced for the first time in a decade,',
      'We are not out of the woods yet,',
    ]);
  });

  test('curly-quotes: “…” pairs', () => {
    const quotes = run('curly-quotes');
    expect(quotes.map((q) => [q.open.mark, q.close?.mark])).toEqual([
      ['“', '”'],
      ['“', '”'],
    ]);
  });

  test('guillemets: «…» with French spacing trimmed, and ‹…› as single level', () => {
    const quotes = run('guillemets');
    expect(words(quotes)).toEqual(['Nous ne céderons pas.', 'a necessary reform', 'a provocation']);
    expect(quotes.map((q) => q.level)).toEqual(['double', 'double', 'single']);
  });

  test('german-low-quotes: „…“ and ‚…‘', () => {
    const quotes = run('german-low-quotes');
    expect(quotes.map((q) => [q.open.mark, q.close?.mark, q.text])).toEqual([
      ['„', '“', 'Wir werden die Grenzen nicht schließen'],
      ['‚', '‘', 'unausgegoren'],
    ]);
  });

  test('corner-brackets: 「…」', () => {
    expect(words(run('corner-brackets'))).toEqual(['改革を止めることはない', 'No retreat']);
  });

  test('nested-single-in-double: the outer quotation is reported, the nested one is not', () => {
    const quotes = run('nested-single-in-double');
    expect(words(quotes)).toEqual([
      "He told me 'no' twice, and then he hung up,",
      'The sign said ‘closed for repairs,’ so we went home,',
    ]);
  });

  test("apostrophes-not-quotes: don't, '90s, rock 'n' roll, the Joneses', 'til open nothing", () => {
    expect(words(run('apostrophes-not-quotes'))).toEqual(["I don't think we'll see those days again,"]);
  });

  test('single-quotes-top-level: British-style quotations are found, the possessive is not a mark', () => {
    const quotes = run('single-quotes-top-level');
    expect(words(quotes)).toEqual(['We are ready to talk,', 'studying the offer', 'Nobody wants a strike,']);
    expect(quotes.every((q) => q.level === 'single')).toBe(true);
  });

  test('mismatched-marks: a straight mark pairs with a curly one either way', () => {
    const quotes = run('mismatched-marks');
    expect(quotes.map((q) => [q.open.mark, q.close?.mark, q.text])).toEqual([
      ['"', '”', 'constructive.'],
      ['“', '"', 'We need more time,'],
    ]);
  });

  test('stray-mark-bounded: inch marks and a spaced stray mark open nothing; an unclosed quotation stops at its paragraph', () => {
    const { input } = fixture('stray-mark-bounded');
    const quotes = findQuotes(input);
    expect(words(quotes)).toEqual([
      'The levees held, the mayor said, although crews worked through the night.',
      'We will update the public at noon,',
    ]);
    expect(quotes[0]!.close).toBeNull();
    expect(quotes[0]!.end).toBe(input.indexOf('\n\nResidents'));
    expect(quotes[1]!.utterance).not.toBe(quotes[0]!.utterance);
  });

  test('multi-paragraph-quote: one utterance, one segment per paragraph, closed only at the end', () => {
    const quotes = run('multi-paragraph-quote');
    expect(quotes.map((q) => [q.paragraph, q.utterance, q.segment, q.close === null])).toEqual([
      [1, 0, 0, true],
      [2, 0, 1, true],
      [3, 0, 2, false],
    ]);
  });

  test('single-line-paragraphs: the news convention also works with one line per paragraph', () => {
    const quotes = run('single-line-paragraphs');
    expect(quotes.map((q) => [q.utterance, q.segment, q.close === null])).toEqual([
      [0, 0, true],
      [0, 1, false],
    ]);
  });

  test('split-quote: a quotation split by a short cue clause is one utterance; a new sentence is not', () => {
    const quotes = run('split-quote');
    expect(quotes.map((q) => [q.text, q.utterance, q.segment, q.kind])).toEqual([
      ['We are ready,', 0, 0, 'full'],
      ['to talk as long as it takes.', 0, 1, 'full'],
      ['It is late,', 1, 0, 'full'],
      ['We will meet again tomorrow.', 2, 0, 'full'],
    ]);
  });

  test('partial-and-scare-quotes: fragments, scare quotes and titles are partial', () => {
    const quotes = run('partial-and-scare-quotes');
    expect(quotes.map((q) => [q.text, q.kind])).toEqual([
      ['a credible beginning', 'partial'],
      ['serious gaps', 'partial'],
      ['peace dividend', 'partial'],
      ['A Path Forward,', 'partial'],
    ]);
  });

  test('colon-and-block-quotes: after a colon → full; a paragraph that is wholly a quotation → block', () => {
    const quotes = run('colon-and-block-quotes');
    expect(quotes.map((q) => [q.kind, q.paragraph])).toEqual([
      ['full', 0],
      ['block', 2],
    ]);
  });

  test('hard-wrapped-lines: a single line break does not end a quotation', () => {
    const quotes = run('hard-wrapped-lines');
    expect(quotes).toHaveLength(2);
    expect(quotes[0]!.text).toContain('school that\nthe flood');
    expect(quotes[0]!.close?.mark).toBe('"');
    expect(quotes[1]!.paragraph).toBe(1);
  });

  test('crlf-and-invisible-spaces: CRLF, a blank line of spaces and tabs, no-break and zero-width spaces', () => {
    const quotes = run('crlf-and-invisible-spaces');
    expect(quotes.map((q) => [q.text, q.paragraph])).toEqual([
      ['We have questions\u00a0about the contract,', 1],
      ['And we expect answers', 2],
      ['Fish & Chips', 2],
    ]);
  });

  test('emoji-and-astral: astral characters are kept whole', () => {
    expect(words(run('emoji-and-astral'))).toEqual(['Vote early 🗳️ and bring a friend 👫!', '𝐖𝐞 𝐚𝐫𝐞 𝐫𝐞𝐚𝐝𝐲']);
  });

  test("double-apostrophes: '' is a straight double mark; a nested closing ' is read before it", () => {
    const quotes = run('double-apostrophes');
    expect(quotes.map((q) => [q.open.mark, q.close?.mark, q.text])).toEqual([
      ["''", "''", 'We finally may be seeing some wage growth,'],
      ["''", "''", "He told me, 'Wait for the data,'"],
    ]);
  });
});

describe('findQuotes small cases', () => {
  test.each<[string, string, string[]]>([
    ['empty text', '', []],
    ['no marks', 'The council met on Tuesday.', []],
    ['empty quotation', 'He said "" and left.', []],
    ['punctuation only', 'She answered "?!" and left.', []],
    ['spaces inside the marks are trimmed', '“  We will win.  ” he said.', ['We will win.']],
    ['inch mark after a digit opens nothing', 'A 12" pipe burst. "Call the plumber," she said.', ['Call the plumber,']],
    ['apostrophe in a contraction', "It's what we've got, isn't it?", []],
    ['abbreviated year', "Back in the '80s, the plant employed 5,000.", []],
    ["'em and 'til", "Get 'em out of here, stay 'til the end.", []],
    ['plural possessive closes nothing', "The Joneses' house and the Smiths' car.", []],
    ['curly apostrophe', 'Obama’s plan isn’t new, she said.', []],
    ['plural possessive inside a single quotation', '‘We walked past the Carrows’ house on the way,’ she said. ‘Nobody was home.’', [
      'We walked past the Carrows’ house on the way,', 'Nobody was home.',
    ]],
    ['plural possessive inside a straight single quotation', "'He took the boys' bikes and left.'", ["He took the boys' bikes and left."]],
    ['a single quotation running on into the next paragraph (British form)', '‘We drove all night.\n\n‘By morning the bridge was gone.’', [
      'We drove all night.', 'By morning the bridge was gone.',
    ]],
    ['an unclosed single mark before a paragraph that opens otherwise stays an apostrophe', 'The ‘Bama fans cheered.\n\nThey went home.', []],
    ['s’ before a cue word still closes', '‘I like the cats’ she said. ‘Dogs too.’', ['I like the cats', 'Dogs too.']],
    ['right single mark typed as an opener', '’We are ready,’ he said of the ’90s plan.', ['We are ready,']],
    ['British single quotes with an apostrophe inside', "'We don't agree,' he said.", ["We don't agree,"]],
    ['single quotation after a colon', "He said: 'Enough.'", ['Enough.']],
    ['unclosed single mark is an apostrophe', "The 'Bama fans cheered.", []],
    ['guillemets Danish style', 'Han sagde: »Det er slut.«', ['Det er slut.']],
    ['nested straight double quotes', 'He tweeted, "Killer shouted "Stop!" as he ran." Then he deleted it.', [
      'Killer shouted "Stop!" as he ran.',
    ]],
    ['dedicated opener while open cuts the first short', '“We are done. “Now go,” she said.', ['We are done.', 'Now go,']],
    ['a quotation in parentheses', 'The motto (“Never again”) was painted on the wall.', ['Never again']],
    ['sloppy left mark as closer', 'He called it “Frozen“ and laughed.', ['Frozen']],
  ])('%s', (_name, input, expected) => {
    expect(words(findQuotes(input))).toEqual(expected);
  });

  test.each<[string, string, ('full' | 'partial' | 'block')[]]>([
    ['whole paragraph', '"We will win."', ['block']],
    ['sentence then cue', '"We will win," she said.', ['full']],
    ['cue then sentence after comma', 'She said, "We will win."', ['full']],
    ['after a colon', 'She said: "We will win."', ['full']],
    ['fragment', 'She called it "a win" on Monday.', ['partial']],
    ['sentence start but fragment', '"Crooked Hillary" is what he calls her.', ['partial']],
    ['lower-case after comma', 'It was, "in a word," a mess.', ['partial']],
  ])('kind: %s', (_name, input, expected) => {
    expect(findQuotes(input).map((q) => q.kind)).toEqual(expected);
  });

  test.each<[string, string, [number, number][]]>([
    ['split by a cue', '"We are ready," he said, "to talk."', [[0, 0], [0, 1]]],
    ['split with comma outside the marks', '"We are ready", he said, "to talk."', [[0, 0], [0, 1]]],
    ['new sentence is a new utterance', '"We are ready," he said. "We will talk."', [[0, 0], [1, 0]]],
    ['long gap is a new utterance', `"We are ready," ${'he said at length '.repeat(6)}, "to talk."`, [[0, 0], [1, 0]]],
    ['no comma is a new utterance', '"We are ready" he said, "to talk."', [[0, 0], [1, 0]]],
    ['next paragraph without a mark ends it', '"We are ready\n\nto talk."', [[0, 0]]],
    ['next paragraph opening a mark continues', '"We are ready.\n\n"We will talk."', [[0, 0], [0, 1]]],
    ['a closed quotation does not continue', '"We are ready."\n\n"We will talk."', [[0, 0], [1, 0]]],
  ])('utterance: %s', (_name, input, expected) => {
    expect(findQuotes(input).map((q) => [q.utterance, q.segment])).toEqual(expected);
  });

  test('a blank line may hold spaces and tabs; U+2029 separates paragraphs', () => {
    const quotes = findQuotes('"One." \n \t \n"Two."\u2029"Three."');
    expect(quotes.map((q) => q.paragraph)).toEqual([0, 1, 2]);
  });

  test('singleQuotes: false ignores single marks at the top level', () => {
    expect(words(findQuotes("'We are ready,' he said.", { singleQuotes: false }))).toEqual([]);
  });

  test("doubleApostrophes: false reads '' as two single marks", () => {
    expect(findQuotes("''Yes,'' he said.", { doubleApostrophes: false }).map((q) => q.open.mark)).toEqual(["'"]);
  });

  test('minLength drops shorter quotations', () => {
    expect(words(findQuotes('He said "no" and "absolutely not".', { minLength: 3 }))).toEqual(['absolutely not']);
  });
});

describe('findQuotes misuse', () => {
  test.each<[string, () => unknown, typeof TypeError | typeof RangeError, RegExp]>([
    ['text is a number', () => findQuotes(42 as unknown as string), TypeError, /`text` must be a string/],
    ['text is undefined', () => findQuotes(undefined as unknown as string), TypeError, /`text` must be a string/],
    ['options is a string', () => findQuotes('', 'x' as unknown as FindQuotesOptions), TypeError, /`options` must be an object/],
    ['unknown option', () => findQuotes('', { marks: 'all' } as unknown as FindQuotesOptions), TypeError, /unknown option `marks`/],
    ['singleQuotes not boolean', () => findQuotes('', { singleQuotes: 'yes' as unknown as boolean }), TypeError, /singleQuotes/],
    ['doubleApostrophes not boolean', () => findQuotes('', { doubleApostrophes: 1 as unknown as boolean }), TypeError, /doubleApostrophes/],
    ['minLength not a number', () => findQuotes('', { minLength: '2' as unknown as number }), TypeError, /minLength/],
    ['minLength negative', () => findQuotes('', { minLength: -1 }), RangeError, /minLength` must be a non-negative integer, got -1/],
    ['minLength fractional', () => findQuotes('', { minLength: 1.5 }), RangeError, /minLength/],
    ['minLength NaN', () => findQuotes('', { minLength: Number.NaN }), RangeError, /minLength/],
  ])('%s throws', (_name, call, ErrorClass, message) => {
    expect(call).toThrow(ErrorClass);
    expect(call).toThrow(message);
  });
});

const seedText = join(SEED, 'kerry-putin-syria.txt');
const describeSeed = existsSync(seedText) ? describe : describe.skip;

describeSeed('seed article (../shared/fixtures/seed)', () => {
  test('yields exactly the 13 gold quotation spans', () => {
    const text = readFileSync(seedText, 'utf8');
    const gold = JSON.parse(readFileSync(join(SEED, 'kerry-putin-syria.gold.json'), 'utf8')) as {
      quotes: { start: number; end: number; text: string }[];
    };
    expect(gold.quotes).toHaveLength(13);
    const quotes = findQuotes(text);
    expect(quotes.map((q) => [q.start, q.end, q.text])).toEqual(gold.quotes.map((g) => [g.start, g.end, g.text]));
  });
});
