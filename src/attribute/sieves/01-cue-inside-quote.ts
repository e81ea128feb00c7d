/**
 * `cue-inside-quote`: a quotation split by its cue (`"A," he said, "B."`, `"A," said Vance. "B."`):
 * the cue between two segments of one utterance attributes both. Pronoun subjects are left to
 * the `pronoun` sieve.
 *
 * @module
 */
import { closesSubordinateClause, cueAfter, cueBefore } from '../cues.js';
import type { AttributionDocument } from '../document.js';
import type { Sieve } from './types.js';

/** Finds the cue between segment `i` and the next segment of the same utterance. */
export function insideCue(doc: AttributionDocument, i: number) {
  const q = doc.quotes[i];
  const next = doc.quotes[i + 1];
  if (!q || !next || next.utterance !== q.utterance) return null;
  if (doc.paragraphOf(doc.closeOf(i)) !== doc.paragraphOf(doc.openOf(i + 1))) return null;
  // `When someone shouted, "Recount," Vance joked, "…"`: the first segment closes a clause of its own
  if (closesSubordinateClause(doc, i)) return null;
  const cue = cueAfter(doc, doc.after(i));
  // `"A," Vance said as a man in the gallery yelled: "B!"`: a second cue with a subject of its own governs
  // the second segment — two speakers, not one split utterance (the later sieves link each)
  const second = cue ? cueBefore(doc, doc.before(i + 1)) : null;
  if (cue && second?.mention && cue.mention && second.cue.start > cue.cue.end && second.mention.start > cue.mention.end) return null;
  return cue;
}

/** The `cue-inside-quote` sieve. */
export const cueInsideQuote: Sieve = {
  name: 'cue-inside-quote',
  run(doc: AttributionDocument): void {
    for (let i = 0; i < doc.quotes.length; i++) {
      if (doc.links[i] && doc.links[i + 1]) continue;
      const m = insideCue(doc, i);
      if (!m?.mention || m.mention.kind === 'pronoun') continue;
      const link = { mention: m.mention, cue: m.cue, method: 'cue-inside-quote', strength: m.strength };
      doc.link(i, link);
      doc.link(i + 1, link);
    }
  },
};
