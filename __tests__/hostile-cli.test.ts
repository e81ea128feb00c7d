/**
 * The command line on hostile input, run from source as a child process: unreadable files,
 * directories, invalid UTF-8, empty input, a 50 MB JSON Lines record, a reader that goes away.
 *
 * The rules: a single article that cannot be read ends with exit code 2 and exactly one line on
 * stderr (`quotecheck: …`), and nothing half-written on stdout. In a `--jsonl` batch, a line
 * that cannot be checked is answered in-band with `{"id", "error"}` and every other line is
 * still answered, in order (exit code 0, stderr empty: stdout is the batch's channel).
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NEWS_PROSE } from './helpers/hostile-inputs.js';

const root = join(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'quotecheck-hostile-cli-'));
chmodSync(tmp, 0o755);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Result {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `quotecheck …` from source. `input` goes to stdin (a Buffer keeps invalid UTF-8 as is). */
function cli(args: readonly string[], input?: string | Buffer, extra: SpawnSyncOptions = {}): Result {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: root,
    input,
    env: { ...process.env, NO_COLOR: '1', HOME: tmp },
    maxBuffer: 512 * 1024 * 1024,
    timeout: 240_000,
    ...extra,
  });
  return { status: result.status, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
}

/** Writes `content` to a file in the temporary folder and returns its path. */
function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

/** Asserts the single-article failure shape: exit 2, one `quotecheck: …` line on stderr, nothing on stdout. */
function expectInputError(result: Result, mentions: RegExp): void {
  expect(result.stderr.endsWith('\n')).toBe(true);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^quotecheck: /);
  expect(lines[0]).toMatch(mentions);
  expect(result.stdout).toBe('');
  expect(result.status).toBe(2);
}

const ARTICLE = '"We will finish the bridge by June," Mayor Elena Ortiz said on Tuesday.\n';
const INVALID_UTF8 = Buffer.concat([
  Buffer.from('"We will finish the bridge by June," Mayor Elena Ortiz said. "No '),
  Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]), // a broken pair, two bytes never valid, a UTF-8-encoded surrogate
  Buffer.from(' delays."\n'),
]);

describe('an article that cannot be read: exit 2, one line on stderr', () => {
  test('a file that does not exist', () => {
    const path = join(tmp, 'missing.txt');
    expectInputError(cli(['quotes', path]), new RegExp(`${path}: no such file`));
  });

  test('a directory given as the article', () => {
    const dir = join(tmp, 'folder.txt');
    mkdirSync(dir, { recursive: true });
    expectInputError(cli(['quotes', dir]), /is a directory; expected a file/);
  });

  test('a path that goes through a file', () => {
    const path = join(file('plain.txt', ARTICLE), 'inner.txt');
    expectInputError(cli(['quotes', path]), /plain\.txt\/inner\.txt/);
  });

  test('a file without read permission', () => {
    const path = file('secret.txt', ARTICLE);
    chmodSync(path, 0o000);
    // root reads any file, so the command runs as `nobody` when the tests run as root.
    const asNobody: SpawnSyncOptions = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    expectInputError(cli(['quotes', path], undefined, asNobody), new RegExp(`${path}: permission denied`));
  });

  test('a directory given as a reference', () => {
    const article = file('article.txt', ARTICLE);
    const refs = join(tmp, 'empty-folder');
    mkdirSync(refs, { recursive: true });
    const result = cli(['verify', article, '--ref', refs]);
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^quotecheck: .*empty-folder/);
  });

  test('a JSON Lines reference collection with a broken line', () => {
    const article = file('article2.txt', ARTICLE);
    const refs = file('refs.jsonl', `${JSON.stringify({ id: 'a', text: 'We will finish the bridge by June.' })}\n{"id": "b", "text": 42}\n`);
    const result = cli(['verify', article, '--ref', refs]);
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^quotecheck: .*refs\.jsonl.*(line 2|text)/);
  });
});

