/** Extraction and attribution figures for a JSONL file in the shared PolNeAR format. */
import { readFileSync } from 'node:fs';
import { reportExtraction } from './extraction.js';
import { reportAttribution } from './attribution.js';

/** One gold quotation segment of the shared format (see `../shared/data/README.md`). */
export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  speakerSpans?: [number, number][];
  speakerKind: 'name' | 'pronoun' | 'nominal' | null;
  cue?: string | null;
  cueSpans?: [number, number][];
  attribution?: string;
  kind?: 'direct' | 'mixed';
  continuation?: boolean;
  openEnd?: boolean;
}

/** One annotated article of the shared format. */
export interface GoldDocument {
  id: string;
  text: string;
  quotes: GoldQuote[];
  unattributed: { start: number; end: number; text: string }[];
}

/** Reads a JSONL file of annotated articles. */
export function readCorpus(file: string): GoldDocument[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldDocument);
}

/** Prints extraction and attribution figures for `file`. */
export async function evaluateCorpus(file: string): Promise<void> {
  const docs = readCorpus(file);
  console.log(`${file}: ${docs.length} articles, ${docs.reduce((n, d) => n + d.quotes.length, 0)} gold quotes`);
  reportExtraction(docs);
  reportAttribution(docs);
}
