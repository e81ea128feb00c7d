/**
 * The `quotecheck` command: parses the arguments, reads the article (or the batch), checks it
 * and writes the report. Returns the exit code; never throws.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { formatFromPath } from '../formats/article-text.js';
import { checkArticle, type ArticleCheck } from '../report/check-article.js';
import { renderHtml } from '../report/html.js';
import { jsonReport } from '../report/json.js';
import { quoteProblemsOf } from '../report/summary.js';
import { renderText } from '../report/text.js';
import { HELP, parseCommand, UsageError, type Command } from './args.js';
import { runBatch } from './batch.js';
import { createProgress } from './progress.js';
import { assertReadableFile, readInput } from './read.js';
import { loadReferences } from './references.js';

/** Where the command reads and writes (the process's streams, replaceable in tests). */
export interface Io {
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly env: NodeJS.ProcessEnv;
  readonly version: string;
}

/** Runs the command line `argv` (without `node` and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await execute(parseCommand(argv), io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`quotecheck: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

async function execute(command: Command, io: Io): Promise<number> {
  if (command.action === 'help') {
    io.stdout.write(HELP);
    return 0;
  }
  if (command.action === 'version') {
    io.stdout.write(`${io.version}\n`);
    return 0;
  }
  if (command.html !== undefined) await assertWritable(command.html);
  // Read (or check) the article before indexing the references, so a wrong path fails at once.
  const batch = command.output === 'jsonl';
  const size = batch && command.article !== '-' ? await assertReadableFile(command.article) : undefined;
  const source = batch ? '' : await readInput(command.article, { stdin: io.stdin });
  const index = command.references.length > 0 ? await loadReferences(command.references) : undefined;
  if (index && command.saveIndex !== undefined) {
    try {
      await writeFile(command.saveIndex, index.save());
    } catch (error) {
      throw new UsageError(`${command.saveIndex}: cannot write the index (${(error as { code?: string }).code ?? String(error)})`);
    }
  }
  let failed = false;
  const judge = (check: ArticleCheck): void => {
    if (check.quotes.some((quote) => quoteProblemsOf(quote).some((problem) => command.failOn.includes(problem)))) failed = true;
  };

  if (batch) {
    const input = command.article === '-' ? io.stdin : createReadStream(command.article);
    const progress = createProgress(io.stderr, size);
    await runBatch(input, io.stdout, { index, progress, onCheck: judge, format: command.format ?? 'text' });
    return failed ? 1 : 0;
  }

  const format = command.format ?? (command.article === '-' ? 'text' : formatFromPath(command.article));
  const check = checkArticle(source, { format, index });
  judge(check);
  const name = command.article === '-' ? '(standard input)' : command.article;
  if (command.output === 'json') {
    io.stdout.write(`${JSON.stringify(jsonReport(check, command.article), null, 2)}\n`);
  } else {
    io.stdout.write(renderText(check, { name, color: useColor(io) }));
  }
  if (command.html !== undefined) {
    try {
      await writeFile(command.html, renderHtml(check, { name }));
    } catch (error) {
      throw new UsageError(`${command.html}: cannot write the report (${(error as { code?: string }).code ?? String(error)})`);
    }
  }
  return failed ? 1 : 0;
}

function useColor(io: Io): boolean {
  const noColor = io.env.NO_COLOR;
  return io.stdout.isTTY === true && (noColor === undefined || noColor === '');
}

async function assertWritable(path: string): Promise<void> {
  try {
    if ((await stat(path)).isDirectory()) throw new UsageError(`--html ${path} is a directory; expected a file name`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // A file that does not exist yet is fine; writing it reports real problems.
  }
}
