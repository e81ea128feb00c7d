/**
 * `cue-after-quote`: the cue follows the quotation in the same sentence — `"…," Putin said.`,
 * `"…," said Putin.`, `"…," MacFarland told reporters in Baghdad.`, `"…," Hugh Hill, a doctor at
 * the clinic, said.` Pronoun subjects are left to the `pronoun` sieve.
 *
 * @module
 */
import { cueAfter } from '../cues.js';
import type { AttributionDocument } from '../document.js';
import type { Sieve } from './types.js';

/** The `cue-after-quote` sieve. */
export const cueAfterQuote: Sieve = {
  name: 'cue-after-quote',
  run(doc: AttributionDocument): void {
    for (let i = 0; i < doc.quotes.length; i++) {
      if (doc.links[i]) continue;
      const m = cueAfter(doc, doc.after(i), doc.quotes[i]?.text);
      if (!m?.mention || m.mention.kind === 'pronoun') continue;
      doc.link(i, { mention: m.mention, cue: m.cue, method: 'cue-after-quote', strength: m.strength });
    }
  },
};
