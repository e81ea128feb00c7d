/**
 * `same-utterance`: segments of one utterance share one speaker — a segment left without a cue
 * takes the speaker of another segment of its utterance (a quotation that runs across
 * paragraphs, or one split by its cue). An utterance that opens right after the short cue sentence
 * of the quotation before it takes that cue, not its own later one (`"…," she said. "… ¶ "…,"
 * Okafor said.`).
 *
 * @module
 */
import type { AttributionDocument, Link } from '../document.js';
import type { Span } from '../../types.js';
import type { Sieve } from './types.js';

/** How many characters a cue sentence between two quotations may span (`, Okafor said on Tuesday.`). */
const CUE_SENTENCE_REACH = 40;

/**
 * Whether only the cue `cue` of quotation `i - 1`, closing its sentence, lies between that
 * quotation and quotation `i`: `"…," he said. "…`.
 */
function cueSentenceBetween(doc: AttributionDocument, i: number, cue: Span): boolean {
  const close = doc.closeOf(i - 1);
  const open = doc.openOf(i);
  if (open - close > CUE_SENTENCE_REACH || cue.start < close || cue.end > open) return false;
  return /^[^.!?"“”]*\.\s*$/u.test(doc.text.slice(close, open)) && /[,!?]["'”’]*\s*$/.test(doc.quotes[i - 1]?.text ?? '');
}

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
      // `"…," she said. "… ¶ "…," Okafor said with a smile.`: an utterance that opens right after the
      // cue sentence of the quotation before it in the paragraph is the rest of what that cue
      // reports, so its segments before their own cue take that link rather than the later cue
      const prev = i > 0 ? doc.links[i - 1] : undefined;
      if (source && from > i && prev?.mention && prev.cue && !doc.links[i] && doc.paragraphOf(doc.closeOf(i - 1)) === doc.paragraphOf(doc.openOf(i)) && cueSentenceBetween(doc, i, prev.cue)) {
        source = prev;
        from = i - 1;
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
