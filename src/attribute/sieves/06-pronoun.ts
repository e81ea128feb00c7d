/**
 * `pronoun`: the cue patterns of the sieves before it (inside, after, before, colon) whose
 * subject is a personal pronoun — `"…," he said.`, `She insisted: "…"`. The pronoun is the
 * mention; stage 2 resolves it to the entity it refers to.
 *
 * @module
 */
import { clauseSubject, colonBefore, cueBefore, governingCueAfter } from '../cues.js';
import type { Mention } from '../phrases.js';
import { endsSentence, type Token } from '../tokens.js';
import { speechVerbStrength } from '../../lexicon/speech-verbs.js';
import type { AttributionDocument } from '../document.js';
import { agrees, NameIndex, resolveMention } from '../entities.js';
import { insideCue } from './01-cue-inside-quote.js';
import { readsAsTitle } from './00-titles.js';
import { cueBeforeOverTitles } from './03-cue-before-quote.js';
import type { Sieve } from './types.js';

/** Words that open a subordinate clause at the start of a sentence (`When she appeared …, she declined …`). */
const OPENING_SUBORDINATORS = new Set(['when', 'although', 'though', 'while', 'as', 'after', 'because', 'if', 'since', 'before', 'once', 'whenever']);

/**
 * A pronoun found in a subordinate clause that opens the sentence, after at most a short
 * adverbial (`Last month, when I asked Sanders if he would endorse her, he looked into the
 * camera and said, "…"`): the pronoun or name subject of the main clause after the clause's
 * comma, which governs the quotation, else `null`.
 */
function mainSubject(tokens: readonly Token[], found: Mention): Mention | null {
  let s = tokens.length;
  while (s > 0 && !endsSentence(tokens[s - 1])) s -= 1;
  let k = s;
  // (a short adverbial first: `Last month,`)
  for (let c = s; c < tokens.length && c <= s + 4; c++) {
    if (tokens[c]?.text === ',') {
      k = c + 1;
      break;
    }
  }
  if (!OPENING_SUBORDINATORS.has(tokens[k]?.lower ?? '')) k = s;
  if (/^(?:and|but|so|yet)$/.test(tokens[k]?.lower ?? '')) k += 1;
  if (!OPENING_SUBORDINATORS.has(tokens[k]?.lower ?? '') || found.start < (tokens[k] as Token).start) return null;
  let comma = k + 1;
  while (comma < tokens.length && comma < k + 30 && tokens[comma]?.text !== ',') comma += 1;
  const at = tokens[comma];
  if (!at || at.text !== ',' || found.start > at.start) return null;
  const main = clauseSubject(tokens, comma, tokens.length);
  if (!main || main.first !== comma + 1 || (main.mention.kind !== 'pronoun' && main.mention.kind !== 'name')) return null;
  return main.mention;
}

/**
 * A pronoun `found` as the subject of a subordinate clause that opens the sentence with no comma
 * to close it (`When he returned he began by saying, "…"`): the same pronoun opening the main
 * clause at most five tokens on, after a lower-case verb that reports no speech and before a
 * lower-case word (the clause's own verb reports no speech either), else `null`.
 */
function unmarkedMain(tokens: readonly Token[], found: Mention): Mention | null {
  const word = found.tokens[0]?.lower ?? '';
  if (word !== 'he' && word !== 'she' && word !== 'they') return null;
  const at = tokens.findIndex((t) => t.start === found.start);
  if (at < 1 || !OPENING_SUBORDINATORS.has(tokens[at - 1]?.lower ?? '') || (at >= 2 && !endsSentence(tokens[at - 2]))) return null;
  // (not a speech verb with its own clause: `Although he told the FBI that he was …`)
  if (speechVerbStrength(tokens[at + 1]?.lower ?? '') > 0) return null;
  for (let k = at + 2; k < tokens.length && k <= at + 6; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return null;
    if (t.lower !== word) continue;
    const before = tokens[k - 1] as Token;
    const after = tokens[k + 1];
    if (before.cap || speechVerbStrength(before.lower) > 0 || !after || after.kind !== 'word' || after.cap) return null;
    return { ...found, start: t.start, end: t.end, tokens: [t] };
  }
  return null;
}

/**
 * A pronoun `found` as the subject of a that-clause whose speech verb has the same pronoun as its
 * own subject earlier in the sentence, at most eight tokens before `that` (`He said, however,
 * that he hopes "…"`, `She told reporters on Friday that she expects "…"`): that first pronoun,
 * the subject of the sentence's own speech verb, else `null`.
 */
