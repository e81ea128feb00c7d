/**
 * `cue-after-quote`: the cue follows the quotation in the same sentence — `"…," Putin said.`,
 * `"…," said Putin.`, `"…," MacFarland told reporters in Baghdad.`, `"…," Hugh Hill, a doctor at
 * the clinic, said.`, or a short cue closing the sentence after a comma, past a clause or later
 * fragments (`"…," and donations picked up, Gilbert said.`, `Donations were "flat" as donors waited
 * to see how a "messy primary" played out, treasurer Lena Ostrova said.`), or a headline's speaker
 * and verb closing its line (`Guns Are 'A Crisis,' Howard Dean Tells Convention`). Pronoun subjects are
 * left to the `pronoun` sieve. A cue followed by
 * `according to …` (second-hand) links with less confidence.
 *
 * @module
 */
import { governingCueAfter, sentenceFinalCue } from '../cues.js';
import type { AttributionDocument } from '../document.js';
import { headlineCueAfter } from '../headlines.js';
import type { Sieve } from './types.js';

/** The `cue-after-quote` sieve. */
export const cueAfterQuote: Sieve = {
  name: 'cue-after-quote',
  run(doc: AttributionDocument): void {
    for (let i = 0; i < doc.quotes.length; i++) {
      if (doc.links[i]) continue;
      // (or a cue closing the sentence past a clause: `"…," and donations began to pick up, Gilbert said.`)
      // (or a title-case headline closed by its speaker: `Guns Are 'A Crisis,' Howard Dean Tells Convention`)
      const m = governingCueAfter(doc, i) ?? sentenceFinalCue(doc, i) ?? headlineCueAfter(doc, i);
      if (!m?.mention || m.mention.kind === 'pronoun') continue;
      // `"…," Sanders said, according to CNN`: second-hand, so less sure
      const secondHand = doc.after(i).some((t, k, all) => t.lower === 'according' && all[k + 1]?.lower === 'to');
      doc.link(i, { mention: m.mention, cue: m.cue, method: 'cue-after-quote', strength: secondHand ? 1 : m.strength });
    }
  },
};
