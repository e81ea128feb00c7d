/**
 * Finding the speech cue around a quotation and the phrase it points at: after the quotation
 * (`"…," Putin said` / `"…," said Putin`), before it (`Putin said: "…"`, `Kerry said the US could
 * make "an enormous difference"`), `according to X`, and a colon that ends the previous paragraph.
 *
 * @module
 */
import { isBaseForm, speechVerbStrength } from '../lexicon/speech-verbs.js';
import { DOCUMENT_NOUNS, NP_PREPOSITIONS, DETERMINERS, ORGANIZATION_NOUNS, ROLE_NOUNS, TITLES, VERB_MODIFIERS } from '../lexicon/words.js';
import type { Span } from '../types.js';
import { WINDOW, type AttributionDocument } from './document.js';
import { phraseLeft, subjectLeft, subjectRight, phraseRight, type Mention, type Parsed } from './phrases.js';
import { endsSentence, isWord, tokenize, type Token } from './tokens.js';

/** A cue and the phrase it points at. */
export interface CueMatch {
  /** The phrase naming the speaker, or `null` when the cue has no subject of its own (`…, adding "…"`). */
  readonly mention: Mention | null;
  /** The cue. */
  readonly cue: Span;
  /** `2` strong speech verb, `1` weak one or a bare colon. */
  readonly strength: 1 | 2;
}

/** How many tokens after a quotation a cue may be looked for (`"…," the senior official, who …, said`). */
const AFTER_REACH = 40;

function cueSpan(doc: AttributionDocument, tokens: readonly Token[], v: number): Span {
  const verb = tokens[v] as Token;
  let end = verb.end;
  // `told reporters`, `told CNN`
  if (/^(?:tell|tells|told|telling)$/.test(verb.lower)) {
    const obj = tokens[v + 1];
    if (isWord(obj) && (obj.cap || ROLE_NOUNS.has(obj.lower))) end = obj.end;
  }
  return doc.span(verb.start, end);
}

function strengthOf(t: Token): 0 | 1 | 2 {
  return speechVerbStrength(t.lower);
}

/** Verbs that report speech with a particle: `shot back`, `fired back`, `went on`, `chimed in`, `cut in`. */
const PHRASAL = new Set(['shot back', 'fired back', 'hit back', 'snapped back', 'went on', 'chimed in', 'cut in', 'broke in', 'pointed out', 'spoke up', 'piped up', 'weighed in', 'jumped in', 'shoots back', 'fires back', 'hits back', 'goes on', 'put it', 'puts it']);

/**
 * The verbs of {@link PHRASAL} (`shot`, `went`): only after one of them can a token pair be a
 * phrasal verb, so {@link strengthAt} joins the pair into a string (a fresh one to hash) only then.
 */
const PHRASAL_VERBS: ReadonlySet<string> = new Set([...PHRASAL].map((p) => p.slice(0, p.indexOf(' '))));

/** Strength of the cue at token `v`, counting phrasal verbs (`shot back`). */
function strengthAt(tokens: readonly Token[], v: number): 0 | 1 | 2 {
  const t = tokens[v] as Token;
  const next = tokens[v + 1];
  if (next && PHRASAL_VERBS.has(t.lower) && PHRASAL.has(`${t.lower} ${next.lower}`)) {
    // `once the Senate goes on recess`: `go on` with an object is no speech
    if (/^(?:went|goes|go)$/.test(t.lower) && isWord(tokens[v + 2]) && !/^(?:to|about)$/.test((tokens[v + 2] as Token).lower)) return strengthOf(t);
    return 2;
  }
  return strengthOf(t);
}

/**
 * Whether the verb at `v` with subject `subject` reads as a verb: a bare base form (`comment`,
 * `report`) needs an auxiliary before it (`will say`) or a plural or first-person subject.
 */
export function verbReading(tokens: readonly Token[], v: number, subject: Parsed): boolean {
  const verb = tokens[v] as Token;
  // `a book called "…"`: a weak verb after a thing is a participle, not a cue
  // (and `a group called "…"`, `an organization named "…"`: a thing, not a speaking person)
  const headWord = subject.mention.tokens[subject.mention.tokens.length - 1]?.lower ?? '';
  // (`The message, sent to …, called it "critical"`: with an object pronoun the verb is finite)
  const objectPronoun = subject.last < v - 1 && tokens[v - 1]?.text === ',' && /^(?:it|him|her|them)$/.test(tokens[v + 1]?.lower ?? '');
  if (strengthOf(verb) === 1 && verb.lower.endsWith('ed') && subject.mention.kind === 'descriptor' && DOCUMENT_NOUNS.has(headWord) && !objectPronoun) return false;
  if (/^(?:called|named|dubbed|titled|entitled|labeled|labelled)$/.test(verb.lower) && subject.last === v - 1 && /^(?:a|an)$/.test(subject.mention.tokens[0]?.lower ?? '') && (subject.mention.kind === 'organization' || !subject.mention.tokens.some((w) => ROLE_NOUNS.has(w.lower)))) return false;
  // `Clinton's emails`, `the president's remarks`: a noun after a possessive
  const lastOfSubject = subject.mention.tokens[subject.mention.tokens.length - 1];
  // (`he's said`: after a pronoun, 's is a clitic auxiliary)
  if (subject.last === v - 1 && lastOfSubject && /['’]s?$/.test(lastOfSubject.text) && (subject.mention.kind !== 'pronoun' || /^who/.test(lastOfSubject.lower))) return false;
  if (!isBaseForm(verb.lower)) return true;
  if (subject.last < v - 1) {
    const before = tokens[v - 1] as Token;
    if (VERB_MODIFIERS.has(before.lower)) return true;
  }
  // (the head of `Supporters of Trump`, `critics of the plan` comes before its complement)
  const words = subject.mention.tokens;
  const complement = subject.mention.kind === 'descriptor' ? words.findIndex((w, k) => k > 0 && NP_PREPOSITIONS.has(w.lower)) : -1;
  const opens = complement > 0 && words.slice(0, complement - 1).every((w) => w.cap || DETERMINERS.has(w.lower));
  const head = opens && ROLE_NOUNS.has(words[complement - 1]?.lower ?? '') ? words[complement - 1] : words[words.length - 1];
  if (!head) return false;
  if (/^(?:i|we|they|you)$/.test(head.lower)) return true;
  // `the Saudis state`, `Democrats say`: a plural name
  if (subject.mention.kind === 'name') return subject.mention.tokens.length === 1 && /\p{Ll}s$/u.test(head.text) && head.cap && !/ss$/.test(head.text);
  // `the Saudis state`: a people named in the plural
  if (subject.mention.kind === 'organization' && subject.mention.tokens.length === 2 && subject.mention.tokens[0]?.lower === 'the') return /\p{Ll}s$/u.test(head.text) && head.cap && !/ss$/.test(head.text);
  if (/^(?:two|three|four|five|some|many|several|both|others|all|most)$/.test(head.lower)) return true;
  return subject.mention.kind === 'descriptor' && head.lower.endsWith('s') && (ROLE_NOUNS.has(head.lower) || head.lower.length > 4);
}

/** Whether only a few words (adverbials: `on Tuesday`, `in an interview`) follow the verb at `v` before `end`. */
function closesSentence(tokens: readonly Token[], v: number, end: number): boolean {
  return end - v <= 12 && (end >= tokens.length || endsSentence(tokens[end]));
}

/** Words after which a cue's subject opens a clause of its own. */
const CLAUSE_STARTS = new Set([',', ';', '—', 'but', 'although', 'though', 'while', 'yet', 'whereas', 'and', 'whom', 'which', 'after', 'before', 'when', 'because', 'since', 'until', 'once']);

const CONJUNCTIONS = new Set(['and', 'but', 'or', 'while', 'whereas', 'as', 'when', 'because', 'although', 'though', 'that', 'if', 'so', 'since', 'after', 'before', 'until', 'where']);

/**
 * Right after a quotation, a determiner phrase directly before a strong speech verb is its
 * subject whatever its noun (`"…," the ferry line told reporters`).
 */
function looseSubject(tokens: readonly Token[], k0: number, v: number): Parsed | null {
  const first = tokens[k0];
  if (!isWord(first) || !DETERMINERS.has(first.lower) || v - k0 < 2 || v - k0 > 5 || strengthOf(tokens[v] as Token) !== 2) return null;
  for (let k = k0 + 1; k < v; k++) {
    const t = tokens[k] as Token;
    // (`the order issued Tuesday said`: a speech word's base form right after the determiner is
    // its noun, and a day's name after a participle dates it)
    const dated = t.cap && VERB_MODIFIERS.has(t.lower) && /ed$/.test(tokens[k - 1]?.lower ?? '');
    if (!isWord(t) || NP_PREPOSITIONS.has(t.lower) || CONJUNCTIONS.has(t.lower) || (VERB_MODIFIERS.has(t.lower) && !dated) || (strengthOf(t) > 0 && !(k === k0 + 1 && isBaseForm(t.lower)))) return null;
  }
  const slice = tokens.slice(k0, v);
  const a = slice[0] as Token;
  const b = slice[slice.length - 1] as Token;
  return { mention: { start: a.start, end: b.end, kind: 'descriptor', tokens: slice }, first: k0, last: v - 1 };
}

/**
 * A determiner phrase of at most six lower-case or capitalized words from `j` that ends the
 * sentence (`the printed ballot guide.`), as a descriptor; else `null`.
 */
function looseInvertedSubject(tokens: readonly Token[], j: number): Parsed | null {
  const first = tokens[j];
  if (!isWord(first) || !/^(?:a|an|the|one|this)$/.test(first.lower)) return null;
  let k = j + 1;
  while (k < tokens.length && k <= j + 6 && isWord(tokens[k]) && !NP_PREPOSITIONS.has((tokens[k] as Token).lower) && !CONJUNCTIONS.has((tokens[k] as Token).lower) && !VERB_MODIFIERS.has((tokens[k] as Token).lower) && strengthOf(tokens[k] as Token) === 0) k += 1;
  if (k === j + 1 || !(k >= tokens.length || endsSentence(tokens[k]))) return null;
  const slice = tokens.slice(j, k);
  const b = slice[slice.length - 1] as Token;
  return { mention: { start: first.start, end: b.end, kind: 'descriptor', tokens: slice }, first: j, last: k - 1 };
}

/** Whether `and` or `but` lies between tokens `from` and `to` (exclusive). */
function hasAnd(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/^(?:and|but|or)$/.test((tokens[k] as Token).lower)) return true;
  return false;
}

/** Whether tokens `w`, `n` are a dollar amount (`$`, then a number: `$20`). */
function amount(w: Token | undefined, n: Token | undefined): boolean {
  return w?.text === '$' && /^\d/.test(n?.text ?? '');
}

/** Whether tokens `from` to `to` (exclusive) are a title phrase before a name (`Vance campaign manager`). */
function titleWords(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    // `Pay Us $20 campaign organizer Mara Quill`: a dollar amount inside a capitalized name
    if (k > from && amount(t, tokens[k + 1])) continue;
    // (`"home rule," which some Harlow residents want …`: a relative clause is no title)
    if ((t.kind !== 'word' && t.text !== '&') || CONJUNCTIONS.has(t.lower) || /^(?:which|who|whom|whose)$/.test(t.lower)) return false;
    // `an angry Vance`, `his friend Tomas Brandt`: a determiner may open the phrase
    if (k === from && (DETERMINERS.has(t.lower) || /^(?:his|her|their)$/.test(t.lower))) continue;
    // `Bank of America chief economist Lena Frost`: `of`, `for` or `&` inside a capitalized name
    if (/^(?:of|for|&)$/.test(t.lower) && k > from && tokens[k - 1]?.cap && (tokens[k + 1]?.cap || amount(tokens[k + 1], tokens[k + 2]))) continue;
    if (!t.cap && !TITLES.has(t.lower) && !ROLE_NOUNS.has(t.lower)) {
      // `Vance's senior communications adviser Rita Moss`: modifiers of a title
      if (NP_PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower) || VERB_MODIFIERS.has(t.lower) || (strengthOf(t) > 0 && !isBaseForm(t.lower))) return false;
    }
  }
  return true;
}

