/**
 * `titles`: a title in quotation marks — every word capitalized, after a word that introduces a
 * name of a show, book or programme (`told "Morning Harbor"`, `on WHRL's "Town Square Live"`,
 * `his film "The Long Tide"`) — is no speech: it is blocked, so no later sieve gives it a speaker.
 *
 * @module
 */
import type { AttributionDocument } from '../document.js';
import type { Token } from '../tokens.js';
import { headlineColon, headlineVerb } from '../headlines.js';
import type { Sieve } from './types.js';
import { TITLE_SMALL_WORDS } from '../../lexicon/words.js';

const LOWER_START = /^[^\p{L}]*\p{Ll}/u;
const LETTER = /\p{L}/u;

/** A word: a run of characters other than white space (what `split(/\s+/)` gives, without its empty ends). */
const NON_SPACE = /\S+/g;

/** Whether every word is capitalized (`"Harbor Nights Live"`, `"Keep Harlow Green"`). */
export function isTitle(text: string): boolean {
  let letters = false;
  // (the words are read one at a time, so a long quotation stops at its first lower-case word)
  NON_SPACE.lastIndex = 0;
  for (let m = NON_SPACE.exec(text); m; m = NON_SPACE.exec(text)) {
    const w = m[0];
    if (LOWER_START.test(w) && !TITLE_SMALL_WORDS.has(w)) return false;
    if (!letters && LETTER.test(w)) letters = true;
  }
  return letters;
}

/**
 * Whether quotation `k` stands as a title that a cue may be read across (`X, a contestant on
 * "Harbor Chefs," said …`): blocked as a title, or not linked and title-cased.
 */
export function readsAsTitle(doc: AttributionDocument, k: number): boolean {
  return doc.blocked.has(k) || (!doc.links[k] && isTitle(doc.quotes[k]?.text ?? ''));
}

/** Words right before a quoted title of a work (`told`, `on`, a possessive, `film`, `titled`). */
const TITLE_LEADS = new Set([
  'on', 'in', 'at', 'of', 'from', 'with', 'to', 'for', 'by', 'during', 'told', 'tells', 'telling', 'titled',
  'entitled', 'dubbed', 'show', 'program', 'programme', 'podcast', 'film', 'movie', 'book', 'song', 'album',
  'series', 'column', 'newsletter', 'magazine', 'play', 'novel', 'episode', 'documentary',
]);

/** The `titles` sieve. */
export const titles: Sieve = {
  name: 'titles',
  run(doc: AttributionDocument): void {
    for (let i = 0; i < doc.quotes.length; i++) {
      const q = doc.quotes[i];
      if (!q || !isTitle(q.text) || q.text.split(/\s+/).length > (q.kind === 'partial' ? 8 : 5)) continue;
      const before: readonly Token[] = doc.before(i);
      const prev = before[before.length - 1];
      if (!prev || prev.kind !== 'word') continue;
      // a headline opened by its speaker (`Vance: Harlow's 'Reckless Spending Spree' …`) is
      // title-cased speech, not a title; so is one opened by its speaker and a speech verb
      // (`Ada Vance Says Levy Plan Looks Like A 'Blank Check'`)
      if ((headlineColon(doc, before) ?? headlineVerb(doc, before))?.mention) continue;
      if (TITLE_LEADS.has(prev.lower) || /['’]s?$/.test(prev.text)) doc.blocked.add(i);
    }
  },
};
