/**
 * `quotecheck quotes --jsonl` over the 840 PolNeAR training articles (shared data, read at test
 * time), with one corrupted line in the middle: every line is answered, in order.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkArticle } from '../src/report/check-article.js';

const root = new URL('..', import.meta.url).pathname;
const corpus = join(root, '../shared/data/polnear-train.jsonl');
const describeWithCorpus = existsSync(corpus) ? describe : describe.skip;

describeWithCorpus('--jsonl over the PolNeAR training articles', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'quotecheck-batch-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test('every line answered, in order; the corrupted one with an error', async () => {
    const articles = readFileSync(corpus, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { id: string; text: string });
    expect(articles).toHaveLength(840);
    const lines = articles.map(({ id, text }) => JSON.stringify({ id, text }));
    const middle = 420;
    lines.splice(middle, 0, '{"id": "corrupted", "text": "cut off in the middle of');
    const input = join(tmp, 'polnear.jsonl');
    writeFileSync(input, `${lines.join('\n')}\n`);

    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'quotes', '--jsonl', input], { cwd: root });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(Buffer.concat(err).toString()).toBe('');
    expect(status).toBe(0);

    const answers = Buffer.concat(out).toString('utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as { id: unknown; quotes?: unknown[]; error?: string });
    expect(answers).toHaveLength(841);
    expect(answers[middle]).toEqual({ id: null, error: `line ${middle + 1}: not valid JSON` });
    const answered = [...answers.slice(0, middle), ...answers.slice(middle + 1)];
    expect(answered.map((answer) => answer.id)).toEqual(articles.map((article) => article.id));
    answered.forEach((answer, i) => {
      expect(answer.quotes).toEqual(JSON.parse(JSON.stringify(checkArticle(articles[i]!.text).quotes)));
    });
    expect(answered.reduce((sum, answer) => sum + (answer.quotes?.length ?? 0), 0)).toBeGreaterThan(1000);
  }, 600_000);
});
