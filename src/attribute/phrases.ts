/**
 * Reading the noun phrase a speech cue points at, from tokens: a pronoun (`he`), a name with its
 * titles (`Lt. Gen. Sean MacFarland`), an unnamed source (`a senior US official`,
 * `a spokeswoman for the ministry`), or an organization (`the White House`). Appositives
 * (`Hugh Hill, a doctor at the clinic, said`) and relative clauses (`…, who added`) are stepped over.
 *
 * @module
 */
import {
  DETERMINERS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NOT_NAMES,
  NP_PREPOSITIONS,
  ORGANIZATION_NOUNS,
  PRONOUNS,
  ROLE_NOUNS,
  TITLES,
  VERB_MODIFIERS,
} from '../lexicon/words.js';
import { isBaseForm, speechVerbStrength } from '../lexicon/speech-verbs.js';
import { endsSentence, isWord, type Token } from './tokens.js';

/** What kind of phrase a mention is. */
export type MentionKind = 'pronoun' | 'relative' | 'name' | 'descriptor' | 'organization';

/** A phrase that may name a speaker (stage 1 output, before canonicalization). */
export interface Mention {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset past the last character. */
  readonly end: number;
  /** Pronoun, relative pronoun, name, descriptor or organization. */
  readonly kind: MentionKind;
  /** The tokens of the phrase. */
  readonly tokens: readonly Token[];
  /** For a relative pronoun (`who`), the phrase it refers to. */
  readonly antecedent?: Mention;
}

/** Index of the first token of a mention within its token list, tracked while parsing. */
interface Parsed {
  readonly mention: Mention;
  /** Index of the first token of the phrase in the token array. */
  readonly first: number;
  /** Index of the last token of the phrase in the token array. */
  readonly last: number;
}

export type { Parsed };

const MAX_DESCRIPTOR = 9;

function make(tokens: readonly Token[], first: number, last: number, kind: MentionKind, antecedent?: Mention): Parsed {
  const slice = tokens.slice(first, last + 1);
  const a = slice[0] as Token;
  const b = slice[slice.length - 1] as Token;
  const mention: Mention = antecedent
    ? { start: a.start, end: b.end, kind, tokens: slice, antecedent }
    : { start: a.start, end: b.end, kind, tokens: slice };
  return { mention, first, last };
}

/** Nouns in -er/-or/-ist/-ian/-ant that are not people (`paper`, `order`, `center`). */
const NOT_AGENTS = new Set(['paper', 'papers', 'order', 'orders', 'center', 'centre', 'number', 'numbers', 'letter', 'letters', 'water', 'power', 'matter', 'matters', 'other', 'others', 'corner', 'border', 'borders', 'chapter', 'error', 'errors', 'factor', 'factors', 'sector', 'sectors', 'color', 'meter', 'poster', 'banner', 'flyer', 'trailer', 'computer', 'computers', 'server', 'servers', 'answer', 'answers', 'winter', 'summer', 'dinner', 'manner', 'matter', 'monster', 'disaster', 'register', 'river', 'tower', 'theater', 'cancer', 'favor', 'behavior', 'plant', 'event', 'events', 'moment', 'statement', 'argument', 'agreement', 'government', 'department', 'comment', 'comments', 'content', 'percent', 'amendment', 'element', 'movement', 'payment', 'document', 'management', 'incident', 'accident', 'restaurant', 'grant', 'giant', 'talent', 'extent', 'intent', 'parent']);

/** A noun that names a person by what they do (`photographer`, `economist`, `politician`, `consultant`). */
function agentNoun(word: string): boolean {
  return word.length > 5 && /(?:er|or|ist|ian|ant|ent)s?$/.test(word) && !NOT_AGENTS.has(word);
}

/** The plural of a noun that names people by what they do (`laborers`, `economists`, `protesters`). */
export function pluralAgentNoun(word: string): boolean {
  return word.endsWith('s') && agentNoun(word);
}

/** Quantifiers that can stand alone for the people who speak (`another said`, `the two write`). */
const QUANTIFIER_SPEAKERS = new Set(['another', 'two', 'three', 'four', 'five', 'some', 'many', 'several', 'both', 'others', 'most', 'few']);