/** Index of the first word token, skipping leading commas and dashes. */
function firstWord(tokens: readonly Token[]): number {
  let k = 0;
  // (and a stray closing mark right after the quotation: `"… she's like 6’1”,” Vance said`)
  while (k < tokens.length && (((tokens[k] as Token).kind === 'punct' && /^[,—–\-)]$/.test((tokens[k] as Token).text)) || ((tokens[k] as Token).kind === 'mark' && k < 2))) k += 1;
  return k;
}

/** Index of the first token that ends the clause (sentence end or quotation mark), from `k`. */
function clauseEnd(tokens: readonly Token[], k: number): number {
  let e = k;
  while (e < tokens.length && !endsSentence(tokens[e]) && (tokens[e] as Token).kind !== 'mark') e += 1;
  return e;
}

/** How many words a name's prepositional complement may span before the verb (`of the Harlow Center for Coastal Flood Studies`). */
const COMPLEMENT_REACH = 10;

/**
 * Whether tokens `p` to `v` (exclusive) are one prepositional complement of a name: `of`, `at`,
 * `from` or `with`, then words only — no comma, conjunction, verb or auxiliary (`of the Harbor
 * Policy Institute`, `at Lakeview University`).
 */
function complementUpTo(tokens: readonly Token[], p: number, v: number): boolean {
  if (v - p < 2 || v - p > COMPLEMENT_REACH || !/^(?:of|at|from|with)$/.test(tokens[p]?.lower ?? '')) return false;
  for (let k = p + 1; k < v; k++) {
    const t = tokens[k] as Token;
    // (`of the Center for Coastal and Marine Studies`: `and` or `&` inside a capitalized name)
    if ((t.lower === 'and' || t.text === '&') && tokens[k - 1]?.cap && tokens[k + 1]?.cap) continue;
    if (!isWord(t) || CONJUNCTIONS.has(t.lower) || VERB_MODIFIERS.has(t.lower) || (strengthOf(t) > 0 && !t.cap) || /^(?:who|which|whom)$/.test(t.lower)) return false;
  }
  // the complement names something: it ends in a capitalized word or a noun after a determiner
  return (tokens[v - 1] as Token).cap || DETERMINERS.has((tokens[p + 1] as Token).lower);
}

/**
 * Two coordinated names after at most a few title words from `k0`, before `v`: `coastal ecologists
 * Nora Fenwick and Ravi Desai` (`and` between two names). `null` when there are none.
 */
function coordinatedNames(tokens: readonly Token[], k0: number, v: number): Parsed | null {
  let o = k0;
  while (o < v && o - k0 < 4 && isWord(tokens[o]) && !(tokens[o] as Token).cap) o += 1;
  const a = o < v ? phraseRight(tokens, o) : null;
  if (!a || a.mention.kind !== 'name' || tokens[a.last + 1]?.lower !== 'and') return null;
  const b = phraseRight(tokens, a.last + 2);
  if (!b || b.mention.kind !== 'name' || b.last >= v) return null;
  const words = tokens.slice(a.first, b.last + 1);
  return { mention: { start: (words[0] as Token).start, end: (words[words.length - 1] as Token).end, kind: 'name', tokens: words }, first: a.first, last: b.last };
}

