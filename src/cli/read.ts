/**
 * Reading the article: a file or standard input, with one-line messages for what goes wrong.
 *
 * @module
 */
import { readFile, stat } from 'node:fs/promises';
import { UsageError } from './args.js';

/** Reads a whole file, or standard input for `-`, as UTF-8 (refusing bytes that are not UTF-8). */
export async function readInput(path: string): Promise<string> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return decodeUtf8(Buffer.concat(chunks), 'standard input');
  }
  let bytes: Buffer;
  try {
    if ((await stat(path)).isDirectory()) throw new UsageError(`${path} is a directory; expected a file`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(describeFsError(path, error));
  }
  return decodeUtf8(bytes, path);
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
