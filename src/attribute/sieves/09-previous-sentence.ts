/**
 * `previous-sentence`: a quotation that opens a sentence with no cue of its own takes the speaker
 * of the speech cue in the sentence just before it (`…, dos Santos says. "If the government …"`),
 * or in the last sentence of the previous paragraph when the quotation is a paragraph of its own
 * (`Carter said that … would not happen.` ¶ `"That's because …"`) — there also the subject of a
 * verb of talking (`…, since Trump spoke only in bromides.` ¶ `"We have to do something."`), or
 * the named subject of that sentence when it holds a speech verb or names the speaker of the
 * quotation before (`"…," Osgood notes.` ¶ `Osgood is hopeful about the measure.` ¶ `"…"`).
 *
 * The sentence before a quotation may also be an action beat, with no cue: `actionSubject` reads
 * who acts in it (used by the `continuation` sieve, which links beats before its own rule), and
 * `sentenceActors` reads the persons a narrative sentence is about (used to resolve pronouns).
 *
 * @module
 */
import { clauseSubject, previousSentenceCue } from '../cues.js';
import type { AttributionDocument } from '../document.js';
import { firstNameGender } from '../../lexicon/first-names.js';
import { speechVerbStrength } from '../../lexicon/speech-verbs.js';
import { phraseRight, subjectLeft, type Mention } from '../phrases.js';
import { endsSentence, isWord, tokenize, type Token } from '../tokens.js';
import { label, speechAfter, subheading } from './08-continuation.js';
import type { Span } from '../../types.js';
import type { Sieve } from './types.js';

/** Adverbs that may open an action sentence before its subject (`Then he set it down.`). */
const BEAT_OPENERS = new Set(['then', 'now', 'still', 'again', 'finally', 'instead', 'slowly', 'suddenly']);

/** How far (characters) around a one-word name the text is searched for it inside a sentence. */
const NAME_CONTEXT = 2000;

/**
 * Whether the one-word name `t` is a known first name or is written capitalized after a
 * lower-case word or comma nearby (`when Ingrid came in`, `"It's warped, Viktor."`).
 */
export function knownName(text: string, t: Token): boolean {
  if (firstNameGender(t.text) !== undefined) return true;
  const around = text.slice(Math.max(0, t.start - NAME_CONTEXT), t.end + NAME_CONTEXT);
  for (let k = around.indexOf(t.text); k >= 0; k = around.indexOf(t.text, k + 1)) {
    if (WORD_CHAR.test(around[k + t.text.length] ?? '')) continue;
    let w = k;
    while (w > 0 && SPACE.test(around[w - 1] as string)) w -= 1;
    if (w < k && MID_SENTENCE.test(around[w - 1] ?? '')) return true;
  }
  return false;
}

/** A letter or digit. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** White space. */
const SPACE = /\s/u;

/** A lower-case letter or comma: what comes before a word inside a sentence. */
const MID_SENTENCE = /[\p{Ll},]/u;

/** Words that join a second clause to a sentence. */
const CLAUSE_JOINS = new Set(['but', 'and', 'while', 'whereas', 'although', 'though', 'yet', 'so', ';']);

/** Pronouns that can be the subject of an action beat (one person). */
const BEAT_PRONOUNS = new Set(['he', 'she', 'i']);

/**
 * The person who acts in the sentence `tokens[s..e)` when it is an action beat: it opens with a
 * name, a singular personal pronoun or a role phrase (after at most an adverb such as `Then`),
 * a lower-case word (its verb) follows, and no strong speech verb occurs in the sentence (a
 * speech cue is another sieve's). `Louisa let the curtain drop.` → `Louisa`. A one-word name
 * must be a known first name or written capitalized inside a sentence nearby (not `Voices grew
 * louder.`); `text` is the whole text.
 */
export function actionSubject(text: string, tokens: readonly Token[], s: number, e: number): Mention | null {
  let f = s;
  if (isWord(tokens[f]) && BEAT_OPENERS.has((tokens[f] as Token).lower)) f += tokens[f + 1]?.text === ',' ? 2 : 1;
  const p = phraseRight(tokens, f);
  if (!p || p.first !== f || p.last + 1 >= e) return null;
  const kind = p.mention.kind;
  if (kind === 'pronoun' ? !BEAT_PRONOUNS.has(p.mention.tokens[0]?.lower ?? '') : kind !== 'name' && kind !== 'descriptor') return null;
  const verb = tokens[p.last + 1];
  if (!isWord(verb) || verb.cap) return null;
  if (kind === 'name' && p.mention.tokens.length === 1 && !knownName(text, p.mention.tokens[0] as Token)) return null;
  const own = p.mention.tokens.map((t) => t.lower).join(' ');
  for (let k = p.last + 1; k < e; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'mark') return null;
    // a second clause about someone else (`Playbook won't go that far, but Sherman wants …`)
    if (CLAUSE_JOINS.has(t.lower)) {
      const other = phraseRight(tokens, k + 1);
      if (other && (other.mention.kind === 'name' || other.mention.kind === 'pronoun') && other.mention.tokens.map((x) => x.lower).join(' ') !== own) return null;
    }
    if (isWord(t) && !t.cap && !t.lower.endsWith('ing') && speechVerbStrength(t.lower) === 2) return null;
  }
  return p.mention;
}

