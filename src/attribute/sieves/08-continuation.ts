/**
 * `continuation`: a quotation with no cue of its own that follows a quotation by X, either as a
 * paragraph that is only a quotation right after X's paragraph, or later in the same paragraph
 * with nothing but X's cue in between (`"A," he said. "B."`) or X's cue and one sentence of
 * narration about no one else (`"A," Reyes said. The towns lie far from any TV market. "B."`), is
 * X's (named by the last `he`/`she` cue after X's in X's paragraph, when there is one: `…,"
 * Ostrander said. Rather, he said, …` ¶ `"…"` → `he`). In a dialogue — the two
 * paragraphs before are short turns by two different speakers — a turn without a cue goes back to
 * the earlier speaker instead (method `conversation`; see `conversationTurn` for the
 * narrator and the turn after next). Before both, a full quotation with no cue next to an action
 * sentence — in its paragraph, or ending the paragraph of narration above — takes the one who acts
 * there (`She set down the cup. "…"`, method `action-beat`), so that dialogue turns have speakers;
 * so does a paragraph quotation after X's whose paragraph ends in such a sentence after X's cue
 * (`"…," Vance said. Haddad then rose from his seat.` ¶ `"Who will pay?"`).
 *
 * @module
 */
import { firstNameGender } from '../../lexicon/first-names.js';
import { isBaseForm, speechVerbStrength } from '../../lexicon/speech-verbs.js';
import type { AttributionDocument, Link } from '../document.js';
import { subjectLeft, type Mention } from '../phrases.js';
import { clauseSubject, previousSentenceCue } from '../cues.js';
import { endsSentence, isWord, tokenize, type Token } from '../tokens.js';
import { actionSubject } from './09-previous-sentence.js';
import type { Sieve } from './types.js';

const LETTER = /\p{L}/u;

/** Whether `text` has no letters (only spaces, punctuation and marks). */
function bare(text: string): boolean {
  return !LETTER.test(text);
}

/** Whether the speech verb at token `k` has a named subject of its own, not the one `mention` names (`… but Mayor Vance told reporters`). */
function otherSubject(tokens: readonly Token[], k: number, mention: Mention | null): boolean {
  const subject = subjectLeft(tokens, k);
  if (!subject || (subject.mention.kind !== 'name' && subject.mention.kind !== 'descriptor')) return false;
  // (a lone capitalized word opening a sentence is no name: `Rather, he said, …`)
  if (subject.mention.tokens.length === 1 && (subject.first === 0 || endsSentence(tokens[subject.first - 1]))) return false;
  return !mention || !sameSpeaker(subject.mention, mention);
}

/**
 * Whether quote `prev + 1` continues quote `prev` within one paragraph: later in X's sentence
 * with no new cue in between (`thanked Obama for "A" and "B"`), or opening the sentence right after
 * the one that holds X's cue (`"A," he said on Tuesday. "B."`).
 */
