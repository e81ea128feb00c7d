/**
 * Stage 2 of attribution: from the phrase a cue points at to the entity it names, within the
 * article. Names are canonicalized (`Putin` → `Vladimir Putin`, `President Barack Obama` →
 * `Barack Obama`, `Bashar al Assad` = `Bashar al-Assad` = `Assad`), pronouns resolved to the
 * entity they refer to (gender and number agreement), descriptors kept as written.
 *
 * @module
 */
import Fuse from 'fuse.js';
import { firstNameGender, usualSex } from '../lexicon/first-names.js';
import { speechVerbStrength } from '../lexicon/speech-verbs.js';
import { ABBREVIATIONS, NAME_PARTICLES, NOT_NAMES, ORGANIZATION_NOUNS, PRONOUNS, ROLE_NOUNS, TITLES, type Gender } from '../lexicon/words.js';
import type { SpeakerKind } from '../types.js';
import { pluralAgentNoun, type Mention } from './phrases.js';
import type { Token } from './tokens.js';
import { countBelow } from '../text/sorted.js';

/** An entity a mention resolves to. */
export interface Entity {
  /** Canonical name in the article. */
  readonly name: string;
  /** Person, organization or descriptor. */
  readonly kind: SpeakerKind;
  /** Gender, when titles, role nouns or the first name tell it. */
  readonly gender: Gender;
  /** Whether the entity is plural (`officials`, `sources`). */
  readonly plural: boolean;
}

/** One capitalized name sequence found in the text. */
interface NameOccurrence {
  readonly start: number;
  /** Words of the name after titles are stripped (`Vladimir`, `Putin`). */
  readonly words: readonly string[];
  /** Gender implied by a title or first name in the full sequence. */
  readonly gender: Gender;
  /** Title words before the name, lower case, abbreviations spelled out (`Sen.` → `senator`). */
  readonly titles: readonly string[];
  /** Whether the sequence fills a quotation by itself (`in Ayn Rand's "Atlas Shrugged"`): a title, not a person. */
  readonly quoted?: boolean;
}

/**
 * Abbreviated titles spelled out, so that `Sen. Jo Li` and `the senator` share a title.
 * Source: AP Stylebook, "abbreviations and acronyms" (titles before a name).
 */
const TITLE_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'], ['sens', 'senator'], ['senators', 'senator'], ['gov', 'governor'],
  ['rep', 'representative'], ['reps', 'representative'], ['pres', 'president'],
  ['presidents', 'president'], ['gen', 'general'], ['gens', 'general'], ['lt', 'lieutenant'],
  ['col', 'colonel'], ['maj', 'major'], ['capt', 'captain'], ['adm', 'admiral'], ['sgt', 'sergeant'],
  ['cmdr', 'commander'], ['cpl', 'corporal'], ['pvt', 'private'], ['prof', 'professor'],
  ['rev', 'reverend'], ['supt', 'superintendent'], ['dr', 'doctor'],
]);

/** Title word as a lookup key: lower case, no period, abbreviations spelled out. */
function titleKey(word: string): string {
  const bare = word.toLowerCase().replace(/\.$/, '');
  return TITLE_SPELLINGS.get(bare) ?? bare;
}

/** The person one title names before an offset: one canonical name, or `ambiguous` when two or more differ. */
interface TitledPersons {
  /** Start offsets of the titled occurrences, ascending. */
  readonly starts: number[];
  /** For each occurrence, the only person named so far with the title, or null once two differ. */
  readonly persons: ({ name: string; gender: Gender } | null)[];
}

const POSSESSIVE = /['’]s?$/;
/**
 * A capitalized sequence at the offset it is tried at (sticky): words starting upper case, joined
 * by spaces or name particles. Linear: the classes are disjoint.
 */
const CAPS = /\p{Lu}[\p{L}\p{M}'’.\-]*(?:[^\S\n]+(?:(?:al|el|de|da|di|du|del|der|van|von|bin|ibn|la|le)[^\S\n]+)?\p{Lu}[\p{L}\p{M}'’.\-]*)*/uy;

/**
 * The code units where a capitalized sequence may start: `A`–`Z` and any non-ASCII one but those
 * of the General Punctuation block (U+2000–U+206F: spaces, dashes, curly quotes; no letters).
 */
const CAPS_START = /[A-Z\u0080-\u1fff\u2070-\uffff]/g;

