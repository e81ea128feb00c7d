/**
 * `clause-subject`: a partial quotation with no speech cue, inside a sentence whose subject
 * utters it in a looser way (`Clinton slammed the proposal as "reprehensible"`,
 * `Rubio bemoaned a climate in which people "literally hate each other"`): the subject of the
 * clause before the quotation — or, first, a short cue closing the sentence after a comma past
 * later fragments (`… "a great deal of weight" and help bring candidates the "firepower" they
 * need, a spokesman said.`). Low confidence. Titles (every word capitalized) and single words
 * (scare quotes: `the so-called "rebels"`) are left alone.
 *
 * @module
 */
import { causedSubject, clauseSubject, nearestPronounSubject, previousSentenceCue, sentenceFinalCue } from '../cues.js';
import type { AttributionDocument, Link } from '../document.js';
import { endsSentence, isWord, tokenize, type Token } from '../tokens.js';
import { phraseRight, subjectLeft, type Parsed } from '../phrases.js';
import { speechVerbStrength } from '../../lexicon/speech-verbs.js';
import { SPEECH_NOUNS } from '../../lexicon/words.js';
import { firstNameGender } from '../../lexicon/first-names.js';
import { continueQuotes, continuesSentence } from './08-continuation.js';
import { isTitle } from './00-titles.js';
import { knownName } from './09-previous-sentence.js';
import type { Sieve } from './types.js';

/** Forms of `be` (and `get`) that make a passive with a past participle. */
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got']);

/**
 * Whether the verb right after a subject ending before token `k` is a passive speech verb
 * (`was asked`, `has been told`, `is also quoted`): a form of `be` (after at most one auxiliary
 * or adverb) and a speech verb's `-ed` participle, not one that raises the subject (`is reported
 * to have called`, `was quoted as saying`).
 */
export function passiveSpeech(tokens: readonly Token[], k: number): boolean {
  for (let n = k; n < tokens.length && n < k + 4; n++) {
    const t = tokens[n];
    if (!isWord(t) || t.cap) return false;
    if (!PASSIVE_AUXILIARIES.has(t.lower)) continue;
    let v = n + 1;
    if (isWord(tokens[v]) && /ly$|^(?:also|then|later|never|not|once|repeatedly)$/.test((tokens[v] as Token).lower)) v += 1;
    const verb = tokens[v];
    if (!isWord(verb) || verb.cap || !/(?:ed|told)$/.test(verb.lower) || speechVerbStrength(verb.lower) === 0) return false;
    // (the subject still speaks in `is reported to have called`, `was quoted as saying`)
    return verb.lower !== 'quoted' && tokens[v + 1]?.lower !== 'to';
  }
  return false;
}

/** Token `k`, or the token after an appositive or relative clause set off by commas from it (`Mosad, who taught at the school, was …`). */
function pastAppositive(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== ',') return k;
  for (let c = k + 1; c < tokens.length && c <= k + 24; c++) if (tokens[c]?.text === ',') return c + 1;
  return k;
}

/**
 * Whether the verb right after a subject ending before token `k` is any passive (`is best known
 * for`, `is seen speaking`, `was identified as`): a form of `be` (after at most one auxiliary),
 * up to two adverbs and a past participle — then the subject is the one spoken of, not the
 * speaker. Not one that raises the subject (`is reported to have called`, `was quoted as`).
 */
