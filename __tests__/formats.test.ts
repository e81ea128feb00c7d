import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { articleText, formatFromPath, type ArticleFormat } from '../src/formats/article-text.js';

const fixtures = new URL('fixtures/formats/', import.meta.url);
const cases = readdirSync(fixtures).map((phenomenon) => {
  const folder = new URL(`${phenomenon}/`, fixtures);
  const input = readdirSync(folder).find((name) => name.startsWith('input.'))!;
  const format: ArticleFormat = input.endsWith('.md') ? 'markdown' : 'html';
  return { phenomenon, folder, source: readFileSync(new URL(input, folder), 'utf8'), format };
});

/**
 * Checks that every non-space character of the text maps to source markup that produces it:
 * the same character, a character reference, or a Markdown escape.
 */
function expectMapsBack(source: string, format: ArticleFormat): void {
  const { text, toSource } = articleText(source, format);
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (/\s/.test(char) || /[\uDC00-\uDFFF]/.test(char)) continue;
    const width = /[\uD800-\uDBFF]/.test(char) ? 2 : 1;
    const start = toSource(i);
    const end = toSource(i + width, 'end');
    const markup = source.slice(start.offset, end.offset);
    const ok = markup === text.slice(i, i + width) || (markup.startsWith('&') && markup.length > 1) || markup === `\\${char}`;
    if (!ok) throw new Error(`text[${i}] = ${JSON.stringify(char)} maps to ${JSON.stringify(markup)}`);
    const lines = source.slice(0, start.offset).split(/\r\n|\r|\n/);
    expect([start.line, start.column]).toEqual([lines.length, lines.at(-1)!.length + 1]);
  }
}

describe('articleText: golden fixtures', () => {
  test.each(cases)('$phenomenon', ({ folder, source, format }) => {
    const { text } = articleText(source, format);
    const expectedFile = new URL('expected.txt', folder);
    if (process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, `${text}\n`);
    expect(text).toBe(readFileSync(expectedFile, 'utf8').replace(/\n$/, ''));
  });

  test.each(cases)('$phenomenon: every character maps back to its source', ({ source, format }) => {
    expectMapsBack(source, format);
  });
});

describe('articleText: the bundled article', () => {
  const read = (name: string) => readFileSync(new URL(`../examples/data/${name}`, import.meta.url), 'utf8');
  const plain = read('article.txt').trim();

  test.each([
    ['article.md', 'markdown'],
    ['article.html', 'html'],
  ] as const)('%s reads as the same text as article.txt (up to typographic marks)', (name, format) => {
    const { text } = articleText(read(name), format);
    const typographic = (s: string) => s.replace(/[“”]/g, '"').replace(/’/g, "'").replace(/…/g, '...');
    expect(typographic(text)).toBe(plain);
    expectMapsBack(read(name), format);
  });

  test('a quote in the HTML maps to the span of its markup, entities included', () => {
    const source = read('article.html');
    const { text, toSource } = articleText(source, 'html');
    const words = '“We found the money without raising a single fee,”';
    const at = text.indexOf(words);
    const start = toSource(at);
    const end = toSource(at + words.length, 'end');
    expect(source.slice(start.offset, end.offset)).toBe('&ldquo;We found the money without raising a single fee,&rdquo;');
    expect(start.line).toBe(source.slice(0, start.offset).split('\n').length);
  });
});

describe('articleText: plain text', () => {
  test('is the source itself, offsets map to themselves', () => {
    const source = 'Line one.\r\n"Two," she said.\rThree\n';
    const { text, toSource } = articleText(source);
    expect(text).toBe(source);
    expect(toSource(13)).toEqual({ offset: 13, line: 2, column: 3 });
    expect(toSource(source.indexOf('Three'))).toEqual({ offset: source.indexOf('Three'), line: 3, column: 1 });
    expect(toSource(source.length)).toEqual({ offset: source.length, line: 4, column: 1 });
  });
});

describe('formatFromPath', () => {
  test.each([
    ['story.html', 'html'],
    ['STORY.HTM', 'html'],
    ['page.xhtml', 'html'],
    ['notes/story.md', 'markdown'],
    ['story.markdown', 'markdown'],
    ['story.txt', 'text'],
    ['story', 'text'],
    ['-', 'text'],
    ['archive.html.txt', 'text'],
  ])('%s → %s', (path, format) => {
    expect(formatFromPath(path)).toBe(format);
  });
});

describe('articleText: any input', () => {
  test.each([
    ['empty', ''],
    ['only markup', '<div><span></span></div>'],
    ['unclosed tags', '<p>"Unclosed, <b>she said'],
    ['lone surrogates', 'a\uD800b "\uDC00," he said'],
    ['binary', '\u0000\u0001\uFFFE<p>\u0000</p>'],
  ])('%s', (_name, source) => {
    for (const format of ['text', 'html', 'markdown'] as const) {
      const { text, toSource } = articleText(source, format);
      expect(typeof text).toBe('string');
      for (const offset of [0, text.length, text.length + 5, -3]) {
        const point = toSource(offset);
        expect(point.offset).toBeGreaterThanOrEqual(0);
        expect(point.offset).toBeLessThanOrEqual(source.length);
      }
    }
  });

  test('HTML and Markdown of any string map every offset into the source', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '<p>', '</p>', '&amp;', '&#128079;', '"', '> ', '*', '\\', '<br>', '`', 'é') , maxLength: 60 }), (source) => {
        for (const format of ['html', 'markdown'] as const) {
          const { text, toSource } = articleText(source, format);
          for (let i = 0; i <= text.length; i++) {
            const start = toSource(i).offset;
            const end = toSource(i, 'end').offset;
            if (start < 0 || start > source.length || end < 0 || end > source.length) return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  test('misuse throws, naming the argument', () => {
    expect(() => articleText(null as unknown as string)).toThrow(TypeError);
    expect(() => articleText(null as unknown as string)).toThrow(/articleText: `source` must be a string/);
    expect(() => articleText('x', 'pdf' as ArticleFormat)).toThrow(RangeError);
    expect(() => articleText('x', 'pdf' as ArticleFormat)).toThrow(/`format` must be one of/);
  });
});