/**
 * The next capitalized sequence at or after `from` (which is at a code point boundary), or null:
 * what a global search with {@link CAPS} finds. A match can only start at an upper-case letter,
 * so {@link CAPS_START} skips the code units that cannot start one (a plain character class is
 * searched much faster than `\p{Lu}`); the expression is tried at the others, code point by code
 * point, as a global search would.
 */
function nextCaps(text: string, from: number): RegExpExecArray | null {
  CAPS_START.lastIndex = from;
  for (let at = CAPS_START.exec(text); at; at = CAPS_START.exec(text)) {
    const j = at.index;
    CAPS.lastIndex = j;
    const m = CAPS.exec(text);
    if (m) return m;
    // (a surrogate pair is one code point: the search goes on after it)
    const c = text.charCodeAt(j);
    CAPS_START.lastIndex = j + (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(j + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
  }
  return null;
}
/** Above this many name candidates, fuzzy matching is skipped (it is quadratic in the worst case). */
const MAX_FUZZY_CANDIDATES = 400;

/**
 * Offset just past a word that ends a sentence inside a capitalized sequence (`Clintons.` in
 * `Clintons. Axelrod`), or -1. Abbreviations (`Gen.`, `U.S.`) and initials (`H.`) do not end it.
 */
function sentenceCut(sequence: string): number {
  for (let dot = sequence.indexOf('.'); dot >= 0; dot = sequence.indexOf('.', dot + 1)) {
    if (!/\s/.test(sequence[dot + 1] ?? '')) continue;
    let start = dot;
    while (start > 0 && !/[\s.]/.test(sequence[start - 1] as string)) start -= 1;
    if (start > 0 && sequence[start - 1] === '.') continue; // `U.S.`
    const word = sequence.slice(start, dot + 1).toLowerCase();
    if (ABBREVIATIONS.has(word) || word.length <= 2 || TITLES.has(word)) continue;
    return dot + 1;
  }
  return -1;
}

/** Splits a name into its words, joining hyphens (`al-Assad` → `al`, `Assad`). */
function words(text: string): string[] {
  return text.split(/[\s\-]+/).filter((w) => w !== '');
}

/** A name's text without the periods and quotation marks after its last letter (`Haley.'` → `Haley`); a loop, not a regex that backtracks. */
function withoutTrailingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === "'" || text[end - 1] === '’')) end -= 1;
  return text.slice(0, end);
}

/** Normalized key of a word: lower case, without possessive or periods. */
function key(word: string): string {
  // (the regular expressions run only when there is something to remove: a mark at the end, a period)
  const last = word.charCodeAt(word.length - 1);
  const possessive = last === 39 || last === 0x2019 || last === 115;
  const bare = possessive ? word.replace(POSSESSIVE, '') : word;
  return (bare.includes('.') ? bare.replace(/\./g, '') : bare).toLowerCase();
}

/**
 * Words that open a question or clause before a name at the start of a sentence (`Does Rubio
 * …?`, `Had Sanders won …`, `Whatever Bloomberg decides …`): auxiliary and modal verbs and the
 * `-ever` words (a grammar-book list; not `Will` and `Can`, which are also first names).
 */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'do', 'does', 'did', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'would', 'could',
  'shall', 'should', 'might', 'must', 'whatever', 'whenever', 'wherever', 'whoever', 'whichever',
]);

/** Whether `word` ends in `'s` or `’s` (as `/['’]s$/` tests, by code unit). */
function endsInApostropheS(word: string): boolean {
  const mark = word.charCodeAt(word.length - 2);
  return word.charCodeAt(word.length - 1) === 115 && (mark === 39 || mark === 0x2019);
}

/** `word` without a possessive `'s` or `'` at its end (the regular expression runs only when it ends in `s`, `'` or `’`). */
function withoutPossessive(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  return last === 39 || last === 0x2019 || last === 115 ? word.replace(/['’]s$|['’]$/, '') : word;
}

/**
 * Strips titles and leading modifiers from the words of a name: `Russian President Vladimir Putin`
 * → `Vladimir Putin`, `Syria's Bashar al-Assad` → `Bashar al-Assad`. Returns `[]` for a bare title.
 */