/** The cue right after quotation `i`: `"…," Vance said.` / `"…," said Vance.` */
export function cueAfter(doc: AttributionDocument, tokens: readonly Token[], quoteText = ''): CueMatch | null {
  const k0 = firstWord(tokens);
  const first = tokens[k0];
  if (!isWord(first)) return null;
  const end = Math.min(clauseEnd(tokens, k0), k0 + AFTER_REACH);
  // `"… ended." Sen. Alma Ruiz called …` (or `… 'We are here.'" Hollis described …`): a full stop
  // inside the quotation ends the sentence — unless
  // a bare cue follows and ends its own sentence (`"… missing." Vance said.`)
  // (`"…?" He answered, "…"`: after `?` or `!`, only a capitalized pronoun shows the new sentence)
  if (((/\.["'”’]*\s*$/.test(quoteText) && first.cap) || (/[?!]["'”’]*\s*$/.test(quoteText) && /^(?:He|She|They|We)$/.test(first.text))) && k0 === 0) {
    const v = k0 + 1;
    const t = tokens[v];
    const short = isWord(t) && strengthOf(t) === 2 && end < tokens.length && endsSentence(tokens[end]) && end - v <= 4;
    if (!short) return null;
  }
  // `"…," Read said.` / `"…," From said.`: inside a sentence, a lone capitalized word between the
  // quotation and a strong verb that ends the clause is a name, whatever word it spells
  const verb = tokens[k0 + 1];
  if (!/[.!?]["'”’]*\s*$/.test(quoteText) && first.cap && isWord(verb) && !verb.cap && strengthOf(verb) === 2 && !isBaseForm(verb.lower) && (k0 + 2 >= tokens.length || endsSentence(tokens[k0 + 2]) || tokens[k0 + 2]?.text === ',') && !subjectLeft(tokens, k0 + 1, k0)) {
    return { mention: { start: first.start, end: first.end, kind: 'name', tokens: [first] }, cue: cueSpan(doc, tokens, k0 + 1), strength: 2 };
  }
  // `"…," as Vance said on the radio`: an `as`-clause right after the quotation is its cue; its
  // verb has no object of its own (not `as she promised to repave …`)
  if (first.lower === 'as') {
    for (let v = k0 + 2; v < end && v <= k0 + 8; v++) {
      const t = tokens[v] as Token;
      if (!isWord(t) || t.cap || strengthAt(tokens, v) !== 2 || t.lower.endsWith('ing')) continue;
      // (`as he put it`, `as Vance told reporters`: a particle or the listener comes first)
      const next = tokens[PHRASAL.has(`${t.lower} ${tokens[v + 1]?.lower ?? ''}`) || (/^(?:tell|tells|told)$/.test(t.lower) && isWord(tokens[v + 1])) ? v + 2 : v + 1];
      if (isWord(next) && (next.lower === 'to' || !NP_PREPOSITIONS.has(next.lower)) && !/^(?:during|last|this|earlier|later|recently|once|then|yesterday|today|after|before|when|while)$/.test(next.lower)) break;
      const subject = subjectLeft(tokens, v, k0 + 1);
      if (subject && subject.first === k0 + 1 && verbReading(tokens, v, subject)) return { mention: subject.mention, cue: cueSpan(doc, tokens, v), strength: 2 };
      break;
    }
    return null;
  }
  // `"…," according to Nora Pike, a parent who has criticized the board`: the `according to` sieve's
  // cue; a speech verb further on belongs to a relative clause about the source
  if (first.lower === 'according' && tokens[k0 + 1]?.lower === 'to') return null;
  // inverted: `said Vance`, `added a senior official`
  let k = k0;
  while (k < end && isWord(tokens[k]) && !tokens[k]?.cap && /^(?:also|later|then|again|simply|once|further)$/.test((tokens[k] as Token).lower)) k += 1;
  const inv = tokens[k];
  // (a capitalized word is a name even when it spells a verb: `"…" Read said.`)
  if (k < end && isWord(inv) && !inv.cap && strengthOf(inv) > 0) {
    // `"…," saying …` / `"…," claiming …`: a participle belongs to the sentence before
    // (and `told` never inverts: `…, told the council` names the listeners)
    if (inv.lower.endsWith('ing') || /^(?:tell|tells|told)$/.test(inv.lower)) return null;
    const subject = subjectRight(tokens.slice(0, end), k);
    // after a weak verb, a possessive or a preposition opens its object, not an inverted subject
    // (`"reckless," denounced her record as mayor`, `"sexist" attacks on the senator`)
    if (strengthOf(inv) === 1 && /^(?:her|his|their|its|our|my|your|on|of|in|at|for|to|from|with)$/.test(tokens[k + 1]?.lower ?? '')) return null;
    if (subject) return { mention: subject.mention, cue: cueSpan(doc, tokens, k), strength: strengthOf(inv) === 2 ? 2 : 1 };
    // `"…," said the printed ballot guide.`: after a strong inverted verb, a determiner phrase that
    // ends the sentence is its subject whatever its noun
    const loose = strengthOf(inv) === 2 ? looseInvertedSubject(tokens, k + 1) : null;
    if (loose) return { mention: loose.mention, cue: cueSpan(doc, tokens, k), strength: 1 };
    return null;
  }
  for (let v = k0 + 1; v < end; v++) {
    const t = tokens[v] as Token;
    if (!isWord(t) || t.cap) continue;
    const strength = strengthAt(tokens, v);
    if (strength === 0) continue;
    // `the email said`: a base form after a determiner is a noun; the verb comes later
    if (isBaseForm(t.lower) && /^(?:a|an|the|his|her|their|its|our|my|your|this|that)$/.test((tokens[v - 1] as Token | undefined)?.lower ?? '')) continue;
    const subject = subjectLeft(tokens, v, k0) ?? looseSubject(tokens, k0, v);
    // the subject opens the clause, possibly after a title phrase (`Vance campaign manager Tom Reyes said`,
    // up to six words: `former Harlow County Council speechwriter Nina Park wrote`)
    if (subject && subject.first - k0 <= 6 && titleWords(tokens, k0, subject.first) && verbReading(tokens, v, subject)) {
      return { mention: subject.mention, cue: cueSpan(doc, tokens, v), strength: strength === 2 ? 2 : 1 };
    }
    // `"…" at the convention, he said.` / `"…" are shameful, Vance said`: the cue closes the sentence
    if (subject && tokens[subject.first - 1]?.text === ',' && verbReading(tokens, v, subject) && strength === 2 && closesSentence(tokens, v, end)) {
      return { mention: subject.mention, cue: cueSpan(doc, tokens, v), strength: 1 };
    }
    // `"…" about the vote, said Nora Ellis, executive director …`: an inverted cue after a comma
    if (tokens[v - 1]?.text === ',' && strength === 2 && !t.lower.endsWith('ing')) {
      const inverted = subjectRight(tokens.slice(0, end), v);
      if (inverted && inverted.mention.kind !== 'pronoun') return { mention: inverted.mention, cue: cueSpan(doc, tokens, v), strength: 1 };
    }
    // `"…," Tom Reyes, 42, of Dover, Del., who was among those surveyed, said`: a long appositive
    const opening = phraseRight(tokens, k0);
    // `"…," Ines Carver of the Harbor Policy Institute wrote`: a name and its prepositional
    // complement (`of`, `at`, `from`, `with`) before the verb; the name is the subject
    if (opening && opening.mention.kind === 'name' && complementUpTo(tokens, opening.last + 1, v) && verbReading(tokens, v, opening)) {
      return { mention: opening.mention, cue: cueSpan(doc, tokens, v), strength: strength === 2 ? 2 : 1 };
    }
    // (and two names joined by `and`, after a title: `"…," coastal ecologists Nora Fenwick and Ravi
    // Desai of the Center for Coastal and Marine Studies wrote`)
    const pair = strength === 2 ? coordinatedNames(tokens, k0, v) : null;
    if (pair && titleWords(tokens, k0, pair.first) && complementUpTo(tokens, pair.last + 1, v)) {
      return { mention: pair.mention, cue: cueSpan(doc, tokens, v), strength: 2 };
    }
    if (opening && opening.mention.kind !== 'pronoun' && tokens[opening.last + 1]?.text === ',' && strength === 2 && (tokens[v - 1]?.text === ',' || tokens[opening.last + 2]?.lower === 'who' || (opening.mention.kind === 'name' && !hasAnd(tokens, opening.last + 1, v)))) {
      return { mention: opening.mention, cue: cueSpan(doc, tokens, v), strength: 1 };
    }
    // `the congressional report said`: a base form read as a verb was a noun; try the next verb
    if (isBaseForm(t.lower)) continue;
    return null;
  }
  return null;
}

/** Start index of the sentence that ends the token list. */
export function sentenceStart(tokens: readonly Token[]): number {
  let s = tokens.length - 1;
  while (s >= 0 && !endsSentence(tokens[s])) s -= 1;
  return s + 1;
}

/**
 * The cue before a quotation, in the same sentence: `Putin said: "…"`, `Kerry said the US could
 * make "an enormous difference"`. The verb nearest the quotation that has a subject wins;
 * a participle without one (`…, adding "…"`) is returned with a `null` mention.
 */
export function cueBefore(doc: AttributionDocument, tokens: readonly Token[]): CueMatch | null {
  // (remembered per window in the document: see `AttributionDocument.cueBeforeMemo`)
  let m = doc.cueBeforeMemo.get(tokens);
  if (m === undefined) doc.cueBeforeMemo.set(tokens, (m = findCueBefore(doc, tokens)));
  return m;
}

/** {@link cueBefore}, worked out. */
function findCueBefore(doc: AttributionDocument, tokens: readonly Token[]): CueMatch | null {
  const s = sentenceStart(tokens);
  let orphan = -1;
  // where a finite orphan verb is joined to the clause before it (`… and later said`), else -1
  let orphanJoint = -1;
  // the verb right before the quotation governs it (`… and Clinton said, "…"`); otherwise the
  // leftmost one (the main clause: `Kerry said Obama and he believed … "…"`)
  const order: number[] = [];
  let adjacent = tokens.length - 1;
  while (adjacent >= s && tokens[adjacent]?.kind === 'punct') adjacent -= 1;
  // only a strong verb set off by punctuation (`said, "…"`, `said: "…"`) governs by adjacency
  if (adjacent >= s && adjacent < tokens.length - 1 && adjacent >= tokens.length - 3 && strengthAt(tokens, adjacent) === 2) order.push(adjacent);
  // then a relative clause right before the quotation (`…, which he called "…"`, `what it calls "…"`)
  for (let v = tokens.length - 1; v > s + 1 && v >= tokens.length - 3; v--) {
    const t = tokens[v] as Token;
    if (!isWord(t) || t.cap || strengthAt(tokens, v) === 0 || t.lower.endsWith('ing')) continue;
    const subject = tokens[v - 1];
    const relative = tokens[v - 2];
    if (isWord(subject) && PRONOUNS_OR_NAME.test(subject.text) && isWord(relative) && /^(?:which|who|whom|what|that)$/.test(relative.lower)) {
      if (order[0] !== v) order.push(v);
    } else if (relativeSubject(tokens, v, s) || relativeOpening(tokens, v, s)) {
      // (`the contract, which the state auditor called "…"`: a longer subject of the relative clause)
      if (order[0] !== v) order.push(v);
    } else if (v === tokens.length - 1 && isWord(subject) && subject.cap) {
      // `the only Amendment the Founding Fathers wrote "…"`: a relative clause without `that`, its
      // named subject right after the noun it describes
      const named = subjectLeft(tokens, v, s);
      const noun = named ? tokens[named.first - 1] : undefined;
      if (named && named.last === v - 1 && (named.mention.kind === 'name' || named.mention.kind === 'organization') && isWord(noun) && /\p{L}{3,}/u.test(noun.text) && !DETERMINERS.has(noun.lower) && !NP_PREPOSITIONS.has(noun.lower) && !CONJUNCTIONS.has(noun.lower) && strengthOf(noun) === 0 && !VERB_MODIFIERS.has(noun.lower) && !/(?:ed|ing)$/.test(noun.lower) && !ROLE_NOUNS.has(noun.lower) && !TITLES.has(noun.lower)) {
        if (order[0] !== v) order.push(v);
      }
    }
    break;
  }
  // then the last cue that opens its own clause (`…, although he tweeted that he "…"`), outside
  // a subordinate clause opening the sentence (`After the union protests, X released …`)
  const sub = subordinateEnd(tokens, s);
  for (let v = tokens.length - 1; v > s && v >= sub; v--) {
    const t = tokens[v] as Token;
    // (a weak verb too when its clause is set against the one before: `X proposed a debate - but
    // the Sanders campaign rejected the idea as "…"`)
    const weak = isWord(t) && !t.cap && strengthAt(tokens, v) === 1 && !t.lower.endsWith('ing');
    if (!isWord(t) || t.cap || (strengthAt(tokens, v) !== 2 && !weak) || aspectual(tokens, v)) continue;
    // `…, with Trump tweeting that it was a "…"`: a participle with its own subject after `with`
    if (t.lower.endsWith('ing')) {
      if (absoluteSubject(tokens, v, s)) {
        if (order[0] !== v) order.push(v);
        break;
      }
      continue;
    }
    // `…, with Lee taking to Twitter to call it "…"`: an infinitive governed by such a participle
    if (absoluteInfinitiveSubject(tokens, v, s)) {
      if (order[0] !== v) order.push(v);
      break;
    }
    const subject = subjectLeft(tokens, v, s) ?? quantitySubject(tokens, v, s);
    if (!subject) continue;
    // (`…, even a top GOP strategist said`: a focus adverb may open the clause before its subject)
    const focus = /^(?:even|only)$/.test(tokens[subject.first - 1]?.lower ?? '') && subject.first - 1 > s;
    const before = tokens[subject.first - (focus ? 2 : 1)];
    if (closedRelative(tokens, subject, v)) continue;
    if (weak ? subject.first > s && /^(?:but|yet|whereas|although|though|;)$/.test(before?.lower ?? '') && verbReading(tokens, v, subject) : subject.first === s || (before && CLAUSE_STARTS.has(before.lower))) {
      if (order[0] !== v) order.push(v);
      break;
    }
  }
  const first = new Set(order);
  // `After Trump announced his candidacy, he referred to …`: a clause opened by a subordinator
  // at the sentence start is not the main clause; its verbs are tried last
  for (let v = sub; v < tokens.length; v++) if (!first.has(v)) order.push(v);
  for (let v = s; v < sub; v++) if (!first.has(v)) order.push(v);
  for (const v of order) {
    // a participle of the main clause (`After the Paris attacks, Trump released an ad calling it
    // "…"`) wins over a verb of the subordinate clause before it
    if (v < sub && orphan >= 0 && !first.has(v)) break;
    const t = tokens[v] as Token;
    if (!isWord(t)) continue;
    const phrasal = strengthAt(tokens, v) === 2 && strengthOf(t) === 0;
    if (aspectual(tokens, v)) continue;
    // `Marcel Lazar, 44, known online as "…"`, `also known as ISIS`: a name, no speech
    if (t.lower === 'known' && (tokens[v + 1]?.lower === 'as' || tokens[v + 2]?.lower === 'as')) continue;
    if (t.cap) {
      // `Said Dorothy Poynter, who grew up with Ali, "…"`: an inverted cue opening the sentence
      // (`Asked whether …`, `Told that …` open with a passive participle: no inverted cue)
      if (v === s && strengthOf(t) === 2 && !isBaseForm(t.lower) && !/^(?:asked|told)$/.test(t.lower)) {
        const inverted = subjectRight(tokens, v);
        if (inverted && inverted.mention.kind !== 'pronoun') return { mention: inverted.mention, cue: cueSpan(doc, tokens, v), strength: 2 };
      }
      continue;
    }
    const strength = phrasal ? 2 : strengthOf(t);
    if (strength === 0) continue;
    // `in an email to supporters`, `voters in each state`: a base form after a determiner is a noun
    if (isBaseForm(t.lower) && /^(?:a|an|the|his|her|their|its|our|my|your|this|that|each|every)$/.test(tokens[v - 1]?.lower ?? '')) continue;
    // `to discuss his recent remarks about …`: a plural after a possessive (and an adjective) is a noun
    if (/[^s]s$/.test(t.lower) && /^(?:his|her|their|its|our|my|your)$/.test(tokens[v - 1]?.lower ?? '')) continue;
    if (/[^s]s$/.test(t.lower) && /^(?:his|her|their|its|our|my|your)$/.test(tokens[v - 2]?.lower ?? '') && isWord(tokens[v - 1]) && !(tokens[v - 1] as Token).cap) continue;
    if (tokens[v + 1]?.lower === 'by') {
      // `Sanders was asked by host Bill Maher, who …, "…"`: the agent of a passive speech verb speaks
      const agent = /^(?:was|were|been|being|is|are)$/.test(tokens[v - 1]?.lower ?? '') && strength === 2 ? subjectRight(tokens, v + 1) : null;
      if (agent && agent.mention.kind !== 'pronoun' && (agent.last === tokens.length - 1 || /^[,:]$/.test(tokens[agent.last + 1]?.text ?? ''))) return { mention: agent.mention, cue: cueSpan(doc, tokens, v), strength: 1 };
      continue; // passive: `was called "…" by`
    }
    const prev = tokens[v - 1];
    // passive: `Trump was asked, "…"` — the subject is not the speaker
    if (/^(?:was|were|been|being|is|are|be|get|got|gets)$/.test(prev?.lower ?? '') && /(?:ed|told|asked|said|written|read)$/.test(t.lower)) continue;
    const progressive = /^(?:is|are|was|were|been|be|am)$/.test(prev?.lower ?? '') || /['’]s$/.test(prev?.text ?? '');
    if (t.lower.endsWith('ing') && !progressive) {
      // `with Trump reportedly yelling: "…"`, `with the campaign of the former senator saying …`
      const absolute = absoluteSubject(tokens, v, s);
      if (absolute) return { mention: absolute.mention, cue: cueSpan(doc, tokens, v), strength: 1 };
      // `with Senator John McCain telling reporters … "…"`: a name right before the participle is its subject
      // (or a plural descriptor: `with many marchers and spectators chanting "…"`)
      const own = prev?.kind === 'word' ? subjectLeft(tokens, v, s) : null;
      // (not the object of a verb: `emailed supporters saying`)
      const opener = tokens[(own?.first ?? 0) - 1];
      const free = !opener || opener.text === ',' || /^(?:with|and|as|while|where|when)$/.test(opener.lower);
      // (a text that says something: `held up a sign saying "…"`, `a banner reading "…"`)
      // (only a text on display speaks for itself; `released a statement saying` is its author's)
      // (`…, carrying signs saying "…"`: a participle right before a display text governs it; the
      // carriers' clause gives the speaker)
      const carrier = tokens[v - 2];
      const carried = DISPLAY_TEXTS.has(prev?.lower ?? '') && isWord(carrier) && !carrier.cap && carrier.lower.endsWith('ing');
      const text = !carried && own !== null && own.last === v - 1 && DISPLAY_TEXTS.has(prev?.lower ?? '') && /^(?:saying|reading|declaring|proclaiming|asking)$/.test(t.lower);
      // (`wore a Donald Trump campaign hat reading, "…"`: the words back to the determiner name the text)
      if (!text && !carried && DISPLAY_TEXTS.has(prev?.lower ?? '') && /^(?:saying|reading|declaring|proclaiming)$/.test(t.lower)) {
        let d = v - 2;
        while (d > s && d > v - 7 && isWord(tokens[d]) && !DETERMINERS.has((tokens[d] as Token).lower)) d -= 1;
        if (DETERMINERS.has(tokens[d]?.lower ?? '') && tokens.slice(d + 1, v).every((w) => isWord(w))) {
          const words = tokens.slice(d, v);
          return { mention: { start: (words[0] as Token).start, end: (prev as Token).end, kind: 'descriptor', tokens: words }, cue: cueSpan(doc, tokens, v), strength: 1 };
        }
      }
      // (not the object of a preposition: `responded on Facebook writing, "…"`)
      const governed = /^(?:on|in|at|to|from|for|by|via|into|onto)$/.test(opener?.lower ?? '');
      if (own && !carried && own.last === v - 1 && (text || (own.mention.kind === 'name' ? prev?.cap && !governed : own.mention.kind === 'descriptor' && free && /s$/.test(prev?.lower ?? '')))) {
        return { mention: own.mention, cue: cueSpan(doc, tokens, v), strength: 1 };
      }
      // `Christie acknowledged …, even as he defended the campaign, saying "…"`: a participle right
      // after a subordinate clause inside the sentence takes that clause's subject
      const near = subordinateSubject(tokens, v, Math.max(s, sub));
      if (near) return { mention: near.mention, cue: cueSpan(doc, tokens, v), strength: 1 };
      // `…, saying "…"`: the participle takes the subject of its clause
      if (orphan < 0) orphan = v;
      continue;
    }
    // `to which 21 percent said "…"`: a quantified group needs no verb reading (`About four in 10 voters say`)
    const quantity = subjectLeft(tokens, v, s) ? null : quantitySubject(tokens, v, s);
    if (quantity) return { mention: quantity.mention, cue: cueSpan(doc, tokens, v), strength: strength === 2 ? 2 : 1 };
    let subject = subjectLeft(tokens, v, s) ?? subjectBeforeAdverbial(tokens, v, s) ?? (strength === 2 && !phrasal ? openingSubject(tokens, v, s) ?? (relativeOpening(tokens, v, s) ? openingSubject(tokens, v, s, true) : null) ?? controlledSubject(tokens, v, s) : null) ?? absoluteInfinitiveSubject(tokens, v, s);
    // `Residents who live near the plant say …`: the verb agrees with the head before `who`
    const restricted = !subject && strength === 2 && !phrasal ? restrictedSubject(tokens, v, s) : null;
    if (restricted) return { mention: restricted.mention, cue: cueSpan(doc, tokens, v), strength: 2 };
    // `A letter from the Legion obtained by The Associated Press warns …`: the agent of a participle
    // after the subject is not the subject
    if (subject && tokens[subject.first - 1]?.lower === 'by' && /^(?:\p{Ll}+ed|seen|written|given|taken|shown)$/u.test(tokens[subject.first - 2]?.text ?? '') && subject.first - 3 >= s) {
      const host = phraseLeft(tokens, subject.first - 3);
      if (host && host.first >= s && host.mention.kind !== 'pronoun') subject = host;
    }
    // `Trump on Twitter called it …`: a name inside a short adverbial is not the subject
    if (subject && ADVERBIAL_STARTS.has(tokens[subject.first - 1]?.lower ?? '') && subject.last === v - 1) subject = subjectBeforeAdverbial(tokens, v, s) ?? subject;
    if (subject && closedRelative(tokens, subject, v)) continue;
    // `gave her rival some credit: "…"`: a bare quantifier after a verb or noun is an object's
    // determiner, the word after it a noun — no subject
    if (subject && objectQuantifier(tokens, subject)) continue;
    if (subject && verbReading(tokens, v, subject)) return { mention: subject.mention, cue: cueSpan(doc, tokens, v), strength: strength === 2 ? 2 : 1 };
    if (subject) continue;
    // (`…, but have speculated that …`: auxiliaries may stand between the conjunction and the verb)
    let pk = v - 1;
    while (pk > s && pk > v - 4 && isWord(tokens[pk]) && /^(?:has|have|had|would|will|could|did|does|do|also|then|later|again|may|might|can|should|must)$/.test((tokens[pk] as Token).lower)) pk -= 1;
    const joint = tokens[pk];
    if (orphan < 0 && (joint?.lower === 'and' || joint?.lower === 'but' || joint?.text === ',')) {
      orphan = v;
      if (joint?.lower === 'and' || joint?.lower === 'but') orphanJoint = pk;
    }
    // inverted cue before a colon: `said Putin: "…"` (not `told Fox News:` — that is the listener)
    const inverted = /^(?:tell|tells|told|telling|ask|asks|asked|asking)$/.test(t.lower) ? null : subjectRight(tokens, v);
    // (and set off by commas right before the quotation: `But, said Solovey, "…"`)
    // (or a parenthetical anywhere in the sentence: `The paradox of Nancy, says Carl Anthony, a historian, is that she was "…"`)
    const setOff = prev?.text === ',' && inverted !== null && tokens[inverted.last + 1]?.text === ',' && strength === 2 && !t.lower.endsWith('ing');
    if (inverted && (tokens[inverted.last + 1]?.text === ':' || setOff)) {
      return { mention: inverted.mention, cue: cueSpan(doc, tokens, v), strength: strength === 2 ? 2 : 1 };
    }
  }
  if (orphan >= 0) {
    // `Reyes started the quarrel when she brought up the bond and later said "…"`: a verb
    // joined by `and` shares the subject of the nearest clause, a pronoun opening it
    const near = orphanJoint > s ? nearestPronounSubject(tokens, s, orphanJoint) : null;
    const main = near ?? clauseSubject(tokens, s, orphan);
    if (main) return { mention: main.mention, cue: cueSpan(doc, tokens, orphan), strength: 1 };
    return { mention: null, cue: cueSpan(doc, tokens, orphan), strength: 1 };
  }
  return null;
}

/**
 * Whether the cue at `v` with `subject` stands in a relative clause set off by commas that closes
 * before the quotation (`the plan, which the union has described as unfair, would "…"`): the
 * quotation belongs to the main clause, not to the relative clause's speaker. Bounded: the tokens
 * after `v` up to the quotation (one window).
 */
function closedRelative(tokens: readonly Token[], subject: Parsed, v: number): boolean {
  const relative = tokens[subject.first - 1];
  if (!isWord(relative) || !/^(?:which|whom)$/.test(relative.lower) || tokens[subject.first - 2]?.text !== ',') return false;
  for (let k = v + 1; k < tokens.length - 1; k++) if (tokens[k]?.text === ',') return true;
  return false;
}

/**
 * Whether `subject` is a bare quantifier (`some`, `many`) inside a clause, after a word that
 * cannot open one (`offered some praise`, `gave her rival some credit`): a determiner, not the
 * subject (`some say`, `…, which some have called` stay subjects).
 */
function objectQuantifier(tokens: readonly Token[], subject: Parsed): boolean {
  const only = subject.mention.tokens.length === 1 ? subject.mention.tokens[0] : undefined;
  if (!only || !/^(?:some|many|several|few|both|most|all|more)$/.test(only.lower)) return false;
  const prev = tokens[subject.first - 1];
  if (!isWord(prev) || prev.cap) return false;
  return !CLAUSE_STARTS.has(prev.lower) && !CONJUNCTIONS.has(prev.lower) && !/^(?:who|whom|what|where|why|how|even|only|also|then|now|say|says|said)$/.test(prev.lower) && !SENTENCE_SUBORDINATORS.has(prev.lower);
}

/**
 * Whether the verb at `v` has a subject phrase of its own right after a relative pronoun
 * (`which the state auditor called`, `that a state audit said was`), not a pronoun.
 */
function relativeSubject(tokens: readonly Token[], v: number, s: number): boolean {
  const p = subjectLeft(tokens, v, s);
  return p !== null && p.last === v - 1 && p.first > s && p.mention.kind !== 'pronoun' && p.mention.kind !== 'relative' && /^(?:which|whom)$/.test(tokens[p.first - 1]?.lower ?? '');
}

/** Quantifiers that head a partitive phrase (`one of her aides`, `some of his staff`). General English grammar. */
const PARTITIVES = new Set(['one', 'each', 'some', 'many', 'several', 'both', 'all', 'most', 'two', 'three', 'none', 'either', 'neither', 'few']);

/**
 * Whether the strong verb at `v` has a determiner phrase of any noun as its subject right after
 * `which` (`the program, which a state audit said was "…"`, `which the FBI inquiry called "…"`).
 */
function relativeOpening(tokens: readonly Token[], v: number, s: number): boolean {
  if (strengthAt(tokens, v) !== 2) return false;
  // (`said was`: after `which` the verb is not a noun before an auxiliary)
  const p = openingSubject(tokens, v, s, true);
  return p !== null && p.last === v - 1 && p.first > s && /^(?:which|whom)$/.test(tokens[p.first - 1]?.lower ?? '');
}

/**
 * The subject of a participle in an absolute construction after `with` (`with Donald Trump
 * tweeting that …`, `with Cruz recently promising to …`, `with the campaign of the former senator
 * saying …`): the phrase between `with` and the participle at `v`, across an adverb and up to two
 * prepositional complements. Bounded: a few phrases back from `v`.
 */
function absoluteSubject(tokens: readonly Token[], v: number, floor: number): Parsed | null {
  let j = v - 1;
  while (j > floor && j > v - 3 && isWord(tokens[j]) && !(tokens[j] as Token).cap && ((tokens[j] as Token).lower.endsWith('ly') || VERB_MODIFIERS.has((tokens[j] as Token).lower)) && !DETERMINERS.has((tokens[j] as Token).lower)) j -= 1;
  let p = phraseLeft(tokens, j);
  // `the campaign of | the former senator from | Pennsylvania`: hop back over complements
  for (let hops = 0; p && hops < 3 && p.first - 2 >= floor && tokens[p.first - 1]?.lower !== 'with' && NP_PREPOSITIONS.has(tokens[p.first - 1]?.lower ?? ''); hops++) {
    // `with one of her aides asking`: a partitive quantifier before `of` heads the phrase
    const quantifier = tokens[p.first - 1]?.lower === 'of' && PARTITIVES.has(tokens[p.first - 2]?.lower ?? '') ? p.first - 2 : -1;
    const host = quantifier >= 0 ? { mention: { start: (tokens[quantifier] as Token).start, end: (tokens[quantifier] as Token).end, kind: 'descriptor' as const, tokens: [tokens[quantifier] as Token] }, first: quantifier, last: quantifier } : phraseLeft(tokens, p.first - 2);
    if (!host) return null;
    p = { mention: { ...host.mention, end: p.mention.end, tokens: tokens.slice(host.first, p.last + 1) }, first: host.first, last: p.last };
  }
  if (!p || p.first - 1 < floor || tokens[p.first - 1]?.lower !== 'with' || p.mention.kind === 'pronoun') return null;
  return p;
}

/**
 * The subject of an absolute construction whose participle governs the infinitive at `v`: `…, with
 * Lee taking to Twitter to call the report "…"`, `with her aides going on television to brand it
 * "…"`. Bounded: the participle within six words before `to`.
 */
function absoluteInfinitiveSubject(tokens: readonly Token[], v: number, s: number): Parsed | null {
  if (tokens[v - 1]?.lower !== 'to') return null;
  for (let k = v - 2; k > s && k >= v - 7; k--) {
    const t = tokens[k];
    if (!isWord(t)) return null;
    if (t.cap || !t.lower.endsWith('ing')) continue;
    return absoluteSubject(tokens, k, s);
  }
  return null;
}

/**
 * A short determiner phrase that opens the sentence (or a clause after a comma or a conjunction)
 * right before a strong speech verb is its subject whatever its noun: `Multiple outlets reported …`,
 * `The intelligence community has concluded that …`, `Her economic plan promises to …`.
 */
function openingSubject(tokens: readonly Token[], v: number, s: number, relative = false): Parsed | null {
  let j = v - 1;
  while (j > s && j > v - 4 && isWord(tokens[j]) && VERB_MODIFIERS.has((tokens[j] as Token).lower) && !DETERMINERS.has((tokens[j] as Token).lower)) j -= 1;
  let k0 = j;
  while (k0 > s && k0 > j - 4 && isWord(tokens[k0 - 1]) && !CLAUSE_STARTS.has((tokens[k0 - 1] as Token).lower)) k0 -= 1;
  if (k0 !== s && !CLAUSE_STARTS.has(tokens[k0 - 1]?.lower ?? '')) return null;
  const first = tokens[k0];
  if (!isWord(first) || !DETERMINERS.has(first.lower) || j - k0 < 1) return null;
  for (let k = k0 + 1; k <= j; k++) {
    const t = tokens[k] as Token;
    // (no verb inside: `The spokesman refused to say`, `the groups who wrote …`; the head may be a
    // noun that spells a verb's base form: `One sweeping question asked …`)
    if (!isWord(t) || NP_PREPOSITIONS.has(t.lower) || CONJUNCTIONS.has(t.lower) || VERB_MODIFIERS.has(t.lower) || DETERMINERS.has(t.lower) || (strengthOf(t) > 0 && !(k === j && isBaseForm(t.lower))) || /['’]s?$/.test(t.text) || /^(?:who|which|whose)$/.test(t.lower) || (!t.cap && /ed$/.test(t.lower))) return null;
  }
  // `his fundraising emails have used …`: a verb form followed by an auxiliary is a noun
  const after = tokens[v + 1];
  if (!relative && isWord(after) && VERB_MODIFIERS.has(after.lower) && /^(?:has|have|had|is|are|was|were|will|would|can|could|may|might|should|must|do|does|did)$/.test(after.lower)) return null;
  const slice = tokens.slice(k0, j + 1);
  return { mention: { start: first.start, end: (slice[slice.length - 1] as Token).end, kind: 'descriptor', tokens: slice }, first: k0, last: j };
}

/** Verbs whose object does what the infinitive after it says (`leading X to counter`, `prompted X to say`). General English (object-control verbs of cause). */
const CAUSE_VERBS = /^(?:lead|leads|leading|led|prompt|prompts|prompting|prompted|force|forces|forcing|forced|cause|causes|causing|caused|compel|compels|compelling|compelled|spur|spurs|spurring|spurred|drive|drives|driving|drove|inspire|inspires|inspiring|inspired|provoke|provokes|provoking|provoked)$/;

/**
 * The object of a verb of cause that is the subject of the speech verb's infinitive at `v`:
 * `…, leading Clinton advisers like Gene Sperling to counter that "…"`, `prompting the mayor to say`.
 */
function controlledSubject(tokens: readonly Token[], v: number, s: number): Parsed | null {
  if (tokens[v - 1]?.lower !== 'to') return null;
  // the verb of cause, a few words before `to`
  let c = v - 3;
  while (c > s && c > v - 10 && isWord(tokens[c]) && !CAUSE_VERBS.test((tokens[c] as Token).lower)) c -= 1;
  if (c < s || !CAUSE_VERBS.test(tokens[c]?.lower ?? '')) return null;
  // its object, read on the words between alone; `advisers like Gene Sperling`, `pastors such as Eli
  // Grant`: the head before an example
  const object = tokens.slice(c + 1, v - 1);
  let p = phraseLeft(object, object.length - 1);
  if (p && p.first > 1 && object[p.first - 1]?.lower === 'like') p = phraseLeft(object, p.first - 2);
  else if (p && p.first > 2 && object[p.first - 1]?.lower === 'as' && object[p.first - 2]?.lower === 'such') p = phraseLeft(object, p.first - 3);
  if (!p || p.first !== 0 || p.mention.kind === 'pronoun') return null;
  return { mention: p.mention, first: c + 1, last: c + 1 + p.last };
}

/**
 * The object of a verb of cause whose infinitive clause runs on, without a comma, to the end of
 * `tokens` (the quotation): `That prompted Ruiz to make a joke and call Brandt "…"`, `The
 * ruling led the mayor to dismiss it as "…"`. Bounded: 20 tokens back from the end.
 */
export function causedSubject(tokens: readonly Token[], s: number): Parsed | null {
  for (let k = tokens.length - 1; k > s && k >= tokens.length - 20; k--) {
    const t = tokens[k] as Token;
    if (!isWord(t) || /^(?:he|she|they|we|i|who|which|but)$/.test(t.lower)) return null;
    if (t.lower !== 'to') continue;
    // the verb of cause, a few words before `to`, and its object between them
    for (let c = k - 2; c >= s && c >= k - 6; c--) {
      if (!CAUSE_VERBS.test(tokens[c]?.lower ?? '')) continue;
      const object = tokens.slice(c + 1, k);
      const p = phraseLeft(object, object.length - 1);
      if (!p || p.first !== 0 || p.mention.kind === 'pronoun') return null;
      return { mention: p.mention, first: c + 1, last: k - 1 };
    }
  }
  return null;
}

/** Texts on display that carry words of their own (`a sign saying "…"`, `a banner reading "…"`). General English. */
const DISPLAY_TEXTS = new Set(['sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'poster', 'posters', 'billboard', 'billboards', 'headline', 'caption', 'plaque', 'inscription', 'sticker', 'stickers', 'hat', 'hats', 'cap', 'caps', 'shirt', 'shirts', 't-shirt', 't-shirts', 'button', 'buttons']);

/**
 * Whether the verb at `v` is an aspect verb before a participle, not a speech cue: `the meeting
 * began vowing to …`, `he finished reading`. (Before `to`, the aspect verb keeps the subject for
 * the infinitive: `Trump continued to portray …`.)
 */
function aspectual(tokens: readonly Token[], v: number): boolean {
  const next = tokens[v + 1];
  return /^(?:begin|begins|began|begun|beginning|continue|continues|continued|continuing|finish|finishes|finished|finishing)$/.test(tokens[v]?.lower ?? '') && isWord(next) && next.lower.endsWith('ing') && !next.cap;
}

/**
 * The subject of a subordinate clause that ends with a comma right before the participle at `v`
 * (`…, even as he defended the campaign, saying`), the clause opening after `floor`. Bounded: 25
 * tokens back.
 */
function subordinateSubject(tokens: readonly Token[], v: number, floor: number): Parsed | null {
  if (tokens[v - 1]?.text !== ',') return null;
  for (let k = v - 2; k > floor && k >= v - 25; k--) {
    const t = tokens[k] as Token;
    if (endsSentence(t) || t.kind === 'mark' || t.text === ',') return null;
    if (!/^(?:as|though|although|while|whereas|because)$/.test(t.lower)) continue;
    const near = clauseSubject(tokens, k, v);
    return near && near.first > k ? near : null;
  }
  return null;
}

/**
 * A subject with a restrictive relative clause that opens the sentence or a clause right before a
 * strong speech verb: `Those who attended the meeting said …`, `Residents who live near the plant
 * say …`. Bounded: the relative pronoun within ten words of the verb.
 */
function restrictedSubject(tokens: readonly Token[], v: number, s: number): Parsed | null {
  for (let k = v - 2; k > s && k >= v - 10; k--) {
    const t = tokens[k] as Token;
    if (!isWord(t) || strengthOf(t) === 2) return null;
    if (t.lower !== 'who') continue;
    const before = tokens[k - 1];
    const head = before?.lower === 'those' ? { mention: { start: before.start, end: before.end, kind: 'descriptor' as const, tokens: [before] }, first: k - 1, last: k - 1 } : phraseLeft(tokens, k - 1);
    if (!head || head.mention.kind === 'pronoun' || head.first < s) return null;
    const opener = tokens[head.first - 1];
    if (head.first !== s && !(opener && CLAUSE_STARTS.has(opener.lower))) return null;
    // (a base form needs a plural head: `Residents who … say`, `Those who … say`)
    const last = tokens[k - 1] as Token;
    if (isBaseForm((tokens[v] as Token).lower) && !(last.lower === 'those' || /\p{Ll}s$/u.test(last.text))) return null;
    const slice = tokens.slice(head.first, v);
    return { mention: { start: head.mention.start, end: (slice[slice.length - 1] as Token).end, kind: head.mention.kind, tokens: slice }, first: head.first, last: v - 1 };
  }
  return null;
}

/** A one-word subject of a relative clause: a personal pronoun or a capitalized name. */
const PRONOUNS_OR_NAME = /^(?:he|she|they|it|we|I|\p{Lu}\p{Ll}+)$/u;

/** Subordinators that may open a sentence with a clause of their own (`After Trump spoke, …`). */
export const SENTENCE_SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'when', 'as', 'while', 'because', 'if', 'although', 'though', 'since', 'before', 'once', 'until', 'whereas', 'unless', 'whenever']);

/** Index just past the comma that closes a subordinate clause opening the sentence at `s`, else `s`. */
function subordinateEnd(tokens: readonly Token[], s: number): number {
  // (`But even if Unruh fails …, she …`, `Ever since …, he …`: a conjunction and a focus adverb may come first)
  let o = s;
  if (/^(?:but|and|yet|so)$/.test(tokens[o]?.lower ?? '') && tokens[o + 1]?.kind === 'word') o += 1;
  if (/^(?:even|only|just|ever)$/.test(tokens[o]?.lower ?? '') && tokens[o + 1]?.kind === 'word') o += 1;
  // `In what may be a first, …`, `At a hearing where …, …`: an opening prepositional phrase
  // holding a clause of its own (a wh-word within its first words) is no main clause either
  if (/^(?:in|at|on|during|for)$/.test(tokens[o]?.lower ?? '')) {
    let w = o + 1;
    while (w < tokens.length && w <= o + 4 && isWord(tokens[w]) && !/^(?:what|which|where|when|who|whom)$/.test((tokens[w] as Token).lower)) w += 1;
    if (!/^(?:what|which|where|when|who|whom)$/.test(tokens[w]?.lower ?? '')) return s;
  } else if (!SENTENCE_SUBORDINATORS.has(tokens[o]?.lower ?? '')) return s;
  for (let k = o + 1; k < tokens.length && k <= s + 30; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'mark') return s;
    if (t.text === ',') return k + 1 < tokens.length ? k + 1 : s;
  }
  return s;
}

/** Prepositions that open a short adverbial between a subject and its verb (`Trump at the time said`). */
const ADVERBIAL_STARTS = new Set(['at', 'on', 'in', 'during', 'last', 'this', 'earlier', 'late', 'early', 'over']);

/** The subject before a short adverbial phrase that stands between it and the verb at `v`. */
function subjectBeforeAdverbial(tokens: readonly Token[], v: number, floor: number): Parsed | null {
  for (let p = v - 1; p >= Math.max(floor + 1, v - 5); p--) {
    const t = tokens[p] as Token;
    if (!isWord(t) || CONJUNCTIONS.has(t.lower) || (p < v - 1 && strengthOf(t) > 0)) return null;
    if (ADVERBIAL_STARTS.has(t.lower)) {
      const subject = subjectLeft(tokens, p, floor);
      return subject && subject.mention.kind !== 'descriptor' ? subject : null;
    }
  }
  return null;
}

/** Number words that count people in a poll or a crowd (`four in 10`, `21 percent`). General English. */
const NUMBER_WORDS = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|dozens)$/;

/** Fractions and shares that stand for part of a group (`half of voters`, `a majority of Democrats`). */
const SHARE_WORDS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'two-thirds', 'three-quarters', 'one-third', 'one-quarter', 'majority', 'plurality', 'minority']);

/** Approximators that may open a quantity (`about four in 10`, `more than half`, `an average of 10 percent`). */
const APPROXIMATORS = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'approximately', 'some', 'just', 'only', 'over', 'under', 'more', 'fewer', 'less', 'than', 'at', 'least', 'most', 'shy', 'of', 'an', 'a', 'average', 'estimated', 'the']);

/** Words before a quantity subject that open its clause (`…, to which 21 percent said`). */
const QUANTITY_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'which', 'that', 'though', 'although', 'as', 'when', 'where', 'whom']);

