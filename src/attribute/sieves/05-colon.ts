/**
 * `colon`: a colon introduces the quotation — at the end of the previous paragraph
 * (`Joel Pollak observed:` ¶ `"…"`), without a verb (`Trump on Twitter: "…"`), or a headline's
 * opening name (`Graham: Trump's 'Hateful Rhetoric' …`); and a credit line after the quotation
 * (`"…"` ¶ `- Sanders.`).
 *
 * @module
 */
import { colonBefore, cueBefore, dashCredit, governingCueAfter } from '../cues.js';
import { headlineColon } from '../headlines.js';
import { WINDOW, type AttributionDocument } from '../document.js';
import { endsSentence, type Token } from '../tokens.js';
import type { Sieve } from './types.js';

/** Whether quote `i` continues the sentence of quote `i - 1` (no sentence end or paragraph break between them). */
function sameSentence(doc: AttributionDocument, i: number): boolean {
  return !/[.!?]["'”’]*\s*$/.test(doc.quotes[i - 1]?.text ?? '') && !doc.before(i).some((t) => endsSentence(t) || t.kind === 'para') && doc.openOf(i) - doc.closeOf(i - 1) < WINDOW && doc.paragraphOf(doc.openOf(i)) === doc.paragraphOf(doc.openOf(i - 1));
}

/** The `colon` sieve. */
export const colon: Sieve = {
  name: 'colon',
  run(doc: AttributionDocument): void {
    for (let i = 0; i < doc.quotes.length; i++) {
      if (doc.links[i]) continue;
      // the quotation's own cue after it wins (`Clinton seemed irritated: "…," she wrote.`): the pronoun sieve takes it
      if (governingCueAfter(doc, i)?.mention) continue;
      const before = doc.before(i);
      // `Another said he hoped with his "whole heart" that Trump wins: "…"`: a colon ending a sentence
      // that began before an attributed quotation of its own, with no cue after that quotation,
      // introduces the same speaker
      const previous = i > 0 ? doc.links[i - 1] : null;
      // (not after a new main clause: `…, but he gave the Texan a back-handed compliment: "…"`)
      const newClause = before.some((t) => /^(?:but|yet|;)$/.test(t.lower));
      if (previous?.mention && before[before.length - 1]?.text === ':' && before.length > 1 && !newClause && sameSentence(doc, i) && !cueBefore(doc, before)?.mention) {
        doc.link(i, { mention: previous.mention, cue: doc.span((before[before.length - 1] as Token).start, (before[before.length - 1] as Token).end), method: 'colon', strength: 1, from: i - 1 });
        continue;
      }
      const m = colonBefore(doc, i, before) ?? headlineColon(doc, before) ?? dashCredit(doc, i);
      if (!m?.mention || m.mention.kind === 'pronoun') continue;
      doc.link(i, { mention: m.mention, cue: m.cue, method: 'colon', strength: m.strength });
    }
  },
};
