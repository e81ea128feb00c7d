/**
 * Words that are added to a sentence rather than put in place of one of its words: intensifiers,
 * emphasizers and focusing adverbs (`really`, `very`, `just`, `only`) and negation (`not`, `never`).
 * They change what a quotation says without taking the place of any of the speaker's words, which is
 * how a quotation is sharpened, hedged or negated.
 *
 * Source: the common members of the subjuncts that intensify (emphasizers, amplifiers, downtoners) or
 * focus, in Quirk, Greenbaum, Leech & Svartvik, *A Comprehensive Grammar of the English Language*
 * (1985), chapter 8, the frequency adverb `always`, and the negators `not` and `never` (chapter 10); words that are as often
 * something else (`so`, `most`, `pretty`, `rather`) are left out. Not derived from any annotated or
 * generated data.
 *
 * @module
 */
import { wordId } from './words.js';

/** Intensifiers, emphasizers, focusing adverbs and negators, lower case. */
export const ADDED_WORDS: readonly string[] = [
  // emphasizers
  'really', 'truly', 'actually', 'certainly', 'definitely', 'indeed', 'surely', 'clearly', 'obviously',
  'simply', 'just', 'literally', 'honestly', 'frankly', 'plainly', 'undoubtedly',
  // amplifiers
  'very', 'too', 'absolutely', 'completely', 'entirely', 'fully', 'totally', 'utterly',
  'extremely', 'highly', 'greatly', 'deeply', 'strongly',
  // frequency adverbs that strengthen a claim
  'always',
  // downtoners
  'quite', 'fairly', 'somewhat', 'almost', 'nearly', 'barely', 'hardly',
  // focusing adverbs
  'only', 'even', 'also', 'merely', 'especially', 'particularly', 'mainly', 'mostly',
  // negators
  'not', 'never',
  // intensifying adjectives: emphasizers and amplifiers (chapter 7)
  'real', 'sheer', 'outright', 'pure', 'great', 'complete', 'total', 'utter', 'absolute', 'entire', 'extreme',
];

let ids: ReadonlySet<number> | undefined;

/** Whether a word id is one of {@link ADDED_WORDS}. */
export function isAddedWord(id: number): boolean {
  ids ??= new Set(ADDED_WORDS.map(wordId));
  return ids.has(id);
}
