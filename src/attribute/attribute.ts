/**
 * The core of attribution: quotations in, attributed quotations out. Stage 1 runs the sieves
 * (quotation → the phrase naming its speaker); stage 2 resolves each phrase to an entity of the
 * article (canonical names, pronouns, descriptors).
 *
 * @module
 */
import { assertNumber, assertOptions, assertQuoteRecords, assertSieveNames, assertText } from '../errors.js';
import { assertWithinBudget, MAX_ARTICLE_LENGTH } from '../limits.js';
import type { AttributedQuote, AttributionMethod, Quote, Span, Speaker, SpeakerKind } from '../types.js';
import { confidenceOf } from './confidence.js';
import type { LinkFacts } from './confidence-features.js';
import { AttributionDocument, type Link } from './document.js';
import { agrees, nearbyPersons, NameIndex, resolveMention, type Entity } from './entities.js';
import { phraseLeft, phraseRight, subjectLeft, withoutClitic, type Mention } from './phrases.js';
import { NOT_NAMES, ORGANIZATION_NOUNS, ROLE_NOUNS } from '../lexicon/words.js';
import { DEFAULT_SIEVES, SIEVES, type SieveName } from './sieves/index.js';
import { endsSentence, tokenize, isWord, type Token } from './tokens.js';
import { clauseSubject, SENTENCE_SUBORDINATORS, verbReading } from './cues.js';
import { isTitle } from './sieves/00-titles.js';
import { sentenceActors } from './sieves/09-previous-sentence.js';
import { passiveSpeech } from './sieves/11-clause-subject.js';
import { firstNameGender } from '../lexicon/first-names.js';
import { inflect, speechVerbStrength } from '../lexicon/speech-verbs.js';

/** Options for {@link attribute} and {@link attributeQuotes}. */
export interface AttributeOptions {
  /**
   * The sieves to run, in order (default: {@link DEFAULT_SIEVES}). Each links only the
   * quotations the sieves before it left unattributed; leave one out to switch its rule off.
   */
  readonly sieves?: readonly SieveName[];
  /**
   * Attributions with a confidence below this are dropped (speaker `null`) (default: `0`, keep
   * all). `0.8` keeps only the precise ones.
   */
  readonly minConfidence?: number;
}

const OPTION_NAMES = ['sieves', 'minConfidence'] as const;

/** Validates options; returns the sieve list and threshold. */
export function readOptions(options: AttributeOptions | undefined, fn: string): { sieves: readonly SieveName[]; minConfidence: number } {
  assertOptions(options, OPTION_NAMES, fn);
  const sieves = options?.sieves ?? DEFAULT_SIEVES;
  assertSieveNames(sieves, DEFAULT_SIEVES, fn);
  const minConfidence = options?.minConfidence ?? 0;
  assertNumber(minConfidence, 'options.minConfidence', fn, 0, 1);
  return { sieves, minConfidence };
}

/** Speaker kind of a mention that stays unresolved (a pronoun with no antecedent). */
function unresolvedKind(mention: Mention): SpeakerKind {
  const lower = mention.tokens[0]?.lower ?? '';
  if (lower === 'it') return 'organization';
  if (lower === 'they') return 'descriptor';
  return 'person';
}

/** How far (characters) around a one-word sentence subject the text is searched for it as a vocative. */
const NAME_CONTEXT = 2000;

/**
 * How much an entity read from a sentence subject looks like a person: `strong` for a known first
 * name (`Danny Hale`, `Thomas`, `aunt Philippa`), a gender, a title (`Dr. Sorensen`) or a one-word
 * name someone is called by nearby (`"It's warped, Viktor."`); `weak` for any other name of two
 * or three words; `null` for a capitalized sentence opener (`Nothing really changed`, `Recently`),
 * a longer run, or a name used as a place nearby (`in Sanford`).
 */
