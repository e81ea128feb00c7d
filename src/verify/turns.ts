/**
 * Turns of a transcript: lines that begin with an upper-case label and a colon (`TRUMP:`, `Q:`,
 * `SECRETARY KERRY:`, `MR. McGEE:`) start the turn of that speaker, which runs to the next label.
 *
 * @module
 */
import { countAtMost } from '../text/sorted.js';

/** The turns of one transcript, in order of their labels. */
export interface Turns {
  /** Offset of each label (the turn starts there). */
  readonly starts: readonly number[];
  /** Offset just past each label's colon (where the spoken words begin). */
  readonly bodies: readonly number[];
  /** Each label as printed, without the colon (`SECRETARY KERRY`). */
  readonly labels: readonly string[];
}

/**
 * A label: up to four upper-case words at the start of a line (after optional spaces), then a colon.
 * A word may start with `Mc`/`Mac` (`McGEE`) and contain periods, apostrophes and hyphens (`MR.`, `O'NEILL`).
 */
const LABEL = /^[ \t]*((?:Ma?c)?[A-Z][A-Z.'’-]*(?:[ \t]+(?:Ma?c)?[A-Z][A-Z.'’-]*){0,3})[ \t]*:/gm;

/**
 * Finds the turn labels of a transcript. Linear in the text's length.
 *
 * @param text The transcript.
 * @returns The turns (none for a text without labels).
 */
export function parseTurns(text: string): Turns {
  const starts: number[] = [];
  const bodies: number[] = [];
  const labels: string[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
    const label = m[1] ?? '';
    // A lone "A"/"I" before a colon is more likely prose than a speaker; "Q" is a questioner.
    if (label.length === 1 && label !== 'Q') continue;
    starts.push(m.index + (m[0].length - m[0].trimStart().length));
    bodies.push(m.index + m[0].length);
    labels.push(label);
  }
  return { starts, bodies, labels };
}

/**
 * The label of the turn that contains `offset`, or `null` before the first label.
 *
 * @param turns The transcript's turns.
 * @param offset An offset into the transcript.
 */
export function turnAt(turns: Turns, offset: number): string | null {
  const found = countAtMost(turns.starts, offset) - 1;
  return found < 0 ? null : (turns.labels[found] ?? null);
}