export function stripTitles(parts: readonly string[]): { words: string[]; gender: Gender; titles: string[] } {
  let gender: Gender = 'u';
  let from = 0;
  const titles: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const lower = (parts[k] as string).toLowerCase();
    const title = TITLES.get(lower) ?? (lower.endsWith('.') ? TITLES.get(lower.slice(0, -1)) : undefined);
    if (title !== undefined && k < parts.length - 1) {
      from = k + 1;
      titles.push(titleKey(lower));
      if (title !== 'u') gender = title;
    } else if (k < parts.length - 1 && endsInApostropheS(parts[k] as string)) {
      from = k + 1; // `Syria's Bashar al-Assad`
    }
  }
  let rest = parts.slice(from).map(withoutPossessive);
  while (rest.length > 1) {
    const lower = (rest[0] as string).toLowerCase();
    if (!NOT_NAMES.has(lower) && !SENTENCE_OPENERS.has(lower)) break;
    rest = rest.slice(1);
  }
  // a first name after other capitalized words starts the name (`State John Kerry`)
  for (let k = 1; k < rest.length - 1; k++) {
    const lowerK = (rest[k] as string).toLowerCase();
    if (NAME_PARTICLES.has(lowerK) || NAME_PARTICLES.has((rest[k - 1] as string).toLowerCase())) continue;
    if (firstNameGender(rest[k] as string) !== undefined && firstNameGender(rest[0] as string) === undefined) {
      rest = rest.slice(k);
      break;
    }
  }
  if (rest.length === 1 && TITLES.has((rest[0] as string).toLowerCase())) rest = [];
  if (gender === 'u' && rest.length >= 1) gender = firstNameGender(rest[0] as string) ?? 'u';
  // (the first word of a full name: a common given name the lists lack, `Donald Trump`)
  if (gender === 'u' && rest.length >= 2) gender = usualSex(rest[0] as string) ?? 'u';
  // only the titles right before the name count (`Syria's President Bashar` keeps `president`)
  return { words: rest, gender, titles: from > 0 && titles.length > 0 ? titles : [] };
}

/** At most this many words (titles left out) make a person's full name (`Martin Luther King Jr.`). */
const MAX_NAME_WORDS = 5;

/** How far (characters) before a bare surname a full name in the same or the previous paragraph is still its referent (see `isLocal`). */
const LOCAL_REACH = 1500;

/** Full names looked at when several persons share a surname (bounds the work on huge texts). */
const MAX_SURNAME_SCAN = 200;

/** A word of two or more capitals and nothing else (`CNN`, `NATO`): an acronym. */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** Modal verbs that open headline questions (`Will Sanders Drop Out?`) and are first names too. */
const MODALS: ReadonlySet<string> = new Set(['will', 'may', 'can', 'shall', 'must', 'might', 'could', 'would', 'should']);

