/**
 * Attribution on the fiction-like dialogue fixtures (`__tests__/fixtures/attribute/fiction-*`):
 * `npm run eval -- --fiction`. Each fixture's `expected.json` holds the speakers that pass (the
 * test checks them) and `gaps.json` the ones that still fail; both are counted here, so the figure
 * is right / all hand-labelled quotations. Printed twice: as written (double marks) and with the
 * marks swapped to the British convention (single outside, double inside), which exercises the
 * single-mark rules of `findQuotes`. Also: how many attributions reach confidence ≥ 0.8, and how
 * many of those are right. These passages were written during development, so they are not held out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributeQuotes } from '../../src/index.js';

const ROOT = join(import.meta.dirname, '..', '..', '__tests__', 'fixtures', 'attribute');

/** One hand-labelled quotation: its first words and the speaker a careful reader names. */
interface Labelled {
  readonly quote: string;
  readonly speaker: string | null;
}

/** Swaps curly double and single marks (apostrophes inside words stay): `“A ‘b’ c”` → `‘A “b” c’`. */
export function britishMarks(text: string): string {
  return text
    .replace(/‘/g, '\u0001')
    .replace(/’(?=\s|[,.;:!?—)]|$)/gm, '\u0002')
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/\u0001/g, '“')
    .replace(/\u0002/g, '”');
}

/** Right / total and confidence figures over every fiction fixture, the text passed through `transform`. */
function measure(transform: (text: string) => string): { right: number; total: number; confident: number; confidentRight: number } {
  const out = { right: 0, total: 0, confident: 0, confidentRight: 0 };
  for (const dir of readdirSync(ROOT).filter((d) => d.startsWith('fiction')).sort()) {
    const results = attributeQuotes(transform(readFileSync(join(ROOT, dir, 'input.txt'), 'utf8')));
    for (const file of ['expected.json', 'gaps.json']) {
      if (!existsSync(join(ROOT, dir, file))) continue;
      for (const e of JSON.parse(readFileSync(join(ROOT, dir, file), 'utf8')) as Labelled[]) {
        const q = results.find((r) => r.text.startsWith(e.quote));
        const right = q !== undefined && (e.speaker === null ? q.speaker === null : q.speaker?.name === e.speaker);
        out.total++;
        if (right) out.right++;
        if (q?.speaker && q.confidence >= 0.8) {
          out.confident++;
          if (right) out.confidentRight++;
        }
      }
    }
  }
  return out;
}

/** Prints the fiction figures. */
export function evaluateFiction(): void {
  console.log('Attribution on the fiction-like dialogue fixtures (hand-labelled; used in development, not held out)');
  for (const [label, transform] of [['double marks, as written', (t: string) => t], ['single marks (British)', britishMarks]] as const) {
    const m = measure(transform);
    console.log(`  ${label}: ${m.right}/${m.total} right (${((100 * m.right) / m.total).toFixed(1)}%); confidence ≥ 0.8: ${m.confidentRight}/${m.confident} right, covering ${((100 * m.confidentRight) / m.total).toFixed(1)}% of the quotations`);
  }
}
