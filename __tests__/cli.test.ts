import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createProgress } from '../src/cli/progress.js';
import { run } from '../src/cli/run.js';
import { checkArticle } from '../src/report/check-article.js';
import { ReferenceIndex } from '../src/verify/reference-index.js';

const root = new URL('..', import.meta.url).pathname;
const data = (name: string) => join(root, 'examples/data', name);
const read = (name: string) => readFileSync(data(name), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'quotecheck-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Result {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line from source, as a child process. */
function cli(args: readonly string[], input?: string, env: Record<string, string> = {}): Result {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const index = () => new ReferenceIndex([{ id: 'transcript.txt', title: 'transcript.txt', text: read('transcript.txt') }]);
/** What the library returns, as it comes through JSON. */
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('quotecheck --help / --version', () => {
  test('--help shows an example of each form', () => {
    const { status, stdout, stderr } = cli(['--help']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    for (const form of ['quotecheck quotes article.txt', 'quotecheck verify article.txt --ref', '--json', '--jsonl articles.jsonl', '--html report.html', 'quotecheck quotes -', '--fail-on']) {
      expect(stdout).toContain(form);
    }
  });

  test('--version prints the package version', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(cli(['--version'])).toEqual({ status: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });
});

describe('quotecheck quotes / verify', () => {
  test('quotes: who said what, no colour when not on a terminal', () => {
    const { status, stdout, stderr } = cli(['quotes', data('article.txt')]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).not.toContain('\u001b[');
    const expected = checkArticle(read('article.txt'));
    const speakers = new Set(expected.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.name] : [])));
    expect(stdout.split('\n')[0]).toBe(`${data('article.txt')}: ${expected.quotes.length} quotes, ${speakers.size} speakers`);
    expect(stdout.trimEnd().split('\n')).toHaveLength(expected.quotes.length + 2);
    expect(stdout).toMatch(/Daniel Reyes +“This budget keeps every branch library open/);
    expect(stdout).toMatch(/Priya Natarajan +“We are balancing this budget/);
    expect(stdout).toMatch(/Tom Adler +“The council will take up parking fees/);
  });

  test('verify: verdicts, and the speaker the transcript names instead', () => {
    const { status, stdout } = cli(['verify', data('article.txt'), '--ref', data('transcript.txt')]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/“We found the money without raising a single fee,” +altered/);
    expect(stdout).toMatch(/“The council will take up parking fees.*” +not-found/);
    expect(stdout).toMatch(/“We owe residents a straight answer on overtime,” +\w+ — said by NATARAJAN/);
  });

  test('--json: one document whose quotes are exactly what the library returns', () => {
    const { status, stdout } = cli(['verify', data('article.txt'), '--ref', data('transcript.txt'), '--json']);
    expect(status).toBe(0);
    const document = JSON.parse(stdout);
    const expected = checkArticle(read('article.txt'), { index: index() });
    expect(document).toEqual(viaJson({ article: data('article.txt'), format: 'text', verified: true, quotes: expected.quotes }));
    expect(document.quotes.length).toBeGreaterThanOrEqual(8);
  });

  test.each([
    ['article.html', 'html'],
    ['article.md', 'markdown'],
  ] as const)('%s is read as %s, each quote with its place in the source', (name, format) => {
    const { status, stdout } = cli(['quotes', data(name), '--json']);
    expect(status).toBe(0);
    const document = JSON.parse(stdout);
    expect(document.format).toBe(format);
    expect(document).toEqual(viaJson({ article: data(name), format, verified: false, quotes: checkArticle(read(name), { format }).quotes }));
    const typographic = (s: string) => s.replace(/[“”]/g, '"').replace(/…/g, '...');
    expect(document.quotes.map((q: { text: string }) => typographic(q.text))).toEqual(checkArticle(read('article.txt')).quotes.map((q) => q.text));
    for (const quote of document.quotes) expect(quote.position.start.offset).toBeLessThan(quote.position.end.offset);
  });

  test('- reads standard input; --format says how', () => {
    const { status, stdout } = cli(['quotes', '-', '--format', 'markdown', '--json'], read('article.md'));
    expect(status).toBe(0);
    expect(JSON.parse(stdout).quotes).toEqual(viaJson(checkArticle(read('article.md'), { format: 'markdown' }).quotes));
  });

  test('--html writes a standalone report', () => {
    const out = join(tmp, 'report.html');
    const { status, stdout } = cli(['verify', data('article.html'), '--ref', data('transcript.txt'), '--html', out]);
    expect(status).toBe(0);
    expect(stdout).toContain('quotes');
    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-/);
    expect(page.match(/<mark class="q /g)).toHaveLength(checkArticle(read('article.html'), { format: 'html' }).quotes.length);
  });

  test('--ref takes a folder of references and JSON Lines collections', () => {
    const folder = join(tmp, 'refs');
    spawnSync('mkdir', ['-p', join(folder, 'nested')]);
    writeFileSync(join(folder, 'nested', 'meeting.txt'), read('transcript.txt'));
    writeFileSync(join(folder, 'other.jsonl'), `${JSON.stringify({ id: 'press', text: 'We will not comment.', speaker: 'Tom Adler', title: 'Press line' })}\n`);
    const { status, stdout } = cli(['verify', data('article.txt'), '--ref', folder, '--json']);
    expect(status).toBe(0);
    const quotes = JSON.parse(stdout).quotes as { text: string; verification: { verdict: string; reference: { id: string } | null } }[];
    const budget = quotes.find((quote) => quote.text.startsWith('This budget keeps'));
    expect(budget?.verification.reference?.id).toBe('nested/meeting.txt');
  });

  test('--ref reads a JSON array of references, with speakers for unlabelled speeches', () => {
    const refs = join(tmp, 'refs.json');
    writeFileSync(refs, JSON.stringify([{ id: 'adler-briefing', text: 'The council will take up parking fees again in the spring.', speaker: 'Tom Adler', date: '2026-03-02' }]));
    const { status, stdout } = cli(['verify', data('article.txt'), '--ref', refs, '--json']);
    expect(status).toBe(0);
    const quote = (JSON.parse(stdout).quotes as { text: string; verification: { verdict: string; speakerCheck: string; reference: { id: string } | null } }[]).find((q) => q.text.includes('parking fees'));
    expect(quote?.verification.reference?.id).toBe('adler-briefing');
    expect(quote?.verification.speakerCheck).toBe('match');
    expect(['verbatim', 'normalized']).toContain(quote?.verification.verdict);
  });

  test('--save-index writes an index that --ref reads back, with the same verdicts', () => {
    const saved = join(tmp, 'council.qci');
    const first = cli(['verify', data('article.txt'), '--ref', data('transcript.txt'), '--save-index', saved, '--json']);
    expect(first.status).toBe(0);
    expect(readFileSync(saved).subarray(0, 8).toString('latin1')).toBe('QUOTECHK');
    const second = cli(['verify', data('article.txt'), '--ref', saved, '--json']);
    expect(second.status).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual(JSON.parse(first.stdout));
    const damaged = join(tmp, 'damaged.qci');
    writeFileSync(damaged, readFileSync(saved).subarray(0, 40));
    const broken = cli(['verify', data('article.txt'), '--ref', damaged]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^quotecheck: .*damaged\.qci: not a quotecheck index: .*\n$/);
    const mixed = cli(['verify', data('article.txt'), '--ref', saved, '--ref', data('transcript.txt')]);
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toMatch(/a saved index cannot be combined with other references\n$/);
  });
});

describe('exit codes', () => {
  test('--fail-on: 1 when such a quote is found', () => {
    const { status, stdout } = cli(['verify', data('article.txt'), '--ref', data('transcript.txt'), '--fail-on', 'altered,not-found']);
    expect(status).toBe(1);
    expect(stdout).toContain('altered');
  });

  test('--fail-on: 0 when none is', () => {
    const clean = join(tmp, 'clean.txt');
    writeFileSync(clean, '"This budget keeps every branch library open and puts twelve more officers on the street," Mayor Daniel Reyes said.\n');
    const { status, stdout } = cli(['verify', clean, '--ref', data('transcript.txt'), '--fail-on', 'altered,not-found,misattributed,unattributed']);
    expect(stdout).toContain('Daniel Reyes');
    expect(status).toBe(0);
  });

  test('--fail-on unattributed works without references', () => {
    const orphan = join(tmp, 'orphan.txt');
    writeFileSync(orphan, 'The vote was close.\n\n"We will be back next year with the votes."\n');
    expect(cli(['quotes', orphan, '--fail-on', 'unattributed']).status).toBe(1);
    const attributed = join(tmp, 'attributed.txt');
    writeFileSync(attributed, 'The vote was close.\n\n"We will be back next year with the votes," said Priya Natarajan.\n');
    expect(cli(['quotes', attributed, '--fail-on', 'unattributed']).status).toBe(0);
  });

  test.each([
    ['a missing file', ['quotes', 'no/such/article.txt'], /^quotecheck: no\/such\/article\.txt: no such file or directory$/],
    ['a directory', ['quotes', 'examples'], /^quotecheck: examples is a directory; expected a file$/],
    ['an unknown flag', ['quotes', 'x.txt', '--colour'], /^quotecheck: Unknown option '--colour'$/],
    ['no command', [], /^quotecheck: missing command/],
    ['an unknown command', ['check', 'x.txt'], /^quotecheck: unknown command 'check'/],
    ['no article', ['quotes'], /^quotecheck: missing ARTICLE/],
    ['verify without --ref', ['verify', 'examples/data/article.txt'], /^quotecheck: verify needs at least one --ref/],
    ['a missing reference', ['verify', 'examples/data/article.txt', '--ref', 'nope.txt'], /^quotecheck: nope\.txt: no such file or directory$/],
    ['a bad --format', ['quotes', 'examples/data/article.txt', '--format', 'pdf'], /^quotecheck: --format must be text, html or markdown/],
    ['a bad --fail-on', ['verify', 'examples/data/article.txt', '--ref', 'examples/data/transcript.txt', '--fail-on', 'typos'], /^quotecheck: --fail-on: unknown problem 'typos'/],
    ['--json with --jsonl', ['quotes', 'examples/data/batch.jsonl', '--json', '--jsonl'], /^quotecheck: --json and --jsonl exclude each other$/],
    ['--html to a directory', ['quotes', 'examples/data/article.txt', '--html', 'examples'], /^quotecheck: --html examples is a directory/],
    ['a broken reference collection', ['verify', 'examples/data/article.txt', '--ref', 'examples/data/article.html', '--ref', 'package.json'], /^quotecheck: package\.json: expected a JSON array of references/],
  ])('2 and one line on stderr for %s', (_name, args, message) => {
    const { status, stdout, stderr } = cli(args as string[]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
  });
});

test.each([
  ['an article file', (bad: string) => ['quotes', bad], undefined],
  ['standard input', () => ['quotes', '-'], 'stdin'],
  ['a reference file', (bad: string) => ['verify', data('article.txt'), '--ref', bad], undefined],
] as const)('bytes that are not UTF-8 in %s: 2 and one line, not a silent replacement', (_name, args, stdin) => {
  const bytes = Buffer.concat([Buffer.from('"We will finish the bridge by June," Mayor Elena Ortiz said. "No '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' delays."\n')]);
  const bad = join(tmp, 'latin1.txt');
  writeFileSync(bad, bytes);
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args(bad)], { cwd: root, input: stdin ? bytes : undefined, encoding: 'utf8' });
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^quotecheck: (.*latin1\.txt|standard input): not valid UTF-8 text .*\n$/);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
});

