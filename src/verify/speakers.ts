/**
 * Lenient comparison of the speaker an article names with the speaker a reference labels:
 * `TRUMP` ↔ `Donald Trump`, `SECRETARY KERRY` ↔ `John Kerry`, `Clinton` ↔ `Clintn` (fuse.js, which is
 * good at short strings). Titles and honorifics are ignored.
 *
 * @module
 */
import Fuse from 'fuse.js';
import type { SpeakerCheck } from '../types.js';

/**
 * Titles, honorifics and offices that precede or follow names in transcript labels and news copy.
 * Source: compiled for quotecheck from the turn labels of the Miller Center presidential transcripts
 * (`THE PRESIDENT`, `SECRETARY KERRY`, `MR. McGEE`, `SENATOR DOLE`) and AP-style titles of US officials.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lady', 'lord', 'the', 'of',
  'president', 'vice', 'secretary', 'senator', 'sen', 'governor', 'gov', 'representative', 'rep',
  'congressman', 'congresswoman', 'mayor', 'general', 'gen', 'admiral', 'adm', 'colonel', 'col',
  'judge', 'justice', 'chief', 'speaker', 'leader', 'majority', 'minority', 'ambassador', 'prime',
  'minister', 'chairman', 'chairwoman', 'chair', 'hon', 'honorable', 'rev', 'reverend', 'former',
  'candidate', 'nominee', 'first', 'attorney', 'state', 'press', 'jr', 'sr', 'ii', 'iii',
]);

/** The name words of a speaker name or label: lower-cased, titles removed (`SECRETARY KERRY` → `kerry`). */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .map((w) => w.replace(/['’]s$/, '').replace(/['’]/g, ''))
    .filter((w) => w.length > 0 && !TITLE_WORDS.has(w));
}

const fuseCache = new Map<string, Fuse<string>>();

/** A fuse.js matcher over the name words of a label (cached: labels repeat). */
function matcher(words: readonly string[]): Fuse<string> {
  const key = words.join(' ');
  let fuse = fuseCache.get(key);
  if (!fuse) {
    if (fuseCache.size > 10000) fuseCache.clear();
    fuse = new Fuse([...words], { includeScore: true, threshold: 0.25, ignoreLocation: true, minMatchCharLength: 4 });
    fuseCache.set(key, fuse);
  }
  return fuse;
}

/**
 * Compares the speaker an article names with the speaker a reference labels. They match when they
 * share a name word (titles ignored), or when a name word of four letters or more is a near spelling
 * of one of the label's (fuse.js score ≤ 0.25).
 *
 * @param quoteSpeaker The name the article gives, or `null`.
 * @param labelled The speaker the reference labels, or `null`.
 * @returns `match`, `mismatch`, or `unknown` when either is missing or has no name words.
 */
export function compareSpeakers(quoteSpeaker: string | null, labelled: string | null): SpeakerCheck {
  if (!quoteSpeaker || !labelled) return 'unknown';
  const said = nameWords(quoteSpeaker);
  const label = nameWords(labelled);
  if (said.length === 0 || label.length === 0) return 'unknown';
  for (const w of said) if (label.includes(w)) return 'match';
  const fuse = matcher(label);
  for (const w of said) {
    if (w.length < 4) continue;
    const best = fuse.search(w, { limit: 1 })[0];
    if (best && (best.score ?? 1) <= 0.25 && Math.abs(best.item.length - w.length) <= 2) return 'match';
  }
  return 'mismatch';
}