/** A quotation mark that may open a quotation. */
const OPENING_MARKS = /^["“'‘]$/u;

/** A closing quotation mark right after a sequence, after at most a punctuation mark. */
const CLOSING_AFTER = /^[,.!?]?["”'’]/u;

/** What the name index reads from the text of one capitalized sequence. */
interface SequenceName {
  /** The name's words, titles stripped (never empty). */
  readonly words: string[];
  readonly gender: Gender;
  readonly titles: string[];
  /** Key of the last word. */
  readonly surname: string;
  /** Key of the first word when it is a known first name, else null. */
  readonly firstName: string | null;
  /** The last title word, and the last two (`prime minister`): each names the title. */
  readonly titleKeys: readonly string[];
}

/** The name a capitalized sequence gives, or null: a lone sentence opener (`The`, `In`, `However`) or a bare title. */
function sequenceName(raw: string): SequenceName | null {
  if (raw.indexOf(' ') < 0 && NOT_NAMES.has(raw.toLowerCase())) return null;
  const { words: name, gender, titles } = stripTitles(words(withoutTrailingMarks(raw)));
  if (name.length === 0) return null;
  const titleKeys: string[] = [];
  for (let n = 1; n <= Math.min(2, titles.length); n++) titleKeys.push(titles.slice(titles.length - n).join(' '));
  const first = name[0] as string;
  return { words: name, gender, titles, surname: key(name[name.length - 1] as string), firstName: firstNameGender(first) !== undefined ? key(first) : null, titleKeys };
}

/** Index of the capitalized name sequences of one text (one linear scan; titles stripped once per distinct sequence). */
export class NameIndex {
  private readonly occurrences: NameOccurrence[] = [];
  /** Last-word key → indexes of full names (two words or more) ending with it. */
  private readonly bySurname = new Map<string, number[]>();
  /** First-word key → indexes of full names (two words or more) opening with a known first name. */
  private readonly byFirstName = new Map<string, number[]>();
  private fuse: Fuse<{ surname: string }> | null | undefined;

  private readonly lookups = new Map<string, number[] | undefined>();
  /** Surname key → the person the article introduces first with it (see `firstIntroduced`), once asked. */
  private readonly introduced = new Map<string, NameOccurrence | undefined>();
  /** Title key (`mayor`, `prime minister`) → indexes of the full names carrying it, in text order. */
  private readonly byTitle = new Map<string, number[]>();
  /** Per title key, the persons it names so far (built on first use). */
  private readonly titled = new Map<string, TitledPersons>();
  /** Surname key → the gender its gendered titles show (`Mrs. Clinton`), `u` when they disagree. */
  private readonly titleGender = new Map<string, Gender>();

  constructor(private readonly text: string) {
    // (what depends on the sequence's text alone is worked out once per distinct sequence)
    const read = new Map<string, SequenceName | null>();
    let next = 0;
    for (let m = nextCaps(text, 0); m; m = nextCaps(text, next)) {
      next = m.index + m[0].length;
      // a sequence does not run over a sentence end (`the Clintons. Axelrod`): cut it there
      const cut = sentenceCut(m[0]);
      if (cut > 0) next = m.index + cut;
      const raw = cut > 0 ? m[0].slice(0, cut).trimEnd() : m[0];
      let seq = read.get(raw);
      if (seq === undefined) {
        seq = sequenceName(raw);
        read.set(raw, seq);
      }
      if (seq === null) continue;
      const { words: name, gender, titles } = seq;
      const index = this.occurrences.length;
      if (titles.length > 0 && (gender === 'm' || gender === 'f')) {
        const sk = seq.surname;
        const known = this.titleGender.get(sk);
        this.titleGender.set(sk, known === undefined || known === gender ? gender : 'u');
      }
      const quoted = OPENING_MARKS.test(text[m.index - 1] ?? '') && CLOSING_AFTER.test(text.slice(m.index + raw.length, m.index + raw.length + 3));
      this.occurrences.push(quoted ? { start: m.index, words: name, gender, titles, quoted } : { start: m.index, words: name, gender, titles });
      // the last title word, and the last two (`Prime Minister`), each name the title
      for (const t of seq.titleKeys) {
        let list = this.byTitle.get(t);
        if (!list) this.byTitle.set(t, (list = []));
        list.push(index);
      }
      // (a longer run of capitalized words is a headline or a title, not a person's full name:
      // `Hillary Just Insulted The Benghazi Victims`)
      if (name.length >= 2 && name.length <= MAX_NAME_WORDS) {
        const k = seq.surname;
        let list = this.bySurname.get(k);
        if (!list) this.bySurname.set(k, (list = []));
        list.push(index);
        if (seq.firstName !== null) {
          const f = seq.firstName;
          let firsts = this.byFirstName.get(f);
          if (!firsts) this.byFirstName.set(f, (firsts = []));
          firsts.push(index);
        }
      }
    }
  }

  /**
   * The gender that gendered titles before this surname show in the article (`Mrs. Clinton` →
   * `f`), `u` when none, when they disagree, or when full names with two first names end in it.
   */
  genderOfSurname(word: string): Gender {
    const k = key(word);
    const g = this.titleGender.get(k) ?? 'u';
    if (g === 'u') return g;
    // (only when one person of the article has that surname: not `Mr. Trump` for Ivanka Trump)
    const firsts = new Set((this.bySurname.get(k) ?? []).slice(0, 50).map((n) => key(this.occurrences[n]?.words[0] ?? '')));
    return firsts.size <= 1 ? g : 'u';
  }

  /** Whether some full name of the article ends with this word. */
  hasSurname(word: string): boolean {
    return this.bySurname.has(key(word));
  }

  /** The full name a short name refers to: the nearest full name before `offset` with that last word, else the first after. */
  fullName(surname: string, offset: number): NameOccurrence | undefined {
    const k = key(surname);
    let list = this.bySurname.get(k);
    if (!list) {
      if (!this.lookups.has(k)) this.lookups.set(k, this.fuzzy(surname));
      list = this.lookups.get(k);
    }
    const near = this.nearest(list, offset);
    if (!near || !list || this.isLocal(near.start, offset)) return near;
    if (!this.introduced.has(k)) this.introduced.set(k, this.firstIntroduced(list));
    return this.introduced.get(k) ?? near;
  }

  /**
   * Whether a full name at `from` is near enough before `offset` to be what a bare surname there
   * means whatever else the article says: in the same paragraph or the one before (at most two line
   * breaks between), within {@link LOCAL_REACH} characters (`Jeb Bush told an Iowa audience … "…,"
   * Bush said.`).
   */
  private isLocal(from: number, offset: number): boolean {
    if (from > offset || offset - from > LOCAL_REACH) return false;
    let breaks = 0;
    // (a loop bounded by `offset`: `indexOf` would run on to the end of a text without line breaks)
    for (let k = from; k < offset; k++) if (this.text.charCodeAt(k) === 10 && ++breaks > 2) return false;
    return true;
  }

  /**
   * Of the persons an article names with one surname (`Hillary Clinton`, `Bill Clinton`), the one it
   * introduces first, whom a bare `Clinton` means away from the others' mentions: news writing names
   * its main subject first and refers to family members or namesakes by their full names or titles.
   * Only names that surely name a person count (two or three words, a known first name or the same
   * full name twice; not a modal verb opening a headline, `Will Sanders Drop Out?`, nor an acronym). Undefined when
   * the surname names one person only, or none surely.
   */
  private firstIntroduced(list: readonly number[]): NameOccurrence | undefined {
    const seen = new Map<string, number>();
    let first: NameOccurrence | undefined;
    let persons = 0;
    for (const index of list.slice(0, MAX_SURNAME_SCAN)) {
      const occ = this.occurrences[index] as NameOccurrence;
      const opener = occ.words[0] as string;
      // (an acronym opens no person's name: `AG Mukasey`, `GOP Rubio`)
      if (occ.words.length > 3 || MODALS.has(opener.toLowerCase()) || ACRONYM.test(opener)) continue;
      const name = occ.words.join(' ').toLowerCase();
      const times = (seen.get(name) ?? 0) + 1;
      seen.set(name, times);
      if (times === 1) persons++;
      if (!first && (firstNameGender(occ.words[0] as string) !== undefined || times === 2)) first = occ;
    }
    return persons > 1 ? first : undefined;
  }

  /** Of the occurrences `list` (indexes in text order), the last one before `offset`, else the first after. */
  private nearest(list: readonly number[] | undefined, offset: number): NameOccurrence | undefined {
    if (!list || list.length === 0) return undefined;
    // (a binary search: the list is in text order, and a name repeated all through a long text would
    // make a scan from its start quadratic)
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.occurrences[list[mid] as number] as NameOccurrence).start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return this.occurrences[list[Math.max(0, lo - 1)] as number];
  }

  /**
   * The full name a lone first name refers to (`Tobias` → `Tobias Wren`): the nearest full name
   * before `offset` opening with it, else the first after; undefined when none.
   */
  fullNameOfFirstName(first: string, offset: number): NameOccurrence | undefined {
    return this.nearest(this.byFirstName.get(key(first)), offset);
  }

  /**
   * The one person named with `title` (a title key: `mayor`, `senator`, `prime minister`) before
   * `offset`, or undefined when none or two different persons carry it there.
   */
  titledPerson(title: string, offset: number): { name: string; gender: Gender } | undefined {
    const list = this.byTitle.get(title);
    if (!list) return undefined;
    let persons = this.titled.get(title);
    if (!persons) {
      persons = { starts: [], persons: [] };
      let only: { name: string; gender: Gender } | null | undefined;
      for (const index of list) {
        const occ = this.occurrences[index] as NameOccurrence;
        const full = occ.words.length === 1 ? this.fullName(occ.words[0] as string, occ.start) ?? occ : occ;
        const name = full.words.join(' ');
        if (only === undefined) only = { name, gender: full.gender !== 'u' ? full.gender : occ.gender };
        else if (only !== null && only.name !== name && !only.name.endsWith(` ${name}`)) only = null;
        persons.starts.push(occ.start);
        persons.persons.push(only);
      }
      this.titled.set(title, persons);
    }
    const lo = countBelow(persons.starts, offset);
    return lo === 0 ? undefined : persons.persons[lo - 1] ?? undefined;
  }

  /** fuse.js over the last words of the full names: catches spelling variants (`MacFarland` / `McFarland`). */
  private fuzzy(surname: string): number[] | undefined {
    const k = key(surname);
    if (k.length < 5) return undefined;
    if (this.fuse === undefined) {
      const keys = [...this.bySurname.keys()];
      this.fuse = keys.length > 0 && keys.length <= MAX_FUZZY_CANDIDATES
        ? new Fuse(keys.map((surname) => ({ surname })), { keys: ['surname'], threshold: 0.2, includeScore: true, ignoreLocation: true })
        : null;
    }
    if (!this.fuse) return undefined;
    const hit = this.fuse.search(k, { limit: 1 })[0];
    return hit ? this.bySurname.get(hit.item.surname) : undefined;
  }

  /**
   * The name sequences that end before `offset`, nearest first, at most `limit` of them and no
   * further back than `reach` characters.
   */
  *before(offset: number, limit: number, reach: number): Generator<NameOccurrence> {
    const occ = this.occurrences;
    let lo = 0;
    let hi = occ.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((occ[mid] as NameOccurrence).start < offset) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1, n = 0; k >= 0 && n < limit; k--, n++) {
      const o = occ[k] as NameOccurrence;
      if (offset - o.start > reach) return;
      yield o;
    }
  }
}