describe('--jsonl batches', () => {
  const articles = read('batch.jsonl').trim().split('\n');

  test('one line per input line, in order; a corrupted line gives one error line', () => {
    const input = [articles[0], articles[1], '{"id": "broken", "text": "unterminated', articles[2], '{"id": "no-text"}', '[1, 2]', '{"id": "bad-format", "text": "x", "format": "pdf"}', '', articles[3]].join('\n');
    const { status, stdout, stderr } = cli(['quotes', '--jsonl', '-'], `${input}\n`);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['harbor-ferry', 'school-board', null, 'stadium-vote', 'no-text', null, 'bad-format', 'no-quotes']);
    expect(lines[2]).toEqual({ id: null, error: 'line 3: not valid JSON' });
    expect(lines[4]).toEqual({ id: 'no-text', error: 'line 5: `text` must be a string' });
    expect(lines[5].error).toMatch(/^line 6: expected an object/);
    expect(lines[6].error).toMatch(/^line 7: `format` must be/);
    for (const [i, at] of [[0, 0], [1, 1], [3, 2], [7, 3]] as const) {
      const { text, format } = JSON.parse(articles[at]!) as { text: string; format?: 'html' | 'markdown' };
      expect(lines[i]).toEqual(viaJson({ id: JSON.parse(articles[at]!).id, quotes: checkArticle(text, { format: format ?? 'text' }).quotes }));
    }
    expect(lines[0].quotes.map((quote: { speaker: { name: string } | null }) => quote.speaker?.name)).toEqual(['Lena Okafor', 'Marco Diaz']);
  });

  test('verify --jsonl adds the verification to each quote', () => {
    const { status, stdout } = cli(['verify', '--jsonl', data('batch.jsonl'), '--ref', data('transcript.txt')]);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    for (const line of lines) for (const quote of line.quotes) expect(quote.verification.verdict).toBe('not-found');
    const failing = cli(['verify', '--jsonl', data('batch.jsonl'), '--ref', data('transcript.txt'), '--fail-on', 'not-found']);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toBe(stdout);
  });

  test('--format is the format of lines that do not name one', () => {
    const page = '<p>&ldquo;The ferry runs again on Monday,&rdquo; said Lena Okafor.</p>';
    const input = `${JSON.stringify({ id: 'page', text: page })}\n${JSON.stringify({ id: 'plain', text: page, format: 'text' })}\n`;
    const lines = cli(['quotes', '--jsonl', '-', '--format', 'html'], input).stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines[0]).toEqual(viaJson({ id: 'page', quotes: checkArticle(page, { format: 'html' }).quotes }));
    expect(lines[0].quotes[0].text).toBe('The ferry runs again on Monday,');
    expect(lines[1]).toEqual(viaJson({ id: 'plain', quotes: checkArticle(page).quotes }));
  });

  test('stops quietly when the reader goes away (| head -1)', () => {
    const big = join(tmp, 'big.jsonl');
    writeFileSync(big, `${Array.from({ length: 4000 }, (_, i) => JSON.stringify({ id: i, text: JSON.parse(articles[0]!).text })).join('\n')}\n`);
    const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" --import tsx src/cli.ts quotes --jsonl "${big}" | head -1`], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).id).toBe(0);
  });
});

