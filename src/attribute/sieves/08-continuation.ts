/**
 * `continuation`: a quotation with no cue of its own that follows a quotation by X, either as a
 * paragraph that is only a quotation right after X's paragraph, or later in the same paragraph
 * with nothing but X's cue in between (`"A," he said. "B."`), is X's. In a dialogue — the two
 * paragraphs before are short turns by two different speakers — a turn without a cue goes back to
 * the earlier speaker instead (method `conversation`). Before both, a full quotation with no cue
 * next to an action sentence of its paragraph takes the one who acts there (`She set down the
 * cup. "…"`, method `action-beat`), so that dialogue turns have their speakers.
 *
 * @module
 */
import { isBaseForm, speechVerbStrength } from '../../lexicon/speech-verbs.js';
import type { AttributionDocument, Link } from '../document.js';
import type { Mention } from '../phrases.js';
import { endsSentence, isWord, type Token } from '../tokens.js';
import { actionSubject } from './09-previous-sentence.js';
import type { Sieve } from './types.js';

const LETTER = /\p{L}/u;

/** Whether `text` has no letters (only spaces, punctuation and marks). */
function bare(text: string): boolean {
  return !LETTER.test(text);
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
  if (ends === 0) return false;
  if (ends > 1) return false;
  // only the cue's sentence lies between, and the quotation opens the next sentence (after at most
  // a short adverbial: `Trump said. Instead, "…"`)
  let words = 0;
  for (let k = lastEnd + 1; k < tokens.length; k++) if (tokens[k]?.kind === 'word') words += 1;
  // (or a lone conjunction: `…," he said. But "…"`)
  const lone = words === 1 && /^(?:but|and|yet|still|so|also|then)$/.test(tokens[tokens.length - 1]?.lower ?? '');
  if (words > 0 && !lone && !(words <= 2 && tokens[tokens.length - 1]?.text === ',')) return false;
  const end = tokens[lastEnd];
  if (!end || end.start < cueEnd) return bare(doc.text.slice(doc.closeOf(prev), end ? end.start : doc.closeOf(prev)));
  return true;
}

/** Whether paragraph `p` holds quote `i` and nothing else but its cue (at most `words` words outside quotations). */
function shortTurn(doc: AttributionDocument, i: number): boolean {
  const p = doc.paragraphOf(doc.openOf(i));
  const before = doc.text.slice(doc.paragraphStart(p), doc.openOf(i));
  const after = doc.text.slice(doc.closeOf(i), Math.min(doc.paragraphEnd(p), doc.closeOf(i) + 200));
  if (i + 1 < doc.quotes.length && doc.openOf(i + 1) < doc.paragraphEnd(p)) return false;
  return bare(before) && (after.match(/\p{L}+/gu) ?? []).length <= 6;
}

/**
 * For quote `i` opening a paragraph: when the two quotations before it are short turns in the two
 * paragraphs before, by two different speakers, the link of the earlier one (else `null`).
 */
function conversationTurn(doc: AttributionDocument, i: number): { mention: Link['mention']; from: number } | null {
  if (i < 2) return null;
  const p = doc.paragraphOf(doc.openOf(i));
  const a = doc.links[i - 2];
  const b = doc.links[i - 1];
  if (!a?.mention || !b?.mention) return null;
  if (doc.paragraphOf(doc.openOf(i - 1)) !== p - 1 || doc.paragraphOf(doc.openOf(i - 2)) !== p - 2) return null;
  if (!shortTurn(doc, i - 1) || !shortTurn(doc, i - 2)) return null;
  const key = (m: NonNullable<Link['mention']>): string => m.tokens.map((t) => t.lower).join(' ');
  if (key(a.mention) === key(b.mention)) return null;
  if (a.mention.kind !== 'pronoun' && a.mention.kind !== 'name') return null;
  return { mention: a.mention, from: a.from ?? i - 2 };
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
    const subject = beatBefore(doc, i) ?? beatAfter(doc, i);
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
  if (/,\s*$/.test(doc.quotes[i]?.text ?? '') || speechAfter(doc, i)) return null;
  let s = last;
  while (s > 0 && !endsSentence(tokens[s - 1])) s -= 1;
  return actionSubject(tokens, s, last);
}

/** Whether the rest of the sentence after quote `i` holds a speech verb (a cue the other sieves did not read). */
function speechAfter(doc: AttributionDocument, i: number): boolean {
  for (const t of doc.after(i)) {
    if (endsSentence(t)) return false;
    if (isWord(t) && !t.cap && speechVerbStrength(t.lower) > 0) return true;
  }
  return false;
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
  return actionSubject(tokens, 0, e);
}

/** The `continuation` sieve. */
export const continuation: Sieve = {
  name: 'continuation',
  run(doc: AttributionDocument): void {
    actionBeats(doc);
    for (let i = 1; i < doc.quotes.length; i++) {
      if (doc.links[i]) continue;
      if (doc.blocked.has(i - 1) && !doc.links[i - 1] && overTitle(doc, i)) {
        // `"…," Sanders said on CNN's "State of the Union" Sunday. "…"`: a title in between
        const before = doc.links[i - 2] as Link;
        doc.link(i, { mention: before.mention, cue: null, method: 'continuation', strength: before.strength, from: before.from ?? i - 2 });
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
        ok = sameParagraph(doc, i - 1, gapFrom);
      } else if (p === pp + 1) {
        // the quotation opens its paragraph
        const paraStart = doc.paragraphStart(p);
        ok = bare(doc.text.slice(paraStart, open));
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
      // a turn in a dialogue: two different speakers in the two paragraphs before, and this turn
      // has no cue — it goes back to the first speaker (`"Where?" she asked.` ¶ `"Out," he said.` ¶ `"Out where?"`)
      if (p === pp + 1) {
        const other = conversationTurn(doc, i);
        if (other !== null) {
          const link: Link = { mention: other.mention, cue: null, method: 'conversation', strength: 1, from: other.from };
          doc.link(i, link);
          continue;
        }
      }
      const link: Link = { mention: prev.mention, cue: null, method: 'continuation', strength: prev.strength, from: prev.from ?? i - 1 };
      doc.link(i, link);
    }

  },
};
