/**
 * What the confidence model sees of one attribution: a handful of named, yes/no features read from
 * the link a sieve made (its rule, cue, phrase), the quotation (full sentence or fragment, length,
 * its marks, a title's capitals) and the few characters between them. Each is cheap (no
 * tokenizing): attribution stays linear.
 *
 * The names are the model's vocabulary (`src/attribute/confidence-model.ts` gives each a weight);
 * `scripts/fit-confidence.ts` fits the weights on annotated articles.
 *
 * @module
 */
import type { Quote, Span } from '../types.js';
import type { Link } from './document.js';
import { isNeutralSpeechVerb, speechVerbStrength } from '../lexicon/speech-verbs.js';
import { TITLE_SMALL_WORDS } from '../lexicon/words.js';

/** What a confidence is computed from. */
export interface LinkFacts {
  /** The article text. */
  readonly text: string;
  /** The quotation. */
  readonly quote: Quote;
  /** The link of the quotation (its own, or copied from another quotation: then `from` is set). */
  readonly link: Link;
  /** The phrase the speaker comes from (the link's own, or the one of the quotation it copies). */
  readonly mention: { readonly start: number; readonly end: number; readonly kind: string };
  /** Whether stage 2 found the entity (false: a pronoun left without an antecedent). */
  readonly resolved: boolean;
  /** For a copied link: the cue of the quotation it copies, and whether that one is a fragment. */
  readonly sourceCue: Span | null;
  readonly sourcePartial: boolean;
}

