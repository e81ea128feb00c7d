/**
 * The package as users get it: `npm pack`, install the tarball into an empty folder (deps come
 * from the registry), then run every command form of the installed `quotecheck` on text, HTML
 * and Markdown input, and import the library by its name.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const tmp = mkdtempSync(join(tmpdir(), 'quotecheck-pack-'));
const app = join(tmp, 'app');
const bin = join(app, 'node_modules', '.bin', 'quotecheck');

function quotecheck(args: readonly string[], input?: string) {
  const result = spawnSync(bin, args, { cwd: app, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  execFileSync('npm', ['pack', '--silent', '--pack-destination', tmp], { cwd: root, stdio: 'pipe' });
  const tarball = readdirSync(tmp).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack made no tarball');
  mkdirSync(join(app, 'data'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'pack-test', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', join(tmp, tarball)], { cwd: app, stdio: 'pipe' });
  mkdirSync(join(app, 'examples', 'data'), { recursive: true });
  for (const name of ['article.txt', 'article.html', 'article.md', 'transcript.txt', 'batch.jsonl']) {
    copyFileSync(join(root, 'examples/data', name), join(app, 'data', name));
    copyFileSync(join(root, 'examples/data', name), join(app, 'examples/data', name));
  }
}, 600_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The first fenced block of `lang` after `heading` in the README. */
function readmeBlock(heading: string, lang: string): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf(`\n${heading}\n`));
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(section);
  if (!match) throw new Error(`README: no ${lang} block after ${heading}`);
  return match[1]!;
}

describe('the README', () => {
  test('“Use”: the code runs against the installed package and prints what the README shows', () => {
    writeFileSync(join(app, 'readme-use.ts'), readmeBlock('## Use', 'ts'));
    const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
    const printed = execFileSync(process.execPath, ['--import', tsx, 'readme-use.ts'], { cwd: app, encoding: 'utf8' });
    // When this fails, the README is out of date: paste the real output into it.
    expect(printed).toBe(readmeBlock('Yields (a real run):', 'txt'));
  });
});

describe('the installed package', () => {
  test('ships the build, the readme and the changelog, not the sources or tests', () => {
    const files = readdirSync(join(app, 'node_modules', 'quotecheck'));
    expect(files).toEqual(expect.arrayContaining(['dist', 'README.md', 'CHANGELOG.md', 'package.json']));
    expect(files).not.toEqual(expect.arrayContaining(['src']));
    expect(files).not.toEqual(expect.arrayContaining(['__tests__']));
    expect(readFileSync(join(app, 'node_modules', 'quotecheck', 'dist', 'cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  test('--version and --help', () => {
    expect(quotecheck(['--version'])).toEqual({ status: 0, stdout: `${manifest.version}\n`, stderr: '' });
    expect(quotecheck(['--help']).stdout).toContain('quotecheck verify');
  });

  test.each(['article.txt', 'article.html', 'article.md'])('quotes %s', (name) => {
    const { status, stdout, stderr } = quotecheck(['quotes', `data/${name}`]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/Daniel Reyes +“This budget keeps every branch library open/);
    expect(stdout).toMatch(/Priya Natarajan +“We are balancing this budget/);
  });

  test.each(['article.txt', 'article.html', 'article.md'])('verify %s --ref --json', (name) => {
    const { status, stdout } = quotecheck(['verify', `data/${name}`, '--ref', 'data/transcript.txt', '--json']);
    expect(status).toBe(0);
    const document = JSON.parse(stdout) as { verified: boolean; quotes: { text: string; verification: { verdict: string } }[] };
    expect(document.verified).toBe(true);
    const verdictOf = (words: string) => document.quotes.find((quote) => quote.text.includes(words))?.verification.verdict;
    expect(verdictOf('We found the money')).toBe('altered');
    expect(verdictOf('parking fees')).toBe('not-found');
  });

  test('verify --html writes the report', () => {
    const { status } = quotecheck(['verify', 'data/article.md', '--ref', 'data/transcript.txt', '--html', 'report.html']);
    expect(status).toBe(0);
    const page = readFileSync(join(app, 'report.html'), 'utf8');
    expect(page).toContain('Content-Security-Policy');
    expect(page).toContain('class="badge b-altered"');
  });

  test('--jsonl from a file and from standard input', () => {
    const fromFile = quotecheck(['verify', '--jsonl', 'data/batch.jsonl', '--ref', 'data/transcript.txt']);
    expect(fromFile.status).toBe(0);
    expect(fromFile.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).id)).toEqual(['harbor-ferry', 'school-board', 'stadium-vote', 'no-quotes']);
    const fromStdin = quotecheck(['quotes', '--jsonl', '-'], `${readFileSync(join(app, 'data/batch.jsonl'), 'utf8')}not json\n`);
    expect(fromStdin.status).toBe(0);
    const lines = fromStdin.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(5);
    expect(lines[4]).toEqual({ id: null, error: 'line 5: not valid JSON' });
  });

  test('exit codes 1 and 2', () => {
    expect(quotecheck(['verify', 'data/article.txt', '--ref', 'data/transcript.txt', '--fail-on', 'altered']).status).toBe(1);
    const missing = quotecheck(['quotes', 'data/missing.txt']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('quotecheck: data/missing.txt: no such file or directory\n');
  });

  test('the library imports by its name (ESM and require), with its types', () => {
    const script = `import { attributeQuotes, retextQuotecheck, renderHtml } from 'quotecheck';
const quotes = attributeQuotes('"We will win," said Ana Ruiz.');
console.log(JSON.stringify([quotes[0].speaker.name, typeof retextQuotecheck, typeof renderHtml]));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual(['Ana Ruiz', 'function', 'function']);
    const required = execFileSync(process.execPath, ['--input-type=commonjs', '-e', "console.log(typeof require('quotecheck').checkArticle)"], { cwd: app, encoding: 'utf8' });
    expect(required.trim()).toBe('function');
    const types = readFileSync(join(app, 'node_modules', 'quotecheck', 'dist', 'index.d.ts'), 'utf8');
    expect(types).toContain('retextQuotecheck');
  });
});
