/**
 * `clause-subject`: a partial quotation with no speech cue, inside a sentence whose subject
 * utters it in a looser way (`Clinton slammed the proposal as "reprehensible"`,
 * `Rubio bemoaned a climate in which people "literally hate each other"`): the subject of the
 * clause before the quotation — or, first, a short cue closing the sentence after a comma past
 * later fragments (`… "a great deal of weight" and help bring candidates the "firepower" they
 * need, a spokesman said.`). Low confidence. Titles (every word capitalized) and single words
 * (scare quotes: `the so-called "rebels"`) are left alone.
 *
 * @module
 */
import { clauseSubject, sentenceFinalCue } from '../cues.js';
import type { AttributionDocument } from '../document.js';
import { endsSentence } from '../tokens.js';
import { continuesSentence } from './08-continuation.js';
import { isTitle } from './00-titles.js';
import type { Sieve } from './types.js';

/** The `clause-subject` sieve. */
export const clauseSubjectSieve: Sieve = {
  name: 'clause-subject',
  run(doc: AttributionDocument): void {
    for (let i = 0; i < doc.quotes.length; i++) {
      if (doc.links[i]) continue;
      const quote = doc.quotes[i];
      // a later fragment of a sentence whose earlier fragment this rule linked
      if (doc.links[i - 1]?.method === 'clause-subject' && continuesSentence(doc, i)) {
        const prev = doc.links[i - 1];
        if (prev) doc.link(i, { ...prev, from: prev.from ?? i - 1 });
        continue;
      }
      // `… was "stagnant for a month" as donors waited to see how a "turbulent cycle" played out,
      // he said.`: a cue that closes the sentence past later fragments
      const final = sentenceFinalCue(doc, i);
      if (final?.mention) {
        doc.link(i, { mention: final.mention, cue: final.cue, method: 'clause-subject', strength: 1 });
        continue;
      }
      if (!quote || isTitle(quote.text)) continue;
      // a single word with no cue is a scare quote (`the so-called "rebels"`), not speech
      if (!/\S\s+\S/.test(quote.text.trim())) continue;
      const tokens = doc.before(i);
      let s = tokens.length;
      while (s > 0 && !endsSentence(tokens[s - 1])) s -= 1;
      if (tokens.length - s < 2) continue;
      const subject = clauseSubject(tokens, s, tokens.length);
      if (!subject) continue;
      doc.link(i, { mention: subject.mention, cue: null, method: 'clause-subject', strength: 1 });
    }
  },
};
