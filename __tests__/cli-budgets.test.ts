/**
 * The command line refuses input past the byte budgets of `src/limits.ts` before reading it into
 * memory: an article file over `MAX_INPUT_BYTES` by its size (exit 2, one stderr line), standard
 * input as soon as it has sent more, and a `--jsonl` line over `MAX_JSONL_LINE_BYTES` with an
 * error line (the batch goes on). Oversized files are sparse (`truncateSync`), so no test writes
 * tens of megabytes; the byte-level line splitter of the batch is checked with a small budget
 * passed as a parameter.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { runBatch } from '../src/cli/batch.js';
import { readInput } from '../src/cli/read.js';
import { MAX_INPUT_BYTES, MAX_JSONL_LINE_BYTES } from '../src/limits.js';

const root = join(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'quotecheck-budgets-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ARTICLE = 'The council met on Tuesday. "We will finish the bridge by June," Mayor Elena Ortiz said.';

interface Result {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(args: readonly string[], input?: string | Buffer): Result {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: root,
    input,
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  return { status: result.status, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
}

/** A file of `size` bytes whose first bytes are `head` and the rest a hole (zeros), then `tail`. */
function sparseFile(name: string, head: string, size: number, tail = ''): string {
  const path = join(tmp, name);
  writeFileSync(path, head);
  truncateSync(path, size);
  if (tail !== '') appendFileSync(path, tail);
  return path;
}

describe('an article file past MAX_INPUT_BYTES', () => {
  test.each([
    ['one byte over', MAX_INPUT_BYTES + 1],
    ['twice the budget', 2 * MAX_INPUT_BYTES],
  ])('%s: exit 2, one stderr line naming the file, its size and MAX_INPUT_BYTES, nothing on stdout', (_name, size) => {
    const path = sparseFile(`huge-${size}.txt`, ARTICLE, size);
    const result = cli(['quotes', path]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`quotecheck: ${path}: ${size.toLocaleString('en-US')} bytes`);
    expect(result.stderr).toContain('MAX_INPUT_BYTES');
  });

  test('the same file cut back to the budget is not refused for its size', async () => {
    const path = sparseFile('at-budget.txt', ARTICLE, 128);
    await expect(readInput(path, { maxBytes: 128 })).resolves.toBe(ARTICLE + '\0'.repeat(128 - ARTICLE.length));
    await expect(readInput(path, { maxBytes: 127 })).rejects.toThrow(`${path}: 128 bytes; at most 127 are accepted`);
  });
});

describe('standard input past the budget', () => {
  const chunked = (text: string, size: number): Readable =>
    Readable.from(Array.from({ length: Math.ceil(text.length / size) }, (_, k) => Buffer.from(text.slice(k * size, (k + 1) * size))));

  test.each([
    ['exactly at the budget', ARTICLE.length, true],
    ['one byte over', ARTICLE.length - 1, false],
  ])('%s', async (_name, maxBytes, accepted) => {
    const read = readInput('-', { stdin: chunked(ARTICLE, 10), maxBytes });
    if (accepted) await expect(read).resolves.toBe(ARTICLE);
    else await expect(read).rejects.toThrow(/^standard input: more than [\d,]+ bytes; .*MAX_INPUT_BYTES/);
  });

  test('through the command line: exit 2 and one stderr line', () => {
    const result = cli(['quotes', '-'], Buffer.alloc(MAX_INPUT_BYTES + 1, 'a'));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^quotecheck: standard input: more than 30,000,000 bytes; .*MAX_INPUT_BYTES.*\n$/);
  });
});

describe('--jsonl lines past MAX_JSONL_LINE_BYTES', () => {
  /** Runs the batch over `chunks` with a line budget of `maxLineBytes`; returns the parsed output lines. */
  async function batch(chunks: readonly (string | Buffer)[], maxLineBytes: number): Promise<{ id: unknown; quotes?: unknown[]; error?: string }[]> {
    const out: Buffer[] = [];
    const output = new Writable({
      write(chunk: Buffer, _encoding, done) {
        out.push(chunk);
        done();
      },
    });
    const input = Readable.from(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk)));
    await runBatch(input, output as unknown as NodeJS.WritableStream, {
      index: undefined,
      format: 'text',
      progress: { update() {}, finish() {} },
      onCheck() {},
      maxLineBytes,
    });
    const text = Buffer.concat(out).toString('utf8');
    return text === '' ? [] : text.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: unknown; quotes?: unknown[]; error?: string });
  }

  const line = (id: string, text = ARTICLE): string => JSON.stringify({ id, text });
  const budget = line('a').length + 8;

  test('a long line between two short ones: {id: null, error} naming the line and the budget; the others answered', async () => {
    const long = line('long', `${ARTICLE} ${ARTICLE}`);
    expect(Buffer.byteLength(long)).toBeGreaterThan(budget);
    const answers = await batch([`${line('a')}\n${long}\n${line('b')}\n`], budget);
    expect(answers.map((answer) => answer.id)).toEqual(['a', null, 'b']);
    expect(answers[0]!.quotes).toHaveLength(1);
    expect(answers[1]!.error).toBe(
      `line 2: ${Buffer.byteLength(long).toLocaleString('en-US')} bytes long; at most ${budget.toLocaleString('en-US')} are accepted (MAX_JSONL_LINE_BYTES); skipped`,
    );
    expect(answers[2]!.quotes).toHaveLength(1);
  });

  test('lines cut across chunks of 1, 3 and 7 bytes, with CRLF and blank lines, read as whole lines', async () => {
    const input = `${line('a')}\r\n\r\n${line('long', ARTICLE.repeat(3))}\n\n${line('b')}`;
    for (const size of [1, 3, 7]) {
      const chunks = Array.from({ length: Math.ceil(input.length / size) }, (_, k) => input.slice(k * size, (k + 1) * size));
      const answers = await batch(chunks, budget);
      expect(answers.map((answer) => answer.id)).toEqual(['a', null, 'b']);
      expect(answers[1]!.error).toMatch(/^line 3: .*MAX_JSONL_LINE_BYTES/);
      expect(answers[2]!.quotes).toHaveLength(1);
    }
  });

  test('a line exactly at the budget is read', async () => {
    const exact = line('x', 'y'.repeat(budget - line('x', '').length));
    expect(Buffer.byteLength(exact)).toBe(budget);
    expect(await batch([`${exact}\n`], budget)).toEqual([{ id: 'x', quotes: [] }]);
  });

  test('through the command line: a sparse line of MAX_JSONL_LINE_BYTES + 1 zero bytes between two articles', () => {
    const first = `${line('first')}\n`;
    const path = sparseFile('huge-line.jsonl', first, first.length + MAX_JSONL_LINE_BYTES + 1, `\n${line('last')}\n`);
    const result = cli(['quotes', '--jsonl', path]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const answers = result.stdout.trimEnd().split('\n').map((text) => JSON.parse(text) as { id: unknown; quotes?: unknown[]; error?: string });
    expect(answers.map((answer) => answer.id)).toEqual(['first', null, 'last']);
    expect(answers[1]!.error).toMatch(/^line 2: 61,048,577 bytes long; .*MAX_JSONL_LINE_BYTES/);
    expect(answers[2]!.quotes).toHaveLength(1);
  });
});