function personLike(entity: Entity, mention: Mention, text: string): 'strong' | 'weak' | null {
  const words = entity.name.split(' ');
  if (words.some((w) => NOT_NAMES.has(w.toLowerCase()))) return null;
  if (words.length > 3) return null;
  // a place nearby (`in Sanford`, `from Florida`), though the first-name lists have it
  const around = text.slice(Math.max(0, mention.start - NAME_CONTEXT), mention.end + NAME_CONTEXT);
  if (usedAsPlace(around, entity.name)) return null;
  const own = mention.tokens.length === 1 ? (mention.tokens[0] as Token).text : '';
  if (firstNameGender(words[0] as string) !== undefined || firstNameGender(own) !== undefined || entity.gender !== 'u' || mention.tokens.length > words.length) return 'strong';
  if (words.length > 1) return 'weak';
  // a vocative inside a quotation on its line: `, Viktor.`
  let line = '';
  const called = around.split(entity.name).some((before, k, parts) => {
    line = (line + before).slice((line + before).lastIndexOf('\n') + 1);
    const vocative = k < parts.length - 1 && /\p{Ll},\s+$/u.test(before) && /^[.!?](?:["”’]|\s+\p{Lu})/u.test(parts[k + 1] ?? '');
    // (inside: an odd number of straight marks, or an opening curly mark not closed by a double one)
    const inside = ((line.match(/"/g) ?? []).length & 1) === 1 || Math.max(line.lastIndexOf('“'), line.lastIndexOf('‘')) > line.lastIndexOf('”');
    line += entity.name;
    return vocative && inside;
  });
  return called ? 'strong' : null;
}

/** Prepositions before a place name (`in Sanford`, `from Florida`). */
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'at', 'across', 'near', 'outside', 'throughout', 'to']);

/** Whether `name` stands as a whole word right after a place preposition somewhere in `text`. */
function usedAsPlace(text: string, name: string): boolean {
  for (let k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + 1)) {
    if (WORD_CHAR.test(text[k + name.length] ?? '') || text[k - 1] !== ' ') continue;
    let w = k - 1;
    while (w > 0 && WORD_CHAR.test(text[w - 1] as string)) w -= 1;
    if (PLACE_PREPOSITIONS.has(text.slice(w, k - 1)) && !WORD_CHAR.test(text[w - 1] ?? '')) return true;
  }
  return false;
}

/** A letter or digit. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The gender of a person entity; when it has none, from the first-name lists for a lone first name
 * (`Thomas`) or a first name after a word that is none (`Aunt Philippa`).
 */
function gendered(e: Entity): 'm' | 'f' | 'u' {
  if (e.gender === 'm' || e.gender === 'f') return e.gender;
  if (e.kind !== 'person') return 'u';
  const words = e.name.split(' ');
  const first = words.length === 1 ? words[0] : words.length === 2 && firstNameGender(words[0] as string) === undefined ? words[1] : undefined;
  const g = first === undefined ? undefined : firstNameGender(first);
  return g === 'm' || g === 'f' ? g : 'u';
}

/** Words that open an adverbial or relative clause, whose subject pronoun refers back to the main clause's subject (a grammar-book list). */
const ADVERBIAL_CLAUSE_OPENERS = new Set(['when', 'as', 'while', 'because', 'after', 'before', 'though', 'although', 'since', 'until', 'once', 'which', 'where', 'whereas', 'whenever']);

/** Prepositions that take a gerund clause with a subject of its own (`results in Kasich claiming the nomination`; a grammar-book list, without `with`, whose absolute clause reports speech: `with Trump tweeting that …`). */
const GERUND_PREPOSITIONS = new Set(['in', 'of', 'for', 'about', 'by', 'to', 'from', 'on', 'against', 'despite', 'without']);

/**
 * Speech verbs that put their subject after them in news prose (`…, said James Henson, director of
 * …`; a grammar-book list of reporting verbs in quotative inversion), in the forms that invert: the
 * third person (`says`) and the past (`said`).
 */
const INVERTING_VERBS: ReadonlySet<string> = new Set(
  ['say', 'add', 'write', 'explain', 'note', 'recall', 'continue'].flatMap((verb) => inflect(verb).slice(1, 3)),
);

/** How far back (characters) a pronoun's antecedent is looked for in speech cues. */
const PRONOUN_REACH = 900;

/** Resolves entities for every link (stage 2). */
class Resolver {
  private index: NameIndex | undefined;
  private readonly entities: (Entity | null | undefined)[];
  private readonly resolving = new Set<number>();

  constructor(private readonly doc: AttributionDocument) {
    this.entities = doc.quotes.map(() => undefined);
  }

  /** The name index of the text, built on first use (one linear scan). */
  private get names(): NameIndex {
    this.index ??= new NameIndex(this.doc.text);
    return this.index;
  }

  /** The entity of quote `i` (memoized), or `null`. */
  entity(i: number): Entity | null {
    const cached = this.entities[i];
    if (cached !== undefined) return cached;
    if (this.resolving.has(i)) return null;
    this.resolving.add(i);
    const link = this.doc.links[i];
    let result: Entity | null = null;
    if (link?.from !== undefined && link.from !== i) result = this.entity(link.from);
    else if (link?.mention) result = this.mention(i, link.mention);
    this.resolving.delete(i);
    this.entities[i] = result;
    return result;
  }

  private mention(i: number, mention: Mention): Entity | null {
    if (mention.kind === 'pronoun') return this.pronoun(i, mention);
    return resolveMention(mention, this.names);
  }

  /** The entity a pronoun refers to: the subject of the previous speech, or the nearest compatible name. */
  private pronoun(i: number, mention: Mention): Entity | null {
    const word = mention.tokens[0]?.text ?? '';
    const lower = withoutClitic(word.toLowerCase());
    if (lower === 'i' || lower === 'we' || lower === 'you') return null;
    const doc = this.doc;
    const at = Math.min(mention.start, doc.openOf(i));
    // a lone name with no fuller form in the text is a first name (`Thomas shrugged.`): its gender
    // comes from the first-name lists when the entity has none
    // (`"…," he told Rubio.`: the one the pronoun's own verb addresses is someone else)
    const addressed = this.objectOf(mention);
    const fits = (e: Entity): boolean => e.name !== addressed && agrees({ ...e, gender: gendered(e) }, lower);
    // 0a. a pronoun in a clause that opens its sentence, referring ahead to the main clause's subject
    const ahead = lower === 'he' || lower === 'she' ? this.cataphor(mention, fits) : null;
    if (ahead) return ahead;
    // 0. a cue after the quotation (`Senator Ada Brooks seemed irritated: "…," she wrote.`): the
    // subject of the sentence the quotation completes
    if (mention.start >= doc.closeOf(i)) {
      const open = doc.openOf(i);
      const from = Math.max(i > 0 ? doc.closeOf(i - 1) : 0, doc.paragraphStart(doc.paragraphOf(open)), open - 320);
      const own = tokenize(doc.text, from, open, doc.lineBreaks);
      let s = own.length;
      while (s > 0 && !endsSentence(own[s - 1])) s -= 1;
      const subject = s < own.length ? clauseSubject(own, s, own.length) : null;
      if (subject && subject.mention.kind === 'name') {
        const entity = resolveMention(subject.mention, this.names);
        // (not a capitalized opener that names no one: `Choosing between them is a "…," she said.`)
        if (entity.name !== addressed && agrees(entity, lower) && (entity.kind !== 'person' || personLike(entity, subject.mention, doc.text) !== null)) return entity;
      }
    }
    // 1. the subject of a speech cue between the previous quotation and this one; quoted titles
    // with no speaker in the same paragraph are read over (`Owen Pratt voted no. He told WXRT's
    // "Morning Desk" that he thinks …`: the name before the title is in reach)
    let prev = i - 1;
    const own = doc.paragraphOf(at);
    while (prev >= 0 && prev >= i - 4 && !doc.links[prev] && (doc.blocked.has(prev) || isTitle(doc.quotes[prev]?.text ?? '')) && doc.paragraphOf(doc.openOf(prev)) === own) prev -= 1;
    const prevClose = prev >= 0 ? doc.closeOf(prev) : 0;
    const from = Math.max(prevClose, at - PRONOUN_REACH);
    const tokens = tokenize(doc.text, from, at, doc.lineBreaks);
    // 0b. the pronoun opening an adverbial or relative clause of a sentence whose main clause has
    // a person's name as subject (`Mayor Ruiz went after the council, when he called the plan
    // "…"`): that subject
    if (ADVERBIAL_CLAUSE_OPENERS.has(tokens[tokens.length - 1]?.lower ?? '')) {
      let s = tokens.length;
      while (s > 0 && !endsSentence(tokens[s - 1])) s -= 1;
      const subject = s < tokens.length && (s > 0 || at === 0 || this.wholeFirst(tokens, from)) ? clauseSubject(tokens, s, tokens.length) : null;
      if (subject && subject.mention.kind === 'name') {
        const entity = resolveMention(subject.mention, this.names);
        if (entity.kind === 'person' && personLike(entity, subject.mention, doc.text) !== null && fits(entity)) return entity;
      }
    }
    // 0c. the pronoun opening the main clause after a subordinate clause that names a person
    // (`Ever since Mayor Ines Corradi took office, she's said …`, `When I asked Mayor Ada Vance if
    // she would back the levy, she said, "…"`): the first name in that clause that agrees
    const introduced = lower === 'he' || lower === 'she' ? this.subordinateName(tokens, lower === 'he' ? 'm' : 'f') : null;
    if (introduced) return introduced;
    let cued: { entity: Entity; at: number } | null = null;
    for (let v = tokens.length - 1; v > 0 && !cued; v--) {
      const t = tokens[v] as Token;
      if (!isWord(t) || t.cap || speechVerbStrength(t.lower) === 0) continue;
      // (`…, said James Henson, director of …` ¶ `"…," he said`: an inverted cue's subject follows its verb)
      const inverted = tokens[v - 1]?.text === ',' && INVERTING_VERBS.has(t.lower) && isWord(tokens[v + 1]) && (tokens[v + 1] as Token).cap ? phraseRight(tokens, v + 1) : null;
      const closed = inverted ? tokens[inverted.last + 1] : undefined;
      if (inverted && inverted.first === v + 1 && inverted.mention.kind === 'name' && (closed === undefined || closed.text === ',' || endsSentence(closed))) {
        const entity = resolveMention(inverted.mention, this.names);
        if (entity.kind === 'person' && entity.name !== addressed && agrees(entity, lower)) {
          cued = { entity, at: v };
          continue;
        }
      }
      const subject = subjectLeft(tokens, v);
      // (`directors on a giddy note`: a bare base form after a noun is no verb)
      if (!subject || subject.mention.kind === 'pronoun' || !verbReading(tokens, v, subject)) continue;
      // (`the effort results in John Kasich claiming the nomination`: a gerund after a preposition is no speech)
      if (t.lower.endsWith('ing') && subject.last === v - 1 && GERUND_PREPOSITIONS.has(tokens[subject.first - 1]?.lower ?? '')) continue;
      // (`He noted that Sanders himself has acknowledged …`: a cue reported inside a that-clause is not the speaker's own)
      if (tokens[subject.first - 1]?.lower === 'that' && speechVerbStrength(tokens[subject.first - 2]?.lower ?? '') > 0) continue;
      const entity = resolveMention(subject.mention, this.names);
      if (entity.name !== addressed && agrees(entity, lower)) cued = { entity, at: v };
      else if (entity.name === addressed) {
        // (`Hannity asked Trump how high …` ¶ `"…," he told Hannity`: the one asked answers)
        const asked = isWord(tokens[v + 1]) && (tokens[v + 1] as Token).cap ? phraseRight(tokens, v + 1) : null;
        const answerer = asked && asked.first === v + 1 && asked.mention.kind === 'name' ? resolveMention(asked.mention, this.names) : null;
        if (answerer && answerer.name !== addressed && agrees(answerer, lower)) cued = { entity: answerer, at: v };
      }
    }
    // 1c. the one who acts in the narration since the previous quotation (`Tobias went red. He
    // picked up a bun.` ¶ `"I took it," he said.`): in the nearest of the last four sentences,
    // a clause subject that names a person of the pronoun's gender (`Viktor was bent over the
    // lathe when Ingrid came in.` … `she`); it wins over a speech cue in an earlier sentence
    const whole = at === 0 || this.wholeFirst(tokens, from);
    const acted = this.actor(tokens, whole, lower, fits, cued?.at ?? -1, true);
    if (acted) return acted;
    if (cued) return cued.entity;
    // 1b. `they` / `it`: the nearest plural role phrase or organization (`Several state officials …`)
    if (lower === 'they' || lower === 'it') {
      for (let k = tokens.length - 1; k >= 0; k--) {
        const t = tokens[k] as Token;
        if (!isWord(t)) continue;
        const plural = lower === 'they' && ROLE_NOUNS.has(t.lower) && t.lower.endsWith('s');
        const org = ORGANIZATION_NOUNS.has(t.lower);
        if (!plural && !org) continue;
        const p = phraseLeft(tokens, k);
        if (!p || p.mention.kind === 'pronoun') continue;
        const entity = resolveMention(p.mention, this.names);
        if (agrees(entity, lower)) return entity;
      }
    }
    // 2a. an action beat in a dialogue whose last two turns were by two others: the speaker of
    // the turn before last (`"Every Sunday."` — Louisa ¶ `"What did it say?"` — Harriet ¶
    // `"That he is well." She turned her ring.` — Louisa again)
    const para = doc.paragraphOf(at);
    if (doc.links[i]?.method === 'action-beat') {
      const last = this.turnSpeaker(i, para - 1);
      const before = last ? this.turnSpeaker(i, para - 2) : null;
      if (last && before && last.name !== before.name && fits(before)) return before;
    }
    // 2. the speaker of a recent quotation
    for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
      if (para - doc.paragraphOf(doc.openOf(k)) > 3) break;
      const e = this.entity(k);
      if (e && fits(e)) return e;
      // (a quotation just before with no speaker, put to the subject of its sentence by a
      // passive speech verb: `Ellison was asked, "…?" He answered, "…"`: that subject)
      if (k === i - 1 && !doc.links[k]) {
        const addressee = this.addressee(k);
        if (addressee && fits(addressee)) return addressee;
      }
    }
    // 3. the nearest compatible name
    if (lower === 'he' || lower === 'she') {
      for (const e of nearbyPersons(this.names, at)) if (fits(e)) return e;
    }
    // 4. a subject of the narration of unknown gender (`My brother Danny met me.` … `he`)
    return this.actor(tokens, whole, lower, fits, -1, false);
  }

  /**
   * For `pronoun`: the subject of the main clause, when the pronoun stands in a subordinate clause or
   * a clause-holding phrase that opens its sentence and the subject is a name that agrees (cataphora:
   * `Though she never mentioned Sanders by name, Clinton cast …`, `In what he called a "rant,"
   * President Obama took …`). Null otherwise.
   */
  private cataphor(mention: Mention, fits: (e: Entity) => boolean): Entity | null {
    const doc = this.doc;
    const para = doc.paragraphOf(mention.start);
    const before = tokenize(doc.text, Math.max(doc.paragraphStart(para), mention.start - 200), mention.start, doc.lineBreaks);
    let s = before.length;
    while (s > 0 && !endsSentence(before[s - 1])) s -= 1;
    while (before[s]?.kind === 'mark') s += 1;
    const opener = before[s];
    if (!isWord(opener) || s >= before.length) return null;
    const clauseWord = (k: number): boolean => /^(?:what|which|where|when)$/.test(before[k]?.lower ?? '');
    const opens = SENTENCE_SUBORDINATORS.has(opener.lower) || (/^(?:in|at|during)$/.test(opener.lower) && (clauseWord(s + 1) || clauseWord(s + 2)));
    if (!opens || before.slice(s).some((t) => t.text === ',' || t.kind === 'para')) return null;
    // the comma that closes the opening clause (perhaps inside a quotation that ends with it)
    const after = tokenize(doc.text, mention.end, Math.min(doc.paragraphEnd(para), mention.end + 400), doc.lineBreaks);
    let k = 0;
    while (k < after.length && k < 40 && after[k]?.text !== ',' && !endsSentence(after[k])) k += 1;
    if (after[k]?.text !== ',') return null;
    k += 1;
    while (after[k]?.kind === 'mark') k += 1;
    const subject = isWord(after[k]) && (after[k] as Token).cap ? phraseRight(after, k) : null;
    if (!subject || subject.first !== k || subject.mention.kind !== 'name') return null;
    const verb = after[subject.last + 1];
    if (!isWord(verb) || verb.cap) return null;
    const entity = resolveMention(subject.mention, this.names);
    return entity.kind === 'person' && personLike(entity, subject.mention, doc.text) !== null && fits(entity) ? entity : null;
  }

  /**
   * For `pronoun`: when `tokens` end with the comma that closes a subordinate clause of the
   * pronoun's sentence (opened by `when`, `after`, `since` … at most 30 tokens back; not `as
   * for`), the first person named in that clause whose gender is known to be `gender`, or the
   * clause's subject when it opens the clause and its gender is not known.
   */
  private subordinateName(tokens: readonly Token[], gender: 'm' | 'f'): Entity | null {
    const comma = tokens.length - 1;
    if (tokens[comma]?.text !== ',') return null;
    let u = comma - 1;
    while (u >= 0 && u >= comma - 30 && !endsSentence(tokens[u]) && tokens[u]?.kind !== 'mark' && !SENTENCE_SUBORDINATORS.has(tokens[u]?.lower ?? '')) u -= 1;
    if (u < 0 || u < comma - 30 || !SENTENCE_SUBORDINATORS.has(tokens[u]?.lower ?? '') || tokens[u + 1]?.lower === 'for') return null;
    const clause = tokens.slice(0, comma);
    for (let k = u + 1; k < comma; k++) {
      const t = tokens[k] as Token;
      if (!isWord(t) || !t.cap) continue;
      const p = phraseRight(clause, k);
      if (!p) continue;
      k = p.last;
      if (p.mention.kind !== 'name') continue;
      const entity = resolveMention(p.mention, this.names);
      if (entity.kind !== 'person' || personLike(entity, p.mention, this.doc.text) === null) continue;
      const known = gendered(entity);
      const sex = known === 'u' ? firstNameGender(entity.name.split(' ')[0] ?? '') : known;
      if (sex === gender) return entity;
      // (the clause's own subject, of no known sex, before any other name: `While Trump affirmed
      // that he likes Cruz …, he also stated`)
      if (p.first === u + 1 && sex === undefined) return entity;
    }
    return null;
  }

  /**
   * For `pronoun`: the person named as a clause subject in the nearest of the last four
   * sentences of `tokens` (the first only when `whole`) that begin after token `after` (a speech
   * cue's verb, `-1` for none) and names one that agrees (`fits`): when `strict`, only one of the
   * pronoun's own gender outside the pronoun's paragraph, else one of unknown gender too (`Viktor
   * pulled his goggles down. "…," he said.`). Only names that surely name a person
   * count (`Danny`, `Dr. Sorensen`, `our aunt Philippa`, not `Puerto Rico`; see `personLike`),
   * and in the pronoun's own paragraph any name of two or three words too (`… because Tavish
   * Brannigan has not always been friendly to the unions. Although he says …`).
   */
  private actor(tokens: readonly Token[], whole: boolean, lower: string, fits: (e: Entity) => boolean, after: number, strict: boolean): Entity | null {
    if (lower !== 'he' && lower !== 'she') return null;
    const ends: number[] = [];
    let para = -1;
    tokens.forEach((t, k) => {
      if (endsSentence(t)) ends.push(k);
      if (t.kind === 'para') para = k;
    });
    for (let n = ends.length - 1, seen = 0; n >= 0 && seen < 4; n--, seen++) {
      const s = n > 0 ? (ends[n - 1] as number) + 1 : 0;
      const e = ends[n] as number;
      if (s <= after || (n === 0 && !whole)) return null;
      // (the pronoun's own paragraph: unknown gender is enough even when `strict`)
      const own = s > para;
      if (e - s < 2 || tokens.slice(s, e).some((t) => t.kind === 'mark')) continue;
      let loose: Entity | null = null;
      for (const actor of sentenceActors(tokens, s, e)) {
        if (actor.kind !== 'name') continue;
        const entity = resolveMention(actor, this.names);
        // only names that surely name a person (not `Puerto Rico`), or in the pronoun's own
        // paragraph, a name that may (`Tavish Brannigan`)
        const like = entity.kind === 'person' ? personLike(entity, actor, this.doc.text) : null;
        if (like === null || (like === 'weak' && !own) || !fits(entity)) continue;
        if (gendered(entity) === (lower === 'he' ? 'm' : 'f')) return entity;
        loose ??= entity;
      }
      if (loose && (!strict || own)) return loose;
    }
    return null;
  }

  /**
   * The name of the one a pronoun's own verb addresses (`he told Rubio`, `she asked Dr. Ames`):
   * a name right after the verb that follows the pronoun, else `null`.
   */
  private objectOf(mention: Mention): string | null {
    const tokens = tokenize(this.doc.text, mention.end, Math.min(this.doc.text.length, mention.end + 80), this.doc.lineBreaks);
    const verb = tokens[0];
    if (!isWord(verb) || verb.cap || speechVerbStrength(verb.lower) === 0 || !isWord(tokens[1]) || !(tokens[1] as Token).cap) return null;
    const p = phraseRight(tokens, 1);
    if (!p || p.first !== 1 || p.mention.kind !== 'name') return null;
    return resolveMention(p.mention, this.names).name;
  }

  /** The one a passive speech verb before quotation `k` in its sentence addresses (`Ellison was asked, "…"` → `Ellison`), or `null`. */
  private addressee(k: number): Entity | null {
    const tokens = this.doc.before(k);
    let s = tokens.length;
    while (s > 0 && !endsSentence(tokens[s - 1])) s -= 1;
    const subject = s < tokens.length ? clauseSubject(tokens, s, tokens.length) : null;
    if (!subject || subject.mention.kind !== 'name' || !passiveSpeech(tokens, subject.last + 1)) return null;
    return resolveMention(subject.mention, this.names);
  }

  /** The speaker of the first quotation in paragraph `p` before quotation `i`, when all its quotations before `i` have that one speaker (else `null`). */
  private turnSpeaker(i: number, p: number): Entity | null {
    let speaker: Entity | null = null;
    for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
      const q = this.doc.paragraphOf(this.doc.openOf(k));
      if (q < p) break;
      if (q > p) continue;
      const e = this.entity(k);
      if (!e || (speaker && speaker.name !== e.name)) return null;
      speaker = e;
    }
    return speaker;
  }

  /** Whether the token window starting at `from` starts a sentence (not the rest of one after a quotation: `… "every state" if Sanders wins.`). */
  private wholeFirst(tokens: readonly Token[], from: number): boolean {
    const start = tokens[0]?.start ?? from;
    const para = this.doc.paragraphStart(this.doc.paragraphOf(start));
    return /^\s*$/.test(this.doc.text.slice(para, start)) || /[.!?]["'”’)]*\s*$/.test(this.doc.text.slice(Math.max(para, start - 4), start));
  }
}

/**
 * Attributes each quotation to its speaker. Use it when you find quotations yourself;
 * {@link attributeQuotes} finds them with `findQuotes` first.
 *
 * Stage 1 runs the sieves in order (see {@link DEFAULT_SIEVES}); each links only quotations
 * still unattributed to the phrase its cue points at. Stage 2 resolves each phrase to an entity
 * of the article: names to their fullest form (`Putin` → `Vladimir Putin`, titles stripped),
 * pronouns to the subject of the previous speech or the nearest name that agrees in gender and
 * number, descriptors (`a senior US official`) kept as written.
 *
 * Never throws on any text; throws a `TypeError` or `RangeError` on misuse (wrong types,
 * unknown options or sieve names, offsets outside the text).
 *
 * @param text The article text.
 * @param quotes The quotations in `text` (any order), e.g. from `findQuotes(text)`.
 * @param options Sieve order and confidence threshold.
 * @returns One attributed quotation per input quotation, in document order.
 * @throws {TypeError} When `text` is not a string, `quotes` not an array of quotations, or an option unknown.
 * @throws {RangeError} When a quotation lies outside `text`, an option has a bad value, or `text` is
 *   longer than {@link MAX_ARTICLE_LENGTH} code units (refused before any work).
 */
export function attribute(text: string, quotes: readonly Quote[], options?: AttributeOptions): AttributedQuote[] {
  assertText(text, 'text', 'attribute');
  assertWithinBudget(text.length, MAX_ARTICLE_LENGTH, 'MAX_ARTICLE_LENGTH', 'text', 'attribute');
  assertQuoteRecords(quotes, text.length, 'attribute');
  const { sieves, minConfidence } = readOptions(options, 'attribute');
  return run(text, quotes, sieves, minConfidence);
}

/**
 * Runs attribution without validating (the arguments are checked by the caller); `onFacts` sees
 * what each confidence was computed from (quotations in document order), for fitting the model.
 */
export function run(text: string, quotes: readonly Quote[], sieves: readonly SieveName[], minConfidence: number, onFacts?: (i: number, facts: LinkFacts) => void): AttributedQuote[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start || a.end - b.end);
  const doc = new AttributionDocument(text, sorted);
  for (const name of sieves) SIEVES[name].run(doc);
  doc.releaseWindows();
  const resolver = new Resolver(doc);
  return sorted.map((quote, i): AttributedQuote => {
    const link: Link | null = doc.links[i] ?? null;
    const mention = link ? mentionOf(doc, link) : null;
    if (!link || !mention) return attributed(quote, null, null, null, 0);
    const entity = resolver.entity(i);
    const source = link.from !== undefined ? doc.links[link.from] : null;
    const facts: LinkFacts = {
      text,
      quote,
      link,
      mention,
      resolved: entity !== null || mention.kind !== 'pronoun',
      sourceCue: source?.cue ?? null,
      sourcePartial: link.from !== undefined && doc.quotes[link.from]?.kind === 'partial',
    };
    const confidence = confidenceOf(facts);
    onFacts?.(i, facts);
    if (confidence < minConfidence) return attributed(quote, null, null, null, 0);
    const speaker: Speaker = {
      name: entity?.name ?? mention.tokens.map((t) => t.text).join(' '),
      mention: doc.span(mention.start, mention.end),
      kind: entity?.kind ?? unresolvedKind(mention),
    };
    return attributed(quote, speaker, link.cue, link.method, confidence);
  });
}

/**
 * The attributed quotation: the properties of `quote`, then `speaker`, `cue`, `method` and
 * `confidence`, in that order, as `{ ...quote, speaker, cue, method, confidence }` gives them.
 * (`Object.assign` instead of that spread: V8 in Node 20 builds a spread of these ten properties
 * followed by four more some 20 times slower, about 3 µs a quotation. The two differ only for an
 * own `__proto__` key, which `attribute`'s caller may pass (from `JSON.parse`): assigning it would
 * set the prototype, so such a record keeps the spread.)
 */
function attributed(quote: Quote, speaker: Speaker | null, cue: Span | null, method: AttributionMethod | null, confidence: number): AttributedQuote {
  if (Object.hasOwn(quote, '__proto__')) return { ...quote, speaker, cue, method, confidence };
  return Object.assign({}, quote, { speaker, cue, method, confidence });
}

/** The mention a link reports: its own, or the one of the quotation it copies. */
function mentionOf(doc: AttributionDocument, link: Link): Mention | null {
  let current: Link | null = link;
  for (let hops = 0; current && hops < 1000; hops++) {
    if (current.mention) return current.mention;
    current = current.from !== undefined ? (doc.links[current.from] ?? null) : null;
  }
  return null;
}

