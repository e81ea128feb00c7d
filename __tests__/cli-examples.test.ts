/**
 * Runs every example script (and `npm run example`) the way a reader would, and checks what
 * they print.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { checkArticle } from '../src/report/check-article.js';

const root = new URL('..', import.meta.url).pathname;
const read = (name: string) => readFileSync(new URL(`../examples/data/${name}`, import.meta.url), 'utf8');

function runExample(name: string): string[] {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `examples/${name}`], { cwd: root, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout.trimEnd().split('\n');
}

/** The first fenced block of `lang` after `marker` in the README. */
function readmeBlock(marker: string, lang: string): string {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme.slice(readme.indexOf(marker)));
  if (!match) throw new Error(`README: no ${lang} block after ${marker}`);
  return match[1]!;
}

describe('the README shows real output (when this fails, paste the real output into it)', () => {
  test('Command line: npm run example', () => {
    const block = readmeBlock('## Command line', 'sh').split('\n');
    const command = block.findIndex((line) => line.startsWith('$ npm run --silent example'));
    expect(command).toBeGreaterThanOrEqual(0);
    const result = spawnSync('npm', ['run', '--silent', 'example'], { cwd: root, encoding: 'utf8' });
    expect(block.slice(command + 1).join('\n')).toBe(result.stdout);
  });

  test('unified plugin: examples/04-unified-html.ts', () => {
    expect(readmeBlock('Yields (`npx tsx examples/04-unified-html.ts`):', 'txt')).toBe(`${runExample('04-unified-html.ts').slice(1).join('\n')}\n`);
  });
});

describe('examples', () => {
  test('01-attribute: who said what', () => {
    const lines = runExample('01-attribute.ts');
    expect(lines).toHaveLength(checkArticle(read('article.txt')).quotes.length);
    expect(lines[0]).toBe('Daniel Reyes (“Mayor Daniel Reyes”): “This budget keeps every branch library open and puts twelve more officers on the street,” [full, cue “said”]');
    expect(lines).toContain('Priya Natarajan (“she”): “We are balancing this budget on the backs of the people who can least afford it,” [full, cue “said”]');
    expect(lines).toContain('Tom Adler (“Tom Adler”): “The council will take up parking fees again in the spring,” [full, cue “said”]');
  });

  test('02-verify: verdicts and the misattribution', () => {
    const lines = runExample('02-verify.ts');
    expect(lines).toContain('elided     Priya Natarajan: “Cutting Sunday hours ... sends a message to every kid in this city that their future can wait,”');
    expect(lines).toContain('altered    Daniel Reyes: “We found the money without raising a single fee,”');
    expect(lines).toContain('not-found  Tom Adler: “The council will take up parking fees again in the spring,”');
    expect(lines.find((line) => line.includes('We owe residents'))).toMatch(/— but the transcript gives it to NATARAJAN$/);
  });

  test('03-batch: one line per article', () => {
    const lines = runExample('03-batch.ts');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('harbor-ferry: 2 quotations by Lena Okafor, Marco Diaz');
    expect(lines[1]).toMatch(/^school-board: 2 quotations by .*Jamal Greene/);
    expect(lines[2]).toMatch(/^stadium-vote: 2 quotations by .*Victor Lund/);
    expect(lines[3]).toBe('no-quotes: 0 quotations');
  });

  test('04-unified-html: messages at their place in the page', () => {
    const lines = runExample('04-unified-html.ts');
    expect(lines[0]).toBe(`${checkArticle(read('article.html'), { format: 'html' }).quotes.length} quotations checked`);
    expect(lines[1]).toBe('examples/data/article.html');
    expect(lines.filter((line) => / warning /.test(line)).map((line) => /(\S+-quote|quote-\S+)\s+quotecheck$/.exec(line)?.[1])).toEqual([
      'altered-quote',
      'misattributed-quote',
      'quote-not-found',
    ]);
    expect(lines.at(-1)).toBe('⚠ 3 warnings');
  });

  test('npm run example: the command line on the bundled article, with verdicts', () => {
    const result = spawnSync('npm', ['run', '--silent', 'example'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^examples\/data\/article\.txt: \d+ quotes, \d+ speakers$/m);
    expect(result.stdout).toMatch(/Daniel Reyes +“We found the money without raising a single fee,” +altered/);
    expect(result.stdout).toMatch(/Tom Adler +“The council will take up parking fees.*” +not-found/);
  });
});
