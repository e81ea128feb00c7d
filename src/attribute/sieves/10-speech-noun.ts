/**
 * `speech-noun`: a fragment introduced by a noun that names an utterance takes the noun's
 * possessor (`Vance's surprise pledge to stay "neutral"`, `her claim that the audit "cleared …"`).
 *
 * @module
 */
import { SPEECH_NOUNS } from '../../lexicon/words.js';
import type { AttributionDocument } from '../document.js';
import { phraseRight, type Mention } from '../phrases.js';
import { endsSentence, isWord, type Token } from '../tokens.js';
import type { Sieve } from './types.js';

/** Finite forms of `be` and `have` that open a predicate (`"are based on …"`, `"was a mistake"`). */
const PREDICATE_OPENERS = /^["“'‘]?(?:are|is|was|were|have|has|had)\b/i;

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'my', 'our']);

/** The possessor of the speech noun nearest the end of `tokens` (within its sentence), or `null`. */
export function speechNounPossessor(tokens: readonly Token[]): { mention: Mention; noun: Token } | null {
  for (let k = tokens.length - 1; k > 0; k--) {
    const t = tokens[k] as Token;
    if (endsSentence(t) || t.kind === 'mark') return null;
    if (!isWord(t) || !SPEECH_NOUNS.has(t.lower)) continue;
    // `played down Vance's comments as "…"`: a label after `as` is the clause subject's, not the possessor's
    if (k === tokens.length - 2 && tokens[k + 1]?.lower === 'as') return null;
    // the possessor: right before the noun, or before one modifier (`Vance's surprise pledge`)
    for (let p = k - 1; p >= Math.max(0, k - 2); p--) {
      const w = tokens[p];
      if (!isWord(w)) break;
      if (POSSESSIVE_PRONOUNS.has(w.lower)) {
        return { mention: { start: w.start, end: w.end, kind: 'pronoun', tokens: [w] }, noun: t };
      }
      if (w.cap && /['’]s?$/.test(w.text) && w.text.length > 2) {
        let first = p;
        while (first > 0 && isWord(tokens[first - 1]) && (tokens[first - 1] as Token).cap) first -= 1;
        const words = tokens.slice(first, p + 1);
        return { mention: { start: (words[0] as Token).start, end: w.end, kind: 'name', tokens: words }, noun: t };
      }
    }
    // `the contention of former mayor Ada Vance that …`: an `of`-complement naming a person
    if (tokens[k + 1]?.lower === 'of' && /^(?:the|a|an)$/.test(tokens[k - 1]?.lower ?? '')) {
      const owner = phraseRight(tokens, k + 2);
      if (owner && owner.mention.kind === 'name' && owner.last < tokens.length - 1) return { mention: owner.mention, noun: t };
    }
  }
  return null;
}

/** The `speech-noun` sieve. */
export const speechNoun: Sieve = {
  name: 'speech-noun',
  run(doc: AttributionDocument): void {
    for (let i = 0; i < doc.quotes.length; i++) {
      if (doc.links[i] || doc.quotes[i]?.kind !== 'partial') continue;
      const found = speechNounPossessor(doc.before(i));
      if (!found) continue;
      // `a statement saying Vance's remarks "are not based on facts"`: a quotation that opens with a
      // finite verb right after the noun is its predicate — said about the remarks, not in them
      const before = doc.before(i);
      if (before[before.length - 1]?.start === found.noun.start && PREDICATE_OPENERS.test(doc.quotes[i]?.text ?? '')) continue;
      doc.link(i, { mention: found.mention, cue: doc.span(found.noun.start, found.noun.end), method: 'speech-noun', strength: 1 });
    }
  },
};
