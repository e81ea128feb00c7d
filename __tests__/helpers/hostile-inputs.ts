/**
 * Hostile and broken inputs, built deterministically at any size. The property tests
 * (`__tests__/hostile.test.ts`) run every public text function over them, and the scaling
 * benchmark (`scripts/bench/scaling.ts`) times them from 1× to 16× to catch quadratic paths.
 *
 * Each builder repeats a short unit until the text reaches `size` UTF-16 code units, never
 * ending inside a surrogate pair (unless the unit itself holds lone surrogates on purpose).
 */

/** One family of hostile input. */
export interface HostileInput {
  /** Short, stable name (used in test titles and benchmark lines). */
  readonly name: string;
  /** What makes it hostile. */
  readonly why: string;
  /** Builds a text of about `size` UTF-16 code units. */
  readonly build: (size: number) => string;
}

/** A few paragraphs of ordinary news prose with quotes, cues, pronouns and a run-on quote. */
export const NEWS_PROSE = [
  'WASHINGTON — The mayor of Riverton defended the city budget on Tuesday, telling reporters that the cuts were “painful but necessary.”',
  '“We have asked every department to find savings,” Mayor Elena Ortiz said at a news conference. “Nobody enjoys this, but the alternative is worse.”',
  'Council member David Chen, who voted against the plan, called it “a budget written for the next election.” He said the library closures would hit poorer neighborhoods hardest.',
  '"I don\'t think the mayor understands what these branches mean to families," Chen told the Riverton Gazette. "For a lot of kids it\'s the only quiet place they have.',
  '"And once a branch closes, it doesn\'t come back," he added.',
  'According to a spokeswoman for the mayor, the city will revisit the closures in the spring. A senior budget official, speaking on condition of anonymity, said: "The numbers are the numbers."',
  "The union's president, Maria O'Neill, said the workers' concerns had been ignored for months. 'We were told to wait,' she said. 'We're done waiting.'",
].join('\n\n');

/** Repeats `unit` until the text has at least `size` code units, then cuts at `size` (not inside a pair). */
export function repeatTo(unit: string, size: number): string {
  if (size <= 0 || unit.length === 0) return '';
  const text = unit.repeat(Math.ceil(size / unit.length));
  let end = Math.min(size, text.length);
  const before = text.charCodeAt(end - 1);
  if (end < text.length && before >= 0xd800 && before <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

const QUOTE_MARKS = '"“”„«»‹›\'‘’‚「」『』‟〝〞＂';

/** Builds deeply nested quotes: `depth` openers of alternating level, then the closers. */
function nested(size: number): string {
  const pairs = [
    ['“', '”'],
    ['‘', '’'],
    ['"', '"'],
    ["'", "'"],
    ['«', '»'],
    ['‹', '›'],
  ] as const;
  const depth = Math.max(1, Math.floor(size / 4));
  const open: string[] = [];
  const close: string[] = [];
  for (let i = 0; i < depth; i++) {
    const [o, c] = pairs[i % pairs.length]!;
    open.push(o, 'a');
    close.push('b', c);
  }
  return open.join('') + close.reverse().join('');
}

/** A paragraph of many distinct speakers (name clustering that compares every pair would be quadratic). */
function manySpeakers(size: number): string {
  const first = ['Ana', 'Ben', 'Chloe', 'Dev', 'Emma', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas'];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const name = `${first[i % first.length]!} Surname${i.toString(36)}`;
    const sentence = `“We agree on item ${i},” said ${name}, a delegate. ${i % 3 === 0 ? 'She' : 'He'} added, “Nothing more.”\n\n`;
    parts.push(sentence);
    length += sentence.length;
  }
  return parts.join('').slice(0, size);
}

/** Every hostile family the tests and the scaling benchmark run. */
export const HOSTILE_INPUTS: readonly HostileInput[] = [
  { name: 'news-prose', why: 'baseline: ordinary prose with quotes and cues', build: (n) => repeatTo(NEWS_PROSE + '\n\n', n) },
  { name: 'only-quote-marks', why: 'every kind of quote mark and nothing else', build: (n) => repeatTo(QUOTE_MARKS, n) },
  { name: 'apostrophes', why: "one long run of apostrophes (100,000 ' in the tests)", build: (n) => repeatTo("'", n) },
  { name: 'unclosed-openers', why: 'opening marks that never close', build: (n) => repeatTo('“Word ‘word «word ', n) },
  { name: 'nested-quotes', why: 'quotes nested thousands deep', build: nested },
  {
    name: 'one-paragraph',
    why: 'prose without a single line break',
    build: (n) => repeatTo(NEWS_PROSE.replace(/\n+/g, ' ') + ' ', n),
  },
  { name: 'said-repeated', why: '`said` repeated: cues without quotes', build: (n) => repeatTo('said ', n) },
  { name: 'cue-chain', why: '`"x," he said, ` repeated: a cue between every pair of quotes', build: (n) => repeatTo('"x," he said, ', n) },
  {
    name: 'crlf-nul',
    why: 'Windows line ends and NUL bytes',
    build: (n) => repeatTo(NEWS_PROSE.replace(/\n/g, '\r\n').replace(/ the /g, ' the\0') + '\r\n\r\n', n),
  },
  {
    name: 'html-junk',
    why: 'markup, entities and scripts full of marks',
    build: (n) =>
      repeatTo('<p class="q">“Hi,” <b>she</b> said</p><script>var s = "\'" + \'"\';</script>&quot;&#8220;&lt;<!-- " -->\n', n),
  },
  {
    name: 'unicode-mix',
    why: 'emoji, skin tones, RTL text, bidi controls, combining marks and lone surrogates',
    build: (n) => repeatTo('“שלום,” אמר 👍🏽 «مرحبا» قال‮ he said ́e\uD800 x\uDC00 “👨‍👩‍👧” ', n),
  },
  { name: 'whitespace', why: 'spaces, tabs and line breaks only', build: (n) => repeatTo(' \t \u00a0 \n', n) },
  { name: 'blank-paragraphs', why: 'thousands of empty paragraphs', build: (n) => repeatTo('\n\n\n', n) },
  {
    name: 'long-quote',
    why: 'one quotation as long as the text',
    build: (n) => `“${repeatTo('we will not back down and ', Math.max(0, n - 20))}” she said.`,
  },
  { name: 'many-speakers', why: 'a new named speaker for every quote', build: manySpeakers },
  {
    name: 'shared-surname',
    why: 'three persons sharing a surname, named again and again: every bare surname is resolved among all of them',
    build: (n) => repeatTo('Senator Ada Brooks met Tom Brooks and Ann Brooks. "We are ready," Brooks said. ', n),
  },
];

/** Finds a hostile family by name (throws on a typo, so tests cannot silently skip one). */
export function hostile(name: string): HostileInput {
  const found = HOSTILE_INPUTS.find((input) => input.name === name);
  if (!found) throw new Error(`no hostile input named ${name}`);
  return found;
}
