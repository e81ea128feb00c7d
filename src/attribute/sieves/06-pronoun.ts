/**
 * `pronoun`: the cue patterns of the sieves before it (inside, after, before, colon) whose
 * subject is a personal pronoun — `"…," he said.`, `She insisted: "…"`. The pronoun is the
 * mention; stage 2 resolves it to the entity it refers to.
 *
 * @module
 */
import { colonBefore, cueBefore, governingCueAfter } from '../cues.js';
import type { AttributionDocument } from '../document.js';
import { insideCue } from './01-cue-inside-quote.js';
import { cueBeforeOverTitles } from './03-cue-before-quote.js';
import type { Sieve } from './types.js';

/** The `pronoun` sieve. */
export const pronoun: Sieve = {
  name: 'pronoun',
  run(doc: AttributionDocument): void {
    for (let i = 0; i < doc.quotes.length; i++) {
      if (doc.links[i]) continue;
      const inside = insideCue(doc, i);
      if (inside?.mention?.kind === 'pronoun') {
        const link = { mention: inside.mention, cue: inside.cue, method: 'pronoun', strength: inside.strength };
        doc.link(i, link);
        doc.link(i + 1, link);
        continue;
      }
      let m = governingCueAfter(doc, i) ?? cueBefore(doc, doc.before(i)) ?? colonBefore(doc, i, doc.before(i));
      // a title between the cue and the quotation (`She told "Good Morning America" the talks were "…"`)
      if (!m?.mention) m = cueBeforeOverTitles(doc, i) ?? m;
      if (m?.mention?.kind !== 'pronoun') continue;
      doc.link(i, { mention: m.mention, cue: m.cue, method: 'pronoun', strength: m.strength });
    }
  },
};
