/**
 * Reading the article: a file or standard input, with one-line messages for what goes wrong.
 *
 * @module
 */
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { MAX_INPUT_BYTES } from '../limits.js';
import { UsageError } from './args.js';

/** Where {@link readInput} reads standard input from, and the budget it holds the input to. */
export interface ReadOptions {
  /** Standard input (default: `process.stdin`). */
  readonly stdin?: Readable;
  /** Largest input accepted, in bytes (default: `MAX_INPUT_BYTES`). */
  readonly maxBytes?: number;
}

/**
 * Reads a whole file, or standard input for `-`, as UTF-8 (refusing bytes that are not UTF-8).
 * Input larger than `maxBytes` is refused: a file by its size before it is read, standard input
 * as soon as it has sent more.
 */
export async function readInput(path: string, options: ReadOptions = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  if (path === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of options.stdin ?? process.stdin) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > maxBytes) throw new UsageError(tooLarge('standard input', `more than ${maxBytes.toLocaleString('en-US')}`, maxBytes));
      chunks.push(buffer);
    }
    return decodeUtf8(Buffer.concat(chunks), 'standard input');
  }
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UsageError(`${path} is a directory; expected a file`);
    if (info.size > maxBytes) throw new UsageError(tooLarge(path, info.size.toLocaleString('en-US'), maxBytes));
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(describeFsError(path, error));
  }
  return decodeUtf8(bytes, path);
}

function tooLarge(name: string, size: string, maxBytes: number): string {
  return `${name}: ${size} bytes; at most ${maxBytes.toLocaleString('en-US')} are accepted as one article (MAX_INPUT_BYTES); split it`;
}

/**
 * Decodes UTF-8 (dropping a byte order mark). Bytes that are not UTF-8 are refused rather than
 * replaced: replaced characters would make the reported quotations differ from the file.
 */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${name}: not valid UTF-8 text (convert it first, e.g. iconv -f latin1 -t utf-8)`);
  }
}

/** Checks that `path` can be read as a file (for streamed input). */
export async function assertReadableFile(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UsageError(`${path} is a directory; expected a file`);
    return info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(describeFsError(path, error));
  }
}

/** One line describing a file-system error for `path`. */
export function describeFsError(path: string, error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return `${path}: no such file or directory`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied`;
    case 'EISDIR':
      return `${path} is a directory; expected a file`;
    case 'ENOTDIR':
      return `${path}: a part of the path is not a directory`;
    default:
      return `${path}: cannot read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}
