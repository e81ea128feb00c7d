/**
 * `cue-before-quote`: the cue precedes the quotation in the same sentence — `Putin said: "…"`,
 * `Kerry said the US could make "an enormous difference"`. The speech verb nearest the quotation
 * right before the quotation, else the leftmost one with a subject (the main clause) wins; a cue
 * right after the quotation takes precedence. Pronoun subjects are left to the `pronoun` sieve.
 *
 * @module
 */
import { creditBeforeColon, cueBefore, governingCueAfter, type CueMatch } from '../cues.js';
import { headlineVerb } from '../headlines.js';
import type { AttributionDocument } from '../document.js';
import { isTitle } from './00-titles.js';
import type { Sieve } from './types.js';
import { isWord } from '../tokens.js';

/** Subject pronouns (they open a clause of their own). */
const SUBJECT_PRONOUNS = /^(?:i|we|you|he|she|they|it)$/;

/** Words opening a clause governed by a verb (`tweeted that she was "…"`). */
const COMPLEMENTIZERS = /^(?:that|whether|if)$/;

/** Participles that give a name (`a group called the "…"`): the quotation after them is a name. */
const NAMING = /^(?:called|named|dubbed|titled|entitled|known|labeled|labelled|nicknamed|branded)$/;

/**
 * The cue before quote `i` read across the titles just before it in the same sentence (quotations
 * blocked as titles, or unlinked ones that read as titles): `X, a contestant on "The Apprentice,"
 * said …`, `She told "Good Morning America" that …`. `null` when there is no such title or no cue.
 */
export function cueBeforeOverTitles(doc: AttributionDocument, i: number): CueMatch | null {
  const wider = doc.beforeOverTitles(i, (k) => doc.blocked.has(k) || (!doc.links[k] && isTitle(doc.quotes[k]?.text ?? '')));
  return wider ? cueBefore(doc, wider) : null;
}

/**
 * The cue that linked quote `i - 1`, when it stands before that quotation in the same sentence as
 * quote `i` and still reads as the cue of quote `i` across it: `She called the plan "bold" and
 * the timing "perfect."` `null` otherwise.
 */
function sharedCue(doc: AttributionDocument, i: number): CueMatch | null {
  const prev = doc.links[i - 1];
  if (!prev?.mention || !prev.cue || prev.method !== 'cue-before-quote') return null;
  // (no clause of its own between the two — no colon or semicolon, no subject pronoun: `Reid said
  // they are "…," but he paid a compliment: "…"`, unless the verb governs it: `tweeted that she
  // was "…"` — and no name given by a participle: `read
  // "…," a site run by a group called the "…"`)
  const between = doc.before(i);
  if (between.some((t, k) => t.text === ':' || t.text === ';' || (isWord(t) && ((SUBJECT_PRONOUNS.test(t.lower) && !COMPLEMENTIZERS.test(between[k - 1]?.lower ?? '')) || NAMING.test(t.lower))))) return null;
  const wider = doc.beforeOverTitles(i, (k) => k === i - 1);
  const m = wider ? cueBefore(doc, wider) : null;
  return m?.mention && m.cue && m.cue.start === prev.cue.start && m.mention.start === prev.mention.start ? m : null;
}

/** The `cue-before-quote` sieve. */
export const cueBeforeQuote: Sieve = {
  name: 'cue-before-quote',
  run(doc: AttributionDocument): void {
    for (let i = 0; i < doc.quotes.length; i++) {
      if (doc.links[i]) continue;
      // a cue right after the quotation wins (`Rhimes declared: "…," she said.`): the pronoun sieve takes it
      if (governingCueAfter(doc, i)?.mention) continue;
      // a source credited before a colon (`Pollsters agree - Carl Bialik: "…"`) is the colon sieve's
      if (creditBeforeColon(doc.before(i))) continue;
      let m: CueMatch | null = cueBefore(doc, doc.before(i)) ?? headlineVerb(doc, doc.before(i));
      // a title between the cue and the quotation (`X, a contestant on "The Apprentice," said …`)
      if (!m?.mention) m = cueBeforeOverTitles(doc, i) ?? m;
      // a second object of the same cue (`Fitton called her claim of a "right" over the emails
      // "significant and disturbing."`): the cue before the previous quotation of the sentence,
      // which linked it, governs this one too
      if (!m?.mention) m = sharedCue(doc, i) ?? m;
      if (!m?.mention || m.mention.kind === 'pronoun') continue;
      doc.link(i, { mention: m.mention, cue: m.cue, method: 'cue-before-quote', strength: m.strength });
    }
  },
};