function sameParagraph(doc: AttributionDocument, prev: number, cueEnd: number): boolean {
  const tokens = doc.after(prev);
  let ends = 0;
  let lastEnd = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (endsSentence(tokens[k])) {
      ends += 1;
      lastEnd = k;
    }
  }
  // `"… like a colony." Meanwhile, Clinton endorsed …`: a sentence that ends inside the quotation
  const closedInside = /[.!?]["'”’]*\s*$/.test(doc.quotes[prev]?.text ?? '') && tokens[0]?.kind === 'word' && tokens[0].cap;
  if (ends === 0 && !closedInside) {
    // a new cue in between means a new speaker, unless it has no subject (`… and said that Trump "…"`)
    return !tokens.some((_t, k) => newCue(tokens, k, cueEnd));
  }
  // (a subjectless speech participle opens the next sentence: `… the report "was thin." Adding,
  // "…"` — its subject is the speaker's)
  if (ends === 0) return participleOpener(tokens);
  if (ends === 2) return narrationBetween(doc, prev, tokens, cueEnd);
  if (ends > 1) return false;
  // only the cue's sentence lies between, and the quotation opens the next sentence (after at most
  // a short adverbial: `Trump said. Instead, "…"`)
  let words = 0;
  for (let k = lastEnd + 1; k < tokens.length; k++) if (tokens[k]?.kind === 'word') words += 1;
  // (or a lone conjunction: `…," he said. But "…"`)
  const lone = words === 1 && /^(?:but|and|yet|still|so|also|then)$/.test(tokens[tokens.length - 1]?.lower ?? '');
  // (or an impersonal subject and a copula: `"…," she says. It's "…"`)
  const rest = tokens.slice(lastEnd + 1).map((t) => t.lower).join(' ');
  const copula = /^(?:(?:and|but) )?(?:it|that|this) ?(?:'s|’s|is|was)$/.test(rest);
  if (words > 0 && !lone && !copula && !(words <= 2 && tokens[tokens.length - 1]?.text === ',')) return false;
  const end = tokens[lastEnd];
  if (!end || end.start < cueEnd) return bare(doc.text.slice(doc.closeOf(prev), end ? end.start : doc.closeOf(prev)));
  // a quotation that ends its own sentence, its cue before it: what follows is a new sentence,
  // not the cue's (`He said: "A." And then he promised … . "B."`)
  const cue = doc.links[prev]?.cue;
  if (cue && cue.end <= doc.openOf(prev) && closedInside) return false;
  return true;
}

/**
 * Whether `tokens` (between two quotations) are only a capitalized speech participle and a comma or
 * colon, opening a sentence with no subject of its own (`Adding, "…"`, `Continuing:`), or a
 * connective adverb and a comma (`Indeed, "…"`).
 */
function participleOpener(tokens: readonly Token[]): boolean {
  const [verb, mark] = tokens;
  if (tokens.length !== 2 || !isWord(verb) || !verb.cap || (mark?.text !== ',' && mark?.text !== ':')) return false;
  // (or a connective adverb: `… has gone to prison." Indeed, "…"`)
  return (verb.lower.endsWith('ing') && speechVerbStrength(verb.lower) > 0) || (mark.text === ',' && CONNECTIVES.has(verb.lower));
}

/** Connective adverbs that open a sentence going on with the same point (a grammar-book list). */
const CONNECTIVES = new Set(['indeed', 'moreover', 'furthermore', 'besides', 'also', 'likewise', 'similarly', 'still', 'instead', 'again', 'finally', 'plus']);

/** At most this many tokens make the narration sentence `narrationBetween` lets a speech run on over. */
const NARRATION_TOKENS = 40;

/**
 * For `sameParagraph`, with two sentence ends in `tokens` (what lies between quote `prev` and the
 * next): whether the next quotation opens the sentence after one sentence of narration that
 * follows X's cue sentence and is about no other speaker — no quotation mark, no speech verb, no
 * subject naming someone else (`"…," Alma Reyes said. The towns lie far from any TV market. "That's
 * a tough area."`, `"…," says Nia Oduya. Oduya backs the levy. "…"`).
 */
function narrationBetween(doc: AttributionDocument, prev: number, tokens: readonly Token[], cueEnd: number): boolean {
  const link = doc.links[prev];
  const mention = link?.mention;
  // X's cue after X's quotation, ending its own sentence
  if (!mention || !link.cue || link.cue.start < doc.closeOf(prev)) return false;
  const first = tokens.findIndex((t) => endsSentence(t));
  const last = tokens.length - 1;
  if (first < 0 || !endsSentence(tokens[last]) || tokens[last]?.kind === 'para' || (tokens[first] as Token).start < cueEnd) return false;
  if (last - first > NARRATION_TOKENS || last - first < 3) return false;
  for (let k = first + 1; k < last; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'mark' || t.kind === 'para' || (isWord(t) && !t.cap && speechVerbStrength(t.lower) > 0)) return false;
  }
  const subject = clauseSubject(tokens, first + 1, last);
  if (!subject) return false;
  const kind = subject.mention.kind;
  if (kind !== 'name' && kind !== 'descriptor') return true;
  // (the same words, or the surname alone: not `Betsy Ebeling` after `Tom Ebeling`)
  const words = (m: Mention): string[] => m.tokens.map((t) => t.lower);
  const [a, b] = [words(subject.mention), words(mention)];
  if (a.join(' ') === b.join(' ')) return true;
  return kind === 'name' && mention.kind === 'name' && (a.length === 1 || b.length === 1) && a[a.length - 1] === b[b.length - 1];
}

/** At most this many words outside quotations make a paragraph a dialogue turn (a cue or a short action beat). */
const TURN_WORDS = 30;

/** At most this many words make a quotation with no cue a reply in a dialogue. */
const REPLY_WORDS = 30;

/** A dialogue turn: a paragraph of full quotations with at most a short cue or beat. */
interface Turn {
  /** Index of its first and last quotation. */
  readonly first: number;
  readonly last: number;
  /** The quotation whose link names the speaker (`-1`: no quotation of the turn is linked yet). */
  readonly source: number;
  /** The phrase naming the speaker, or `null`. */
  readonly mention: Mention | null;
}

/** The phrase a link names, following copied links back to the quotation that has one. */
function mentionOf(doc: AttributionDocument, k: number): { mention: Mention; from: number } | null {
  for (let hops = 0; hops < 50; hops++) {
    const link = doc.links[k];
    if (!link) return null;
    if (link.mention) return { mention: link.mention, from: k };
    if (link.from === undefined || link.from === k) return null;
    k = link.from;
  }
  return null;
}

