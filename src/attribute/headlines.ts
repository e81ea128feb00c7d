/**
 * Headlines as speech cues. A title-case headline names its speaker in three ways: a name and a
 * colon (`Vance: Harlow's 'Reckless Spending Spree' …`), a name and a speech verb before the
 * quotation (`Ada Vance Says Levy Plan Looks Like A 'Blank Check'`), or a name and a speech verb
 * closing the line after it (`Roads Are 'The Real Crisis,' Ada Vance Tells Council`).
 * Every word of such a headline is capitalized, so its quoted words look like titles; these cues
 * tell them apart.
 *
 * A headline is one line: in lists (`13` ¶ `Ada Vance Asked Voters To 'Rethink The Levy'`)
 * the words of earlier lines of the paragraph are left out.
 *
 * @module
 */
import { isBaseForm, speechVerbStrength } from '../lexicon/speech-verbs.js';
import { TITLE_SMALL_WORDS } from '../lexicon/words.js';
import type { AttributionDocument } from './document.js';
import { sentenceStart, type CueMatch } from './cues.js';
import { phraseRight } from './phrases.js';
import { endsSentence, isWord, type Token } from './tokens.js';


/** Auxiliaries and adverbs between a headline's subject and its verb (`Vance Is Now Calling …`). */
const HEADLINE_MODIFIERS = new Set(['is', 'was', 'now', 'also', 'again', 'still', 'just', 'reportedly']);

/** How far (characters) a headline's first word may stand from the start of its paragraph. */
const HEADLINE_REACH = 400;

/** A headline-style speaker: `Vance: Harlow's 'Reckless Spending Spree' …` — a name and a colon open the sentence. */
export function headlineColon(doc: AttributionDocument, before: readonly Token[]): CueMatch | null {
  const s = sentenceStart(before);
  for (let k = s + 1; k < before.length && k <= s + 5; k++) {
    const t = before[k] as Token;
    if (t.text !== ':') continue;
    const p = phraseRight(before, s);
    if (p && p.last === k - 1 && (p.mention.kind === 'name' || p.mention.kind === 'organization')) {
      return { mention: p.mention, cue: doc.span(t.start, t.end), strength: 1 };
    }
    return null;
  }
  return null;
}

/**
 * The tokens of `before` on the last line, when that line opens its paragraph or follows a line
 * break inside it (`13` ¶ `Ada Vance Asked …`); `null` when something other than white space
 * stands before the line's first token.
 */
function lineTokens(doc: AttributionDocument, before: readonly Token[]): readonly Token[] | null {
  let k = before.length - 1;
  while (k > 0 && !doc.text.slice((before[k - 1] as Token).end, (before[k] as Token).start).includes('\n')) k -= 1;
  const first = before[k];
  if (!first) return null;
  if (k > 0) return before.slice(k);
  const para = doc.paragraphStart(doc.paragraphOf(first.start));
  if (first.start - para > HEADLINE_REACH) return null;
  const lead = doc.text.slice(para, first.start);
  const lastBreak = lead.lastIndexOf('\n');
  return lead.slice(lastBreak + 1).trim() === '' ? before : null;
}

/** Whether every word of `tokens` is capitalized as in a title-case headline (small words and numbers aside). */
function titleCased(tokens: readonly Token[]): boolean {
  for (const t of tokens) {
    if (endsSentence(t) || t.kind === 'mark') return false;
    if (isWord(t) && !t.cap && !TITLE_SMALL_WORDS.has(t.lower) && !/^\d/.test(t.text)) return false;
  }
  return true;
}

/**
 * A title-case headline opened by its speaker and a speech verb, every word capitalized:
 * `Ada Vance Says Levy Plan Looks Like A 'Blank Check'`, `Tomas Brandt Questioned What It Takes
 * To Be 'Council Material'`. `before` must open its line and hold no sentence end.
 */
export function headlineVerb(doc: AttributionDocument, before: readonly Token[]): CueMatch | null {
  if (before.length < 2 || before.length > 40) return null;
  const line = lineTokens(doc, before);
  if (!line || line.length < 2 || !titleCased(line)) return null;
  for (let v = 1; v < line.length && v <= 6; v++) {
    const t = line[v] as Token;
    if (!isWord(t) || speechVerbStrength(t.lower) === 0 || isBaseForm(t.lower)) continue;
    let m = v - 1;
    while (m > 0 && HEADLINE_MODIFIERS.has((line[m] as Token).lower)) m -= 1;
    const p = phraseRight(line.slice(0, m + 1), 0);
    if (!p || p.last !== m || (p.mention.kind !== 'name' && p.mention.kind !== 'organization')) return null;
    return { mention: p.mention, cue: doc.span(t.start, t.end), strength: 1 };
  }
  return null;
}

/**
 * A title-case headline closed by its speaker and a speech verb after quotation `i`:
 * `Roads Are 'The County's Biggest Crisis,' Ada Vance Tells Town Council.`,
 * `'Budget Hawk' Tom Reyes Is Like A Banker Without A Vault, Nora Ellis Says.` The words before
 * the quotation must open the line and be title-cased as well; the cue's clause runs to the
 * line's end.
 */
export function headlineCueAfter(doc: AttributionDocument, i: number): CueMatch | null {
  const before = doc.before(i);
  if (before.length > 40) return null;
  if (before.length > 0) {
    const line = lineTokens(doc, before);
    if (!line || !titleCased(line)) return null;
  } else {
    const open = doc.openOf(i);
    const para = doc.paragraphStart(doc.paragraphOf(open));
    if (open - para > HEADLINE_REACH || doc.text.slice(para, open).split('\n').pop()?.trim() !== '') return null;
  }
  // the rest of the line, up to its sentence end or line break
  const after = doc.after(i);
  let end = 0;
  for (let prev = doc.closeOf(i); end < after.length && end <= 40; end++) {
    const t = after[end] as Token;
    if (endsSentence(t) || doc.text.slice(prev, t.start).includes('\n')) break;
    prev = t.end;
  }
  if (end > 40 || !titleCased(after.slice(0, end).filter((t) => t.text !== ','))) return null;
  // its last clause, after the last comma: `Ada Vance Tells Town Council`
  let from = 0;
  for (let k = 0; k < end; k++) if ((after[k] as Token).text === ',') from = k + 1;
  const clause = after.slice(from, end);
  for (let v = 1; v < clause.length && v <= 6; v++) {
    const t = clause[v] as Token;
    if (!isWord(t) || speechVerbStrength(t.lower) !== 2 || isBaseForm(t.lower)) continue;
    const p = phraseRight(clause.slice(0, v), 0);
    if (!p || p.last !== v - 1 || (p.mention.kind !== 'name' && p.mention.kind !== 'organization')) return null;
    return { mention: p.mention, cue: doc.span(t.start, t.end), strength: 1 };
  }
  return null;
}
