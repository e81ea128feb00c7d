/**
 * The command line's arguments: parsed with `node:util` parseArgs, checked, and turned into
 * one {@link Command}. Every mistake is a {@link UsageError} with a one-line message.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { articleFormats, type ArticleFormat } from '../formats/article-text.js';
import { quoteProblems, type QuoteProblem } from '../report/summary.js';

/** A mistake in the command line or its input; the CLI prints its message and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** What the command line asks for. */
export interface Command {
  readonly action: 'help' | 'version' | 'quotes' | 'verify';
  /** The article path, `-` for standard input (or the JSON Lines batch with `jsonl`). */
  readonly article: string;
  /** Reference files and folders (verify only). */
  readonly references: readonly string[];
  readonly format: ArticleFormat | undefined;
  readonly output: 'text' | 'json' | 'jsonl';
  /** Where to write the HTML report, if anywhere. */
  readonly html: string | undefined;
  readonly failOn: readonly QuoteProblem[];
  /** Where to save the reference index for later `--ref` use, if anywhere. */
  readonly saveIndex: string | undefined;
}

export const HELP = `Usage: quotecheck <quotes|verify> ARTICLE [options]

Finds the direct quotations in a news article, attributes each to its speaker and
verifies them against reference texts (speeches, transcripts, press releases).

Commands:
  quotes ARTICLE               find and attribute the quotations
  verify ARTICLE --ref FILE…   also verify them against reference texts

ARTICLE is a file (.txt, .html/.htm, .md/.markdown) or - for standard input.

Options:
  -r, --ref FILE         a reference: plain text, a transcript with NAME: turns, a JSON
                         Lines collection {id, text, title?, date?, speaker?}, a saved
                         index (see --save-index), or a folder of them; repeatable
      --save-index FILE  also save the references' index to FILE; pass it as --ref
                         later to skip indexing a large collection again
  -f, --format FORMAT    read ARTICLE as text, html or markdown (default: from its
                         extension; with --jsonl, for lines without "format")
      --json             print one JSON document
      --jsonl            batch: ARTICLE holds JSON Lines {"id", "text", "format"?}; print
                         one line {"id", "quotes"} (or {"id", "error"}) per line, in order
      --html FILE        also write a standalone HTML report of the article to FILE
      --fail-on LIST     exit with 1 when a quotation is one of: unattributed, altered,
                         not-found, misattributed (comma-separated)
  -h, --help             show this help
  -v, --version          show the version

Examples:
  quotecheck quotes article.txt
  quotecheck quotes page.html --json
  cat article.md | quotecheck quotes - --format markdown
  quotecheck verify article.txt --ref transcript.txt --html report.html
  quotecheck verify article.txt --ref speeches/ --fail-on altered,not-found
  quotecheck verify --jsonl articles.jsonl --ref speeches.jsonl > results.jsonl
  quotecheck verify article.txt --ref speeches.jsonl --save-index speeches.qci
  quotecheck verify article.txt --ref speeches.qci

Exit status: 0 done, 1 a quotation matched --fail-on, 2 usage or input error.
`;

const OPTIONS = {
  ref: { type: 'string', short: 'r', multiple: true },
  format: { type: 'string', short: 'f' },
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  html: { type: 'string' },
  'fail-on': { type: 'string' },
  'save-index': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/**
 * Parses the arguments (without `node` and the script).
 *
 * @throws {UsageError} On any mistake.
 */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(firstSentence(error instanceof Error ? error.message : String(error)));
  }
  const { values, positionals } = parsed;
  const base = { article: '', references: [], format: undefined, output: 'text', html: undefined, failOn: [], saveIndex: undefined } as const;
  if (values.help) return { ...base, action: 'help' };
  if (values.version) return { ...base, action: 'version' };
  const [action, article, ...rest] = positionals;
  if (action === undefined) throw new UsageError('missing command: quotes or verify (see quotecheck --help)');
  if (action !== 'quotes' && action !== 'verify') throw new UsageError(`unknown command '${action}': expected quotes or verify`);
  if (article === undefined) throw new UsageError(`missing ARTICLE: quotecheck ${action} FILE (or - for standard input)`);
  const references = [...(values.ref ?? []), ...(action === 'verify' ? rest : [])];
  if (action === 'quotes' && rest.length > 0) throw new UsageError(`unexpected argument '${rest[0]}': quotes takes one ARTICLE`);
  if (action === 'quotes' && references.length > 0) throw new UsageError('--ref is for verify: quotecheck verify ARTICLE --ref FILE');
  if (action === 'verify' && references.length === 0) throw new UsageError('verify needs at least one --ref FILE');
  if (values.json && values.jsonl) throw new UsageError('--json and --jsonl exclude each other');
  if (values.jsonl && values.html !== undefined) throw new UsageError('--html reports one article; it cannot be used with --jsonl');
  if (values.html === '') throw new UsageError('--html needs a file name');
  if (values['save-index'] === '') throw new UsageError('--save-index needs a file name');
  if (values['save-index'] !== undefined && action !== 'verify') throw new UsageError('--save-index is for verify: quotecheck verify ARTICLE --ref FILE --save-index INDEX');
  const format = values.format;
  if (format !== undefined && !articleFormats.includes(format as ArticleFormat)) {
    throw new UsageError(`--format must be text, html or markdown, got '${format}'`);
  }
  return {
    action,
    article,
    references,
    format: format as ArticleFormat | undefined,
    output: values.jsonl ? 'jsonl' : values.json ? 'json' : 'text',
    html: values.html,
    failOn: parseFailOn(values['fail-on'], action),
    saveIndex: values['save-index'],
  };
}

function parseFailOn(list: string | undefined, action: 'quotes' | 'verify'): QuoteProblem[] {
  if (list === undefined) return [];
  const names = list.split(',').map((name) => name.trim()).filter(Boolean);
  if (names.length === 0) throw new UsageError(`--fail-on needs a list of: ${quoteProblems.join(', ')}`);
  for (const name of names) {
    if (!quoteProblems.includes(name as QuoteProblem)) {
      throw new UsageError(`--fail-on: unknown problem '${name}'; expected ${quoteProblems.join(', ')}`);
    }
    if (action === 'quotes' && name !== 'unattributed') {
      throw new UsageError(`--fail-on ${name} needs references: use quotecheck verify ARTICLE --ref FILE`);
    }
  }
  return names as QuoteProblem[];
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message;
  const cut = line.indexOf('. ');
  return cut > 0 ? line.slice(0, cut) : line;
}