/** The quotations of paragraph `p` as a dialogue turn, found from quotation `near` (any index close to them), or `null`. */
function turnAt(doc: AttributionDocument, p: number, near: number): Turn | null {
  if (p < 0) return null;
  let k = Math.min(Math.max(near, 0), doc.quotes.length - 1);
  while (k > 0 && doc.paragraphOf(doc.openOf(k)) > p) k -= 1;
  while (k < doc.quotes.length - 1 && doc.paragraphOf(doc.openOf(k)) < p) k += 1;
  if (k < 0 || doc.paragraphOf(doc.openOf(k)) !== p) return null;
  let first = k;
  while (first > 0 && doc.paragraphOf(doc.openOf(first - 1)) === p) first -= 1;
  let last = k;
  while (last + 1 < doc.quotes.length && doc.paragraphOf(doc.openOf(last + 1)) === p) last += 1;
  // full quotations only, and few words outside them
  let words = 0;
  let at = doc.paragraphStart(p);
  for (let q = first; q <= last; q++) {
    if (doc.quotes[q]?.kind === 'partial') return null;
    words += (doc.text.slice(at, doc.openOf(q)).match(/\p{L}+/gu) ?? []).length;
    at = doc.closeOf(q);
  }
  words += (doc.text.slice(at, doc.paragraphEnd(p)).match(/\p{L}+/gu) ?? []).length;
  if (words > TURN_WORDS) return null;
  for (let q = first; q <= last; q++) {
    const m = mentionOf(doc, q);
    if (m) return { first, last, source: m.from, mention: m.mention };
  }
  return { first, last, source: -1, mention: null };
}

/** Whether two speaker phrases name the same speaker as far as stage 1 can tell (`Mr. Abernathy` = `Abernathy`, `he` = `He`). */
function sameSpeaker(a: Mention, b: Mention): boolean {
  const key = (m: Mention): string => m.tokens.map((t) => t.lower).join(' ');
  if (key(a) === key(b)) return true;
  if (a.kind === 'name' && b.kind === 'name') return a.tokens[a.tokens.length - 1]?.lower === b.tokens[b.tokens.length - 1]?.lower;
  return false;
}

/** A speaker phrase a dialogue turn may be credited to (a person, not an organization). */
function personal(m: Mention): boolean {
  return m.kind === 'pronoun' || m.kind === 'name' || m.kind === 'descriptor';
}

/** Verbs of a reported question, the turn a reply answers (`I asked whether …`). */
const ASKING = /^(?:ask|asks|asked|wondered|inquired|enquired|queried)$/;

/** How far back (characters) a first-person narrator's `I` is looked for in the narration. */
const NARRATOR_REACH = 3000;

/** How many quotations back the narration is searched for the narrator (bounds the work in dense dialogue). */
const NARRATOR_QUOTES = 50;

/** The narrator's nearest `I` in the narration (outside quotations) before quotation `i`, as a phrase, or `null`. */
function narratorBefore(doc: AttributionDocument, i: number): Mention | null {
  const floor = Math.max(0, doc.openOf(i) - NARRATOR_REACH);
  for (let k = i - 1; k >= -1 && k >= i - NARRATOR_QUOTES; k--) {
    const from = Math.max(floor, k >= 0 ? doc.closeOf(k) : 0);
    const to = doc.openOf(k + 1);
    if (to <= floor) break;
    const gap = doc.text.slice(from, to);
    const found = [...gap.matchAll(/(?<![\p{L}'’])I(?![\p{L}'’.])/gu)].pop();
    if (found?.index !== undefined) {
      const token = tokenize(doc.text, from + found.index, from + found.index + 1)[0];
      if (isWord(token) && token.text === 'I') return { start: token.start, end: token.end, kind: 'pronoun', tokens: [token] };
    }
  }
  return null;
}

/**
 * For quote `i`, a paragraph that is only a short quotation (at most `REPLY_WORDS` words),
 * right after a dialogue turn by B: the speaker of the turn when speakers alternate (else `null`,
 * and the turn continues B's):
 *
 * 1. the speaker A of the turn before B's, when A is not B (`"Where?" she asked.` ¶ `"Out," he
 *    said.` ¶ `"Out where?"`); a paragraph of narration that ends in a reported question counts
 *    as a turn (`I asked whether she had ever rented an office.` ¶ `"Once." She poured …` ¶ `"…"`);
 * 2. in a first-person narration, between two turns by B: the narrator (`"You packed light," he
 *    said.` ¶ `"I'm not staying long."` ¶ `"That's what you said at Christmas." He pulled out …`);
 * 3. in a third-person narration, the speaker C of the turn after next when the next turn has no
 *    speaker yet and C is not B (`"…," Louisa said.` ¶ `"A"` ¶ `"B"` ¶ `Harriet laid down the
 *    shears. "…"`: A is Harriet's, B Louisa's).
 */
