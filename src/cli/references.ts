/**
 * Reads the reference files named on the command line into a {@link ReferenceIndex}: plain
 * text and transcripts (one reference per file), JSON Lines collections (one per line), JSON
 * arrays of references, and folders of them.
 *
 * @module
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import type { Reference } from '../types.js';
import { ReferenceIndex } from '../verify/reference-index.js';
import { UsageError } from './args.js';
import { decodeUtf8, describeFsError } from './read.js';

/** The first bytes of an index written by `ReferenceIndex.save`. */
const SAVED_INDEX_MAGIC = 'QUOTECHK';

/**
 * Reads every reference in `paths` (files or folders) and indexes them. A saved index
 * (`ReferenceIndex.save`) is loaded as it is; it must then be the only reference.
 */
export async function loadReferences(paths: readonly string[]): Promise<ReferenceIndex> {
  const references: Reference[] = [];
  const ids = new Set<string>();
  let saved: ReferenceIndex | undefined;
  let savedFile = '';
  for (const path of paths) {
    const files = await filesOf(path);
    if (files.length === 0) throw new UsageError(`${path}: no reference files in this folder`);
    for (const file of files) {
      const bytes = await readBytes(file);
      if (bytes.subarray(0, SAVED_INDEX_MAGIC.length).toString('latin1') === SAVED_INDEX_MAGIC) {
        if (saved) throw new UsageError(`${file}: only one saved index can be used (${savedFile} is one)`);
        saved = loadSavedIndex(file, bytes);
        savedFile = file;
        continue;
      }
      for (const reference of parseReferences(file, decodeUtf8(bytes, file), files.length > 1 ? relative(path, file) : basename(file))) {
        if (ids.has(reference.id)) throw new UsageError(`${file}: duplicate reference id '${reference.id}'`);
        ids.add(reference.id);
        references.push(reference);
      }
    }
  }
  if (saved) {
    if (references.length > 0) throw new UsageError(`${savedFile}: a saved index cannot be combined with other references`);
    return saved;
  }
  return new ReferenceIndex(references);
}

function loadSavedIndex(file: string, bytes: Buffer): ReferenceIndex {
  try {
    // A fresh copy: a Node Buffer may be a view into a larger pooled buffer.
    return ReferenceIndex.load(new Uint8Array(bytes));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${file}: ${message.replace(/^ReferenceIndex\.load: /, '')}`);
  }
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new UsageError(describeFsError(file, error));
  }
}

async function filesOf(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new UsageError(describeFsError(path, error));
  }
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function parseReferences(file: string, text: string, id: string): Reference[] {
  const extension = extname(file).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson') return parseJsonLines(file, text);
  if (extension === '.json') return parseJsonArray(file, text);
  return [{ id, text, title: basename(file) }];
}

function parseJsonLines(file: string, text: string): Reference[] {
  const references: Reference[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new UsageError(`${file} line ${i + 1}: not valid JSON`);
    }
    references.push(toReference(value, `${file} line ${i + 1}`));
  });
  return references;
}

function parseJsonArray(file: string, text: string): Reference[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`${file}: not valid JSON`);
  }
  if (!Array.isArray(value)) throw new UsageError(`${file}: expected a JSON array of references {id, text}`);
  return value.map((item, i) => toReference(item, `${file} item ${i + 1}`));
}

function toReference(value: unknown, where: string): Reference {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`${where}: expected an object {id, text, title?, date?, speaker?}`);
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'number' ? String(record.id) : record.id;
  if (typeof id !== 'string' || id === '') throw new UsageError(`${where}: \`id\` must be a non-empty string`);
  if (typeof record.text !== 'string') throw new UsageError(`${where}: \`text\` must be a string`);
  const reference: { -readonly [K in keyof Reference]: Reference[K] } = { id, text: record.text };
  for (const key of ['title', 'date', 'speaker'] as const) {
    const field = record[key];
    if (field === undefined || field === null) continue;
    if (typeof field !== 'string') throw new UsageError(`${where}: \`${key}\` must be a string`);
    reference[key] = field;
  }
  return reference;
}
