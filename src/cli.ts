#!/usr/bin/env node
/**
 * The `quotecheck` executable. See `quotecheck --help` and src/cli/run.ts.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { run } from './cli/run.js';

// `quotecheck … | head -1`: the reader went away; stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  version: manifest.version,
});
