/**
 * `continuation`: a quotation with no cue of its own that follows a quotation by X, either as a
 * paragraph that is only a quotation right after X's paragraph, or later in the same paragraph
 * with nothing but X's cue in between (`"A," he said. "B."`), is X's.
 *
 * @module
 */
import { speechVerbStrength } from '../../lexicon/speech-verbs.js';
import type { AttributionDocument, Link } from '../document.js';
import { endsSentence } from '../tokens.js';
import type { Sieve } from './types.js';

const LETTER = /\p{L}/u;

/** Whether `text` has no letters (only spaces, punctuation and marks). */
function bare(text: string): boolean {
  return !LETTER.test(text);
}

/**
 * Whether quote `prev + 1` continues quote `prev` within one paragraph: later in X's sentence
 * with no new cue in between (`thanked Obama for "A" and "B"`), or opening the sentence right after
 * the one that holds X's cue (`"A," he said on Tuesday. "B."`).
 */
function sameParagraph(doc: AttributionDocument, prev: number, cueEnd: number): boolean {
  const tokens = doc.after(prev);
  let ends = 0;
  let lastEnd = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (endsSentence(tokens[k])) {
      ends += 1;
      lastEnd = k;
    }
  }
  if (ends === 0) {
    // a new cue in between means a new speaker, unless it has no subject (`… and said that Trump "…"`)
    return !tokens.some((t, k) => t.kind === 'word' && t.start >= cueEnd && speechVerbStrength(t.lower) > 0 && tokens[k - 1]?.lower !== 'and' && tokens[k - 1]?.lower !== 'but' && !t.lower.endsWith('ing'));
  }
  if (ends > 1) return false;
  // only the cue's sentence lies between, and the quotation opens the next sentence (after at most
  // a short adverbial: `Trump said. Instead, "…"`)
  let words = 0;
  for (let k = lastEnd + 1; k < tokens.length; k++) if (tokens[k]?.kind === 'word') words += 1;
  if (words > 0 && !(words <= 2 && tokens[tokens.length - 1]?.text === ',')) return false;
  const end = tokens[lastEnd];
  if (!end || end.start < cueEnd) return bare(doc.text.slice(doc.closeOf(prev), end ? end.start : doc.closeOf(prev)));
  return true;
}

/** The `continuation` sieve. */
export const continuation: Sieve = {
  name: 'continuation',
  run(doc: AttributionDocument): void {
    for (let i = 1; i < doc.quotes.length; i++) {
      if (doc.links[i]) continue;
      const prev = doc.links[i - 1];
      if (!prev) continue;
      const open = doc.openOf(i);
      const p = doc.paragraphOf(open);
      const prevClose = doc.closeOf(i - 1);
      const pp = doc.paragraphOf(Math.max(0, prevClose - 1));
      // what lies between: the previous quotation's own cue, then nothing else
      let gapFrom = prevClose;
      if (prev.cue && prev.cue.end > gapFrom && prev.cue.end <= open) gapFrom = prev.cue.end;
      if (prev.mention && prev.mention.end > gapFrom && prev.mention.end <= open) gapFrom = prev.mention.end;
      let ok = false;
      if (p === pp) {
        ok = sameParagraph(doc, i - 1, gapFrom);
      } else if (p === pp + 1) {
        // the quotation opens its paragraph
        const paraStart = doc.paragraphStart(p);
        ok = bare(doc.text.slice(paraStart, open));
        if (ok) {
          // and nothing but quotations and punctuation follow it in the paragraph
          const paraEnd = doc.paragraphEnd(p);
          let k = i;
          let at = doc.closeOf(i);
          while (k + 1 < doc.quotes.length && doc.openOf(k + 1) < paraEnd) {
            if (!bare(doc.text.slice(at, doc.openOf(k + 1)))) break;
            k += 1;
            at = doc.closeOf(k);
          }
          ok = bare(doc.text.slice(at, Math.min(paraEnd, at + 400))) || (doc.quotes[i]?.close === null);
        }
      }
      if (!ok) continue;
      const link: Link = { mention: prev.mention, cue: null, method: 'continuation', strength: prev.strength, from: prev.from ?? i - 1 };
      doc.link(i, link);
    }
  },
};
