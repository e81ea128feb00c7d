/**
 * `according-to`: `according to X` in the sentence of the quotation, before or after it —
 * `The plan is "dead," according to a senior official.`
 *
 * @module
 */
import { accordingTo as findAccordingTo } from '../cues.js';
import type { AttributionDocument } from '../document.js';
import type { Sieve } from './types.js';

/** The `according-to` sieve. */
export const accordingTo: Sieve = {
  name: 'according-to',
  run(doc: AttributionDocument): void {
    for (let i = 0; i < doc.quotes.length; i++) {
      if (doc.links[i]) continue;
      const m = findAccordingTo(doc, doc.before(i), doc.after(i), doc.quotes[i]?.text);
      if (!m?.mention || m.mention.kind === 'pronoun') continue;
      doc.link(i, { mention: m.mention, cue: m.cue, method: 'according-to', strength: m.strength });
    }
  },
};
