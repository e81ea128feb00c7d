/**
 * `cue-after-quote`: the cue follows the quotation in the same sentence — `"…," Vance said.`,
 * `"…," said Vance.`, `"…," MacFarland told reporters in Baghdad.`, `"…," Hugh Hill, a doctor at
 * the clinic, said.`, or a short cue closing the sentence after a comma, past a clause or later
 * fragments (`"…," and the ferry resumed service, Okafor said.`, `Attendance was "down" while the
 * library's "temporary closure" dragged on, director Lena Ostrova said.`), the cue of a quotation
 * joined by `and` (`"…" and "…," Vance proclaimed`), or one read across quoted titles (`"…," X,
 * wearing "Vance for Mayor" pins, said`), or a headline's speaker and verb closing its line (`Roads
 * Are 'A Crisis,' Ada Vance Tells Council`). Pronoun subjects are left to the `pronoun` sieve. A cue followed
 * by `according to …` (second-hand) links with less confidence.
 *
 * @module
 */
import { governingCueAfter, sentenceFinalCue, type CueMatch } from '../cues.js';
import type { AttributionDocument } from '../document.js';
import { headlineCueAfter } from '../headlines.js';
import { readsAsTitle } from './00-titles.js';
import type { Sieve } from './types.js';

/**
 * The cue after quote `i` read across the titles just after it in the same sentence (quotations
 * blocked as titles, or unlinked ones that read as titles): `"…," Harlow delegate Rita Moss,
 * wearing a sun hat and "Vance for Mayor" campaign pins, said`. `null` when there is no such title or no cue.
 */
export function cueAfterOverTitles(doc: AttributionDocument, i: number): CueMatch | null {
  const wider = doc.afterOverTitles(i, (k) => readsAsTitle(doc, k));
  return wider ? governingCueAfter(doc, i, wider) : null;
}

/**
 * The cue after the quotation that `and` or `or` joins to quote `i`: `"a hidden tax" and "a burden
 * on renters," Vance proclaimed` — both quotations share it. `null` when there is none.
 */
export function coordinatedCueAfter(doc: AttributionDocument, i: number): CueMatch | null {
  const between = doc.after(i).filter((t) => t.text !== ',');
  if (between.length !== 1 || !/^(?:and|or)$/.test(between[0]?.lower ?? '') || i + 1 >= doc.quotes.length) return null;
  if (doc.paragraphOf(doc.openOf(i + 1)) !== doc.paragraphOf(doc.closeOf(i))) return null;
  return governingCueAfter(doc, i + 1);
}

/** The `cue-after-quote` sieve. */
export const cueAfterQuote: Sieve = {
  name: 'cue-after-quote',
  run(doc: AttributionDocument): void {
    for (let i = 0; i < doc.quotes.length; i++) {
      if (doc.links[i]) continue;
      // (or a cue closing the sentence past a clause: `"…," and the ferry resumed service, Okafor said.`)
      // (or the cue of a quotation joined by `and`: `"…" and "…," Vance said`)
      // (or a title-case headline closed by its speaker: `Roads Are 'A Crisis,' Ada Vance Tells Council`)
      const near = governingCueAfter(doc, i) ?? sentenceFinalCue(doc, i) ?? coordinatedCueAfter(doc, i) ?? headlineCueAfter(doc, i);
      const m = near ?? cueAfterOverTitles(doc, i);
      if (!m?.mention || m.mention.kind === 'pronoun') continue;
      // the titles read across on the way to the cue are titles, not speech
      if (!near) for (let k = i + 1; k < doc.quotes.length && doc.openOf(k) < m.cue.start; k++) doc.blocked.add(k);
      // `"…," Vance said, according to the Ledger`: second-hand, so less sure
      const secondHand = doc.after(i).some((t, k, all) => t.lower === 'according' && all[k + 1]?.lower === 'to');
      doc.link(i, { mention: m.mention, cue: m.cue, method: 'cue-after-quote', strength: secondHand ? 1 : m.strength });
    }
  },
};
