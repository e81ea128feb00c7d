/**
 * `colon`: a colon introduces the quotation — at the end of the previous paragraph
 * (`Joel Pollak observed:` ¶ `"…"`), without a verb (`Trump on Twitter: "…"`), or a headline's
 * opening name (`Graham: Trump's 'Hateful Rhetoric' …`); and a credit line after the quotation
 * (`"…"` ¶ `- Sanders.`).
 *
 * @module
 */
import { colonBefore, dashCredit, governingCueAfter } from '../cues.js';
import { headlineColon } from '../headlines.js';
import type { AttributionDocument } from '../document.js';
import type { Sieve } from './types.js';

/** The `colon` sieve. */
export const colon: Sieve = {
  name: 'colon',
  run(doc: AttributionDocument): void {
    for (let i = 0; i < doc.quotes.length; i++) {
      if (doc.links[i]) continue;
      // the quotation's own cue after it wins (`Clinton seemed irritated: "…," she wrote.`): the pronoun sieve takes it
      if (governingCueAfter(doc, i)?.mention) continue;
      const m = colonBefore(doc, i, doc.before(i)) ?? headlineColon(doc, doc.before(i)) ?? dashCredit(doc, i);
      if (!m?.mention || m.mention.kind === 'pronoun') continue;
      doc.link(i, { mention: m.mention, cue: m.cue, method: 'colon', strength: m.strength });
    }
  },
};