describe('invalid UTF-8', () => {
  test('an article file: exit 2, one line naming the file and UTF-8, nothing checked', () => {
    const path = file('latin1.txt', INVALID_UTF8);
    expectInputError(cli(['quotes', '--json', path]), new RegExp(`${path}: .*UTF-8`));
  });

  test('standard input: exit 2, one line naming UTF-8', () => {
    expectInputError(cli(['quotes', '-'], INVALID_UTF8), /standard input: .*UTF-8/);
  });

  test('a reference file: exit 2, one line naming it and UTF-8', () => {
    const refs = file('latin1-ref.txt', INVALID_UTF8);
    expectInputError(cli(['verify', file('article3.txt', ARTICLE), '--ref', refs]), /latin1-ref\.txt: .*UTF-8/);
  });

  const bytesInBatch = Buffer.concat([
    Buffer.from(`${JSON.stringify({ id: 'first', text: ARTICLE })}\n{"id": "bytes", "text": "`),
    Buffer.from([0xc3, 0x28, 0xff]),
    Buffer.from(`"}\n${JSON.stringify({ id: 'last', text: ARTICLE })}\n`),
  ]);
  const batchLines = (): { id: unknown; quotes?: unknown[]; error?: string }[] => {
    const result = cli(['quotes', '--jsonl', '-'], bytesInBatch);
    expect(result.status).toBe(0);
    return result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: unknown; quotes?: unknown[]; error?: string });
  };

  test('a batch line with invalid UTF-8 does not stop the batch', () => {
    const lines = batchLines();
    expect(lines.map((line) => line.id)).toEqual(['first', 'bytes', 'last']);
    expect(lines[0]!.quotes).toHaveLength(1);
    expect(lines[2]!.quotes).toHaveLength(1);
  });

  // Former gap (issue #6): a --jsonl line holding invalid bytes was decoded with U+FFFD and answered
  // as if it were fine (`{"id":"bytes","quotes":[]}`), while a single article in that state is refused.
  test('a batch line with invalid UTF-8 is answered with an error naming UTF-8', () => {
    const line = batchLines()[1]!;
    expect(line.error).toMatch(/^line 2: .*UTF-8/);
    expect(line.quotes).toBeUndefined();
  });
});

describe('empty input is an article without quotations (exit 0, stderr empty)', () => {
  test.each([
    ['an empty file', ['quotes', 'EMPTY'], undefined],
    ['standard input closed at once', ['quotes', '-'], ''],
    ['a file of white space and blank lines', ['quotes', 'BLANK'], undefined],
  ] as const)('%s', (_name, args, input) => {
    const paths: Record<string, string> = { EMPTY: file('empty.txt', ''), BLANK: file('blank.txt', '\n\n \t\r\n\n') };
    const result = cli(args.map((arg) => paths[arg] ?? arg), input);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/: 0 quotes, 0 speakers$/);
  });

  test('--json of an empty file is a document with no quotations', () => {
    const result = cli(['quotes', '--json', file('empty2.txt', '')]);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { quotes: unknown[] }).quotes).toEqual([]);
  });

  test('--jsonl of an empty file prints nothing', () => {
    const result = cli(['quotes', '--jsonl', file('empty.jsonl', '')]);
    expect(result).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});

describe('a 50 MB JSON Lines record', () => {
  test('is answered (or refused with a clear error) and every other line is still answered, in order', () => {
    const big = 'x'.repeat(50 * 1024 * 1024 - NEWS_PROSE.length) + NEWS_PROSE;
    const path = file(
      'huge.jsonl',
      [
        JSON.stringify({ id: 'before', text: ARTICLE }),
        JSON.stringify({ id: 'huge', text: big }),
        JSON.stringify({ id: 'after', text: ARTICLE }),
      ].join('\n') + '\n',
    );
    const result = cli(['quotes', '--jsonl', path]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; quotes?: unknown[]; error?: string });
    expect(lines.map((line) => line.id)).toEqual(['before', 'huge', 'after']);
    expect(lines[0]!.quotes).toHaveLength(1);
    expect(lines[2]!.quotes).toHaveLength(1);
    const huge = lines[1]!;
    if (huge.error !== undefined) {
      // Refused: the message says why (the size budget), not a crash or a stack trace.
      expect(huge.error).toMatch(/^line 2: .*(longer|too long|at most|limit)/);
    } else {
      expect(huge.quotes!.length).toBeGreaterThan(0);
    }
  }, 300_000);
});

describe('a reader that goes away (quotecheck … | head -1)', () => {
  const pipe = (command: string): Result => {
    const result = spawnSync('bash', ['-c', `set -o pipefail; ${command}`], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const cliCommand = `"${process.execPath}" --import tsx src/cli.ts`;

  test('text report of a long article: exit 0, nothing on stderr', () => {
    const path = file('long.txt', NEWS_PROSE.repeat(2000));
    const result = pipe(`${cliCommand} quotes "${path}" | head -1`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/long\.txt: \d+ quotes/);
  });

  test('--json of a long article cut after 100 bytes: exit 0, nothing on stderr', () => {
    const path = file('long2.txt', NEWS_PROSE.repeat(2000));
    const result = pipe(`${cliCommand} quotes --json "${path}" | head -c 100`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toHaveLength(100);
  });
});
