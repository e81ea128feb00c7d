/**
 * Confidence of an attribution, by the rule that made it, the kind of phrase the cue points at,
 * and the strength of the cue. The figures are the precision each combination reached on the
 * development data (see CHANGELOG.md, "Attribution"), rounded down; 0.8 is the documented
 * threshold above which precision is high.
 *
 * @module
 */
import type { Link } from './document.js';

/** Above this confidence, attributions are precise (≥ 0.97 on the development data). */
export const CONFIDENT = 0.8;

const BASE: Readonly<Record<string, number>> = {
  'cue-inside-quote': 0.95,
  'cue-after-quote': 0.95,
  'cue-before-quote': 0.88,
  'according-to': 0.9,
  colon: 0.8,
  pronoun: 0.93,
  'same-utterance': 0.9,
  continuation: 0.85,
  'clause-subject': 0.6,
};

/** Confidence in [0, 1] for a link whose speaker was resolved (`resolved` false: a pronoun left unresolved). */
export function confidenceOf(link: Link, resolved: boolean): number {
  let c = BASE[link.method] ?? 0.5;
  if (link.strength < 2) c -= 0.15;
  if (link.mention?.kind === 'descriptor') c -= 0.03;
  if (!resolved) c -= 0.05;
  return Math.max(0, Math.min(1, Math.round(c * 100) / 100));
}
