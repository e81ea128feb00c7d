/**
 * Collects every regular expression quotecheck's own code uses, for the ReDoS check
 * (`__tests__/regex-safety.test.ts`) and the regex section of `scripts/bench/scaling.ts`:
 * - statically, from the TypeScript source of `src/**\/*.ts`: regex literals, and
 *   `new RegExp(…)` / `RegExp(…)` calls whose pattern is a string literal;
 * - at run time, by watching the `RegExp` constructor while quotecheck runs, for patterns
 *   built from word lists (`new RegExp(words.join('|'))`), which no static reading can see.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync, type Diagnostics } from 'recheck';
import ts from 'typescript';

/** One regular expression found in the source. */
export interface FoundRegex {
  /** The pattern (as `RegExp#source`). */
  readonly source: string;
  /** Its flags. */
  readonly flags: string;
  /** `path:line` of the place that makes it (relative to the repository). */
  readonly where: string;
}

/** A `new RegExp(…)` whose pattern is computed: only a run-time capture can check it. */
export interface DynamicSite {
  /** `path:line` of the call. */
  readonly where: string;
  /** The call as written. */
  readonly code: string;
}

/** Every `.ts` file under `dir` (not `.d.ts`), recursively. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function literalText(node: ts.Node | undefined): string | undefined {
  if (node === undefined) return '';
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

/** Reads every `.ts` file under `srcDir` and returns its literal regexes and its computed `RegExp` calls. */
export function collectSourceRegexes(srcDir: string, root: string): { regexes: FoundRegex[]; dynamic: DynamicSite[] } {
  const regexes: FoundRegex[] = [];
  const dynamic: DynamicSite[] = [];
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const at = (node: ts.Node): string =>
      `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const written = node.getText(source);
        const slash = written.lastIndexOf('/');
        // Normalise through the engine so `source` matches what `RegExp#source` reports at run time.
        const regex = new RegExp(written.slice(1, slash), written.slice(slash + 1));
        regexes.push({ source: regex.source, flags: regex.flags, where: at(node) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [patternNode, flagsNode] = node.arguments ?? [];
        const pattern = literalText(patternNode);
        const flags = literalText(flagsNode);
        if (patternNode !== undefined && pattern !== undefined && flags !== undefined) {
          const regex = new RegExp(pattern, flags);
          regexes.push({ source: regex.source, flags: regex.flags, where: at(node) });
        } else {
          dynamic.push({ where: at(node), code: node.getText(source).replace(/\s+/g, ' ').slice(0, 160) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { regexes, dynamic };
}

/**
 * Runs `work` with the global `RegExp` constructor watched, and returns every regex that code
 * under `srcDir` constructed meanwhile (literals do not pass through the constructor; see
 * {@link collectSourceRegexes} for those). Restores the constructor afterwards.
 */
export async function captureConstructedRegexes(srcDir: string, root: string, work: () => Promise<void>): Promise<FoundRegex[]> {
  const found: FoundRegex[] = [];
  const original = globalThis.RegExp;
  const record = (regex: RegExp): RegExp => {
    const frames = (new Error().stack ?? '').split('\n').slice(1);
    const caller = frames.find((frame) => !frame.includes('helpers/regexes') && !frame.includes('node:internal'));
    if (caller !== undefined && caller.includes(srcDir) && !caller.includes('node_modules')) {
      const location = /\((.*?):(\d+):\d+\)$/.exec(caller) ?? /at (.*?):(\d+):\d+$/.exec(caller);
      const where = location ? `${relative(root, location[1]!)}:${location[2]}` : caller.trim();
      found.push({ source: regex.source, flags: regex.flags, where });
    }
    return regex;
  };
  globalThis.RegExp = new Proxy(original, {
    construct: (target, args: [string | RegExp, string?]) => record(Reflect.construct(target, args) as RegExp),
    apply: (target, _this, args: [string | RegExp, string?]) => record(Reflect.apply(target, undefined, args) as RegExp),
  });
  try {
    await work();
  } finally {
    globalThis.RegExp = original;
  }
  return found;
}

/** One entry per distinct pattern and flags (the first place that makes it). */
export function uniqueRegexes(found: readonly FoundRegex[]): FoundRegex[] {
  const byPattern = new Map<string, FoundRegex>();
  for (const regex of found) {
    const key = `/${regex.source}/${regex.flags}`;
    if (!byPattern.has(key)) byPattern.set(key, regex);
  }
  return [...byPattern.values()];
}

/**
 * recheck (https://makenowjust-labs.github.io/recheck/) with every wall-clock limit off and a
 * fixed seed: the verdict is a property of the pattern, not of the machine's speed. Its automaton
 * checker decides the worst case exactly for the syntax it supports; the fuzz checker covers
 * the rest (look-behind, back-references).
 */
const TIMELESS = {
  checker: 'auto',
  timeout: null,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  recallTimeout: -1,
  randomSeed: 20261124,
} as const;

/** recheck's verdict on one regex. */
export function judgeRegex(regex: Pick<FoundRegex, 'source' | 'flags'>): Diagnostics {
  return checkSync(regex.source, regex.flags, TIMELESS);
}

/** One line describing an unsafe verdict (`null` when the regex is safe). */
export function describeVerdict(regex: FoundRegex, result: Diagnostics): string | null {
  if (result.status === 'safe') return null;
  if (result.status === 'vulnerable') {
    const hot = result.hotspot.map((spot) => regex.source.slice(spot.start, spot.end)).join(' ');
    return `${regex.where} /${regex.source}/${regex.flags}: ${result.complexity.summary}; attack ${result.attack.pattern}; hotspot ${hot}`;
  }
  return `${regex.where} /${regex.source}/${regex.flags}: recheck could not decide (${result.error.kind})`;
}

/** Builds recheck's attack string with every pump repeated `times` times. */
export function attackString(result: Diagnostics, times: number): string | null {
  if (result.status !== 'vulnerable') return null;
  const { pumps, suffix } = result.attack;
  return pumps.map((pump) => pump.prefix + pump.pump.repeat(times)).join('') + suffix;
}
