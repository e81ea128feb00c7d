/**
 * `--jsonl`: checks a stream of JSON Lines `{ id, text, format? }`, writing one line per input
 * line, in order, as it goes. A line that cannot be read or checked gives `{ id, error }` and
 * the batch goes on: a line that is not valid UTF-8, or longer than `MAX_JSONL_LINE_BYTES` (then
 * `id` is `null`, and the line is skipped without being held in memory). Lines end with LF or
 * CRLF; blank lines are skipped. A line without `format` is read in the batch's format.
 *
 * @module
 */
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { articleFormats, type ArticleFormat } from '../formats/article-text.js';
import { checkArticle, type ArticleCheck } from '../report/check-article.js';
import { jsonlError, jsonlRecord } from '../report/json.js';
import { MAX_JSONL_LINE_BYTES } from '../limits.js';
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
  /** Longest line read, in bytes without its line break (default: `MAX_JSONL_LINE_BYTES`). */
  readonly maxLineBytes?: number;
}

/** One input line: its bytes without the line break, or `null` when it was longer than the budget. */
interface InputLine {
  readonly bytes: Buffer | null;
  /** Its length in bytes, line break excluded. */
  readonly size: number;
}

/**
 * Splits a byte stream into lines at LF (dropping a CR before it). A line longer than `maxBytes`
 * is counted but not kept: its bytes are let go as they stream past.
 */
async function* inputLines(input: Readable, maxBytes: number): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let oversized = false;
  const finish = (): InputLine => {
    let bytes: Buffer | null = null;
    if (!oversized) {
      bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      if (bytes.at(-1) === 0x0d) bytes = bytes.subarray(0, -1);
    }
    const line = { bytes, size };
    parts = [];
    size = 0;
    oversized = false;
    return line;
  };
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    let from = 0;
    while (from < buffer.length) {
      const newline = buffer.indexOf(0x0a, from);
      const piece = buffer.subarray(from, newline < 0 ? buffer.length : newline);
      size += piece.length;
      if (!oversized && size > maxBytes) {
        oversized = true;
        parts = [];
      }
      if (!oversized && piece.length > 0) parts.push(piece);
      if (newline < 0) break;
      yield finish();
      from = newline + 1;
    }
  }
  if (size > 0) yield finish();
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/** Runs the batch; resolves when the input is exhausted and all output is written. */
export async function runBatch(input: Readable, output: NodeJS.WritableStream, options: BatchOptions): Promise<void> {
  const maxLineBytes = options.maxLineBytes ?? MAX_JSONL_LINE_BYTES;
  let lineNumber = 0;
  let articles = 0;
  let bytes = 0;
  for await (const line of inputLines(input, maxLineBytes)) {
    lineNumber += 1;
    bytes += line.size + 1;
    const answer = answerLine(line, lineNumber, maxLineBytes, options);
    if (answer === undefined) continue;
    articles += 1;
    options.progress.update(articles, bytes);
    if (!output.write(`${answer}\n`)) await once(output, 'drain');
  }
  options.progress.finish();
}

/** The output line for one input line, or `undefined` for a blank one. */
function answerLine(line: InputLine, lineNumber: number, maxLineBytes: number, options: BatchOptions): string | undefined {
  if (line.bytes === null) {
    return jsonlError(
      null,
      `line ${lineNumber}: ${line.size.toLocaleString('en-US')} bytes long; at most ${maxLineBytes.toLocaleString('en-US')} are accepted (MAX_JSONL_LINE_BYTES); skipped`,
    );
  }
  let text: string;
  try {
    text = strictUtf8.decode(line.bytes);
  } catch {
    // Answer with the line's id when it can still be read past the bad bytes.
    return jsonlError(idOf(lenientUtf8.decode(line.bytes)), `line ${lineNumber}: not valid UTF-8 text (convert it first, e.g. iconv -f latin1 -t utf-8)`);
  }
  if (text.trim() === '') return undefined;
  return checkLine(text, lineNumber, options);
}

/** The `id` of a JSON object line, or `null`. */
function idOf(line: string): unknown {
  try {
    const value = JSON.parse(line) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? ((value as Record<string, unknown>).id ?? null) : null;
  } catch {
    return null;
  }
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
