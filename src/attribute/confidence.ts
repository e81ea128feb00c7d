/**
 * Confidence of an attribution. Each link falls in a bucket — the rule that made it, whether the
 * quotation is a full sentence or a fragment inside one, the kind of phrase the cue points at,
 * the strength of the cue, whether a fragment's cue is a neutral verb of saying (`said`) or an
 * evaluative one (`called`) — and each bucket has the precision it reached on the development
 * data (the shared PolNeAR training articles; see CHANGELOG.md, "Attribution"), rounded down.
 *
 * The confidence is that precision when it is at least 0.92, and 0.85 × the precision below that,
 * so the order of buckets is kept and {@link CONFIDENT} (0.8) separates the precise buckets
 * (≥ 0.92 each; ≈ 0.98 together on the development data) from the rest: keep attributions with
 * `confidence >= 0.8` when a wrong speaker costs more than a missing one.
 *
 * @module
 */
import type { QuoteKind, Span } from '../types.js';
import type { Link } from './document.js';
import { isNeutralSpeechVerb } from '../lexicon/speech-verbs.js';

/** The documented threshold: attributions at or above it come from buckets with precision ≥ 0.92. */
export const CONFIDENT = 0.8;

/** Precision of each rule on full quotations (one or more whole sentences) and on fragments. */
const PRECISION: Readonly<Record<string, { readonly full: number; readonly partial: number }>> = {
  'cue-inside-quote': { full: 0.93, partial: 0.85 },
  'cue-after-quote': { full: 0.98, partial: 0.93 },
  'cue-before-quote': { full: 0.96, partial: 0.92 },
  'according-to': { full: 0.85, partial: 0.8 },
  colon: { full: 0.86, partial: 0.85 },
  pronoun: { full: 0.98, partial: 0.93 },
  'same-utterance': { full: 0.75, partial: 0.7 },
  continuation: { full: 0.98, partial: 0.85 },
  conversation: { full: 0.7, partial: 0.6 },
  'previous-sentence': { full: 0.6, partial: 0.5 },
  'speech-noun': { full: 0.5, partial: 0.5 },
  'clause-subject': { full: 0.5, partial: 0.42 },
};

/** Buckets at or above this precision get a confidence at or above {@link CONFIDENT}. */
const PRECISE = 0.92;

/** How far (characters) a cue may sit from its quotation and still count as close. */
const NEAR = 40;

/**
 * Confidence in [0, 1] for a link of a quotation of `kind` (`resolved` false: a pronoun left
 * without an antecedent; `sourceCue`, `sourcePartial`: for a link copied from another quotation, that one's cue and
 * whether it is a fragment too).
 */
export function confidenceOf(link: Link, quote: { readonly kind: QuoteKind; readonly open: { readonly offset: number }; readonly end: number }, resolved: boolean, sourceCue: Span | null = null, sourcePartial = false): number {
  const row = PRECISION[link.method] ?? { full: 0.5, partial: 0.4 };
  let p = quote.kind === 'partial' ? row.partial : quote.kind === 'block' && link.method === 'continuation' ? 0.75 : row.full;
  // a fragment continuing a fragment reported with a neutral verb (`said the plan was "A" and "B"`)
  if (quote.kind === 'partial' && link.method === 'continuation' && sourcePartial && sourceCue !== null && isNeutral(sourceCue)) p = NEUTRAL_CONTINUATION;
  // a name and a colon right before a quotation in its own paragraph (`Trump on Twitter: "…"`)
  if (link.method === 'colon' && quote.kind !== 'block' && link.mention?.kind === 'name') return NAMED_COLON;
  if (link.strength < 2) p -= 0.08;
  // fragments: an unnamed source or a distant cue are more often someone else's words
  if (quote.kind === 'partial' && link.mention?.kind === 'descriptor') p -= 0.07;
  // a fragment after an evaluative verb (`called it "a disaster"`) is often a label, not the
  // subject's words; after a neutral verb of saying (`said the plan was "dead"`) it is, near or far
  const neutral = link.cue !== null && isNeutral(link.cue);
  if (quote.kind === 'partial' && link.cue !== null && !neutral) p -= 0.03;
  if ((quote.kind === 'partial' || link.method === 'cue-before-quote') && far(link.cue, quote) && !neutral) p -= 0.04;
  if (!resolved) p -= 0.05;
  const confidence = p >= PRECISE ? p : 0.85 * p;
  return Math.max(0, Math.min(1, Math.floor(confidence * 100) / 100));
}

/** Precision of a colon after a name in the quotation's own paragraph (0.94 on the development data). */
const NAMED_COLON = 0.94;

/** Precision of continuations of a fragment whose cue is a neutral verb of saying. */
const NEUTRAL_CONTINUATION = 0.95;

/** Whether a cue opens with a neutral verb of saying (`said`, `told reporters`). */
function isNeutral(cue: Span): boolean {
  return isNeutralSpeechVerb(cue.text.split(' ')[0]?.toLowerCase() ?? '');
}

/** Whether the cue is more than {@link NEAR} characters away from the quotation. */
function far(cue: Span | null, quote: { readonly open: { readonly offset: number }; readonly end: number }): boolean {
  if (!cue) return false;
  const gap = cue.end <= quote.open.offset ? quote.open.offset - cue.end : cue.start - quote.end;
  return gap > NEAR;
}