/**
 * A quantified group that opens the clause of the verb at `v` (the people a poll or a report
 * counts): `21 percent said`, `About four in 10 voters say`, `At least half of voters in each state
 * say`, `Just shy of half, 49%, say`, `those surveyed said`, `about 200 protesters said`. Bounded:
 * at most 14 tokens before the verb.
 */
export function quantitySubject(tokens: readonly Token[], v: number, floor: number): Parsed | null {
  let j = v - 1;
  while (j > floor && j > v - 4 && isWord(tokens[j]) && VERB_MODIFIERS.has((tokens[j] as Token).lower)) j -= 1;
  // `Just shy of half, 49%, say`: a quantity set off by commas as an appositive
  const setOff = tokens[j]?.text === ',';
  if (setOff) j -= 1;
  // (`90 percent of her e-mails`: a phrase cut after a determiner has its noun in the verb's place)
  if (j < floor || DETERMINERS.has(tokens[j]?.lower ?? '')) return null;
  // the quantity: the leftmost number or share word reached without crossing a verb or a clause boundary
  let core = -1;
  for (let k = j; k >= floor && k > j - 12; k--) {
    const t = tokens[k] as Token;
    if (t.text === '%') continue;
    if (!isWord(t)) break;
    // (the head noun may spell a verb: `voters in each state say`)
    if (CONJUNCTIONS.has(t.lower) || QUANTITY_OPENERS.has(t.lower) || (k < j && strengthOf(t) > 0 && !ROLE_NOUNS.has(t.lower))) break;
    if (NUMBER_WORDS.test(t.lower) || SHARE_WORDS.has(t.lower)) core = k;
  }
  // `those surveyed said`, `those polled say`
  if (core < 0 && j - 1 >= floor && tokens[j - 1]?.lower === 'those' && /ed$/.test(tokens[j]?.lower ?? '') && !tokens[j]?.cap) core = j - 1;
  if (core < 0) return null;
  const c = tokens[core] as Token;
  const next = tokens[core + 1];
  if (c.lower !== 'those') {
    // a count of people: `21 percent`, `49%`, `four in 10`, `half of voters`, `200 protesters`
    const share = SHARE_WORDS.has(c.lower) && (core === j || next?.lower === 'of');
    const percent = next !== undefined && (next.lower === 'percent' || next.text === '%' || (next.lower === 'in' && NUMBER_WORDS.test(tokens[core + 2]?.lower ?? '')) || (next.lower === 'out' && tokens[core + 2]?.lower === 'of'));
    const head = (tokens[j] as Token).lower;
    const people = core < j && /^\d/.test(c.text) && !/^(?:1[89]|20)\d\d$/.test(c.text) && (ROLE_NOUNS.has(head) || /\p{Ll}s$/u.test(head)) && !(tokens[j] as Token).cap;
    const counted = /^(?:hundreds|thousands|dozens)$/.test(c.lower) && next?.lower === 'of';
    if (!share && !percent && !people && !counted) return null;
  }
  // step back over approximators (`About`, `At least`, `An average of`, `Just shy of`)
  let first = core;
  while (first > floor && first > core - 4 && isWord(tokens[first - 1]) && APPROXIMATORS.has((tokens[first - 1] as Token).lower)) first -= 1;
  // the phrase opens its clause
  const before = first > floor ? tokens[first - 1] : undefined;
  if (setOff ? before?.text !== ',' : before && !(before.kind === 'punct' && /^[,;:—–(]$/.test(before.text)) && !QUANTITY_OPENERS.has(before.lower) && !endsSentence(before)) return null;
  const slice = tokens.slice(first, j + 1);
  const a = slice[0] as Token;
  const b = slice[slice.length - 1] as Token;
  return { mention: { start: a.start, end: b.end, kind: 'descriptor', tokens: slice }, first, last: j };
}

/**
 * A quantified group that starts at token `a` and ends before `v` (rightwards): `Hundreds of
 * pro-Sanders demonstrators`, `about 200 protesters`, `21 percent of voters`. Bounded: eight tokens
 * past the number.
 */
function quantityRight(tokens: readonly Token[], a: number, v: number): Parsed | null {
  let k = a;
  while (k < v && k < a + 4 && isWord(tokens[k]) && APPROXIMATORS.has((tokens[k] as Token).lower)) k += 1;
  const core = tokens[k];
  if (!isWord(core) || !(NUMBER_WORDS.test(core.lower) || SHARE_WORDS.has(core.lower)) || /^(?:1[89]|20)\d\d$/.test(core.text)) return null;
  // (`108,000 residents`: the tail of a number split at its comma opens no clause)
  if (/^\d{3}$/.test(core.text) && tokens[k - 1]?.text === ',' && /^\d+$/.test(tokens[k - 2]?.text ?? '')) return null;
  let last = -1;
  for (let m = k + 1; m < v && m <= k + 8; m++) {
    const t = tokens[m] as Token;
    if (t.text === '%') {
      last = m;
      continue;
    }
    // the phrase ends at its verb (`marched`, `have`) or at a clause boundary
    if (!isWord(t) || CONJUNCTIONS.has(t.lower) || /^(?:who|which|that)$/.test(t.lower)) break;
    if ((VERB_MODIFIERS.has(t.lower) && !NP_PREPOSITIONS.has(t.lower)) || (!t.cap && /ed$/.test(t.lower))) break;
    if (strengthOf(t) > 0 && !ROLE_NOUNS.has(t.lower)) break;
    if (t.lower === 'percent' || ROLE_NOUNS.has(t.lower) || (!t.cap && /\p{Ll}s$/u.test(t.text))) last = m;
  }
  // (`21 percent who chose …`: a restrictive relative clause makes the phrase longer than read here)
  if (last < 0 || /^(?:who|that)$/.test(tokens[last + 1]?.lower ?? '')) return null;
  // `hundreds of`, `half of`: a count word needs its `of`
  if ((/^(?:hundreds|thousands|dozens)$/.test(core.lower) || SHARE_WORDS.has(core.lower)) && tokens[k + 1]?.lower !== 'of') return null;
  const slice = tokens.slice(a, last + 1);
  const b = slice[slice.length - 1] as Token;
  return { mention: { start: (slice[0] as Token).start, end: b.end, kind: 'descriptor', tokens: slice }, first: a, last };
}

/** Words after which a new clause (and its subject) may start. */
const CLAUSE_OPENERS = new Set([',', ';', ':', '—', '–', 'and', 'but', 'if', 'that', 'when', 'because', 'while', 'as', 'although', 'though', 'so']);

/**
 * The subject of the clause that contains token `v`, reading between `s` and `v`: the last phrase
 * after a clause opener (sentence start, comma, `and`, `if` …) that a verb-like word follows.
 */
export function clauseSubject(tokens: readonly Token[], s: number, v: number): Parsed | null {
  return clauseSubjectPass(tokens, s, v, false) ?? clauseSubjectPass(tokens, s, v, true);
}

/**
 * The subject pronoun of the clause nearest before `v`: the last `he`/`she`/`they`/`I`/`we` between
 * `s` and `v` that opens a clause (at `s`, or after a clause opener or subordinator) and a verb-like
 * word follows; `null` when there is none. Bounded: 40 tokens back.
 */
export function nearestPronounSubject(tokens: readonly Token[], s: number, v: number): Parsed | null {
  for (let k = v - 2; k >= s && k >= v - 40; k--) {
    const t = tokens[k] as Token;
    if (!isWord(t) || !/^(?:he|she|they|i|we)$/.test(t.lower)) continue;
    const before = tokens[k - 1];
    if (k > s && !(before && (CLAUSE_OPENERS.has(before.lower) || SENTENCE_SUBORDINATORS.has(before.lower)))) continue;
    const p = phraseRight(tokens, k);
    if (p && p.mention.kind === 'pronoun' && followedByVerb(tokens, p, v + 1)) return p;
  }
  return null;
}

/** Adverbs that may open a sentence before its subject (`Then he cut into Bush, calling him …`). */
const SENTENCE_ADVERBS = new Set(['then', 'later', 'now', 'still', 'instead', 'meanwhile', 'also', 'however', 'earlier', 'finally', 'again', 'yet', 'indeed', 'today', 'yesterday']);

/** Subordinators: the subject after them is not the main clause's (`As the crowd began to chant, Silverman …`). */
const SUBORDINATORS = new Set(['if', 'when', 'because', 'while', 'as', 'although', 'though']);

function clauseSubjectPass(tokens: readonly Token[], s: number, v: number, subordinate: boolean): Parsed | null {
  for (let k = s; k < v; k++) {
    const t = tokens[k] as Token;
    // (`Filling in for Sanders at an event where Clinton spoke, West landed …`: a participle
    // clause opening the sentence is no main clause either)
    const participle = k === s && t.cap && /^\p{Lu}\p{Ll}{2,}ing$/u.test(t.text) && isWord(tokens[k + 1]) && !(tokens[k + 1] as Token).cap;
    if (!subordinate && (SUBORDINATORS.has(t.lower) || participle)) {
      // skip the subordinate clause up to its comma
      let c = k + 1;
      while (c < v && tokens[c]?.text !== ',') c += 1;
      // (the comma then opens the main clause: `When Wallace died in 1998, President Clinton …`)
      k = c - 1;
      continue;
    }
    const opener = CLAUSE_OPENERS.has(t.lower) || (k === s && SENTENCE_ADVERBS.has(t.lower)) ? k + 1 : k === s ? k : -1;
    if (opener < 0 || opener >= v) continue;
    // (`Hundreds of pro-Sanders demonstrators marched …, chanting`: a quantified group)
    const p = quantityRight(tokens, opener, v) ?? phraseRight(tokens, opener);
    if (!p || p.last + 1 >= v) continue;
    // `The Sanders campaign`, `the Arizona sheriff`: a name read as the phrase may be the modifier
    // of a role or organization noun after it (bounded: two nouns)
    // (then only when a verb follows the longer phrase: `Lena Holt, the Tulsa sheriff and a longtime
    // ally, Mayor Ada Vance launched …` has no subject at `the Tulsa`)
    let q = p;
    for (let e = p.last + 1; e < v && e <= p.last + 2 && p.mention.kind !== 'pronoun'; e++) {
      const w = tokens[e];
      if (!isWord(w) || w.cap || !(ROLE_NOUNS.has(w.lower) || ORGANIZATION_NOUNS.has(w.lower)) || strengthOf(w) > 0 || e !== q.last + 1) break;
      const slice = tokens.slice(p.first, e + 1);
      q = { mention: { start: p.mention.start, end: w.end, kind: ORGANIZATION_NOUNS.has(w.lower) ? 'organization' : 'descriptor', tokens: slice }, first: p.first, last: e };
    }
    if (q !== p) {
      if (followedByVerb(tokens, q, v)) return q;
      continue;
    }
    if (followedByVerb(tokens, p, v)) return p;
  }
  return null;
}

/** Whether a verb-like word follows phrase `p` before `v`, across a parenthesis, an appositive, a complement and an adverb. */
function followedByVerb(tokens: readonly Token[], p: Parsed, v: number): boolean {
  let n = p.last + 1;
  if (n >= v) return false;
  // `Sen. Pat Toomey (R-Pa.) refused …`: step over a parenthesis
  if (tokens[n]?.text === '(') {
    let c = n + 1;
    while (c < v && c < n + 8 && tokens[c]?.text !== ')') c += 1;
    if (tokens[c]?.text === ')') n = c + 1;
  }
  // `Bush, Florida's former governor, also attacked …`: step over an appositive
  // (`Trump, who is battling Carson for the top spot in many Republican polls, has …`: a relative clause may be longer)
  if (tokens[n]?.text === ',') {
    let c = n + 1;
    const reach = /^(?:who|whose|which)$/.test(tokens[n + 1]?.lower ?? '') ? 30 : 12;
    while (c < v && c < n + reach && tokens[c]?.text !== ',') c += 1;
    if (tokens[c]?.text !== ',') return false;
    n = c + 1;
  }
  // `A footnote in the report makes …`: step over a prepositional complement of the subject
  if (/^(?:of|in|at|for|from|on|with)$/.test(tokens[n]?.lower ?? '') && p.mention.kind !== 'pronoun') {
    const complement = phraseRight(tokens, n + 1);
    if (complement && complement.last + 1 < v) n = complement.last + 1;
    // (`Donald Trump on Thursday ratcheted up …`: a day or time of day)
    else if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens[n + 1]?.lower ?? '') && n + 2 < v) n += 2;
    // (a bare noun: `the secretary of state talked …`)
    else if (isWord(tokens[n + 1]) && !(tokens[n + 1] as Token).cap && !DETERMINERS.has((tokens[n + 1] as Token).lower) && n + 2 < v && /(?:ed|s)$/.test(tokens[n + 2]?.lower ?? '')) n += 2;
  }
  // `an army of workers and retirees had amassed …`: a bare plural coordinated with the plural
  // that ends a descriptor
  const plural = /^\p{Ll}+s$/u;
  if (/^(?:and|or)$/.test(tokens[n]?.lower ?? '') && p.mention.kind !== 'pronoun' && p.mention.kind !== 'name' && plural.test(tokens[n - 1]?.text ?? '') && isWord(tokens[n + 1]) && plural.test((tokens[n + 1] as Token).text) && strengthOf(tokens[n + 1] as Token) === 0 && n + 2 < v) n += 2;
  // `Lewandowski earlier quashed …`: one adverb may come between subject and verb
  if (/^(?:earlier|later|also|then|now|still|previously|recently|again|never|once)$/.test(tokens[n]?.lower ?? '') && isWord(tokens[n + 1])) n += 1;
  const next = tokens[n];
  if (n >= v || !isWord(next) || next.cap || !/^\p{Ll}/u.test(next.text)) return false;
  if (/^(?:later|earlier|ago|after|before|since|now|ago|then|today|here|there)$/.test(next.lower)) return false;
  if (NP_PREPOSITIONS.has(next.lower) || DETERMINERS.has(next.lower) || next.lower === 'and' || next.lower === 'or') return false;
  return true;
}

