import { readFileSync } from 'node:fs';
import { articleText } from '../src/formats/article-text.js';
import { checkArticle, type CheckedQuote } from '../src/report/check-article.js';
import { renderHtml } from '../src/report/html.js';
import { jsonlError, jsonlRecord, jsonReport } from '../src/report/json.js';
import { quoteProblemsOf, shorten } from '../src/report/summary.js';
import { renderText } from '../src/report/text.js';
import { ReferenceIndex } from '../src/verify/reference-index.js';
import { checkOf, quoteAt, type QuoteSpec } from './fixtures/report/records.js';

const read = (name: string): string => readFileSync(new URL(`../examples/data/${name}`, import.meta.url), 'utf8');
const article = read('article.txt');

const specs: QuoteSpec[] = [
  {
    words: 'This budget keeps every branch library open and puts twelve more officers on the street,',
    speaker: 'Daniel Reyes',
    mention: 'Mayor Daniel Reyes',
    cue: 'said',
    verdict: 'verbatim',
    passage: 'This budget keeps every branch library open and puts twelve more officers on the street.',
    passageSpeaker: 'REYES',
    speakerCheck: 'match',
  },
  {
    words: 'We found the money without raising a single fee,',
    speaker: 'Daniel Reyes',
    mention: 'Reyes',
    cue: 'said',
    verdict: 'altered',
    passage: 'We found the money without raising a single tax.',
    passageSpeaker: 'REYES',
    speakerCheck: 'match',
    diff: [
      { op: 'equal', quote: ['We', 'found', 'the', 'money', 'without', 'raising', 'a', 'single'], reference: ['We', 'found', 'the', 'money', 'without', 'raising', 'a', 'single'] },
      { op: 'replace', quote: ['fee'], reference: ['tax'] },
    ],
  },
  {
    words: 'We owe residents a straight answer on overtime,',
    speaker: 'Daniel Reyes',
    mention: 'Reyes',
    cue: 'said',
    verdict: 'normalized',
    passage: 'And we owe residents a straight answer on overtime.',
    passageSpeaker: 'NATARAJAN',
    speakerCheck: 'mismatch',
  },
  {
    words: 'The council will take up parking fees again in the spring,',
    speaker: 'Tom Adler',
    cue: 'said',
    verdict: 'not-found',
  },
];