function outerPronoun(tokens: readonly Token[], found: Mention): Mention | null {
  const word = found.tokens[0]?.lower ?? '';
  if (word !== 'he' && word !== 'she') return null;
  const at = tokens.findIndex((t) => t.start === found.start);
  if (at < 2 || tokens[at - 1]?.lower !== 'that') return null;
  let s = at;
  while (s > 0 && !endsSentence(tokens[s - 1])) s -= 1;
  // (after a joining word: `But he told …`)
  if (/^(?:and|but|so|yet)$/.test(tokens[s]?.lower ?? '')) s += 1;
  const main = clauseSubject(tokens, s, at);
  if (!main || main.first !== s || main.mention.kind !== 'pronoun' || main.mention.tokens[0]?.lower !== word) return null;
  const verb = tokens[main.last + 1];
  if (!verb || verb.kind !== 'word' || speechVerbStrength(verb.lower) === 0) return null;
  // (no other speech verb between; a capitalized word is a name or a title's: `"Meet the Press"`)
  if (at - 1 - (main.last + 2) > 8 || tokens.slice(main.last + 2, at - 1).some((t) => t.kind === 'mark' || (t.kind === 'word' && !t.cap && speechVerbStrength(t.lower) > 0))) return null;
  return main.mention;
}

/** Adverbs that may stand between a subject and its speech verb (`The mayor also told …`). */
const VERB_ADVERBS = new Set(['also', 'later', 'then', 'again', 'previously', 'earlier', 'repeatedly']);

/** The name index of each text, built only when {@link outerName} needs it. */
const indexes = new WeakMap<AttributionDocument, NameIndex>();

/**
 * A pronoun `found` as the subject of a that-clause whose speech verb has a person's name or a
 * role phrase that agrees with the pronoun as its own subject, opening the sentence, at most
 * eight tokens before `that` (`The governor also told WKBN reporter Ann Lowe that he believes
 * the bill is "…"`): that subject, the source of the sentence's report, else `null`.
 */
function outerName(doc: AttributionDocument, tokens: readonly Token[], found: Mention): Mention | null {
  const word = found.tokens[0]?.lower ?? '';
  if (word !== 'he' && word !== 'she') return null;
  const at = tokens.findIndex((t) => t.start === found.start);
  if (at < 3 || tokens[at - 1]?.lower !== 'that') return null;
  let s = at;
  while (s > 0 && s > at - 40 && !endsSentence(tokens[s - 1])) s -= 1;
  if (s > 0 && !endsSentence(tokens[s - 1])) return null;
  if (/^(?:and|but|so|yet)$/.test(tokens[s]?.lower ?? '')) s += 1;
  const main = clauseSubject(tokens, s, at);
  if (!main || main.first !== s || (main.mention.kind !== 'name' && main.mention.kind !== 'descriptor')) return null;
  let v = main.last + 1;
  if (VERB_ADVERBS.has(tokens[v]?.lower ?? '')) v += 1;
  const verb = tokens[v];
  if (!verb || verb.kind !== 'word' || verb.cap || speechVerbStrength(verb.lower) === 0) return null;
  if (at - 1 - (v + 1) > 8 || tokens.slice(v + 1, at - 1).some((t) => t.kind === 'mark' || (t.kind === 'word' && !t.cap && speechVerbStrength(t.lower) > 0))) return null;
  let index = indexes.get(doc);
  if (!index) indexes.set(doc, (index = new NameIndex(doc.text)));
  const entity = resolveMention(main.mention, index);
  if (entity.kind !== 'person' && entity.kind !== 'descriptor') return null;
  return agrees(entity, word) ? main.mention : null;
}

/** The `pronoun` sieve. */
export const pronoun: Sieve = {
  name: 'pronoun',
  run(doc: AttributionDocument): void {
    for (let i = 0; i < doc.quotes.length; i++) {
      if (doc.links[i]) continue;
      const inside = insideCue(doc, i);
      if (inside?.mention?.kind === 'pronoun') {
        const link = { mention: inside.mention, cue: inside.cue, method: 'pronoun', strength: inside.strength };
        doc.link(i, link);
        doc.link(i + 1, link);
        continue;
      }
      // (`he says he "loves China," and "people from China love me," he also accuses …`: a
      // quotation joined by `and` to one already linked goes with it, not with the clause after)
      const joined = i > 0 && Boolean(doc.links[i - 1]) && /^\s*(?:,\s*)?(?:and|or)\s*$/.test(doc.text.slice(doc.closeOf(i - 1), doc.openOf(i)));
      let m = (joined ? null : governingCueAfter(doc, i)) ?? cueBefore(doc, doc.before(i)) ?? colonBefore(doc, i, doc.before(i));
      // a title between the cue and the quotation (`She told "Good Morning America" the talks were "…"`)
      if (!m?.mention) m = cueBeforeOverTitles(doc, i) ?? m;
      if (m?.mention?.kind !== 'pronoun') continue;
      // (the sentence read over a title before the quotation: `But he told NBC's "Meet the Press"
      // that he thinks the plan is "…"`)
      const wider = doc.beforeOverTitles(i, (k) => readsAsTitle(doc, k));
      const mention = mainSubject(doc.before(i), m.mention) ?? unmarkedMain(doc.before(i), m.mention) ?? outerPronoun(wider ?? doc.before(i), m.mention) ?? outerName(doc, wider ?? doc.before(i), m.mention) ?? m.mention;
      doc.link(i, { mention, cue: m.cue, method: 'pronoun', strength: m.strength });
    }
  },
};