/** Gender and number a descriptor's nouns imply (`spokeswoman` → f, `officials` → plural). */
function descriptorTraits(tokens: readonly Token[]): { gender: Gender; plural: boolean } {
  let gender: Gender = 'u';
  let plural = false;
  for (const t of tokens) {
    const g = ROLE_NOUNS.get(t.lower) ?? TITLES.get(t.lower);
    if (g && g !== 'u') gender = g;
  }
  const head = tokens[tokens.length - 1];
  if (head) {
    const lower = head.lower;
    plural = lower.endsWith('s') && !lower.endsWith('ss') && ROLE_NOUNS.has(lower) && ROLE_NOUNS.has(lower.slice(0, -1)) || pluralAgentNoun(lower) || lower === 'people' || lower === 'men' || lower === 'women' || lower === 'spokespeople';
    if (/^(?:two|three|four|five|several|some|many|both|multiple|numerous|various)$/.test(tokens[0]?.lower ?? '')) plural = true;
  }
  return { gender, plural };
}

/** Canonical text of a descriptor or organization: its words, trailing punctuation removed. */
function phraseText(mention: Mention): string {
  let out = '';
  for (const t of mention.tokens) out += out === '' || t.text === ',' || t.text === '.' ? t.text : ` ${t.text}`;
  return out;
}