/** Words after which a clause of its own, with a subject of its own, may start. */
const CLAUSE_STARTS = new Set([',', ';', 'and', 'but', 'when', 'while', 'as', 'until', 'before', 'after', 'because']);

/**
 * The person a phrase at token `k` names when it is a clause subject (a lower-case verb follows):
 * a name or pronoun, or the name after a kinship or role phrase (`our aunt Philippa stood`).
 */
function subjectAt(tokens: readonly Token[], k: number, e: number): Mention | null {
  let p = phraseRight(tokens, k);
  if (p && p.mention.kind === 'descriptor' && isWord(tokens[p.last + 1]) && (tokens[p.last + 1] as Token).cap) p = phraseRight(tokens, p.last + 1);
  if (!p || (p.mention.kind !== 'name' && p.mention.kind !== 'pronoun') || p.last + 1 >= e) return null;
  const next = tokens[p.last + 1];
  return isWord(next) && !next.cap ? p.mention : null;
}

/**
 * The persons a narrative sentence `tokens[s..e)` is about, main clause first: the subject of its
 * clause (a name or a personal pronoun, or the name set beside a role phrase: `The defense
 * lawyer, Pia Sandoval, closed …`), then the subjects of the clauses joined to it (`When we
 * reached the house, the door was open, and our aunt Philippa stood …`; `My brother Danny met me
 * …`). Used to find who a pronoun in the next sentences refers to.
 */
export function sentenceActors(tokens: readonly Token[], s: number, e: number): Mention[] {
  const out: Mention[] = [];
  const subject = clauseSubject(tokens, s, e);
  if (subject && (subject.mention.kind === 'name' || subject.mention.kind === 'pronoun')) out.push(subject.mention);
  // (a role phrase with a name in apposition: `The defense lawyer, Pia Sandoval, closed …`)
  if (subject && subject.mention.kind === 'descriptor' && tokens[subject.last + 1]?.text === ',') {
    const named = phraseRight(tokens, subject.last + 2);
    if (named && named.first === subject.last + 2 && named.mention.kind === 'name' && tokens[named.last + 1]?.text === ',') out.push(named.mention);
  }
  for (let k = s; k < e; k++) {
    if (k !== s && !CLAUSE_STARTS.has((tokens[k] as Token).lower)) continue;
    const m = subjectAt(tokens, k === s ? k : k + 1, e);
    if (m && !out.some((o) => o.start === m.start)) out.push(m);
  }
  return out;
}

/** Verbs of talking that report no words (`spoke`, `talked`; Levin 1993, class 37.5): before a paragraph of quotation, its source. */
const TALK_VERBS = new Set(['spoke', 'speaks', 'talked', 'talks', 'speaking', 'talking']);

/**
 * For a paragraph that is only a quotation: the subject of a verb of talking in the last sentence
 * of the paragraph above (`…, since Trump spoke only in evasive bromides during the interview.` ¶
 * `"We have to do something."`), or `null`.
 */
function talkAbove(doc: AttributionDocument, i: number): { mention: Mention; cue: Span } | null {
  if (doc.before(i).length > 0) return null;
  const open = doc.openOf(i);
  const p = doc.paragraphOf(open);
  if (p === 0) return null;
  const from = Math.max(doc.paragraphStart(p - 1), doc.paragraphStart(p) - 320);
  const tokens = tokenize(doc.text, from, doc.paragraphStart(p), doc.lineBreaks).filter((t) => t.kind !== 'para');
  const last = tokens.length - 1;
  if (last < 1 || !endsSentence(tokens[last])) return null;
  let s = last;
  while (s > 0 && !endsSentence(tokens[s - 1])) s -= 1;
  for (let k = s + 1; k < last; k++) {
    const t = tokens[k] as Token;
    if (!isWord(t) || !TALK_VERBS.has(t.lower)) continue;
    const subject = subjectLeft(tokens, k, s);
    if (subject && (subject.mention.kind === 'name' || subject.mention.kind === 'pronoun')) return { mention: subject.mention, cue: { start: t.start, end: t.end, text: t.text } };
  }
  return null;
}

/**
 * For a paragraph that is only a quotation after a paragraph of narration (no quotation): the
 * person or organization named as the main-clause subject of the narration's last sentence
 * (opening it, or after a short opening phrase: `At the mayor's request, the council issued a
 * statement apologizing …` ¶ `"…"`), when that sentence
 * also holds a speech verb (`Clinton, clearly frustrated, responded by pointing a finger at the
 * woman, saying the rival campaign was …` ¶ `"…"`) or that person spoke the quotation before,
 * at most two paragraphs up (`"…," Viguerie notes.` ¶ `Viguerie is upbeat about Cruz's chances.`
 * ¶ `"…"`); else `null`.
 */
