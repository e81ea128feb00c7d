/**
 * `--jsonl`: checks a stream of JSON Lines `{ id, text, format? }`, writing one line per input
 * line, in order, as it goes. A line that cannot be read or checked gives `{ id, error }` and
 * the batch goes on. Blank lines are skipped. A line without `format` is read in the batch's format.
 *
 * @module
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { articleFormats, type ArticleFormat } from '../formats/article-text.js';
import { checkArticle, type ArticleCheck } from '../report/check-article.js';
import { jsonlError, jsonlRecord } from '../report/json.js';
import type { ReferenceIndex } from '../verify/reference-index.js';
import type { Progress } from './progress.js';

/** What the batch needs besides its input and output. */
export interface BatchOptions {
  readonly index: ReferenceIndex | undefined;
  /** The format of lines that do not say (`--format`, default `text`). */
  readonly format: ArticleFormat;
  readonly progress: Progress;
  /** Called with every article checked (to evaluate `--fail-on`). */
  readonly onCheck: (check: ArticleCheck) => void;
}

/** Runs the batch; resolves when the input is exhausted and all output is written. */
export async function runBatch(input: Readable, output: NodeJS.WritableStream, options: BatchOptions): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let articles = 0;
  let bytes = 0;
  for await (const line of lines) {
    lineNumber += 1;
    bytes += Buffer.byteLength(line) + 1;
    if (line.trim() === '') continue;
    const answer = checkLine(line, lineNumber, options);
    articles += 1;
    options.progress.update(articles, bytes);
    if (!output.write(`${answer}\n`)) await once(output, 'drain');
  }
  options.progress.finish();
}

function checkLine(line: string, lineNumber: number, options: BatchOptions): string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return jsonlError(null, `line ${lineNumber}: not valid JSON`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return jsonlError(null, `line ${lineNumber}: expected an object {"id", "text", "format"?}`);
  }
  const record = value as Record<string, unknown>;
  const id = record.id ?? null;
  if (typeof record.text !== 'string') return jsonlError(id, `line ${lineNumber}: \`text\` must be a string`);
  const format = record.format ?? options.format;
  if (!articleFormats.includes(format as ArticleFormat)) {
    return jsonlError(id, `line ${lineNumber}: \`format\` must be text, html or markdown`);
  }
  try {
    const check = checkArticle(record.text, { format: format as ArticleFormat, index: options.index });
    options.onCheck(check);
    return jsonlRecord(id, check);
  } catch (error) {
    return jsonlError(id, `line ${lineNumber}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
