/**
 * `npm run bench -- --only memory`: peak memory of the public functions on very large inputs,
 * each measured in a fresh Node process (so one measurement's garbage cannot inflate the next):
 * peak resident set size (`process.resourceUsage().maxRSS`), the JavaScript heap after the call
 * (`process.memoryUsage().heapUsed`) and the time taken, or the error the call threw.
 *
 * Inputs: news prose (as text, HTML and Markdown) repeated to 5 MB and 50 MB (articles); real transcripts from
 * `../shared/data/speeches/reference.jsonl` repeated to 25 MB and 100 MB (reference
 * collections; news prose when `../shared` is missing). Sizes are UTF-16 code units.
 * `MEMORY_SIZES=small` runs a tenth of each size (for a quick look).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(import.meta.dirname, '..', '..');
const SHARED_REFERENCES = join(ROOT, '..', 'shared', 'data', 'speeches', 'reference.jsonl');

/** What one child process measured. */
interface Measure {
  readonly workload: string;
  readonly size: number;
  readonly ms: number;
  readonly peakRssMB: number;
  readonly heapMB: number;
  readonly result: string;
}

/** One workload: builds its input of `size` code units and runs the function under test. */
type Workload = (size: number) => Promise<string>;

async function referenceCollection(size: number): Promise<{ id: string; text: string; speaker?: string }[]> {
  const { NEWS_PROSE, repeatTo } = await import('../../__tests__/helpers/hostile-inputs.js');
  const base = existsSync(SHARED_REFERENCES)
    ? readFileSync(SHARED_REFERENCES, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as { id: string; text: string; speaker?: string })
    : [{ id: 'prose', text: repeatTo(NEWS_PROSE, 100_000) }];
  const references: { id: string; text: string; speaker?: string }[] = [];
  let length = 0;
  for (let round = 0; length < size; round++) {
    for (const reference of base) {
      if (length >= size) break;
      references.push({ ...reference, id: `${reference.id}#${round}` });
      length += reference.text.length;
    }
  }
  return references;
}

const WORKLOADS: Record<string, Workload> = {
  async findQuotes(size) {
    const { findQuotes } = await import('../../src/index.js');
    const { hostile } = await import('../../__tests__/helpers/hostile-inputs.js');
    return `${findQuotes(hostile('news-prose').build(size)).length} quotes`;
  },
  async attributeQuotes(size) {
    const { attributeQuotes } = await import('../../src/index.js');
    const { hostile } = await import('../../__tests__/helpers/hostile-inputs.js');
    return `${attributeQuotes(hostile('news-prose').build(size)).length} quotes`;
  },
  async 'checkArticle(html)'(size) {
    const { checkArticle } = await import('../../src/index.js');
    const { NEWS_PROSE, repeatTo } = await import('../../__tests__/helpers/hostile-inputs.js');
    const html = `<html><body><article>${repeatTo(NEWS_PROSE.split('\n\n').map((p) => `<p>${p}</p>`).join('\n'), size)}</article></body></html>`;
    return `${checkArticle(html, { format: 'html' }).quotes.length} quotes`;
  },
  async 'checkArticle(markdown)'(size) {
    const { checkArticle } = await import('../../src/index.js');
    const { NEWS_PROSE, repeatTo } = await import('../../__tests__/helpers/hostile-inputs.js');
    const markdown = repeatTo(`## Budget\n\n${NEWS_PROSE.replace(/Mayor/g, '**Mayor**')}\n\n> A block quote.\n\n`, size);
    return `${checkArticle(markdown, { format: 'markdown' }).quotes.length} quotes`;
  },
  async 'new ReferenceIndex'(size) {
    const { ReferenceIndex } = await import('../../src/index.js');
    const references = await referenceCollection(size);
    const index = new ReferenceIndex(references);
    return `${references.length} references; verify → ${index.verify('We will not back down').verdict}`;
  },
};

function measureInChild(workload: string, size: number): Measure {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'child', workload, String(size)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Measure;
  } catch {
    const why = child.stderr.trim().split('\n').find((l) => /heap out of memory|Error/.test(l)) ?? `exit ${child.status ?? child.signal}`;
    return { workload, size, ms: Number.NaN, peakRssMB: Number.NaN, heapMB: Number.NaN, result: `crashed: ${why.slice(0, 120)}` };
  }
}

async function child(workload: string, size: number): Promise<void> {
  const run = WORKLOADS[workload];
  if (run === undefined) throw new Error(`unknown workload ${workload}`);
  const start = performance.now();
  let result: string;
  try {
    result = await run(size);
  } catch (error) {
    result = `threw ${(error as Error).constructor.name}: ${(error as Error).message.slice(0, 160)}`;
  }
  const ms = performance.now() - start;
  const measure: Measure = {
    workload,
    size,
    ms,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    heapMB: process.memoryUsage().heapUsed / 2 ** 20,
    result,
  };
  console.log(JSON.stringify(measure));
}

/** Runs every workload at its sizes and prints one line each. */
export async function run(): Promise<void> {
  const scale = process.env['MEMORY_SIZES'] === 'small' ? 0.1 : 1;
  const plan: [string, number][] = [
    ['findQuotes', 5e6],
    ['findQuotes', 50e6],
    ['attributeQuotes', 5e6],
    ['attributeQuotes', 50e6],
    ['checkArticle(html)', 5e6],
    ['checkArticle(html)', 50e6],
    ['checkArticle(markdown)', 5e6],
    ['checkArticle(markdown)', 50e6],
    ['new ReferenceIndex', 25e6],
    ['new ReferenceIndex', 100e6],
  ];
  console.log('\n## Memory: peak RSS per call, each in a fresh process\n');
  for (const [workload, size] of plan) {
    const m = measureInChild(workload, Math.round(size * scale));
    const perUnit = m.peakRssMB * 2 ** 20 / m.size;
    console.log(
      `${m.workload.padEnd(20)} ${(m.size / 1e6).toFixed(1).padStart(6)} M code units  ` +
        `${Number.isNaN(m.ms) ? '       —' : `${(m.ms / 1000).toFixed(1).padStart(6)} s`}  ` +
        `peak RSS ${Number.isNaN(m.peakRssMB) ? '—' : `${m.peakRssMB.toFixed(0).padStart(5)} MB (${perUnit.toFixed(0)} B/unit)`}  ${m.result}`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'child') {
  await child(process.argv[3] ?? '', Number(process.argv[4]));
}