/**
 * The cue of the sentence just before quotation `i` when the quotation opens a new sentence:
 * `…, dos Santos says. "If the government …"`, or the last sentence of the previous paragraph when
 * the quotation is a paragraph of its own (`Carter said that … would not happen.` ¶ `"That's because …"`).
 */
export function previousSentenceCue(doc: AttributionDocument, i: number, before: readonly Token[]): CueMatch | null {
  let tokens: readonly Token[] = before;
  if (before.length === 0) {
    const open = doc.openOf(i);
    const p = doc.paragraphOf(open);
    if (p === 0) return null;
    const from = Math.max(doc.paragraphStart(p - 1), doc.paragraphStart(p) - 320, i > 0 ? doc.closeOf(i - 1) : 0);
    tokens = tokenize(doc.text, from, doc.paragraphStart(p), doc.lineBreaks);
    while (tokens.length > 0 && tokens[tokens.length - 1]?.kind === 'para') tokens = tokens.slice(0, -1);
  }
  const last = tokens[tokens.length - 1];
  if (!last || !endsSentence(last) || last.kind === 'para') return null;
  let body = tokens.slice(0, -1);
  // (a quotation earlier in that sentence: read the sentence after its last mark)
  const lastMark = body.map((t) => t.kind).lastIndexOf('mark');
  if (lastMark >= 0) body = body.slice(lastMark + 1);
  const m = cueBefore(doc, body);
  if (!m?.mention || m.strength < 2) return null;
  return m;
}