function conversationTurn(doc: AttributionDocument, i: number): { mention: Mention; from: number | undefined } | null {
  // a reply is short; a long paragraph after a cue goes on with the speech (news)
  if ((doc.quotes[i]?.text.match(/\p{L}+/gu) ?? []).length > REPLY_WORDS) return null;
  // (not the next paragraph of a quotation that runs on: `"… child.` ¶ `"I read too much …"`)
  if (i > 0 && doc.quotes[i - 1]?.close === null) return null;
  const p = doc.paragraphOf(doc.openOf(i));
  const b = turnAt(doc, p - 1, i - 1);
  if (!b?.mention || !personal(b.mention)) return null;
  // 1. the turn before
  const a = turnAt(doc, p - 2, b.first - 1);
  if (a?.mention) {
    // (a name or pronoun: a descriptor two turns back is often the same person — `the
    // two-term president will say` ¶ `"…," he will say.` ¶ `"…"`)
    if ((a.mention.kind === 'name' || a.mention.kind === 'pronoun') && !sameSpeaker(a.mention, b.mention)) return { mention: a.mention, from: a.source };
  } else if (!a && b.first > 0 && doc.paragraphOf(doc.closeOf(b.first - 1) - 1) < p - 2 && doc.before(b.first).length === 0) {
    const reported = previousSentenceCue(doc, b.first, []);
    const asking = ASKING.test(reported?.cue?.text.split(/\s+/)[0]?.toLowerCase() ?? '');
    if (asking && reported?.mention && personal(reported.mention) && !sameSpeaker(reported.mention, b.mention)) return { mention: reported.mention, from: undefined };
  }
  const next = turnAt(doc, p + 1, i + 1);
  if (!next) return null;
  const narrator = narratorBefore(doc, i);
  // 2. the narrator, between two turns by the same speaker
  if (narrator) {
    if (next.mention && sameSpeaker(next.mention, b.mention) && !sameSpeaker(narrator, b.mention)) return { mention: narrator, from: undefined };
    return null;
  }
  // 3. the turn after next
  if (next.mention) return null;
  const c = turnAt(doc, p + 2, next.last + 1);
  if (c?.mention && personal(c.mention) && !sameSpeaker(c.mention, b.mention)) return { mention: c.mention, from: c.source };
  return null;
}

/**
 * Whether quote `i` continues the utterance of quote `i - 1` later in the same sentence (no new
 * cue in between): `vented that it would be "incredibly ugly," "a huge shock" and "a fight …"`.
 */
export function continuesSentence(doc: AttributionDocument, i: number): boolean {
  const prev = doc.links[i - 1];
  if (i < 1 || !prev) return false;
  if (doc.paragraphOf(doc.openOf(i)) !== doc.paragraphOf(Math.max(0, doc.closeOf(i - 1) - 1))) return false;
  const cueEnd = Math.max(doc.closeOf(i - 1), prev.cue?.end ?? 0, prev.mention?.end ?? 0);
  const tokens = doc.after(i - 1);
  if (tokens.some((t) => endsSentence(t))) return false;
  return !tokens.some((_t, k) => newCue(tokens, k, cueEnd));
}

/** Whether token `k` is a speech verb past `cueEnd` that opens a new cue (not `and said`, a participle, or a passive `was reported`). */
function newCue(tokens: readonly Token[], k: number, cueEnd: number): boolean {
  const t = tokens[k];
  // (a capitalized word is a name, not a verb: `the United States`)
  if (!t || t.kind !== 'word' || t.cap || t.start < cueEnd || speechVerbStrength(t.lower) === 0 || t.lower.endsWith('ing')) return false;
  const prev = tokens[k - 1]?.lower ?? '';
  // a bare base form is a noun (`insecure email server`, `his comment`) unless a subject pronoun
  // or an auxiliary makes it a verb (`they say`, `will tell`)
  if (isBaseForm(t.lower) && !/^(?:i|we|you|they|will|would|can|could|should|may|might|must|did|do|does)$/.test(prev)) return false;
  // a plural noun the quotation modifies (`"mean-spirited" comments do not …`): an -s form right
  // after the quotation, with a verb of its own after it
  if (k === 0 && t.lower.endsWith('s') && isWord(tokens[1]) && !(tokens[1] as Token).cap) return false;
  return prev !== 'and' && prev !== 'but' && !/^(?:was|were|is|are|been|be|being)$/.test(prev);
}

/**
 * Whether quote `i` continues quote `i - 2` across the title `i - 1` in the same paragraph: the
 * cue sentence of `i - 2` (holding the title) ends right before `i`.
 */