function subjectAbove(doc: AttributionDocument, i: number): { mention: Mention; cue: Span | null } | null {
  if (doc.before(i).length > 0 || !paragraphOnly(doc, i)) return null;
  const open = doc.openOf(i);
  const p = doc.paragraphOf(open);
  if (p === 0 || (i > 0 && doc.closeOf(i - 1) > doc.paragraphStart(p - 1))) return null;
  const from = Math.max(doc.paragraphStart(p - 1), doc.paragraphStart(p) - 320);
  const tokens = tokenize(doc.text, from, doc.paragraphStart(p), doc.lineBreaks).filter((t) => t.kind !== 'para');
  const last = tokens.length - 1;
  if (last < 2 || !endsSentence(tokens[last]) || tokens.some((t) => t.kind === 'mark' && !possessive(doc.text, t))) return null;
  let s = last;
  while (s > 0 && !endsSentence(tokens[s - 1])) s -= 1;
  if (s === 0 && from > doc.paragraphStart(p - 1)) return null;
  const subject = clauseSubject(tokens, s, last);
  // (the subject opens the sentence, or follows a short opening phrase and its comma: `At the
  // chair's request, the council issued a statement …`)
  const opens = subject !== null && (subject.first === s || (subject.first - s <= 6 && tokens[subject.first - 1]?.text === ','));
  if (!subject || !opens || (subject.mention.kind !== 'name' && subject.mention.kind !== 'organization')) return null;
  for (let k = subject.last + 1; k < last; k++) {
    const t = tokens[k] as Token;
    if (isWord(t) && !t.cap && speechVerbStrength(t.lower) > 0) return { mention: subject.mention, cue: { start: t.start, end: t.end, text: t.text } };
  }
  // the speaker of the quotation before, two paragraphs up
  const before = i > 0 ? doc.links[i - 1] : undefined;
  if (!before?.mention || before.mention.kind !== 'name' || doc.paragraphOf(doc.openOf(i - 1)) !== p - 2) return null;
  const key = (m: Mention): string => m.tokens.map((t) => t.lower).join(' ');
  const lastWord = (m: Mention): string => m.tokens[m.tokens.length - 1]?.lower ?? '';
  const same = key(before.mention) === key(subject.mention) || ((before.mention.tokens.length === 1 || subject.mention.tokens.length === 1) && lastWord(before.mention) === lastWord(subject.mention));
  return same ? { mention: subject.mention, cue: null } : null;
}

/** Whether the mark token `t` is the apostrophe of a plural possessive (`the voters' choice`), no quotation mark. */
function possessive(text: string, t: Token): boolean {
  return (t.text === '’' || t.text === "'") && /s/i.test(text[t.start - 1] ?? '') && /\s/.test(text[t.end] ?? '') && /\p{L}/u.test(text[t.end + 1] ?? '');
}

/** Whether quote `i` is all its paragraph holds (bar punctuation). */
function paragraphOnly(doc: AttributionDocument, i: number): boolean {
  const p = doc.paragraphOf(doc.openOf(i));
  const letters = /\p{L}/u;
  if (letters.test(doc.text.slice(doc.paragraphStart(p), doc.openOf(i)))) return false;
  const end = doc.paragraphEnd(p);
  return !letters.test(doc.text.slice(doc.closeOf(i), Math.min(end, doc.closeOf(i) + 400))) && (i + 1 >= doc.quotes.length || doc.openOf(i + 1) >= end);
}

/** The `previous-sentence` sieve. */
export const previousSentence: Sieve = {
  name: 'previous-sentence',
  run(doc: AttributionDocument): void {
    for (let i = 0; i < doc.quotes.length; i++) {
      if (doc.links[i] || doc.quotes[i]?.kind === 'partial') continue;
      // (a quoted subheading opening its paragraph: `'We're vetting candidates!'`)
      if (doc.before(i).length === 0 && subheading(doc, i)) continue;
      // (a label: `"Related:"`)
      if (label(doc.quotes[i]?.text ?? '')) continue;
      // (a quotation that does not end its sentence and has a speech verb of its own after it,
      // which no sieve read: `"…," Raise the Wage organizing director Mina Falk told WKTV 4`)
      if (!/[.!?…]\s*$/.test(doc.quotes[i]?.text ?? '') && speechAfter(doc, i)) continue;
      const m = previousSentenceCue(doc, i, doc.before(i)) ?? talkAbove(doc, i) ?? subjectAbove(doc, i);
      if (!m?.mention) continue;
      doc.link(i, { mention: m.mention, cue: m.cue, method: 'previous-sentence', strength: 1 });
    }
  },
};
