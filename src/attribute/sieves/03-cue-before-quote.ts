/**
 * `cue-before-quote`: the cue precedes the quotation in the same sentence — `Putin said: "…"`,
 * `Kerry said the US could make "an enormous difference"`. The speech verb nearest the quotation
 * right before the quotation, else the leftmost one with a subject (the main clause) wins; a cue
 * right after the quotation takes precedence. Pronoun subjects are left to the `pronoun` sieve.
 *
 * @module
 */
import { creditBeforeColon, cueBefore, governingCueAfter, type CueMatch } from '../cues.js';
import { headlineVerb } from '../headlines.js';
import type { AttributionDocument } from '../document.js';
import { isTitle } from './00-titles.js';
import type { Sieve } from './types.js';

/**
 * The cue before quote `i` read across the titles just before it in the same sentence (quotations
 * blocked as titles, or unlinked ones that read as titles): `X, a contestant on "The Apprentice,"
 * said …`, `She told "Good Morning America" that …`. `null` when there is no such title or no cue.
 */
export function cueBeforeOverTitles(doc: AttributionDocument, i: number): CueMatch | null {
  const wider = doc.beforeOverTitles(i, (k) => doc.blocked.has(k) || (!doc.links[k] && isTitle(doc.quotes[k]?.text ?? '')));
  return wider ? cueBefore(doc, wider) : null;
}

/** The `cue-before-quote` sieve. */
export const cueBeforeQuote: Sieve = {
  name: 'cue-before-quote',
  run(doc: AttributionDocument): void {
    for (let i = 0; i < doc.quotes.length; i++) {
      if (doc.links[i]) continue;
      // a cue right after the quotation wins (`Rhimes declared: "…," she said.`): the pronoun sieve takes it
      if (governingCueAfter(doc, i)?.mention) continue;
      // a source credited before a colon (`Pollsters agree - Carl Bialik: "…"`) is the colon sieve's
      if (creditBeforeColon(doc.before(i))) continue;
      let m: CueMatch | null = cueBefore(doc, doc.before(i)) ?? headlineVerb(doc, doc.before(i));
      // a title between the cue and the quotation (`X, a contestant on "The Apprentice," said …`)
      if (!m?.mention) m = cueBeforeOverTitles(doc, i) ?? m;
      if (!m?.mention || m.mention.kind === 'pronoun') continue;
      doc.link(i, { mention: m.mention, cue: m.cue, method: 'cue-before-quote', strength: m.strength });
    }
  },
};