function overTitle(doc: AttributionDocument, i: number): boolean {
  if (i < 2 || !doc.links[i - 2]?.mention) return false;
  const p = doc.paragraphOf(doc.openOf(i));
  if (doc.paragraphOf(doc.openOf(i - 2)) !== p) return false;
  // a title that ends the sentence (`on ABC's "Good Morning America."`): nothing may follow it
  if (/[.!?]["'”’]*\s*$/.test(doc.quotes[i - 1]?.text ?? '')) {
    return !doc.after(i - 2).some((t) => endsSentence(t)) && !doc.after(i - 1).some((t) => t.kind === 'word');
  }
  const tokens = [...doc.after(i - 2), ...doc.after(i - 1)];
  let ends = 0;
  let last = -1;
  tokens.forEach((t, k) => {
    if (endsSentence(t)) {
      ends += 1;
      last = k;
    }
  });
  if (ends > 1) return false;
  // `"…," Graham said on MSNBC's "Morning Joe," adding, "…"`: the same sentence goes on (no new
  // cue in between); after a sentence end, the quotation must open the next sentence
  if (ends === 1) for (let k = last + 1; k < tokens.length; k++) if (tokens[k]?.kind === 'word') return false;
  return !tokens.some((_t, k) => k > 0 && newCue(tokens, k, doc.closeOf(i - 1)));
}

/** Whether a quotation is a label of one or two words ending in a colon (`"Related:"`), not speech. */
export function label(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 40 && /^\S+(?:\s\S+)?:$/.test(trimmed);
}

/** Single quotation marks. */
const SINGLE_MARKS = new Set(["'", '‘', '’']);

/**
 * Whether quote `i` is a subheading: in single marks where the quotation before it has double
 * ones — news quotes in double marks and sets quoted headings in single ones (`"…," he says.` ¶
 * `'We're vetting candidates!'` ¶ `It is awkward to …`).
 */
export function subheading(doc: AttributionDocument, i: number): boolean {
  const mark = doc.quotes[i]?.open.mark ?? '';
  const before = doc.quotes[i - 1]?.open.mark ?? '';
  return SINGLE_MARKS.has(mark) && before !== '' && !SINGLE_MARKS.has(before);
}

/** Whether a quotation's own words end a sentence (`"I just did."`, `"Where is Paul?"`). */
function closesSentence(text: string): boolean {
  return /[.!?…][)\]]?\s*$/.test(text);
}

/**
 * Action beats: a full quotation with no cue that stands next to an action sentence in its
 * paragraph belongs to the one who acts there — right before it (`She set down the cup. "…"`)
 * or, when the quotation opens the paragraph and ends a sentence, right after it (`"I just
 * did." She tore the bag open.`). Method `action-beat`.
 */
function actionBeats(doc: AttributionDocument): void {
  for (let i = 0; i < doc.quotes.length; i++) {
    const q = doc.quotes[i];
    if (doc.links[i] || doc.blocked.has(i) || !q || q.kind === 'partial') continue;
    const subject = beatBefore(doc, i) ?? beatAfter(doc, i) ?? beatAbove(doc, i);
    if (subject) doc.link(i, { mention: subject, cue: null, method: 'action-beat', strength: 1 });
  }
}

/** The actor of the sentence right before quote `i` in its paragraph, when the quotation opens the next sentence. */
function beatBefore(doc: AttributionDocument, i: number): Mention | null {
  const tokens = doc.before(i);
  const last = tokens.length - 1;
  if (last < 1 || !endsSentence(tokens[last]) || tokens[last]?.kind === 'para') return null;
  if (tokens.some((t) => t.kind === 'mark' || t.kind === 'para')) return null;
  // the window must reach back to a sentence start: the paragraph start or a quotation's end
  const from = tokens[0]?.start ?? 0;
  const para = doc.paragraphStart(doc.paragraphOf(doc.openOf(i)));
  if (from - para > 0 && !(i > 0 && doc.closeOf(i - 1) >= para && /^\s*$/.test(doc.text.slice(doc.closeOf(i - 1), from)) && closesSentence(doc.quotes[i - 1]?.text ?? ''))) return null;
  // a quotation that goes on into its own cue (`"…," one employee told …`) is not the beat's
  if (/,\s*$/.test(doc.quotes[i]?.text ?? '') || (speechAfter(doc, i) && !narrationAfter(doc, i))) return null;
  let s = last;
  while (s > 0 && !endsSentence(tokens[s - 1])) s -= 1;
  return actionSubject(doc.text, tokens, s, last);
}

/** How many tokens after a quotation a cue that follows it has its speech verb within (`Judge Hale asked`). */
const CUE_AFTER_TOKENS = 4;

/**
 * Whether a new sentence of narration follows quote `i`, which closes its own sentence: a
 * capitalized word and no speech verb among the next few tokens (`"Mr. Alder?" I had prepared a
 * statement, but decided to speak freely.`; not `"Why?" Judge Hale asked.`).
 */