const CAPITALIZED = /(?:^|[\s(“"‘'—–-])\p{Lu}\p{Ll}/gu;
const PERSONAL = /\b(?:he|she|they|him|her|them|his|their)\b/i;
const FIRST_PERSON = /\b(?:I|I['’]m|I['’]ve|I['’]d|I['’]ll|we|we['’]re|we['’]ve|my|our|me|us)\b/i;
const TERMINAL = /[.!?…]["'”’»]*\s*$/;


/** Bucket of a count: `0`, `1`, `2`, `3+`, … up to `top`. */
function bucket(n: number, top: number): string {
  return n >= top ? `${top}+` : String(n);
}

/** Bucket of a gap in characters. */
function gapBucket(gap: number): string {
  if (gap <= 2) return 'adjacent';
  if (gap <= 12) return 'near';
  if (gap <= 40) return 'mid';
  if (gap <= 120) return 'far';
  return 'distant';
}

/** The words of a quotation, bucketed: `1-2`, `3-4`, `5-8`, `9-16`, `17+`. */
function lengthBucket(text: string): string {
  // count words up to 17 (no array of matches: quotations can be long)
  let words = 0;
  let inWord = false;
  for (let k = 0; k < text.length && words < 17; k++) {
    const c = text.charCodeAt(k);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  if (words <= 2) return '1-2';
  if (words <= 4) return '3-4';
  if (words <= 8) return '5-8';
  if (words <= 16) return '9-16';
  return '17+';
}

/** Reach (characters) of the sentence read around a quotation. */
const AROUND = 200;

/** The text around a quotation up to the nearest paragraph break on each side (at most {@link AROUND} characters). */
function sentenceAround(text: string, open: number, close: number): string {
  const limit = Math.min(text.length, close + AROUND);
  let to = close;
  while (to < limit && text.charCodeAt(to) !== 10) to += 1;
  return text.slice(lineStart(text, open), open) + ' ' + text.slice(close, to);
}

/** Offset of the start of the line holding `at` (looking back at most {@link AROUND} characters). */
function lineStart(text: string, at: number): number {
  const floor = Math.max(0, at - AROUND);
  let k = at;
  while (k > floor && text.charCodeAt(k - 1) !== 10) k -= 1;
  return k;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** `w` without the characters other than letters and digits at its two ends (linear: no backtracking regex). */
function trimToWord(w: string): string {
  let a = 0;
  let b = w.length;
  while (a < b && !WORD_CHAR.test(w.charAt(a))) a += 1;
  while (b > a && !WORD_CHAR.test(w.charAt(b - 1))) b -= 1;
  return w.slice(a, b);
}

/** Whether a short quotation (2–12 words) capitalizes every word but a title's small ones (`Keep Harlow Green`, `Friends of the Harbor`). */
function titleCase(text: string): boolean {
  if (text.length > 120) return false;
  const words = text.split(/[\s—–]+/).map(trimToWord).filter((w) => w !== '');
  if (words.length < 2 || words.length > 12) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase()));
}

/** The features of one attribution (names of the form `group=value`; conjunctions joined by `&`). */
export function confidenceFeatures(facts: LinkFacts): string[] {
  const { text, quote, link, mention } = facts;
  // a dialogue turn (`conversation`) is a continuation that skips one turn; news has too few of
  // them to weigh on their own, so they share the continuation's weights plus a flag of their own
  const method = link.method === 'conversation' ? 'continuation' : link.method;
  const kind = quote.kind;
  const cue = link.cue ?? (link.from !== undefined ? facts.sourceCue : null);
  const verb = cue ? (cue.text.split(/\s+/)[0] ?? '').toLowerCase() : '';
  const open = Math.min(quote.open.offset, quote.start);
  const close = quote.close ? quote.close.offset + quote.close.mark.length : quote.end;
  const length = lengthBucket(quote.text);
  // (conjunctions of the rule, the kind of phrase, the length and the verb with the kind of
  // quotation were tried and left out: out of fold they fitted the folds, not the articles)
  const features = [
    `method=${method}`,
    `mention=${mention.kind}`,
    `strength=${link.strength}`,
    `kind&strength=${kind}&${link.strength}`,
    `length=${length}`,
  ];
  if (link.method === 'conversation') features.push('conversation-turn');
  if (!facts.resolved) features.push('unresolved');
  if (TERMINAL.test(quote.text)) features.push(`terminal&kind=${kind}`);
  // the marks: a quotation never closed, or opened by a closing mark (`”…”`) or closed by an
  // opening one, is mispaired more often
  if (!quote.close) features.push(`unclosed&kind=${kind}`);
  else if (/^[”’]/.test(quote.open.mark) || (/^[“‘]$/.test(quote.close.mark) && !/^[„‚]/.test(quote.open.mark))) features.push('odd-marks');
  if (titleCase(quote.text)) features.push(`title-case&kind=${kind}`);
  if (link.from !== undefined) {
    features.push('copied');
    if (facts.sourcePartial) features.push(`copied-from-fragment&kind=${kind}`);
  }
  if (cue) {
    const neutral = isNeutralSpeechVerb(verb);
    const strength = speechVerbStrength(verb);
    features.push(`verb=${neutral ? 'neutral' : strength === 2 ? 'strong' : strength === 1 ? 'weak' : cue.text.trim() === ':' ? 'colon' : 'other'}`);
    if (verb.endsWith('ing')) features.push(`participle&kind=${kind}`);
    if (link.cue) {
      // where the cue is, how far, and what lies between it and the quotation
      const before = cue.end <= open;
      const gap = before ? open - cue.end : cue.start - close;
      features.push(`cue-${before ? 'before' : 'after'}&gap=${gapBucket(Math.max(0, gap))}`);
      features.push(`kind&cue-gap=${kind}&${gapBucket(Math.max(0, gap))}`);
      if (gap > 0 && gap < 400) {
        const between = before ? text.slice(cue.end, open) : text.slice(close, cue.start);
        const names = (between.match(CAPITALIZED) ?? []).length;
        features.push(`names-between=${bucket(names, 2)}`);
        if (PERSONAL.test(between)) features.push(`pronoun-between&kind=${kind}`);
        if (/[.!?]\s/.test(between)) features.push('sentence-between');
      }
    }
  } else {
    features.push('no-cue');
  }
  // another source named around the quotation (`…," X said, according to a transcript`,
  // `reports USA Today`): readers may credit the words to that source
  const around = sentenceAround(text, open, close);
  if (/\baccording to\b/i.test(around)) features.push('according-nearby');
  if (/\b(?:reports?|reported|reporting)\b/i.test(around)) features.push('report-nearby');
  if (!/\p{Ll}/u.test(text.slice(lineStart(text, open), open))) features.push(`opens-line&kind=${kind}`);
  // the quotation's own words: the first person marks speech, not a label
  if (FIRST_PERSON.test(quote.text)) features.push(`first-person&kind=${kind}`);
  // the speaker phrase's distance from the quotation
  const mentionGap = mention.end <= open ? open - mention.end : mention.start >= close ? mention.start - close : 0;
  features.push(`mention-gap=${gapBucket(mentionGap)}`);
  // a near speaker phrase across a line break is in another paragraph (or a headline)
  if (mentionGap > 0 && mentionGap <= 120) {
    const gapText = mention.end <= open ? text.slice(mention.end, open) : text.slice(close, mention.start);
    if (gapText.includes('\n')) features.push(`mention-other-line&copied=${link.from !== undefined}`);
  }
  return features;
}
