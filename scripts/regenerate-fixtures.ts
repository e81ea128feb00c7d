/**
 * `tsx scripts/regenerate-fixtures.ts [extract]`
 *
 * Rewrites the `expected.json` of every fixture folder from what the code returns now, so a
 * reviewer reads the change as a diff. Check every changed line by hand before committing.
 *
 * - `__tests__/fixtures/extract/<phenomenon>/`: `input.txt` → `findQuotes` → `expected.json`
 *   (options, when a folder needs them, in `options.json`).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotes, type FindQuotesOptions } from '../src/index.js';

const EXTRACT = '__tests__/fixtures/extract';

/** Regenerates the extraction fixtures; returns the folders whose expected.json changed. */
export function regenerateExtract(root = EXTRACT): string[] {
  const changed: string[] = [];
  for (const name of readdirSync(root).sort()) {
    const folder = join(root, name);
    const input = join(folder, 'input.txt');
    if (!existsSync(input)) continue;
    const optionsFile = join(folder, 'options.json');
    const options = existsSync(optionsFile)
      ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as FindQuotesOptions)
      : undefined;
    const quotes = findQuotes(readFileSync(input, 'utf8'), options);
    const json = `${JSON.stringify(quotes, null, 2)}\n`;
    const target = join(folder, 'expected.json');
    if (!existsSync(target) || readFileSync(target, 'utf8') !== json) {
      writeFileSync(target, json);
      changed.push(name);
    }
  }
  return changed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const areas = process.argv.slice(2);
  if (areas.length === 0 || areas.includes('extract')) {
    const changed = regenerateExtract();
    console.log(changed.length ? `extract: rewrote ${changed.join(', ')}` : 'extract: nothing changed');
  }
}