function passiveAny(tokens: readonly Token[], k: number): boolean {
  // (`it's known as "…"`: a subject pronoun with the clitic `'s` of `is` right before)
  const clitic = /^(?:it|he|she|that|there|what|who)['’]s$/.test(tokens[k - 1]?.lower ?? '');
  for (let n = clitic ? k - 1 : k; n < tokens.length && n < k + 3; n++) {
    const t = tokens[n];
    if (!isWord(t) || (t.cap && !(clitic && n === k - 1))) return false;
    if (!PASSIVE_AUXILIARIES.has(t.lower) && !(clitic && n === k - 1)) continue;
    let v = n + 1;
    while (isWord(tokens[v]) && v < n + 3 && /ly$|^(?:also|then|later|never|not|once|being|been|best|widely|often)$/.test((tokens[v] as Token).lower)) v += 1;
    const verb = tokens[v];
    if (!isWord(verb) || verb.cap) return false;
    if (!/(?:ed|own|wn|seen|given|taken|shown|held|made|found|told|sent)$/.test(verb.lower)) return false;
    if (verb.lower === 'quoted' || tokens[v + 1]?.lower === 'to') return false;
    return true;
  }
  return false;
}

/**
 * The agent of a passive after token `k`, within a few words: the phrase after `by`, or the name
 * a role phrase leads into (`was asked by radio host Tom Reyes` → `Tom Reyes`).
 */
function byAgent(tokens: readonly Token[], k: number): Parsed | null {
  for (let n = k; n < tokens.length && n < k + 6; n++) {
    if (tokens[n]?.lower !== 'by') continue;
    const p = phraseRight(tokens, n + 1);
    if (p?.mention.kind === 'name') return p;
    for (let c = n + 1; c < tokens.length && c <= n + 3; c++) {
      const t = tokens[c];
      if (!isWord(t)) break;
      if (!t.cap) continue;
      const name = phraseRight(tokens, c);
      if (name?.mention.kind === 'name') return name;
    }
    return p?.mention.kind === 'descriptor' ? p : null;
  }
  return null;
}

/**
 * The `who` of a relative clause that runs from it to the end of `tokens` (no comma or clause
 * break after it) inside the sentence starting at `s`, as a relative mention of its antecedent
 * naming a person (`… with Clinton, who is looking to bring` → `who` = `Clinton`), or `null`.
 */
function relativeBefore(tokens: readonly Token[], s: number): Parsed | null {
  for (let k = tokens.length - 1; k > s && k >= tokens.length - 16; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') {
      if (t.text === ',' || t.text === ';' || t.text === '—' || t.text === ':' || t.text === '(' || t.text === ')') return null;
      continue;
    }
    if (t.lower !== 'who') continue;
    const verb = tokens[k + 1];
    if (!isWord(verb) || verb.cap) return null;
    const p = subjectLeft(tokens, k + 1, s);
    return p?.mention.kind === 'relative' && p.mention.antecedent?.kind === 'name' ? p : null;
  }
  return null;
}

/**
 * The agent of a passive participle just before a quotation, named by `by` right after it
 * (`labeled as a "…" by Democrats`, `called "…" by Professor Ruiz`) or between the participle and
 * `as` (`known by some Republicans as a "…"`); `before` and `after` are the tokens around the
 * quotation. `null` when there is none.
 */
function agentAfter(before: readonly Token[], after: readonly Token[]): Parsed | null {
  let k = before.length - 1;
  if (after[0]?.lower !== 'by') {
    // the agent before the quotation: `known by some Republicans as a "…"`
    if (/^(?:a|an|the)$/.test(before[k]?.lower ?? '')) k -= 1;
    if (before[k]?.lower !== 'as') return null;
    for (let b = k - 1; b > 0 && b >= k - 6; b--) {
      const t = before[b] as Token;
      if (t.kind !== 'word') return null;
      if (t.lower !== 'by') continue;
      const participle = before[b - 1];
      const p = phraseRight(before, b + 1);
      if (!isWord(participle) || participle.cap || !/(?:ed|own|en)$/.test(participle.lower) || !p || p.last !== k - 1) return null;
      return p.mention.kind === 'name' || p.mention.kind === 'descriptor' || p.mention.kind === 'organization' ? p : null;
    }
    return null;
  }
  if (/^(?:a|an|the)$/.test(before[k]?.lower ?? '')) k -= 1;
  if (before[k]?.lower === 'as') k -= 1;
  const participle = before[k];
  if (!isWord(participle) || participle.cap || !/(?:ed|own|en)$/.test(participle.lower)) return null;
  const p = phraseRight(after, 1);
  return p && (p.mention.kind === 'name' || p.mention.kind === 'descriptor' || p.mention.kind === 'organization') ? p : null;
}

/** Possessive pronouns that may own a quoted utterance (`his "…" promise`). */
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'our']);

/**
 * The possessor right before a quotation that modifies a speech noun right after it (`Vance's
 * "a new day" pledge`, `Ortiz's "no new taxes" campaign promise`, `his "…" remark`): the owner
 * of the words. `before` and `after` are the tokens around the quotation; `null` otherwise.
 */
