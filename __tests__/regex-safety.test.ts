/**
 * No regular expression in quotecheck's own code can backtrack catastrophically (exponential)
 * or polynomially (quadratic and worse) — the ReDoS classes that turn a 5 MB article into a hang.
 *
 * Every regex of `src/**\/*.ts` is collected (literals and literal `new RegExp` statically;
 * patterns built from word lists at run time, while quotecheck processes the hostile fixtures)
 * and judged by recheck (https://makenowjust-labs.github.io/recheck/): its automaton checker
 * decides the worst-case complexity exactly for the syntax it supports, its fuzz checker covers
 * the rest (look-behind, back-references). Both run with every time limit off and a fixed
 * random seed, so the verdict does not depend on the machine's speed. The measured growth of
 * each regex on long inputs is in `npm run bench -- --only scaling`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  captureConstructedRegexes,
  collectSourceRegexes,
  describeVerdict,
  judgeRegex,
  sourceFiles,
  uniqueRegexes,
  type FoundRegex,
} from './helpers/regexes.js';
import { NEWS_PROSE } from './helpers/hostile-inputs.js';

const ROOT = join(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
const FIXTURES = join(import.meta.dirname, 'fixtures', 'hostile');

/** The modules of src/ except cli.ts, which runs on import (it is checked statically only). */
const srcModules = (): string[] => sourceFiles(SRC).filter((file) => !file.endsWith('/cli.ts'));

/** Loads every module and runs the whole pipeline (every format, verification, reports) over the fixtures, so regexes built from word lists get made. */
async function exercise(): Promise<void> {
  for (const file of srcModules()) await import(pathToFileURL(file).href);
  const api = (await import('../src/index.js')) as typeof import('../src/index.js');
  const articles = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'input.txt')));
  const texts = [NEWS_PROSE, ...articles.map((name) => readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8'))];
  const index = new api.ReferenceIndex([{ id: 'prose', text: NEWS_PROSE, speaker: 'Elena Ortiz' }]);
  for (const text of texts) {
    for (const format of api.articleFormats) {
      const check = api.checkArticle(text, { format, index });
      api.renderText(check);
      api.renderHtml(check);
    }
    api.findQuotes(text);
  }
}

const { regexes: literal, dynamic } = collectSourceRegexes(SRC, ROOT);
let constructed: FoundRegex[] = [];

beforeAll(async () => {
  constructed = await captureConstructedRegexes(SRC, ROOT, exercise);
});

/**
 * Regexes recheck finds unsafe that are known and reported to their owners, by file and pattern
 * (line numbers move). The tests fail on any unsafe regex not listed here, and on a listed one
 * that is safe or gone — then delete its entry.
 */
const KNOWN_UNSAFE: Record<string, string> = {};

const keyOf = (regex: FoundRegex): string => `${regex.where.replace(/:\d+$/, '')} /${regex.source}/${regex.flags}`;

/** The unsafe regexes of `found` that are not in {@link KNOWN_UNSAFE}, and the listed ones that are not (or no longer) unsafe. */
function audit(found: readonly FoundRegex[], listed: (key: string) => boolean): { unexpected: string[]; stale: string[] } {
  const unexpected: string[] = [];
  const stillUnsafe = new Set<string>();
  for (const regex of uniqueRegexes(found)) {
    const line = describeVerdict(regex, judgeRegex(regex));
    if (line === null) continue;
    if (KNOWN_UNSAFE[keyOf(regex)] !== undefined) stillUnsafe.add(keyOf(regex));
    else unexpected.push(line);
  }
  const stale = Object.keys(KNOWN_UNSAFE).filter((key) => listed(key) && !stillUnsafe.has(key));
  return { unexpected, stale };
}

describe('the regex collector', () => {
  test('reads literals, literal `new RegExp` calls and computed calls from TypeScript source', () => {
    const { regexes, dynamic: computed } = collectSourceRegexes(join(import.meta.dirname, 'helpers'), ROOT);
    expect(regexes).toEqual(
      expect.arrayContaining([
        { source: '\\n+', flags: 'g', where: expect.stringMatching(/^__tests__\/helpers\/hostile-inputs\.ts:\d+$/) },
        { source: '\\s+', flags: 'g', where: expect.stringMatching(/^__tests__\/helpers\/regexes\.ts:\d+$/) },
      ]),
    );
    expect(computed.map((site) => site.code)).toEqual(expect.arrayContaining([expect.stringContaining('new RegExp(written.slice(1, slash)')]));
  });
});

describe('regular expressions in src/', () => {
  test('every regex literal and literal `new RegExp` is free of exponential and polynomial backtracking', () => {
    const { unexpected, stale } = audit(literal, () => true);
    expect(unexpected).toEqual([]);
    // A listed regex that is now safe, or gone: delete its entry from KNOWN_UNSAFE.
    expect(stale).toEqual([]);
  });

  test('every regex built at run time is free of exponential and polynomial backtracking', () => {
    const { unexpected } = audit(constructed, () => false);
    expect(unexpected).toEqual([]);
  });

  test('every computed `new RegExp(…)` call was seen at run time, so none goes unchecked', () => {
    const seen = new Set(constructed.map((regex) => regex.where));
    const missed = dynamic.filter((site) => !seen.has(site.where)).map((site) => `${site.where}: ${site.code}`);
    expect(missed).toEqual([]);
  });
});
