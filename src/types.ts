/**
 * The records quotecheck returns. Data flows one way:
 * `text → Quote[] → AttributedQuote[] → Verification[] → report`.
 *
 * Every span is `{ start, end, text }`: UTF-16 offsets into the input string
 * (as JavaScript strings index), `end` excluded, and `text === input.slice(start, end)`.
 *
 * @module
 */

/** A stretch of the input: UTF-16 offsets, `end` excluded, and the text it covers. */
export interface Span {
  /** Offset of the first UTF-16 code unit. */
  readonly start: number;
  /** Offset just past the last UTF-16 code unit. */
  readonly end: number;
  /** `input.slice(start, end)`. */
  readonly text: string;
}

/** One quotation mark as it appears in the input. */
export interface QuoteMark {
  /** The mark itself, e.g. `"`, `“`, `«`, `„`, `'`, `「`. */
  readonly mark: string;
  /** Offset of the mark in the input. */
  readonly offset: number;
}

/**
 * How a quotation sits in its text:
 * - `full`: one or more whole sentences are quoted;
 * - `partial`: a fragment inside a sentence (`called the talks "a credible beginning"`),
 *   including scare quotes and titles;
 * - `block`: the paragraph is wholly a quotation.
 */
export type QuoteKind = 'full' | 'partial' | 'block';

/** A direct quotation found in a text; one segment of an utterance. */
export interface Quote extends Span {
  /** The opening mark. */
  readonly open: QuoteMark;
  /** The closing mark, or `null` when the quotation is never closed (it runs on into the next paragraph, or its mark is missing). */
  readonly close: QuoteMark | null;
  /** Zero-based index of the paragraph the quotation starts in (paragraphs are separated by blank lines). */
  readonly paragraph: number;
  /** Full sentence(s), partial fragment or block quotation. */
  readonly kind: QuoteKind;
  /**
   * Zero-based id of the utterance this segment belongs to, in document order. Segments of a
   * quote split by its cue (`"A," he said, "B."`) and of a quote that runs across paragraphs share it.
   */
  readonly utterance: number;
  /** Zero-based position of this segment within its utterance. */
  readonly segment: number;
  /** `'double'` for double marks (`"…"`, `“…”`, `«…»`, `„…“`, `「…」`), `'single'` for single ones (`'…'`, `‘…’`, `‹…›`, `‚…‘`). */
  readonly level: 'double' | 'single';
}

/** What sort of entity a speaker is. `descriptor` is an unnamed source (`a senior US official`). */
export type SpeakerKind = 'person' | 'organization' | 'descriptor';

/** Who said a quotation. */
export interface Speaker {
  /** Canonical name of the entity in this article (`Vladimir Putin`, `a senior US official`, `the White House`). */
  readonly name: string;
  /** The words the cue points at (`he`, `Putin`, `a spokeswoman`). */
  readonly mention: Span;
  /** Person, organization or unnamed source. */
  readonly kind: SpeakerKind;
}

/**
 * The rule that linked a quotation to its speaker. The built-in rules are listed here; the
 * string stays open so custom sieves can name themselves.
 */
export type AttributionMethod =
  | 'cue-after-quote'
  | 'cue-before-quote'
  | 'cue-inside-quote'
  | 'according-to'
  | 'colon'
  | 'pronoun'
  | 'continuation'
  | 'same-utterance'
  | 'conversation'
  | 'action-beat'
  | 'previous-sentence'
  | 'speech-noun'
  | 'clause-subject'
  | (string & {});

/** A quotation with the speaker the library attributes it to, and why. */
export interface AttributedQuote extends Quote {
  /** The speaker, or `null` (a scare quote, a title, or no cue the library trusts). */
  readonly speaker: Speaker | null;
  /** The speech cue (`said`, `told reporters`, `according to`, a colon), or `null`. */
  readonly cue: Span | null;
  /** The rule that made the link, or `null` when there is no speaker. */
  readonly method: AttributionMethod | null;
  /** Calibrated confidence in [0, 1] that the speaker is right (0 when there is no speaker). */
  readonly confidence: number;
}

/** A text to verify quotations against: a speech, press release, interview or debate transcript. */
export interface Reference {
  /** Unique id of the reference. */
  readonly id: string;
  /** The full text. In transcripts, turns labelled `NAME:` at the start of a line are recognised. */
  readonly text: string;
  /** Title, shown in reports. */
  readonly title?: string;
  /** Date, shown in reports (free form, ISO 8601 recommended). */
  readonly date?: string;
  /** The speaker of the whole text when it has no turn labels (a speech). */
  readonly speaker?: string;
}

/**
 * How a quotation compares with the reference passage it came from:
 * - `verbatim`: an exact substring of the reference;
 * - `normalized`: only punctuation, case, white space, curly vs straight marks or hyphenation differ;
 * - `elided`: faithful, with words left out at `...`/`…`/`. . .` or bracketed editorial changes (`[the president]`, `[W]e`, `[sic]`);
 * - `altered`: the closest passage differs in words;
 * - `not-found`: no passage of the references matches.
 */
export type Verdict = 'verbatim' | 'normalized' | 'elided' | 'altered' | 'not-found';

/** A passage of a reference text. */
export interface Passage extends Span {
  /** The reference's id. */
  readonly id: string;
  /** The speaker the reference labels for this passage (turn label or the reference's `speaker`), or `null`. */
  readonly speaker: string | null;
}

/** One step of a word-level diff of a quotation against its passage. */
export interface DiffOp {
  /** `equal`: same words; `insert`: words only in the quote; `delete`: words only in the passage; `replace`: different words. */
  readonly op: 'equal' | 'insert' | 'delete' | 'replace';
  /** The quote's words in this step (empty for `delete`). */
  readonly quote: readonly string[];
  /** The passage's words in this step (empty for `insert`). */
  readonly reference: readonly string[];
  /**
   * `true` when the step is an editor's mark rather than a change of words: words left out at an
   * ellipsis (`delete`) or replaced by a bracketed change like `[the president]` (`replace`/`insert`).
   * Absent otherwise.
   */
  readonly editorial?: boolean;
}

/**
 * Whether the speaker the article names is the one the reference labels:
 * `match`, `mismatch` (the words were said, but by someone else) or `unknown`.
 */
export type SpeakerCheck = 'match' | 'mismatch' | 'unknown';

/** The result of verifying one quotation against a reference collection. */
export interface Verification {
  /** The quotation's words as verified. */
  readonly quote: string;
  /** How the quotation compares with its passage. */
  readonly verdict: Verdict;
  /** The passage the quotation came from, or `null` for `not-found`. */
  readonly reference: Passage | null;
  /** For `altered` and `not-found`: the nearest partial match, when there is one. */
  readonly nearest: Passage | null;
  /** Word-level diff of the quotation against `reference` (or `nearest`); empty when there is neither. */
  readonly diff: readonly DiffOp[];
  /** Similarity in [0, 1] of the quotation to its passage (1 for verbatim). */
  readonly score: number;
  /** Speaker agreement between the article and the reference. */
  readonly speakerCheck: SpeakerCheck;
  /** The speaker the article names (from attribution), or `null`. */
  readonly quoteSpeaker: string | null;
}