function possessedQuotation(before: readonly Token[], after: readonly Token[]): Parsed | null {
  const first = after[0];
  const noun = isWord(first) && !first.cap && SPEECH_NOUNS.has(first.lower) ? first : isWord(first) && !first.cap && isWord(after[1]) && SPEECH_NOUNS.has((after[1] as Token).lower) ? after[1] : undefined;
  if (!noun) return null;
  const k = before.length - 1;
  const owner = before[k];
  if (!isWord(owner)) return null;
  if (POSSESSIVES.has(owner.lower)) return { mention: { start: owner.start, end: owner.end, kind: 'pronoun', tokens: [owner] }, first: k, last: k };
  if (!owner.cap || !/\p{L}['’]s$/u.test(owner.text)) return null;
  let f = k;
  while (f > 0 && f > k - 4 && isWord(before[f - 1]) && (before[f - 1] as Token).cap) f -= 1;
  const words = before.slice(f, k + 1);
  return { mention: { start: (words[0] as Token).start, end: owner.end, kind: 'name', tokens: words }, first: f, last: k };
}

/**
 * Whether quote `i` is an earlier fragment of the sentence of quote `i + 1`, whose cue follows
 * it: same paragraph, no sentence end and no speech verb between them, and `i` ends no sentence.
 */
function sharesLaterCue(doc: AttributionDocument, i: number): boolean {
  const next = doc.links[i + 1];
  const quote = doc.quotes[i];
  if (!next?.mention || !next.cue || !quote || next.cue.start < doc.closeOf(i + 1)) return false;
  if (/[.!?]["'”’]*\s*$/.test(quote.text)) return false;
  if (doc.paragraphOf(doc.openOf(i + 1)) !== doc.paragraphOf(doc.openOf(i))) return false;
  return !doc.after(i).some((t) => endsSentence(t) || (isWord(t) && !t.cap && speechVerbStrength(t.lower) > 0));
}

/** Adverbs that stand between a headline's subject and its verb (`Trump Now Says`; general English). */
const HEADLINE_ADVERBS = new Set(['just', 'now', 'also', 'still', 'again', 'finally', 'quietly', 'reportedly', 'already', 'never', 'even', 'suddenly', 'officially']);

/** Whether every word of three letters or more in `text` is capitalized (headline case). */
function headlineCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length >= 3 && words.every((w) => w.length < 3 || /^\p{Lu}/u.test(w) || /^(?:and|the|for|with|from|into|over)$/.test(w));
}

/**
 * The subject of a headline that holds quote `i`: its paragraph is one line in headline case
 * with the quotation at its end, and a name opens it with a verb after (`Gingrich Takes …`).
 */
function headlineSubject(doc: AttributionDocument, i: number): Parsed | null {
  const open = doc.openOf(i);
  const p = doc.paragraphOf(open);
  // the quotation's line (after a list number on a line of its own: `4` ⏎ `Gina Ruiz Asked …`)
  const floor = Math.max(doc.paragraphStart(p), open - 200);
  let start = open;
  while (start > floor && doc.text[start - 1] !== '\n') start -= 1;
  if (start === open - 200 && start > doc.paragraphStart(p)) return null;
  const end = doc.paragraphEnd(p);
  if (end - start > 300) return null;
  const line = doc.text.slice(start, end).trim();
  if (line.includes('\n') || line.length > 200 || !headlineCase(line)) return null;
  if (/\p{L}/u.test(doc.text.slice(doc.closeOf(i), end))) return null;
  const tokens = tokenize(doc.text, start, open, doc.lineBreaks);
  if (tokens[0]?.start !== start) return null;
  // the name: the shortest run of capitalized words before a verb in -s or -ed (`Hillary Clinton Sides`)
  for (let k = 1; k <= 3 && k + 1 < tokens.length; k++) {
    const words = tokens.slice(0, k);
    if (!words.every((t) => isWord(t) && t.cap)) return null;
    const verb = tokens[k] as Token;
    // (not a first name: `Former Ted Cruz …`)
    if (!isWord(verb) || !/(?:[^s]s|ed)$/.test(verb.lower) || firstNameGender(verb.text) !== undefined) continue;
    // (an adverb before the verb is not part of the name: `Hillary Just Insulted …`)
    let n = k;
    while (n > 1 && HEADLINE_ADVERBS.has((words[n - 1] as Token).lower)) n -= 1;
    const name = words.slice(0, n);
    return { mention: { start, end: (name[n - 1] as Token).end, kind: 'name', tokens: name }, first: 0, last: n - 1 };
  }
  return null;
}

/** The `clause-subject` sieve. */
export const clauseSubjectSieve: Sieve = {
  name: 'clause-subject',
  run(doc: AttributionDocument): void {
    // an earlier fragment of a sentence whose later fragment has its cue after it (`The program
    // was a "good thing" that yielded "good information," he remarked.`); backwards, so that
    // a run of fragments passes the cue on
    for (let i = doc.quotes.length - 2; i >= 0; i--) {
      if (doc.links[i] || !sharesLaterCue(doc, i)) continue;
      const next = doc.links[i + 1] as Link;
      doc.link(i, { mention: next.mention, cue: next.cue, method: 'clause-subject', strength: next.strength, from: next.from ?? i + 1 });
    }
    for (let i = 0; i < doc.quotes.length; i++) {
      if (doc.links[i]) continue;
      const quote = doc.quotes[i];
      // a later fragment of a sentence whose earlier fragment this rule linked
      // (not after a quotation that ends its sentence with its own stop: `… to "breathe." That
      // prompted Ruiz to …`)
      if (doc.links[i - 1]?.method === 'clause-subject' && continuesSentence(doc, i) && !/[.!?]\s*$/.test(doc.quotes[i - 1]?.text ?? '')) {
        const prev = doc.links[i - 1];
        if (prev) doc.link(i, { ...prev, from: prev.from ?? i - 1 });
        continue;
      }
      // `… was "stagnant for a month" as donors waited to see how a "turbulent cycle" played out,
      // he said.`: a cue that closes the sentence past later fragments
      const final = sentenceFinalCue(doc, i);
      if (final?.mention) {
        doc.link(i, { mention: final.mention, cue: final.cue, method: 'clause-subject', strength: 1 });
        continue;
      }
      if (!quote) continue;
      if (isTitle(quote.text)) {
        // a title-cased quotation in a headline opened by a name (`Gingrich Takes Talk Of Being
        // Running Mate 'Very Seriously'`): the headline's subject
        const subject = headlineSubject(doc, i);
        if (subject) doc.link(i, { mention: subject.mention, cue: null, method: 'clause-subject', strength: 1 });
        continue;
      }
      const tokens = doc.before(i);
      // a passive that names its agent after the quotation (`… often labeled as a "witch hunt" by
      // Democrats`, `has been called "strategic ambiguity" by Professor Ruiz`): the agent
      const agent = agentAfter(tokens, doc.after(i));
      if (agent) {
        doc.link(i, { mention: agent.mention, cue: null, method: 'clause-subject', strength: 1 });
        continue;
      }
      // a quotation between a possessor and a speech noun (`Vance's "a new day" pledge`, `his
      // "no new taxes" promise`): the possessor's words
      const owner = possessedQuotation(tokens, doc.after(i));
      if (owner) {
        doc.link(i, { mention: owner.mention, cue: null, method: 'clause-subject', strength: 1 });
        continue;
      }
      // a single word with no cue is a scare quote (`the so-called "rebels"`), not speech
      if (!/\S\s+\S/.test(quote.text.trim())) continue;
      let s = tokens.length;
      while (s > 0 && !endsSentence(tokens[s - 1])) s -= 1;
      if (tokens.length - s < 2) continue;
      // a question put in a participle clause opening the sentence (`Asked if Sanders is "…," 72
      // percent said yes`): the pollster's or reporter's words, no speaker here
      if (tokens[s]?.lower === 'asked' && !tokens.slice(s).some((t) => t.text === ',')) continue;
      // a relative clause about someone holds the quotation (`Graham contrasted that with Clinton,
      // who is looking to bring "…"`): its `who`, standing for that one
      const relative = relativeBefore(tokens, s);
      if (relative) {
        doc.link(i, { mention: relative.mention, cue: null, method: 'clause-subject', strength: 1 });
        continue;
      }
      // (the subject pronoun of a later clause that holds the quotation, after a conjunction:
      // `Okafor drew applause as she kept returning to the "…"`)
      const near = nearestPronounSubject(tokens, s, tokens.length);
      const joined = near && near.first > s && /^(?:and|as|while|although|though|because|when)$/.test(tokens[near.first - 1]?.lower ?? '');
      // (the object of a verb of cause, which the infinitive clause holding the quotation is
      // about: `That prompted Ruiz to make a joke and call Brandt "…"`)
      const caused = joined ? null : causedSubject(tokens, s);
      const subject = (joined ? near : null) ?? caused ?? clauseSubject(tokens, s, tokens.length);
      // no subject, or a capitalized sentence opener that is no name (`Good information can still
      // drive out bad, but only when "…"`, `In short, "…"`), right after X's cue sentence (`…,
      // he said.`): X goes on
      const word = subject?.mention.tokens[0];
      if ((!subject && s > 0) || (subject && word && subject.mention.kind === 'name' && subject.mention.tokens.length === 1 && subject.first === s && s > 0 && !knownName(doc.text, word))) {
        const m = previousSentenceCue(doc, i, tokens.slice(0, s));
        if (m?.mention) doc.link(i, { mention: m.mention, cue: m.cue, method: 'clause-subject', strength: 1 });
        continue;
      }
      if (!subject) continue;
      // a passive speech verb makes the subject the one addressed, any passive the one spoken
      // of: the speaker is the `by` phrase, if any (`Sen. Ada Brooks was asked by host Tom Reyes,
      // "…"`; `Brooks was asked, "…"`; `Reyes is best known as the "…"`)
      const verb = pastAppositive(tokens, subject.last + 1);
      if (passiveSpeech(tokens, verb) || passiveAny(tokens, verb)) {
        const agent = byAgent(tokens, verb);
        if (agent) doc.link(i, { mention: agent.mention, cue: null, method: 'clause-subject', strength: 1 });
        continue;
      }
      doc.link(i, { mention: subject.mention, cue: null, method: 'clause-subject', strength: 1 });
    }
    // a paragraph that is only a quotation goes on with the quotation before it, now that the
    // sieves after `continuation` have linked theirs (`… fighting "a bailout …"` ¶ `"I will not …"`)
    continueQuotes(doc, true);
  },
};