function narrationAfter(doc: AttributionDocument, i: number): boolean {
  if (!closesSentence(doc.quotes[i]?.text ?? '')) return false;
  const tokens = doc.after(i);
  if (!isWord(tokens[0]) || !tokens[0].cap) return false;
  return !tokens.slice(0, CUE_AFTER_TOKENS + 1).some((t) => isWord(t) && !t.cap && speechVerbStrength(t.lower) > 0);
}

/** Whether the rest of the sentence after quote `i` holds a speech verb (a cue the other sieves did not read). */
export function speechAfter(doc: AttributionDocument, i: number): boolean {
  for (const t of doc.after(i)) {
    if (endsSentence(t)) return false;
    if (isWord(t) && !t.cap && speechVerbStrength(t.lower) > 0) return true;
  }
  return false;
}

/**
 * The actor of the last sentence of the paragraph before quote `i`, when that paragraph is
 * narration (no quotation) and quote `i` opens a paragraph of nothing but quotations in the first
 * or second person (`Paul came in backwards. He looked from one to the other.` ¶ `"What did I do?"`).
 */
function beatAbove(doc: AttributionDocument, i: number): Mention | null {
  const open = doc.openOf(i);
  const p = doc.paragraphOf(open);
  if (p === 0 || !bare(doc.text.slice(doc.paragraphStart(p), open))) return null;
  if (i > 0 && doc.paragraphOf(doc.openOf(i - 1)) >= p - 1) return null;
  // speech, not a heading (`'A change warrior.'`): the quotation speaks in the first or second person
  if (!quotationsOnly(doc, i) || !SPEAKING.test(doc.quotes[i]?.text ?? '')) return null;
  const from = Math.max(doc.paragraphStart(p - 1), doc.paragraphStart(p) - WINDOW_ABOVE, i > 0 ? doc.closeOf(i - 1) : 0);
  const tokens = tokenize(doc.text, from, doc.paragraphStart(p), doc.lineBreaks).filter((t) => t.kind !== 'para');
  const last = tokens.length - 1;
  if (last < 1 || !endsSentence(tokens[last]) || tokens.some((t) => t.kind === 'mark')) return null;
  let s = last;
  while (s > 0 && !endsSentence(tokens[s - 1])) s -= 1;
  if (s === 0 && from > doc.paragraphStart(p - 1)) return null;
  return actionSubject(doc.text, tokens, s, last);
}

