/**
 * `same-utterance`: segments of one utterance share one speaker — a segment left without a cue
 * takes the speaker of another segment of its utterance (a quotation that runs across
 * paragraphs, or one split by its cue).
 *
 * @module
 */
import type { AttributionDocument, Link } from '../document.js';
import type { Sieve } from './types.js';

/** The `same-utterance` sieve. */
export const sameUtterance: Sieve = {
  name: 'same-utterance',
  run(doc: AttributionDocument): void {
    // quotes are in document order; an utterance's segments are consecutive
    let i = 0;
    while (i < doc.quotes.length) {
      const u = doc.quotes[i]?.utterance;
      let j = i;
      let source: Link | null = null;
      let from = -1;
      while (j < doc.quotes.length && doc.quotes[j]?.utterance === u) {
        if (!source && doc.links[j]?.mention) {
          source = doc.links[j] as Link;
          from = j;
        }
        j += 1;
      }
      if (source) {
        for (let k = i; k < j; k++) {
          if (!doc.links[k]) doc.link(k, { mention: source.mention, cue: source.cue, method: 'same-utterance', strength: source.strength, from });
        }
      }
      i = j;
    }
  },
};