/**
 * `according to X` in the sentence around a quotation (`before` and `after` are the tokens around
 * it, `quoteText` its text). A quotation that ends its sentence (`…?"`, `…."`) and is followed by a
 * capitalized word has no `according to` after it: the next sentence has begun (`Her reply was:
 * "Is the shop in Ohio?" The shop sells …, according to its website.`).
 */
export function accordingTo(doc: AttributionDocument, before: readonly Token[], after: readonly Token[], quoteText = ''): CueMatch | null {
  const s = sentenceStart(before);
  for (let k = before.length - 2; k >= s; k--) {
    const m = according(doc, before, k);
    if (m) return m;
  }
  const k0 = firstWord(after);
  if (k0 === 0 && /[.!?]["'”’]*\s*$/.test(quoteText) && after[0]?.cap) return null;
  const end = clauseEnd(after, k0);
  for (let k = k0; k < end - 1; k++) {
    const m = according(doc, after, k);
    if (m) return m;
  }
  return null;
}

function according(doc: AttributionDocument, tokens: readonly Token[], k: number): CueMatch | null {
  const a = tokens[k];
  const b = tokens[k + 1];
  if (!isWord(a) || !isWord(b) || a.lower !== 'according' || b.lower !== 'to') return null;
  let p = subjectRight(tokens, k + 1);
  if (!p) return null;
  // `According to the Daily Ledger, Mayor Ada Brenner said …`: the clause after the comma is no
  // apposition to the source
  const comma = tokens.findIndex((t, c) => c > k + 1 && c <= p!.last && t.text === ',');
  if (comma > 0 && tokens[comma - 1]?.kind === 'word') p = subjectRight(tokens.slice(0, comma), k + 1) ?? p;
  return { mention: p.mention, cue: doc.span(a.start, b.end), strength: 2 };
}

/**
 * A colon just before quotation `i`: at the end of the previous paragraph (`Putin said:` ¶ `"…"`),
 * or with no verb in the same sentence (`Trump on Twitter: "…"`).
 */
export function colonBefore(doc: AttributionDocument, i: number, before: readonly Token[]): CueMatch | null {
  const last = before[before.length - 1];
  let tokens: readonly Token[] = before;
  if (!last) {
    // the quotation opens its paragraph: look at the end of the previous one
    const open = doc.openOf(i);
    const p = doc.paragraphOf(open);
    if (p === 0) return null;
    let c = doc.paragraphStart(p) - 1;
    while (c >= 0 && /\s/.test(doc.text[c] as string)) c -= 1;
    if (c < 0 || doc.text[c] !== ':') return null;
    if (i > 0 && doc.closeOf(i - 1) > c) return null;
    const from = Math.max(doc.paragraphStart(p - 1), c - 320, i > 0 ? doc.closeOf(i - 1) : 0);
    tokens = tokenize(doc.text, from, c + 1, doc.lineBreaks);
  } else if (last.text !== ':') {
    return null;
  }
  const colon = tokens[tokens.length - 1] as Token;
  const body = tokens.slice(0, -1);
  const credited = creditBeforeColon(tokens);
  if (credited) return { mention: credited.mention, cue: doc.span(colon.start, colon.end), strength: 1 };
  const verb = cueBefore(doc, body);
  if (verb?.mention) return verb;
  // no verb: the phrase that opens the clause (`Trump on Twitter:`, `Mr. Smith:`)
  let s = sentenceStart(body);
  // `Here's Clinton in December 1992: "…"`
  if (/^here['’]s$/.test(body[s]?.lower ?? '') || (body[s]?.lower === 'here' && body[s + 1]?.lower === 'is')) s += body[s]?.lower === 'here' ? 2 : 1;
  const p = phraseRight(body, s);
  // the phrase is the whole clause, or followed only by a short prepositional phrase (`Trump on Twitter:`)
  const parenthesis = p !== null && body[p.last + 1]?.text === '(' && body[body.length - 1]?.text === ')' && body.length - p.last <= 8;
  if (p && p.mention.kind !== 'descriptor' && (p.last === body.length - 1 || parenthesis || (body.length - p.last <= 4 && NP_PREPOSITIONS.has((body[p.last + 1] as Token).lower)))) {
    return { mention: p.mention, cue: doc.span(colon.start, colon.end), strength: 1 };
  }
  {
    // `He then listed the qualities …:` ¶ `"…"`: the subject of the clause the colon ends
    const main = clauseSubject(body, s, body.length);
    if (main) return { mention: main.mention, cue: doc.span(colon.start, colon.end), strength: 1 };
  }
  return verb;
}

/**
 * The source credited right before a colon that ends `tokens`: a name set off by a dash
 * (`Pollsters agree - Carl Bialik:`), or the source named by `from` opening the clause or right
 * after a dash (`More from Jones:`, `From the report:`, `… - More from Jones:`); else `null`.
 */
export function creditBeforeColon(tokens: readonly Token[]): Parsed | null {
  if (tokens[tokens.length - 1]?.text !== ':') return null;
  const body = tokens.slice(0, -1);
  const credited = phraseLeft(body, body.length - 1);
  if (!credited) return null;
  const before = body[credited.first - 1];
  if (credited.mention.kind === 'name' && /^[-—–]$/.test(before?.text ?? '')) return credited;
  if (credited.mention.kind === 'pronoun' || before?.lower !== 'from') return null;
  const from = credited.first - 1;
  const dash = [body[from - 1], body[from - 2]].some((t) => /^[-—–]$/.test(t?.text ?? ''));
  return from <= sentenceStart(body) + 2 || dash ? credited : null;
}

/**
 * A credit line after a quotation that ends its paragraph: `"…"` ¶ `- Sanders.` or
 * `—Michelle Marks, Philadelphia.`
 */
export function dashCredit(doc: AttributionDocument, i: number): CueMatch | null {
  const close = doc.closeOf(i);
  const p = doc.paragraphOf(Math.max(0, close - 1));
  const end = doc.paragraphEnd(p);
  if (/\p{L}/u.test(doc.text.slice(close, Math.min(end, close + 80)))) return null;
  // (a quotation inside a narrative paragraph is the narrative's: `… and called him "…"` ¶
  // `- Reuters.` credits the report, not the words)
  const open = doc.openOf(i);
  if (/\p{L}/u.test(doc.text.slice(Math.max(doc.paragraphStart(doc.paragraphOf(open)), open - 400), open))) return null;
  if (i + 1 < doc.quotes.length && doc.openOf(i + 1) < doc.paragraphEnd(p + 1)) return null;
  const next = tokenize(doc.text, end, Math.min(doc.paragraphEnd(p + 1), end + 120), doc.lineBreaks);
  const dash = next[0];
  if (!dash || dash.kind !== 'punct' || !/^[-—–]$/.test(dash.text)) return null;
  const name = phraseRight(next, 1);
  if (!name || name.mention.kind === 'pronoun' || name.mention.kind === 'descriptor') return null;
  const after = next[name.last + 1];
  if (after && !(after.text === ',' || after.text === '.' || after.kind === 'para')) return null;
  return { mention: name.mention, cue: doc.span(dash.start, dash.end), strength: 1 };
}

/**
 * Whether quotation `i` closes a clause that opens the sentence with a subordinator and holds
 * its own cue: `When someone in the hall shouted, "Recount," Vance joked …`, `After the chief said
 * the cadets might do better at "smaller academies," the mayor said …`. The words after the quotation
 * open the main clause, so a cue there is not the quotation's.
 */
export function closesSubordinateClause(doc: AttributionDocument, i: number): boolean {
  if (!/,\s*$/.test(doc.quotes[i]?.text ?? '') && doc.after(i)[0]?.text !== ',') return false;
  const before = doc.before(i);
  const s = sentenceStart(before);
  if (!SENTENCE_SUBORDINATORS.has(before[s]?.lower ?? '')) return false;
  // one unbroken clause up to the quotation (a comma may only introduce it: `shouted, "…"`)
  for (let k = s + 1; k < before.length - 1; k++) if ((before[k] as Token).text === ',' || (before[k] as Token).kind === 'mark') return false;
  const m = cueBefore(doc, before);
  return m !== null && !/^(?:i|you|we)$/.test(m.mention?.tokens[0]?.lower ?? '');
}

/**
 * Whether quotation `i` is a question or exclamation introduced by a colon or by a cue and a
 * comma before it, and a capitalized word follows: the quotation ends its sentence, and the words
 * after it open the next one (`Vance responded: "Who pays for the bridge?" Her critics cited
 * it …`, `Vance writes to Ortiz, "Why now?" Ortiz then writes back, "…"`).
 */
function endsIntroducedSentence(doc: AttributionDocument, i: number, after: readonly Token[]): boolean {
  if (!/[?!]["'”’]*\s*$/.test(doc.quotes[i]?.text ?? '') || !after[0]?.cap) return false;
  const before = doc.before(i);
  const last = before[before.length - 1];
  if (last?.text === ':') return true;
  return last?.text === ',' && cueBefore(doc, before) !== null;
}

/**
 * Quotative inversion with a verb outside the speech-verb lists: a quotation that opens its
 * sentence and ends in `,`, `!` or `?`, then a past-tense verb and a name that closes the clause
 * (`"This is the best night of my life!" beamed Carla Jimenez of Tucson.`), or a name and a
 * past-tense verb that ends the sentence (`"…," Pruitt started.`). English inverts subject and
 * verb after a quotation only in a reporting clause, and a bare `Name verbed.` after a
 * sentence-opening quotation is one too, so the verb reports the quotation whatever it is.
 */
function quotativeInversion(doc: AttributionDocument, i: number, after: readonly Token[]): CueMatch | null {
  if (!/[,!?]["'”’]*\s*$/.test(doc.quotes[i]?.text ?? '')) return null;
  const before = doc.before(i);
  if (sentenceStart(before) !== before.length) return null;
  // (and the plain order when the verb ends the sentence: `"…," Pruitt started.`)
  const name = after[0]?.cap ? phraseRight(after, 0) : null;
  const last = name ? after[name.last + 1] : undefined;
  if (name?.mention.kind === 'name' && isWord(last) && !last.cap && /\p{Ll}ed$/u.test(last.text) && endsSentence(after[name.last + 2])) {
    return { mention: name.mention, cue: cueSpan(doc, after, name.last + 1), strength: 1 };
  }
  const verb = after[0];
  if (!isWord(verb) || verb.cap || !/\p{Ll}ed$/u.test(verb.text)) return null;
  const subject = subjectRight(after.slice(0, AFTER_REACH), 0);
  if (!subject || subject.mention.kind !== 'name' || subject.first !== 1) return null;
  const next = after[subject.last + 1];
  if (next && !endsSentence(next) && next.text !== ',' && next.lower !== 'of') return null;
  return { mention: subject.mention, cue: cueSpan(doc, after, 0), strength: 1 };
}

/**
 * Nouns of a voice or an utterance that `came` reports after a quotation (`came a shout from …`);
 * general vocabulary of reporting (a grammar book's list of quotative nouns).
 */
const VOICE_NOUNS = new Set(['shout', 'shouts', 'cry', 'cries', 'chant', 'chants', 'voice', 'voices', 'reply', 'replies', 'response', 'responses', 'answer', 'retort', 'call', 'calls', 'yell', 'yells', 'scream', 'screams', 'plea', 'question', 'questions', 'warning', 'words']);

/**
 * `came` and a voice noun after a quotation, with its source in a `from`-phrase: `"Sit down!" came
 * a shout from the back row.`, `"Not today," came the reply from the harbor master.` The
 * `from`-phrase names the speaker; without one there is no cue.
 */
function cameFrom(doc: AttributionDocument, i: number, after: readonly Token[]): CueMatch | null {
  if (!/[,!?]["'”’]*\s*$/.test(doc.quotes[i]?.text ?? '')) return null;
  const k0 = firstWord(after);
  const verb = after[k0];
  if (!isWord(verb) || verb.lower !== 'came') return null;
  let k = k0 + 1;
  if (/^(?:a|an|the|one|another)$/.test(after[k]?.lower ?? '')) k += 1;
  // (at most two modifiers: `came an angry shout from …`)
  for (let m = 0; m < 2 && isWord(after[k]) && !VOICE_NOUNS.has((after[k] as Token).lower); m++) k += 1;
  if (!VOICE_NOUNS.has(after[k]?.lower ?? '') || after[k + 1]?.lower !== 'from') return null;
  const source = phraseRight(after.slice(0, AFTER_REACH), k + 2);
  if (!source || source.mention.kind === 'pronoun') return null;
  return { mention: source.mention, cue: doc.span(verb.start, (after[k] as Token).end), strength: 1 };
}

/** How many tokens after a quotation an `as described by X` phrase may start (`"…" in the handling of the budget, as …`). */
const AS_AGENT_REACH = 12;

/** How many tokens an agent after `as described by` may span. */
const MAX_AGENT = 12;

/**
 * A passive `as`-clause with its agent shortly after a quotation, in the same sentence: `… "reckless"
 * in the handling of the budget – as described by council member Ada Vance – …`, `"…," as put by
 * the mayor`. The agent of the speech participle speaks; the words between are a phrase with no
 * verb of speech, comma-, dash- or quotation-free except the one before `as`.
 */
function asAgent(doc: AttributionDocument, after: readonly Token[]): CueMatch | null {
  const k0 = firstWord(after);
  for (let k = k0; k < after.length && k <= k0 + AS_AGENT_REACH; k++) {
    const t = after[k] as Token;
    if (t.lower === 'as' && (k === k0 || /^[,—–-]$/.test(after[k - 1]?.text ?? ''))) {
      const verb = after[k + 1];
      if (!isWord(verb) || strengthOf(verb) === 0 || !/(?:ed|put|said)$/.test(verb.lower) || after[k + 2]?.lower !== 'by') return null;
      const agent = phraseRight(after.slice(0, k + 3 + MAX_AGENT), k + 3);
      if (!agent || agent.mention.kind === 'pronoun' || agent.mention.kind === 'relative') return null;
      return { mention: agent.mention, cue: doc.span(verb.start, (after[k + 2] as Token).end), strength: 1 };
    }
    if (endsSentence(t) || t.kind === 'mark' || (isWord(t) && strengthOf(t) > 0) || (t.kind === 'punct' && !/^[,—–-]$/.test(t.text))) return null;
    if (/^[,—–-]$/.test(t.text) && !/^as$/.test(after[k + 1]?.lower ?? '')) return null;
  }
  return null;
}

/** Auxiliaries and modals that show a finite clause (`the ferry can be`, `the plan was`). */
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'can', 'could', 'will', 'would', 'has', 'have', 'had', 'should', 'must', 'may', 'might']);

/**
 * Whether the verb of cue `m` in `after` has a clause of its own as object (`that …`, or a subject
 * and an auxiliary: `Cole said most families would …`): then a fragment before the cue is not
 * what it reports (`In a reply to a letter about the "four-day school week," Principal Dana Cole
 * said most families would welcome the change`).
 */
function clausalObject(after: readonly Token[], m: CueMatch): boolean {
  const v = after.findIndex((t) => t.start === m.cue.start);
  const verb = after[v];
  if (!verb || /^(?:tell|tells|told)$/.test(verb.lower) || m.cue.end !== verb.end) return false;
  if (after[v + 1]?.lower === 'that') return true;
  for (let j = v + 1; j < after.length && j <= v + 5; j++) {
    const t = after[j] as Token;
    if (!isWord(t) || NP_PREPOSITIONS.has(t.lower) || SENTENCE_SUBORDINATORS.has(t.lower) || CONJUNCTIONS.has(t.lower)) return false;
    if (FINITE_AUXILIARIES.has(t.lower)) return j > v + 1;
  }
  return false;
}

/**
 * The cue after quotation `i` when it governs it: always for a full quotation or a fragment set
 * off by a comma and followed at once by its cue (`…as "reckless," Vance said`); for a fragment
 * that runs on inside a sentence whose own speech verb comes before it (`Vance said she "cannot
 * buy groceries" without residents asking …`), the words after it belong to that sentence,
 * so the cue before wins. `after` defaults to the tokens after the quotation.
 */
export function governingCueAfter(doc: AttributionDocument, i: number, after: readonly Token[] = doc.after(i)): CueMatch | null {
  // (remembered per window in the document: see `AttributionDocument.governingMemo`)
  const known = doc.governingMemo.get(after);
  if (known && known.i === i) return known.match;
  const match = findGoverningCueAfter(doc, i, after);
  doc.governingMemo.set(after, { i, match });
  return match;
}

/** {@link governingCueAfter}, worked out. */
function findGoverningCueAfter(doc: AttributionDocument, i: number, after: readonly Token[]): CueMatch | null {
  const quote = doc.quotes[i];
  const m = cueAfter(doc, after, quote?.text) ?? quotativeInversion(doc, i, after) ?? cameFrom(doc, i, after) ?? asAgent(doc, after);
  if (m?.mention && (closesSubordinateClause(doc, i) || endsIntroducedSentence(doc, i, after))) return null;
  if (!m?.mention || !quote || quote.kind !== 'partial') return m;
  if (clausalObject(after, m)) return null;
  const close = doc.closeOf(i);
  const between = doc.text.slice(close, Math.min(m.cue.start, m.mention.start));
  const setOff = /^[\s,—–]*$/.test(between) && (/[,!?]\s*$/.test(quote.text) || between.includes(','));
  if (setOff) return m;
  const before = cueBefore(doc, doc.before(i));
  return before?.mention && before.strength === 2 ? null : m;
}

/**
 * A cue that closes the sentence of quotation `i` after a comma, past any later quotations of
 * the same sentence: `Attendance was "down for a month" while the library's
 * "temporary closure" dragged on, she said.` Only a short clause of subject and strong speech verb
 * (and a few adverbial words) counts, or an `as`-clause after one of the last commas (`…, not
 * just a "downtown" vote, as the challenger's spokesman suggested on Friday.`).
 */
export function sentenceFinalCue(doc: AttributionDocument, i: number): CueMatch | null {
  if (/[.!?]["'”’]*\s*$/.test(doc.quotes[i]?.text ?? '')) return null;
  const p = doc.paragraphOf(doc.openOf(i));
  for (let j = i, hops = 0; hops < 4; hops++) {
    const after = doc.after(j);
    const end = after.findIndex((t) => endsSentence(t));
    if (end >= 0) {
      let c = end - 1;
      while (c >= 0 && (after[c] as Token).text !== ',') c -= 1;
      if (c >= 0 && end - c <= 9) {
        const m = cueAfter(doc, after.slice(c, end + 1));
        // (`…," in reply to an earlier question from Ben Ortiz, a parent who has often criticized the board.`:
        // a relative clause modifies the phrase before it; it reports nothing)
        if (m?.mention && /^(?:who|whom|which|that)$/.test(m.mention.tokens[0]?.lower ?? '')) return null;
        if (m?.mention) return m.strength === 2 ? m : null;
      }
      // `…, Harlow County senior deputy clerk Helen Marsh Tobin wrote in a court
      // filing.`: a long title phrase before the name, when the verb closes the sentence with at
      // most a short adverbial (`in a court filing`), not a clause of its own (`Cole said most …`)
      if (c >= 0 && end - c > 9 && end - c <= 16) {
        let v = c + 2;
        while (v < end && !(isWord(after[v]) && !(after[v] as Token).cap && strengthOf(after[v] as Token) === 2 && !(after[v] as Token).lower.endsWith('ing'))) v += 1;
        const tail = after[v + 1];
        if (v < end && v - c <= 11 && end - v <= 6 && (v + 1 === end || ADVERBIAL_STARTS.has(tail?.lower ?? ''))) {
          const m = cueAfter(doc, after.slice(c, end + 1));
          if (m?.mention && m.strength === 2 && m.cue.start === (after[v] as Token).start) return m;
        }
      }
      // `…, said the agency's director, Marta Lind, who …`: an inverted cue right after one
      // of the last three commas, its subject in appositives up to the sentence end
      for (let commas = 0; c >= 0 && end - c <= 30 && commas < 3; commas++) {
        // (or an `as`-clause with its own speech verb: `…, as the party's chairman suggested after
        // the vote.`)
        if (after[c + 1]?.lower === 'as') {
          const m = cueAfter(doc, after.slice(c, end + 1));
          if (m?.mention && m.mention.kind !== 'pronoun') return m;
        }
        const verb = after[c + 1];
        const subject = after[c + 2];
        if (isWord(verb) && !verb.cap && strengthOf(verb) === 2 && !verb.lower.endsWith('ing') && !/^(?:tell|tells|told)$/.test(verb.lower) && isWord(subject) && !NP_PREPOSITIONS.has(subject.lower)) {
          const m = cueAfter(doc, after.slice(c, end + 1));
          return m?.mention && m.strength === 2 ? m : null;
        }
        c -= 1;
        while (c >= 0 && (after[c] as Token).text !== ',') c -= 1;
      }
      return null;
    }
    // the sentence runs on past the next quotation of the same paragraph
    const next = doc.quotes[j + 1];
    if (!next || doc.paragraphOf(doc.openOf(j + 1)) !== p || doc.openOf(j + 1) - doc.closeOf(j) > WINDOW - 1) return null;
    if (/[.!?]["'”’]*\s*$/.test(next.text)) return null;
    j += 1;
  }
  return null;
}
