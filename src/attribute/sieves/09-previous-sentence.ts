/**
 * `previous-sentence`: a quotation that opens a sentence with no cue of its own takes the speaker
 * of the speech cue in the sentence just before it (`…, dos Santos says. "If the government …"`),
 * or in the last sentence of the previous paragraph when the quotation is a paragraph of its own
 * (`Carter said that … would not happen.` ¶ `"That's because …"`).
 *
 * @module
 */
import { previousSentenceCue } from '../cues.js';
import type { AttributionDocument } from '../document.js';
import type { Sieve } from './types.js';

/** The `previous-sentence` sieve. */
export const previousSentence: Sieve = {
  name: 'previous-sentence',
  run(doc: AttributionDocument): void {
    for (let i = 0; i < doc.quotes.length; i++) {
      if (doc.links[i] || doc.quotes[i]?.kind === 'partial') continue;
      const m = previousSentenceCue(doc, i, doc.before(i));
      if (!m?.mention) continue;
      doc.link(i, { mention: m.mention, cue: m.cue, method: 'previous-sentence', strength: 1 });
    }
  },
};