/** First- and second-person words: a quotation holding one is someone speaking. */
const SPEAKING = /\b(?:I|I'm|I’m|me|my|we|We|us|our|you|You|your)\b/;

/** How far back (characters) the last sentence of the paragraph above is read. */
const WINDOW_ABOVE = 320;

/** Whether the paragraph of quote `i` holds nothing after it but quotations and punctuation. */
function quotationsOnly(doc: AttributionDocument, i: number): boolean {
  const paraEnd = doc.paragraphEnd(doc.paragraphOf(doc.openOf(i)));
  let k = i;
  let at = doc.closeOf(i);
  while (k + 1 < doc.quotes.length && doc.openOf(k + 1) < paraEnd) {
    if (!bare(doc.text.slice(at, doc.openOf(k + 1)))) return false;
    k += 1;
    at = doc.closeOf(k);
  }
  return bare(doc.text.slice(at, paraEnd));
}

/** The actor of the sentence right after quote `i`, when the quotation opens its paragraph and ends a sentence. */
function beatAfter(doc: AttributionDocument, i: number): Mention | null {
  const q = doc.quotes[i];
  if (!q || !closesSentence(q.text)) return null;
  const open = doc.openOf(i);
  if (!bare(doc.text.slice(doc.paragraphStart(doc.paragraphOf(open)), open))) return null;
  const tokens = doc.after(i);
  let e = 0;
  while (e < tokens.length && !endsSentence(tokens[e])) e += 1;
  if (e >= tokens.length || tokens[e]?.kind === 'para') return null;
  return actionSubject(doc.text, tokens, 0, e);
}

/**
 * The actor of a sentence that ends the paragraph of quote `prev` after its cue (ending at
 * `cueEnd`): `"…," Trump added. He then had a question for the crowd.` → `He`.
 */
function trailingActor(doc: AttributionDocument, prev: number, cueEnd: number): Mention | null {
  const tokens = doc.after(prev).filter((t) => t.start >= cueEnd && t.kind !== 'para');
  const last = tokens.length - 1;
  if (last < 2 || !endsSentence(tokens[last])) return null;
  let s = last;
  while (s > 0 && !endsSentence(tokens[s - 1])) s -= 1;
  if (s === 0) return null;
  return actionSubject(doc.text, tokens, s, last);
}

/** The `continuation` sieve. */
export const continuation: Sieve = {
  name: 'continuation',
  run(doc: AttributionDocument): void {
    actionBeats(doc);
    continueQuotes(doc);
  },
};

/**
 * The continuation rule (see the module comment) over the quotations still unattributed. With
 * `paragraphsOnly`, only a paragraph that is a quotation continues the one before it: the
 * `clause-subject` sieve runs it again last, so that links made by the later sieves carry on
 * (`Pryor spent the morning fighting "a bailout …"` ¶ `"I will not put my name on this."`).
 */
export function continueQuotes(doc: AttributionDocument, paragraphsOnly = false): void {
  for (let i = 1; i < doc.quotes.length; i++) {
    if (doc.links[i]) continue;
    if (!paragraphsOnly && doc.blocked.has(i - 1) && !doc.links[i - 1] && overTitle(doc, i)) {
      // `"…," Sanders said on CNN's "State of the Union" Sunday. "…"`: a title in between
      const before = doc.links[i - 2] as Link;
      doc.link(i, { mention: before.mention, cue: null, method: 'continuation', strength: before.strength, from: before.from ?? i - 2 });
      continue;
    }
    // (`He said, "We will fix the roads" - and the crowd cheered "Fix them!" - "and the bridges
    // too"`: a quotation that goes on with a lower-case word after an aside set off by dashes
    // continues the one before the aside)
    const resumed = paragraphsOnly ? null : afterAside(doc, i);
    if (resumed) {
      doc.link(i, { mention: resumed.mention, cue: null, method: 'continuation', strength: resumed.strength, from: resumed.from ?? i - 2 });
      continue;
    }
    // (`"I don't think the polls" - that the race is over - "are right," he says`: a fragment
    // whose sentence goes on past an aside set off by dashes into a quotation with its own cue
    // after it shares that cue)
    const resumedBy = paragraphsOnly ? null : beforeAside(doc, i);
    if (resumedBy) {
      // (the mention itself, not a copy of the later link: that one's pronoun may be resolved
      // through this quotation's speaker)
      doc.link(i, { mention: resumedBy.mention, cue: resumedBy.cue, method: 'continuation', strength: resumedBy.strength });
      continue;
    }
    const prev = doc.links[i - 1];
    if (!prev) continue;
    const open = doc.openOf(i);
    const p = doc.paragraphOf(open);
    const prevClose = doc.closeOf(i - 1);
    const pp = doc.paragraphOf(Math.max(0, prevClose - 1));
    // what lies between: the previous quotation's own cue, then nothing else
    let gapFrom = prevClose;
    if (prev.cue && prev.cue.end > gapFrom && prev.cue.end <= open) gapFrom = prev.cue.end;
    if (prev.mention && prev.mention.end > gapFrom && prev.mention.end <= open) gapFrom = prev.mention.end;
    let ok = false;
    if (p === pp) {
      if (paragraphsOnly) continue;
      ok = sameParagraph(doc, i - 1, gapFrom);
    } else if (p === pp + 1 || (p === pp + 2 && !paragraphsOnly && stageDirection(doc, pp + 1))) {
      // (not past a new cue after X's in X's paragraph: `Critics called it "a sham," but Mayor
      // Vance told reporters she was done.` ¶ `"…"` is Vance's)
      const tail = doc.after(i - 1);
      if (tail.some((_t, k) => newCue(tail, k, gapFrom) && otherSubject(tail, k, prev.mention))) continue;
      // the quotation opens its paragraph
      const paraStart = doc.paragraphStart(p);
      ok = bare(doc.text.slice(paraStart, open)) && !subheading(doc, i) && !label(doc.quotes[i]?.text ?? '');
      if (ok) {
        // and nothing but quotations and punctuation follow it in the paragraph
        const paraEnd = doc.paragraphEnd(p);
        let k = i;
        let at = doc.closeOf(i);
        while (k + 1 < doc.quotes.length && doc.openOf(k + 1) < paraEnd) {
          if (!bare(doc.text.slice(at, doc.openOf(k + 1)))) break;
          k += 1;
          at = doc.closeOf(k);
        }
        ok = bare(doc.text.slice(at, Math.min(paraEnd, at + 400))) || (doc.quotes[i]?.close === null);
      }
    }
    if (!ok) continue;
    // (`"…"` ¶ `Pause.` ¶ `"…"`: the same speaker goes on past a one-word stage direction)
    if (p === pp + 2) {
      doc.link(i, { mention: prev.mention, cue: null, method: 'continuation', strength: prev.strength, from: prev.from ?? i - 1 });
      continue;
    }
    // a turn in a dialogue: two different speakers in the two paragraphs before, and this turn
    // has no cue — it goes back to the first speaker (`"Where?" she asked.` ¶ `"Out," he said.` ¶ `"Out where?"`)
    if (p === pp + 1) {
      // the paragraph before ends in an action sentence after the cue: its actor
      const trailing = trailingActor(doc, i - 1, gapFrom);
      if (trailing) {
        doc.link(i, { mention: trailing, cue: null, method: 'action-beat', strength: 1 });
        continue;
      }
      const other = conversationTurn(doc, i);
      if (other !== null) {
        const link: Link = other.from === undefined
          ? { mention: other.mention, cue: null, method: 'conversation', strength: 1 }
          : { mention: other.mention, cue: null, method: 'conversation', strength: 1, from: other.from };
        doc.link(i, link);
        continue;
      }
    }
    // (a later cue of X's by a pronoun in X's paragraph: `"…," Humphrey said. Rather, he said,
    // the struggles will …` ¶ `"…"`: that pronoun names X nearest)
    const later = p === pp + 1 ? laterPronoun(doc.after(i - 1), gapFrom) : null;
    const link: Link = later
      ? { mention: later.mention, cue: later.cue, method: 'continuation', strength: prev.strength }
      : { mention: prev.mention, cue: null, method: 'continuation', strength: prev.strength, from: prev.from ?? i - 1 };
    doc.link(i, link);
  }
}

/** A dash that sets off an aside (`-` between spaces, en or em dash). */
const ASIDE_DASH = /(?:\s-\s|[–—])/u;

/**
 * For a quotation `i` that opens with a lower-case letter: the link of quotation `i - 2` when
 * that one ends with no full stop and quotation `i - 1` stands between them in an aside set off
 * by dashes in the same paragraph (`"… build the wall" - at which point the crowd chanted "…!" -
 * "and restore …"`), else `null`.
 */
function afterAside(doc: AttributionDocument, i: number): Link | null {
  if (i < 2 || !/^\p{Ll}/u.test(doc.quotes[i]?.text ?? '')) return null;
  const first = doc.links[i - 2];
  if (!first || /[.!?…]["'”’]*\s*$/.test(doc.quotes[i - 2]?.text ?? '')) return null;
  const p = doc.paragraphOf(doc.openOf(i));
  if (doc.paragraphOf(doc.openOf(i - 2)) !== p) return null;
  const before = doc.text.slice(doc.closeOf(i - 2), doc.openOf(i - 1));
  const after = doc.text.slice(doc.closeOf(i - 1), doc.openOf(i));
  if (before.length > 200 || after.length > 20) return null;
  return ASIDE_DASH.test(before) && ASIDE_DASH.test(after) && bare(after) ? first : null;
}

/**
 * For a quotation `i` that does not close its sentence: the link of quotation `i + 1` when an
 * aside set off by dashes, with no quotation, lies between them in the same paragraph, quotation
 * `i + 1` goes on with a lower-case word and a cue after it named its speaker, else `null`.
 */
function beforeAside(doc: AttributionDocument, i: number): Link | null {
  if (i + 1 >= doc.quotes.length || closesSentence(doc.quotes[i]?.text ?? '')) return null;
  const next = doc.links[i + 1];
  if (!next?.mention || !next.cue || next.cue.start < doc.closeOf(i + 1) || !/^\p{Ll}/u.test(doc.quotes[i + 1]?.text ?? '')) return null;
  const between = doc.text.slice(doc.closeOf(i), doc.openOf(i + 1));
  if (between.length > 200 || /\n/.test(between)) return null;
  return /^\s*(?:\s-{1,2}\s|[–—])/u.test(between) && /(?:\s-{1,2}\s|[–—])\s*$/u.test(between) ? next : null;
}

/** A paragraph that is one capitalized word and a full stop, a stage direction (`Pause.`, `Laughter.`, `(Applause.)`). */
const STAGE_DIRECTION = /^\s*\(?\p{Lu}\p{Ll}+\.\)?\s*$/u;

/**
 * Whether paragraph `p` is a stage direction between two quotations by one speaker: one
 * capitalized word that is not a first name (`Pause.`; not `Anna.`).
 */
function stageDirection(doc: AttributionDocument, p: number): boolean {
  const start = doc.paragraphStart(p);
  const end = doc.paragraphEnd(p);
  if (end - start > 24) return false;
  const text = doc.text.slice(start, end);
  return STAGE_DIRECTION.test(text) && firstNameGender(text.replace(/[^\p{L}]/gu, '')) === undefined;
}

/** The last speech cue in `tokens` past `cueEnd` whose subject is `he` or `she`, or `null`. */
function laterPronoun(tokens: readonly Token[], cueEnd: number): { mention: Mention; cue: { start: number; end: number; text: string } } | null {
  for (let k = tokens.length - 1; k > 0; k--) {
    if (!newCue(tokens, k, cueEnd)) continue;
    const subject = subjectLeft(tokens, k);
    if (subject?.mention.kind === 'pronoun' && /^(?:he|she)$/.test(subject.mention.tokens[0]?.lower ?? '')) {
      const t = tokens[k] as Token;
      return { mention: subject.mention, cue: { start: t.start, end: t.end, text: t.text } };
    }
  }
  return null;
}