describe('terminal behaviour (in process)', () => {
  const fakeIo = (tty: boolean, env: Record<string, string>) => {
    const stdout = Object.assign(new PassThrough(), { isTTY: tty }) as unknown as NodeJS.WriteStream;
    const stderr = Object.assign(new PassThrough(), { isTTY: tty, columns: 80 }) as unknown as NodeJS.WriteStream;
    const chunks: string[] = [];
    (stdout as unknown as PassThrough).on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
    const errors: string[] = [];
    (stderr as unknown as PassThrough).on('data', (chunk: Buffer) => errors.push(chunk.toString()));
    return { io: { stdin: process.stdin, stdout, stderr, env, version: '0.0.0' }, out: () => chunks.join(''), err: () => errors.join('') };
  };

  test.each([
    [true, {}, true],
    [true, { NO_COLOR: '1' }, false],
    [false, {}, false],
  ])('on a terminal: %p, env %p → colour %p', async (tty, env, coloured) => {
    const { io, out } = fakeIo(tty, env);
    expect(await run(['verify', data('article.txt'), '--ref', data('transcript.txt')], io)).toBe(0);
    expect(out().includes('\u001b[')).toBe(coloured);
  });

  test('the progress bar draws on a terminal only, and clears itself', () => {
    const { io, err } = fakeIo(true, {});
    let now = 0;
    const progress = createProgress(io.stderr, 1000, () => now);
    progress.update(1, 100);
    expect(err()).toBe('');
    now = 1000;
    progress.update(3, 500);
    progress.finish();
    expect(err()).toMatch(/^\rquotecheck \[#{12}-{12}\]  50%  3 articles  3\.0\/s\u001b\[K\r\u001b\[K$/);
    const silent = fakeIo(false, {});
    const quiet = createProgress(silent.io.stderr, 1000);
    quiet.update(3, 500);
    quiet.finish();
    expect(silent.err()).toBe('');
  });
});