/**
 * A descriptor or bare title: the person `the <title>` (`the mayor`, `the prime minister`) refers
 * to when exactly one person was named with that title earlier in the article (`Mayor Daniel
 * Reyes`, `Sen. Jo Li` for `the senator`); otherwise the descriptor as written.
 */
function resolveDescriptor(mention: Mention, index: NameIndex): Entity {
  const tokens = mention.tokens.filter((t) => t.text !== ',' && t.text !== '.');
  // `the senator`, `the former president`, `the Senate Democratic leader`: title words after `the`;
  // the one person the article named with the last two of them, else with the last one (a state or
  // country before the title, `the Florida senator`, is not checked against the person, so it is left)
  if (tokens[0]?.lower === 'the' && tokens.length >= 2 && tokens.length <= 4 && tokens.slice(1).every((t) => TITLES.has(t.lower))) {
    const title = tokens.slice(1).map((t) => titleKey(t.text));
    for (const n of title.length >= 2 ? [2, 1] : [1]) {
      const person = index.titledPerson(title.slice(-n).join(' '), mention.start);
      if (person) return { name: person.name, kind: 'person', gender: person.gender, plural: false };
    }
  }
  const traits = descriptorTraits(mention.tokens);
  return { name: phraseText(mention), kind: 'descriptor', ...traits };
}

