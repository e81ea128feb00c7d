/**
 * The attribution sieves, in their default order. Each links only quotations that are still
 * unattributed, so earlier (more precise) sieves win.
 *
 * @module
 */
import { titles } from './00-titles.js';
import { cueInsideQuote } from './01-cue-inside-quote.js';
import { cueAfterQuote } from './02-cue-after-quote.js';
import { cueBeforeQuote } from './03-cue-before-quote.js';
import { accordingTo } from './04-according-to.js';
import { colon } from './05-colon.js';
import { pronoun } from './06-pronoun.js';
import { sameUtterance } from './07-same-utterance.js';
import { continuation } from './08-continuation.js';
import { previousSentence } from './09-previous-sentence.js';
import { speechNoun } from './10-speech-noun.js';
import { clauseSubjectSieve } from './11-clause-subject.js';
import type { Sieve } from './types.js';

/**
 * The names of the built-in sieves, in their default order:
 *
 * 0. `titles` — a quoted title after `told`, `on`, a possessive or `film` (`told "Fox and Friends"`,
 *    `on CNN's "State of the Union"`) is no speech: no later sieve gives it a speaker.
 * 1. `cue-inside-quote` — the cue splits one utterance: `"A," said Putin, "B."` attributes both segments.
 * 2. `cue-after-quote` — `"…," Putin said.` / `"…," said Putin.` / `"…," Hugh Hill, a doctor at the clinic, said.`
 * 3. `cue-before-quote` — `Putin said: "…"` / `Kerry said the US could make "an enormous difference"`.
 * 4. `according-to` — `The talks are "over," according to a senior official.`
 * 5. `colon` — `Joel Pollak observed:` ¶ `"…"`, or `Trump on Twitter: "…"`.
 * 6. `pronoun` — the patterns above with a pronoun subject: `"…," he warned.` (stage 2 resolves `he`).
 * 7. `same-utterance` — a segment without a cue shares the speaker of its utterance's other segments.
 * 8. `continuation` — a quotation with no cue right after a quotation by X (the next paragraph,
 *    wholly a quotation, or later in X's paragraph) is X's; in a dialogue of short turns by two
 *    speakers, a turn without a cue goes back to the earlier speaker (method `conversation`);
 *    first, a full quotation with no cue next to an action sentence takes the one who acts there
 *    (`She set down the cup. "…"`, method `action-beat`).
 * 9. `previous-sentence` — a quotation opening a sentence with no cue of its own takes the speaker of
 *    the speech cue in the sentence before: `…, dos Santos says. "If the government …"`.
 * 10. `speech-noun` — a fragment after a noun naming an utterance takes its possessor:
 *     `Trump's controversial pledge to be "neutral"`, `her claim that she "never sent …"`.
 * 11. `clause-subject` — a partial quotation with no speech cue takes the subject of its clause:
 *    `Clinton slammed the proposal as "reprehensible"` (low confidence); a paragraph that is only
 *    a quotation then continues the quotation before it, as in `continuation`.
 */
export const DEFAULT_SIEVES = [
  'titles',
  'cue-inside-quote',
  'cue-after-quote',
  'cue-before-quote',
  'according-to',
  'colon',
  'pronoun',
  'same-utterance',
  'continuation',
  'previous-sentence',
  'speech-noun',
  'clause-subject',
] as const;

/** The name of a built-in sieve (see {@link DEFAULT_SIEVES}). */
export type SieveName = (typeof DEFAULT_SIEVES)[number];

/** The built-in sieves by name. */
export const SIEVES: Readonly<Record<SieveName, Sieve>> = {
  titles,
  'cue-inside-quote': cueInsideQuote,
  'cue-after-quote': cueAfterQuote,
  'cue-before-quote': cueBeforeQuote,
  'according-to': accordingTo,
  colon,
  pronoun,
  'same-utterance': sameUtterance,
  continuation,
  'previous-sentence': previousSentence,
  'speech-noun': speechNoun,
  'clause-subject': clauseSubjectSieve,
};
