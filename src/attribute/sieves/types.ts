/**
 * The shape of a sieve: one small rule that links quotations still unattributed to the phrase
 * naming their speaker.
 *
 * @module
 */
import type { AttributionDocument } from '../document.js';

/** One attribution rule. It links only quotations that have no link yet, and names itself in each link. */
export interface Sieve {
  /** The rule's name, recorded as the `method` of the links it makes. */
  readonly name: string;
  /** Runs the rule over the document. */
  readonly run: (doc: AttributionDocument) => void;
}
