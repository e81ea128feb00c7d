import type { GoldDocument } from './corpus.js';

/** Prints attribution figures. (Being written.) */
export function reportAttribution(docs: GoldDocument[]): void {
  void docs;
}