/** Line and column (1-based) of `offset`, counted independently of the code under test. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

describe('quoteProblemsOf', () => {
  const base = checkOf(article, specs).quotes;
  test.each([
    ['a verbatim, attributed quote', base[0], []],
    ['an altered quote', base[1], ['altered']],
    ['words the reference gives to someone else', base[2], ['misattributed']],
    ['a quote missing from the references', base[3], ['not-found']],
    ['a full quote without speaker', quoteAt(article, { words: 'That is not a luxury. That is the job.', speaker: null }, 0), ['unattributed']],
    ['a partial quote without speaker (scare quote)', quoteAt(article, { words: 'the lowest property tax rate in the county,', speaker: null, kind: 'partial' }, 0), []],
  ])('%s', (_name, quote, expected) => {
    expect(quoteProblemsOf(quote as CheckedQuote)).toEqual(expected);
  });
});

describe('renderText', () => {
  const check = checkOf(article, specs);
  const report = renderText(check, { name: 'article.txt' });
  const lines = report.trimEnd().split('\n');

  test('a heading, one line per quote, a summary', () => {
    expect(lines[0]).toBe('article.txt: 4 quotes, 2 speakers');
    expect(lines).toHaveLength(1 + specs.length + 1);
    expect(lines.at(-1)).toBe('  1 verbatim, 1 altered, 1 normalized, 1 misattributed, 1 not-found');
  });

  test.each(specs.map((spec, i) => [i, spec] as const))('quote %i: place, speaker, words and verdict', (i, spec) => {
    const line = lines[i + 1] ?? '';
    const quote = check.quotes[i]!;
    expect(line.trimStart().startsWith(lineColumn(article, quote.start))).toBe(true);
    expect(line).toContain(spec.speaker!);
    expect(line).toContain(spec.verdict!);
    expect(line).toContain(`“${shorten(spec.words, 60)}”`);
  });

  test('names the speaker the reference gives misattributed words to', () => {
    expect(lines[3]).toContain('said by NATARAJAN');
  });

  test('colours only when asked', () => {
    expect(report).not.toContain('\u001b[');
    const coloured = renderText(check, { name: 'article.txt', color: true });
    expect(coloured).toContain('\u001b[32mverbatim\u001b[0m');
    expect(coloured).toContain('\u001b[31mnot-found\u001b[0m');
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(report);
  });

  test('shortens long quotes at a word boundary', () => {
    const narrow = renderText(check, { quoteWidth: 20 }).split('\n')[1] ?? '';
    const words = /“([^”]*)”/.exec(narrow)?.[1] ?? '';
    expect(words.length).toBeLessThanOrEqual(20);
    expect(words.endsWith('…')).toBe(true);
    expect(specs[0]!.words.startsWith(words.slice(0, -1))).toBe(true);
  });

  test('an article without quotations says so', () => {
    expect(renderText({ format: 'text', text: 'No quotes here.', quotes: [], verified: false })).toBe('article: 0 quotes, 0 speakers\n  no quotations found\n');
  });
});

describe('JSON reports', () => {
  const check = checkOf(article, specs);

  test('jsonReport holds the quotes exactly', () => {
    const document = JSON.parse(JSON.stringify(jsonReport(check, 'article.txt')));
    expect(document).toEqual({ article: 'article.txt', format: 'text', verified: true, quotes: JSON.parse(JSON.stringify(check.quotes)) });
  });

  test('jsonlRecord is one line with the id and the quotes', () => {
    const line = jsonlRecord('riverton-1', check);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({ id: 'riverton-1', quotes: JSON.parse(JSON.stringify(check.quotes)) });
  });

  test.each([
    [undefined, null],
    [null, null],
    ['a-7', 'a-7'],
    [42, 42],
  ])('jsonlError(%p) keeps the id %p', (id, expected) => {
    expect(JSON.parse(jsonlError(id, 'line 3: not valid JSON'))).toEqual({ id: expected, error: 'line 3: not valid JSON' });
  });
});

describe('renderHtml', () => {
  const check = checkOf(article, specs);
  const nonce = 'dGVzdG5vbmNlMTIzNDU2Nw==';
  const page = renderHtml(check, { name: 'article.txt', nonce });

  test('is deterministic for a given nonce and random otherwise', () => {
    expect(renderHtml(check, { name: 'article.txt', nonce })).toBe(page);
    expect(renderHtml(check)).not.toBe(renderHtml(check));
  });

  test('allows only its own style and script, and loads nothing', () => {
    expect(page).toContain(`content="default-src &#39;none&#39;; style-src &#39;nonce-${nonce}&#39;; script-src &#39;nonce-${nonce}&#39;;`);
    expect(page.match(/<script\b/g)).toHaveLength(1);
    expect(page).toContain(`<script nonce="${nonce}">`);
    expect(page).toContain(`<style nonce="${nonce}">`);
    expect(page).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(page).not.toMatch(/\sstyle="/);
  });

  test('highlights every quote, with a card each', () => {
    check.quotes.forEach((quote, i) => {
      const mark = new RegExp(`<mark class="([^"]*)" id="q${i}" data-q="${i}"[^>]*>([^<]*)`).exec(page);
      expect(mark).not.toBeNull();
      const shown = mark![2]!.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
      expect(shown).toBe(`${quote.open.mark}${quote.text}${quote.close!.mark}`);
      expect(page).toContain(`id="card-${i}"`);
    });
  });

  test('one colour per speaker', () => {
    const classOf = (i: number) => new RegExp(`<mark class="q (s\\d|sx)[^"]*" id="q${i}"`).exec(page)?.[1];
    expect(classOf(0)).toBe(classOf(1));
    expect(classOf(1)).toBe(classOf(2));
    expect(classOf(3)).not.toBe(classOf(0));
  });

  test('underlines the cue, badges the verdicts, shows passage and diff', () => {
    expect(page.match(/<span class="cue">said<\/span>/g)).toHaveLength(4);
    for (const verdict of ['verbatim', 'altered', 'normalized', 'not-found', 'misattributed']) {
      expect(page).toContain(`<span class="badge b-${verdict}">${verdict}</span>`);
    }
    expect(page).toContain('<del>tax</del> <ins>fee</ins>');
    expect(page).toContain('<blockquote class="passage">And we owe residents a straight answer on overtime.</blockquote>');
  });

  test('the article text reads back unchanged', () => {
    const shown = articleText(page, 'html').text;
    expect(shown).toBe(article.replace(/\s+/g, ' ').trim());
  });

  const hostile = [
    'Breaking: <script>window.pwned = 1; alert(1)</script> council news.',
    '',
    '"<img src=x onerror="window.pwned=2">, </style><script>alert(2)</script>," said <b onclick="alert(3)">Evil</b> Person.',
    '',
    'See <a href="javascript:alert(4)">the docs</a> & more \'quoted\' text.',
  ].join('\n');
  const evil = checkOf(hostile, [
    {
      words: '<img src=x onerror="window.pwned=2">, </style><script>alert(2)</script>,',
      speaker: '<b onclick="alert(3)">Evil</b> Person',
      cue: 'said',
      verdict: 'altered',
      passage: '</textarea><script>alert(5)</script>',
      passageSpeaker: '<i>X</i>',
      diff: [{ op: 'replace', quote: ['<img', 'src=x>'], reference: ['</del><script>'] }],
    },
  ]);
  const evilPage = renderHtml(evil, { name: '<script>alert(6)</script>.html', nonce });

  test('escapes everything from the article and the references', () => {
    expect(evilPage.match(/<script\b/g)).toHaveLength(1);
    expect(evilPage.match(/<\/style>/g)).toHaveLength(1);
    expect(evilPage).not.toMatch(/<img|<b |<a (?!class="who s0" href="#q0">)|<i>|onerror="|onclick="|href="javascript/);
    expect(evilPage).toContain('&#60;script&#62;window.pwned = 1; alert(1)&#60;/script&#62;');
    expect(articleText(evilPage, 'html').text).toBe(hostile.replace(/\s+/g, ' ').trim());
  });

  test('rejects a nonce that could break out of its attribute', () => {
    expect(() => renderHtml(check, { nonce: '"><script>' })).toThrow(RangeError);
  });
});

describe('checkArticle (the whole pipeline on the bundled article)', () => {
  const index = new ReferenceIndex([{ id: 'council-meeting', text: read('transcript.txt') }]);
  const check = checkArticle(article, { index });
  const find = (words: string) => check.quotes.find((quote) => quote.text.includes(words));

  test.each([
    ['This budget keeps every branch library open', 'Daniel Reyes'],
    ['We are balancing this budget on the backs', 'Priya Natarajan'],
    ['Nobody in this city should wait forty minutes', 'Daniel Reyes'],
    ['That is not a luxury', 'Daniel Reyes'],
    ['Cutting Sunday hours', 'Priya Natarajan'],
    ['We found the money', 'Daniel Reyes'],
    ['The council will take up parking fees', 'Tom Adler'],
  ])('“%s…” is attributed to %s', (words, speaker) => {
    expect(find(words)?.speaker?.name).toBe(speaker);
  });

  test.each([
    ['This budget keeps every branch library open', ['verbatim', 'normalized']],
    ['Cutting Sunday hours', ['elided']],
    ['We found the money', ['altered']],
    ['The council will take up parking fees', ['not-found']],
  ])('“%s…” is verified as %p', (words, verdicts) => {
    expect(verdicts).toContain(find(words)?.verification?.verdict);
  });

  test('words the transcript gives to the other speaker are flagged', () => {
    expect(find('We owe residents a straight answer')?.verification?.speakerCheck).toBe('mismatch');
  });

  test('without an index nothing is verified', () => {
    const plain = checkArticle(article);
    expect(plain.verified).toBe(false);
    expect(plain.quotes.every((quote) => quote.verification === undefined && quote.position === undefined)).toBe(true);
  });

  test.each([
    ['article.md', 'markdown'],
    ['article.html', 'html'],
  ] as const)('%s gives the same quotes, each mapped back to its source', (name, format) => {
    const source = read(name);
    const other = checkArticle(source, { format });
    const plainWords = (text: string) => text.replace(/[“”"]/g, '"').replace(/\.\.\.|…/g, '…');
    expect(other.quotes.map((quote) => plainWords(quote.text))).toEqual(checkArticle(article).quotes.map((quote) => plainWords(quote.text)));
    expect(other.quotes.length).toBeGreaterThan(0);
    for (const quote of other.quotes) {
      const { start, end } = quote.position!;
      const markup = source.slice(start.offset, end.offset);
      expect(format === 'html' ? articleText(markup, 'html').text : markup).toBe(quote.text);
      expect(source.split('\n')[start.line - 1]!.slice(start.column - 1).startsWith(markup.split('\n')[0]!)).toBe(true);
    }
  });

  test('misuse throws a TypeError naming the argument', () => {
    expect(() => checkArticle(42 as unknown as string)).toThrow(/checkArticle: `source` must be a string/);
    expect(() => checkArticle('text', { colour: true } as never)).toThrow(/unknown option `colour`/);
  });
});
