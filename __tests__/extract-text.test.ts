import { paragraphBreakEnd, paragraphs } from '../src/text/paragraphs.js';
import {
  isDash,
  isHorizontalSpace,
  isLineBreak,
  isSentenceEnd,
  isSpace,
  isUpperCase,
  isWordCharacter,
} from '../src/text/characters.js';

/** The helpers in src/text/ that findQuotes (and attribution) build on. */

describe('paragraphs', () => {
  test.each<[string, string, string[]]>([
    ['blank line', 'One.\n\nTwo.', ['One.', 'Two.']],
    ['blank line with spaces and tabs', 'One.\n \t\nTwo.', ['One.', 'Two.']],
    ['hard wrap is one paragraph', 'One\ntwo.', ['One\ntwo.']],
    ['CRLF', 'One.\r\n\r\nTwo.\r\n', ['One.', 'Two.']],
    ['paragraph separator', 'One.\u2029Two.', ['One.', 'Two.']],
    ['leading and trailing blank lines', '\n\n  One.  \n\n\n', ['One.']],
    ['empty', '', []],
  ])('%s', (_name, input, expected) => {
    const spans = paragraphs(input);
    expect(spans.map((p) => p.text)).toEqual(expected);
    for (const p of spans) expect(input.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('paragraphBreakEnd', () => {
  test.each<[string, string, number]>([
    ['single line break is not a paragraph break', 'a\nb', -1],
    ['blank line', 'a\n\nb', 3],
    ['blank line holding spaces and tabs', 'a\n \t\nb', 5],
    ['several blank lines', 'a\n\n\n\nb', 5],
    ['CRLF blank line', 'a\r\n\r\nb', 5],
    ['paragraph separator', 'a\u2029b', 2],
    ['no-break space line is blank', 'a\n\u00a0\nb', 4],
  ])('%s', (_name, text, expected) => {
    expect(paragraphBreakEnd(text, 1)).toBe(expected);
  });
});

describe('character classes', () => {
  const codes = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

  test.each<[string, (code: number) => boolean, string, string]>([
    ['isLineBreak', isLineBreak, '\n\r\u2028\u2029', ' \ta\u0085'],
    ['isHorizontalSpace', isHorizontalSpace, ' \t\u00a0\u2009\u200b\u202f\u3000\ufeff\u200e\u202a', 'a\n.\u00ad'],
    ['isSpace', isSpace, ' \n\r\t\u00a0\u2029', 'a.-'],
    ['isWordCharacter', isWordCharacter, 'aZ09éßЖж漢\ud835', ' .,"“”\'’—…\u00a0\u200b'],
    ['isUpperCase', isUpperCase, 'AZÉЖ', 'az9é.漢'],
    ['isSentenceEnd', isSentenceEnd, '.!?…。', ',;:a'],
    ['isDash', isDash, '-–—', 'a_.'],
  ])('%s', (_name, predicate, yes, no) => {
    for (const code of codes(yes)) expect([code, predicate(code)]).toEqual([code, true]);
    for (const code of codes(no)) expect([code, predicate(code)]).toEqual([code, false]);
  });
});
