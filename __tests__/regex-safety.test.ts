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
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkSync, type Diagnostics } from 'recheck';
import { captureConstructedRegexes, collectSourceRegexes, type FoundRegex } from './helpers/regexes.js';
import { NEWS_PROSE } from './helpers/hostile-inputs.js';

const ROOT = join(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
const FIXTURES = join(import.meta.dirname, 'fixtures', 'hostile');

/** recheck with every wall-clock limit off: the verdict is a property of the pattern only. */
const TIMELESS = {
  checker: 'auto',
  timeout: null,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  recallTimeout: -1,
  randomSeed: 20261124,
} as const;

function srcModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return srcModules(path);
    // cli.ts runs on import; it is checked statically only.
    return entry.name.endsWith('.ts') && entry.name !== 'cli.ts' ? [path] : [];
  });
}

/** Loads every module and runs the public pipeline over the fixtures, so regexes built from word lists get made. */
async function exercise(): Promise<void> {
  for (const file of srcModules(SRC)) await import(pathToFileURL(file).href);
  const api = (await import('../src/index.js')) as typeof import('../src/index.js');
  const texts = [NEWS_PROSE, ...readdirSync(FIXTURES).map((name) => readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8'))];
  const index = new api.ReferenceIndex([{ id: 'prose', text: NEWS_PROSE, speaker: 'Elena Ortiz' }]);
  for (const text of texts) {
    const attributed = api.attributeQuotes(text);
    api.findQuotes(text);
    index.verifyAll(attributed);
  }
}

const { regexes: literal, dynamic } = collectSourceRegexes(SRC, ROOT);
let constructed: FoundRegex[] = [];

beforeAll(async () => {
  constructed = await captureConstructedRegexes(SRC, ROOT, exercise);
});

function unique(found: readonly FoundRegex[]): FoundRegex[] {
  const byPattern = new Map<string, FoundRegex>();
  for (const regex of found) byPattern.set(`/${regex.source}/${regex.flags}`, byPattern.get(`/${regex.source}/${regex.flags}`) ?? regex);
  return [...byPattern.values()];
}

function verdict(regex: FoundRegex): string | null {
  const result: Diagnostics = checkSync(regex.source, regex.flags, TIMELESS);
  if (result.status === 'safe') return null;
  if (result.status === 'vulnerable') {
    const hot = result.hotspot.map((spot) => regex.source.slice(spot.start, spot.end)).join(' ');
    return `${regex.where} /${regex.source}/${regex.flags}: ${result.complexity.summary}; attack ${result.attack.pattern}; hotspot ${hot}`;
  }
  return `${regex.where} /${regex.source}/${regex.flags}: recheck could not decide (${result.error.kind})`;
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
    const unsafe = unique(literal).map(verdict).filter((line) => line !== null);
    expect(unsafe).toEqual([]);
  });

  test('every regex built at run time is free of exponential and polynomial backtracking', () => {
    const unsafe = unique(constructed).map(verdict).filter((line) => line !== null);
    expect(unsafe).toEqual([]);
  });

  test('every computed `new RegExp(…)` call was seen at run time, so none goes unchecked', () => {
    const seen = new Set(constructed.map((regex) => regex.where));
    const missed = dynamic.filter((site) => !seen.has(site.where)).map((site) => `${site.where}: ${site.code}`);
    expect(missed).toEqual([]);
  });
});