/** Resolves a name, descriptor or organization mention to an entity (pronouns: see {@link resolvePronoun}). */
export function resolveMention(mention: Mention, index: NameIndex): Entity {
  if (mention.kind === 'descriptor') return resolveDescriptor(mention, index);
  if (mention.kind === 'organization') {
    return { name: phraseText(mention), kind: 'organization', gender: 'u', plural: false };
  }
  if (mention.kind === 'relative' && mention.antecedent) return resolveMention(mention.antecedent, index);
  if (mention.tokens.some((t) => t.lower === 'and')) {
    // `Moscow and Washington`, `Trump and Ryan`: a group
    return { name: phraseText(mention), kind: 'organization', gender: 'u', plural: true };
  }
  const { words: name, gender, titles } = stripTitles(words(mention.tokens.map((t) => t.text).join(' ')));
  if (name.length === 0) return resolveDescriptor(mention, index);
  // an acronym alone (`CNN`, `FBI`, `NATO`) names an organization, not a person
  if (name.length === 1 && titles.length === 0 && ACRONYM.test(name[0] as string)) return { name: name[0] as string, kind: 'organization', gender: 'u', plural: false };
  let full: readonly string[] = name;
  // a lone word is a surname more often than a first name (`Fallon`, `Kelly`): its gender comes
  // from a title or from the full name it stands for, not from the first-name lists
  let g = name.length === 1 && titles.length === 0 ? 'u' : gender;
  const surname = name[name.length - 1] as string;
  // a lone first name that opens a full name of the article (`Tobias` … `Tobias Wren`), unless it
  // is also a surname there
  const byFirst = name.length === 1 && !index.hasSurname(surname) && firstNameGender(surname) !== undefined ? index.fullNameOfFirstName(surname, mention.start) : undefined;
  if (byFirst) {
    full = byFirst.words;
    if (g === 'u') g = byFirst.gender;
  } else if (name.length === 1 || !firstNameGender(name[0] as string)) {
    const occ = index.fullName(surname, mention.start);
    if (occ && occ.words.length > name.length && key(occ.words[occ.words.length - 1] as string) === key(surname)) {
      full = occ.words;
      if (g === 'u') g = occ.gender;
    } else if (occ && occ.words.length > name.length && name.length === 1) {
      full = occ.words;
      if (g === 'u') g = occ.gender;
    }
  }
  if (g === 'u' && full.length > 1) g = usualSex(full[0] as string) ?? 'u';
  // (`Hillary Clinton` … `Mrs. Clinton`: a gendered title elsewhere in the article)
  if (g === 'u') g = index.genderOfSurname(full[full.length - 1] as string);
  return { name: full.join(' '), kind: 'person', gender: g, plural: false };
}

/** Whether an entity can be what `pronoun` refers to. */
export function agrees(entity: Entity, pronoun: string): boolean {
  const info = PRONOUNS.get(pronoun.toLowerCase());
  if (!info) return true;
  if (info.plural) return entity.plural || entity.kind === 'organization';
  if (entity.plural) return false;
  if (pronoun.toLowerCase() === 'it') return entity.kind === 'organization' || entity.kind === 'descriptor';
  if (entity.kind === 'organization') return false;
  if (info.gender === 'u' || entity.gender === 'u') return true;
  return info.gender === entity.gender;
}

/** Candidate antecedents for a pronoun, nearest first, from the name index (persons only). */
export function* nearbyPersons(index: NameIndex, offset: number): Generator<Entity> {
  for (const occ of index.before(offset, 30, 2500)) {
    if (occ.quoted) continue;
    if (occ.words.length === 1 && speechVerbStrength((occ.words[0] as string).toLowerCase()) > 0) continue;
    const first = occ.words[0] as string;
    if (occ.words.length === 1 && (NOT_NAMES.has(first.toLowerCase()) || ROLE_NOUNS.has(first.toLowerCase()))) continue;
    const full = occ.words.length === 1 ? index.fullName(first, offset) : occ;
    const ws = full ?? occ;
    // only sequences that look like people: a first name, a gender from a title, or a known full name
    if (ws.words.length < 2 && ws.gender === 'u') continue;
    if (ws.words.length > 3 || ws.words.some((w) => ORGANIZATION_NOUNS.has(w.toLowerCase()) || NOT_NAMES.has(w.toLowerCase()))) continue;
    // a title that opens with a gerund (`Stealing America`, `Electing Hillary`) names no person,
    // unless its first word is a first name (`Sterling Brown`)
    const lead = ws.words[0] as string;
    if (ws.words.length > 1 && /ing$/.test(lead) && firstNameGender(lead) === undefined) continue;
    yield { name: ws.words.join(' '), kind: 'person', gender: ws.gender === 'u' ? index.genderOfSurname(ws.words[ws.words.length - 1] as string) : ws.gender, plural: false };
  }
}