/** Whether a word can be part of a capitalized name sequence. */
function isNameWord(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  if (/^[RDI]-\p{Lu}/u.test(t.text)) return false; // party labels: `R-Ky.`, `D-Ill.`
  if (!t.cap) return /^(?:al|el|bin|ben|abu|ibn|de|da|di|du|van|von)-\p{Lu}/u.test(t.text);
  // `Post`, `Press`, `Report` can be names; `Said`, `Added` cannot
  // (`That's`, `It's`: a function word with a clitic is no name either)
  const bare = withoutClitic(t.lower);
  return !NOT_NAMES.has(t.lower) && !NOT_NAMES.has(bare) && (speechVerbStrength(t.lower) === 0 || isBaseForm(t.lower));
}

function isPronoun(t: Token | undefined): boolean {
  return isWord(t) && PRONOUNS.has(withoutClitic(t.lower)) && t.lower !== 'who';
}

/** A word without a clitic (`he's` → `he`, `they're` → `they`, `we've` → `we`). */
export function withoutClitic(lower: string): string {
  return lower.replace(/['’](?:s|re|ll|ve|d|m)$/, '');
}

/** Whether a word is a lower-case modifier or noun that may sit inside a descriptor phrase. */
function isDescriptorWord(t: Token | undefined): t is Token {
  if (!isWord(t)) return false;
  if (PRONOUNS.has(t.lower)) return false;
  if (speechVerbStrength(t.lower) > 0 && !ROLE_NOUNS.has(t.lower) && !t.lower.endsWith('ing') && !isBaseForm(t.lower)) return false;
  if (t.lower === 'and' || t.lower === 'or' || t.lower === 'who' || t.lower === 'that' || t.lower === 'which') return false;
  // subordinators open a clause, not a phrase (`long before White House officials started`)
  if (/^(?:before|after|until|when|whenever|while|because|if|unless|although|though|whether|once)$/.test(t.lower)) return false;
  if (VERB_MODIFIERS.has(t.lower) && !ROLE_NOUNS.has(t.lower) && !DETERMINERS.has(t.lower)) return false;
  return true;
}

/** Words after a noun that open its complement (`a doctor working at`, `a source familiar with`). */
const POST_MODIFIERS = /^(?:\p{Ll}+ing|familiar|close|loyal|opposed|involved|based|briefed)$/u;

/** Whether a descriptor's words name a speaker: a role or organization noun, or a bare plural of one. */
function descriptorHead(tokens: readonly Token[], from: number, last: number): 'descriptor' | 'organization' | null {
  let first = from;
  // `one of those advisers`: the head follows the partitive `of`
  if (/^(?:one|some|many|most|two|three|several|few|all|each|none|any)$/.test((tokens[first] as Token).lower) && (tokens[first + 1] as Token | undefined)?.lower === 'of' && first + 2 <= last) {
    first += 2;
  }
  // the head is the last noun before a prepositional complement (`a spokeswoman for the ministry`)
  let h = last;
  for (let k = first + 1; k <= last; k++) {
    if (NP_PREPOSITIONS.has((tokens[k] as Token).lower)) {
      h = k - 1;
      break;
    }
  }
  // `a doctor working at the clinic`, `a source familiar with the talks`: the head is before a
  // participle or adjective that introduces the complement
  if (h > first && POST_MODIFIERS.test((tokens[h] as Token).lower)) h -= 1;
  const head = (tokens[h] as Token).lower.replace(/['’]s$/, '');
  if (ROLE_NOUNS.has(head) || /^\d+-year-old$/.test(head) || agentNoun(head)) return 'descriptor';
  if (ORGANIZATION_NOUNS.has(head)) return 'organization';
  // `the groups who wrote to her`, `the agencies`: the plural of an organization noun names several
  if (head.length > 4 && ORGANIZATION_NOUNS.has(singular(head))) return 'descriptor';
  return null;
}

/** The singular of a regular plural noun (`groups` → `group`, `agencies` → `agency`, `churches` → `church`). */
function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Reads a capitalized name sequence ending at token `j` (leftwards), with particles, initials
 * and titles (`Russian President Vladimir Putin`, `Bashar al-Assad`).
 */
function nameLeft(tokens: readonly Token[], j: number): Parsed | null {
  const last = j;
  if (!isNameWord(tokens[j])) return null;
  let first = j;
  while (first > 0) {
    const prev = tokens[first - 1];
    if (isNameWord(prev)) first -= 1;
    else if (isWord(prev) && NAME_PARTICLES.has(prev.lower) && isNameWord(tokens[first - 2])) first -= 1;
    else break;
  }
  // `Kremlin spokesperson Dmitry Peskov`, `former president Bill Clinton`: titles before the name
  let titled = first;
  while (titled > 0) {
    const prev = tokens[titled - 1];
    const cur = tokens[titled] as Token;
    if (isWord(prev) && !prev.cap && TITLES.has(prev.lower)) titled -= 1;
    else if (isNameWord(prev) && !cur.cap && TITLES.has(cur.lower)) titled -= 1;
    else break;
  }
  if (titled < first) return make(tokens, titled, last, 'name');
  // `Moscow and Washington`, `Trump and Ryan`: coordinated names
  const and = tokens[first - 1];
  if (isWord(and) && and.lower === 'and' && isNameWord(tokens[first - 2])) {
    const other = nameLeft(tokens, first - 2);
    if (other && other.mention.kind !== 'descriptor' && !other.mention.tokens.some((t) => t.lower === 'and')) {
      return make(tokens, other.first, last, 'name');
    }
  }
  // `the Kremlin`, `the White House`, `the Washington Post`: an organization
  const det = tokens[first - 1];
  if (isWord(det) && det.lower === 'the') return make(tokens, first - 1, last, 'organization');
  return make(tokens, first, last, classifyName(tokens, first, last));
}

/** A capitalized sequence is a person's name unless it is a lone role word (`Officials`) or an organization. */
function classifyName(tokens: readonly Token[], first: number, last: number): MentionKind {
  const head = (tokens[last] as Token).lower.replace(/['’]s$/, '');
  if (first === last && ROLE_NOUNS.has(head)) return 'descriptor';
  if (ORGANIZATION_NOUNS.has(head) && first < last) return 'organization';
  let allTitles = true;
  for (let k = first; k <= last; k++) if (!TITLES.has((tokens[k] as Token).lower)) allTitles = false;
  if (allTitles) return 'descriptor';
  return 'name';
}

/** Reads a lower-case descriptor phrase ending at token `j` (leftwards): `a senior US official`, `a spokeswoman for the ministry`. */
function descriptorLeft(tokens: readonly Token[], j: number): Parsed | null {
  const end = tokens[j];
  if (!isWord(end) || NP_PREPOSITIONS.has(end.lower) || end.lower === 'by' || end.lower === 'as') return null;
  // (`the 45-year-old mother of three said`: a number after `of` completes the noun before it)
  const complement = /^(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(end.lower) && tokens[j - 1]?.lower === 'of' && isWord(tokens[j - 2]) && ROLE_NOUNS.has((tokens[j - 2] as Token).lower);
  if (DETERMINERS.has(end.lower) && !complement) {
    // `Yet another said`, `the two write`, `Some chanted`: a quantifier standing for people
    if (!QUANTIFIER_SPEAKERS.has(end.lower)) return null;
    const det = tokens[j - 1];
    if (isWord(det) && (det.lower === 'the' || det.lower === 'another')) return make(tokens, j - 1, j, 'descriptor');
    return make(tokens, j, j, 'descriptor');
  }
  let first = j;
  let determined = false;
  let steps = 0;
  // the determiner before the last hop over a preposition (`a lecture from | the Mexican president`)
  let unhopped = -1;
  while (first >= 0 && steps < MAX_DESCRIPTOR) {
    const t = tokens[first];
    // `the bespectacled, 71-year-old diplomat`: adjectives separated by a comma
    if (t?.text === ',' && first < j && isWord(tokens[first - 1]) && !(tokens[first - 1] as Token).cap && (tokens[first - 2] as Token | undefined)?.lower === 'the') {
      first -= 2;
      determined = true;
      break;
    }
    // `the independent Vermont senator and Democratic presidential candidate`: coordinated roles
    if (isWord(t) && t.lower === 'and' && first < j && ROLE_NOUNS.has((tokens[first - 1] as Token | undefined)?.lower ?? '')) {
      first -= 1;
      steps += 1;
      continue;
    }
    // `one B&W Dayton supervisor`: `&` inside a capitalized name that modifies the noun
    if (t?.text === '&' && first < j && tokens[first - 1]?.cap && tokens[first + 1]?.cap) {
      first -= 1;
      steps += 1;
      continue;
    }
    if (!isDescriptorWord(t)) {
      first += 1;
      break;
    }
    // `Powell's office`, `Trump's campaign`: a possessive name opens the phrase like a determiner
    if (first < j && t.cap && /['’]s?$/.test(t.text) && t.text.length > 2) {
      let q = first;
      while (q > 0 && isNameWord(tokens[q - 1])) q -= 1;
      first = q;
      determined = true;
      break;
    }
    if (DETERMINERS.has(t.lower) && first < j) {
      // `a spokeswoman for the ministry`: go on through the preposition
      const prep = tokens[first - 1];
      if (isWord(prep) && NP_PREPOSITIONS.has(prep.lower) && isDescriptorWord(tokens[first - 2]) && !DETERMINERS.has((tokens[first - 2] as Token).lower)) {
        unhopped = first;
        first -= 2;
        steps += 2;
        continue;
      }
      determined = true;
      break;
    }
    if (first === 0) break;
    first -= 1;
    steps += 1;
  }
  if (first < 0) first = 0;
  if (first > j) return null;
  const start = tokens[first] as Token;
  if (!determined && !DETERMINERS.has(start.lower)) {
    // bare plural: `officials said`, `sources said`, `officials at the Pentagon said`
    let h = j;
    for (let k = first + 1; k < j; k++) {
      if (NP_PREPOSITIONS.has((tokens[k] as Token).lower)) {
        h = k - 1;
        break;
      }
    }
    const head = (tokens[h] as Token).lower;
    // (`For someone who conceded …`: an indefinite pronoun stands alone)
    if (/^(?:someone|somebody|anyone|anybody|everyone|everybody|nobody)$/.test(head)) return make(tokens, h, j, 'descriptor');
    if (!(ROLE_NOUNS.has(head) && head.endsWith('s'))) return null;
    first = h;
    while (first > 0 && isDescriptorWord(tokens[first - 1]) && !NP_PREPOSITIONS.has((tokens[first - 1] as Token).lower) && h - first < 4) first -= 1;
  }
  const kind = descriptorHead(tokens, first, j);
  if (!kind) {
    // `a lecture from the Mexican president`: no speaker before the preposition; the complement may be one
    const inner = unhopped >= 0 ? descriptorHead(tokens, unhopped, j) : null;
    return inner ? make(tokens, unhopped, j, inner) : null;
  }
  return make(tokens, first, j, kind);
}

/** Reads the noun phrase that ends at token `j`. */
export function phraseLeft(tokens: readonly Token[], j: number): Parsed | null {
  const t = tokens[j];
  if (!isWord(t)) return null;
  if (isPronoun(t)) return make(tokens, j, j, 'pronoun');
  if (t.cap) {
    const name = nameLeft(tokens, j);
    if (name) {
      // `a spokesman for committee Democrats`: the name is the complement of a descriptor
      const prev = tokens[name.first - 1];
      if (isWord(prev) && !prev.cap && !TITLES.has(prev.lower)) {
        const d = descriptorLeft(tokens, j);
        if (d && d.first < name.first && d.mention.tokens.some((w) => NP_PREPOSITIONS.has(w.lower))) return d;
      }
      // `one senior Democrat`: a lone role word is the head of a descriptor
      if (name.mention.kind === 'descriptor') {
        const d = descriptorLeft(tokens, j);
        if (d && d.first < name.first) return d;
      }
      // `Kremlin spokesperson Dmitry Peskov`: keep the name; a descriptor before it is a title
      return withParticipleHost(tokens, name) ?? name;
    }
  }
  return descriptorLeft(tokens, j);
}

/**
 * `another source speaking to Fox News`: when the phrase is the complement of a participle after
 * a person (`speaking to`, `working for`), the whole phrase from that person, as that person's kind.
 */
function withParticipleHost(tokens: readonly Token[], complement: Parsed): Parsed | null {
  const prep = tokens[complement.first - 1];
  const participle = tokens[complement.first - 2];
  if (!isWord(prep) || !NP_PREPOSITIONS.has(prep.lower) || !isWord(participle) || participle.cap || !POST_MODIFIERS.test(participle.lower)) return null;
  const host = phraseLeft(tokens, complement.first - 3);
  if (!host || host.mention.kind === 'pronoun' || host.mention.kind === 'organization') return null;
  return make(tokens, host.first, complement.last, host.mention.kind);
}

/** The phrase ending at token `j`, stepping back over a parenthesis (`Sen. Amy Klobuchar (D-Minn.)`). */
function phraseBefore(tokens: readonly Token[], j: number, floor: number): Parsed | null {
  if (tokens[j]?.text === ')') {
    let k = j - 1;
    while (k > floor && k > j - 12 && tokens[k]?.text !== '(') k -= 1;
    if (tokens[k]?.text !== '(') return null;
    return phraseLeft(tokens, k - 1);
  }
  return phraseLeft(tokens, j);
}

/** Skips auxiliaries and adverbs leftwards from `j`; returns the new index. */
function skipModifiersLeft(tokens: readonly Token[], j: number): number {
  let k = j;
  while (k >= 0) {
    const t = tokens[k];
    if (!isWord(t)) break;
    // days and times may be capitalized: `Priebus later Thursday told`
    if (t.cap && !(VERB_MODIFIERS.has(t.lower) && NOT_NAMES.has(t.lower))) break;
    if (t.lower === 'to' && !INFINITIVE_HOSTS.has(tokens[k - 1]?.lower ?? '')) break; // `a decision to read`: no subject
    // `was quick to add`, `is eager to say`: the host adjective goes with the infinitive
    if (t.lower === 'to' && /^(?:quick|eager|able|willing|first|last|careful|keen|ready|happy|glad|proud|unable|reluctant|anxious|sure)$/.test(tokens[k - 1]?.lower ?? '') && isWord(tokens[k - 2]) && /^(?:is|was|are|were|be|been|am)$/.test((tokens[k - 2] as Token).lower)) {
      k -= 3;
      continue;
    }
    // (`Trump himself said`: an emphatic reflexive after the subject)
    if (VERB_MODIFIERS.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 4 && !ROLE_NOUNS.has(t.lower)) || /^(?:himself|herself|themselves|itself)$/.test(t.lower)) k -= 1;
    else break;
  }
  return k;
}

/** Words before `to` that make the infinitive part of the speaker's verb (`went on to say`, `wants to tell`). */
const INFINITIVE_HOSTS = new Set(['on', 'going', 'want', 'wants', 'wanted', 'plan', 'plans', 'planned', 'continued', 'continues', 'used', 'tried', 'tries', 'decided', 'refused', 'declined', 'began', 'ought', 'got', 'has', 'had', 'have', 'needs', 'needed', 'hoped', 'hopes', 'went', 'came', 'seemed', 'seems', 'appeared', 'appears', 'moved', 'rushed', 'sought', 'seeks', 'vowed', 'promised', 'pledged', 'threatened', 'agreed', 'chose', 'chooses', 'managed', 'failed', 'is', 'was', 'are', 'were', 'like', 'likes', 'liked', 'love', 'loves', 'loved', 'able', 'willing', 'eager', 'quick', 'first', 'last']);

/** Skips auxiliaries and adverbs rightwards from `j`. */
function skipModifiersRight(tokens: readonly Token[], j: number): number {
  let k = j;
  while (k < tokens.length) {
    const t = tokens[k];
    if (!isWord(t) || t.cap) break;
    if ((VERB_MODIFIERS.has(t.lower) && !DETERMINERS.has(t.lower)) || (t.lower.endsWith('ly') && t.lower.length > 4)) k += 1;
    else break;
  }
  return k;
}

/** Whether `t` is a comma-like separator around an appositive. */
function isComma(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'punct' && (t.text === ',' || t.text === '—' || t.text === '–' || t.text === '(' || t.text === ')');
}

/**
 * Reads the subject of the speech verb at token `v` (the phrase before it), stepping over
 * auxiliaries, adverbs, appositives and relative clauses.
 */
export function subjectLeft(tokens: readonly Token[], v: number, floor = 0): Parsed | null {
  const j = skipModifiersLeft(tokens, v - 1);
  if (j < floor) return null;
  const t = tokens[j];
  // (`Donald Trump - who previously said …`: a spaced hyphen stands for a dash)
  const dash = tokens[j - 1]?.text === '-';
  if (isWord(t) && t.lower === 'who' && (isComma(tokens[j - 1]) || dash || isWord(tokens[j - 1]))) {
    // `Trump, who said …` and `critics who say …`
    const antecedent = phraseLeft(tokens, isComma(tokens[j - 1]) || dash ? j - 2 : j - 1);
    if (antecedent && antecedent.first >= floor) {
      const rel = make(tokens, j, j, 'relative', antecedent.mention);
      return { mention: rel.mention, first: antecedent.first, last: j };
    }
    return null;
  }
  if (t?.text === ')') {
    // `Sen. Elizabeth Warren (D-MA) said`: step over the parenthesis
    let k = j - 1;
    while (k > floor && k > j - 12 && tokens[k]?.text !== '(') k -= 1;
    if (tokens[k]?.text !== '(') return null;
    const p = phraseLeft(tokens, k - 1);
    return p && p.first >= floor ? p : null;
  }
  if (t?.text === ',' && tokens[j - 1]?.text === ')') {
    // `Gov. John Kasich (R-OH), said`: a name with its parenthesis, then a comma
    const p = phraseBefore(tokens, j - 1, floor);
    if (p && p.first >= floor && p.mention.kind === 'name') return p;
  }
  if (isComma(t)) {
    // `X, a doctor at the clinic, said` / `the commander, Lt. Gen. X, said` / `X, who …, said`
    let k = j - 1;
    const limit = Math.max(floor, j - 24);
    // (a relative clause may run longer: `X, who lost to Y in 1992 and whose views on trade clashed with …, said`)
    const far = Math.max(floor, j - 40);
    while (k >= far && !isComma(tokens[k]) && !endsSentence(tokens[k]) && (tokens[k] as Token).kind !== 'mark') k -= 1;
    if (k < far || !isComma(tokens[k])) return null;
    if (k < limit && !/^(?:who|whose)$/.test(tokens[k + 1]?.lower ?? '')) return null;
    // `Clinton, during a town hall meeting in Columbus, Ohio, said`: the phrase that opens the clause
    // before a chain of comma-separated asides
    {
      let c = k - 1;
      const stop = Math.max(floor, k - 24);
      while (c >= stop && !endsSentence(tokens[c]) && (tokens[c] as Token).kind !== 'mark' && !isComma(tokens[c])) c -= 1;
      // walk left over up to four asides to the phrase that opens the clause
      for (let hops = 0; hops < 4 && c >= stop && tokens[c]?.text === ','; hops++) {
        const opening = phraseBefore(tokens, c - 1, floor);
        const atStart = opening && (opening.first === floor || endsSentence(tokens[opening.first - 1]) || (tokens[opening.first - 1] as Token | undefined)?.kind === 'mark');
        if (opening && atStart && opening.mention.kind === 'name') return opening;
        c -= 1;
        while (c >= stop && !endsSentence(tokens[c]) && (tokens[c] as Token).kind !== 'mark' && !isComma(tokens[c])) c -= 1;
      }
    }
    const inner = tokens[k + 1];
    if (isWord(inner) && (inner.lower === 'who' || inner.lower === 'which')) {
      // (`Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said`: across a parenthesis)
      const antecedent = phraseBefore(tokens, k - 1, floor);
      return antecedent && antecedent.first >= floor ? antecedent : null;
    }
    const seg = phraseLeft(tokens, j - 1);
    if (seg && seg.mention.kind === 'name' && seg.first === k + 1) {
      return seg;
    }
    const before = phraseBefore(tokens, k - 1, floor);
    // `Another Republican, Sen. Lindsey Graham of South Carolina, said`: the name set off after a
    // descriptor, with its `of` complement
    if (before && before.mention.kind === 'descriptor') {
      const named = phraseRight(tokens, k + 1);
      if (named && named.mention.kind === 'name' && named.last + 1 < j && /^(?:of|from)$/.test(tokens[named.last + 1]?.lower ?? '') && j - named.last <= 6) return named;
    }
    if (before && before.first >= floor && before.mention.kind !== 'pronoun') return before;
    if (seg && seg.first === k + 1) return seg;
    return null;
  }
  // `Section 12 states`, `Rule 4:2 reads`: a capitalized noun with its number names a text
  if (isWord(t) && /^\d{1,4}$/.test(t.text)) {
    const n = tokens[j - 1]?.text === ':' && /^\d{1,4}$/.test(tokens[j - 2]?.text ?? '') ? j - 2 : j;
    let first = n;
    while (first - 1 >= floor && first > n - 4 && isWord(tokens[first - 1]) && (tokens[first - 1] as Token).cap && !NOT_NAMES.has((tokens[first - 1] as Token).lower)) first -= 1;
    if (first < n) return make(tokens, first, j, 'name');
  }
  const p = phraseLeft(tokens, j);
  // `Bolton and Gorka both denounced`, `the senators all said`: a floating quantifier after the subject
  if ((!p || p.first === j) && /^(?:both|all|each)$/.test(t?.lower ?? '') && isWord(tokens[j - 1])) {
    // (`The two candidates have both said`: auxiliaries may stand before the quantifier too)
    const host = phraseLeft(tokens, skipModifiersLeft(tokens, j - 1));
    if (host && host.first >= floor) return host;
  }
  if (p && p.first >= floor) return p;
  return null;
}

/** Reads a name sequence starting at token `j` (rightwards). */
function nameRight(tokens: readonly Token[], j: number): Parsed | null {
  if (!isNameWord(tokens[j])) return null;
  let last = j;
  while (last + 1 < tokens.length) {
    const next = tokens[last + 1];
    if (isNameWord(next) || (isWord(next) && NAME_SUFFIXES.has(next.lower))) last += 1;
    else if (isWord(next) && NAME_PARTICLES.has(next.lower) && isNameWord(tokens[last + 2])) last += 1;
    else break;
  }
  return make(tokens, j, last, classifyName(tokens, j, last));
}

/** Reads the phrase that starts at token `j`: `President Obama`, `a senior official`, `he`. */
export function phraseRight(tokens: readonly Token[], j: number): Parsed | null {
  const t = tokens[j];
  if (!isWord(t)) return null;
  if (isPronoun(t)) return make(tokens, j, j, 'pronoun');
  if (t.lower === 'the' && isNameWord(tokens[j + 1])) {
    const name = nameRight(tokens, j + 1);
    if (name && name.mention.kind !== 'descriptor') {
      const org = make(tokens, j, name.last, 'organization');
      return org;
    }
  }
  if (t.cap && !DETERMINERS.has(t.lower)) {
    const name = nameRight(tokens, j);
    // `Republican Presidential hopeful Sen. Ted Cruz`, `Democratic Party chairwoman Nell Adair`:
    // capitalized modifiers, a lower-case role noun, then the name
    if (name) {
      let k = name.last + 1;
      while (k < tokens.length && k <= name.last + 3 && isWord(tokens[k]) && !(tokens[k] as Token).cap && (ROLE_NOUNS.has((tokens[k] as Token).lower) || TITLES.has((tokens[k] as Token).lower))) k += 1;
      if (k > name.last + 1) {
        const later = phraseRight(tokens, k);
        if (later && later.mention.kind === 'name') return { mention: later.mention, first: j, last: later.last };
      }
    }
    return name;
  }
  // `former Pennsylvania Gov. and DNC Chairman Ed Rendell`: lower-case titles before a name
  if (TITLES.has(t.lower) && !ROLE_NOUNS.has(t.lower)) {
    let k = j;
    let lastCap = -1;
    while (k < tokens.length && k < j + 12) {
      const w = tokens[k];
      if (!isWord(w)) break;
      if (isNameWord(w)) lastCap = k;
      else if (!(TITLES.has(w.lower) || w.lower === 'and' || w.lower === 'of')) break;
      k += 1;
    }
    if (lastCap >= 0) {
      let first = lastCap;
      while (first > j && isNameWord(tokens[first - 1])) first -= 1;
      const name = nameRight(tokens, first);
      if (name && name.mention.kind === 'name') return { mention: name.mention, first: j, last: name.last };
    }
  }
  if ((!DETERMINERS.has(t.lower) || /^(?:that|this|these|those|all|no)$/.test(t.lower)) && !ROLE_NOUNS.has(t.lower)) return null;
  // descriptor: read up to punctuation, a relative pronoun or a verb-like stop; after the first
  // role or organization noun, go on only through a prepositional complement (`a spokeswoman for the ministry`)
  let last = j;
  let steps = 0;
  let headSeen = ROLE_NOUNS.has(t.lower) || ORGANIZATION_NOUNS.has(t.lower);
  while (last + 1 < tokens.length && steps < MAX_DESCRIPTOR) {
    const next = tokens[last + 1];
    if (!isWord(next) || next.lower === 'who' || next.lower === 'that' || next.lower === 'which' || next.lower === 'and') break;
    if (speechVerbStrength(next.lower) > 0 && !ROLE_NOUNS.has(next.lower)) break;
    const cur = tokens[last] as Token;
    // a determiner inside the phrase only opens a prepositional complement (`the head of the
    // agency`); elsewhere a new phrase starts (`The first thing the voters see`), as after an
    // adverb (`The ordinance also requires`)
    if (last > j && ((DETERMINERS.has(next.lower) && /^(?:the|a|an|his|her|their|its|our|my|your)$/.test(next.lower) && !NP_PREPOSITIONS.has(cur.lower)) || /^(?:also|then|now|still|again|never|already|reportedly|recently)$/.test(next.lower))) break;
    if (headSeen && (ROLE_NOUNS.has(cur.lower) || ORGANIZATION_NOUNS.has(cur.lower)) && !/^(?:for|of|at)$/.test(next.lower) && !ROLE_NOUNS.has(next.lower) && !ORGANIZATION_NOUNS.has(next.lower)) break;
    if (ROLE_NOUNS.has(next.lower) || ORGANIZATION_NOUNS.has(next.lower)) headSeen = true;
    last += 1;
    steps += 1;
  }
  // trim trailing prepositional remainder back to the last role/organization noun
  let head = last;
  while (head > j) {
    const lower = (tokens[head] as Token).lower;
    if (ROLE_NOUNS.has(lower) || ORGANIZATION_NOUNS.has(lower) || (tokens[head] as Token).cap || agentNoun(lower) || /^\d+-year-old$/.test(lower)) break;
    head -= 1;
  }
  if (!DETERMINERS.has(t.lower) && !ROLE_NOUNS.has((tokens[head] as Token).lower)) return null;
  const kind = descriptorHead(tokens, j, head);
  if (!kind) return null;
  return make(tokens, j, head, kind);
}

/** Reads the subject of an inverted cue (`said Putin`, `said a senior official`), after token `v`. */
export function subjectRight(tokens: readonly Token[], v: number): Parsed | null {
  const j = skipModifiersRight(tokens, v + 1);
  let p = phraseRight(tokens, j);
  // `said Ohio State University professor Paul Beck`, `said retired neurosurgeon Ben Carson`
  const nameFollows = p !== null && (p.mention.kind === 'name' || p.mention.kind === 'organization') && isWord(tokens[p.last + 1]) && !tokens[p.last + 1]?.cap;
  const descriptorThenName = p !== null && p.mention.kind === 'descriptor' && isNameWord(tokens[p.last + 1]);
  if (!p || nameFollows || descriptorThenName) {
    let k = p && (p.mention.kind === 'name' || p.mention.kind === 'organization') ? p.last + 1 : descriptorThenName && p ? p.last + 1 : j;
    const limit = j + 8;
    // after a name, `of` starts its complement (`Stephen Vladeck of the University`); before one, it
    // belongs to the title (`master of ceremonies Asab Al-Tabchi`)
    const stops = p ? /^(?:who|that|which|and|in|at|on|of|for|from|with|to|by|the|a|an|during|after|before|when|while|as)$/ : /^(?:who|that|which|and|in|at|on|for|from|with|to|by|the|a|an|during|after|before|when|while|as)$/;
    // `said undecided Republican voter Stephanie Hooton`: a capitalized modifier that is no name
    // (`Republican`) is stepped over like the lower-case words of the title
    for (let hops = 0; hops < 3; hops++) {
      while (k < tokens.length && k < limit && isWord(tokens[k]) && !isNameWord(tokens[k]) && !PRONOUNS.has((tokens[k] as Token).lower) && !stops.test((tokens[k] as Token).lower)) k += 1;
      if (!(k > j && isNameWord(tokens[k]) && (tokens[k - 1] as Token).kind === 'word')) break;
      const name = nameRight(tokens, k);
      if (!name) break;
      if (name.mention.kind === 'name') {
        p = { mention: name.mention, first: j, last: name.last };
        break;
      }
      k = name.last + 1;
    }
  }
  // `"…," said one.` / `read another.`: a lone quantifier that closes the clause stands for a person
  const lone = tokens[j];
  if (!p && isWord(lone) && (lone.lower === 'one' || QUANTIFIER_SPEAKERS.has(lone.lower)) && (j + 1 >= tokens.length || endsSentence(tokens[j + 1]) || tokens[j + 1]?.text === ',')) return make(tokens, j, j, 'descriptor');
  if (!p) return null;
  // `said the commander, Lt. Gen. Sean MacFarland`
  if (p.mention.kind !== 'name' && p.mention.kind !== 'pronoun' && isComma(tokens[p.last + 1])) {
    const name = nameRight(tokens, p.last + 2);
    if (name && name.mention.kind === 'name') return name;
  }
  return p;
}
