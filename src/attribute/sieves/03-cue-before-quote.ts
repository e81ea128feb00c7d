/**
 * `cue-before-quote`: the cue precedes the quotation in the same sentence — `Putin said: "…"`,
 * `Kerry said the US could make "an enormous difference"`. The speech verb nearest the quotation
 * right before the quotation, else the leftmost one with a subject (the main clause) wins; a cue
 * right after the quotation takes precedence. Pronoun subjects are left to the `pronoun` sieve.
 *
 * @module
 */
import { creditBeforeColon, cueBefore, governingCueAfter, sentenceStart, type CueMatch } from '../cues.js';
import { subjectRight } from '../phrases.js';
import { headlineVerb } from '../headlines.js';
import type { AttributionDocument } from '../document.js';
import { readsAsTitle } from './00-titles.js';
import type { Sieve } from './types.js';
import { isWord, type Token } from '../tokens.js';

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
  const wider = doc.beforeOverTitles(i, (k) => readsAsTitle(doc, k));
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
  // (no clause of its own between the two — no colon or semicolon, no subject pronoun: `Ortiz said
  // the port is "…," but she had kind words for her rival: "…"`, unless the verb governs it: `tweeted that she
  // was "…"` — and no name given by a participle: `read
  // "…," a site run by a group called the "…"`)
  const between = doc.before(i);
  if (between.some((t, k) => t.text === ':' || t.text === ';' || (isWord(t) && ((SUBJECT_PRONOUNS.test(t.lower) && !COMPLEMENTIZERS.test(between[k - 1]?.lower ?? '')) || NAMING.test(t.lower))))) return null;
  const wider = doc.beforeOverTitles(i, (k) => k === i - 1);
  const m = wider ? cueBefore(doc, wider) : null;
  return m?.mention && m.cue && m.cue.start === prev.cue.start && m.mention.start === prev.mention.start ? m : null;
}

/**
 * Where an `according to` phrase that opens the sentence ends (`According to the station's
 * website, Ames said "…"`): the offset of the comma after its source, else `-1`. The source it
 * names frames the whole sentence, the cue after it included.
 */
function accordingFrameEnd(tokens: readonly Token[]): number {
  const s = sentenceStart(tokens);
  if (tokens[s]?.lower !== 'according' || tokens[s + 1]?.lower !== 'to') return -1;
  if (!subjectRight(tokens, s + 1)) return -1;
  // (the first comma after a short source: `According to the Coastal Tribune, Ames said`)
  for (let k = s + 3; k < tokens.length && k <= s + 14; k++) if (tokens[k]?.text === ',') return (tokens[k] as Token).start;
  return -1;
}

/** Whether `according to X` closes the clause right after quote `i`, a few words on at most (`"…" the mayor sworn in, according to the Ledger.`). */
function accordingAfter(doc: AttributionDocument, i: number): boolean {
  const after = doc.after(i);
  for (let k = 0; k < after.length && k < 8; k++) {
    const t = after[k] as Token;
    if (t.kind === 'para' || t.text === '.' || t.text === ';' || t.text === '!' || t.text === '?') return false;
    if (t.lower === 'according' && after[k + 1]?.lower === 'to') return true;
  }
  return false;
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
      // a second object of the same cue (`Whitlock called the mayor's claim of a "clear mandate"
      // for the plan "wishful and misleading."`): the cue before the previous quotation of the sentence,
      // which linked it, governs this one too
      if (!m?.mention) m = sharedCue(doc, i) ?? m;
      if (!m?.mention || m.mention.kind === 'pronoun') continue;
      // the cue inside an `according to` frame (`According to the Daily Ledger, Brenner said the "…"`)
      // reports what the frame's source says: the `according-to` sieve links its source
      const frame = accordingFrameEnd(doc.before(i));
      if (frame >= 0 && m.cue && m.cue.start > frame) continue;
      // (and one closing the clause after the quotation: `…, saying doubters should "…," according
      // to the Valley Herald.`)
      if (accordingAfter(doc, i)) continue;
      doc.link(i, { mention: m.mention, cue: m.cue, method: 'cue-before-quote', strength: m.strength });
    }
  },
};
